//go:build !js

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// axeSource is axe-core's browser build, installed by `make e2e` (npm ci).
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		if os.Getenv("AUTHTRIAGE_E2E") == "require" {
			t.Fatalf("axe-core is missing (run npm ci at the repository root, as make e2e does): %v", err)
		}
		t.Skipf("axe-core not installed (npm ci): %v", err)
	}
	return string(b)
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []string `json:"target"`
		HTML    string   `json:"html"`
		Summary string   `json:"summary"`
	} `json:"nodes"`
}

// axe injects axe-core (CDP evaluation is not bound by the page's CSP) and
// returns its violations for the page as it is now, every <details> open.
func (p *page) axe(src string) []axeViolation {
	p.t.Helper()
	var loaded bool
	p.eval(src+"\n;typeof axe === 'object'", &loaded)
	if !loaded {
		p.t.Fatal("axe-core did not load in the page")
	}
	var vs []axeViolation
	p.await(`(async () => {
		document.querySelectorAll("details").forEach(d => d.open = true);
		await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
		const r = await axe.run(document, {resultTypes: ["violations"]});
		return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.map(n => ({target: n.target.map(String), html: n.html.slice(0, 200), summary: n.failureSummary}))}));
	})()`, &vs)
	return vs
}

func reportViolations(t *testing.T, state string, vs []axeViolation) {
	t.Helper()
	for _, v := range vs {
		var b strings.Builder
		fmt.Fprintf(&b, "%s: axe %s (%s): %s", state, v.ID, v.Impact, v.Help)
		for i, n := range v.Nodes {
			if i == 5 {
				fmt.Fprintf(&b, "\n    … %d more", len(v.Nodes)-5)
				break
			}
			fmt.Fprintf(&b, "\n    %s %s\n      %s", strings.Join(n.Target, " "), n.HTML, strings.ReplaceAll(n.Summary, "\n", "; "))
		}
		t.Error(b.String())
	}
}

// axe-core finds no violations in the page's states: empty, results (an
// example with its findings open, the capture form open), error, a failed
// capture's explanation, dark, and at 360 px.
func TestAxe(t *testing.T) {
	src := axeSource(t)
	results := func(p *page) {
		p.click(`#gallery button[data-example]`)
		p.waitFor(`document.querySelectorAll("#out article.card").length > 0`)
	}
	for _, tc := range []struct {
		name          string
		width, height int64
		dark          bool
		setup         func(p *page)
	}{
		{"empty", 1280, 900, false, func(p *page) {}},
		{"results", 1280, 900, false, results},
		{"error", 1280, 900, false, func(p *page) {
			p.paste("{\"log\": {\"entries\": [ {\"request\": {\"method\": ")
			p.waitFor(`!!document.querySelector("#out .error")`)
		}},
		{"capture-failed", 1280, 900, false, func(p *page) {
			// Port 9 (discard) on the loopback: nothing listens, fetch fails.
			p.fillCapture("http://127.0.0.1:9/orders", "GET", "Authorization: Bearer x", "omit")
			p.sendCapture()
		}},
		{"dark-results", 1280, 900, true, results},
		{"dark-empty", 1280, 900, true, func(p *page) {}},
		{"narrow-results", 360, 740, false, results},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before []chromedp.Action
			if tc.dark {
				before = append(before, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}))
			}
			p := newPage(t, tc.width, tc.height, before...)
			tc.setup(p)
			vs := p.axe(src)
			reportViolations(t, tc.name, vs)
			if len(vs) == 0 {
				t.Logf("%s: axe-core reports no violations", tc.name)
			}
		})
	}
}

// focusInfo describes document.activeElement and whether its focus shows.
const focusInfo = `(() => {
	const e = document.activeElement;
	if (!e || e === document.body) return {tag: "body"};
	const cs = getComputedStyle(e);
	const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
	const shadow = cs.boxShadow && cs.boxShadow !== "none";
	return {tag: e.tagName.toLowerCase(), id: e.id, cls: e.className && String(e.className), text: (e.textContent || "").trim().slice(0, 40),
		inCard: !!e.closest("#out article.card"), inFinding: !!e.closest("details.finding"), href: e.getAttribute("href") || "",
		visible: outline || shadow, outline: cs.outlineStyle + " " + cs.outlineWidth, shadow: cs.boxShadow};
})()`

type focused struct {
	Tag       string `json:"tag"`
	ID        string `json:"id"`
	Class     string `json:"cls"`
	Text      string `json:"text"`
	InCard    bool   `json:"inCard"`
	InFinding bool   `json:"inFinding"`
	Href      string `json:"href"`
	Visible   bool   `json:"visible"`
	Outline   string `json:"outline"`
	Shadow    string `json:"shadow"`
}

