package classifier

import (
	"strings"
	"testing"
)

// TestHandshakeStandIn: an NTLM or Negotiate token too short to hold any
// message of the handshake ("NTLM zzzz") was written over the token the
// person removed: the credential was sent, masked (redacted-value), and
// the paste holds no live handshake token. A token of a real message's
// length is no stand-in.
func TestHandshakeStandIn(t *testing.T) {
	const head = "GET http://files.example.test/pkg.tgz HTTP/1.1\nHost: files.example.test\nProxy-Authorization: "
	const tail = "\n\nHTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Negotiate\nContent-Length: 0\n"
	if got := firstFindings(t, head+"Negotiate zzzz"+tail); !strings.Contains(got, "redacted-value") {
		t.Errorf("a stand-in Negotiate token: findings %s, want redacted-value", got)
	}
	if got := firstFindings(t, head+"Negotiate YIIFpQYGKwYBBQUCoIIFmTCCBZWgMDAuBgkqhkiC"+tail); strings.Contains(got, "redacted-value") {
		t.Errorf("a Negotiate token of a real length read as masked: %s", got)
	}
}
