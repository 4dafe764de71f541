package parse

import (
	"strings"
	"testing"
)

// TestMaskedToken: a value masked whole outside a name and value pair (an
// IPv4 address with masked groups in an access log, a quoted or bracketed
// run of stars in a message) is noted as masked; a version number, a
// Markdown emphasis, a plain address or a product of stars is not.
func TestMaskedToken(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"1733101200.552   9020 xxx.xxx.xxx.xxx TCP_DENIED/407 4120 CONNECT cdn.example.net:443 - HIER_NONE/- text/html", "xxx.xxx.xxx.xxx"},
		{"Dec 02 09:12:40 gw sshd[881]: refused connect from 172.16.x.x port 52110", "172.16.x.x"},
		{"client ***.***.***.***:51234 closed", "***.***.***.***"},
		{"Refund failed for order [***]: The provided key '****' lacks rights on account '****'.", "[***]"},
		{`"message": "Invalid API Key provided: \"[****** *******ab]\""`, "[****** *******ab]"},
		{"  (XXXXXX)", "(XXXXXX)"},
		{"denied for user [k**********a] with roles [k**********a]", "[k**********a]"},
	} {
		if _, v, ok := maskedToken(c.line); !ok || v != c.want && strings.Trim(v, "[]()'\"") != strings.Trim(c.want, "[]()'\"") {
			t.Errorf("%s: got %q %v, want %q", c.line, v, ok, c.want)
		}
	}
	for _, l := range []string{"requires ruby 2.7.x.x or later? no: 3.x.x", "see **bold** and 'x'", "GET 198.51.100.7 200", "area = w*h*d", "v1.2.3.4-beta", "token [abc]", "glob [src*.go*]", "[ab*****cdef]"} {
		if _, v, ok := maskedToken(l); ok {
			t.Errorf("%s: read %q as masked", l, v)
		}
	}
	// in a paste: the exchange is noted, for redacted-value
	in, err := Parse("1733101200.552   9020 xxx.xxx.xxx.xxx TCP_DENIED/407 4120 CONNECT cdn.example.net:443 - HIER_NONE/- text/html\n")
	if err != nil || len(in.Exchanges) == 0 {
		t.Fatalf("not read: %v", err)
	}
	noted := false
	for _, x := range in.Exchanges {
		for _, n := range x.Notes {
			noted = noted || n.Code == "redacted" && strings.Contains(n.Message, "IP address")
		}
	}
	if !noted {
		t.Error("the masked address is not noted")
	}
}

// TestMaskedOnRequestLogLine: a log record the reader took a request from
// (its method and path) keeps its other values for the masked-value
// notes: the request reader read only the method and the path, so an id
// or a client masked beside them ("user_id":"xxxxxxx") is still noted.
func TestMaskedOnRequestLogLine(t *testing.T) {
	in, err := Parse("The server log says:\n{\"level\":\"warn\",\"msg\":\"Insufficient permissions.\",\"path\":\"/api/v2/teams/xxxxxxxx/members\",\"method\":\"DELETE\",\"status_code\":403,\"team_id\":\"xxxxxxxxxx\"}\n")
	if err != nil || len(in.Exchanges) == 0 {
		t.Fatalf("not read: %v", err)
	}
	noted := false
	for _, x := range in.Exchanges {
		for _, n := range x.Notes {
			noted = noted || n.Code == "redacted"
		}
	}
	if !noted {
		t.Errorf("the masked values beside the logged request are not noted: %+v", in.Exchanges[0].Notes)
	}
}
