package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// A browser's console lines are the browser's words about a request, not a
// body the server sent (issue #10, point 6). Every paste here is invented.
func TestBrowserConsoleLines(t *testing.T) {
	cases := []struct {
		name, paste string
		class       rule.Class
		errCode     string   // the network error read from the console line
		want, not   []string // finding names raised, and not raised
	}{
		{
			name:    "extension block in Chrome's console",
			paste:   "GET https://metrics.pondlark.net/beacon.js net::ERR_BLOCKED_BY_CLIENT\n",
			class:   rule.Blocked,
			errCode: "net::ERR_BLOCKED_BY_CLIENT",
			want:    []string{"browser-side-failure"},
		},
		{
			name:    "certificate refused, logged with the page's frame",
			paste:   "app.81c2e.js:1 \n        GET https://intranet-api.brookfold.lan/v2/me net::ERR_CERT_DATE_INVALID\n",
			class:   rule.None,
			errCode: "net::ERR_CERT_DATE_INVALID",
			want:    []string{"browser-side-failure"},
		},
		{
			// the console names the refused preflight: the CORS finding
			// says so, with the console line as evidence
			name: "Chrome's refused preflight with its failed request",
			paste: "Access to fetch at 'https://id.harrowgate.dev/connect/token' from origin 'http://localhost:5173' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.\n" +
				"POST https://id.harrowgate.dev/connect/token net::ERR_FAILED\n",
			class:   rule.Unknown,
			errCode: "net::ERR_FAILED",
			want:    []string{"cross-origin-status-0"},
		},
		{
			// the console's words for mixed content, Chrome's and
			// Firefox's: the browser blocked it, no server answered
			name:    "Chrome's mixed-content block",
			paste:   "Mixed Content: The page at 'https://app.tallowmere.dev/login' was loaded over HTTPS, but requested an insecure XMLHttpRequest endpoint 'http://api.tallowmere.dev/auth/login'. This request has been blocked; the content must be served over HTTPS.\n",
			class:   rule.Blocked,
			errCode: "blocked:mixed-content",
			want:    []string{"browser-side-failure"},
			not:     []string{"waf-block", "rate-limited"},
		},
		{
			name:    "Firefox's mixed-content block",
			paste:   "Blocked loading mixed active content “http://api.tallowmere.dev/v1/login”\nTypeError: NetworkError when attempting to fetch resource.\n",
			class:   rule.Blocked,
			errCode: "blocked:mixed-content",
			want:    []string{"browser-side-failure"},
		},
		{
			// Firefox's wording holds "Request Blocked": the browser's, so
			// no firewall, no rate limit; the 401 stays an authentication
			// failure the CORS check hid
			name:  "Firefox's CORS message over a 401",
			paste: "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.wrenmoor.dev/v1/notes/7. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 401.\n",
			class: rule.Authentication,
			want:  []string{"cors-hides-401"},
			not:   []string{"waf-block", "rate-limited"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, err := classifier.Analyze(c.paste, classifier.Options{})
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			if len(rep.Exchanges) != 1 {
				t.Fatalf("%d exchanges, want 1", len(rep.Exchanges))
			}
			x := rep.Exchanges[0]
			if x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s", x.Verdict.Class, c.class)
			}
			if c.errCode != "" && (x.Response == nil || x.Response.Error != c.errCode) {
				t.Errorf("network error not read: want %q", c.errCode)
			}
			names := rep.FindingNames()
			for _, n := range c.want {
				if !names[n] {
					t.Errorf("no %s finding; got %v", n, names)
				}
			}
			for _, n := range c.not {
				if names[n] {
					t.Errorf("false %s finding", n)
				}
			}
		})
	}
}

// A 304 answers a conditional request from the browser's cache: it is no
// redirect (it has no Location), and the card must not call it one.
func TestNotModifiedIsNoRedirect(t *testing.T) {
	paste := "GET /assets/site.css HTTP/1.1\nHost: www.tallowmere.org\nIf-None-Match: \"5e1-9c2b\"\n\nHTTP/1.1 304 Not Modified\nETag: \"5e1-9c2b\"\nCache-Control: max-age=0, must-revalidate\n\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if len(rep.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(rep.Exchanges))
	}
	v := rep.Exchanges[0].Verdict
	if v.Class != rule.None {
		t.Errorf("class %s, want none", v.Class)
	}
	if strings.Contains(strings.ToLower(v.Headline), "redirect") || !strings.Contains(strings.ToLower(v.Headline), "not modified") {
		t.Errorf("headline %q: a 304 is no redirect", v.Headline)
	}
}

