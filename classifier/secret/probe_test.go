package secret

import (
	"encoding/base64"
	"strings"
	"testing"
)

// The probe's notations (credential-named long options, Clojure keyword
// maps, a base64-encoded "user:password" literal) leave alone what only
// looks like them: prose about an option, switches that take no value, a
// keyword holding a setting, literals that are no user and password.
func TestProbeNotationsLeaveTheRestAlone(t *testing.T) {
	noCredentialIn(t,
		"with --rpc-secret every request has to carry the secret",
		"I passed them with --accessId and --accessKey on the command line",
		"$ mysql --no-password db.example.com",
		"$ ansible-playbook --ask-pass site.yml",
		"$ docker login --password-stdin registry.example.com",
		"WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
		"Pass --token with the PAT from the settings page, or --api-key instead.",
		"$ tool --token-file /etc/tool/token --secret-name app-creds",
		"{:status 401, :headers {:server nginx, :cache-control no-store}}",
		"{:auth-type :basic, :session-timeout 3600}",
		`data = base64.b64encode(open("https://example.com/a.bin").read())`,
		`echo '12:30' | base64`,
		`encoded = btoa("Content-Type: text/plain")`,
		`auth = base64.b64encode(f"{user}:{password}".encode())`,
	)
}

// Masking keeps the evidence: a vendor's scheme named alone and a
// placeholder quoted as Markdown code are no credentials (masked, every
// mention of the vendor in the report went with them), and a URL a reader
// encoded as if it were "user:password" yields no password to mask.
func TestProbeKeepsTheEvidence(t *testing.T) {
	noCredentialIn(t,
		"Authorization: Splunk",
		"| Malformed header | `Authorization: <token>` (no scheme) | 401 |",
	)
	enc := base64.StdEncoding.EncodeToString([]byte("http://198.51.100.7:8080/stats"))
	for _, f := range Forms(enc) {
		if strings.Contains(f, "//198.51.100.7") && f != "http://198.51.100.7:8080/stats" || f == "http" {
			t.Errorf("Forms(%q) holds %q", enc, f)
		}
	}
}
