//go:build !js

package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Each gallery example is one click away and gets the verdicts it teaches.
func TestGallery(t *testing.T) {
	p := newPage(t, 1280, 900)
	want := map[string][]string{
		"explainer":  {"authentication", "authorization"},
		"docker":     {"authentication", "none", "authorization"},
		"k8s":        {"authentication"},
		"cloudflare": {"blocked"},
		"cors":       {"none", "authentication"},
		"s3":         {"authentication"},
	}
	var ids []string
	p.eval(`[...document.querySelectorAll("#out .gallery button[data-example]")].map(b => b.dataset.example)`, &ids)
	if len(ids) != len(want) {
		t.Fatalf("gallery holds %q, want the %d examples", ids, len(want))
	}
	var captions []string
	p.eval(`[...document.querySelectorAll("#out .gallery .gallery-cap")].map(c => c.textContent)`, &captions)
	for i, c := range captions {
		if len(c) < 20 {
			t.Errorf("example %s has no real caption: %q", ids[i], c)
		}
	}
	for _, id := range ids {
		// Back to the empty state, then one click on the example.
		p.click("#clear")
		p.waitFor(`!!document.querySelector("#out .gallery")`)
		p.click(`#out .gallery button[data-example="` + id + `"]`)
		p.waitFor(fmt.Sprintf(`document.querySelectorAll("#out article.card").length === %d`, len(want[id])))
		var got []string
		p.eval(`[...document.querySelectorAll("#out article.card")].map(c => c.dataset.verdict)`, &got)
		if strings.Join(got, ",") != strings.Join(want[id], ",") {
			t.Errorf("example %s: verdicts %q, want %q", id, got, want[id])
		}
	}
}

// secretPaste holds a Basic password, a cookie value and a JWT.
const secretPaste = `GET /api/orders HTTP/1.1
Host: api.example.com
Authorization: Basic YWxpY2U6aHVudGVyMi1zM2NyZXQ=
Cookie: sid=c00k1e-V4LUE-9f8e7d

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Basic realm="orders"

GET /api/orders HTTP/1.1
Host: api.example.com
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNlY3JldC14eXo

HTTP/1.1 403 Forbidden
Content-Length: 0
`

