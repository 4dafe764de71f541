package parse

import "testing"

// TestHeaderSetWithPrefixedLiterals: a header set in C, C++ or C# code whose
// name and value are written as prefixed string literals (wide L"…",
// Unicode u8"…", C#'s verbatim @"…" and interpolated $"…") is the request's
// field, as it is when the literals are plain.
func TestHeaderSetWithPrefixedLiterals(t *testing.T) {
	for _, c := range []struct{ name, line, field, want string }{
		{"wide", `rq.headers().add(L"Authorization", L"Bearer Xv3nQp81LrTe55Wd");`, "Authorization", "Bearer Xv3nQp81LrTe55Wd"},
		{"utf-8", `rq.headers().add(u8"Authorization", u8"Basic cm9zYTpsaWxhYzc3");`, "Authorization", "Basic cm9zYTpsaWxhYzc3"},
		{"verbatim", `http.DefaultRequestHeaders.Add(@"X-Api-Key", @"kf02mdT7pa9Q");`, "X-Api-Key", "kf02mdT7pa9Q"},
		{"interpolated", `http.DefaultRequestHeaders.Add("Authorization", $"Bearer {bearer}");`, "Authorization", "Bearer {bearer}"},
	} {
		text := "```\n" + c.line + "\nvar answer = send(rq);\n```\nThe service replies 401 to it.\n"
		in, err := Parse(text)
		if err != nil || len(in.Exchanges) == 0 {
			t.Fatalf("%s: not read (%v)", c.name, err)
		}
		x := in.Exchanges[0]
		if x.Request == nil || x.Request.Fields.Get(c.field) != c.want {
			t.Errorf("%s: request field %s not read from %q (request %+v)", c.name, c.field, c.line, x.Request)
		}
	}
	// a bash ANSI-C string and an address are no prefixed literals
	for _, s := range []string{`$'a'`, `me@"x"`} {
		if n := strPrefix(s, 1); s[0] == '$' && strPrefix(s, 0) != 0 || n != 0 {
			t.Errorf("%s: read as a prefixed literal", s)
		}
	}
}
