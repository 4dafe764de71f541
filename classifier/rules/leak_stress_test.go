package rules_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/internal/israce"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

// stressPieces are fragments the leak, hiding, error-body and input rules look
// for; a body made of one repeated fragment is the worst case for a scan that
// restarts at each match.
var stressPieces = []string{
	"at a.b.c(", "at x.Y.z(Y.java:1)", "10.0.0.", "192.168.1.1", "1.2.3.4.5.6.7.8", "ip-10-0-0-1.", "ip-",
	"/home/x/", "/var/www/a.php ", "Users/x/", `C:\Users\`, `C:\inetpub\`, `\inetpub\`,
	".local", ".intra", "a.intra.b.c", "nginx/1", "Apache Tomcat/", "Jetty://",
	`File "`, `File "a", line 1`, "Traceback (most recent call last)", "#0 /", "Stack trace:", "goroutine 1 [running]:",
	":line ", ".rb:1:in `", ".js:1:", `"exception"`, `"trace"`,
	`User \"x\" cannot `, "arn:aws:iam::", "object id '", "/subscriptions/", "login.", "system:serviceaccount:",
	"does not have ", "requires one of [", "role 'x' ", " user [", "] is unauthorized",
	"<Code>SignatureDoesNotMatch</Code>", "<AWSAccessKeyId>", "Your IP", "rate limit exceeded for ",
	"user not found", "wrong password", `"status":1,`, `{"a":`, "[", "\"", "\\",
}

// ours reports whether a rule belongs to the families this file tests.
func ours(r *rule.Rule) bool {
	switch r.ID[2] {
	case '2', '7', '9':
		return true
	case '6':
		return r.ID < "AT6100"
	}
	return false
}

// TestLeakRulesOnRepeatedBodies runs the rules over quarter-megabyte bodies
// built from one repeated fragment: none may panic or exceed its finding cap.
// BenchmarkLeakRulesRepeatedBodies measures their speed on the same inputs (a
// restarting scan once took tens of seconds on one of them).
func TestLeakRulesOnRepeatedBodies(t *testing.T) {
	if israce.Enabled {
		t.Skip("one goroutine, CPU-bound and ten times slower under -race, which finds nothing without a second goroutine; make wasmtest and a plain go test run it, TestAnalyzeConcurrently gives the detector its goroutines")
	}
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 256 << 10
	for _, piece := range stressPieces {
		body := strings.Repeat(piece, size/len(piece))
		paste := "POST /login HTTP/1.1\nHost: app.example.com\nAuthorization: Bearer 0123456789abcdef0123\nCookie: sid=0123456789abcdef0123\n\nx\n" +
			"HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\nServer: nginx/1.2\nVia: 1.1 " + piece + "\n\n" + body
		in, err := parse.Parse(paste)
		if err != nil {
			t.Fatalf("%q: %v", piece, err)
		}
		facts := map[*parse.Exchange]*rule.Facts{}
		for _, x := range in.Exchanges {
			facts[x] = classifier.NewFacts(x)
		}
		for _, r := range rules.All {
			if !ours(r) {
				continue
			}
			var findings []rule.Finding
			var signals []rule.Signal
			func() {
				defer func() {
					if v := recover(); v != nil {
						t.Errorf("%s panicked on %q: %v", r.ID, piece, v)
					}
				}()
				if r.Scope == rule.PerInput {
					r.Run(rule.NewPass(in, nil, r, &rule.Facts{}, &findings, &signals))
					return
				}
				for _, x := range in.Exchanges {
					r.Run(rule.NewPass(in, x, r, facts[x], &findings, &signals))
				}
			}()
			if len(findings) > 5 && r.Scope == rule.PerExchange {
				t.Errorf("%s reported %d findings for one exchange, more than the cap", r.ID, len(findings))
			}
		}
	}
}

// BenchmarkLeakRulesRepeatedBodies analyses a 256 KiB body of each stress
// fragment; compare the slowest fragments with the fastest.
func BenchmarkLeakRulesRepeatedBodies(b *testing.B) {
	const size = 256 << 10
	for _, piece := range stressPieces {
		paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\n" + strings.Repeat(piece, size/len(piece))
		b.Run(strconv.Quote(piece), func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for i := 0; i < b.N; i++ {
				classifier.Analyze(paste, classifier.Options{})
			}
		})
	}
}
