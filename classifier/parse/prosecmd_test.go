package parse

import "testing"

// TestProseCommand: the one HTTP tool's command a person writes in an inline
// code span of a sentence is the request of the response the paste shows
// (its URL, and credentials sent or not); two commands on one line, or a
// command with no URL, name none.
func TestProseCommand(t *testing.T) {
	for _, c := range []struct {
		name, text, url string
		sent            bool
	}{
		{"wget above its output", "Fetching the archive with `wget https://files.example.org/pub/data-7.tar.xz -O data.tar.xz` always ends with\n```\nConnecting to files.example.org (files.example.org)|192.0.2.44|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2024-03-02 08:15:41 ERROR 403: Forbidden.\n```\n", "https://files.example.org/pub/data-7.tar.xz", false},
		{"curl with a header, below", "The API answers:\n```\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"bad token\"}\n```\nSteps: call `curl -s https://api.example.net/v3/items -H \"Authorization: Bearer tok_dummy_91x\"` from any host.\n", "https://api.example.net/v3/items", true},
		{"two commands compared", "Both `curl -I https://a.example.com/x` and `wget -S https://a.example.com/x` show\n```\nHTTP/1.1 403 Forbidden\nServer: nginx\n```\n", "", false},
		{"no URL", "Adding `curl -v` gives nothing more:\n```\nHTTP/1.1 403 Forbidden\nServer: nginx\n```\n", "", false},
	} {
		in, err := Parse(c.text)
		if err != nil || len(in.Exchanges) != 1 {
			t.Fatalf("%s: %v, %d exchanges", c.name, err, len(in.Exchanges))
		}
		r := in.Exchanges[0].Request
		if c.url == "" {
			if r != nil && r.URL != "" {
				t.Errorf("%s: request %q from a line naming no one command", c.name, r.URL)
			}
			continue
		}
		if r == nil || r.URL != c.url {
			t.Fatalf("%s: request %+v, want %s", c.name, r, c.url)
		}
		if got := r.Credentials().State == CredSent; got != c.sent {
			t.Errorf("%s: credentials sent %v, want %v", c.name, got, c.sent)
		}
	}
}

// TestCurlHeaderQuotesLost: a -H whose quotes the paste lost ("-H
// Authorization: Bearer x") still sends the header with its value.
func TestCurlHeaderQuotesLost(t *testing.T) {
	c := parseCommandLine(`curl -ks https://store.example.io:9443/ -H Authorization: Basic ZHVtbXk6ZHVtbXk= -H Accept: text/xml`)
	if c == nil || c.url != "https://store.example.io:9443/" {
		t.Fatalf("not read: %+v", c)
	}
	want := map[string]string{"Authorization": "Basic ZHVtbXk6ZHVtbXk=", "Accept": "text/xml"}
	for _, f := range c.fields {
		if want[f.Name] == f.Value {
			delete(want, f.Name)
		}
	}
	if len(want) != 0 {
		t.Errorf("headers missing: %v (read %+v)", want, c.fields)
	}
}
