//go:build !js

package e2e

import "testing"

// TestKnowledgeInPage tries, as a new user would, the examples issue #10
// names, each in the page: an edge's 403 with only its own headers and a tiny
// body, Express csurf, Spring Boot's default error JSON, GitHub's granted and
// accepted scope headers on a 404, an authentication error inside a 200, a
// password in a login POST, a HAR entry an extension blocked, and a request
// accepted once only its User-Agent changed. Each gets its verdict, with
// its evidence named on the card.
func TestKnowledgeInPage(t *testing.T) {
	cases := []struct{ name, paste, verdict, says string }{
		{"edge 403 without a block page", "HTTP/2 403\nserver: AkamaiGHost\nmime-version: 1.0\ncontent-type: text/html\ncontent-length: 9\nexpires: Fri, 04 Dec 2026 10:00:00 GMT\ndate: Fri, 04 Dec 2026 10:00:00 GMT\n\nForbidden\n", "blocked", "Akamai"},
		{"Express csurf", "HTTP/1.1 403 Forbidden\nX-Powered-By: Express\nContent-Type: text/html; charset=utf-8\n\n<pre>ForbiddenError: invalid csrf token<br> &nbsp; &nbsp;at csrf (/srv/app/node_modules/csurf/index.js:112:19)</pre>\n", "blocked", "csurf"},
		{"Spring Boot default error JSON", "HTTP/1.1 403 \nContent-Type: application/json\n\n{\"timestamp\":\"2026-12-04T10:00:00.000+00:00\",\"status\":403,\"error\":\"Forbidden\",\"path\":\"/api/admin/users\"}\n", "authorization", "Spring Boot"},
		{"GitHub scopes headers", "GET /repos/acme/private-tool HTTP/1.1\nHost: api.github.com\nAuthorization: token ghp_000000000000000000000000000000000000\n\nHTTP/1.1 404 Not Found\nX-OAuth-Scopes: read:org\nX-Accepted-OAuth-Scopes: repo\nContent-Type: application/json\n\n{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}\n", "authorization", "X-Accepted-OAuth-Scopes"},
		{"auth error inside a 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"success\":false,\"error\":{\"code\":401,\"message\":\"Session token expired\"}}\n", "authentication", "inside"},
		{"password in a login POST", "POST /api/login HTTP/1.1\nHost: app.example.com\nContent-Type: application/json\n\n{\"username\":\"dana\",\"password\":\"hunter2-but-wrong\"}\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid credentials\"}\n", "authentication", "password"},
		{"HAR entry blocked by an extension", "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},\"entries\":[{\"startedDateTime\":\"2026-12-04T10:00:00.000Z\",\"time\":3,\"request\":{\"method\":\"GET\",\"url\":\"https://api.example.com/v1/track\",\"httpVersion\":\"\",\"headers\":[],\"queryString\":[],\"cookies\":[],\"headersSize\":-1,\"bodySize\":0},\"response\":{\"status\":0,\"statusText\":\"\",\"httpVersion\":\"\",\"headers\":[],\"cookies\":[],\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1,\"_error\":\"net::ERR_BLOCKED_BY_CLIENT\"},\"cache\":{},\"timings\":{\"send\":0,\"wait\":0,\"receive\":0}}]}}\n", "blocked", "extension"},
		{"retry accepted after a User-Agent change", "GET /v1/export HTTP/1.1\nHost: data.example.org\nUser-Agent: python-requests/2.31.0\nAuthorization: Bearer dummy-token-0000\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 9\n\nForbidden\n\nGET /v1/export HTTP/1.1\nHost: data.example.org\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\nAuthorization: Bearer dummy-token-0000\n\nHTTP/1.1 200 OK\nContent-Type: text/csv\nContent-Length: 4\n\na,b\n", "blocked", "User-Agent"},
	}
	p := newPage(t, 1280, 900)
	for _, c := range cases {
		p.pasteFresh(c.paste)
		cs := p.cards()
		if len(cs) == 0 {
			t.Errorf("%s: no card", c.name)
			continue
		}
		if cs[0].Verdict != c.verdict {
			t.Errorf("%s: verdict %s, want %s (%s)", c.name, cs[0].Verdict, c.verdict, cs[0].Headline)
		}
		if !containsFold(cs[0].Text, c.says) {
			t.Errorf("%s: the card does not say %q: %s", c.name, c.says, cs[0].Headline)
		}
	}
}
