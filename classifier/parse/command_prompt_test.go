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
	} {
		p, ok := promptEnd(c.line)
		if !ok || c.line[p:] != c.rest {
			t.Errorf("promptEnd(%q) = %q, %v; want %q", c.line, c.line[p:], ok, c.rest)
		}
	}
	for _, l := range []string{"> GET / HTTP/1.1", "> Host: curl.example.com", "> curl", "about 40% of calls fail", "Note: it costs $ 5",
		"Error: quota exceeded by 12% today", "Fix:step two user$ 4"} {
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
