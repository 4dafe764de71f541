//go:build !js

package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/devserver"
)

// switchable serves the site until it is switched off; then every request
// is dropped without an answer, as with the network gone, and counted.
// With next set, it serves sw.js as a new build would: the same worker
// under another build name.
type switchable struct {
	h       http.Handler
	off     atomic.Bool
	next    atomic.Bool
	refused atomic.Int64
}

func (s *switchable) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.off.Load() {
		s.refused.Add(1)
		panic(http.ErrAbortHandler) // the connection closes with no response
	}
	if s.next.Load() && r.URL.Path == prefix+"sw.js" {
		src, err := os.ReadFile(filepath.Join(siteDir, "sw.js"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		next := buildLine.ReplaceAll(src, []byte(`const BUILD = "${1}-next";`))
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(next)
		return
	}
	s.h.ServeHTTP(w, r)
}

// buildLine is the line make build stamps in sw.js.
var buildLine = regexp.MustCompile(`(?m)^const BUILD = "([0-9a-f]+)";`)

// newPageOn is newPage with the site behind the given wrapper, so a test can
// change what the server does while the browser runs.
func newPageOn(t *testing.T, width, height int64, wrap func(http.Handler) http.Handler, before ...chromedp.Action) *page {
	t.Helper()
	if browser == "" {
		t.Skip("no Chromium found")
	}
	site := devserver.New(siteDir, prefix)
	srv := httptest.NewServer(wrap(site))
	t.Cleanup(srv.Close)
	return launch(t, site, srv.URL, width, height, 240*time.Second, nil, before...)
}

func (p *page) waitReady() {
	p.t.Helper()
	var ready bool
	p.run(chromedp.Poll(`document.documentElement.dataset.ready === "true"`, &ready, noPollLimit))
}

// After one visit the page works with the network off: the service worker
// the page registers has cached every file of this build, it answers the
// reload, the analyzer starts in its worker, and a paste gets its verdict.
func TestOfflineAfterFirstVisit(t *testing.T) {
	var gate *switchable
	p := newPageOn(t, 1024, 800, func(h http.Handler) http.Handler {
		gate = &switchable{h: h}
		return gate
	})

	// The page registers the worker itself; wait until it controls the page.
	var controlled bool
	if err := chromedp.Run(p.ctx, chromedp.Poll(`navigator.serviceWorker.controller !== null`, &controlled, noPollLimit)); err != nil {
		var regs int
		p.await(`navigator.serviceWorker.getRegistrations().then(r => r.length)`, &regs)
		t.Fatalf("no service worker controls the page after the first visit (%d registrations): %v", regs, err)
	}
	var sw struct {
		Script string   `json:"script"`
		Scope  string   `json:"scope"`
		Caches []string `json:"caches"`
		Files  []string `json:"files"`
	}
	p.await(`(async () => {
		const reg = await navigator.serviceWorker.getRegistration();
		const names = await caches.keys();
		const files = [];
		for (const n of names) for (const r of await (await caches.open(n)).keys()) files.push(r.url);
		return {script: reg.active.scriptURL, scope: reg.scope, caches: names, files};
	})()`, &sw)
	if sw.Script != p.base+"sw.js" || sw.Scope != p.base {
		t.Errorf("service worker %s with scope %s; want %ssw.js scoped to %s", sw.Script, sw.Scope, p.base, p.base)
	}
	if len(sw.Caches) != 1 || !strings.HasPrefix(sw.Caches[0], "authtriage-") || sw.Caches[0] == "authtriage-dev" {
		t.Errorf("caches %q: want one authtriage-<build hash>", sw.Caches)
	}
	cached := map[string]bool{}
	for _, f := range sw.Files {
		cached[strings.TrimPrefix(f, p.base)] = true
	}
	// Every file of the build but the service worker itself, and the root.
	files := []string{""}
	entries, err := os.ReadDir(siteDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() && e.Name() != "sw.js" {
			files = append(files, e.Name())
		}
	}
	if len(files) < 10 {
		t.Fatalf("the build in %s holds %q: too few files to be the site", siteDir, files)
	}
	for _, f := range files {
		if !cached[f] {
			t.Errorf("%q is not in the cache (cached: %q)", p.base+f, sw.Files)
		}
	}

	// A new build: its worker installs with a cache of its own, takes over,
	// and deletes the old build's cache.
	gate.next.Store(true)
	var after []string
	p.await(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, nil)
	if err := chromedp.Run(p.ctx, chromedp.Poll(`caches.keys().then(k => k.length === 1 && k[0] === "`+sw.Caches[0]+`-next" ? k : null)`, &after,
		noPollLimit, chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		p.await(`caches.keys()`, &after)
		t.Fatalf("after a new build's worker: caches %q, want only %s-next (%v)", after, sw.Caches[0], err)
	}
	var active string
	p.await(`navigator.serviceWorker.getRegistration().then(r => r.active.scriptURL)`, &active)
	t.Logf("update: %s replaced by %s (worker %s)", sw.Caches[0], after[0], active)
	gate.next.Store(false)

	// Network off: the server drops every connection, and Chromium is told
	// it is offline.
	gate.off.Store(true)
	p.run(network.Enable(), network.EmulateNetworkConditions(true, 0, 0, 0))
	var online bool
	p.eval(`navigator.onLine`, &online)
	if online {
		t.Error("navigator.onLine is still true after going offline")
	}

	p.run(chromedp.Reload(), chromedp.WaitVisible("#paste", chromedp.ByQuery))
	p.waitReady()
	p.paste("GET /private HTTP/1.1\nHost: example.com\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n")
	p.waitFor(`document.querySelector("#out article.card")?.dataset.verdict === "authentication"`)
	var rules bool
	p.await(`fetch("rules.html").then(r => r.ok && r.text()).then(t => !!t && t.includes("AT1001"))`, &rules)
	if !rules {
		t.Error("the rule catalogue is not available offline")
	}
	if n := gate.refused.Load(); n != 0 {
		t.Errorf("the offline page still asked the server %d time(s)", n)
	}
	t.Logf("offline reload served from %s; verdict shown", after[0])
}
