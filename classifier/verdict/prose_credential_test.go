package verdict_test

import (
	"strconv"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestProseNamesStaleCredential: the person's words beside a 403 that name
// the credential itself as expired, revoked, unknown or absent make the 403 an
// authentication failure; words that rule it out, ask about it or a log
// record that only guards against it leave the status standing (values
// are invented).
func TestProseNamesStaleCredential(t *testing.T) {
	dump := "```\n" +
		"> GET /api/v2/key/self HTTP/1.1\n" +
		"> Host: 10.1.2.3:8500\n" +
		"> X-Vault-Token: s.Qm4Lr8ZtW2pX\n" +
		">\n" +
		"< HTTP/1.1 403 Forbidden\n" +
		"< Content-Type: text/plain\n" +
		"<\n" +
		"Forbidden\n" +
		"```\n"
	for _, c := range []struct {
		prose string
		want  rule.Class
	}{
		// the path names the credential first; the clause after it qualifies it
		{"The route /api/v2/key/token/self answers 403 once the token was revoked by the admin.\n\n", rule.Authentication},
		{"This happens when the credentials in the profile have expired, every morning.\n\n", rule.Authentication},
		// a plural's letters do not shorten the clause read after it
		{"It shows up whenever the credentials for the EU storage have expired.\n\n", rule.Authentication},
		{"Every call fails once the tokens from the old tenant are revoked.\n\n", rule.Authentication},
		{"Our service token doesn't exist anymore on the new cluster, and this is what I get:\n\n", rule.Authentication},
		{"The token is not expired, I made it five minutes ago.\n\n", rule.Authorization},
		{"Is it an expired token? I get this:\n\n", rule.Authorization},
		{"Mar 02 08:11:40 gw agent[912]: level=info msg=\"renewing client in case token has expired\"\n\n", rule.Authorization},
		// the credential named as absent: an anonymous caller told off with 403
		{"Calling the status endpoint without a valid API key gives a 403 where the docs promise a 401:\n\n", rule.Authentication},
		{"In the nightly job the deploy token is not set, and the call ends like this:\n\n", rule.Authentication},
		{"Same 403 with and without the corporate proxy:\n\n", rule.Authorization},
	} {
		v := soleVerdict(t, strconv.Quote(c.prose), c.prose+dump)
		if v.Class != c.want {
			t.Errorf("%q: class %s, want %s (%+v)", c.prose, v.Class, c.want, v.Reasons)
		}
		if c.want == rule.Authentication {
			// the explanation says whose words it rests on
			mustContain(t, "explanation", v.Explanation, "the text around the dump says the caller was not authenticated")
		}
	}
}

// TestProseSaysSendCredential: words beside a 403 that make sending a
// credential (at all, or in another form) the fix make it an authentication
// failure; a grant to include or a negation does not (values invented).
func TestProseSaysSendCredential(t *testing.T) {
	dump := "```\n" +
		"$ svcctl policy add -name reader -rules @reader.hcl\n" +
		"Error adding policy: Unexpected response code: 403 (Permission denied)\n" +
		"```\n"
	for _, c := range []struct {
		prose string
		want  rule.Class
	}{
		{"I suppose I need to pass some kind of creds here, but where is that configured?\n\n", rule.Authentication},
		{"> You have to send the key id and the key secret in a Basic Authorization header.\n\n", rule.Authentication},
		{"Turns out I forgot to set the token for the second cluster.\n\n", rule.Authentication},
		{"You need to include the policy:write scope when you request the token.\n\n", rule.Authorization},
		{"You don't need to send a token for the read endpoints, only for writes.\n\n", rule.Authorization},
	} {
		if v := soleVerdict(t, strconv.Quote(c.prose), c.prose+dump); v.Class != c.want {
			t.Errorf("%q: class %s, want %s (%+v)", c.prose, v.Class, c.want, v.Reasons)
		}
	}
}

// TestProseNamesCredentialNoStatus: where the paste shows no status at all,
// the person's words that name the credential itself as expired, invalid or
// absent make the refusal an authentication failure, over a body that only
// restates a refusal; words that rule it out leave the answer as it was
// (values are invented).
func TestProseNamesCredentialNoStatus(t *testing.T) {
	dumps := []string{
		"```\nqsync: pull failed: remote store said: Access denied.\n```\n",
		"```\n{\"ok\": false, \"err\": \"Request refused\"}\n```\n",
	}
	for _, dump := range dumps {
		for _, c := range []struct {
			prose string
			auth  bool
		}{
			{"When the mirror's service token has expired the nightly pull stops with this:\n\n", true},
			{"The sidecar starts without a valid API key on the staging hosts and then logs:\n\n", true},
			{"Expected: an error saying that QSYNC_SECRET_KEY is not set.\n\n", true},
			{"The token is not expired, I minted it an hour ago, and still:\n\n", false},
			{"Since Tuesday's upgrade the nightly pull stops with this:\n\n", false},
		} {
			v := soleVerdict(t, strconv.Quote(c.prose), c.prose+dump)
			if got := v.Class == rule.Authentication; got != c.auth {
				t.Errorf("%q + %q: class %s, want authentication %v (%+v)", c.prose, dump, v.Class, c.auth, v.Reasons)
			}
			if c.auth {
				mustContain(t, "reason", v.Reasons[0].Reason, "no status shown", "credential")
			}
		}
	}
}

// TestProseNamesCredentialBesideOtherStatus: a 400 or a 5xx names no
// refusal, so the person's words that name the credential as expired or
// invalid make the failure an authentication one, and the explanation says
// those words outrank the status; words about something else leave it
// standing (values are invented).
func TestProseNamesCredentialBesideOtherStatus(t *testing.T) {
	for _, c := range []struct {
		paste string
		auth  bool
	}{
		{"By the time the job ran, the portal's session token had already expired:\n\n" +
			"```\n2025-02-03 04:05:06 WARN [poller-7] req - token exchange answered error code: 400, https://id.example.org/realms/Ops/protocol/openid-connect/token\n```\n", true},
		{"我猜是前端传来的令牌已经过期了：\n\n" +
			"```\nHTTP/1.1 500 Internal Server Error\nContent-Type: text/plain\n\nupstream error\n```\n", true},
		{"The job ran right after the nightly deploy:\n\n" +
			"```\n2025-02-03 04:05:06 WARN [poller-7] req - token exchange answered error code: 400, https://id.example.org/realms/Ops/protocol/openid-connect/token\n```\n", false},
	} {
		v := soleVerdict(t, strconv.Quote(c.paste), c.paste)
		if got := v.Class == rule.Authentication; got != c.auth {
			t.Errorf("%q: class %s, want authentication %v (%+v)", c.paste, v.Class, c.auth, v.Reasons)
		}
		if c.auth {
			mustContain(t, "explanation", v.Explanation, "on its own the status", "outranks it")
		}
	}
}
