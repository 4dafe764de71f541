//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/hostile"
)

// hostileCheck is what readHostile returns for one rendered input.
type hostileCheck struct {
	Executions []string `json:"executions"`
	Created    []string `json:"created"`
	Attributes []string `json:"attributes"`
	Overflow   float64  `json:"overflow"` // scrollWidth - innerWidth of the page
	Outside    []string `json:"outside"`  // elements of #out poking out of it
	Quotes     []string `json:"quotes"`
	Text       string   `json:"text"` // the results pane's text
	Capture    string   `json:"capture"`
	Cards      int      `json:"cards"`
	Errors     int      `json:"errors"`
}

// readHostile opens every finding and measures the page: nothing wider than
// the window, every element of the results inside #out's box.
const readHostile = `(async () => {
  for (const d of document.querySelectorAll("#out details.finding")) d.open = true;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const W = window.__watch, out = document.getElementById("out"), box = out.getBoundingClientRect(), outside = [];
  for (const el of out.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (el.parentElement.closest(".flow-scroll")) continue; // clipped by the timeline's own scroll box
    if (r.right > box.right + 1 || r.left < box.left - 1) outside.push(el.tagName.toLowerCase() + "." + el.className + " [" + Math.round(r.left) + "," + Math.round(r.right) + "] in [" + Math.round(box.left) + "," + Math.round(box.right) + "]");
    if (outside.length >= 10) break;
  }
  return {executions: W.executions.slice(), created: W.created.slice(), attributes: W.attributes.slice(),
    overflow: document.documentElement.scrollWidth - window.innerWidth, outside,
    quotes: [...out.querySelectorAll(".quote")].map((q) => q.textContent),
    text: out.textContent, capture: document.getElementById("capture-result").textContent,
    cards: out.querySelectorAll("article.card").length, errors: out.querySelectorAll(".error").length};
})()`

// settled is true once the analysis started by the last input is rendered:
// an error box, or the status line's count with every card of the first
// batch on the page. pasteFresh clears both first.
const settled = `(() => {
  const out = document.getElementById("out");
  if (out.querySelector(".error")) return true;
  const m = /^([0-9,]+) exchanges?(?::[^·]*)? ·/.exec(document.getElementById("status").textContent);
  return !!m && out.querySelectorAll("article.card").length === Math.min(50, Number(m[1].replace(/,/g, "")));
})()`

// pasteFresh empties the results and the status line, then pastes.
func (p *page) pasteFresh(text string) {
	p.t.Helper()
	p.eval(`document.getElementById("out").replaceChildren(), document.getElementById("status").textContent = "", true`, nil)
	p.paste(text)
	p.waitFor(settled)
}

// checkHostile reads the page at 1280 px, then again at 360 px, and reports
// anything that ran, any foreign element or attribute, and any layout that
// broke out of the window or the results pane.
func (p *page) checkHostile(what string) hostileCheck {
	p.t.Helper()
	var wide, narrow hostileCheck
	p.await(readHostile, &wide)
	p.run(chromedp.EmulateViewport(360, 740))
	p.await(readHostile, &narrow)
	p.run(chromedp.EmulateViewport(1280, 900))
	for _, c := range []struct {
		width int
		hostileCheck
	}{{1280, wide}, {360, narrow}} {
		if len(c.Executions) > 0 {
			p.t.Errorf("%s: something ran: %q", what, c.Executions)
		}
		if len(c.Created) > 0 || len(c.Attributes) > 0 {
			p.t.Errorf("%s: foreign markup in the page: elements %q, attributes %q", what, c.Created, c.Attributes)
		}
		if c.Overflow > 0 {
			p.t.Errorf("%s: at %d px the page is %.0f px wider than the window", what, c.width, c.Overflow)
		}
		if len(c.Outside) > 0 {
			p.t.Errorf("%s: at %d px, elements outside the results pane: %q", what, c.width, c.Outside)
		}
		if c.Cards == 0 && c.Errors == 0 {
			p.t.Errorf("%s: neither a result nor an error was shown", what)
		}
	}
	return wide
}

// mergeHAR joins the entries of several one-entry HAR files into one.
func mergeHAR(t *testing.T, hars []string) string {
	var entries []json.RawMessage
	for _, h := range hars {
		var v struct {
			Log struct {
				Entries []json.RawMessage `json:"entries"`
			} `json:"log"`
		}
		if err := json.Unmarshal([]byte(h), &v); err != nil {
			t.Fatalf("a HAR case does not decode: %v", err)
		}
		entries = append(entries, v.Log.Entries...)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "WebInspector", "version": "537.36"}, "entries": entries}})
	return b.String()
}

