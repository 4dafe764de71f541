//go:build !js

// Package e2e drives the built page in headless Chromium: the site is built
// once with `make build` into a temporary directory, served under a sub-path
// (/authtriage/) as a GitHub project page would be, and each test gets a
// fresh browser with its own profile.
//
// Without a browser the tests skip, unless AUTHTRIAGE_E2E=require (set by
// `make test`), in which case they fail.
package e2e

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/devserver"
)

// prefix is where the site is mounted, to prove every URL in it is relative.
const prefix = "/authtriage/"

var (
	siteDir string // the built site
	browser string // path of the Chromium binary, "" when none was found

	screenshots = flag.String("screenshots", "", "write the screenshots into this directory (make screenshots uses ../docs)")
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	browser = findBrowser()
	if browser == "" {
		if os.Getenv("AUTHTRIAGE_E2E") == "require" {
			fmt.Fprintln(os.Stderr, "e2e: no Chromium found; install it (apt-get install -y chromium) or set AUTHTRIAGE_CHROME")
			return 1
		}
		fmt.Fprintln(os.Stderr, "e2e: no Chromium found; skipping the browser tests")
		return m.Run() // every test skips via newPage
	}
	dir, err := os.MkdirTemp("", "authtriage-site-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	// The same recipe as the deployed site: the Makefile's build target.
	cmd := exec.Command("make", "-s", "build", "DIST="+dir)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: make build: %v\n%s", err, out)
		return 1
	}
	siteDir = dir
	return m.Run()
}

