package secret

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/wrapwidth"
)

// leftIn reports the first 8-character piece of v that masked still shows.
func leftIn(masked, v string) string {
	flat := strings.ReplaceAll(masked, "\n", "")
	for i := 0; i+8 <= len(v); i++ {
		if strings.Contains(flat, v[i:i+8]) {
			return v[i : i+8]
		}
	}
	return ""
}

// A shell or a REPL asked to print a credential shows its value alone on
// the line below, with no name beside it: PowerShell's property, a shell's
// echo of a variable, Python's and Node's REPLs, irb. The request names
// it, so the value is masked; a request for anything else is left alone.
func TestEchoedCredentialIsMasked(t *testing.T) {
	key := "Zq8Lm2Vx5Nb7Ck1Pw4Rt9Hy3Jd6Gs0Fa2Ue8Io5Kl="
	for _, c := range []struct{ name, paste string }{
		{"PowerShell property", "PS C:\\ops> $rule = Get-AzServiceBusKey -Name sender\nPS C:\\ops> $rule.PrimaryKey\n" + key + "\nPS C:\\ops> Invoke-RestMethod -Uri $uri"},
		{"a bare PowerShell line", "$keys.SecondaryKey\n" + key},
		{"shell echo of an env var", "$ echo $PAYMENTS_API_TOKEN\n" + key + "\n$ curl -s https://pay.example.org/v1/ping"},
		{"PowerShell env", "$env:REGISTRY_PASSWORD\n" + key},
		{"Python REPL", ">>> settings.client_secret\n'" + key + "'"},
		{"Node REPL", "> process.env.SERVICE_API_KEY\n'" + key + "'"},
		{"irb", "irb(main):002:0> ENV['DEPLOY_TOKEN']\n=> \"" + key + "\""},
		{"IPython", "In [4]: os.environ[\"ACCESS_TOKEN\"]\nOut[4]: '" + key + "'"},
	} {
		masked := NewMasker(Scan(c.paste)).Text(c.paste)
		if p := leftIn(masked, key); p != "" {
			t.Errorf("%s: %q left in\n%s", c.name, p, masked)
		}
	}
	// not a credential's name, not a request, or no value alone below
	for _, c := range []struct{ name, paste string }{
		{"another property", "PS C:\\ops> $rule.KeyName\nRootManageSharedAccessKey"},
		{"a sentence below", "$keys.PrimaryKey\nprints the key, which I then pass as the signature"},
	} {
		masked := NewMasker(Scan(c.paste)).Text(c.paste)
		if masked != c.paste {
			t.Errorf("%s: masked\n%s", c.name, masked)
		}
	}
}

// A terminal copy that joins a wrapped command with output wider than the
// wrap (a JSON message on one long line) shows no common width; a known
// token cut short of its length at a line's end whose rest opens the next
// line was cut all the same, and every line of it is masked, up to its
// closing quote — also with a console's padding or Markdown's two spaces at
// the lines' ends.
func TestTokenCutWhereTheWidthsDoNotShow(t *testing.T) {
	key := "sk-proj-" + strings.Repeat("Rb7Tq2Xm9Lw4Kc8Vz1Nh5Jp3Gd6Fs0", 4) + "T3BlbkFJ" + strings.Repeat("Ye4Wn8Qa2Mo6", 3)
	cmd := "$ curl https://api.example.ai/v1/models -H \"Authorization: Bearer " + key + "\""
	wrapped := wrapAt(cmd, 76)
	long := `{"error": {"message": "Incorrect API key provided: sk-proj-****` + strings.Repeat("*", 120) + `Mo6. See your account settings.", "code": "invalid_api_key"}}`
	for _, pad := range []string{"", "  "} {
		lines := strings.Split(wrapped, "\n")
		for i := range lines {
			lines[i] += pad
		}
		p := "It still says the key is wrong:\n\n" + strings.Join(lines, "\n") + "\n" + long + "\n"
		if wrapwidth.Text(p) != 0 && pad == "" {
			t.Fatalf("the sample shows its wrap width (%d): it tests nothing", wrapwidth.Text(p))
		}
		masked := NewMasker(Scan(p)).Text(p)
		if l := leftIn(masked, key[len("sk-proj-"):]); l != "" {
			t.Errorf("pad %q: %q left in\n%s", pad, l, masked)
		}
		if !strings.Contains(masked, long) {
			t.Errorf("pad %q: the message was masked\n%s", pad, masked)
		}
	}
	// a token's prefix ending a line whose next line is words is not cut
	p := "the keys start with sk-proj-\nand are longer than the old ones"
	if masked := NewMasker(Scan(p)).Text(p); masked != p {
		t.Errorf("prose masked:\n%s", masked)
	}
}

// curl's -u with a key and no password ends in ':': the part of a wrapped
// key before it is the key's end, not a header's name.
func TestCutKeyBeforeCurlColon(t *testing.T) {
	key := "rk_live_" + strings.Repeat("Hq3Zt8Lw1Vb6Nm4Xc9", 5)
	p := wrapAt("$ curl https://api.example.com/v1/charges?limit=5 \\\n   -u "+key+": \\\n   -G", 80) + "\n" + strings.Repeat("-", 80) + "\n" + strings.Repeat("-", 80)
	masked := NewMasker(Scan(p)).Text(p)
	if l := leftIn(masked, key[len("rk_live_"):]); l != "" {
		t.Errorf("%q left in\n%s", l, masked)
	}
	// a real field after a cut value stays
	q := strings.Repeat("x", 60) + " Authorization: Bearer Gk2Lp8Qz4Vm1Wn7Rt3Yc5" + "\nX-Request-Id: 7f3c9a1e\n" + strings.Repeat("-", 80)
	if m := NewMasker(Scan(q)).Text(q); !strings.Contains(m, "X-Request-Id: 7f3c9a1e") {
		t.Errorf("a field's name masked:\n%s", m)
	}
}

// A Ruby hash printed inside a message, its string wrapped by a terminal,
// is not a JSON document: the walk stops at the raw line end instead of
// reading the wrapped string's words as a member's name and the next
// quoted words as its value.
func TestRubyHashWithAWrappedStringIsNotJSON(t *testing.T) {
	text := `{"external_error" => "190 - Error validating access token: Session has expired` + "\n" +
		` on Monday, 12-Jan-26 07:00:00 PST. The current time is Monday, 12-Jan-26 07:52:` + "\n" +
		`04 PST."}, sender_type: "User"` + "\n"
	if got := Scan(text); len(got) != 0 {
		t.Errorf("found %d credentials in a message with none: %+v", len(got), got)
	}
}
