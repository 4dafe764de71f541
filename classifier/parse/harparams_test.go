package parse

import "testing"

// TestHARPostDataParams: a HAR whose form post is written as postData.params
// without "text" (Charles' export) keeps the form as the request body, so
// that a password grant in it counts as credentials (values are invented).
func TestHARPostDataParams(t *testing.T) {
	in, err := Parse(`{"log":{"version":"1.2","creator":{"name":"Charles Proxy","version":"4.6.6"},"entries":[{
 "request":{"method":"POST","url":"https://login.example.org/oauth/token","httpVersion":"HTTP/1.1","cookies":[],
  "headers":[{"name":"Content-Type","value":"application/x-www-form-urlencoded"}],"queryString":[],
  "postData":{"mimeType":"application/x-www-form-urlencoded","params":[{"name":"grant_type","value":"password"},
   {"name":"username","value":"mara"},{"name":"password","value":"p&ss w0rd"}]},"headersSize":90,"bodySize":55},
 "response":{"status":400,"statusText":"Bad Request","httpVersion":"HTTP/1.1","cookies":[],
  "headers":[{"name":"Content-Type","value":"application/json"}],
  "content":{"size":24,"mimeType":"application/json","text":"{\"error\":\"invalid_grant\"}"},"redirectURL":""},
 "timings":{"wait":10}}]}}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil {
		t.Fatalf("%+v", in.Exchanges)
	}
	q := in.Exchanges[0].Request
	if want := "grant_type=password&username=mara&password=p%26ss+w0rd"; q.Body.Text != want {
		t.Errorf("body %q, want %q", q.Body.Text, want)
	}
	if q.Body.Pos.Line != 4 || q.Body.MimeType != "application/x-www-form-urlencoded" {
		t.Errorf("body pos %+v mime %q", q.Body.Pos, q.Body.MimeType)
	}
}
