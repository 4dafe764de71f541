package signature

import "testing"

// Kubernetes before 1.8 worded an RBAC or ABAC denial without the
// "<resource> is forbidden:" opening: the user and the verb, then the
// namespace or the cluster scope. Both forms name a principal the server
// authenticated. The samples are invented.
func TestKubernetesOlderForbiddenWording(t *testing.T) {
	for _, c := range []ex{
		{st: 403, b: `User "mkoh@corp.example" cannot get services in the namespace "billing".`},
		{st: 403, b: `{"kind":"Status","status":"Failure","message":"User \"ci-deployer\" cannot list nodes at the cluster scope. (get nodes)","reason":"Forbidden","code":403}`},
	} {
		if hs := Match(c.exchange(), ""); !has(hs, "k8s-forbidden-user") {
			t.Errorf("%s: not read as the API server's RBAC denial; got %v", c.b, hitIDs(hs))
		}
	}
	for _, c := range []ex{
		{st: 403, b: `User "mkoh" cannot push to this repository.`},
		{st: 403, b: `The user cannot be found in the namespace directory.`},
	} {
		if hs := Match(c.exchange(), ""); has(hs, "k8s-forbidden-user") {
			t.Errorf("%s: read as a Kubernetes RBAC denial", c.b)
		}
	}
}
