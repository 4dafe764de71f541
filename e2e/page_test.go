//go:build !js

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// issue2Example is the paste from issue #2: the second request follows the
// first response's header with no blank line between them.
const issue2Example = `GET /protected-resource HTTP/1.1
Host: example.com

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Basic realm="Access to the protected resource", charset="UTF-8"
GET /protected-resource HTTP/1.1
Host: example.com

HTTP/1.1 403 Forbidden
`

func TestIssue2Example(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.paste(issue2Example)
	p.waitFor(`document.querySelectorAll("#out article.card").length === 2`)
	cs := p.cards()
	if cs[0].Verdict != "authentication" || cs[1].Verdict != "authorization" {
		t.Fatalf("verdicts %q, %q; want authentication, authorization", cs[0].Verdict, cs[1].Verdict)
	}

	// The 401: no credentials were sent; the server asked for Basic in a realm.
	first := cs[0].Headline + " " + cs[0].Explanation
	for _, want := range []string{"no credentials", "Basic", "Access to the protected resource"} {
		if !containsFold(first, want) {
			t.Errorf("first card does not mention %q:\n%s", want, first)
		}
	}
	if !containsFold(strings.Join(cs[0].Reasons, "\n"), "line 5") || !strings.Contains(strings.Join(cs[0].Reasons, "\n"), `WWW-Authenticate: Basic realm="Access to the protected resource"`) {
		t.Errorf("first card's reasons do not quote the challenge on line 5: %q", cs[0].Reasons)
	}

	// The 403: refused with no credentials; a 401 with a challenge would have
	// told the client what to do; the empty body says nothing.
	second := cs[1].Headline + " " + cs[1].Explanation
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?i)no credentials`),
		regexp.MustCompile(`(?i)401 with a challenge|401.{0,40}challenge`),
		regexp.MustCompile(`(?i)body is empty|empty body`),
	} {
		if !want.MatchString(second) {
			t.Errorf("second card does not match %s:\n%s", want, second)
		}
	}

	// Findings: each with its evidence line, why, fix, a rule link, RFC links
	// opening in a new tab.
	if len(cs[1].Findings) == 0 {
		t.Fatalf("second card shows no findings:\n%s", cs[1].Text)
	}
	for _, f := range cs[1].Findings {
		if f.Rule == "" || f.Title == "" || f.Why == "" || f.Fix == "" {
			t.Errorf("finding %+v lacks rule, title, why or fix", f)
		}
		if len(f.Evidence) == 0 || !regexp.MustCompile(`^line \d+\|.+`).MatchString(f.Evidence[0]) {
			t.Errorf("finding %s: evidence %q does not quote a numbered line", f.Rule, f.Evidence)
		}
		var sawRule, sawRef bool
		for _, l := range f.Links {
			switch {
			case l.Href == "rules.html#"+f.Rule:
				sawRule = true
			case strings.HasPrefix(l.Href, "https://"):
				sawRef = true
				if l.Target != "_blank" || !strings.Contains(l.Rel, "noopener") {
					t.Errorf("finding %s: reference %s opens with target=%q rel=%q", f.Rule, l.Href, l.Target, l.Rel)
				}
			default:
				t.Errorf("finding %s: unexpected link %+v", f.Rule, l)
			}
		}
		if !sawRule || !sawRef {
			t.Errorf("finding %s: want a rules.html#%s link and an RFC link, got %+v", f.Rule, f.Rule, f.Links)
		}
	}
	var statusLine string
	p.eval(`document.getElementById("status").textContent`, &statusLine)
	if !strings.HasPrefix(statusLine, "2 exchanges") {
		t.Errorf("status line %q, want it to count 2 exchanges", statusLine)
	}
}

// A 401 without WWW-Authenticate, typed key by key: the results follow the
// typing, and the missing challenge is reported with its line.
func TestMissingChallengeTyped(t *testing.T) {
	p := newPage(t, 1024, 800)
	p.run(chromedp.SendKeys("#paste", "GET /api/me HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\n", chromedp.ByQuery))
	// Typing is slow on a loaded machine and every pause may show an analysis
	// of a prefix ("…401 Unauthoriz"): wait for the one of the whole input.
	p.waitFor(`(() => { const f = document.querySelector('#out details.finding[data-rule="AT1001"]');
		return !!f && f.textContent.includes("HTTP/1.1 401 Unauthorized"); })()`)
	cs := p.cards()
	if len(cs) != 1 || cs[0].Verdict != "authentication" {
		t.Fatalf("want one authentication card, got %+v", cs)
	}
	var at1001 *finding
	for i := range cs[0].Findings {
		if cs[0].Findings[i].Rule == "AT1001" {
			at1001 = &cs[0].Findings[i]
		}
	}
	if at1001 == nil {
		t.Fatal("AT1001 disappeared")
	}
	if !containsFold(at1001.Title, "WWW-Authenticate") {
		t.Errorf("AT1001 title %q does not name WWW-Authenticate", at1001.Title)
	}
	if len(at1001.Evidence) == 0 || at1001.Evidence[0] != "line 4|HTTP/1.1 401 Unauthorized" {
		t.Errorf("AT1001 evidence %q, want line 4 quoting the status line", at1001.Evidence)
	}
	if !containsFold(at1001.Example, "WWW-Authenticate:") {
		t.Errorf("AT1001 corrected example lacks a challenge: %q", at1001.Example)
	}

	// The evidence's line button selects that line in the paste.
	var selected string
	p.click(`#out details.finding[data-rule="AT1001"] button.line`)
	p.eval(`(() => { const t = document.getElementById("paste"); return document.activeElement === t ? t.value.slice(t.selectionStart, t.selectionEnd) : "(textarea not focused)" })()`, &selected)
	if selected != "HTTP/1.1 401 Unauthorized" {
		t.Errorf("line button selected %q, want the status line", selected)
	}
}

