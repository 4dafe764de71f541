package verdict

import (
	"strings"
	"testing"
)

// TestDeniedWordings: a wording a person's own words rule out in its clause
// (a negation a few words before it) is not stated; one a clause break, a
// doubt or a failed verb separates from the negation is; and the refusals
// that hold their own negation ("not authorized", "no longer valid") read
// as before. Samples written for this test.
func TestDeniedWordings(t *testing.T) {
	for _, c := range []struct {
		l, w   string
		stated bool
	}{
		// ruled out
		{"honestly it is not a rate limit, the counter shows 4980 left", "rate limit", false},
		{"a helper to probe each key (without hitting the rate limit) would be nice", "rate limit", false},
		{"the bearer has not expired, it was minted a minute ago", "expired", false},
		{"we never saw too many requests from that box", "too many requests", false},
		{"there is no web application firewall in front of the service", "web application firewall", false},
		{"i am not behind cloudflare at all", "cloudflare", false},
		{"the session isn't throttled here", "throttl", false},
		{"das ist kein rate limit", "rate limit", false},
		{"этот запрос не был заблокирован", "был заблокирован", false},
		// stated: nothing rules it out, or something stops the negation
		{"api rate limit exceeded for 10.1.2.3", "rate limit", true},
		{"i changed nothing and now get too many requests", "too many requests", true},
		{"i did not change anything and now get too many requests", "too many requests", true},
		{"not sure why i am rate limited", "rate limit", true},
		{"i don't know if it is a rate limit", "rate limit", true},
		{"request not allowed due to waf block.", "waf block", true},
		{"can't verify csrf token authenticity.", "csrf", true},
		{"we could not verify you are human", "verify you are human", true},
		{"not rate limited. later: rate limit exceeded", "rate limit", true}, // a later place stands
		{"cannot rate limited", "rate limit", true},                          // "not" inside a word
		// refusals that hold their own negation
		{"you are not authorized to view this project", "not authorized", true},
		{"the signature is no longer valid", "no longer valid", true},
		{"you are not permitted to perform this action", "not permitted", true},
		{"this operation is not allowed for your role", "not allowed", true},
	} {
		got := Stated(c.l, c.w) >= 0
		if got != c.stated {
			t.Errorf("Stated(%q, %q) >= 0 is %v, want %v", c.l, c.w, got, c.stated)
		}
		if k := strings.Index(c.l, c.w); k < 0 {
			t.Errorf("sample %q does not hold %q", c.l, c.w)
		}
	}
}

// TestDisownedAcrossClause: a person's negation a few words before a failure
// wording, or before the failure word of a compound one (a credential named
// next to it), rules it out, not only a negation right before it. Samples
// written for this test.
func TestDisownedAcrossClause(t *testing.T) {
	for _, c := range []struct {
		l, w string
		want bool
	}{
		{"the access token has not expired yet, it is fresh", "token … expired", true},
		{"the key is not actually invalid, it works in the console", "key … invalid", true},
		{"this is not really a rate limit as far as i can tell", "rate limit", true},
		{"the access token has expired", "token … expired", false},
		{"the api key is not valid", "key … not valid", false},
	} {
		if got := disowned(c.l, c.w); got != c.want {
			t.Errorf("disowned(%q, %q) = %v, want %v", c.l, c.w, got, c.want)
		}
	}
}
