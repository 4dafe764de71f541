package parse

import "testing"

// TestCSSDeclarationsAreNoHeaders: a style sheet's declarations in an error
// page whose semicolons became line breaks ("color:navy", "font-size:13px")
// are no header block of their own (values are invented).
func TestCSSDeclarationsAreNoHeaders(t *testing.T) {
	in, err := Parse("The scanner reports this:\n```\nHTTP/1.1 403 403\n```\n\nPage:\n```\n<html><head><title>403 Forbidden</title>\n<style>\nbody {font-family:Verdana,sans-serif\ncolor:navy\nbackground-color:ivory\nfont-size:13px\n}\n</style></head>\n<body><h1>403 Forbidden</h1><p>Not allowed from this address.</p></body></html>\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == 0 && len(x.Response.Fields) > 0 {
			t.Errorf("declarations read as a header block: %+v", x.Response.Fields)
		}
	}
	if !headerLike(Fields{{Name: "Max-Forwards", Value: "10"}}) {
		t.Error("Max-Forwards is a header field")
	}
}
