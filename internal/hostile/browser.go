package hostile

import (
	"fmt"
	"strings"
)

// What the browser tests need to paste the corpus into the page and check it
// there: the page's own tags, a watch script installed before the page's
// scripts, and how the page shows a quote. They are plain strings and
// functions so that e2e can use them with chromedp:
//
//	page.AddScriptToEvaluateOnNewDocument(hostile.WatchJS)   // before navigating
//	window.__watch.arm()                                     // once the page is ready
//	for _, c := range hostile.Pastes() {
//		paste c.Paste, wait for the page's next analysis, read window.__watch and
//		require no executions, created elements or attributes, and, when
//		c.Quoted != "", a quote on the page for which hostile.ShownOnPage(q, c.Quoted).
//	}

// PageTags are the HTML elements the page's own scripts create anywhere in
// the results (dom.js el(), flow.js html()), as Element.tagName spells them.
// TestPageTags reads web/*.js and fails when the two differ.
var PageTags = []string{"A", "ARTICLE", "BUTTON", "CODE", "DETAILS", "DIV", "H3", "H4", "H5", "HEADER", "INPUT", "LI", "MARK", "P", "PRE", "SECTION", "SPAN", "STRONG", "SUMMARY", "UL"}

// FlowTags are the elements the flow timeline (flow.js) creates inside its
// figure only: the figure and its caption (HTML), and the SVG drawing, whose
// tagName keeps its case.
var FlowTags = []string{"FIGURE", "FIGCAPTION", "svg", "g", "title", "rect", "text", "line", "polygon", "circle", "a"}

// WatchJS is installed before the page's own scripts (chromedp's
// page.AddScriptToEvaluateOnNewDocument). Once armed (window.__watch.arm()),
// it records in window.__watch what a hostile input must never cause
// anywhere in the document:
//   - executions: alert/confirm/prompt/print, writes to window.__pwned or
//     window.__hostileRan, and Content-Security-Policy violations (the CSP
//     blocks inline handlers and foreign scripts, so a violation means markup
//     from the input reached the DOM);
//   - created: added elements whose tag is not one the page itself makes
//     (PageTags, and FlowTags inside the flow timeline's figure);
//   - attributes: on* handlers, style, src, srcdoc, formaction on added
//     elements, and links other than https:, the page's own anchors, blob:
//     downloads and rules.html.
var WatchJS = fmt.Sprintf(`(() => {
  const W = window.__watch = {executions: [], created: [], attributes: [], armed: false};
  const ran = (what) => W.executions.push(String(what).slice(0, 200));
  for (const f of ["alert", "confirm", "prompt", "print"]) window[f] = (...a) => ran(f + "(" + a.map(String).join(",") + ")");
  for (const name of ["__pwned", "__hostileRan"]) Object.defineProperty(window, name, {set(v) { ran(name + "=" + v); }, get() { return undefined; }});
  document.addEventListener("securitypolicyviolation", (e) => ran("csp:" + e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")));
  const pageTags = new Set(%s);
  // The flow timeline (flow.js) draws these, in the SVG namespace, inside its figure only.
  const flowTags = new Set(%s);
  const flowMade = (el) => flowTags.has(el.tagName) && !!el.closest("#out section.flows figure.flow") &&
    (el.tagName === el.tagName.toUpperCase() || (el.namespaceURI === "http://www.w3.org/2000/svg" && !!el.closest("svg.flow-svg")));
  const look = (el) => {
    if (!pageTags.has(el.tagName) && !flowMade(el)) W.created.push(el.tagName.toLowerCase());
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith("on") || ["style", "src", "srcdoc", "formaction", "xlink:href", "action", "background"].includes(n)) W.attributes.push(el.tagName.toLowerCase() + "[" + n + "]");
    }
    if (el.tagName === "A" && el.hasAttribute("href")) {
      const h = el.getAttribute("href");
      if (!/^(https:\/\/|#|blob:|rules\.html(#[A-Z0-9]*)?$)/.test(h)) W.attributes.push("a[href=" + h.slice(0, 80) + "]");
    }
  };
  new MutationObserver((list) => {
    if (!W.armed) return;
    for (const m of list) {
      if (m.type === "attributes") {
        const n = m.attributeName.toLowerCase();
        if (m.target.hasAttribute(m.attributeName) && (n.startsWith("on") || ["src", "srcdoc", "formaction", "xlink:href", "action"].includes(n))) W.attributes.push(m.target.tagName.toLowerCase() + "[" + n + "] set");
        continue;
      }
      for (const n of m.addedNodes) {
        if (!(n instanceof Element)) continue;
        look(n);
        for (const d of n.querySelectorAll("*")) look(d);
      }
    }
  }).observe(document, {childList: true, subtree: true, attributes: true});
  W.arm = () => { W.armed = true; W.executions.length = W.created.length = W.attributes.length = 0; return true; };
})()`, jsList(PageTags), jsList(FlowTags))

// jsList is a JavaScript array literal of the strings.
func jsList(ss []string) string {
	return `["` + strings.Join(ss, `", "`) + `"]`
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
