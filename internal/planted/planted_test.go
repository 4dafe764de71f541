package planted

import (
	"net/url"
	"strings"
	"testing"
)

// The set is what the issue asks for: at least 150 credentials in at least
// 25 paste forms, each planted value written in its paste, all distinct.
func TestCases(t *testing.T) {
	cs := Cases()
	n := 0
	seen := map[string]string{}
	for _, c := range cs {
		if len(c.Values) == 0 {
			t.Errorf("%s: nothing planted", c.Name)
		}
		for _, v := range c.Values {
			n++
			if !strings.Contains(c.Text, v) && !strings.Contains(c.Text, strings.ReplaceAll(v, "\n", "\\n")) && !strings.Contains(c.Text, url.QueryEscape(v)) {
				t.Errorf("%s: %q is not in the paste", c.Name, v)
			}
			if o, ok := seen[v]; ok && o != c.Name {
				t.Errorf("%q planted in %s and %s", v, o, c.Name)
			}
			seen[v] = c.Name
		}
		n += len(c.Derived)
	}
	if len(cs) < 25 || n < 150 {
		t.Errorf("%d forms, %d credentials; want at least 25 and 150", len(cs), n)
	}
	t.Logf("%d forms, %d planted credentials", len(cs), n)
}
