package wrapping

import "testing"

func TestWrappings(t *testing.T) {
	in := "HTTP/1.1 403 Forbidden\n\nno entry for the ferret team\n"
	for _, c := range []struct{ got, want string }{
		{QuoteLines(in, "> "), "> HTTP/1.1 403 Forbidden\n>\n> no entry for the ferret team\n"},
		{Indent(in, "\t"), "\tHTTP/1.1 403 Forbidden\n\n\tno entry for the ferret team\n"},
		{Fence("a\n", "http"), "```http\na\n```\n"},
		{Fence("a\n```\nb\n```\n", "http"), "a\n```\nb\n```\n"},
		{PadTo("ab\nabcdef\n", 4), "ab  \nabcdef\n"},
		{CutAt("abcdefg", 3), "abc\ndef\ng"},
		{PrefixDump("say\n```\nx\n```", func(int) string { return "T " }), "say\n```\nT x\n```"},
		{JSONField("say\n```\nx \"y\"\n<z>\n```\n"), "say\n```\n{\"level\":\"debug\",\"ts\":\"2026-03-01T10:00:00Z\",\"msg\":\"x \\\"y\\\"\\n<z>\"}\n```\n"},
		{Tabify("      a\n  b\n"), "\t  a\n  b\n"},
		{RenderedIssue("```\nx\n```\n"), "mhollis commented on Mar 1, 2026\n\nx\n\n👍 2\n"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
