package parse

import "testing"

// TestProseClauses: a sentence that reports two outcomes is two exchanges,
// each with its own request; an expectation, a log record and a sentence
// with one outcome stay whole.
func TestProseClauses(t *testing.T) {
	for _, c := range []struct {
		text     string
		statuses []int
		methods  []string
	}{
		{"Listing with GET /v2/repos returns 200, but DELETE /v2/repos/77 returns 403 Forbidden.", []int{200, 403}, []string{"GET", "DELETE"}},
		{"Without a token the dashboard gives 401, and after signing in as a viewer it gives 403.", []int{401, 403}, nil},
		{"Uploads fail with a 413 error; smaller ones get 401 Unauthorized from the gateway.", []int{413, 401}, nil},
		{"The API returns 403 Forbidden, but it should return 401 since I sent no token at all.", []int{403}, nil},
		{"I keep getting 401 Unauthorized from the API, but only after the token is refreshed.", []int{401}, nil},
	} {
		in, err := Parse(c.text + "\n")
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		var got []int
		var methods []string
		for _, x := range in.Exchanges {
			if x.Response != nil {
				got = append(got, x.Response.Status)
			}
			if x.Request != nil {
				methods = append(methods, x.Request.Method)
			}
		}
		if len(got) != len(c.statuses) {
			t.Errorf("%q: statuses %v, want %v", c.text, got, c.statuses)
			continue
		}
		for i := range got {
			if got[i] != c.statuses[i] {
				t.Errorf("%q: statuses %v, want %v", c.text, got, c.statuses)
				break
			}
		}
		if c.methods != nil && len(methods) != len(c.methods) {
			t.Errorf("%q: methods %v, want %v", c.text, methods, c.methods)
		}
	}
	l := gline{n: 3, text: "2025-01-02T10:00:00Z GET /a 200 12ms, GET /b 403 3ms", rec: true}
	if proseClauses(l) != nil {
		t.Error("a log record cut into clauses")
	}
}

// TestBlockPageFieldLine: one header field under a block page's own
// "name: value" lines (Cloudflare's "Ray ID:", "Your IP address:") is a line
// of the page, not a request's header block with no response.
func TestBlockPageFieldLine(t *testing.T) {
	page := "Access denied\nError code 1020\nYou do not have access to app.example.org.\nRay ID: 7f00aa11bb22cc33\n" +
		"Your IP address: 198.51.100.23\nRequested URL: app.example.org/login\nServer ID: FL_77F12\n" +
		"User-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\n"
	in, err := Parse(page)
	if err != nil || len(in.Exchanges) != 1 {
		t.Fatalf("%v %+v", err, in)
	}
	if x := in.Exchanges[0]; x.Response == nil || x.Format == "headers" {
		t.Errorf("read as %q with response %v: the page was lost", x.Format, x.Response)
	}
	// a single field on its own is still read where nothing else is
	in, err = Parse("Authorization: Bearer 9f8e7d6c5b4a\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil {
		t.Errorf("a lone field: %v %+v", err, in)
	}
}
