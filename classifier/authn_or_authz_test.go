package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAuthnOrAuthz holds general causes that tell a caller never identified
// from a known caller refused, whatever status was chosen.
// Samples written for this test.
func TestAuthnOrAuthz(t *testing.T) {
	cases := []struct {
		name, paste string
		class       rule.Class
	}{
		// Auth0's token endpoint words a refused code exchange as
		// access_denied with the description "Unauthorized": the client or
		// its grant was not authenticated, not a user or policy refusing
		// the authorization request.
		{name: "Auth0 token endpoint, body alone",
			paste: "Exchanging the code at https://shop-staging.eu.auth0.com/oauth/token gives back:\n\n```\n{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}\n```\n",
			class: rule.Authentication},
		{name: "a resource server's access_denied stays a refusal of a known caller",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json;charset=UTF-8\n\n{\"error\":\"access_denied\",\"error_description\":\"Access is denied\"}\n",
			class: rule.Authorization},
		// A registry's DENIED whose message says the token was not valid
		// (ghcr.io's answer to a personal token sent as Basic straight to
		// /v2/): the credential was refused, not a permission.
		{name: "registry DENIED, invalid token",
			paste: "$ curl -s -u builder:$REG_PAT https://ghcr.io/v2/acme-labs/edge-proxy/tags/list\n{\"errors\":[{\"code\":\"DENIED\",\"message\":\"invalid token\"}]}\n",
			class: rule.Authentication},
		{name: "registry DENIED for a repository stays a permission",
			paste: "$ curl -s -u builder:$REG_PAT https://ghcr.io/v2/acme-labs/edge-proxy/tags/list\n{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access to the resource is denied\"}]}\n",
			class: rule.Authorization},
		// The person's words the general reader took in with a 403's
		// dump: a credential named as expired makes it authentication;
		// a first impression set against what follows does not.
		{name: "the person's account after a fenced 403, read with the body",
			paste: "Running the nightly sync gives:\n\n```\nerror: fetch \"reports/2026-q1.csv\": blob (key \"reports/2026-q1.csv\") (code=Unknown): AccessDenied: Access Denied\n        status code: 403, request id: 4HQ8ZK2W, host id: Zx81mQ=\n```\n\nIt shows up whenever the credentials of the runner have expired; we should document it.\n",
			class: rule.Authentication},
		{name: "a first impression the person sets aside",
			paste: "Running the nightly sync gives:\n\n```\nerror: fetch \"reports/2026-q1.csv\": blob (key \"reports/2026-q1.csv\") (code=Unknown): AccessDenied: Access Denied\n        status code: 403, request id: 4HQ8ZK2W, host id: Zx81mQ=\n```\n\nAt first it looks like the token of the runner is invalid, but it lists the bucket fine.\n",
			class: rule.Authorization},
		// A known account kept out by a rule of its own (an access
		// schedule, parental controls), whatever the status.
		{name: "an account not allowed access, sent as 401",
			paste: "2026-03-14 19:02:11.480 Info HttpServer: HTTP Response 401 to 10.1.4.22. Time: 3ms. http://jukebox.lan:8096/Sessions/Playing\n2026-03-14 19:02:11.486 Error HttpServer: Error processing request\n\tApp.Controller.Net.SecurityException: This user account is not allowed access at this time.\n",
			class: rule.Authorization},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, x := lastResponse(t, c.paste)
			if x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s\n%s", x.Verdict.Class, c.class, x.Verdict.Explanation)
			}
		})
	}
}
