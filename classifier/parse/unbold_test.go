package parse

import "testing"

// TestBoldWordsInLogLines: words a person put in bold in a pasted access
// log line ("**/api/login**", "**401**") are read without the markers; a
// heading in bold and a masked value stay as written (values are invented).
func TestBoldWordsInLogLines(t *testing.T) {
	text := "### Failed login:\n**192.0.2.77** - - [03/Feb/2024:10:11:12 +0100] \"POST **/api/session/login** HTTP/1.1\" **401** 41 \"-\" \"Mozilla/5.0\"\n\n" +
		"### Successful login:\n**192.0.2.77** - - [03/Feb/2024:10:11:40 +0100] \"POST **/api/session/login** HTTP/1.1\" **200** 318 \"-\" \"Mozilla/5.0\"\n"
	if got := statusesOf(t, text); len(got) != 2 || got[0] != 401 || got[1] != 200 {
		t.Errorf("statuses %v, want 401,200", got)
	}
	for _, l := range []string{"**Describe the bug**", "password: ****", "**Version:** 2.1", "a **b** c"} {
		if got := unboldTokens(l); got != l {
			t.Errorf("%q read as %q", l, got)
		}
	}
	if got := unboldTokens(`"GET **/x** HTTP/1.1" **403** 12`); got != `"GET /x HTTP/1.1" 403 12` {
		t.Errorf("unbold: %q", got)
	}
}
