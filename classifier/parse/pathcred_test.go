package parse

import "testing"

// TestPathCredential: the APIs whose URL path carries the caller's secret
// (a Telegram bot's token, a Slack, Discord or Teams webhook's secret);
// the same hosts' paths without the secret, and other hosts, carry none.
func TestPathCredential(t *testing.T) {
	for _, c := range []struct {
		host, url, want string
	}{
		{"", "https://api.telegram.org/bot<token>/getUpdates?offset=3", "<token>"},
		{"api.telegram.org", "/bot...~/sendPhoto", "...~"},
		{"", "https://hooks.slack.com/services/T0QQQ/B0WWW/zzzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzz"},
		{"", "https://discord.com/api/webhooks/998877/tok-en_dummy", "tok-en_dummy"},
		{"", "https://hooks.slack.com/services/T0QQQ/", ""},
		{"", "https://api.telegram.org/file/", ""},
		{"", "https://example.org/bot123:abc/sendMessage", ""},
	} {
		_, v, ok := pathCredential(c.host, c.url)
		if got := map[bool]string{true: v}[ok]; got != c.want {
			t.Errorf("%s %s: %q, want %q", c.host, c.url, got, c.want)
		}
	}
	// a bot library's request log, the token cut out by the person: sent
	// and masked
	paste := "2026-03-02 08:01:15,220 - httpx - INFO - HTTP Request: POST https://api.telegram.org/bot.../sendDocument \"HTTP/1.1 403 Forbidden\"\n" +
		"telegram.error.Forbidden: Forbidden: bot was kicked from the supergroup chat\n"
	if !maskedCredentialSent(t, paste, 403) {
		t.Errorf("the bot token in the path is not the 403's masked credential in\n%s", paste)
	}
}

// maskedCredentialSent reports whether the paste reads as a response with
// the given status whose request carried a credential shown masked.
func maskedCredentialSent(t *testing.T, paste string, status int) bool {
	t.Helper()
	got, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range got.Exchanges {
		c := x.Credentials()
		if x.Response != nil && x.Response.Status == status && c.State == CredSent && c.Redacted {
			return true
		}
	}
	return false
}

// TestPathCredentialEmptyValue: a path whose secret's place holds a
// language's empty value, formatted in by a client that had none
// ("/botNone/", "/webhooks/1234/undefined"), carries no credential.
func TestPathCredentialEmptyValue(t *testing.T) {
	for _, u := range []string{
		"https://api.telegram.org/botNone/getUpdates?offset=7",
		"https://discord.com/api/webhooks/881122/undefined",
		"https://hooks.slack.com/services/T0AA/B0BB/null",
	} {
		if what, v, ok := pathCredential("", u); ok {
			t.Errorf("%s: read as %s %q", u, what, v)
		}
	}
	if _, v, ok := pathCredential("", "https://api.telegram.org/bot7702:AAH-k2nQx/getMe"); !ok || v != "7702:AAH-k2nQx" {
		t.Errorf("a bot token not read: %q %v", v, ok)
	}
}
