package parse

import "testing"

// TestPromptEnd reads the shell prompts people paste in front of a command.
func TestPromptEnd(t *testing.T) {
	for _, c := range []struct{ line, rest string }{
		{"$ curl -i https://a.example.com/", "curl -i https://a.example.com/"},
		{"[ops@build-3 ~]# curl -v https://a.example.com/", "curl -v https://a.example.com/"},
		{"dev@box:~/src$ curl https://a.example.com/", "curl https://a.example.com/"},
		{"PS C:\\Users\\kim> curl.exe -v https://a.example.com/", "curl.exe -v https://a.example.com/"},
		{"➜  ~ curl -I https://a.example.com/", "curl -I https://a.example.com/"},
		{"➜  gateway-demo git:(main) curl -i https://a.example.com/", "curl -i https://a.example.com/"},
		{"➜  gateway-demo git:(feature/x-1) ✗ curl -i \"http://${HOST}/hi\" -H \"x-api-key: $KEY\"", "curl -i \"http://${HOST}/hi\" -H \"x-api-key: $KEY\""},
		{"> curl -sS -i -u ana:pw -X MKCOL http://localhost:4000/dav/x/", "curl -sS -i -u ana:pw -X MKCOL http://localhost:4000/dav/x/"},
		{"> wget -S https://a.example.com/f.iso", "wget -S https://a.example.com/f.iso"},
		// zsh's default prompt (macOS since Catalina) and the bash prompt before it
		{"kim@studio ~ % curl -i https://a.example.com/", "curl -i https://a.example.com/"},
		{"kim@studio api-demo % wget -S https://a.example.com/f", "wget -S https://a.example.com/f"},
		{"studio:~ kim$ curl -s https://a.example.com/", "curl -s https://a.example.com/"},
		{"Kims-MacBook-Air:api-demo kim$ http GET https://a.example.com/", "http GET https://a.example.com/"},
		// a virtualenv's or conda's name before the prompt; a prompt that lost its blank
		{"(.venv) ops@relay:/srv/app# curl -ski https://a.example.com/login", "curl -ski https://a.example.com/login"},
		{"(base) PS C:\\Users\\kim> curl.exe -v https://a.example.com/", "curl.exe -v https://a.example.com/"},
		{"$curl -i -H \"Authorization: Bearer $TOKEN\" https://a.example.com/", "curl -i -H \"Authorization: Bearer $TOKEN\" https://a.example.com/"},
		// bash's prompt when no profile set one (a container's shell): its name and version
		{"bash-4.4$ curl -s -H \"X-Api-Key: $K\" https://a.example.com/v2/x", "curl -s -H \"X-Api-Key: $K\" https://a.example.com/v2/x"},
		{"sh-5.1# wget -S -O- http://10.1.2.3:9000/health", "wget -S -O- http://10.1.2.3:9000/health"},
	} {
		p, ok := promptEnd(c.line)
		if !ok || c.line[p:] != c.rest {
			t.Errorf("promptEnd(%q) = %q, %v; want %q", c.line, c.line[p:], ok, c.rest)
		}
	}
	for _, l := range []string{"> GET / HTTP/1.1", "> Host: curl.example.com", "> curl", "about 40% of calls fail", "Note: it costs $ 5",
		"Error: quota exceeded by 12% today", "Fix:step two user$ 4",
		"(see above) the call fails", "bash-ish$ curl x", "v-2$ 10 left", "sh-4.4 is the version", "(optional) curl -i https://a.example.com/", "$curl = new Curl();", "$http->get('/x');"} {
		if _, ok := promptEnd(l); ok {
			t.Errorf("a curl -v request line read as a prompt: %q", l)
		}
	}
	c := parseCommandLine("➜  gateway-demo git:(main) ✗ curl -i \"http://${HOST}/hi\" -H \"x-api-key: $KEY\"")
	if c == nil || c.tool != "curl" || len(c.fields) != 1 {
		t.Fatalf("command behind an oh-my-zsh prompt not read: %+v", c)
	}
}

// TestCommandBody: the body a command line writes (curl -d, wget
// --post-data) is the request's, so credentials in it count as sent.
func TestCommandBody(t *testing.T) {
	for _, c := range []struct {
		line, body string
		sent       bool
	}{
		{`curl -X POST https://id.example.org/token -d "grant_type=password&username=ana&password=hunter22&client_id=web"`, "grant_type=password&username=ana&password=hunter22&client_id=web", true},
		{`curl https://id.example.org/token -d grant_type=client_credentials -d client_id=svc -d client_secret=s3cr3t-value-42`, "grant_type=client_credentials&client_id=svc&client_secret=s3cr3t-value-42", true},
		{`curl https://api.example.org/upload -d @payload.json`, "", false},
		{`curl https://api.example.org/upload -F file=@a.txt`, "", false},
		{`wget --post-data="user=ana&password=hunter22" https://app.example.org/login`, "user=ana&password=hunter22", true},
		// a stand-in written for the value still sends the field
		{`curl -ski https://app.example.org/login -d username='ana' -d password='password' -d backend='ldap'`, "username=ana&password=password&backend=ldap", true},
		{`curl https://app.example.org/token -d grant_type=x -d token=$TOKEN`, "grant_type=x&token=$TOKEN", true},
		{`curl https://app.example.org/search -d q=password -d page=2`, "q=password&page=2", false},
	} {
		cmd := parseCommandLine(c.line)
		if cmd == nil {
			t.Fatalf("%s: not read", c.line)
		}
		r := cmd.request(1, false)
		if r.Body.Text != c.body {
			t.Errorf("%s: body %q, want %q", c.line, r.Body.Text, c.body)
		}
		if got := r.Credentials().State == CredSent; got != c.sent {
			t.Errorf("%s: credentials sent %v, want %v", c.line, got, c.sent)
		}
	}
}