var secretValues = []string{"YWxpY2U6aHVudGVyMi1zM2NyZXQ=", "c00k1e-V4LUE-9f8e7d", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNlY3JldC14eXo"}

const testHAR = `{"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [
 {"startedDateTime": "2026-11-24T10:00:00Z", "time": 10,
  "request": {"method": "GET", "url": "https://api.example.com/v1/me", "httpVersion": "HTTP/1.1",
   "headers": [{"name": "Host", "value": "api.example.com"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
  "response": {"status": 401, "statusText": "Unauthorized", "httpVersion": "HTTP/1.1",
   "headers": [{"name": "WWW-Authenticate", "value": "Bearer realm=\"api\""}, {"name": "Content-Length", "value": "0"}],
   "cookies": [], "content": {"size": 0, "mimeType": "text/plain"}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
  "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 0}},
 {"startedDateTime": "2026-11-24T10:00:01Z", "time": 10,
  "request": {"method": "GET", "url": "https://api.example.com/v1/admin", "httpVersion": "HTTP/1.1",
   "headers": [{"name": "Host", "value": "api.example.com"}, {"name": "Authorization", "value": "Bearer abc.def.ghi"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
  "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
   "headers": [{"name": "Content-Type", "value": "application/json"}],
   "cookies": [], "content": {"size": 2, "mimeType": "application/json", "text": "{}"}, "redirectURL": "", "headersSize": -1, "bodySize": 2},
  "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 0}}
]}}
`

func cardCount(n int) string {
	return fmt.Sprintf(`document.querySelectorAll("#out article.card").length === %d`, n)
}

// Picking a HAR and a text file: each is analysed on its own, both are
// listed with their counts, and either can be shown.
func TestOpenFiles(t *testing.T) {
	dir := t.TempDir()
	har := filepath.Join(dir, "session.har")
	txt := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(har, []byte(testHAR), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(txt, []byte(issue2Example), 0o644); err != nil {
		t.Fatal(err)
	}
	p := newPage(t, 1280, 900)
	var accept string
	p.eval(`document.getElementById("file-input").accept + "|" + document.getElementById("file-input").multiple`, &accept)
	if !strings.Contains(accept, ".har") || !strings.Contains(accept, ".txt") || !strings.HasSuffix(accept, "|true") {
		t.Errorf("file input accepts %q", accept)
	}
	p.run(chromedp.SetUploadFiles("#file-input", []string{har, txt}, chromedp.ByQuery))
	p.waitFor(`document.querySelectorAll("#file-list button[data-file]").length === 2 && !document.querySelector("#file-list").textContent.includes("waiting") && ` + cardCount(2))
	var files []string
	p.eval(`[...document.querySelectorAll("#file-list button[data-file]")].map(b => b.getAttribute("aria-current") + "|" + b.textContent)`, &files)
	if len(files) != 2 || !strings.HasPrefix(files[0], "true|session.har") || !strings.Contains(files[0], "2 exchanges") || !strings.Contains(files[1], "notes.txt") || !strings.Contains(files[1], "2 exchanges") {
		t.Errorf("file list %q", files)
	}
	var got []string
	p.eval(`[...document.querySelectorAll("#out article.card")].map(c => c.dataset.verdict + " " + c.querySelector(".card-what").textContent)`, &got)
	if len(got) != 2 || !strings.HasPrefix(got[0], "authentication") || !strings.Contains(got[0], "/v1/me") || !strings.HasPrefix(got[1], "none") {
		t.Errorf("HAR cards %q", got)
	}
	var src string
	p.eval(`document.getElementById("source").textContent`, &src)
	if !strings.Contains(src, "session.har") {
		t.Errorf("source line %q does not name the file", src)
	}
	// The second file: the 401/403 pair.
	p.click(`#file-list button[data-file="1"]`)
	p.waitFor(`document.querySelector('#file-list button[data-file="1"]').getAttribute("aria-current") === "true" && ` + cardCount(2) + ` && document.querySelector("#out article.card:nth-child(2)")?.dataset.verdict === "authorization"`)
	// The raw message of a file's exchange comes from the worker.
	p.click(`#out article.card details.raw > summary`)
	p.waitFor(`!!document.querySelector("#out article.card details.raw .raw-line")`)
	var raw string
	p.eval(`document.querySelector("#out article.card details.raw .raw-text").textContent`, &raw)
	if !strings.Contains(raw, "HTTP/1.1 401 Unauthorized") {
		t.Errorf("raw message of the text file's first exchange: %q", raw)
	}
	// Typing in the paste leaves the files behind.
	p.paste("HTTP/1.1 403 Forbidden\n\n")
	p.waitFor(cardCount(1) + ` && document.getElementById("files").hidden`)
}

// The summary bar counts by class and severity, and its buttons filter.
func TestSummaryAndFilters(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.click(`#out .gallery button[data-example="docker"]`)
	p.waitFor(cardCount(3))
	var chips []string
	p.eval(`[...document.querySelectorAll("#summary button[data-filter]")].map(b => b.dataset.value + "=" + b.querySelector(".chip-count").textContent + "/" + b.getAttribute("aria-pressed"))`, &chips)
	joined := strings.Join(chips, " ")
	var bar string
	p.eval(`document.getElementById("summary").textContent`, &bar)
	if strings.Contains(bar, "null") || strings.Contains(bar, "undefined") {
		t.Errorf("summary bar reads %q", bar)
	}
	for _, want := range []string{"authentication=1/false", "authorization=1/false", "none=1/false"} {
		if !strings.Contains(joined, want) {
			t.Errorf("summary chips %q lack %s", chips, want)
		}
	}
	var sevTotal int
	p.eval(`[...document.querySelectorAll('#summary button[data-filter="severities"] .chip-count')].reduce((a, c) => a + Number(c.textContent), 0)`, &sevTotal)
	var findings int
	p.eval(`document.querySelectorAll("#out details.finding").length`, &findings)
	if sevTotal == 0 || sevTotal != findings {
		t.Errorf("severity chips count %d findings, the cards show %d", sevTotal, findings)
	}
	// Only authorization.
	p.click(`#summary button[data-value="authorization"]`)
	p.waitFor(cardCount(1) + ` && document.querySelector("#out article.card").dataset.verdict === "authorization"`)
	var pressed, note string
	p.eval(`document.querySelector('#summary button[data-value="authorization"]').getAttribute("aria-pressed")`, &pressed)
	p.eval(`document.querySelector("#out .filter-note")?.textContent ?? ""`, &note)
	if pressed != "true" || !strings.Contains(note, "1 exchange of 3") {
		t.Errorf("pressed=%q note=%q", pressed, note)
	}
	// Keyboard: the focused chip toggles back with Enter.
	p.run(chromedp.Focus(`#summary button[data-value="authorization"]`, chromedp.ByQuery), chromedp.KeyEvent("\r"))
	p.waitFor(cardCount(3))
	// Severity filter: only exchanges with a finding of that severity.
	var sev string
	p.eval(`document.querySelector("#out article.card details.finding").dataset.severity`, &sev)
	p.click(`#summary button[data-filter="severities"][data-value="` + sev + `"]`)
	p.waitFor(`document.querySelector('#summary button[data-value="` + sev + `"]').getAttribute("aria-pressed") === "true" && !!document.querySelector("#out .filter-note")`)
	var sevs [][]string
	p.eval(`[...document.querySelectorAll("#out article.card")].map(c => [...c.querySelectorAll("details.finding")].map(f => f.dataset.severity))`, &sevs)
	if len(sevs) == 0 || len(sevs) == 3 {
		t.Errorf("severity %s filter kept %d of 3 cards", sev, len(sevs))
	}
	for _, s := range sevs {
		if !strings.Contains(strings.Join(s, ","), sev) {
			t.Errorf("card with severities %q passed the %s filter", s, sev)
		}
	}
	p.click(`#clear-filters`)
	p.waitFor(cardCount(3))
	// Free text.
	p.run(chromedp.SendKeys("#filter-text", "insufficient", chromedp.ByQuery))
	p.waitFor(cardCount(1) + ` && document.querySelector("#out article.card").dataset.verdict === "authorization"`)
}

// A finding's evidence line is a link: it opens the card's raw message at
// that line and highlights it, by mouse or keyboard, without touching the URL.
func TestEvidenceLinkHighlightsLine(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.paste(issue2Example)
	p.waitFor(cardCount(2))
	var href string
	p.eval(`location.href`, &href)
	const link = `#out article.card:nth-child(2) details.finding a.line[data-line]`
	var want int
	p.eval(`Number(document.querySelector("`+link+`").dataset.line)`, &want)
	p.click(link)
	p.waitFor(`document.activeElement.classList.contains("raw-line")`)
	var res struct {
		Line    int    `json:"line"`
		Text    string `json:"text"`
		Current bool   `json:"current"`
		Hit     bool   `json:"hit"`
		Open    bool   `json:"open"`
		Hits    int    `json:"hits"`
		Href    string `json:"href"`
		BG      string `json:"bg"`
	}
	const read = `(() => { const a = document.activeElement; return {
		line: Number(a.dataset.line), text: a.textContent, current: a.classList.contains("current"), hit: a.classList.contains("hit"),
		open: a.closest("details.raw").open, hits: a.closest("pre").querySelectorAll(".hit").length, href: location.href,
		bg: getComputedStyle(a).backgroundColor}})()`
	p.eval(read, &res)
	if res.Line != want || !res.Current || !res.Hit || !res.Open || !strings.Contains(res.Text, "HTTP/1.1 403 Forbidden") {
		t.Errorf("after clicking line %d: %+v", want, res)
	}
	if res.Hits < 1 || res.BG == "rgba(0, 0, 0, 0)" {
		t.Errorf("cited lines are not highlighted: %+v", res)
	}
	if res.Href != href {
		t.Errorf("following an evidence link changed the URL to %s", res.Href)
	}
	// By keyboard: a reason's line link in the first card, with Enter.
	const link1 = `#out article.card:nth-child(1) .reasons a.line[data-line]`
	p.eval(`Number(document.querySelector("`+link1+`").dataset.line)`, &want)
	p.run(chromedp.Focus(link1, chromedp.ByQuery), chromedp.KeyEvent("\r"))
	p.waitFor(fmt.Sprintf(`document.activeElement.classList.contains("raw-line") && document.activeElement.dataset.line === "%d" && document.activeElement.closest("article").matches(":nth-child(1)")`, want))
	p.eval(read, &res)
	if !res.Current || !strings.Contains(res.Text, "WWW-Authenticate") {
		t.Errorf("keyboard: %+v", res)
	}
	var currents int
	p.eval(`document.querySelectorAll("#out .raw-line.current").length`, &currents)
	if currents != 1 {
		t.Errorf("%d lines marked current, want 1", currents)
	}
}

// hookDownloads records every Blob the page turns into a URL, and the file
// name of every download link it clicks, without saving anything.
const hookDownloads = `(() => {
	window.__blobs = [];
	window.__downloads = [];
	const create = URL.createObjectURL;
	URL.createObjectURL = (b) => { window.__blobs.push(b); return create.call(URL, b) };
	HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.download + "|" + this.getAttribute("href").slice(0, 5)) };
	return true;
})()`

// export clicks an export button and returns the text of the Blob it made.
func (p *page) export(button string) (name, text string) {
	p.t.Helper()
	var before int
	p.eval(`window.__blobs.length`, &before)
	p.click(button)
	p.waitFor(fmt.Sprintf(`window.__blobs.length === %d`, before+1))
	var res []string
	p.run(chromedp.Evaluate(`Promise.all([window.__downloads.at(-1), window.__blobs.at(-1).text()])`, &res, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
	return res[0], res[1]
}

// Credentials are named (kind and line, never the value), and exports leave
// them out unless the user ticks the box.
func TestSecretsAndExports(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.eval(hookDownloads, nil)
	p.paste(secretPaste)
	p.waitFor(cardCount(2) + ` && !document.getElementById("secrets").hidden`)
	var notice string
	p.eval(`document.getElementById("secrets").textContent`, &notice)
	for _, want := range []string{"line 3", "line 4", "line 11", "nothing you paste or open is sent anywhere"} {
		if !strings.Contains(notice, want) {
			t.Errorf("secrets notice lacks %q: %s", want, notice)
		}
	}
	for _, v := range secretValues {
		if strings.Contains(notice, v) || strings.Contains(notice, v[:12]) {
			t.Errorf("secrets notice shows the value %q", v)
		}
	}
	var checked bool
	p.eval(`document.getElementById("keep-secrets").checked`, &checked)
	if checked {
		t.Fatal("keep secrets is ticked by default")
	}
	exts := map[string]string{"#export-md": ".md", "#export-json": ".json", "#export-sarif": ".sarif"}
	for btn, ext := range exts {
		name, text := p.export(btn)
		if !strings.HasPrefix(name, "authtriage-report") || !strings.Contains(name, ext+"|blob:") {
			t.Errorf("%s downloads %q", btn, name)
		}
		if !strings.Contains(text, "401") {
			t.Errorf("%s: export does not look like a report:\n%.300s", btn, text)
		}
		for _, v := range secretValues {
			if strings.Contains(text, v) {
				t.Errorf("%s: redacted export holds %q", btn, v)
			}
		}
		if ext == ".json" {
			var v map[string]any
			if err := json.Unmarshal([]byte(text), &v); err != nil {
				t.Errorf("JSON export does not parse: %v", err)
			}
		}
	}
	// Opting in: a warning sentence, and the values are in the export.
	p.click("#keep-secrets")
	var note string
	p.eval(`document.getElementById("keep-secrets-note").hidden ? "" : document.getElementById("keep-secrets-note").textContent`, &note)
	if !strings.Contains(note, "credentials") {
		t.Errorf("no confirmation sentence when keeping secrets: %q", note)
	}
	_, text := p.export("#export-md")
	for _, v := range secretValues[2:] { // the JWT is quoted in the findings
		if !strings.Contains(text, v) {
			t.Errorf("unredacted export lacks %q", v)
		}
	}
	_, text = p.export("#export-json")
	if !strings.Contains(text, "YWxpY2U6aHVudGVyMi1zM2NyZXQ=") && !strings.Contains(text, "hunter2-s3cret") {
		t.Errorf("unredacted JSON export lacks the Basic credentials")
	}
	// Nothing went to storage or cookies.
	var stored string
	p.eval(`localStorage.length + "/" + sessionStorage.length + "/" + document.cookie`, &stored)
	if stored != "0/0/" {
		t.Errorf("storage/cookies: %s", stored)
	}
}

// A token sent with every request is one credential written in several
// places: the notice counts values, names the places' lines, and still
// shows no value.
func TestSecretsNoticeCountsValues(t *testing.T) {
	p := newPage(t, 1280, 900)
	const tok = "Rk4wLm9Tq2Zx7Vb3Nc8Hy"
	p.paste("GET /v2/reports HTTP/1.1\nHost: api.example.org\nAuthorization: Bearer " + tok + "\n\nHTTP/1.1 401 Unauthorized\n\n" +
		"GET /v2/reports HTTP/1.1\nHost: api.example.org\nAuthorization: Bearer " + tok + "\n\nHTTP/1.1 403 Forbidden\n")
	p.waitFor(cardCount(2) + ` && !document.getElementById("secrets").hidden`)
	var notice string
	p.eval(`document.getElementById("secrets").textContent`, &notice)
	for _, want := range []string{"holds 1 credential, written in 2 places", "(lines 3, 9)"} {
		if !strings.Contains(notice, want) {
			t.Errorf("secrets notice lacks %q: %s", want, notice)
		}
	}
	if strings.Contains(notice, tok[:8]) {
		t.Errorf("secrets notice shows the value: %s", notice)
	}
	p.click("#share")
	p.click("#share-confirm")
	p.waitFor(`!!document.getElementById("share-url")`)
	var panel string
	p.eval(`document.getElementById("share-panel").textContent`, &panel)
	if !strings.Contains(panel, "1 credential masked in 2 places") || strings.Contains(panel, tok[:8]) {
		t.Errorf("share panel: %s", panel)
	}
}

// The share link: a warning first; the fragment holds the masked input and
// no secret; opening it restores the masked text; too big is refused.
func TestShareLink(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.paste(secretPaste)
	p.waitFor(cardCount(2))
	var hash string
	p.eval(`location.hash`, &hash)
	if hash != "" {
		t.Fatalf("the URL has a fragment before sharing: %q", hash)
	}
	p.click("#share")
	var warning string
	p.eval(`document.getElementById("share-panel").textContent`, &warning)
	if !containsFold(warning, "anyone who gets the link") {
		t.Errorf("no warning before making the link: %q", warning)
	}
	p.eval(`location.hash`, &hash)
	if hash != "" {
		t.Fatalf("the link was made before confirming: %q", hash)
	}
	var histBefore, histLen int
	p.eval(`history.length`, &histBefore)
	p.click("#share-confirm")
	p.waitFor(`!!document.getElementById("share-url") && !document.getElementById("share-copied").textContent.startsWith("Copying")`)
	var link, href string
	p.eval(`document.getElementById("share-url").value`, &link)
	p.eval(`location.href`, &href)
	if strings.Contains(href, "#") || !strings.HasPrefix(link, href+"#paste=") {
		t.Errorf("shown link %q, address %q: the link must not enter the address bar", link, href)
	}
	p.eval(`history.length`, &histLen)
	if histLen != histBefore {
		t.Errorf("history has %d entries after sharing, %d before", histLen, histBefore)
	}
	_, frag, ok := strings.Cut(link, "#paste=")
	if !ok {
		t.Fatalf("link %q has no #paste=", link)
	}
	raw, err := base64.RawURLEncoding.DecodeString(frag)
	if err != nil {
		t.Fatalf("fragment is not base64url: %v", err)
	}
	shared := string(raw)
	for _, v := range secretValues {
		if strings.Contains(shared, v) || strings.Contains(frag, v) {
			t.Errorf("the link carries %q", v)
		}
	}
	if !strings.Contains(shared, "[redacted]") || !strings.Contains(shared, "HTTP/1.1 403 Forbidden") {
		t.Errorf("shared text:\n%s", shared)
	}
	// Opening the link in a fresh tab restores the masked text.
	q := newPage(t, 1024, 800)
	q.run(chromedp.Navigate(link))
	var ready bool
	q.run(chromedp.Poll(`document.documentElement.dataset.ready === "true"`, &ready, noPollLimit))
	q.waitFor(cardCount(2))
	var restored string
	q.eval(`document.getElementById("paste").value`, &restored)
	if restored != shared {
		t.Errorf("restored paste differs from the shared text:\n%q\n%q", restored, shared)
	}
	// Too big for a URL: refused with a message.
	p.paste(strings.Repeat(issue2Example, 700))
	p.waitFor(cardCount(50))
	p.click("#share")
	p.click("#share-confirm")
	p.waitFor(`!!document.querySelector("#share-panel .share-refused")`)
}

// "/" focuses the paste from anywhere except a text field.
func TestFocusShortcut(t *testing.T) {
	p := newPage(t, 1280, 900)
	var hint string
	p.eval(`document.getElementById("paste-help").textContent`, &hint)
	if !strings.Contains(hint, "/") {
		t.Errorf("the shortcut is not shown: %q", hint)
	}
	p.run(chromedp.Focus("#example", chromedp.ByQuery), slashKey())
	var id, value string
	p.eval(`document.activeElement.id`, &id)
	p.eval(`document.getElementById("paste").value`, &value)
	if id != "paste" || value != "" {
		t.Errorf("after / on a button: focus on %q, paste %q", id, value)
	}
	// In a text field "/" is typed, not taken.
	p.paste(issue2Example)
	p.waitFor(cardCount(2))
	p.run(chromedp.Focus("#filter-text", chromedp.ByQuery), slashKey())
	p.eval(`document.activeElement.id + "|" + document.getElementById("filter-text").value`, &id)
	if id != "filter-text|/" {
		t.Errorf("in the filter field: %q", id)
	}
}

// slashKey presses "/" as a keyboard does: one keyDown that carries the text
// (chromedp.KeyEvent sends the character as a separate event, which a page's
// preventDefault on keydown cannot stop), then keyUp.
func slashKey() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyDown).WithKey("/").WithCode("Slash").WithText("/").WithUnmodifiedText("/").WithWindowsVirtualKeyCode(191).WithNativeVirtualKeyCode(191)
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191).WithNativeVirtualKeyCode(191).Do(ctx)
	})
}