// Markup in a paste is shown as text, runs nothing, and creates no elements.
func TestHostilePasteIsText(t *testing.T) {
	const hostile = `GET /account HTTP/1.1
Host: example.com
Cookie: session=<script>window.__pwned=4</script>

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="<img src=x onerror=\"window.__pwned=2\">"
Location: javascript:window.__pwned=3
X-Debug: <svg onload="window.__pwned=5">
Content-Type: text/html

<script>window.__pwned=1</script>
<img src=x onerror="window.__pwned=2">
<svg onload="window.__pwned=5"></svg>
`
	markers := []string{
		`<script>window.__pwned=1</script>`,
		`<img src=x onerror="window.__pwned=2">`,
		`<img src=x onerror=\"window.__pwned=2\">`,
		`javascript:window.__pwned=3`,
		`<svg onload="window.__pwned=5">`,
	}
	p := newPage(t, 1024, 800)
	check := func(stage, pasted string) {
		t.Helper()
		var res struct {
			Pwned    string   `json:"pwned"`
			Elements int      `json:"elements"`
			BadLinks []string `json:"badLinks"`
			Text     string   `json:"text"`
		}
		p.eval(`({
			pwned: typeof window.__pwned,
			elements: document.querySelectorAll("#out script, #out img, #out svg, #out iframe, #out object, #out embed, #out [onerror], #out [onload]").length,
			badLinks: [...document.querySelectorAll("#out a")].map(a => a.getAttribute("href")).filter(h => !/^(https:\/\/|rules\.html#[A-Z0-9]+$|#raw-([0-9]+|cross)-L[0-9]+$)/.test(h)),
			text: document.getElementById("out").textContent,
		})`, &res)
		if res.Pwned != "undefined" {
			t.Errorf("%s: window.__pwned is %s: pasted markup ran", stage, res.Pwned)
		}
		if res.Elements != 0 {
			t.Errorf("%s: %d script/img/svg/handler elements inside the results", stage, res.Elements)
		}
		if len(res.BadLinks) != 0 {
			t.Errorf("%s: links not from the catalogue: %q", stage, res.BadLinks)
		}
		// Whatever the report quotes from the paste must appear literally.
		// The report is the engine's last analysis: the page's own.
		var report string
		p.await(`(async () => { const e = await `+engineJS+`; try { return JSON.stringify((await e.exchanges({limit: 1000})).items) } catch (x) { return "" } })()`, &report)
		shown := 0
		for _, m := range markers {
			if strings.Contains(report, jsString(m)) {
				if !strings.Contains(res.Text, m) {
					t.Errorf("%s: the report quotes %q but the page does not show it literally", stage, m)
				}
				shown++
			}
		}
		if shown == 0 {
			t.Errorf("%s: no hostile string reached the page, so this test checks nothing:\n%s", stage, res.Text)
		}
	}

	p.paste(hostile)
	p.waitFor(`document.querySelectorAll("#out article.card").length === 1`)
	check("report", hostile)

	// The error path (here a broken HAR file) quotes the offending line.
	p.paste("{\"log\": {\"entries\": [<script>window.__pwned=1</script>\n<img src=x onerror=\"window.__pwned=2\">\n")
	p.waitFor(`!!document.querySelector("#out .error")`)
	var errText string
	p.eval(`document.querySelector("#out .error").textContent`, &errText)
	if !strings.Contains(errText, "line 1") || !strings.Contains(errText, "<script>window.__pwned=1</script>") {
		t.Errorf("error state does not name line 1 and quote it literally:\n%s", errText)
	}
	var pwned string
	p.eval(`typeof window.__pwned + "/" + document.querySelectorAll("#out script, #out img, #out svg").length`, &pwned)
	if pwned != "undefined/0" {
		t.Errorf("error state: __pwned/elements = %s, want undefined/0", pwned)
	}
}

