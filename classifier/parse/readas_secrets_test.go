package parse

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/secret"
)

// A credential a terminal wrapped, in a dump every line of which a logger
// prefixed (a collector's timestamp and level, journald's host and
// program, compose's service column, a Markdown quote): on the paste's own
// lines each piece of it sits behind a prefix, so it is found in the text
// as the readers read it, with the prefixes off, and masked where each
// piece is written.
func TestWrappedCredentialBehindLinePrefixes(t *testing.T) {
	tok := "AQoDYXdzEJr" + strings.Repeat("Kd7Wm2Xq9Lz4Vb8Nc1Hp5", 6) + "Ty3Gs0=="
	body := []string{
		"> GET /v1/ledger/accounts HTTP/1.1",
		"> Host: books.example.net",
		"> X-Amz-Security-Token: " + tok,
		"> Accept: */*",
		">",
		"< HTTP/1.1 403 Forbidden",
		"< Content-Type: application/json",
		"<",
		`{"message":"The security token included in the request is expired"}`,
	}
	var wrapped []string
	for _, l := range body {
		for len(l) > 72 {
			wrapped = append(wrapped, l[:72])
			l = l[72:]
		}
		wrapped = append(wrapped, l)
	}
	for _, prefix := range []string{"2026-02-11T08:14:03Z DEBUG ", "Feb 11 08:14:03 build-7 agent[3312]: ", "worker-1  | "} {
		ls := make([]string, len(wrapped))
		for i, l := range wrapped {
			ls[i] = prefix + l
		}
		p := strings.Join(ls, "\n") + "\n"
		in, err := Parse(p)
		if err != nil {
			t.Fatalf("%q: %v", prefix, err)
		}
		masked := secret.NewMasker(in.Secrets).Text(p)
		flat := strings.ReplaceAll(masked, "\n"+prefix, "")
		for i := 0; i+8 <= len(tok); i++ {
			if strings.Contains(flat, tok[i:i+8]) {
				t.Errorf("%q: %q of the token left in\n%s", prefix, tok[i:i+8], masked)
				break
			}
		}
	}
}
