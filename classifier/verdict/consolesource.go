package verdict

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// afterConsoleSource returns the text after the source location a browser's
// console prints before a logged error, as a copy of the console keeps it
// ("init.js:192 Error: Token Required…", "VM2217:1 Uncaught Error: …",
// "main.3f9c.chunk.js:2:40311 TypeError: …"), or "" when t opens with none.
func afterConsoleSource(t string) string {
	sp := strings.IndexByte(t, ' ')
	if sp <= 0 || sp > 160 {
		return ""
	}
	loc := t[:sp]
	// a line number, and a column, after the script's name or URL
	c := strings.LastIndexByte(loc, ':')
	if c <= 0 || !ascii.AllDigits(loc[c+1:]) {
		return ""
	}
	name := loc[:c]
	if k := strings.LastIndexByte(name, ':'); k > 0 && ascii.AllDigits(name[k+1:]) {
		name = name[:k]
	}
	if q := strings.IndexByte(name, '?'); q > 0 {
		name = name[:q]
	}
	ln := strings.ToLower(name)
	script := strings.HasPrefix(ln, "vm") && ascii.AllDigits(ln[2:])
	for _, ext := range []string{".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue"} {
		script = script || strings.HasSuffix(ln, ext)
	}
	if !script {
		return ""
	}
	return strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(t[sp:], " \t"), "Uncaught "), " \t")
}
