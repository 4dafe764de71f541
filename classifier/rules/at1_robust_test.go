package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// protocolFamilies are the rule-ID prefixes of the protocol-level rules
// (challenges, caching, CORS, cookies, JWT).
var protocolFamilies = []string{"AT1", "AT3", "AT4", "AT5", "AT61"}

func isProtocolRule(id string) bool {
	for _, p := range protocolFamilies {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// checkNoInternalError analyses text and fails if a protocol rule panicked
// (the engine turns a panic into an "internal error in rule" finding).
func checkNoInternalError(t *testing.T, name, text string) {
	t.Helper()
	rep, err := classifier.Analyze(text, classifier.Options{})
	if err != nil {
		return // unreadable pastes are the parser's business
	}
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			if f.Title == "internal error in rule" && isProtocolRule(f.Rule) {
				t.Errorf("%s: %s", name, f.Message)
			}
		}
	}
	for _, f := range rep.Findings {
		if f.Title == "internal error in rule" && isProtocolRule(f.Rule) {
			t.Errorf("%s: %s", name, f.Message)
		}
	}
}

// TestProtocolRulesTruncated runs every fixture of the protocol rules, and
// every corpus case, cut at many lengths: no rule may panic on a paste that
// stops anywhere.
func TestProtocolRulesTruncated(t *testing.T) {
	var files []string
	for _, p := range protocolFamilies {
		m, _ := filepath.Glob(filepath.Join("testdata", p+"*", "*.txt"))
		files = append(files, m...)
	}
	corpus, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "cases", "*.txt"))
	files = append(files, corpus...)
	if len(files) == 0 {
		t.Fatal("no fixtures found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		step := len(s)/40 + 1
		for n := 0; n <= len(s); n += step {
			checkNoInternalError(t, f+"[:"+itoa(n)+"]", s[:n])
		}
		checkNoInternalError(t, f, s)
	}
}

// TestProtocolRulesHostile feeds large, adversarial pastes and checks that the
// rules neither panic nor take more than linear time.
func TestProtocolRulesHostile(t *testing.T) {
	jwtish := "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9."
	inputs := map[string]string{
		"many-params": "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer " + strings.Repeat(`scope="a", `, 20000) + "\n\n",
		"open-quote":  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Digest realm=\"" + strings.Repeat(`\"`, 50000) + "\n\n",
		"ntlm-junk":   "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: NTLM TlRMTVNTUAAC" + strings.Repeat("A", 100000) + "\n\n",
		"cookies":     "HTTP/1.1 401 Unauthorized\n" + strings.Repeat("Set-Cookie: sid=1; Max-Age=-1; SameSite=None; Domain=x\n", 5000) + "\n",
		"cache":       "HTTP/1.1 403 Forbidden\nCache-Control: " + strings.Repeat(`max-age=1,"`, 20000) + "\nAge: 99999999999999999999\n\n",
		"jwts":        "POST /t HTTP/1.1\nHost: h\nAuthorization: Bearer " + strings.Repeat(jwtish, 2000) + "\n\n" + strings.Repeat(jwtish+" ", 20000) + "\n\nHTTP/1.1 401 Unauthorized\nDate: Mon, 02 Mar 2026 09:00:00 GMT\n\n",
		"cors":        "OPTIONS / HTTP/1.1\nOrigin: " + strings.Repeat("o", 100000) + "\nAccess-Control-Request-Method: GET\n\nHTTP/1.1 401 Unauthorized\nAccess-Control-Allow-Headers: " + strings.Repeat("*,", 50000) + "\n\n",
		"oauth":       "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"invalid_grant\",\"x\":" + strings.Repeat("[", 10000) + "\n",
	}
	for name, in := range inputs {
		checkNoInternalError(t, name, in)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// A marker standing for a whole Authorization value ("[PRIVATE DATA
// HIDDEN]", "<redacted>") is no scheme: the request still sent a
// credential, but not one in a scheme the challenge lacks.
func TestMarkerAuthorizationHasNoScheme(t *testing.T) {
	for _, marker := range []string{"[PRIVATE DATA HIDDEN]", "<redacted>", "*** hidden ***"} {
		paste := "GET /v3/apps HTTP/1.1\nHost: api.example.test\nAuthorization: " + marker + "\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\"\nContent-Length: 0\n\n"
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil || len(rep.Exchanges) == 0 {
			t.Fatalf("%s: not read", marker)
		}
		sent := false
		for _, f := range rep.Exchanges[0].Findings {
			if f.Name == "scheme-not-offered" {
				t.Errorf("%s: %s", marker, f.Message)
			}
			sent = sent || f.Name == "credentials-sent"
		}
		if !sent {
			t.Errorf("%s: no credentials-sent", marker)
		}
	}
}