// Screenshots of the page at work for the README: the empty state with the
// gallery (1280 px, light), an example with its evidence opened (1280 px,
// dark), and a phone width (360 px, light) with no sideways scrolling.
func TestUIScreenshots(t *testing.T) {
	scheme := func(mode string) chromedp.Action {
		return emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: mode}})
	}
	t.Run("gallery-light", func(t *testing.T) {
		p := newPage(t, 1280, 900, scheme("light"))
		p.waitFor(`!!document.querySelector("#out .gallery")`)
		var buf []byte
		p.run(chromedp.CaptureScreenshot(&buf))
		t.Logf("screenshot: %s", p.saveShot("ui-gallery.png", buf))
	})
	t.Run("results-dark", func(t *testing.T) {
		p := newPage(t, 1280, 1100, scheme("dark"))
		p.click(`#out .gallery button[data-example="cors"]`)
		p.waitFor(cardCount(2))
		p.click(`#out article.card:nth-child(2) .reasons a.line`)
		p.waitFor(`document.activeElement.classList.contains("raw-line")`)
		var bg string
		p.eval(`getComputedStyle(document.body).backgroundColor`, &bg)
		var r, g, b int
		if _, err := fmt.Sscanf(bg, "rgb(%d, %d, %d)", &r, &g, &b); err != nil || r+g+b > 150 {
			t.Errorf("dark background is %q", bg)
		}
		p.run(chromedp.Evaluate(`window.scrollTo(0, 0)`, nil))
		var buf []byte
		p.run(chromedp.CaptureScreenshot(&buf))
		t.Logf("screenshot: %s", p.saveShot("ui-results-dark.png", buf))
	})
	t.Run("evidence-light", func(t *testing.T) {
		p := newPage(t, 1280, 900, scheme("light"))
		p.click(`#out .gallery button[data-example="s3"]`)
		p.waitFor(cardCount(1))
		// The finding that names the vendor's error, opened, then its first
		// evidence line (a folded finding's links are not on the screen).
		// (folded when the paste has more than four findings, open otherwise)
		var open bool
		p.eval(`document.querySelector('#out article.card details.finding[data-rule="AT7033"]').open`, &open)
		if !open {
			p.click(`#out article.card details.finding[data-rule="AT7033"] summary`)
		}
		p.waitFor(`document.querySelector('#out article.card details.finding[data-rule="AT7033"]').open`)
		p.click(`#out article.card details.finding[data-rule="AT7033"] a.line`)
		p.waitFor(`document.activeElement.classList.contains("raw-line")`)
		// The highlighted line mid-screen, its card's findings above it.
		p.run(chromedp.Evaluate(`document.activeElement.closest("details.raw").scrollIntoView({block: "end"}); window.scrollBy(0, 120); true`, nil))
		var buf []byte
		p.run(chromedp.CaptureScreenshot(&buf))
		t.Logf("screenshot: %s", p.saveShot("ui-evidence.png", buf))
	})
	t.Run("capture-light", func(t *testing.T) {
		// A cross-origin API that allows the page's origin but exposes no
		// header: its 401 reaches the script without WWW-Authenticate.
		api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
			w.Header().Set("Access-Control-Allow-Headers", "Authorization")
			if r.Method == http.MethodOptions {
				w.WriteHeader(http.StatusNoContent)
				return
			}
			w.Header().Set("WWW-Authenticate", `Bearer realm="api", error="invalid_token"`)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"error":"invalid_token"}`))
		}))
		t.Cleanup(api.Close)
		p := newPage(t, 1280, 1000, scheme("light"))
		p.eval(`document.getElementById("capture").open = true`, nil)
		p.run(chromedp.SendKeys("#capture-url", api.URL+"/v1/me", chromedp.ByQuery),
			chromedp.SendKeys("#capture-headers", "Authorization: Bearer expired-token", chromedp.ByQuery))
		p.click("#capture-send")
		p.waitFor(`document.getElementById("capture-result").textContent.includes("not exposed") && ` + cardCount(1))
		p.run(chromedp.Evaluate(`document.getElementById("capture-send").scrollIntoView(); window.scrollBy(0, -40); true`, nil))
		var buf []byte
		p.run(chromedp.CaptureScreenshot(&buf))
		t.Logf("screenshot: %s", p.saveShot("ui-capture.png", buf))
	})
	t.Run("mobile-light", func(t *testing.T) {
		p := newPage(t, 360, 800, scheme("light"))
		p.click(`#out .gallery button[data-example="k8s"]`)
		p.waitFor(cardCount(1))
		p.run(chromedp.Evaluate(`document.getElementById("capture").open = true; document.querySelectorAll("#out details.raw").forEach(d => d.open = true); true`, nil))
		p.waitFor(`!!document.querySelector("#out .raw-line")`)
		var width int
		p.eval(`document.documentElement.scrollWidth`, &width)
		if width > 360 {
			t.Errorf("page is %d px wide at 360 px", width)
		}
		t.Logf("screenshot: %s", p.saveShot("ui-mobile.png", p.shot()))
	})
}

