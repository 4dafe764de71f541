package secret

import (
	"strings"
	"testing"
)

// wrapAt hard-wraps every line of s at w characters, as a terminal's copy
// does.
func wrapAt(s string, w int) string {
	var b strings.Builder
	for i, l := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for len(l) > w {
			b.WriteString(l[:w])
			b.WriteByte('\n')
			l = l[w:]
		}
		b.WriteString(l)
	}
	return b.String()
}

// A terminal that hard-wraps a paste cuts long credentials at its width:
// the rest of each is at the start of the next line, followed by whatever
// came after it (a closing quote, "; Path=/", the rest of a command), or
// the whole next line when the credential is longer still. Every piece is
// masked, and the line breaks stay where they were.
func TestHardWrapCutCredentialEnds(t *testing.T) {
	tok := "tK4vQ9zR2mW7xL3pN8bF5cH1jD6gS0yA"
	jwtLike := "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMtcnVubmVyIiwiaXNzIjoiaHR0cHM6Ly9pZC5leGFtcGxlLm9yZy8ifQ.Wq2Lx8Nv4Tb6Yc1Rf9Hd3Kg7Pm5Sz0Ju2Ea8Vo4Ib6Xn1Qw3Ft5Gy7Hr9Js2Kl4Md6Np8Oq0Ps2"
	b64JSON := "eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsICJwcml2YXRlX2tleSI6ICItLS0tLUJFR0lOIFBSSVZBVEUgS0VZLS0tLS1cbk1JSUV2Z0lCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktnd2dnU2tBZ0VBQW9J+Q3/="
	cases := []struct{ name, paste string }{
		{"a quoted token and what follows it", `$ ./deploy --region eu-west-3 --environment staging --api-key "` + tok + `" --verbose --dry-run`},
		{"a token over three lines", "$ curl -sS https://api.example.net/v2/reports/daily -H \"Authorization: Bearer " + jwtLike + "\""},
		{"a cookie's value with '|' in it", `2024-05-12 10:11:12 INFO proxy upstream Set-Cookie: atlassian.xsrf.token=QWER-TYUI-OPAS-DFGH|` + strings.Repeat("9c1e", 10) + `|lin; Path=/; Secure`},
		{"base64 of JSON as a URL's password", `$ pip install internal-lib --extra-index-url "https://_json_key_base64:` + b64JSON + `@europe-west4-python.pkg.dev/acme/py/simple/"`},
		{"a JSON string the wrap cut", `{"log":{"entries":[{"request":{"headers":[{"name":"Cookie","value":"app.sid=` + tok + tok + `; theme=dark"}]}}]}}`},
		{"a known prefix alone before the cut", strings.Repeat("x", 66) + " Token:[glpat-" + "\n" + "Zr8Kq2Lm5Nv7Bx4Cw1Dy] User-Agent:[go-client]"},
	}
	for _, c := range cases {
		// two more lines as wide as the cut, so the wrap is known
		p := wrapAt(c.paste+"\n"+strings.Repeat("-", 200), 80)
		if c.name == "a known prefix alone before the cut" {
			p = c.paste + "\n" + strings.Repeat("-", 80) + "\n" + strings.Repeat("=", 80)
		}
		masked := NewMasker(Scan(p)).Text(p)
		for _, v := range []string{tok, jwtLike, b64JSON, "Zr8Kq2Lm5Nv7Bx4Cw1Dy", strings.Repeat("9c1e", 10)} {
			for i := 0; i+8 <= len(v); i++ {
				if strings.Contains(p, v) || strings.Contains(strings.ReplaceAll(p, "\n", ""), v) {
					if strings.Contains(strings.ReplaceAll(masked, "\n", "\x00"), v[i:i+8]) {
						t.Errorf("%s: %q of a credential left in\n%s", c.name, v[i:i+8], masked)
						break
					}
				}
			}
		}
		if got, want := strings.Count(masked, "\n"), strings.Count(p, "\n"); got != want {
			t.Errorf("%s: %d line breaks after masking, %d before", c.name, got, want)
		}
	}
}

