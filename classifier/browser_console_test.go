package classifier_test

import (
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
