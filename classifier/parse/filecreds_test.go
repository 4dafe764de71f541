package parse

import "testing"

// TestCurlCredentialFiles: curl -n sends the pair a .netrc shown above the
// command holds for the URL's host (its machine entry, else its default
// entry); an entry for another host is not this request's, and with no
// entry shown the credentials stay unknown. -H @file sends headers the
// command line does not show: unknown, never "none", unless the paste
// prints that file above the command (cat), whose header lines it sent.
func TestCurlCredentialFiles(t *testing.T) {
	answer := "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"files\"\nContent-Length: 0\n"
	for _, c := range []struct {
		paste string
		want  CredState
	}{
		{"$ cat ~/.netrc\nmachine dl.quarry-labs.example\n  login fetcher\n  password Wq4-violet-93\n$ curl -n -i https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredSent},
		{"$ cat ~/.netrc\nmachine other.example.net login fetcher password Wq4-violet-93\ndefault login anon password Kp0-amber-12\n$ curl --netrc-optional -i https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredSent},
		{"$ cat ~/.netrc\nmachine other.example.net login fetcher password Wq4-violet-93\n$ curl --netrc -i https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredUnknown},
		{"$ curl --netrc -i https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredUnknown},
		{"$ curl -i -H @/home/ana/hdrs.txt https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredUnknown},
		{"$ curl -i https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredNone},
		{"$ cat ~/hdrs.txt\nX-Api-Key: qz-51-pebble-lark\nAccept: application/json\n$ curl -i -H @/home/ana/hdrs.txt https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredSent},
		{"$ cat ~/other.txt\nX-Api-Key: qz-51-pebble-lark\n$ curl -i -H @/home/ana/hdrs.txt https://dl.quarry-labs.example/pkg/a.tgz\n" + answer, CredUnknown},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatalf("%v in\n%s", err, c.paste)
		}
		x := in.Exchanges[len(in.Exchanges)-1]
		if got := x.Credentials().State; got != c.want {
			t.Errorf("credentials %s, want %s in\n%s", got, c.want, c.paste)
		}
	}
}

// TestRubyBareBasicAuth: Ruby calls a method without parentheses
// (req.basic_auth "u", "p"): the pair is what the request carries, and the
// password is masked.
func TestRubyBareBasicAuth(t *testing.T) {
	paste := "req = Net::HTTP::Get.new(uri)\nreq.basic_auth \"lobby-kiosk\", \"Tangerine!Dock5\"\nres = http.request(req)\np res\n#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	x := in.Exchanges[len(in.Exchanges)-1]
	if c := x.Credentials(); x.Response == nil || x.Response.Status != 401 || c.State != CredSent || c.Redacted {
		t.Errorf("credentials %+v, want sent (not redacted) on the 401 in\n%s", c, paste)
	}
	masked := false
	for _, s := range in.Secrets {
		masked = masked || s.Value == "Tangerine!Dock5"
	}
	if !masked {
		t.Errorf("the password is not among the secrets to mask: %+v", in.Secrets)
	}
	if f, ok := passwordCallCredential(`req.basic_auth 'lobby-kiosk', 'Tangerine!Dock5'`); !ok || f.Value != "Tangerine!Dock5" {
		t.Errorf("passwordCallCredential: %+v %v", f, ok)
	}
	if _, ok := passwordCallCredential(`puts basic_auth_header`); ok {
		t.Errorf("a word without arguments read as a call")
	}
}
