package parse

import "testing"

// TestToolCredentialOptions: a command line gives its tool a credential
// under a long option named for one (--client-secret, npm's
// --//host/:_authToken=), under any option whose value is a stand-in
// naming one (-a <account_api_key>, beside the URL it calls), or piped to
// a login's --password-stdin; an option naming a file, a user alone, or a
// stand-in naming no credential gives none.
func TestToolCredentialOptions(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"$ vault-sync push --client-secret Dq7dummySecret55 https://vault.example.test/v1/kv", true},
		{"$ npm publish --//registry.example.test/:_authToken=npm_Dq7dummyTokenValue0011", true},
		{"$ ./image-xfer.sh -a <account_api_key> -t <account_num> https://identity.example.test/v2.0/tokens", true},
		{"$ echo $REG_PASS | docker login registry.example.test -u ci-bot --password-stdin", true},
		{"$ ./image-xfer.sh -t <account_num> https://identity.example.test/v2.0/tokens", false},
		{"$ tool sync --token-file /run/secrets/tok https://api.example.test/", false},
		{"$ echo hello | grep -u x --password-stdin", false},
		{"$ docker login registry.example.test --password-stdin", false},
	} {
		c0 := parseCommandLine(c.line)
		got := c0 != nil && c0.auth
		if got != c.want {
			t.Errorf("%q: credentials given %v, want %v", c.line, got, c.want)
		}
	}
}
