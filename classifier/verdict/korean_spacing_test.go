package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestKoreanVerbSpacing: Korean writes 되다 after its noun with or without
// a blank, and a message or an operator's mail reads the same either way
// (samples written for this test).
func TestKoreanVerbSpacing(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"귀하의 접속은 보안 장비에 의해 차단 되었습니다.": rule.Blocked,
		"요청이 방화벽에서 차단됐습니다":            rule.Blocked,
		"요청이 방화벽에서 차단되었습니다":           rule.Blocked,
	})
}
