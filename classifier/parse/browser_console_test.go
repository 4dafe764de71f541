package parse

import "testing"

// A browser's console and network-panel lines read as what they say (issue
// #10, point 6). Every paste here is invented.
func TestBrowserLines(t *testing.T) {
	cases := []struct {
		name, text     string
		method, target string
		status         int
		err            string
	}{
		{"Chrome console network error", "GET https://px.tarnwell.io/t.gif?e=view net::ERR_BLOCKED_BY_CLIENT\n", "GET", "/t.gif?e=view", 0, "net::ERR_BLOCKED_BY_CLIENT"},
		{"Chrome console error with status", "POST https://api.tarnwell.io/v1/jobs net::ERR_FAILED 401 (Unauthorized)\n", "POST", "/v1/jobs", 401, ""},
		{"Copy as fetch (Node.js) with the status logged", "const res = await fetch(\"https://api.tarnwell.io/v2/keys?page=2\", {\n  \"headers\": {\n    \"accept\": \"application/json\"\n  },\n  \"method\": \"GET\"\n});\nconsole.log(res.status, res.statusText);\n// 401 Unauthorized\n", "GET", "/v2/keys?page=2", 401, ""},
		{"Firefox summary copied as text", "PUT\nhttps://api.tarnwell.io/v1/jobs/4\nStatus\n403\nForbidden\nVersionHTTP/2\n\nResponse Headers (120 B)\ncontent-length: 0\n", "PUT", "/v1/jobs/4", 403, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Exchanges) != 1 {
				t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
			}
			x := in.Exchanges[0]
			if x.Request == nil || x.Request.Method != c.method || x.Request.Target != c.target {
				t.Errorf("request %+v, want %s %s", x.Request, c.method, c.target)
			}
			if x.Response == nil || x.Response.Status != c.status {
				t.Fatalf("response %+v, want status %d", x.Response, c.status)
			}
			if c.err != "" && x.Response.Error != c.err {
				t.Errorf("error %q, want %q", x.Response.Error, c.err)
			}
		})
	}
	if BrowserConsoleLine("The request was blocked by our security service") {
		t.Error("a server's block page read as a browser console line")
	}
}
