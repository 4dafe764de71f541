//go:build !js

package e2e

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/devserver"
)

// proxyLog is the site's server used as the browser's HTTP proxy for every
// destination, the loopback included: each request any part of the browser
// makes (the page, its worker, the service worker, Chromium itself) reaches
// it and is recorded as an absolute URL. Requests for the site's own origin
// are served from the built site; anything else gets a 502.
type proxyLog struct {
	mu   sync.Mutex
	urls []string // "METHOD URL", with " (fetch)" when a web page, worker or service worker made it
}

func (l *proxyLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.urls...)
}

// newProxiedPage opens the page at width×height in a browser whose only
// route to any network is the site's own server; guard bounds the whole
// test (chromedp ends the browser with the context of its first run).
func newProxiedPage(t *testing.T, width, height int64, guard time.Duration, before ...chromedp.Action) (*page, *proxyLog) {
	t.Helper()
	if browser == "" {
		t.Skip("no Chromium found")
	}
	log := &proxyLog{}
	site := devserver.New(siteDir, prefix)
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := *r.URL
		if u.Host == "" {
			u.Host = r.Host
		}
		if u.Scheme == "" {
			u.Scheme = "http"
		}
		if r.Method == http.MethodConnect {
			u = *r.URL
			u.Scheme, u.Host = "connect", r.Host
		}
		log.mu.Lock()
		entry := r.Method + " " + u.String()
		if r.Header.Get("Sec-Fetch-Mode") != "" {
			entry += " (fetch)"
		}
		log.urls = append(log.urls, entry)
		log.mu.Unlock()
		if "http://"+u.Host != srv.URL {
			http.Error(w, "not this test's site", http.StatusBadGateway)
			return
		}
		site.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	proxy := []chromedp.ExecAllocatorOption{
		chromedp.ProxyServer(srv.URL),
		// Without this, Chromium sends loopback requests around the proxy.
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	}
	return launch(t, site, srv.URL, width, height, guard, proxy, before...), log
}

