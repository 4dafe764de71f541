package verdict

import (
	"reflect"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
)

// TestWithBodyLines holds withBodyLines to what the readers of the person's
// words and the body did before: the prose, then the body split at "\n" (at
// most maxProseScan lines, numbered from its first), trimmed when asked; the
// prose's own array is never written; and the lines are gathered in a few
// allocations, not one copy of the whole list per line.
func TestWithBodyLines(t *testing.T) {
	prose := []parse.InfoLine{{Text: "the call fails since Monday", Pos: parse.Pos{Line: 1}}, {Text: "output:", Pos: parse.Pos{Line: 2}}}
	split := func(body string, first int, trim bool) []parse.InfoLine {
		want := append([]parse.InfoLine(nil), prose...)
		for i, s := range strings.Split(body, "\n") {
			if i >= maxProseScan {
				break
			}
			if trim {
				s = strings.TrimSpace(s)
			}
			want = append(want, parse.InfoLine{Text: s, Pos: parse.Pos{Line: first + i}})
		}
		return want
	}
	long := strings.Repeat("  <li>row\r\n", maxProseScan+30)
	for _, body := range []string{"", "one", "one\n", "\n\n", "  <p>Denied</p>  \r\n<p>x</p>", long} {
		for _, trim := range []bool{false, true} {
			// The prose with room after it, a sentinel in that room.
			room := append(make([]parse.InfoLine, 0, len(prose)+8), prose...)
			room[:len(prose)+1][len(prose)] = parse.InfoLine{Text: "sentinel"}
			got := withBodyLines(room, body, 7, trim)
			if want := split(body, 7, trim); !reflect.DeepEqual(got, want) {
				t.Errorf("body %.30q trim %v: %d lines, want %d (%v)", body, trim, len(got), len(want), got[:min(len(got), 4)])
			}
			if !reflect.DeepEqual(room, prose) || room[:len(prose)+1][len(prose)].Text != "sentinel" {
				t.Fatalf("body %.30q: the prose's array was written to", body)
			}
		}
	}
	body := strings.Repeat("<td>cell</td>\n", 120)
	if n := testing.AllocsPerRun(20, func() { withBodyLines(prose, body, 3, false) }); n > 4 {
		t.Errorf("a 120-line body: %.0f allocations, want a few", n)
	}
}
