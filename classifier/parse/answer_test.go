package parse

import (
	"strings"
	"testing"
)

// TestAnswerQuotedUnderRequest: a request shown whole, then the answer's
// body the person quotes without its status line ("返回：" and a JSON block,
// "I get back {…}."), is one exchange whose status the paste does not show;
// a document introduced as what was sent stays no answer (values are
// invented).
func TestAnswerQuotedUnderRequest(t *testing.T) {
	for _, c := range []struct {
		name, text, body string
	}{
		{"lead and block", "直接请求：\n\n```\nGET /billing/invoices/42\n```\n\n返回：\n\n```json\n{\"detail\": \"Not authenticated\"}\n```\n", "Not authenticated"},
		{"sentence", "My app sends this:\n\nPOST /api/v2/profile/ HTTP/1.1\nHost: profiles.example.net\nContent-Type: application/json\nContent-Length: 19\n\n{\"nick\":\"pelican\"}\n\nI get back {\"detail\":\"CSRF Failed: CSRF token missing.\"} .\n", "CSRF token missing"},
		{"english lead", "GET /v1/reports/7 HTTP/1.1\nHost: reports.example.org\nAuthorization: Bearer <token>\n\nResponse:\n```\n{\"error\":\"insufficient_scope\"}\n```\n", "insufficient_scope"},
	} {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Response == nil ||
			!strings.Contains(in.Exchanges[0].Response.Body.Text, c.body) {
			t.Errorf("%s: exchanges %+v", c.name, in.Exchanges)
			continue
		}
		if r := in.Exchanges[0].Response; r.StatusConf > StatusImplied {
			t.Errorf("%s: status %d (%s), want none shown", c.name, r.Status, r.StatusConf)
		}
	}
	for _, l := range []string{"Request body I send:", "Payload:", "Expected response:"} {
		if answerLead(l) {
			t.Errorf("%q read as the lead of an answer", l)
		}
	}
	for _, l := range []string{"返回：", "Response:", "and I get this back:", "Response"} {
		if !answerLead(l) {
			t.Errorf("%q not read as the lead of an answer", l)
		}
	}
}