// A line that only happens to end with a credential is no cut: what the
// next line starts with stays (a header of its own, a status line), and in
// a paste that is not hard-wrapped a value runs on only as a whole line of
// random characters.
func TestHardWrapLeavesTheNextLine(t *testing.T) {
	head := "> GET /v1/things HTTP/1.1 Host: api.example.net Authorization: Bearer "
	tok := "Ab3dEf6hIj9kLm2n"[:80-len(head)] // the line ends with the token at column 80
	wide := strings.Repeat("#", 80) + "\n"
	for _, next := range []string{"Accept: application/json", "HTTP/1.1 401 Unauthorized"} {
		p := wide + wide + head + tok + "\n" + next + "\n"
		if m := NewMasker(Scan(p)).Text(p); !strings.Contains(m, "\n"+next+"\n") || strings.Contains(m, tok) {
			t.Errorf("%q masked, or the token left in:\n%s", next, m)
		}
	}
	plain := "Authorization: Bearer Zq3Wm8Rt5Yp2Lk7N\n2024-05-12T09:14:21Z INFO done\n"
	if m := NewMasker(Scan(plain)).Text(plain); !strings.Contains(m, "2024-05-12T09:14:21Z INFO done") {
		t.Errorf("a log line after a token masked:\n%s", m)
	}
}

// A JSON document after a log's prefix on its line is walked as one at the
// line's start is: a HAR's name/value pairs are read by the walk only.
func TestJSONAfterALogPrefix(t *testing.T) {
	l := `2024-05-12 09:14:21 DEBUG har: {"headers":[{"name":"Cookie","value":"app.sid=s%3AQm7Rt2Kx9Lp4.Vn8Bw3Cy6Dz1"},{"name":"Accept","value":"*/*"}]}`
	ss := Scan(l)
	if len(ss) != 1 || ss[0].Value != "s%3AQm7Rt2Kx9Lp4.Vn8Bw3Cy6Dz1" {
		t.Errorf("got %+v, want the cookie's value", ss)
	}
}

// A "user:password" literal base64-encoded on a line that is itself a
// string (a JSON log's message, its quotes escaped) is found inside the
// escaped quotes; a date and time quoted on the same line is no user and
// password.
func TestEncodedBasicInsideEscapedQuotes(t *testing.T) {
	l := `{"ts":"2026-03-01T10:00:00Z","msg":"$pair = [char[]]\"ops-bot:Wq7!pLz2Rv\" | ConvertTo-Base64"}`
	ss := Scan(l)
	if len(ss) != 1 || ss[0].Value != "Wq7!pLz2Rv" || ss[0].Kind != Password {
		t.Errorf("got %+v, want the password alone", ss)
	}
}

// Basic credentials padded once too often, as typed by hand, still decode:
// the password inside is masked wherever it is written.
func TestOverPaddedBasicDecodes(t *testing.T) {
	v := "b3BzLWJvdDpXcTchcEx6MlJ2" + "==="
	found := false
	for _, f := range Forms(v) {
		if f == "Wq7!pLz2Rv" {
			found = true
		}
	}
	if !found {
		t.Errorf("Forms(%q) = %q, want the password", v, Forms(v))
	}
}

// A hard wrap that moves a header's value to the next line, after the
// header's name and '=' at the end of the cut line, leaves the value a
// credential.
func TestHardWrapMovesTheValueBelowItsName(t *testing.T) {
	head := `PS> Invoke-WebRequest https://repo.example.org/api/npm/auth -Headers @{"X-Api-Key" = `
	head += strings.Repeat(" ", 120-len(head))
	p := strings.Repeat("-", 120) + "\n" + head[:120] + "\n" + `"Qm7Rt2Kx9Lp4Vn8Bw3Cy6Dz1"}` + "\n"
	masked := NewMasker(Scan(p)).Text(p)
	if strings.Contains(masked, "Qm7Rt2Kx9Lp4Vn8Bw3Cy6Dz1") {
		t.Errorf("the value below its name left in:\n%s", masked)
	}
}

