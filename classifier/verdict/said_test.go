package verdict

import (
	"strings"
	"testing"
)

// TestEchoRefersBackWithoutCallingItTheReason: a card that repeats a
// sentence of the card before refers back to it, and the reference does not
// call that sentence the reason, which it may not be: here the first card
// was refused for a credential, the second for none, and what they share
// is a remark about the missing challenge (values are invented).
func TestEchoRefersBackWithoutCallingItTheReason(t *testing.T) {
	sd := NewSaid()
	first := &Verdict{Explanation: "The server answered 401 to GET /a; the request sent X-Api-Key. It sends no challenge, so a client cannot tell which scheme to use. Next: check the key."}
	sd.Echo(0, first)
	second := &Verdict{Explanation: "The server answered 401 to GET /b; the request carried no credentials. It sends no challenge, so a client cannot tell which scheme to use. Next: send credentials."}
	sd.Echo(1, second)
	want := "The server answered 401 to GET /b; the request carried no credentials. The rest is as explained for exchange #1. Next: send credentials."
	if second.Explanation != want {
		t.Errorf("second card:\n got %q\nwant %q", second.Explanation, want)
	}
	third := &Verdict{Explanation: "The server answered 401 to GET /c; the request carried no credentials. It sends no challenge, so a client cannot tell which scheme to use. Next: send credentials."}
	sd.Echo(2, third)
	if !strings.Contains(third.Explanation, "the next step included, is as explained for exchange #2") || strings.Contains(third.Explanation, "reason") {
		t.Errorf("third card: %q", third.Explanation)
	}
}
