package rules

import (
	"strings"
	"testing"
)

// A home directory in a shell prompt is the machine the person typed on;
// the same path in a trace or a page is not in a prompt.
func TestPromptAt(t *testing.T) {
	for _, c := range []struct {
		text, at string
		want     bool
	}{
		{"PS C:\\Users\\tbaker\\repo> node fetch.mjs\n403", "tbaker", true},
		{"(venv) PS C:\\Users\\tbaker\\repo> python get.py", "tbaker", true},
		{"C:\\Users\\tbaker\\repo>curl -i https://api.example.org/x", "tbaker", true},
		{"ok\ntbaker@ws-4:/home/tbaker/repo$ curl -si https://api.example.org/x", "/home/tbaker", true},
		{"root@c0ffee12:/home/tbaker/app# wget https://dl.example.org/a.tgz", "/home/tbaker", true},
		{"tbaker@ws-4:/home/tbaker/repo$", "/home/tbaker", true},
		{"PS C:\\src> type C:\\Users\\tbaker\\notes.txt", "tbaker", false},
		{"  File \"/home/tbaker/app/views.py\", line 12, in login", "/home/tbaker", false},
		{"C:\\Users\\tbaker\\app\\Web.config line 4 <b>denied</b>", "tbaker", false},
		{"error: open /home/tbaker/.netrc: permission denied $ retry", "/home/tbaker", false},
	} {
		off := strings.Index(c.text, c.at)
		if got := promptAt(c.text, off); got != c.want {
			t.Errorf("promptAt(%q, %q) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