// A variable of code the paste assigns is no credential where it is used
// ("Basic $tokenB64"), digits in its name or not; a value after a '$' that
// nothing assigns stays one.
func TestAssignedVariableIsNoCredential(t *testing.T) {
	p := "$credsB64 = [Convert]::ToBase64String($bytes)\n" +
		"Invoke-RestMethod -Uri $uri -Headers @{Authorization = \"Basic $credsB64\"}\n"
	for _, x := range Scan(p) {
		if x.Value == "$credsB64" {
			t.Errorf("the assigned variable masked: %+v", x)
		}
	}
	q := "Invoke-RestMethod -Uri $uri -Headers @{Authorization = \"Basic $ummer2024x9\"}\n"
	if ss := Scan(q); len(ss) != 1 || ss[0].Value != "$ummer2024x9" {
		t.Errorf("got %+v, want the unassigned value", ss)
	}
}

// A call's string arguments are read when the call is itself inside a
// string, its quotes escaped (a JSON log's message holding a copied
// PowerShell command), and, on a line a hard wrap cut, up to the cut when
// the wrap cut the credential's quote.
func TestCallArgumentsEscapedOrCut(t *testing.T) {
	esc := `{"msg":"$s.Cookies.Add((New-Object System.Net.Cookie(\"csrftoken\", \"Hq4Wz8Lm2Xr6Tv0Bn3Kc\", \"/\", \"intranet.example\")))"}`
	if ss := Scan(esc); len(ss) != 1 || ss[0].Value != "Hq4Wz8Lm2Xr6Tv0Bn3Kc" {
		t.Errorf("escaped: got %+v, want the cookie's value", ss)
	}
	head := `$s.Cookies.Add((New-Object System.Net.Cookie("csrftoken", "Hq4Wz8Lm2Xr6`
	head = strings.Repeat(" ", 80-len(head)) + head
	p := strings.Repeat("-", 80) + "\n" + head + "\n" + `Tv0Bn3Kc", "/", "intranet.example")))` + "\n"
	m := NewMasker(Scan(p)).Text(p)
	if strings.Contains(m, "Hq4Wz8Lm") || strings.Contains(m, "Tv0Bn3Kc") {
		t.Errorf("cut: a piece left in:\n%s", m)
	}
}

// A console wraps only what it prints: a line the person typed or pasted
// below the wrapped output (a response body, a sentence) may be wider than
// the wrap. The console's width is still read from the lines it filled, so
// the second half of a value cut there is masked: a token in a printed
// dict, a cookie header whose second cookie ran over four lines.
func TestHardWrapBesideAWiderLine(t *testing.T) {
	tok := "EvrPdummyJtpuULGTudRgF9TD3kZxw63qP7e9dQEutBno2adC4McQcnefAEIDDaGb01ptwwdcbKqjsSLwp"
	jwtLike := "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMtcnVubmVyIiwiaXNzIjoiaHR0cHM6Ly9pZC5leGFtcGxlLm9yZy8ifQ.Wq2Lx8Nv4Tb6Yc1Rf9Hd3Kg7Pm5Sz0Ju2Ea8Vo4Ib6Xn1Qw3Ft5Gy7Hr9Js2Kl4Md6Np8Oq0Ps2Wq2Lx8Nv4Tb6Yc1Rf9Hd3Kg7"
	for _, c := range []struct{ name, paste string }{
		{"a dict's token", "Output of my script:\n\n" + wrapAt(`{'Host': 'api.example.com', 'User-Agent': 'python-httpx/0.28.1', 'Accept': '*/*', 'Authorization': 'Bearer `+tok+`', 'X-Idempotency-Key': 'f1e2d3c4'}`, 80) +
			"\n<Response [401 Unauthorized]>\n{'error': {'code': 'token_revoked', 'message': 'The access token has been revoked.'}}\n"},
		{"a cookie's second value", "< GET /account HTTP/1.1\n" + wrapAt("< Cookie: __Host-session=UOE5dummyxGHlnrDPVOBgcwKgjlkyoNsE9AkUWQRtQfL70IpPwmJllEVXG0JnVZ5Yv1uw; __Secure-refresh="+jwtLike, 80) +
			"\n\n> HTTP/1.1 401 Unauthorized\n{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Session expired\"}\n"},
	} {
		masked := NewMasker(Scan(c.paste)).Text(c.paste)
		flat := strings.ReplaceAll(masked, "\n", "\x00")
		for _, v := range []string{tok, jwtLike[37:], "0IpPwmJllEVXG0JnVZ5Yv1uw"} {
			if !strings.Contains(strings.ReplaceAll(c.paste, "\n", ""), v) {
				continue
			}
			for i := 0; i+8 <= len(v); i++ {
				if strings.Contains(flat, v[i:i+8]) {
					t.Errorf("%s: %q of a credential left in\n%s", c.name, v[i:i+8], masked)
					break
				}
			}
		}
		for _, k := range []string{"token_revoked", "Session expired", "X-Idempotency-Key"} {
			if strings.Contains(c.paste, k) && !strings.Contains(masked, k) {
				t.Errorf("%s: %q masked", c.name, k)
			}
		}
	}
}

