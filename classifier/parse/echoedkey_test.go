package parse

import (
	"strings"
	"testing"
)

// TestEchoedKeySent: an error that quotes the key the refused request
// carried, masked (a model API's "Your api key: ****9d1 is invalid", a
// payment API's "Expired API Key provided: rk_live_<redacted>", a client
// library's "The access key (*k2f9) might not be valid"), says a key was
// sent and shows it masked. A sentence naming where a key goes, or a
// key's real-looking value, is no such quote.
func TestEchoedKeySent(t *testing.T) {
	for _, line := range []string{
		`ERROR:agent:Error calling the model API: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****9d1 is invalid', 'type': 'authentication_error'}}`,
		`Error while authenticating: Authorization failed, status=401, body={"error": {"message": "Expired API Key provided: rk_live_<redacted>"}}`,
		`pdclient.ClientError: Received 401 Unauthorized response from the API. The access key (*k2f9) might not be valid.`,
	} {
		f, ok := echoedKey(line)
		if !ok {
			t.Errorf("no quoted key read in\n%s", line)
			continue
		}
		if !strings.Contains(f.Value, "*") && !IsRedacted(f.Value) {
			t.Errorf("value %q not masked", f.Value)
		}
		if got := lastAnsweredCredentials(t, "some output:\n"+line+"\nstatus 401\n"); got.State != CredSent {
			t.Errorf("credentials %s, want sent, in\n%s", got.State, line)
		}
	}
	for _, line := range []string{
		`Set your api key: see https://docs.example.org/keys for where it goes.`,
		`Invalid API key provided: sk-live-9d7Qm2Lx8Tn4Rb6Vc1Hy3Jd5.`,
		`No API key provided.`,
		`FlickrException: 100: Invalid API Key (Key has invalid format)`,
	} {
		if f, ok := echoedKey(line); ok {
			t.Errorf("quoted key %q read in\n%s", f.Value, line)
		}
	}
}
