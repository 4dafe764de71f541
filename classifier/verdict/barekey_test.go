package verdict

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestBareKeyFailure: a message that opens on "key" and says the key is
// unknown or bad is about the API key sent; the word elsewhere (a map's
// key, an object store's) is not (values are invented).
func TestBareKeyFailure(t *testing.T) {
	for msg, want := range map[string]bool{
		"key doesn't exist":                          true,
		"Key Not Found In Database":                  true,
		"key is invalid or expired":                  true,
		"The specified key does not exist.":          false,
		"keyboard layout not found":                  false,
		"missing field: key; the config was invalid": false,
	} {
		p, ok := phraseOf(strings.ToLower(msg))
		if got := ok && p.class == rule.Authentication; got != want {
			t.Errorf("%q: %+v %v, want authentication %v", msg, p, ok, want)
		}
	}
}
