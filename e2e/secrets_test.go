//go:build !js

package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/authtriage/authtriage/internal/planted"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Planted credentials are masked in every output of the page: the
// Markdown, JSON and SARIF exports, the share link and the notice; the JSON
// export is the report the page shows, apart from the masking. Every one of
// them (919 in 360 paste forms) is checked natively over the same outputs,
// the share text included (classifier's TestPlantedSecretsInEveryOutput, the
// CLI's test); the page adds its own plumbing, which every third paste form
// exercises as well as all of them, in a third of the time (about 6 minutes
// for all on the 2-core machine). AUTHTRIAGE_E2E_ALL_PLANTED=1 runs them all.
func TestPlantedSecretsInPage(t *testing.T) {
	cases := planted.Cases()
	if os.Getenv("AUTHTRIAGE_E2E_ALL_PLANTED") == "" {
		var every3 []planted.Case
		for i, c := range cases {
			if i%3 == 0 {
				every3 = append(every3, c)
			}
		}
		cases = every3
	}
	total, masked, unread := 0, 0, 0
	const perPage = 6 // one browser per few cases keeps each within its deadline
	for from := 0; from < len(cases); from += perPage {
		p := newPage(t, 1280, 900)
		p.eval(hookDownloads, nil)
		for _, c := range cases[from:min(from+perPage, len(cases))] {
			m, n, ok := plantedInPage(t, p, c)
			total += n
			masked += m
			if !ok {
				unread++
			}
		}
		p.close() // twenty browsers left open until the end weigh on a busy machine
	}
	t.Logf("page: %d of %d planted credentials masked in every export, the share link and the notice (%d pastes the reader did not take, checked by the CLI test)", masked, total, unread)
	if total < 100 {
		t.Errorf("only %d planted credentials went through the page", total)
	}
}

// plantedInPage checks one case; it returns how many of its credentials
// were masked, how many it holds, and false when the reader did not take it.
func plantedInPage(t *testing.T, p *page, c planted.Case) (masked, total int, read bool) {
	{
		p.run(chromedp.Evaluate(`document.getElementById("share-panel").hidden = true`, nil))
		p.pasteFresh(c.Text)
		var failed bool
		p.eval(`!!document.querySelector("#out .error")`, &failed)
		if failed {
			t.Logf("%s: the reader did not take this paste", c.Name)
			return 0, 0, false
		}
		n := len(c.Values) + len(c.Derived)
		leaked := map[string]bool{}
		check := func(what, out string) {
			for _, v := range planted.Leaks(out, c) {
				if !leaked[v] {
					t.Errorf("%s: %s holds %q", c.Name, what, v)
				}
				leaked[v] = true
			}
		}
		var notice string
		p.eval(`document.getElementById("secrets").textContent`, &notice)
		check("the credentials notice", notice)
		var exported string
		for _, b := range []string{"#export-md", "#export-json", "#export-sarif"} {
			_, text := p.export(b)
			check(b, text)
			if b == "#export-json" {
				exported = text
			}
		}
		// The share link.
		p.click("#share")
		p.click("#share-confirm")
		p.waitFor(`!!document.getElementById("share-url") && !document.getElementById("share-copied").textContent.startsWith("Copying")`)
		var link string
		p.eval(`document.getElementById("share-url").value`, &link)
		_, frag, _ := strings.Cut(link, "#paste=")
		shared, err := base64.RawURLEncoding.DecodeString(frag)
		if err != nil {
			t.Errorf("%s: share fragment: %v", c.Name, err)
		}
		check("the share link", link+"\n"+string(shared))
		if !strings.Contains(string(shared), "[redacted]") {
			t.Errorf("%s: the shared text masks nothing:\n%s", c.Name, shared)
		}
		total += n
		masked += n - len(leaked)
		read = true

		// The JSON export is the report the page shows, masked.
		var shown struct {
			Items []any `json:"items"`
		}
		p.await(engineJS+`.then(e => e.exchanges({limit: 200}))`, &shown)
		var rep struct {
			Exchanges []any `json:"exchanges"`
		}
		if err := json.Unmarshal([]byte(exported), &rep); err != nil {
			t.Fatalf("%s: JSON export: %v", c.Name, err)
		}
		if len(rep.Exchanges) != len(shown.Items) {
			t.Errorf("%s: the export has %d exchanges, the page %d", c.Name, len(rep.Exchanges), len(shown.Items))
			return
		}
		for i := range rep.Exchanges {
			if d := sameButMasked(shown.Items[i], rep.Exchanges[i], ""); d != "" {
				t.Errorf("%s: exchange %d: the export differs from the page beyond masking at %s", c.Name, i, d)
			}
		}
	}
	return
}

