package parse

import (
	"strconv"
	"testing"
)

// TestSuccessStatedInOtherLanguages: a success code the person says came
// back, written in another language against the body that followed it
// ("接口返回200 {…}", "me devuelve 200 con …"), is the response's status,
// as "returns 200 {…}" is in English; the same words before a count are
// none (values are invented).
func TestSuccessStatedInOtherLanguages(t *testing.T) {
	for _, text := range []string{
		"调用登录接口一直返回200 {\"errcode\":40013,\"errmsg\":\"invalid appid\"}\n",
		"状态码200，但是 body 是 {\"success\":false,\"message\":\"token 已过期\"}\n",
		"la API me devuelve 200 con {\"ok\":false,\"error\":\"not_authed\"}\n",
		"ステータスコード200が返ってきますが、本文は {\"error\":\"invalid_token\"} です\n",
	} {
		wantStatuses(t, strconv.Quote(text)+": ", text, 200)
	}
	if h, ok := lineStatus("共返回200条记录"); ok && h.code == 200 {
		t.Errorf("a count of records read as status %+v", h)
	}
}

// TestSuccessAgainstChineseWord: Chinese writes the next word against the
// number; a counter there makes it a count (values are invented).
func TestSuccessAgainstChineseWord(t *testing.T) {
	wantStatuses(t, "", "登录接口返回200但是提示 {\"code\":401,\"msg\":\"签名错误\"}\n", 200)
	for _, l := range []string{"接口返回200次请求的结果", "一共返回200个用户", "오류 200개"} {
		if h, ok := lineStatus(l); ok && h.code == 200 {
			t.Errorf("%q: a count read as status %+v", l, h)
		}
	}
}