// Terminal escapes and bidi controls in a paste are shown as visible marks,
// not passed to the page raw.
func TestControlCharactersShown(t *testing.T) {
	p := newPage(t, 1024, 800)
	p.paste("GET /a HTTP/1.1\nHost: example.com\n\nHTTP/1.1 403 \x1b[2J\x1b[31mred\u202egnp.exe\n\n")
	p.waitFor(`document.querySelectorAll("#out article.card").length === 1`)
	var quotes []string
	p.eval(`[...document.querySelectorAll("#out .quote")].map(q => q.textContent)`, &quotes)
	sawStatus := false
	for _, q := range quotes {
		if strings.ContainsAny(q, "\x1b\u202e\x00") {
			t.Errorf("quote %q holds a raw control character", q)
		}
		if strings.HasPrefix(q, "HTTP/1.1 403 ") && strings.Contains(q, "red") {
			sawStatus = true
		}
	}
	if !sawStatus {
		t.Errorf("no quote of the status line among %q", quotes)
	}
}

// Long pastes render 50 cards at a time; the rest come on request.
func TestManyExchangesInBatches(t *testing.T) {
	p := newPage(t, 1024, 800)
	p.paste(strings.Repeat(issue2Example, 30)) // 60 exchanges
	p.waitFor(`document.querySelectorAll("#out article.card").length === 50`)
	var more string
	p.eval(`document.querySelector("#out button.more")?.textContent ?? ""`, &more)
	if more != "Show 10 more exchanges" {
		t.Errorf("button reads %q", more)
	}
	p.click("#out button.more")
	p.waitFor(`document.querySelectorAll("#out article.card").length === 60 && !document.querySelector("#out button.more")`)
	var focused string
	p.eval(`document.activeElement.matches("#out article.card") ? document.activeElement.querySelector(".idx").textContent : document.activeElement.tagName`, &focused)
	if focused != "#51 " {
		t.Errorf("after showing more, focus is on %q, want card #51", focused)
	}
	var status string
	p.eval(`document.getElementById("status").textContent`, &status)
	if !strings.HasPrefix(status, "60 exchanges") {
		t.Errorf("status %q, want it to count all 60 exchanges", status)
	}
}

// jsString is s as it appears inside a string of JavaScript's JSON.stringify
// (which, unlike Go's encoder, leaves <, > and & as they are).
func jsString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	out := strings.TrimSuffix(b.String(), "\n")
	return out[1 : len(out)-1]
}