// siteFiles lists the built site's files as URL paths under the prefix.
func siteFiles(t *testing.T) map[string]bool {
	files := map[string]bool{prefix: true}
	err := filepath.WalkDir(siteDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(siteDir, path)
		files[prefix+filepath.ToSlash(rel)] = true
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// A whole session: load, click an example, open a file, paste, filter,
// export three formats (masked), keep the credentials and export again,
// make a share link. Every request any part of the browser made is one of
// the site's own files under the sub-path (or a blob:/data: URL the page
// made); exports and the link carry no credential unless asked; no storage,
// no cookie, and no fragment until the link is made.
func TestWholeSessionStaysLocal(t *testing.T) {
	var mu sync.Mutex
	var cdpURLs []string
	listen := chromedp.ActionFunc(func(ctx context.Context) error {
		chromedp.ListenTarget(ctx, func(ev any) {
			if e, ok := ev.(*network.EventRequestWillBeSent); ok {
				mu.Lock()
				cdpURLs = append(cdpURLs, e.Request.Method+" "+e.Request.URL)
				mu.Unlock()
			}
		})
		return network.Enable().Do(ctx)
	})
	p, proxy := newProxiedPage(t, 1280, 900, 120*time.Second, listen)
	p.eval(hookDownloads, nil)

	clean := func(when string, hashOK bool) {
		t.Helper()
		var st struct {
			Local, Session int
			Cookie, Hash   string
		}
		p.eval(`({local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, hash: location.hash})`, &st)
		if st.Local != 0 || st.Session != 0 || st.Cookie != "" {
			t.Errorf("%s: storage is used: %+v", when, st)
		}
		if st.Hash != "" && !hashOK {
			t.Errorf("%s: the URL has a fragment %q", when, trim(st.Hash))
		}
	}
	clean("after load", false)

	// An example from the gallery.
	p.click(`#gallery [data-example="docker"]`)
	p.waitFor(`document.querySelectorAll("#out article.card").length >= 2`)
	clean("after the example", false)

	// A file through the page's file input.
	har := filepath.Join(t.TempDir(), "session.har")
	if err := os.WriteFile(har, []byte(testHAR), 0o644); err != nil {
		t.Fatal(err)
	}
	p.run(chromedp.SetUploadFiles("#file-input", []string{har}, chromedp.ByQuery))
	p.waitFor(`!document.getElementById("files").hidden && document.getElementById("file-list").textContent.includes("exchange") && document.querySelector("#out article.card") !== null`)
	clean("after the file", false)

	// The paste with credentials, then the filters.
	p.paste(secretPaste)
	p.waitFor(cardCount(2) + ` && !document.getElementById("secrets").hidden`)
	p.click(`#summary [data-filter="classes"][data-value="authentication"]`)
	p.waitFor(cardCount(1))
	p.click(`#summary [data-filter="classes"][data-value="authentication"]`)
	p.waitFor(cardCount(2))
	p.run(chromedp.SendKeys("#filter-text", "403", chromedp.ByQuery))
	p.waitFor(cardCount(1))
	p.eval(`(() => { const f = document.getElementById("filter-text"); f.value = ""; f.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, nil)
	p.waitFor(cardCount(2))
	clean("after filtering", false)

	// Exports, masked by default.
	leaks := func(s string) []string {
		var found []string
		for _, v := range append(secretValues, "hunter2-s3cret") {
			if strings.Contains(s, v) {
				found = append(found, v)
			}
		}
		return found
	}
	for _, b := range []string{"#export-md", "#export-json", "#export-sarif"} {
		name, text := p.export(b)
		if len(text) < 100 || !strings.Contains(text, "Authorization") {
			t.Errorf("%s (%s): not a report of the paste:\n%s", b, name, trim(text))
		}
		if l := leaks(text); len(l) > 0 {
			t.Errorf("%s (%s) holds credentials %q without being asked", b, name, l)
		}
	}
	// Kept on request: the same check finds them, so it is not blind.
	p.click("#keep-secrets")
	if _, text := p.export("#export-json"); len(leaks(text)) == 0 {
		t.Errorf("with keep-secrets ticked the JSON export still masks every credential")
	}
	p.click("#keep-secrets")
	clean("after the exports", false)

	// The share link: masked, in the fragment only.
	p.click("#share")
	p.click("#share-confirm")
	p.waitFor(`document.getElementById("share-url") !== null`)
	var link string
	p.eval(`document.getElementById("share-url").value`, &link)
	frag, ok := strings.CutPrefix(link, p.base+"#paste=")
	if !ok {
		t.Fatalf("share link %q is not this page with #paste=", trim(link))
	}
	shared, err := base64.RawURLEncoding.DecodeString(frag)
	if err != nil {
		t.Fatalf("share fragment: %v", err)
	}
	if !strings.Contains(string(shared), "Authorization: Basic") {
		t.Errorf("the shared paste is not the input:\n%s", shared)
	}
	if l := leaks(link + "\n" + string(shared)); len(l) > 0 {
		t.Errorf("the share link holds credentials %q", l)
	}
	clean("after sharing", false)
	var hash string
	p.eval(`location.hash`, &hash)
	if hash != "" {
		t.Errorf("after sharing, location.hash = %q: the link must not enter the address bar", trim(hash))
	}

	// Every request: the site's own files, nothing else.
	files := siteFiles(t)
	origin := strings.TrimSuffix(p.base, prefix)
	mu.Lock()
	seen := append([]string(nil), cdpURLs...)
	mu.Unlock()
	if len(seen) == 0 {
		t.Fatal("CDP saw no request at all: the listener is not working")
	}
	for _, r := range seen {
		_, u, _ := strings.Cut(r, " ")
		if strings.HasPrefix(u, "blob:"+origin+"/") || strings.HasPrefix(u, "data:") {
			continue
		}
		path, own := strings.CutPrefix(strings.SplitN(u, "#", 2)[0], origin)
		if !own || !files[path] {
			t.Errorf("the page requested %s: not one of the site's files", trim(r))
		}
	}
	logged := proxy.all()
	var wasm, worker bool
	for _, r := range logged {
		if chromiumService(r) {
			t.Logf("Chromium's own traffic, refused by the proxy: %s", trim(r))
			continue
		}
		r = strings.TrimSuffix(r, " (fetch)")
		method, u, _ := strings.Cut(r, " ")
		path, own := strings.CutPrefix(u, origin)
		if method != http.MethodGet || !own || !files[path] {
			t.Errorf("the browser sent %s: not a GET of one of the site's files", trim(r))
		}
		wasm = wasm || path == prefix+"authtriage.wasm"
		worker = worker || path == prefix+"worker.js"
	}
	if !wasm || !worker {
		t.Errorf("the proxy log misses the worker's own fetches (worker.js %v, authtriage.wasm %v): %q", worker, wasm, logged)
	}
}

// chromiumService tells the browser's own background requests (component
// updates, autofill, accounts) from what the page made: they go to Google's
// service hosts and, when they are plain HTTP, carry no Sec-Fetch-Mode header,
// which every request from a document or worker has. A CONNECT shows no
// headers; the CDP listener covers the page's own requests to any host.
func chromiumService(entry string) bool {
	if strings.HasSuffix(entry, " (fetch)") {
		return false
	}
	_, u, _ := strings.Cut(entry, " ")
	_, host, _ := strings.Cut(u, "://")
	host, _, _ = strings.Cut(host, "/")
	host, _, _ = strings.Cut(host, ":")
	for _, s := range []string{".google.com", ".googleapis.com", ".gstatic.com"} {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}
