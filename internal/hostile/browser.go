package hostile

import (
	"fmt"
	"strings"
)

// What the browser tests need to paste the corpus into the page and check it
// there. They are plain strings and a sampling function so that e2e can use
// them with chromedp:
//
//	page.AddScriptToEvaluateOnNewDocument(hostile.WatchJS)   // before navigating
//	for _, c := range hostile.BrowserSample() {
//		paste c.Paste, wait for the page's next analysis,
//		evaluate hostile.CheckJS into a hostile.Check, then
//		require c.Executions == 0, len(Created) == 0, len(Attributes) == 0,
//		PageOverflow <= 1, len(Wide) == 0, and, when c.Quoted != "",
//		some string in Quotes for which hostile.ShownOnPage(q, c.Quoted).
//	}

// WatchJS, installed before the page's own scripts, records what a hostile
// paste must never cause:
//   - executions: calls of alert, confirm, prompt or print, a write to
//     window.__hostileRan, and Content-Security-Policy violations (the page's
//     CSP blocks inline handlers; a violation means markup got into the DOM);
//   - created: elements added anywhere in the document whose tag the page
//     never makes (script, img, iframe, svg, style, ...);
//   - attributes: added elements carrying an on* handler, a style attribute,
//     or a link that is neither https: nor into rules.html.
//
// Read it back with CheckJS.
const WatchJS = `(() => {
  const W = window.__hostile = {executions: [], created: [], attributes: []};
  const ran = (what) => W.executions.push(what);
  for (const f of ["alert", "confirm", "prompt", "print"]) window[f] = (...a) => { ran(f + "(" + a.map(String).join(",") + ")"); };
  Object.defineProperty(window, "__hostileRan", {set(v) { ran("__hostileRan=" + v); }, get() { return undefined; }});
  document.addEventListener("securitypolicyviolation", (e) => ran("csp:" + e.violatedDirective + " " + (e.sample || "")));
  const allowed = new Set(["A", "ARTICLE", "BUTTON", "CODE", "DETAILS", "DIV", "H3", "H4", "H5", "HEADER", "LI", "MARK", "P", "PRE", "SECTION", "SPAN", "SUMMARY", "UL"]);
  const look = (el) => {
    if (!(el instanceof Element)) return;
    if (!allowed.has(el.tagName)) W.created.push(el.tagName.toLowerCase());
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith("on") || n === "style" || n === "srcdoc" || n === "src" || n === "formaction") W.attributes.push(el.tagName.toLowerCase() + "[" + n + "]");
    }
    if (el.tagName === "A") {
      const h = el.getAttribute("href") || "";
      if (!/^https:\/\//.test(h) && !/^rules\.html(#[A-Z0-9]*)?$/.test(h)) W.attributes.push("a[href=" + h.slice(0, 80) + "]");
    }
  };
  let armed = false;
  new MutationObserver((list) => {
    if (!armed) return;
    for (const m of list) for (const n of m.addedNodes) {
      if (!(n instanceof Element)) continue;
      look(n);
      for (const d of n.querySelectorAll("*")) look(d);
    }
  }).observe(document, {childList: true, subtree: true});
  // Start watching once the page has built itself.
  W.arm = () => { armed = true; W.executions.length = 0; W.created.length = 0; W.attributes.length = 0; };
})()`

// ArmJS starts the watch (call it once the page is ready, before pasting),
// and clears what was recorded so far.
const ArmJS = `window.__hostile.arm(), true`

// Check is what CheckJS returns.
type Check struct {
	Executions []string `json:"executions"`
	Created    []string `json:"created"`
	Attributes []string `json:"attributes"`
	// PageOverflow is how far the page is wider than the window, in CSS px.
	PageOverflow float64 `json:"pageOverflow"`
	// Wide lists elements of the results that stick out of the results pane.
	Wide []string `json:"wide"`
	// Quotes are the texts of the evidence quotes on the page.
	Quotes []string `json:"quotes"`
	// Cards and Errors count rendered exchanges and error boxes.
	Cards  int `json:"cards"`
	Errors int `json:"errors"`
}

// CheckJS reads the watch and measures the layout of the results.
const CheckJS = `(() => {
  const W = window.__hostile, out = document.getElementById("out");
  const box = out.getBoundingClientRect(), wide = [];
  for (const el of out.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > box.right + 1) wide.push(el.tagName.toLowerCase() + "." + el.className + " +" + Math.round(r.right - box.right) + "px");
    if (wide.length >= 10) break;
  }
  return {executions: W.executions.slice(), created: W.created.slice(), attributes: W.attributes.slice(),
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide,
    quotes: [...out.querySelectorAll(".quote")].map((q) => q.textContent),
    cards: out.querySelectorAll("article.card").length, errors: out.querySelectorAll(".error").length};
})()`

// BrowserSample is a part of Pastes small enough for the browser, where each
// paste costs the page's debounce: every vector once, in a placement that
// rotates through all of them, plus every placement of the vectors most
// likely to get through (script tags, handlers, attribute breakouts, the
// backtick that the page's prose renderer gives meaning to, and CSS).
func BrowserSample() ([]Case, error) {
	all, err := Pastes()
	if err != nil {
		return nil, err
	}
	every := map[string]bool{"script-tag": true, "img-onerror": true, "attr-dquote": true, "backtick-code": true,
		"backtick-odd": true, "css-close-style": true, "svg-onload": true, "rlo-name": true}
	nPlace := len(placements) + len(harPlacements)
	var out []Case
	for i, c := range all {
		vi, pi := i/nPlace, i%nPlace
		if every[c.Label] || pi == vi%nPlace {
			out = append(out, c)
		}
	}
	return out, nil
}

// Visible is text as the page shows a quote: its visible() (web/text.js)
// turns C0 controls other than tab and line feed into their Unicode control
// pictures (DEL into U+2421) and bidi controls into "<U+202E>" marks, so that
// nothing in a quote is invisible or reorders what the reader sees. Keep the
// two in step; compare page quotes with ShownOnPage.
func Visible(text string) string {
	var b strings.Builder
	for _, r := range text {
		switch {
		case r < 0x20 && r != '\t' && r != '\n':
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune(0x2421)
		case r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ShownOnPage is Shown for a quote read back from the page, which shows
// invisible characters as Visible does.
func ShownOnPage(pageText, quoted string) bool {
	return Shown(pageText, quoted) || Shown(pageText, Visible(quoted))
}