// A session fetches the site's own files and nothing else: watched both in
// the browser (every request CDP reports) and at the server.
func TestOnlyOwnFilesAreFetched(t *testing.T) {
	var mu sync.Mutex
	var urls []string
	listen := chromedp.ActionFunc(func(ctx context.Context) error {
		chromedp.ListenTarget(ctx, func(ev any) {
			if e, ok := ev.(*network.EventRequestWillBeSent); ok {
				mu.Lock()
				urls = append(urls, e.Request.URL)
				mu.Unlock()
			}
		})
		return network.Enable().Do(ctx)
	})
	p := newPage(t, 1024, 800, listen)
	p.paste(issue2Example)
	p.waitFor(`document.querySelectorAll("#out article.card").length === 2`)
	p.paste("HTTP/1.1 401 Unauthorized\n\n")
	p.waitFor(`document.querySelectorAll("#out article.card").length === 1`)
	// Open every finding and the overruled signals, as a reader would.
	p.eval(`document.querySelectorAll("#out details").forEach(d => d.open = true)`, nil)

	mu.Lock()
	seen := append([]string(nil), urls...)
	mu.Unlock()
	// The site's own files are those of the build (the page's modules,
	// whatever their number).
	want := map[string]bool{"": true}
	entries, err := os.ReadDir(siteDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		want[e.Name()] = !e.IsDir()
	}
	got := map[string]bool{}
	for _, u := range seen {
		rest, ok := strings.CutPrefix(u, p.base)
		if !ok || !want[rest] {
			t.Errorf("the page requested %s, which is not one of its own files under %s", u, p.base)
		}
		got[rest] = true
	}
	for _, must := range []string{"", "app.js", "view.js", "cards.js", "engine.js", "worker.js", "style.css"} {
		if !got[must] {
			t.Errorf("CDP saw no request for %q (saw %q); is the listener working?", p.base+must, seen)
		}
	}
	// The worker's own fetches (wasm_exec.js, the module) reach the server,
	// not this page's CDP session.
	served := map[string]bool{}
	for _, path := range p.site.Requests() {
		served[path] = true
		if !strings.HasPrefix(path, prefix) {
			t.Errorf("the server was asked for %s, outside %s", path, prefix)
		}
	}
	for _, must := range []string{"wasm_exec.js", "authtriage.wasm"} {
		if !served[prefix+must] {
			t.Errorf("the server saw no request for %s%s", prefix, must)
		}
	}
}

// The bridge's own contract, called from the page: version, errors as data,
// options honoured, and still alive afterwards.
func TestBridgeFromPage(t *testing.T) {
	p := newPage(t, 800, 600)
	var res struct {
		Version   string `json:"version"`
		NotString string `json:"notString"`
		BadOpts   string `json:"badOpts"`
		Plain     string `json:"plain"`
		Disabled  string `json:"disabled"`
	}
	// Through the engine (the bridge runs in its worker); errors come back
	// as {error: {message}} rejections, re-wrapped here as the bridge's JSON.
	p.await(`(async () => {
		const e = await `+engineJS+`;
		const err = async (h) => { try { await h.promise; return "{}" } catch (x) { return JSON.stringify(x) } };
		const rules = async (h) => { await h.promise; return JSON.stringify((await e.exchanges()).items) };
		return {
			version: (await e.start()).version,
			notString: await err(e.analyze(42)),
			badOpts: await err(e.analyze("HTTP/1.1 401 Unauthorized\n\n", {disable: "AT1001"})),
			plain: await rules(e.analyze("HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n")),
			disabled: await rules(e.analyze("HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n", {disable: ["AT1001"]})),
		};
	})()`, &res)
	if !regexp.MustCompile(`^\d+\.\d+\.\d+`).MatchString(res.Version) {
		t.Errorf("authtriage.version = %q", res.Version)
	}
	for name, s := range map[string]string{"analyze(42)": res.NotString, "bad options": res.BadOpts} {
		var e struct {
			Error struct{ Message string } `json:"error"`
		}
		if err := json.Unmarshal([]byte(s), &e); err != nil || e.Error.Message == "" {
			t.Errorf("%s returned %s, want an error object", name, s)
		}
	}
	if !strings.Contains(res.Plain, `"rule":"AT1001"`) || strings.Contains(res.Disabled, `"rule":"AT1001"`) {
		t.Errorf("disable option not honoured:\nwithout: %s\nwith: %s", res.Plain, res.Disabled)
	}
	var footer string
	p.eval(`document.getElementById("version").textContent`, &footer)
	if footer != "v"+res.Version {
		t.Errorf("footer shows %q, want v%s", footer, res.Version)
	}
}