// Keyboard only: "/" jumps to the paste (but types a slash in a text field);
// Tab walks from the top through the paste, the buttons, the cards' findings
// and their links, and every stop shows its focus.
func TestKeyboardWalk(t *testing.T) {
	p := newPage(t, 1280, 900)
	// An example with findings, loaded by keyboard from the gallery.
	p.run(chromedp.Focus(`#gallery button[data-example]`, chromedp.ByQuery), chromedp.KeyEvent("\r"))
	p.waitFor(`document.querySelectorAll("#out article.card details.finding").length > 0`)
	// Count every change to the results from here on: the walk must not
	// race a late re-render (focus would fall back to the body).
	p.eval(`(() => { window.__outMutations = 0; new MutationObserver((m) => { window.__outMutations += m.length; }).observe(document.getElementById("out"), {childList: true, subtree: true}); return true; })()`, nil)

	// "/" from a button focuses the paste, and types nothing into it.
	var before string
	p.eval(`document.getElementById("paste").value`, &before)
	p.run(chromedp.Focus("#clear", chromedp.ByQuery), pressSlash())
	var f focused
	p.eval(focusInfo, &f)
	if f.ID != "paste" {
		t.Errorf(`"/" from a button focused %+v, want #paste`, f)
	}
	var after string
	p.eval(`document.getElementById("paste").value`, &after)
	if after != before {
		t.Errorf(`"/" changed the paste: %.40q → %.40q`, before, after)
	}
	// In a text field "/" is just a character.
	p.eval(`document.querySelector("#capture").open = true`, nil)
	p.run(chromedp.Focus("#capture-url", chromedp.ByQuery), pressSlash())
	var url string
	p.eval(`document.activeElement.id + "|" + document.getElementById("capture-url").value`, &url)
	if url != "capture-url|/" {
		t.Errorf(`"/" in the URL field: focus|value = %q, want "capture-url|/"`, url)
	}
	p.eval(`document.getElementById("capture-url").value = ""; document.querySelector("#capture").open = false`, nil)

	// Walk with Tab from the top of the page.
	// Focusing the body (made focusable for a moment) moves the sequential
	// focus start point to the top of the document.
	p.eval(`(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute("tabindex"); window.scrollTo(0, 0); return true; })()`, nil)
	var stops []focused
	seen := map[string]bool{}
	for i := 0; i < 250; i++ {
		p.run(chromedp.KeyEvent("\t"))
		var s focused
		p.eval(focusInfo, &s)
		if s.Tag == "body" {
			break
		}
		key := s.Tag + "#" + s.ID + "." + s.Class + ":" + s.Text + s.Href
		if len(stops) > 0 && seen[key] && key == stopKey(stops[0]) {
			break // wrapped around
		}
		seen[key] = true
		stops = append(stops, s)
	}
	var paste, button, finding, link, cardLink bool
	for _, s := range stops {
		switch {
		case s.ID == "paste":
			paste = true
		case s.Tag == "button" && !s.InCard:
			button = true
		case s.Tag == "summary" && s.InFinding:
			finding = true
		case s.Tag == "a" && s.InCard:
			cardLink = true
		case s.Tag == "a":
			link = true
		}
		if !s.Visible {
			t.Errorf("focus is not visible on %s#%s %q (outline %q, box-shadow %q)", s.Tag, s.ID, s.Text, s.Outline, s.Shadow)
		}
	}
	var mutations int
	p.eval(`window.__outMutations`, &mutations)
	if mutations > 0 {
		t.Logf("the results pane changed %d times during the walk", mutations)
	}
	if !paste || !button || !finding || !cardLink || !link {
		t.Errorf("Tab stops reach paste=%v buttons=%v findings=%v card links=%v other links=%v; stops:\n%s", paste, button, finding, cardLink, link, describeStops(stops))
	}
	t.Logf("%d Tab stops, every one with a visible focus indicator", len(stops))
}

// pressSlash presses "/" as a keyboard does: a key-down that carries its text,
// so the browser inserts the character only if no handler cancelled the
// key-down (chromedp.KeyEvent sends a separate char event, which a page
// cannot cancel from keydown).
func pressSlash() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyDown).WithKey("/").WithCode("Slash").WithText("/").
			WithUnmodifiedText("/").WithWindowsVirtualKeyCode(191).WithNativeVirtualKeyCode(191)
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").
			WithWindowsVirtualKeyCode(191).WithNativeVirtualKeyCode(191).Do(ctx)
	})
}

func stopKey(s focused) string { return s.Tag + "#" + s.ID + "." + s.Class + ":" + s.Text + s.Href }

func describeStops(stops []focused) string {
	var b strings.Builder
	for i, s := range stops {
		fmt.Fprintf(&b, "  %3d %s#%s %q card=%v finding=%v\n", i+1, s.Tag, s.ID, s.Text, s.InCard, s.InFinding)
	}
	return b.String()
}
