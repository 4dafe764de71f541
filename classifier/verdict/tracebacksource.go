package verdict

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
)

// inTraceback reports whether the object at body[start:] is the source line
// a Python traceback prints under a frame ('File "…", line 124, in
// _get_status', then the call's arguments): code the program runs, not what
// a server sent.
func inTraceback(x *parse.Exchange, body string, start int) bool {
	line := x.Response.Body.LinePos(start).Line
	if line <= 1 {
		return false
	}
	prev := ""
	if ls := strings.LastIndexByte(body[:start], '\n'); ls > 0 {
		pl := strings.LastIndexByte(body[:ls], '\n') + 1
		prev = body[pl:ls]
	} else {
		best := 0
		for _, p := range x.Prose {
			if p.Pos.Line < line && p.Pos.Line > best {
				best, prev = p.Pos.Line, p.Text
			}
		}
	}
	t := strings.TrimSpace(prev)
	return strings.HasPrefix(t, `File "`) && strings.Contains(t, `", line `)
}
