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
		// A vendor's template outweighs the status it came with, both ways.
		// Symfony's OAuth2 server words a missing or unreadable token as
		// access_denied with "OAuth2 authentication required".
		{name: "FOSOAuthServerBundle's description over its access_denied code",
			paste: "Calling GET /api/v1/orders with the header Authorization: Bearer xxxxxxxx from Insomnia returns\n\n    {\n        \"error\": \"access_denied\",\n        \"error_description\": \"OAuth2 authentication required\"\n    }\n",
			class: rule.Authentication},
		// Azure's messaging services answer a key without the operation's
		// claim with 401.
		{name: "Service Bus key without the Manage claim, sent as 401",
			paste: "System.UnauthorizedAccessException: The remote server returned an error: (401) Unauthorized. Unauthorized access. 'Manage' claim(s) are required to perform this operation. Resource: 'sb://billing-dev.servicebus.windows.net/$Resources/Queues'. TrackingId:3e7d1b0a-5c24-4f98-a61e-d0b9c2e8f715_G4, SystemTracker:billing-dev.servicebus.windows.net:$Resources/Queues, Timestamp:2026-05-11T16:20:03\n",
			class: rule.Authorization},
		// The Steam Web API answers a key it does not accept with 403.
		{name: "Steam Web API 403 to the key",
			paste: "Traceback (most recent call last):\n  File \"sync.py\", line 41, in <module>\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.steampowered.com/IPlayerService/GetRecentlyPlayedGames/v1/?steamid=76561198000000917\n",
			class: rule.Authentication},
		// DSM's login asks for the second factor in its own error code 403.
		{name: "Synology login wanting a one-time code, printed as a dict",
			paste: "print(resp) gives:\n\n{'error': {'code': 403, 'errors': {'token': 'Wq7Yx2', 'types': [{'type': 'otp'}]}}, 'success': False}\n",
			class: rule.Authentication},
		// Tyk's JWT check's words quoted bare in a report, with its 403.
		{name: "Tyk's template quoted in a sentence",
			paste: "With a token past its exp the gateway answers Key not authorized with status 403.\n",
			class: rule.Authentication},
		// CouchDB's "You are not a server admin." goes to anonymous callers
		// and to users who are not admins alike: the request tells which.
		{name: "CouchDB server-admin refusal, no credentials shown",
			paste: "$ curl -X PUT http://127.0.0.1:5984/inventory\n{\"error\":\"unauthorized\",\"reason\":\"You are not a server admin.\"}\n",
			class: rule.Authentication},
		{name: "CouchDB server-admin refusal to a user who signed in",
			paste: "$ curl -X PUT http://reporter:Tq84mZ@127.0.0.1:5984/inventory\n{\"error\":\"unauthorized\",\"reason\":\"You are not a server admin.\"}\n",
			class: rule.Authorization},
		// The stock page of NCSA-derived servers (Boa on a camera or a
		// router) says "Your client does not have permission to get URL"
		// under 401 as under 403: it restates the status, and a 401 keeps
		// its meaning.
		{name: "an embedded server's stock 401 page",
			paste: "$ curl -i 'http://10.0.7.31/cgi-bin/ptz.cgi?act=home'\nHTTP/1.0 401 Unauthorized\nServer: Boa/0.94.14rc21\nContent-Type: text/html\n\n<HTML><HEAD><TITLE>401 Unauthorized</TITLE></HEAD>\n<BODY><H1>401 Unauthorized</H1>\nYour client does not have permission to get URL /cgi-bin/ptz.cgi from this server.\n</BODY></HTML>\n",
			class: rule.Authentication},
		{name: "the same stock page under 403 stays a refusal",
			paste: "$ curl -i -u admin:Vk29qx 'http://10.0.7.31/cgi-bin/ptz.cgi?act=home'\nHTTP/1.0 403 Forbidden\nServer: Boa/0.94.14rc21\nContent-Type: text/html\n\n<HTML><HEAD><TITLE>403 Forbidden</TITLE></HEAD>\n<BODY><H1>403 Forbidden</H1>\nYour client does not have permission to get URL /cgi-bin/ptz.cgi from this server.\n</BODY></HTML>\n",
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
