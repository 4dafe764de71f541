package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestHanSpacing: Chinese and Japanese write no blank between words, so the
// blanks a link leaves around its text ("请 <a …>登录</a> 后…") or a layout
// puts between two characters do not hide a wording; Korean keeps its own
// blanks (samples written for this test).
func TestHanSpacing(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"error":1,"msg":"请 <a href=\"\/member\/signin\">登录<\/a> 后下载附件"}`: rule.Authentication,
		`{"error":1,"msg":"请先 登录 再操作"}`:                                    rule.Authentication,
		`{"message":"<a href=\"/auth\">ログイン</a> してください"}`:                  rule.Authentication,
	})
	if got := joinHanSpaces("로그인이 필요합니다 请 登录"); got != "로그인이 필요합니다 请登录" {
		t.Errorf("joinHanSpaces kept or dropped the wrong blanks: %q", got)
	}
	if got := joinHanSpaces("token 已过期 please"); got != "token 已过期 please" {
		t.Errorf("joinHanSpaces dropped a blank next to a Latin word: %q", got)
	}
}
