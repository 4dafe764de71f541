package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// A 403 to a request shown whole with no credential, nothing else named, is
// read as blocked because no identity was refused: that reading is
// forbidden-without-credentials', which stays on the card. A bot wall's 403
// to the same request is decided by the wall, and the finding stays quiet.
func TestForbiddenWithoutCredentialsUnderBlocked(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        bool
	}{
		{"wget without -S",
			"ops@build-3:/opt/app$ wget https://artifacts.example-bucket.net/releases/api-2.4.1.jar\n--2026-03-02 08:14:55--  https://artifacts.example-bucket.net/releases/api-2.4.1.jar\nResolving artifacts.example-bucket.net (artifacts.example-bucket.net)... 203.0.113.18\nConnecting to artifacts.example-bucket.net (artifacts.example-bucket.net)|203.0.113.18|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2026-03-02 08:14:55 ERROR 403: Forbidden.\n",
			true},
		{"a bot wall",
			"GET /catalog HTTP/1.1\nHost: shop.example.org\nUser-Agent: python-requests/2.31.0\n\nHTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6071-FRA\ncf-mitigated: challenge\nContent-Type: text/html; charset=UTF-8\n\n<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Enable JavaScript and cookies to continue</body></html>\n",
			false},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep, err := classifier.Analyze(c.paste, classifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Exchanges) != 1 {
				t.Fatalf("%d exchanges", len(rep.Exchanges))
			}
			x := rep.Exchanges[0]
			if x.Verdict.Class != rule.Blocked {
				t.Fatalf("class %s (%s), want blocked", x.Verdict.Class, x.Verdict.Headline)
			}
			got := false
			for _, f := range x.Findings {
				got = got || f.Name == "forbidden-without-credentials"
			}
			if got != c.want {
				t.Errorf("forbidden-without-credentials reported: %v, want %v", got, c.want)
			}
		})
	}
}