// sameButMasked compares a shown value with its exported copy: equal, but
// for strings where the export put [redacted] in place of some text. It
// returns the path of the first difference, or "".
func sameButMasked(shown, exported any, path string) string {
	switch s := shown.(type) {
	case map[string]any:
		e, ok := exported.(map[string]any)
		if !ok || len(e) != len(s) {
			return path
		}
		for k, v := range s {
			if d := sameButMasked(v, e[k], path+"."+k); d != "" {
				return d
			}
		}
		return ""
	case []any:
		e, ok := exported.([]any)
		if !ok || len(e) != len(s) {
			return path
		}
		for i := range s {
			if d := sameButMasked(s[i], e[i], path+"["+itoa(i)+"]"); d != "" {
				return d
			}
		}
		return ""
	case string:
		e, ok := exported.(string)
		if !ok {
			return path
		}
		if e == s {
			return ""
		}
		parts := strings.Split(e, "[redacted]")
		if len(parts) < 2 {
			return path + " (" + s + " / " + e + ")"
		}
		for i := range parts {
			parts[i] = regexp.QuoteMeta(parts[i])
		}
		if !regexp.MustCompile(`^(?s)` + strings.Join(parts, ".+?") + `$`).MatchString(s) {
			return path + " (" + s + " / " + e + ")"
		}
		return ""
	}
	if e, _ := json.Marshal(exported); string(e) != jsonOf(shown) {
		return path
	}
	return ""
}

func jsonOf(v any) string { b, _ := json.Marshal(v); return string(b) }

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// The keep-secrets box never comes back ticked: not after Back (the
// back-forward cache restores the page as it was), not by form restore; its
// warning always matches it.
func TestKeepSecretsNeverRestored(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.paste(secretPaste)
	p.waitFor(cardCount(2))
	p.click("#keep-secrets")
	var state struct {
		Checked bool `json:"checked"`
		Note    bool `json:"note"`
	}
	read := `({checked: document.getElementById("keep-secrets").checked, note: !document.getElementById("keep-secrets-note").hidden})`
	p.eval(read, &state)
	if !state.Checked || !state.Note {
		t.Fatalf("ticked: %+v, want the box ticked and its warning shown", state)
	}
	var auto string
	p.eval(`document.getElementById("keep-secrets").getAttribute("autocomplete")`, &auto)
	if auto != "off" {
		t.Errorf("keep-secrets autocomplete=%q, want off (no form restore)", auto)
	}
	// A reload.
	p.click("#keep-secrets")
	p.run(chromedp.Reload())
	var ready bool
	p.run(chromedp.Poll(`document.documentElement.dataset.ready === "true"`, &ready, noPollLimit))
	p.eval(read, &state)
	if state.Checked || state.Note {
		t.Errorf("after a reload: %+v, want the box unticked and its warning hidden", state)
	}
	// Away and Back, ticked again (a click as the page sees one).
	p.eval(`document.getElementById("keep-secrets").click(), true`, nil)
	p.eval(read, &state)
	if !state.Checked || !state.Note {
		t.Fatalf("ticked again: %+v", state)
	}
	p.eval(`window.addEventListener("pageshow", (e) => { window.__persisted = e.persisted }), true`, nil)
	p.run(chromedp.Navigate(p.base+"rules.html"), chromedp.WaitReady("body", chromedp.ByQuery))
	p.eval(`setTimeout(() => history.back(), 10), true`, nil)
	// The page comes back from the back-forward cache (or loads anew). The
	// evaluation goes to the target's current context directly: chromedp's
	// own frame tracking does not follow a page restored from that cache.
	raw := func(expr string, out any) error {
		return chromedp.Run(p.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			res, exc, err := runtime.Evaluate(expr).WithReturnByValue(true).Do(ctx)
			if err != nil {
				return err
			}
			if exc != nil {
				return fmt.Errorf("%s", exc.Text)
			}
			return json.Unmarshal(res.Value, out)
		}))
	}
	back := false
	// Until the page is back, or the test's guard ends (a hang).
	for !back && p.ctx.Err() == nil {
		if err := raw(`location.pathname.endsWith("/") && document.documentElement.dataset.ready === "true"`, &back); err != nil || !back {
			back = false
			time.Sleep(100 * time.Millisecond)
		}
	}
	if !back {
		t.Fatal("Back did not return to the page")
	}
	if err := raw(read, &state); err != nil {
		t.Fatal(err)
	}
	if state.Checked || state.Note {
		t.Errorf("after Back: %+v, want the box unticked and its warning hidden", state)
	}
	var persisted bool
	_ = raw(`window.__persisted === true`, &persisted)
	t.Logf("restored from the back-forward cache: %v", persisted)
	// Whether or not this Chromium kept the page in that cache, a restore
	// from it fires pageshow with persisted set: the box is reset then too.
	if err := raw(`(() => { const b = document.getElementById("keep-secrets"); b.click(); window.dispatchEvent(new PageTransitionEvent("pageshow", {persisted: true})); return true })()`, &persisted); err != nil {
		t.Fatal(err)
	}
	if err := raw(read, &state); err != nil {
		t.Fatal(err)
	}
	if state.Checked || state.Note {
		t.Errorf("after a restored pageshow: %+v, want the box unticked and its warning hidden", state)
	}
}

