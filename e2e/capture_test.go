//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// fillCapture opens the capture form and fills it, without sending.
func (p *page) fillCapture(url, method, headers, credentials string) {
	p.t.Helper()
	v, _ := json.Marshal(map[string]string{"capture-url": url, "capture-method": method, "capture-headers": headers, "capture-credentials": credentials})
	p.eval(fmt.Sprintf(`(() => {
		const d = document.getElementById("capture");
		if (d.tagName === "DETAILS") d.open = true;
		for (const [id, value] of Object.entries(%s)) {
			const e = document.getElementById(id);
			e.value = value;
			e.dispatchEvent(new Event("input", {bubbles: true}));
			e.dispatchEvent(new Event("change", {bubbles: true}));
		}
		document.getElementById("capture-result").replaceChildren();
		return true;
	})()`, v), nil)
}

// sendCapture clicks Send and returns the result panel's text once the
// request has settled.
func (p *page) sendCapture() string {
	p.t.Helper()
	p.click("#capture-send")
	p.waitFor(`(() => { const r = document.getElementById("capture-result").textContent; return r !== "" && !r.startsWith("Sending"); })()`)
	var text string
	p.eval(`document.getElementById("capture-result").textContent`, &text)
	return text
}

// Capture against a second origin: what the browser shows the page, what it
// hides and why, with the fix, and the seen exchange analysed like a paste.
func TestCaptureCrossOrigin(t *testing.T) {
	cs := newCaptureServer(t)
	p := newPage(t, 1280, 1000)

	// Nothing leaves the page before Send: filling the form sends nothing.
	p.fillCapture(cs.URL+"/cors-401", "GET", "Accept: application/json", "omit")
	if got := cs.requests(); len(got) != 0 {
		t.Fatalf("the server got %q before Send was clicked", got)
	}

	t.Run("401 with CORS", func(t *testing.T) {
		p.t = t
		res := p.sendCapture()
		for _, want := range []string{"401", "www-authenticate", "invalid_token", "Access-Control-Expose-Headers"} {
			if !containsFold(res, want) {
				t.Errorf("capture result lacks %q:\n%s", want, res)
			}
		}
		if containsFold(res, "WWW-Authenticate is not exposed") {
			t.Errorf("the exposed challenge is called hidden:\n%s", res)
		}
		// Fed to the classifier: the seen 401 with its challenge.
		p.waitFor(`document.querySelector("#out article.card")?.dataset.verdict === "authentication"`)
		var paste string
		p.eval(`document.getElementById("paste").value`, &paste)
		if !strings.Contains(paste, "HTTP/1.1 401") || !containsFold(paste, "www-authenticate: Bearer") {
			t.Errorf("the paste made from the capture:\n%s", paste)
		}
		// The response passed the CORS check, so the classifier must not
		// claim the page saw a CORS error (AT4001 cors-hides-401).
		var hidesFinding bool
		p.eval(`!!document.querySelector('#out details.finding[data-rule="AT4001"]')`, &hidesFinding)
		if hidesFinding {
			t.Errorf("a readable cross-origin 401 is reported as hidden by CORS; paste:\n%s", paste)
		}
	})

	t.Run("401 without CORS", func(t *testing.T) {
		p.t = t
		before := len(cs.requests())
		p.fillCapture(cs.URL+"/nocors-401", "GET", "", "omit")
		res := p.sendCapture()
		// The server did answer 401; the page is told it cannot see that.
		if got := cs.requests()[before:]; !slices.Contains(got, "GET /nocors-401") {
			t.Fatalf("the server did not get the request: %q", got)
		}
		for _, want := range []string{"could not see", "Access-Control-Allow-Origin", "401", p.origin()} {
			if !containsFold(res, want) {
				t.Errorf("failed-fetch explanation lacks %q:\n%s", want, res)
			}
		}
	})

	t.Run("401 with CORS, challenge not exposed", func(t *testing.T) {
		p.t = t
		p.fillCapture(cs.URL+"/cors-401-unexposed", "GET", "", "omit")
		res := p.sendCapture()
		for _, want := range []string{"401", "WWW-Authenticate is not exposed", "Access-Control-Expose-Headers: WWW-Authenticate"} {
			if !containsFold(res, want) {
				t.Errorf("capture result lacks %q:\n%s", want, res)
			}
		}
	})

	t.Run("403 with CORS, challenge not exposed", func(t *testing.T) {
		p.t = t
		p.fillCapture(cs.URL+"/cors-403", "GET", "", "omit")
		res := p.sendCapture()
		var seen string
		p.eval(`document.querySelector("#capture-result .capture-seen")?.textContent ?? ""`, &seen)
		if !strings.Contains(res, "403") || containsFold(seen, "www-authenticate") || !containsFold(res, "not exposed") || !containsFold(res, "Access-Control-Expose-Headers") {
			t.Errorf("403 capture: status, hidden challenge and the header to fix it expected:\n%s", res)
		}
		if !strings.Contains(res, "Missing scope orders:write") {
			t.Errorf("the readable body is not shown:\n%s", res)
		}
		p.waitFor(`document.querySelector("#out article.card")?.dataset.verdict === "authorization"`)
	})

	t.Run("preflight refused", func(t *testing.T) {
		p.t = t
		before := len(cs.requests())
		p.fillCapture(cs.URL+"/preflight-401", "GET", "Authorization: Bearer expired-token", "omit")
		res := p.sendCapture()
		got := cs.requests()[before:]
		if !slices.Contains(got, "OPTIONS /preflight-401") || slices.Contains(got, "GET /preflight-401") {
			t.Errorf("server saw %q: want the OPTIONS preflight and no GET", got)
		}
		for _, want := range []string{"could not see", "preflight", "Authorization", "Access-Control-Allow-Headers"} {
			if !containsFold(res, want) {
				t.Errorf("preflight explanation lacks %q:\n%s", want, res)
			}
		}
		t.Logf("screenshot: %s", p.saveShot("capture-preflight.png", p.shot()))
	})
}

// origin is the page's own origin, which a fix must name.
func (p *page) origin() string {
	return strings.TrimSuffix(p.base, prefix)
}
