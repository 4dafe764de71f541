package parse

import "testing"

// TestTemplatePhraseInPersonsWords: a template that is also a phrase of
// the person's own sentence ("with bad credentials") implies no status and
// does not make the sentence a response of its own; the server's spelling
// still does (values are invented).
func TestTemplatePhraseInPersonsWords(t *testing.T) {
	in, err := Parse("Each time the kiosk logs in with bad credentials our gateway prints this:\n\n```\n{\n  \"message\" : \"login refused for terminal 7\"\n}\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range in.Exchanges {
		if x.Response != nil {
			n++
			if x.Response.Status != 0 {
				t.Errorf("status %d read from the person's words", x.Response.Status)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d responses, want 1", n)
	}
	in, err = Parse(`{"timestamp":"2025-02-03T08:01:12Z","error":"Unauthorized","message":"Bad credentials","path":"/ledger/login"}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
		t.Errorf("the server's \"Bad credentials\" no longer implies 401: %+v", in.Exchanges)
	}
}

// TestErrorReasonWithDetail: a thrown error whose message is a reason
// phrase and the API's detail in parentheses states that status; a page
// heading of the phrase alone is left to the page readers (values are
// invented).
func TestErrorReasonWithDetail(t *testing.T) {
	for line, want := range map[string]int{
		"2025-03-01 09:14:02 [W] bot Error: Bad Request (Chatwork error 40071: the room token is not valid)": 400,
		"Error: Forbidden (Acme error 4031: the app lacks the billing:write scope)":                          403,
		"Error: Unauthorized (session 8f2c expired)":                                                         401,
		"Error: Forbidden, see the (admin) log":                                                              0,
	} {
		h, _ := lineStatus(line)
		if h.code != want {
			t.Errorf("lineStatus(%q) = %d, want %d", line, h.code, want)
		}
	}
}