// Every vector of the corpus in every placement, pasted into the page in
// batches (text placements: three vectors, twelve exchanges each; HAR
// placements: seven vectors' entries in one HAR): nothing runs, no foreign
// element or attribute appears, nothing is wider than the window at 1280 or
// 360 px, and every line the classifier is expected to quote is shown as
// text (literally, or with the page's visible control marks).
func TestHostilePastes(t *testing.T) {
	all, err := hostile.Pastes()
	if err != nil {
		t.Fatal(err)
	}
	p := newPageOn(t, 1280, 900, func(h http.Handler) http.Handler { return h }, addScript(hostile.WatchJS))
	p.eval(`window.__watch.arm()`, nil)

	var text, har []hostile.Case
	for _, c := range all {
		if strings.HasPrefix(c.Placement, "har-") {
			har = append(har, c)
		} else {
			text = append(text, c)
		}
	}
	check := func(batch []hostile.Case, paste string) {
		labels := map[string]bool{}
		var names []string
		for _, c := range batch {
			if !labels[c.Label] {
				labels[c.Label] = true
				names = append(names, c.Label)
			}
		}
		what := strings.Join(names, ",")
		p.pasteFresh(paste)
		res := p.checkHostile(what)
		for _, c := range batch {
			if c.Quoted == "" {
				continue
			}
			shown := false
			for _, q := range res.Quotes {
				if hostile.ShownOnPage(q, c.Quoted) {
					shown = true
					break
				}
			}
			if !shown {
				t.Errorf("%s: the evidence %q is not shown as text among %d quotes", c.Name, trim(c.Quoted), len(res.Quotes))
			}
		}
	}
	// Vectors come in placement order; a batch is every placement of a few vectors.
	perVector := func(cs []hostile.Case, vectors int, join func([]hostile.Case) string) {
		for i := 0; i < len(cs); {
			j, seen := i, map[string]bool{}
			for j < len(cs) && (seen[cs[j].Label] || len(seen) < vectors) {
				seen[cs[j].Label] = true
				j++
			}
			check(cs[i:j], join(cs[i:j]))
			i = j
		}
	}
	perVector(text, 3, func(cs []hostile.Case) string {
		ps := make([]string, len(cs))
		for i, c := range cs {
			ps[i] = c.Paste
		}
		return strings.Join(ps, "\n\n")
	})
	perVector(har, 7, func(cs []hostile.Case) string {
		ps := make([]string, len(cs))
		for i, c := range cs {
			ps[i] = c.Paste
		}
		return mergeHAR(t, ps)
	})
}

// hostileAPI answers /v/N with corpus vector N in an exposed challenge, an
// exposed header and an HTML body, with CORS for the page's origin.
func hostileAPI(t *testing.T, vs []hostile.Vector) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" {
			w.Header().Set("Access-Control-Allow-Origin", o)
			w.Header().Set("Vary", "Origin")
		}
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/v/"))
		if err != nil || i < 0 || i >= len(vs) {
			http.NotFound(w, r)
			return
		}
		v := vs[i].Text
		h := w.Header()
		h.Set("Access-Control-Expose-Headers", "WWW-Authenticate, X-Hostile")
		if headerSafe(v) {
			h.Set("WWW-Authenticate", `Bearer realm="`+v+`", error="invalid_token"`)
			h.Set("X-Hostile", v)
		} else {
			h.Set("WWW-Authenticate", `Bearer realm="api", error="invalid_token"`)
			h.Set("X-Hostile", "vector "+strconv.Itoa(i)+" is not a valid header value")
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = fmt.Fprintf(w, "<html><head><title>%s</title></head><body>%s</body></html>\n", v, v)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// headerSafe: printable ASCII (and tab) only, short enough for a header, so
// the browser reads the value back byte for byte.
func headerSafe(v string) bool {
	if len(v) > 4000 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < 0x20 && c != '\t') || c >= 0x7f {
			return false
		}
	}
	return strings.TrimSpace(v) == v
}

// Every vector delivered through the page's capture form by a second origin
// that echoes it in an exposed WWW-Authenticate challenge, an exposed header
// and the body: nothing runs or breaks, the capture panel shows the body as
// text, and the challenge line carrying the vector is quoted as text.
func TestHostileCapture(t *testing.T) {
	vs, err := hostile.Vectors()
	if err != nil {
		t.Fatal(err)
	}
	api := hostileAPI(t, vs)
	p := newPageOn(t, 1280, 900, func(h http.Handler) http.Handler { return h }, addScript(hostile.WatchJS))
	p.eval(`window.__watch.arm()`, nil)
	for i, v := range vs {
		p.fillCapture(api.URL+"/v/"+strconv.Itoa(i), "GET", "Accept: text/html", "omit")
		p.eval(`document.getElementById("out").replaceChildren(), document.getElementById("status").textContent = "", true`, nil)
		res := p.sendCapture()
		if !strings.Contains(res, "401") {
			t.Errorf("%s: the capture did not see the 401:\n%s", vs[i].Label, trim(res))
			continue
		}
		p.waitFor(settled)
		got := p.checkHostile(vs[i].Label)
		// The body as the panel shows it: visible marks, cut after 4,000 characters.
		body := hostile.Visible(v.Text)
		if r := []rune(body); len(r) > 1000 {
			body = string(r[:1000])
		}
		if !strings.Contains(got.Capture, body) {
			t.Errorf("%s: the capture panel does not show the body as text", v.Label)
		}
		if headerSafe(v.Text) {
			line := `www-authenticate: Bearer realm="` + v.Text + `", error="invalid_token"`
			if !strings.Contains(got.Capture, line) {
				t.Errorf("%s: the capture panel does not show the challenge %q", v.Label, trim(line))
			}
			shown := false
			for _, q := range got.Quotes {
				shown = shown || hostile.ShownOnPage(q, line)
			}
			if !shown {
				t.Errorf("%s: no evidence quotes the challenge %q; quotes: %q", v.Label, trim(line), got.Quotes)
			}
		}
	}
}

func addScript(js string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := cdppage.AddScriptToEvaluateOnNewDocument(js).Do(ctx)
		return err
	})
}

func trim(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
