package parse

import "testing"

// TestRegistryUnauthorizedInChain: containers/image (podman, skopeo,
// buildah) ends its debug log with the registry's error for the call it
// logged last, the error code lower case after the failed step
// ("reading manifest … : unauthorized: <the registry's message>"): that is
// the manifest request's answer, a 401 the code implies, not a line to
// drop. Every value is invented.
func TestRegistryUnauthorizedInChain(t *testing.T) {
	in, err := Parse("```\n" +
		"DEBU[0000] Found credentials for cr.brackwater.example/ops/relay in credential helper containers-auth.json in file /run/user/1001/containers/auth.json\n" +
		"DEBU[0000] GET https://cr.brackwater.example/v2/\n" +
		"DEBU[0000] Ping https://cr.brackwater.example/v2/ status 401\n" +
		"DEBU[0000] GET https://cr.brackwater.example/v2/ops/relay/manifests/2.4\n" +
		"DEBU[0000] Accessing \"cr.brackwater.example/ops/relay:2.4\" failed: reading manifest 2.4 in cr.brackwater.example/ops/relay: unauthorized: access to the requested resource is not authorized\n" +
		"Error: initializing source docker://cr.brackwater.example/ops/relay:2.4: reading manifest 2.4 in cr.brackwater.example/ops/relay: unauthorized: access to the requested resource is not authorized\n" +
		"```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want the ping and the manifest call", len(in.Exchanges))
	}
	x := in.Exchanges[1]
	if x.Request == nil || x.Request.Target != "/v2/ops/relay/manifests/2.4" || x.Response == nil || x.Response.Status != 401 || x.Response.StatusConf != StatusImplied {
		t.Errorf("second exchange %+v %+v, want the manifest GET answered with an implied 401", x.Request, x.Response)
	}
}