// DevTools' headers view copied without its section headings puts each
// value on the line under its name: the Authorization credential is one
// credential, named once.
func TestDevtoolsTwoLineCredentialNamedOnce(t *testing.T) {
	paste := "Request URL:\nhttps://api.quernfield.com/v2/reports/18\nRequest Method:\nGET\nStatus Code:\n403 Forbidden\n" +
		"content-type:\napplication/json\n:authority:\napi.quernfield.com\n:method:\nGET\n:path:\n/v2/reports/18\n" +
		"authorization:\nBearer qf_pat_7Rk2Wm9Tx4Lc1Vb8Nz3Hd6Sq0Yg5Ja\naccept:\napplication/json\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if len(rep.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(rep.Exchanges))
	}
	n := 0
	for _, f := range rep.Exchanges[0].Findings {
		if f.Name == "secrets-in-paste" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d secrets-in-paste findings, want 1 (the Authorization value, once)", n)
	}
}

// A credential found in the person's prose quotes as its header would
// read, masked, without a second colon after the scheme.
func TestTranscriptCredentialEvidenceReadsAsHeader(t *testing.T) {
	paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nforbidden\n\n" +
		"The same call with `curl -H \"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJxdWVybiJ9.bWFya2VkdmFsdWVzaWduZWQ\" https://api.quernfield.com/v2` gives 401.\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	var quotes []string
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			if f.Name != "secrets-in-paste" {
				continue
			}
			for _, e := range f.Evidence {
				quotes = append(quotes, e.Text)
			}
		}
	}
	found := false
	for _, q := range quotes {
		if strings.Contains(q, "Bearer:") {
			t.Errorf("evidence %q has a colon after the scheme", q)
		}
		if strings.HasPrefix(q, "Authorization: Bearer eyJh") {
			found = true
		}
		if strings.Contains(q, "bWFya2VkdmFsdWVzaWduZWQ") {
			t.Errorf("evidence %q holds the token's signature", q)
		}
	}
	if !found {
		t.Errorf("no evidence quotes the header as sent, masked; got %q", quotes)
	}
}

// A browser's CORS preflight refused with a Bearer challenge: the browser
// never sends credentials on a preflight, so "obtain a token and retry" is
// no next step; letting preflights through is.
func TestPreflight401NextStep(t *testing.T) {
	paste := "OPTIONS /v3/boards HTTP/1.1\nHost: api.tessmoor.io\nOrigin: https://tessmoor.io\nAccess-Control-Request-Method: PUT\nAccess-Control-Request-Headers: authorization,content-type\n\n" +
		"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"tessmoor\"\nContent-Length: 0\n\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if len(rep.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(rep.Exchanges))
	}
	text := rep.Exchanges[0].Verdict.Explanation
	if strings.Contains(text, "retry with `Authorization") || !strings.Contains(text, "let CORS preflights through") {
		t.Errorf("next step of a refused preflight: %q", text)
	}
}

// The browser's own message that it blocked a cookie (Chrome's Network
// panel, Firefox's console) next to a 401 is the cause of that 401: the
// session never reached the server. Next to a 200 it explains nothing.
func TestBrowserBlockedCookieNamed(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  bool
	}{
		{"set-cookie: SESSION=ZmFrZXNlc3Npb25pZA; Path=/; HttpOnly\n" +
			"This attempt to set a cookie via a Set-Cookie header was blocked because it had the \"SameSite=Lax\" attribute but came from a cross-site response which was not the response to a top-level navigation.\n\n" +
			"GET https://api.lindenmoor.dev/v1/me 401 (Unauthorized)\n", true},
		{"Cookie “sid” has been rejected because it is in a cross-site context and its “SameSite” is “Lax” or “Strict”.\n" +
			"XHR GET https://api.lindenmoor.dev/v1/me [HTTP/2 401 12ms]\n", true},
		{"This cookie was blocked because it had the \"SameSite=Strict\" attribute and the request was made from a different site.\n" +
			"GET https://api.lindenmoor.dev/v1/me 200 (OK)\n", false},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("Analyze: %v", err)
		}
		got := rep.FindingNames()["session-cookie-not-sent"]
		if got != c.want {
			t.Errorf("%q: session-cookie-not-sent %v, want %v", c.paste, got, c.want)
		}
		if c.want && (len(rep.Exchanges) == 0 || rep.Exchanges[len(rep.Exchanges)-1].Verdict.Class != rule.Authentication) {
			t.Errorf("%q: not an authentication failure", c.paste)
		}
	}
}
