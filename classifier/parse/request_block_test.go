package parse

import "testing"

// TestXAuthorizationIsSent: a credential under X-Authorization (an
// Authorization value under another name, as some APIs take it) is a
// credential the request sent, as Authorization's is. Every value is
// invented.
func TestXAuthorizationIsSent(t *testing.T) {
	x := oneExchange(t, "POST /api/session/renew HTTP/1.1\nHost: iot.example-brook.net\nX-Authorization: Bearer k7Qe2Lm9Rt4Wz8Yp3Nd6Vb1Hs5Jc0Fa\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n")
	if c := x.Credentials(); c.State != CredSent || c.Header != "X-Authorization" || c.Scheme != "Bearer" {
		t.Errorf("credentials %+v, want X-Authorization Bearer sent", c)
	}
}

// TestBareHeadersHeadingOverRequestFields: a person's "headers:" over
// fields one of which only a request sends, then "data:" and the answer
// under "it answers with this:", is one exchange: the fields and the data
// are the request's, the object after them its answer. Every value is
// invented.
func TestBareHeadersHeadingOverRequestFields(t *testing.T) {
	x := oneExchange(t, "I renew the session with\n\nheaders:\n\n'Content-Type': 'application/json'\n'X-Authorization': 'Bearer <jwt>'\n\n"+
		"data:\n\n\"renewToken\": renewToken\n\nbut the answer is:\n{\"status\":401,\"message\":\"Renew token expired\",\"errorCode\":14}\n")
	if x.Request == nil || len(x.Request.Fields) != 2 || x.Request.Body.Text == "" {
		t.Errorf("request %+v, want both fields and the data", x.Request)
	}
	if x.Response == nil || len(x.Response.Fields) != 0 || x.Response.Status != 401 {
		t.Errorf("response %+v, want the 401 object and no fields", x.Response)
	}
}