// A hard wrap may cut a credential's name rather than its value ("passw" /
// "ord=…", "postgresql:/" / "/user:pass@…"): the value, whole on the next
// line, is masked there.
func TestHardWrapCutTheName(t *testing.T) {
	for _, c := range []struct{ name, line, secret string }{
		{"a form's password", `curl -v -X POST https://auth.example.org/api/login -d "username=mfoster&password=Marmot-e9dummyES5m26&remember=1"`, "Marmot-e9dummyES5m26"},
		{"a URL's password", `worker-1  | 2026-12-06 10:31:13,004 ERROR app.db could not connect: postgresql://billing_rw:Violet-T1dummynvqf10@pg-primary.svc.cluster.local:5432/billing`, "Violet-T1dummynvqf10"},
		{"a JSON member", `{"operationName":"SignIn","variables":{"input":{"email":"rhea@example.com","password":"Summer_yEdummynAZt66","rememberMe":true}}}`, "Summer_yEdummynAZt66"},
	} {
		p := wrapAt(c.line+"\n"+strings.Repeat("-", 200), 80)
		masked := NewMasker(Scan(p)).Text(p)
		if strings.Contains(strings.ReplaceAll(masked, "\n", ""), c.secret[len(c.secret)-10:]) {
			t.Errorf("%s: left in\n%s", c.name, masked)
		}
	}
}

// A hard-wrapped paste posted with a Markdown line break after every line
// (two spaces, so the post keeps the lines): the lines a console cut are
// as wide as the wrap without the two spaces, so a token the wrap cut is
// masked to its end on the next line, as without them.
func TestHardWrapWithMarkdownLineBreaks(t *testing.T) {
	tok := "dummyEvrPWd6JtpuULGTudRgF9TD3kZxw63qP7e9dQEutBno2adC4McQcnefAEIDDaGb01ptwwdcbKqjsSLwp"
	text := wrapAt("{'Host': 'api.example.com', 'User-Agent': 'python-httpx/0.28.1', 'Accept': '*/*', 'Authorization': 'Bearer "+tok+"', 'X-Idempotency-Key': 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b'}", 80) +
		"\n<Response [401 Unauthorized]>\n{'error': {'code': 'token_revoked', 'message': 'The access token has been revoked by its owner.'}}\n"
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		b.WriteString(l + "  \n")
	}
	checkMasked(t, "Markdown line breaks", b.String(), []string{tok[len(tok)-20:]}, []string{"<Response [401 Unauthorized]>", "token_revoked"})
}

// A URL's password a console's hard wrap cut after its first character
// ("redis://:1" / "2VXk…@host"): too short alone on the cut line to be
// read, it is found in the two lines read together, and both its pieces
// are masked.
func TestHardWrapSplitsAPasswordEarly(t *testing.T) {
	text := wrapAt("worker-1  | 2026-12-06 10:31:13,420 WARNING app.cache redis error for redis://:dummy2VXkd1jcHuscX0TRqPO8FPj@cache.svc.cluster.local:6379/0: WRONGPASS invalid username-password pair or user is disabled.", 80) + "\n" +
		wrapAt("api-1     | 2026-12-06 10:31:14,002 ERROR app.http GET /api/orders -> 401 {\"detail\":\"Authentication credentials were not provided.\"}", 80) + "\n"
	if !strings.Contains(text, "redis://:d\n") {
		t.Fatalf("the sample does not cut the password after one character:\n%s", text)
	}
	checkMasked(t, "password cut after one character", text, []string{"ummy2VXkd1jcHuscX0TRqPO8FPj", "redis://:d\n"}, []string{"@cache.svc.cluster.local:6379/0", "WRONGPASS"})
}
