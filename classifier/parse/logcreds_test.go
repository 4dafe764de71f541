package parse

import "testing"

// credentialsOf parses paste and returns the credentials of its first
// exchange with a request.
func credentialsOf(t *testing.T, paste string) Credentials {
	t.Helper()
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Request != nil {
			return x.Credentials()
		}
	}
	return Credentials{State: CredUnknown}
}

// TestGoHeaderMapCredentials: a header map Go printed into a log record
// (logrus's headers="map[…]", a struct's Header:map[…]) shows the
// request's credentials; a map of other headers, or a response's, shows
// none.
func TestGoHeaderMapCredentials(t *testing.T) {
	c := credentialsOf(t, `time="2025-02-03T08:00:00Z" level=debug msg="outgoing" method=POST url="https://hooks.example.test/v2/send" headers="map[Authorization:[Bearer Qm4rDummy7788zz] Content-Type:[application/json]]"
time="2025-02-03T08:00:01Z" level=error msg="send failed" status=403
`)
	if c.State != CredSent || c.Header != "Authorization" || c.Scheme != "Bearer" {
		t.Errorf("logrus header map: %+v, want Authorization: Bearer sent", c)
	}
	c = credentialsOf(t, `2025/02/03 08:00:00 request: &{Method:GET URL:https://api.example.test/v1/me Header:map[Accept:[*/*] X-Api-Key:[k3yDummy99aa]] Host:api.example.test}
2025/02/03 08:00:00 response: 401 Unauthorized
`)
	if c.State != CredSent || c.Header != "X-Api-Key" {
		t.Errorf("a struct's Header map: %+v, want X-Api-Key sent", c)
	}
	for _, f := range headerMapCredentials(`level=info msg=done headers="map[Content-Type:[text/html] Www-Authenticate:[Bearer realm=\"api\"]]"`) {
		t.Errorf("a response's header map: read %+v", f)
	}
}

// TestCookieJarLines: a downloader told to load a browser's cookies or a
// cookie file sends them; a log saying it extracted none loaded none.
func TestCookieJarLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"[debug] Command-line config: ['-v', '--cookies-from-browser', 'chrome', 'https://video.example.test/v/9']", true},
		{"[debug] Command-line config: ['--cookies', 'jar.txt', 'https://video.example.test/v/9']", true},
		{"$ yt-dlp --cookies jar.txt https://video.example.test/v/9", true},
		{"$ wget --load-cookies jar.txt https://files.example.test/a.zip", true},
		{"[cookies][info] Extracted 312 cookies from firefox", true},
		{"[Cookies] Extracting cookies from edge", true},
		{"[Cookies] Extracted 0 cookies from edge", false},
		{"$ wget --no-cookies https://files.example.test/a.zip", false},
		{"The site sets cookies from its CDN.", false},
	} {
		if got := cookieJarLine(c.line); got != c.want {
			t.Errorf("%q: %v, want %v", c.line, got, c.want)
		}
	}
	c := credentialsOf(t, "[debug] Command-line config: ['-v', '--cookies-from-browser', 'chrome', 'https://video.example.test/v/9']\n"+
		"[site] 9: Downloading webpage\n"+
		"ERROR: [site] 9: Unable to download webpage: HTTP Error 403: Forbidden (caused by <HTTPError 403: Forbidden>)\n")
	if c.State != CredSent {
		t.Errorf("yt-dlp with a browser's cookies: %+v, want sent", c)
	}
}

// TestAuthorizationHeaderWord: a client's log record or a sentence that
// names the field with the word "header" before its value ("Using
// Authorization header: Bearer …") shows the credential sent; the same
// words after "without" show none.
func TestAuthorizationHeaderWord(t *testing.T) {
	c := credentialsOf(t, "2025-02-03 08:00:00 DEBUG Using Authorization header: Bearer Rt5dummyTok9911aa\n"+
		"2025-02-03 08:00:00 ERROR GET https://api.example.test/v1/me returned 401 Unauthorized\n")
	if c.State != CredSent || c.Scheme != "Bearer" {
		t.Errorf("a log record: %+v, want Bearer sent", c)
	}
	if f, ok := proseCredential("I call it with the Authorization header: Basic YW5hOmR1bW15LXB3 and still get 401"); !ok || f.Value != "Basic YW5hOmR1bW15LXB3" {
		t.Errorf("a sentence: %+v %v", f, ok)
	}
	if f, ok := proseCredential("it works without the Authorization header: Bearer Rt5dummyTok9911aa"); ok {
		t.Errorf("a sentence saying it was not sent: %+v", f)
	}
}

// TestSnipMarker: "SNIP" where a value was cut holds no secret: a key
// parameter masked that way was sent, its value unknown.
func TestSnipMarker(t *testing.T) {
	f, ok := lineURLCredential("Call failed with status code 401 (Unauthorized): GET http://media.example.test:7878/api/v3/movie?apikey=SNIP")
	if !ok || !Elided(f.Value) {
		t.Errorf("apikey=SNIP: %+v %v, want a masked credential", f, ok)
	}
}
