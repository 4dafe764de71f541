package wrapwidth

import (
	"strings"
	"testing"
)

// The width a wrap cut lines at is read through what was put after the
// cut: a CRLF's "\r" and a Markdown line break's two spaces do not widen a
// line; a console's padding to its width does not count as a cut line of
// that width, and a line padded with blanks is still as wide as the
// padding.
func TestWidths(t *testing.T) {
	cut := strings.Repeat("a", 80)
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"two cut lines", cut + "\n" + cut + "\nend\n", 80},
		{"CRLF", cut + "\r\n" + cut + "\r\nend\r\n", 80},
		{"Markdown line breaks", cut + "  \n" + cut + "  \nend  \n" + strings.Repeat("b", 85) + "  \n", 80},
		{"one console-wide line", cut + "\nshort\n", 80},
		{"short lines", "one\ntwo\n", 0},
		{"padded, never cut", "ab" + strings.Repeat(" ", 78) + "\n" + strings.Repeat("c", 90) + "\n", 0},
	} {
		if got := Text(c.text); got != c.want {
			t.Errorf("%s: Text = %d, want %d", c.name, got, c.want)
		}
	}
	if got := Common([]string{cut + "  ", cut + "\r", "end"}); got != 80 {
		t.Errorf("Common = %d, want 80", got)
	}
	if Line("abc  ") != 3 || Line("abc   ") != 6 || Line("abc\r") != 3 {
		t.Errorf("Line: %d %d %d", Line("abc  "), Line("abc   "), Line("abc\r"))
	}
	if !Console(120) || Console(90) {
		t.Error("Console")
	}
}
