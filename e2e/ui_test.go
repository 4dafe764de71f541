//go:build !js

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		p.run(chromedp.Click("#clear", chromedp.ByQuery))
		p.waitFor(`!!document.querySelector("#out .gallery")`)
		p.run(chromedp.Click(`#out .gallery button[data-example="`+id+`"]`, chromedp.ByQuery))
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
	p.run(chromedp.Click(`#file-list button[data-file="1"]`, chromedp.ByQuery))
	p.waitFor(`document.querySelector('#file-list button[data-file="1"]').getAttribute("aria-current") === "true" && ` + cardCount(2) + ` && document.querySelector("#out article.card:nth-child(2)")?.dataset.verdict === "authorization"`)
	// The raw message of a file's exchange comes from the worker.
	p.run(chromedp.Click(`#out article.card details.raw > summary`, chromedp.ByQuery))
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
	p.run(chromedp.Click(`#out .gallery button[data-example="docker"]`, chromedp.ByQuery))
	p.waitFor(cardCount(3))
	var chips []string
	p.eval(`[...document.querySelectorAll("#summary button[data-filter]")].map(b => b.dataset.value + "=" + b.querySelector(".chip-count").textContent + "/" + b.getAttribute("aria-pressed"))`, &chips)
	joined := strings.Join(chips, " ")
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
	p.run(chromedp.Click(`#summary button[data-value="authorization"]`, chromedp.ByQuery))
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
	p.run(chromedp.Click(`#summary button[data-filter="severities"][data-value="`+sev+`"]`, chromedp.ByQuery))
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
	p.run(chromedp.Click(`#clear-filters`, chromedp.ByQuery))
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
	p.run(chromedp.Click(link, chromedp.ByQuery))
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