// A link can be made by anyone: one carrying credentials in clear is masked
// before its text reaches the paste box, the page says what it found, and
// the fragment leaves the address bar.
func TestCraftedLinkIsMasked(t *testing.T) {
	c := planted.Cases()[0]
	maker := newPage(t, 1024, 800)
	link := maker.base + "#paste=" + base64.RawURLEncoding.EncodeToString([]byte(c.Text))
	p := newPage(t, 1024, 800)
	p.run(chromedp.Navigate(link))
	var ready bool
	p.run(chromedp.Poll(`document.documentElement.dataset.ready === "true"`, &ready, noPollLimit))
	p.waitFor(`document.querySelectorAll("#out article.card").length > 0`)
	var got struct {
		Paste  string `json:"paste"`
		Note   string `json:"note"`
		Hash   string `json:"hash"`
		Status string `json:"status"`
	}
	p.eval(`({paste: document.getElementById("paste").value, note: (document.getElementById("link-note") || {}).textContent || "", hash: location.hash, status: document.getElementById("status").textContent})`, &got)
	if l := planted.Leaks(got.Paste, c); len(l) > 0 {
		t.Errorf("the paste box holds the link's credentials %q", l)
	}
	if !strings.Contains(got.Paste, "[redacted]") || !strings.Contains(got.Paste, "HTTP/1.1 403 Forbidden") {
		t.Errorf("the paste box does not hold the masked input:\n%s", got.Paste)
	}
	if !strings.Contains(got.Note, "from a link") || !strings.Contains(got.Note, "now masked") {
		t.Errorf("link note %q does not say what was found", got.Note)
	}
	if strings.Contains(got.Note, "when it was made") {
		t.Errorf("link note %q claims what a link cannot prove", got.Note)
	}
	if got.Hash != "" {
		t.Errorf("location.hash = %q after opening the link, want it dropped", got.Hash)
	}
	// A link with nothing to mask says only that.
	q := newPage(t, 1024, 800)
	q.run(chromedp.Navigate(maker.base + "#paste=" + base64.RawURLEncoding.EncodeToString([]byte("HTTP/1.1 401 Unauthorized\n\n"))))
	q.run(chromedp.Poll(`document.documentElement.dataset.ready === "true"`, &ready, noPollLimit))
	q.waitFor(`!!document.getElementById("link-note")`)
	q.eval(`document.getElementById("link-note").textContent`, &got.Note)
	if !strings.Contains(got.Note, "No credentials were found") || !strings.Contains(got.Note, "not known") {
		t.Errorf("link note %q", got.Note)
	}
}

// The service worker checks each cached file against the build's SHA-256
// list before serving it: a copy another page of the origin overwrote is
// dropped, fetched again and stored only once it matches.
func TestServiceWorkerChecksHashes(t *testing.T) {
	p := newPage(t, 1024, 800)
	var controlled bool
	p.run(chromedp.Poll(`navigator.serviceWorker.controller !== null`, &controlled, noPollLimit))
	real, err := os.ReadFile(filepath.Join(siteDir, "style.css"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Served string `json:"served"`
		Cached string `json:"cached"`
		Caches int    `json:"caches"`
	}
	p.await(`(async () => {
		const names = (await caches.keys()).filter((n) => n.startsWith("authtriage-"));
		const url = new URL("style.css", document.baseURI).href;
		for (const n of names) {
			const c = await caches.open(n);
			await c.put(url, new Response("body{background:red} /* tampered */", {headers: {"Content-Type": "text/css"}}));
		}
		const served = await (await fetch("style.css")).text();
		let cached = "";
		for (const n of names) {
			const hit = await (await caches.open(n)).match(url);
			if (hit) cached = await hit.text();
		}
		return {served, cached, caches: names.length};
	})()`, &got)
	if got.Caches == 0 {
		t.Fatal("no authtriage cache")
	}
	if got.Served != string(real) {
		t.Errorf("the service worker served a tampered copy: %.80q", got.Served)
	}
	if got.Cached != string(real) {
		t.Errorf("the cache holds %.80q after the check, want the build's file again", got.Cached)
	}
}
