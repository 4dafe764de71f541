package parse

import (
	"strings"
	"testing"
)

// TestUndecorate: the wrappers and indentation Markdown and editors add come
// off, line for line; a paste whose own shape uses indentation (wget -S,
// a traceback) is left as it is.
func TestUndecorate(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"details", "<details>\n<summary>Full log</summary>\n\n```text\nHTTP/1.1 401 Unauthorized\n```\n</details>",
			"\n\n\n```text\nHTTP/1.1 401 Unauthorized\n```\n"},
		{"details on one line", "<details open><summary>Log</summary>\nHTTP/1.1 403 Forbidden", "\nHTTP/1.1 403 Forbidden"},
		{"fence in a list item", "1. Then:\n   ```\n   HTTP/1.1 403 Forbidden\n     Server: x\n   ```", "1. Then:\n   ```\nHTTP/1.1 403 Forbidden\n  Server: x\n   ```"},
		{"shared indentation", "    HTTP/1.1 401 Unauthorized\n    WWW-Authenticate: Basic\n\n    denied", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic\n\ndenied"},
		{"tabs", "\tHTTP/1.1 401 Unauthorized\n\tServer: nginx", "HTTP/1.1 401 Unauthorized\nServer: nginx"},
		{"wget -S", "HTTP request sent, awaiting response...\n  HTTP/1.1 403 Forbidden\n  Server: AmazonS3", ""},
		{"traceback", "Traceback (most recent call last):\n  File \"x.py\", line 1\nHTTPError: 401", ""},
		{"a tag that is no wrapper", "<detailsx>\nHTTP/1.1 403 Forbidden", ""},
	} {
		got, changed := undecorate(strings.Split(c.in, "\n"))
		if c.want == "" {
			if changed {
				t.Errorf("%s: changed to %q", c.name, got)
			}
			continue
		}
		if !changed || strings.Join(got, "\n") != c.want {
			t.Errorf("%s: %v %q, want %q", c.name, changed, strings.Join(got, "\n"), c.want)
		}
	}
}

// TestDecoratedPasteReadsAsPlain: a dump inside <details> and indented by
// an editor reads as the dump does.
func TestDecoratedPasteReadsAsPlain(t *testing.T) {
	dump := "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Request-Id: 4f2a\n\n{\"message\":\"denied\"}"
	plain := oneExchange(t, dump)
	for _, in := range []string{
		"<details>\n<summary>curl output</summary>\n\n```\n" + dump + "\n```\n\n</details>\n",
		"    " + strings.ReplaceAll(dump, "\n", "\n    "),
		"\t" + strings.ReplaceAll(dump, "\n", "\n\t"),
	} {
		x := oneExchange(t, in)
		if x.Response.Status != 403 || len(x.Response.Fields) != len(plain.Response.Fields) || x.Response.Body.Text != plain.Response.Body.Text {
			t.Errorf("%q: %d, %d fields, body %q", in, x.Response.Status, len(x.Response.Fields), x.Response.Body.Text)
		}
	}
}
