//go:build !js

package e2e

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/authtriage/authtriage/internal/flowhar"
	"github.com/authtriage/authtriage/internal/hostile"
)

// flowShape is what the test reads back from the timeline.
type flowShape struct {
	Figures   int      `json:"figures"`
	Steps     int      `json:"steps"`
	Broken    []int    `json:"broken"`
	SVGNodes  int      `json:"svgNodes"`
	Nodes     int      `json:"nodes"`
	Lanes     int      `json:"lanes"`
	Labels    []string `json:"labels"`
	Caption   string   `json:"caption"`
	BreakText string   `json:"breakText"`
	Exchange  []int    `json:"exchange"`
	ScrollW   int      `json:"scrollW"`
	ClientW   int      `json:"clientW"`
}

const readFlow = `(() => {
	const sec = document.querySelector("#out section.flows");
	const svg = sec.querySelector("svg.flow-svg");
	const steps = [...svg.querySelectorAll("a.flow-step")];
	const scroll = sec.querySelector(".flow-scroll");
	return {figures: sec.querySelectorAll("figure.flow").length, steps: steps.length,
		broken: steps.filter(a => a.classList.contains("broken")).map(a => +a.dataset.step),
		svgNodes: svg.querySelectorAll("*").length, nodes: sec.querySelectorAll("*").length,
		lanes: svg.querySelectorAll("g.flow-lane").length,
		labels: steps.map(a => a.getAttribute("aria-label")),
		caption: sec.querySelector("figcaption").textContent,
		breakText: sec.querySelector(".flow-break").textContent,
		exchange: steps.map(a => +a.dataset.exchange),
		scrollW: scroll.scrollWidth, clientW: scroll.clientWidth};
})()`

// openHAR opens a generated HAR of n entries as a picked file.
func (p *page) openHAR(n int) {
	p.t.Helper()
	path := filepath.Join(p.t.TempDir(), fmt.Sprintf("signin-%d.har", n))
	if err := os.WriteFile(path, flowhar.HAR(n), 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.run(chromedp.SetUploadFiles("#file-input", []string{path}, chromedp.ByQuery))
	// The worker reads and analyses the HAR: a while on a shared machine.
	p.waitLong(`!!document.querySelector("#out section.flows svg.flow-svg") && document.querySelectorAll("#out article.card").length > 0`)
}

// The sign-in of a 520-entry HAR (a SameSite=Strict session cookie not
// sent back after the identity provider's redirect, among assets, beacons
// and unrelated calls) is found and drawn: six steps on three lanes, step 5
// marked broken with its cause. The drawing is built from the report's
// flows, so its size follows the flow's steps: a HAR ten times longer
// draws the very same nodes. It passes axe-core in light and dark and at
// 360 px, where the timeline scrolls in its own box.
func TestFlowTimeline(t *testing.T) {
	src := axeSource(t)
	scheme := func(mode string) chromedp.Action {
		return emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: mode}})
	}
	var light flowShape
	for _, tc := range []struct {
		name          string
		width, height int64
		mode          string
		shot          string
	}{
		{"light", 1280, 900, "light", "ui-flow.png"},
		{"dark", 1280, 900, "dark", "ui-flow-dark.png"},
		{"narrow", 360, 740, "light", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newPage(t, tc.width, tc.height, scheme(tc.mode))
			p.openHAR(520)
			var s flowShape
			p.eval(readFlow, &s)
			if s.Figures != 1 || s.Steps != flowhar.FlowSteps || s.Lanes != 3 || len(s.Broken) != 1 || s.Broken[0] != flowhar.BrokenStep {
				t.Fatalf("timeline: %+v", s)
			}
			if !containsFold(s.Caption, "broken at step 5") || !containsFold(s.Caption, "folded away") {
				t.Errorf("caption %q", s.Caption)
			}
			if !containsFold(s.BreakText, "AT0013") || !containsFold(s.BreakText, "SameSite=Strict") {
				t.Errorf("break %q", s.BreakText)
			}
			if !containsFold(s.Labels[4], "step 5 of 6") || !containsFold(s.Labels[4], "broke here") {
				t.Errorf("step 5 label %q", s.Labels[4])
			}
			// Bounded by the steps and lanes: a few nodes each, nothing per entry.
			if max := 8*s.Steps + 6*s.Lanes; s.SVGNodes > max {
				t.Errorf("%d SVG nodes for %d steps and %d lanes (max %d)", s.SVGNodes, s.Steps, s.Lanes, max)
			}
			if tc.width == 360 && s.ScrollW <= s.ClientW {
				t.Logf("at 360 px the timeline fits (%d ≤ %d)", s.ScrollW, s.ClientW)
			}
			if tc.name == "light" {
				light = s
			}
			reportViolations(t, tc.name, p.axe(src))
			if tc.shot != "" {
				p.run(chromedp.Evaluate(`document.querySelector("#out section.flows").scrollIntoView({block: "start"}); window.scrollBy(0, -8); true`, nil))
				var buf []byte
				p.run(chromedp.CaptureScreenshot(&buf))
				t.Logf("screenshot: %s", p.saveShot(tc.shot, buf))
			}
		})
	}
	t.Run("ten-times-longer", func(t *testing.T) {
		if light.Steps == 0 {
			t.Skip("the light run failed")
		}
		p := newPage(t, 1280, 900)
		p.openHAR(5200)
		var s flowShape
		p.eval(readFlow, &s)
		if s.SVGNodes != light.SVGNodes || s.Nodes != light.Nodes || s.Steps != light.Steps {
			t.Errorf("5200 entries draw %d SVG nodes (%d in the section), 520 draw %d (%d): the drawing grew with the HAR", s.SVGNodes, s.Nodes, light.SVGNodes, light.Nodes)
		}
	})
}

