package parse

import "testing"

// TestSpringHeadersUnescapedQuotes: Spring prints HttpHeaders (MockMvc's
// "Headers = [...]", a ResponseEntity's toString) with each value in
// double quotes and the quotes inside it left unescaped; the value ends at
// the quote before ", Name:" or the list's closing bracket, not at the
// first quote inside a challenge's parameters. Every value is invented.
func TestSpringHeadersUnescapedQuotes(t *testing.T) {
	in, err := Parse("MockHttpServletResponse:\n" +
		"           Status = 403\n" +
		"          Headers = [WWW-Authenticate:\"Bearer error=\"insufficient_scope\", error_description=\"needs ledger:write\", scope=\"ledger:write\"\", Vary:\"Origin\", X-Frame-Options:\"DENY\"]\n" +
		"             Body = \n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("read %v, %v", in, err)
	}
	r := in.Exchanges[0].Response
	want := "Bearer error=\"insufficient_scope\", error_description=\"needs ledger:write\", scope=\"ledger:write\""
	if got := r.Fields.Get("WWW-Authenticate"); got != want {
		t.Errorf("WWW-Authenticate %q, want %q", got, want)
	}
	if got := r.Fields.Get("Vary"); got != "Origin" {
		t.Errorf("Vary %q, want Origin", got)
	}
	if got := r.Fields.Get("X-Frame-Options"); got != "DENY" {
		t.Errorf("X-Frame-Options %q, want DENY", got)
	}
}
