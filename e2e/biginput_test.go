//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// bigOutcome is what the page shows after a big input.
type bigOutcome struct {
	Error  string `json:"error"` // the error box's text, "" for a report
	Status string `json:"status"`
	Cards  int    `json:"cards"`
}

const readOutcome = `({error: document.querySelector("#out .error")?.textContent ?? "", status: document.getElementById("status").textContent,
  cards: document.querySelectorAll("#out article.card").length})`

// waitLong polls a condition until it holds: big inputs take the worker a
// while on a shared machine; the test's context is the hang guard.
func (p *page) waitLong(js string) {
	p.t.Helper()
	var ok bool
	if err := chromedp.Run(p.ctx, chromedp.Poll(js, &ok, noPollLimit, chromedp.WithPollingInterval(200*time.Millisecond))); err != nil {
		var o bigOutcome
		_ = chromedp.Run(p.ctx, chromedp.Evaluate(readOutcome, &o))
		p.t.Fatalf("waiting for %s: %v (page: %+v)", js, err, o)
	}
}

// stillAlive pastes a small input and requires its verdict: the tab and its
// worker survived whatever came before.
func (p *page) stillAlive(after string) {
	p.t.Helper()
	p.eval(`document.getElementById("out").replaceChildren(), document.getElementById("status").textContent = "", true`, nil)
	p.paste("GET /a HTTP/1.1\nHost: x.example\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"x\"\n")
	p.waitLong(`document.querySelector("#out article.card")?.dataset.verdict === "authentication"`)
	var o bigOutcome
	p.eval(readOutcome, &o)
	if o.Cards != 1 {
		p.t.Errorf("after %s, a small paste shows %+v", after, o)
	}
}

// runBig gives the page an input built by js (which must start the analysis)
// and returns what it shows.
func (p *page) runBig(js string) bigOutcome {
	p.t.Helper()
	p.eval(`document.getElementById("out").replaceChildren(), document.getElementById("status").textContent = "", true`, nil)
	p.eval(js, nil)
	p.waitLong(settled)
	var o bigOutcome
	p.eval(readOutcome, &o)
	return o
}

// pasteIn builds the paste in the page (repeating unit n times) so that the
// text never crosses the DevTools connection, and fires the input event.
func pasteIn(unit string, n int) string {
	return fmt.Sprintf(`(() => { const t = document.getElementById("paste"); t.value = %s.repeat(%d); t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, jsLit(unit), n)
}

// Inputs far over the limits, and deep or many ones under them: a clear
// message or a result, and the tab keeps working after each.
func TestBigInputs(t *testing.T) {
	// A generous hang guard; the whole test takes well under a minute.
	p, _ := newProxiedPage(t, 1280, 900, 4*time.Minute)

	t.Run("JSON nested 100,000 deep", func(t *testing.T) {
		p.t = t
		o := p.runBig(`(() => { const t = document.getElementById("paste");
			t.value = "GET /a HTTP/1.1\nHost: x.example\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n" + '{"a":['.repeat(50000) + "1" + "]}".repeat(50000) + "\n";
			t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`)
		if o.Cards == 0 && o.Error == "" {
			t.Errorf("a deeply nested body: neither a result nor a message: %+v", o)
		}
		if o.Cards > 0 && !strings.Contains(o.Status, "1 exchange") {
			t.Errorf("a deeply nested body: %+v", o)
		}
		p.stillAlive("a deeply nested body")
	})

	t.Run("HAR nested 100,000 deep", func(t *testing.T) {
		p.t = t
		o := p.runBig(`(() => { const t = document.getElementById("paste");
			t.value = '{"log":{"version":"1.2","entries":[{"request":{"method":"GET","url":"https://x.example/","headers":[]},"response":{"status":403,"headers":[],"content":{"text":' + "[".repeat(100000) + "]".repeat(100000) + "}}}]}}";
			t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`)
		if o.Cards == 0 && o.Error == "" {
			t.Errorf("a deeply nested HAR: neither a result nor a message: %+v", o)
		}
		p.stillAlive("a deeply nested HAR")
	})

	t.Run("10,000 exchanges", func(t *testing.T) {
		p.t = t
		var b strings.Builder
		for i := 0; i < 3; i++ {
			fmt.Fprintf(&b, "GET /api/items/%d HTTP/1.1\nHost: api.example.com\n\n", i)
			switch i {
			case 0:
				b.WriteString("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\":true}\n\n")
			case 1:
				b.WriteString("HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\n\n")
			default:
				b.WriteString("HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"forbidden\"}\n\n")
			}
		}
		// 3,334 copies of three exchanges, cut to 10,000.
		o := p.runBig(fmt.Sprintf(`(() => { const t = document.getElementById("paste");
			const parts = %s.repeat(3334).split("\n\nGET ");
			t.value = parts.slice(0, 10000).join("\n\nGET ");
			t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, jsLit(b.String())))
		if !strings.HasPrefix(o.Status, "10000 exchanges") {
			t.Errorf("10,000 exchanges: %+v", o)
		}
		if o.Cards != 50 {
			t.Errorf("10,000 exchanges: %d cards on the page, want the first 50", o.Cards)
		}
		p.stillAlive("10,000 exchanges")
	})
	t.Run("paste 100 MB", func(t *testing.T) {
		p.t = t
		// 100 exchanges with a 1 MiB body line each: a textarea lays out
		// millions of short lines far slower than a few long ones, and the
		// limit under test is about bytes.
		unit := "GET /api/orders HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n" +
			`{"error":"` + strings.Repeat("x", 1<<20) + `"}` + "\n\n"
		o := p.runBig(pasteIn(unit, 100))
		if !containsFold(o.Error, "too large") || !strings.Contains(o.Error, "64 MiB") {
			t.Errorf("a 100 MB paste: want a clear size limit message, got %+v", o)
		}
		p.stillAlive("a 100 MB paste")
	})

	t.Run("file 1 GB", func(t *testing.T) {
		p.t = t
		// 1,024 references to one 1 MiB chunk: the page never holds 1 GB of
		// its own; the file goes through the page's file input like a pick.
		o := p.runBig(`(() => {
			const chunk = new Uint8Array(1 << 20).fill(0x61);
			const file = new File(new Array(1024).fill(chunk), "huge.har", {type: "application/json"});
			const dt = new DataTransfer();
			dt.items.add(file);
			const input = document.getElementById("file-input");
			input.files = dt.files;
			input.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`)
		if !containsFold(o.Error, "too large") && !containsFold(o.Error, "limit") {
			t.Errorf("a 1 GB file: want a clear size limit message, got %+v", o)
		}
		p.stillAlive("a 1 GB file")
	})

}

// jsLit is s as a JavaScript string literal.
func jsLit(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