// Keyboard only: Tab from the paste reaches "Load example", Enter runs it,
// and the focused control is visibly outlined.
func TestKeyboardAndEmptyState(t *testing.T) {
	p := newPage(t, 1024, 800)
	var intro string
	p.eval(`document.querySelector("#out .empty")?.textContent ?? ""`, &intro)
	if !containsFold(intro, "paste") {
		t.Errorf("empty state has no intro: %q", intro)
	}
	var label string
	p.eval(`document.getElementById("paste").labels[0]?.textContent ?? ""`, &label)
	if label == "" {
		t.Error("the textarea has no label")
	}
	p.run(chromedp.Focus("#paste", chromedp.ByQuery), chromedp.KeyEvent("\t"))
	var focused struct {
		ID      string `json:"id"`
		Outline string `json:"outline"`
	}
	p.eval(`({id: document.activeElement.id, outline: getComputedStyle(document.activeElement).outlineStyle})`, &focused)
	if focused.ID != "example" || focused.Outline == "none" {
		t.Fatalf("after Tab from the paste: focus on %q with outline %q; want #example, outlined", focused.ID, focused.Outline)
	}
	p.run(chromedp.KeyEvent("\r"))
	p.waitFor(`document.querySelectorAll("#out article.card").length === 2`)
	// Clearing brings the intro back.
	p.click("#clear")
	p.waitFor(`!!document.querySelector("#out .empty")`)
}

// At 360 px nothing scrolls sideways; in dark mode the page is dark.
func TestNarrowAndDark(t *testing.T) {
	dark := emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}})
	p := newPage(t, 360, 740, dark)
	p.paste(issue2Example)
	p.waitFor(`document.querySelectorAll("#out article.card").length === 2`)
	var m struct {
		ScrollWidth int    `json:"scrollWidth"`
		Background  string `json:"background"`
	}
	p.eval(`({scrollWidth: document.documentElement.scrollWidth, background: getComputedStyle(document.body).backgroundColor})`, &m)
	if m.ScrollWidth > 360 {
		t.Errorf("page is %d px wide at a 360 px viewport", m.ScrollWidth)
	}
	var r, g, b int
	if _, err := fmt.Sscanf(m.Background, "rgb(%d, %d, %d)", &r, &g, &b); err != nil || r+g+b > 150 {
		t.Errorf("dark mode background is %q, want a dark colour", m.Background)
	}
	p.saveShot("screenshot-mobile-dark.png", p.shot())
}

// The screenshots for the README: the issue's example, light and dark.
func TestScreenshots(t *testing.T) {
	for _, mode := range []string{"light", "dark"} {
		t.Run(mode, func(t *testing.T) {
			dark := emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: mode}})
			p := newPage(t, 1280, 1180, dark)
			p.paste(issue2Example)
			p.waitFor(`document.querySelectorAll("#out article.card").length === 2`)
			// Let the debounce pass once more and fonts settle.
			p.waitFor(`document.getElementById("status").textContent.startsWith("2 exchanges")`)
			var buf []byte
			p.run(chromedp.CaptureScreenshot(&buf))
			img, err := png.Decode(bytes.NewReader(buf))
			if err != nil {
				t.Fatalf("screenshot is not a PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 1180 {
				t.Errorf("screenshot is %v, want 1280×1180", b)
			}
			name := "screenshot.png"
			if mode == "dark" {
				name = "screenshot-dark.png"
			}
			t.Logf("screenshot: %s", p.saveShot(name, buf))
		})
	}
}
