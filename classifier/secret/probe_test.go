package secret

import "testing"

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
		"$ tool --token-file /etc/tool/token --secret-name app-creds",
		"{:status 401, :headers {:server nginx, :cache-control no-store}}",
		"{:auth-type :basic, :session-timeout 3600}",
		`data = base64.b64encode(open("https://example.com/a.bin").read())`,
		`echo '12:30' | base64`,
		`encoded = btoa("Content-Type: text/plain")`,
		`auth = base64.b64encode(f"{user}:{password}".encode())`,
	)
}