// bigHAR writes a HAR of n entries (a 401 and a 200 alternating, each with a
// padded body) and returns its path.
func bigHAR(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [`)
	pad := strings.Repeat("x", 2000)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		status, text := 401, "Unauthorized"
		if i%2 == 1 {
			status, text = 200, "OK"
		}
		fmt.Fprintf(&b, `{"startedDateTime": "2026-11-24T10:00:00Z", "time": 1, "request": {"method": "GET", "url": "https://api.example.com/v1/items/%d", "httpVersion": "HTTP/1.1", "headers": [{"name": "Host", "value": "api.example.com"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0}, "response": {"status": %d, "statusText": %q, "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "text/plain"}], "cookies": [], "content": {"size": 2000, "mimeType": "text/plain", "text": %q}, "redirectURL": "", "headersSize": -1, "bodySize": 2000}, "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}}`, i, status, text, pad)
	}
	b.WriteString("]}}\n")
	path := filepath.Join(t.TempDir(), "big.har")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A long analysis shows a progress bar and a Cancel button; Cancel stops it
// and says so; opening the file again works.
func TestProgressAndCancel(t *testing.T) {
	path := bigHAR(t, 6000) // about 14 MB
	p := newPage(t, 1280, 900)
	var hidden bool
	p.eval(`document.getElementById("progress-row").hidden`, &hidden)
	if !hidden {
		t.Error("the progress bar shows before any work")
	}
	p.run(chromedp.SetUploadFiles("#file-input", []string{path}, chromedp.ByQuery))
	p.waitFor(`!document.getElementById("progress-row").hidden`)
	var label string
	p.eval(`document.getElementById("progress-label").textContent`, &label)
	if !strings.Contains(label, "big.har") {
		t.Errorf("progress label %q does not name the file", label)
	}
	p.click("#cancel")
	p.waitFor(`document.getElementById("status").textContent === "Cancelled." && document.getElementById("progress-row").hidden && !!document.querySelector("#out .cancelled")`)
	// Again, to the end this time.
	p.run(chromedp.SetUploadFiles("#file-input", []string{path}, chromedp.ByQuery))
	var ok bool
	p.run(chromedp.Poll(cardCount(50)+` && document.getElementById("progress-row").hidden`, &ok, noPollLimit))
	var status, more string
	p.eval(`document.getElementById("status").textContent`, &status)
	p.eval(`document.querySelector("#out button.more")?.textContent ?? ""`, &more)
	if !strings.HasPrefix(status, "6000 exchanges") || !strings.Contains(more, "5950") {
		t.Errorf("status %q, more button %q", status, more)
	}
}

// A file over the analyzer's 64 MiB limit is refused by its size, before
// anything reads it; the page keeps working.
func TestTooLargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.log")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 65 MiB on paper, nothing on disk.
	if err := f.Truncate(65 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	p := newPage(t, 1280, 900)
	p.run(chromedp.SetUploadFiles("#file-input", []string{path}, chromedp.ByQuery))
	p.waitFor(`!!document.querySelector("#out .error")`)
	var msg string
	p.eval(`document.querySelector("#out .error").textContent + "|" + document.getElementById("file-list").textContent`, &msg)
	if !strings.Contains(msg, "too large") || !strings.Contains(msg, "64 MiB") || !strings.Contains(msg, "could not be read") {
		t.Errorf("error state: %q", msg)
	}
	p.paste(issue2Example)
	p.waitFor(cardCount(2))
}

// Dropping files on the paste area opens them like the picker: here a text
// log and a HAR, built in the page and dropped with a DataTransfer.
func TestDropFiles(t *testing.T) {
	p := newPage(t, 1280, 900)
	q, _ := json.Marshal(testHAR)
	p.eval(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%s], "pair.log", {type: "text/plain"}));
		dt.items.add(new File([%s], "session.har", {type: "application/json"}));
		const area = document.getElementById("paste");
		const over = new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true});
		area.dispatchEvent(over);
		window.__hinted = !document.getElementById("drop-hint").hidden && over.defaultPrevented;
		area.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true;
	})()`, mustJSON(issue2Example), q), nil)
	var hinted bool
	p.eval(`window.__hinted`, &hinted)
	if !hinted {
		t.Error("dragging files over the paste shows no drop hint")
	}
	p.waitFor(`document.querySelectorAll("#file-list button[data-file]").length === 2 && !document.getElementById("file-list").textContent.includes("waiting") && ` + cardCount(2))
	var got []string
	p.eval(`[...document.querySelectorAll("#out article.card")].map(c => c.dataset.verdict)`, &got)
	if strings.Join(got, ",") != "authentication,authorization" {
		t.Errorf("first dropped file (the log): verdicts %q", got)
	}
	var paste string
	p.eval(`document.getElementById("paste").value + "|" + document.getElementById("drop-hint").hidden`, &paste)
	if paste != "|true" {
		t.Errorf("after the drop, paste and hint: %q", paste)
	}
	p.click(`#file-list button[data-file="1"]`)
	p.waitFor(`document.querySelector('#file-list button[data-file="1"]').getAttribute("aria-current") === "true" && ` + cardCount(2) + ` && document.querySelector("#out article.card").dataset.verdict === "authentication" && document.querySelector("#out article.card:nth-child(2)").dataset.verdict === "none"`)
}

func mustJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// The error state names the line, quotes it, and shows it highlighted among
// its neighbours from the paste.
func TestErrorState(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.paste("{\n  \"log\": {\n    \"entries\": [\n      {\"request\": ]\n    }\n  }\n}\n")
	p.waitFor(`!!document.querySelector("#out .error")`)
	var res struct {
		Status  string `json:"status"`
		Line    string `json:"line"`
		Text    string `json:"text"`
		Context int    `json:"context"`
		Summary bool   `json:"summary"`
	}
	p.eval(`(() => { const c = document.querySelector("#out .error .raw-line.current"); return {
		status: document.getElementById("status").textContent, line: c?.dataset.line ?? "", text: c?.textContent ?? "",
		context: document.querySelectorAll("#out .error .raw-line").length, summary: !document.getElementById("summary").hidden}})()`, &res)
	if !strings.HasPrefix(res.Status, "Error on line "+res.Line) || res.Line == "" {
		t.Fatalf("status %q, highlighted line %q", res.Status, res.Line)
	}
	var want string
	p.eval(`document.getElementById("paste").value.split("\n")[`+res.Line+` - 1]`, &want)
	if !strings.Contains(res.Text, want) || res.Context < 3 || res.Summary {
		t.Errorf("error context: %+v; want line %s (%q) among its neighbours, no summary bar", res, res.Line, want)
	}
}
