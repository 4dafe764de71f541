package parse

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// linesWithCapitals are lines and field names with capitals, ASCII and not,
// the words the checks below look for in several cases, and the two letters
// Unicode folds onto k and s.
var linesWithCapitals = []string{
	"Content-Type: text/html; charset=UTF-8", "<DIV CLASS=\"Page\">Sign In</DIV>", "--- Snipped ---", "[ TRUNCATED ]",
	"Redacted For Brevity", "(ELIDED)", "... etc.", "Password: [REDACTED]", "token=ReDaCtEd", "RED ACTED",
	"<Details><Summary>Server Log</Summary>", "<DETAILS>", "<detailsX>", "<details open><summary>Body</summary><HTML>",
	"</Summary> and <Body>", "X-CSRF-Token", "X-Xsrf-Header", "X-Atlassian-Token", "x-atlassian-tokens", "X-Atla\u017fsian-Token",
	"Invoke-WebRequest", "IWR", "Irm", "\u0130wr", "IRM:", "Invoke-RestMethod.exe", "", "<", "Ünïcode Lïne ÅBC REDACTED",
}

// TestLineChecksWithoutCopies holds the reader's per-line checks, which
// compare ASCII letters without case in place, to the lower-cased copy
// each made before (ascii.Lower, or strings.ToLower for the cmdlets), and
// checks that they make no copy of a line with capitals.
func TestLineChecksWithoutCopies(t *testing.T) {
	for _, l := range linesWithCapitals {
		lt := ascii.Lower(l)
		if got, want := containsRedactedWord(l), strings.Contains(lt, "redacted"); got != want {
			t.Errorf("containsRedactedWord(%q) = %v, want %v", l, got, want)
		}
		if got, want := isPwshTool(l), pwshTools.Has(strings.ToLower(l)); got != want {
			t.Errorf("isPwshTool(%q) = %v, want %v", l, got, want)
		}
		want := false
		if len(l) >= 9 && l[0] == '<' && l[len(l)-1] == '>' {
			for _, p := range []string{"<details", "</details>", "<summary", "</summary>"} {
				if strings.HasPrefix(lt, p) {
					want = !(p == "<details" && len(lt) > 8 && lt[8] != '>' && lt[8] != ' ' && lt[8] != '<') &&
						!strings.Contains(lt, "<html") && !strings.Contains(lt, "<body")
					break
				}
			}
		}
		if got := wrapperTag(l); got != want {
			t.Errorf("wrapperTag(%q) = %v, want %v", l, got, want)
		}
		switch ascii.Lower(strings.Trim(strings.TrimSpace(l), "<>[](){}/#*-_ ")) {
		case "snip", "snipped", "...", "…", "truncated", "trimmed", "cut", "omitted", "elided", "output cut", "redacted for brevity", "more", "etc", "etc.":
			want = true
		default:
			want = false
		}
		if got := elisionLine(l); got != want {
			t.Errorf("elisionLine(%q) = %v, want %v", l, got, want)
		}
	}
	long := "<DIV CLASS=\"Page-Header\">Sign In To Continue</DIV>"
	for name, f := range map[string]func(){
		"containsRedactedWord": func() { containsRedactedWord(long) },
		"isPwshTool":           func() { isPwshTool("Content-Type:") },
		"wrapperTag":           func() { wrapperTag("<Details><Summary>Server Log</Summary>") },
		"elisionLine":          func() { elisionLine(long) },
	} {
		if a := testing.AllocsPerRun(10, f); a != 0 {
			t.Errorf("%s allocates %v times on a line with capitals", name, a)
		}
	}
}

// TestContainsLowered holds containsLowered to strings.Contains of the
// ASCII-lower-cased text: words before, across and after the first capital.
func TestContainsLowered(t *testing.T) {
	texts := append([]string{"REDACTED", "xRedactedx", "redacted X", "redacteD", "redacte", "rRrREDACTEd", "<HTML>", "a<Html", "<htm", "CSRF", "x-csrf A", "zzz", "ERR:"}, linesWithCapitals...)
	for _, s := range texts {
		for _, w := range []string{"redacted", "<html", "<body", "csrf", "xsrf", "r", "<"} {
			if got, want := containsLowered(s, w), strings.Contains(ascii.Lower(s), w); got != want {
				t.Errorf("containsLowered(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
