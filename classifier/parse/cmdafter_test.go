package parse

import "testing"

// TestCommandAfterAnswer: a command written below the answer it got, with
// no output of its own ("I get HTTP/1.1 401 … I call it like this: curl
// …"), is the request of that answer when the answer shows none; an answer
// that has its own request keeps it, and a command with its own output is
// an exchange of its own.
func TestCommandAfterAnswer(t *testing.T) {
	read := func(paste string) []*Exchange {
		t.Helper()
		in, err := Parse(paste)
		if err != nil {
			t.Fatal(err)
		}
		return in.Exchanges
	}
	for _, c := range []struct{ name, paste string }{
		{"status in prose, prose after the command", "In the end every call gets an error HTTP/1.1 401 Unauthorized.\n\nI call it from the terminal like below:\n" +
			"curl -s -i -H \"X-Auth-Token: 5hq0zr8m2kd71vxp\" https://inventory.example.net/api/v3/hosts\n\nAny idea what is wrong?\n"},
		{"dump, then the command fenced", "The server answers:\n\n```\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 9\n\nForbidden\n```\n\n" +
			"The request:\n\n```\ncurl -i -u ci-bot:Rk2-dummy-pass https://inventory.example.net/api/v3/hosts\n```\n"},
	} {
		xs := read(c.paste)
		if len(xs) != 1 {
			t.Errorf("%s: %d exchanges, want 1", c.name, len(xs))
			continue
		}
		if xs[0].Response == nil || xs[0].Credentials().State != CredSent {
			t.Errorf("%s: the command's request (with its credential) not given to the answer above it: %+v", c.name, xs[0].Request)
		}
	}
	// the answer shows its own request: the command below stays apart
	xs := read("```\nGET /api/v3/hosts HTTP/1.1\nHost: inventory.example.net\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\n```\n\n" +
		"and with the token:\n\ncurl -i -H \"X-Auth-Token: 5hq0zr8m2kd71vxp\" https://inventory.example.net/api/v3/hosts\n")
	if len(xs) != 1 || xs[0].Credentials().State == CredSent {
		t.Errorf("an answer with its own request took the command's: %d exchanges", len(xs))
	}
	// a command with output of its own is its own exchange
	xs = read("HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n" +
		"$ curl -i -H \"X-Auth-Token: 5hq0zr8m2kd71vxp\" https://inventory.example.net/api/v3/hosts\nHTTP/1.1 200 OK\nContent-Length: 2\n\n[]\n")
	if len(xs) != 2 || xs[0].Request != nil || xs[1].Credentials().State != CredSent {
		t.Errorf("a command with its own output: %d exchanges", len(xs))
	}
}
