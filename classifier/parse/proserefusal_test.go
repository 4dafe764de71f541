package parse

import (
	"strings"
	"testing"
)

// TestProseAccountRefusal: a paste of nothing but a person's text around a
// quoted message that refuses by the account's state, the user's membership
// or role, or a verification owed is read as a response body, while prose
// about the same words in another sense stays unread.
func TestProseAccountRefusal(t *testing.T) {
	for _, c := range []struct{ text, quoted string }{
		{"Since Monday two of our testers can't get in. The portal shows:\n\n", "Your account has been deactivated. Contact the site owner."},
		{"Opening the shared board as a guest gives\n\n", "\"You are not a member of this space.\""},
		{"The chat bot answers every normal user with:\n\n", "\"/deploy can only be run by a system administrator.\""},
		{"New sign-ups land on a page that says\n\n", "Please verify your email address to continue."},
		{"Opening the app from the portal I get\n\n", "User is not assigned to a role for this application."},
	} {
		in, err := Parse(c.text + c.quoted + "\n\nVersion 4.7.2 on Debian 12, behind Caddy.\n")
		if err != nil {
			t.Errorf("%q: %v", c.quoted, err)
			continue
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || !strings.Contains(in.Exchanges[0].Response.Body.Text, c.quoted) {
			t.Errorf("%q: not read as one response body: %+v", c.quoted, in.Exchanges)
		}
	}
	for _, s := range []string{
		"I disabled the image cache and the gallery is still slow.\nVersion 2.3 on Alpine, nginx in front.\n",
		"Is there a way to make the sidebar part of the theme?\nThanks in advance.\n",
	} {
		if in, err := Parse(s); err == nil && len(in.Exchanges) > 0 {
			t.Errorf("ordinary prose read as %d exchanges: %q", len(in.Exchanges), s)
		}
	}
}