// Keyboard: Tab reaches the first step, the arrow keys walk the steps, and
// Enter on a step opens its exchange's card (loading cards up to it when it
// is past the first page) and moves the focus there.
func TestFlowKeyboard(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.openHAR(520)
	p.run(chromedp.Focus(`#out section.flows a.flow-step`, chromedp.ByQuery))
	var step string
	p.eval(`document.activeElement.dataset.step`, &step)
	if step != "1" {
		t.Fatalf("focus on step %q", step)
	}
	for i := 0; i < flowhar.BrokenStep-1; i++ {
		p.run(chromedp.KeyEvent(kb.ArrowDown))
	}
	var f struct {
		Step     string `json:"step"`
		Exchange int    `json:"exchange"`
		Visible  bool   `json:"visible"`
	}
	p.eval(`(() => { const a = document.activeElement; const r = a.querySelector(".flow-hit"); return {step: a.dataset.step, exchange: +a.dataset.exchange, visible: getComputedStyle(r).strokeWidth !== "0px" && getComputedStyle(r).stroke !== "none"}; })()`, &f)
	if f.Step != fmt.Sprint(flowhar.BrokenStep) {
		t.Fatalf("arrow keys reached step %q, want %d", f.Step, flowhar.BrokenStep)
	}
	if !f.Visible {
		t.Errorf("the focused step shows no focus ring")
	}
	p.run(chromedp.KeyEvent("\r"))
	// Past the first page of cards: the page loads pages up to it.
	p.waitLong(fmt.Sprintf(`document.activeElement && document.activeElement.matches('article.card[data-index="%d"]')`, f.Exchange))
	if f.Exchange < 50 {
		t.Logf("exchange %d was on the first page of cards", f.Exchange)
	}
}

// A flow whose values carry markup: the state parameter of the callback
// holds an <img onerror> and a <script>. The break's message quotes it and
// the timeline labels its steps; all of it stays text.
func TestFlowHostileValues(t *testing.T) {
	const evil = `<img src=x onerror="window.__pwned=1"><script>window.__hostileRan=1</script>`
	text := "GET https://idp.example.net/authorize?response_type=code&client_id=c1&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb&state=good-state HTTP/1.1\nHost: idp.example.net\n\n" +
		"HTTP/1.1 302 Found\nLocation: https://app.example.org/cb?code=k1&state=x\n\n" +
		"GET https://app.example.org/cb?code=k1&state=" + url.QueryEscape(evil) + " HTTP/1.1\nHost: app.example.org\n\nHTTP/1.1 400 Bad Request\n\n"
	p := newPageOn(t, 1280, 900, func(h http.Handler) http.Handler { return h }, addScript(hostile.WatchJS))
	p.eval(`window.__watch.arm()`, nil)
	p.paste(text)
	p.waitFor(`!!document.querySelector("#out section.flows .flow-break")`)
	res := p.checkHostile("flow state")
	if !containsFold(res.Text, "<img src=x") {
		t.Errorf("the quoted state is not shown as text: %q", res.Text)
	}
}