// TestCommandInOneLineFence: a command written as one Markdown code span or
// a fence on one line ("```curl -i -u u:p http://h/x```") is read as the
// command it holds, and its request joins the response pasted below it.
func TestCommandInOneLineFence(t *testing.T) {
	for _, l := range []string{"```curl -i -u deploy:pw -X POST 10.0.0.9:5001/run```", "`curl -i -u deploy:pw -X POST 10.0.0.9:5001/run`"} {
		in, err := Parse("when I run\n" + l + "\n\nI get\n```\nHTTP/1.1 401 Unauthorized\nContent-Length: 12\n\nUnauthorized\n```\n")
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Request.Method != "POST" ||
			in.Exchanges[0].Credentials().State != CredSent {
			t.Errorf("%s: %+v", l, in.Exchanges)
		}
	}
	for _, l := range []string{"``", "```curl```", "`curl` -i", "```curl -i `x` y```"} {
		if _, ok := inlineFenced(l); ok {
			t.Errorf("inlineFenced(%q) read a command", l)
		}
	}
}

// TestCommandBodyUnderVerboseTrace: curl -v prints the request's header
// block but not the body it uploads, so the body of the request it shows is
// the one the command line gives; a request of another method (a redirect
// followed) does not take it.
func TestCommandBodyUnderVerboseTrace(t *testing.T) {
	trace := func(method string) string {
		return "> " + method + " /session HTTP/1.1\n> Host: app.example.org\n> Content-Type: application/x-www-form-urlencoded\n> Content-Length: 27\n> \n" +
			"* upload completely sent off: 27 out of 27 bytes\n< HTTP/1.1 401 Unauthorized\n< Content-Type: text/plain\n< \nbad login\n"
	}
	for _, c := range []struct{ name, paste, body string }{
		{"body from the command", "$ curl -v -d 'user=ana&password=hunter2x' https://app.example.org/session\n" + trace("POST"), "user=ana&password=hunter2x"},
		{"another method", "$ curl -v -d 'user=ana&password=hunter2x' https://app.example.org/session\n" + trace("PUT"), ""},
	} {
		in, err := Parse(c.paste)
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil {
			t.Fatalf("%s: %v %+v", c.name, err, in)
		}
		if got := in.Exchanges[0].Request.Body.Text; got != c.body {
			t.Errorf("%s: body %q, want %q", c.name, got, c.body)
		}
	}
}

// TestCommandOverLinesFromATerminal: a command copied from a terminal has
// the shell's secondary prompt ("> ") before each line it goes on over, and
// a quoted body may run over lines of its own; both are the command's, and
// the response after it keeps its own lines. A quote that does not close
// before the response is no such body.
func TestCommandOverLinesFromATerminal(t *testing.T) {
	resp := "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nContent-Length: 17\n\n{\"error\":\"nope\"}\n"
	for _, c := range []struct{ name, paste, url, body string }{
		{"secondary prompts", "$ curl -i \\\n>   -X POST \\\n>   -d 'user=ana&password=Pw0rd-1x' \\\n> 'https://id.example.org/login'\n" + resp,
			"https://id.example.org/login", "user=ana&password=Pw0rd-1x"},
		{"a body over lines", "$ curl -i \\\n>   -H \"Content-Type: application/json\" \\\n>   -d \"{\n>   \\\"user\\\": \\\"ana\\\",\n>   \\\"password\\\": \\\"Pw0rd-1x\\\"\n> }\" \\\n> https://id.example.org/login\n" + resp,
			"https://id.example.org/login", "{\n  \"user\": \"ana\",\n  \"password\": \"Pw0rd-1x\"\n}"},
		{"a quote left open", "$ curl -i \\\n>   -d 'user=ana \\\n> https://id.example.org/login\n" + resp, "", ""},
	} {
		in, err := Parse(c.paste)
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
			t.Fatalf("%s: %v %+v", c.name, err, in)
		}
		if c.url == "" {
			continue
		}
		r := in.Exchanges[0].Request
		if r == nil || r.URL != c.url || r.Body.Text != c.body {
			t.Errorf("%s: request %+v, want %s with body %q", c.name, r, c.url, c.body)
		}
	}
}

// TestCommandCutInsideAnOption: a forum or a mail client wraps a long
// command at its own width, inside an option's name ("… --" then
// "header 'Authorization: …'"): the option is read whole, so the header it
// sets is the request's. A "--" on a line of its own keeps its meaning.
func TestCommandCutInsideAnOption(t *testing.T) {
	resp := "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"code\":403,\"message\":\"Access Denied\"}\n"
	for _, c := range []struct {
		name, paste string
		auth        bool
	}{
		{"long option cut", "$ curl --include --request GET 'http://10.1.2.3/api/users/' --\nheader 'Authorization: Bearer Zq8Lm3Tx0Vb7Nc4Hd1Ks6Wp9Ry2Fg5Ju'\n" + resp, true},
		{"short option cut", "$ curl -i https://api.example.org/v2/items -\nu ana:Pw0rd-1x\n" + resp, true},
		{"a response after the marker", "$ curl -i https://api.example.org/v2/items --\n" + resp, false},
		{"nothing cut", "$ curl -i https://api.example.org/v2/items\n" + resp, false},
	} {
		in, err := Parse(c.paste)
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 403 {
			t.Fatalf("%s: %v %+v", c.name, err, in)
		}
		r := in.Exchanges[0].Request
		got := r != nil && r.Fields.Get("Authorization") != ""
		if got != c.auth {
			t.Errorf("%s: request %+v, Authorization sent %v, want %v", c.name, r, got, c.auth)
		}
	}
}
