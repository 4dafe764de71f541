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
	} {
		p, ok := promptEnd(c.line)
		if !ok || c.line[p:] != c.rest {
			t.Errorf("promptEnd(%q) = %q, %v; want %q", c.line, c.line[p:], ok, c.rest)
		}
	}
	if _, ok := promptEnd("> GET / HTTP/1.1"); ok {
		t.Error("a curl -v request line read as a prompt")
	}
	c := parseCommandLine("➜  gateway-demo git:(main) ✗ curl -i \"http://${HOST}/hi\" -H \"x-api-key: $KEY\"")
	if c == nil || c.tool != "curl" || len(c.fields) != 1 {
		t.Fatalf("command behind an oh-my-zsh prompt not read: %+v", c)
	}
}