// findBrowser returns AUTHTRIAGE_CHROME or the first Chromium-like browser on PATH.
func findBrowser() string {
	if p := os.Getenv("AUTHTRIAGE_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// page is one browser tab on the served site.
type page struct {
	t    *testing.T
	ctx  context.Context
	stop func() // closes the browser; also done when the test ends
	site *devserver.Site
	base string // http://127.0.0.1:port/authtriage/
}

// newPage starts a server and a fresh headless Chromium, and opens the page
// at width×height, waiting until the analyzer is ready. Before navigating it
// runs the given actions (network listeners, media emulation).
// chromiumOptions are the allocator options of every browser test: Debian's
// Chromium, headless, with the flags that keep it off the network on its own,
// a fresh profile and the given window, plus any extra options.
func chromiumOptions(profile string, width, height int64, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(int(width), int(height)),
	)
	return append(opts, extra...)
}

func newPage(t *testing.T, width, height int64, before ...chromedp.Action) *page {
	t.Helper()
	if browser == "" {
		t.Skip("no Chromium found")
	}
	site := devserver.New(siteDir, prefix)
	site.Record = true
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	return launch(t, site, srv.URL, width, height, 90*time.Second, nil, before...)
}

// launch starts a fresh Chromium (with extra options beyond chromiumOptions'
// own), runs the before actions, opens the site served at url and waits
// until the analyzer is ready. guard is one deadline for the whole test:
// chromedp kills the browser when the context of its first Run ends, so
// per-step timeouts would do the same. It only stops a test that hangs, so
// it is never shorter than what is left of go test's own -timeout (less a
// minute to report): on a busy machine a slow test must not fail for being
// slow.
func launch(t *testing.T, site *devserver.Site, url string, width, height int64, guard time.Duration, extra []chromedp.ExecAllocatorOption, before ...chromedp.Action) *page {
	t.Helper()
	if d, ok := t.Deadline(); ok {
		guard = max(guard, time.Until(d)-time.Minute)
	}
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	t.Cleanup(cancel)
	bctx, stop := startBrowser(t, ctx, width, height, extra)
	p := &page{t: t, ctx: bctx, stop: stop, site: site, base: url + prefix}
	actions := append([]chromedp.Action{chromedp.EmulateViewport(width, height)}, before...)
	p.run(append(actions, chromedp.Navigate(p.base), chromedp.WaitVisible("#paste", chromedp.ByQuery))...)
	p.waitReady()
	return p
}

// startAttempts is how many times startBrowser launches Chromium before the
// test fails: on a loaded machine a launch can die before DevTools listens
// (the process exits with nothing but its usual warnings), and a second
// launch with a fresh profile then starts normally.
const startAttempts = 3

// startBrowser launches Chromium under ctx and returns the context of its
// first tab once the browser answers, and the function that closes it. It waits for DevTools as long as ctx
// allows, not chromedp's 20 seconds, and launches again, with a fresh
// profile, when the process ends before it is listening.
func startBrowser(t *testing.T, ctx context.Context, width, height int64, extra []chromedp.ExecAllocatorOption) (context.Context, func()) {
	t.Helper()
	wait := 10 * time.Minute
	if d, ok := ctx.Deadline(); ok {
		wait = time.Until(d)
	}
	for attempt := 1; ; attempt++ {
		opts := chromiumOptions(tempProfile(t), width, height, append(extra, chromedp.WSURLReadTimeout(wait))...)
		actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
		bctx, bcancel := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
		err := chromedp.Run(bctx) // starts the browser and opens its first tab
		stop := func() { bcancel(); acancel() }
		if err == nil {
			t.Cleanup(stop)
			return bctx, stop
		}
		stop()
		if attempt == startAttempts || ctx.Err() != nil || !browserDidNotStart(err) {
			t.Fatalf("browser: %v", err)
		}
		t.Logf("browser: launch %d of %d did not start (%v); launching again", attempt, startAttempts, firstLine(err.Error()))
	}
}

// browserDidNotStart reports whether err is chromedp's report of a
// Chromium process that ended, or stayed silent, before DevTools listened.
func browserDidNotStart(err error) bool {
	s := err.Error()
	return strings.Contains(s, "chrome failed to start") || strings.Contains(s, "websocket url timeout")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// tempProfile makes a fresh Chromium profile directory. Chromium's helper
// processes can still write into it for a moment after the browser exits,
// which makes t.TempDir's strict cleanup fail; remove it with retries.
func tempProfile(t *testing.T) string {
	dir, err := os.MkdirTemp("", "authtriage-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 20; i++ {
			if os.RemoveAll(dir) == nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Logf("could not remove the browser profile %s", dir)
	})
	return dir
}

// close closes the browser now, for tests that open one after another.
func (p *page) close() { p.stop() }

func (p *page) run(actions ...chromedp.Action) {
	p.t.Helper()
	if err := chromedp.Run(p.ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// click clicks the first element matching sel with the mouse, as a person
// would. The page may redraw that element between chromedp finding its node
// and clicking it (the summary is redrawn when results settle); the DevTools
// call then fails with a stale node before any mouse event was sent, and the
// click is tried again on the element now there, for as long as the test's
// guard allows.
func (p *page) click(sel string) {
	p.t.Helper()
	for {
		err := chromedp.Run(p.ctx, chromedp.Click(sel, chromedp.ByQuery))
		if err == nil {
			return
		}
		if !staleNode(err) || p.ctx.Err() != nil {
			p.t.Fatalf("browser: clicking %s: %v", sel, err)
		}
	}
}

// staleNode reports whether err is DevTools refusing a node the page has
// since removed or replaced.
func staleNode(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "could not find node with given id") || strings.Contains(s, "node is detached") || strings.Contains(s, "no node with given id")
}

// eval evaluates a JavaScript expression and decodes its value into res.
func (p *page) eval(js string, res any) {
	p.t.Helper()
	p.run(chromedp.Evaluate(js, res))
}

// paste sets the textarea as a paste would, fires the input event and waits
// until the page has drawn its answer to this text (the results pane is
// aria-busy until then). Without that wait, a condition that the results
// shown before the paste already meet (two cards, a credential notice) lets
// the test go on, and its next click can land while the page redraws: the
// press and the release then hit two different buttons and the click is lost.
func (p *page) paste(text string) {
	p.t.Helper()
	q, _ := json.Marshal(text)
	var busy string
	p.eval(fmt.Sprintf(`(() => { const t = document.getElementById("paste"); t.value = %s; t.dispatchEvent(new Event("input", {bubbles: true})); return document.getElementById("out").getAttribute("aria-busy") || "" })()`, q), &busy)
	if busy != "true" {
		p.t.Fatalf("the results pane is not aria-busy right after an edit of the input (aria-busy=%q)", busy)
	}
	p.waitFor(`!document.getElementById("out").hasAttribute("aria-busy")`)
}

// noPollLimit makes a poll wait as long as the test's own guard (launch)
// allows: chromedp's default of 30 s, or any fixed limit, would fail a test
// for being slow on a busy machine rather than for being wrong.
var noPollLimit = chromedp.WithPollingTimeout(0)

// stuckAfter is how long waitFor waits for one condition of a small input
// before it calls the page stuck and fails with what the results pane
// shows. The slowest of these waits takes seconds on a loaded machine; a
// wait this long is an update the page lost, and failing with the pane
// beats hanging until the package's timeout, which reports nothing.
const stuckAfter = 10 * time.Minute

// waitFor polls a boolean expression until it is true.
func (p *page) waitFor(js string) {
	p.t.Helper()
	var ok bool
	limit := stuckAfter
	if d, has := p.ctx.Deadline(); has {
		limit = min(limit, time.Until(d)-30*time.Second)
	}
	if err := chromedp.Run(p.ctx, chromedp.Poll(js, &ok, chromedp.WithPollingTimeout(max(limit, time.Second)))); err != nil {
		var out string
		_ = chromedp.Run(p.ctx, chromedp.Evaluate(`document.getElementById("out").innerText`, &out))
		p.t.Fatalf("waiting for %s: %v\nresults pane:\n%s", js, err, out)
	}
}

// card is what the tests read back from one rendered exchange.
type card struct {
	Verdict     string    `json:"verdict"`
	Headline    string    `json:"headline"`
	Explanation string    `json:"explanation"`
	Text        string    `json:"text"`
	Reasons     []string  `json:"reasons"`
	Findings    []finding `json:"findings"`
}

type finding struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Title    string   `json:"title"`
	Evidence []string `json:"evidence"` // "line 9|HTTP/1.1 403 Forbidden"
	Links    []link   `json:"links"`
	Example  string   `json:"example"`
	Why      string   `json:"why"`
	Fix      string   `json:"fix"`
}

type link struct {
	Href   string `json:"href"`
	Target string `json:"target"`
	Rel    string `json:"rel"`
	Text   string `json:"text"`
}

const readCards = `[...document.querySelectorAll("#out article.card")].map(c => ({
	verdict: c.dataset.verdict,
	headline: c.querySelector(".headline")?.textContent ?? "",
	explanation: c.querySelector(".explanation")?.textContent ?? "",
	text: c.textContent,
	reasons: [...c.querySelectorAll(".reasons li.reason")].map(r => r.textContent),
	findings: [...c.querySelectorAll("details.finding")].map(d => ({
		rule: d.dataset.rule,
		severity: d.dataset.severity,
		title: d.querySelector(".finding-title")?.textContent ?? "",
		evidence: [...d.querySelectorAll("li.evidence")].map(e => (e.querySelector(".line")?.textContent ?? "") + "|" + (e.querySelector(".quote")?.textContent ?? "")),
		links: [...d.querySelectorAll(".finding-links a")].map(a => ({href: a.getAttribute("href"), target: a.getAttribute("target") ?? "", rel: a.getAttribute("rel") ?? "", text: a.textContent})),
		example: d.querySelector("pre.example")?.textContent ?? "",
		why: [...d.querySelectorAll(".block")].find(b => b.querySelector("h5")?.textContent === "Why it matters")?.querySelector("p")?.textContent ?? "",
		fix: [...d.querySelectorAll(".block")].find(b => b.querySelector("h5")?.textContent === "Fix")?.querySelector("p")?.textContent ?? "",
	})),
}))`

func (p *page) cards() []card {
	p.t.Helper()
	var cs []card
	p.eval(readCards, &cs)
	return cs
}

// shot takes a full-page screenshot and returns the PNG.
func (p *page) shot() []byte {
	p.t.Helper()
	var png []byte
	p.run(chromedp.FullScreenshot(&png, 100))
	return png
}

// saveShot writes a screenshot into -screenshots when given, else into the
// test's temporary directory, and returns the path.
func (p *page) saveShot(name string, png []byte) string {
	p.t.Helper()
	dir := *screenshots
	if dir == "" {
		dir = p.t.TempDir()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	return path
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
