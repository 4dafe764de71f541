package devserver

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestSite(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"index.html": "<p>hi</p>", "a.wasm": "\x00asm", "app.js": "1"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	site := New(dir, "repo")
	site.Record = true
	srv := httptest.NewServer(site)
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	cases := []struct {
		path, status, ctype, body string
	}{
		{"/repo/", "200 OK", "text/html; charset=utf-8", "<p>hi</p>"},
		{"/repo/a.wasm", "200 OK", "application/wasm", "\x00asm"},
		{"/repo/app.js", "200 OK", "text/javascript; charset=utf-8", "1"},
		{"/repo", "301 Moved Permanently", "", ""},
		{"/app.js", "404 Not Found", "", ""},
		{"/repo/missing.css", "404 Not Found", "", ""},
	}
	for _, c := range cases {
		resp, err := client.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.Status != c.status {
			t.Errorf("%s: status %q, want %q", c.path, resp.Status, c.status)
			continue
		}
		if c.ctype != "" && resp.Header.Get("Content-Type") != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.path, resp.Header.Get("Content-Type"), c.ctype)
		}
		if c.body != "" && string(b) != c.body {
			t.Errorf("%s: body %q, want %q", c.path, b, c.body)
		}
		if resp.StatusCode == http.StatusOK && resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", c.path, resp.Header.Get("Cache-Control"))
		}
	}
	want := []string{"/repo/", "/repo/a.wasm", "/repo/app.js", "/repo", "/app.js", "/repo/missing.css"}
	if got := site.Requests(); !reflect.DeepEqual(got, want) {
		t.Errorf("Requests() = %q, want %q", got, want)
	}
}

func TestNewPrefix(t *testing.T) {
	for in, want := range map[string]string{"": "/", "/": "/", "repo": "/repo/", "/a/b/": "/a/b/"} {
		if got := New(".", in).Prefix; got != want {
			t.Errorf("New(%q).Prefix = %q, want %q", in, got, want)
		}
	}
}
