package parse

import "testing"

// TestStoredRegistryCredentialsLogged: the containers/image tools (skopeo,
// podman, buildah) log the credentials they found for the registry before
// they call it, in logrus's text format and on a terminal; the calls that
// follow carry them. "No credentials matching …" carries nothing. Every
// value is invented.
func TestStoredRegistryCredentialsLogged(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		sent        bool
	}{
		{"text format", `time="2026-03-02T08:11:40Z" level=debug msg="Found credentials for cr.pellworth.example/infra/relay in credential helper containers-auth.json in file /home/ci/.config/containers/auth.json"
time="2026-03-02T08:11:40Z" level=debug msg="GET https://cr.pellworth.example/v2/"
time="2026-03-02T08:11:41Z" level=debug msg="Ping https://cr.pellworth.example/v2/ status 401"
time="2026-03-02T08:11:41Z" level=fatal msg="reading manifest 2.0 in cr.pellworth.example/infra/relay: unauthorized: access to the requested resource is not authorized"
`, true},
		{"terminal", `DEBU[0000] Found credentials for cr.pellworth.example/infra/relay in credential helper containers-auth.json in file /run/user/1000/containers/auth.json
DEBU[0000] GET https://cr.pellworth.example/v2/
DEBU[0000] Ping https://cr.pellworth.example/v2/ status 401
`, true},
		{"none found", `DEBU[0000] No credentials matching cr.pellworth.example/infra/relay found in /run/user/1000/containers/auth.json
DEBU[0000] GET https://cr.pellworth.example/v2/
DEBU[0000] Ping https://cr.pellworth.example/v2/ status 401
`, false},
	} {
		if sent := anySent(t, c.paste); sent != c.sent {
			t.Errorf("%s: credentials sent %v, want %v", c.name, sent, c.sent)
		}
	}
}

// TestSourcePositionIsNoTarget: a path key whose value names a file and a
// line ("task path: /srv/…/main.yml:7", Ansible's) is no request; the URL
// the record names after it is. Every value is invented.
func TestSourcePositionIsNoTarget(t *testing.T) {
	in, err := Parse(`task path: /srv/plays/roles/gate/tasks/main.yml:7
fatal: [edge1]: FAILED! => {
    "msg": "Status code was 403 and not [200]: HTTP Error 403: Forbidden",
    "status": 403,
    "url": "https://gate.tollerton.example/api/v2/rules"
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Request.URL != "https://gate.tollerton.example/api/v2/rules" {
		t.Errorf("request %+v, want the record's URL", in.Exchanges[0].Request)
	}
	for _, p := range []string{"/srv/plays/roles/gate/tasks/main.yml:7", "/src/app/handler.go:112"} {
		if !sourcePosition(p) {
			t.Errorf("%s: not read as a file and its line", p)
		}
	}
	for _, p := range []string{"/api/v2/rules", "/v2/library/app/manifests/sha256:5b2c", "/api/items:batchGet"} {
		if sourcePosition(p) {
			t.Errorf("%s: read as a file and its line", p)
		}
	}
}
