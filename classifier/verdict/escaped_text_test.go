package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestEscapedMessageWords: a message printed through one escaping too many
// keeps its letters as \uXXXX (a logfmt field, a cut JSON line, an
// exception's text) or as the \xHH bytes of a Python bytes literal; the
// words they spell are read, and escapes that spell no refusal stay
// unknown (values are invented).
func TestEscapedMessageWords(t *testing.T) {
	for _, c := range []struct {
		line string
		want rule.Class
	}{
		{`time="2025-05-06T07:08:09Z" level=error msg="gateway said: \u767b\u5f55\u5df2\u8fc7\u671f"`, rule.Authentication},
		{`2025-05-06 07:08:09 ERROR [pay] call failed: {"code":40102,"msg":"\u7b7e\u540d\u9519\u8bef","data":null`, rule.Authentication},
		{`RuntimeError: upstream 2041: \u0442\u043e\u043a\u0435\u043d \u043d\u0435\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0442\u0435\u043b\u0435\u043d`, rule.Authentication},
		{`ERROR refund refused: Ge\xc3\xa7ersiz imza`, rule.Authentication},
		{`ERROR sync stopped: \u540c\u6b65\u4efb\u52a1\u5df2\u6682\u505c`, rule.Unknown},
	} {
		paste := "The service logs this on every call:\n```\n" + c.line + "\n```\n"
		if v := soleVerdict(t, c.line, paste); v.Class != c.want {
			t.Errorf("%q: class %s, want %s (%+v)", c.line, v.Class, c.want, v.Reasons)
		}
	}
}
