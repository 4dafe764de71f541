package parse

import "testing"

// TestApacheHttpClientHeaderList: Apache HttpClient prints a response as
// its status line and its headers in square brackets, comma-separated
// ("HttpResponseProxy{HTTP/1.1 401 Unauthorized [Date: …, …]
// ResponseEntityProxy{…}}"); a value runs on past the commas and blanks of
// a date, a challenge or a cache's words to the ", " before the next
// "Name: ", and the reason phrase ends where the list opens. Every value
// is invented.
func TestApacheHttpClientHeaderList(t *testing.T) {
	in, err := Parse("14:02:55.120 WARN  c.e.sync.RepoClient - upload refused: HttpResponseProxy{HTTP/1.1 401 Unauthorized [Server: nginx/1.24.0, Date: Sat, 08 Feb 2025 14:02:55 GMT, WWW-Authenticate: Basic realm=\"Artifact Store\", charset=\"UTF-8\", Access-Control-Allow-Methods: GET, PUT, X-Cache: MISS from edge-7.lan, Content-Length: 0] ResponseEntityProxy{[Content-Length: 0,Chunked: false]}}\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("read %v, %v", in, err)
	}
	r := in.Exchanges[0].Response
	if r.Status != 401 || r.Reason != "Unauthorized" {
		t.Errorf("status %d %q, want 401 Unauthorized", r.Status, r.Reason)
	}
	for name, want := range map[string]string{
		"Date":                         "Sat, 08 Feb 2025 14:02:55 GMT",
		"WWW-Authenticate":             "Basic realm=\"Artifact Store\", charset=\"UTF-8\"",
		"Access-Control-Allow-Methods": "GET, PUT",
		"X-Cache":                      "MISS from edge-7.lan",
		"Content-Length":               "0",
	} {
		if got := r.Fields.Get(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if len(r.Fields.All("Content-Length")) != 1 {
		t.Errorf("the entity's own list read as headers too: %v", r.Fields)
	}
}
