//go:build !js

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

// coldProbeJS is installed before every document of a fresh browser
// context. With a paste (%s, a JSON string, or null) it pastes it the way a
// user's paste arrives (an input event of type insertFromPaste) as soon as
// the page's scripts have run (DOMContentLoaded), and records when the first
// exchange card is in the page and laid out. It always records when the page
// says it is ready (data-ready="true" on <html>).
const coldProbeJS = `(() => {
  const paste = %s;
  const C = window.__cold = {ready: 0, pasted: 0, card: 0};
  new MutationObserver(() => {
    const h = document.documentElement;
    if (!C.ready && h && h.dataset.ready === "true") C.ready = performance.now();
    if (paste !== null && !C.card) {
      const c = document.querySelector("#out article.card");
      if (c) { void c.getBoundingClientRect().height; C.card = performance.now(); }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});
  if (paste !== null) document.addEventListener("DOMContentLoaded", () => {
    const t = document.getElementById("paste");
    t.value = paste;
    C.pasted = performance.now();
    t.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste"}));
  });
})()`

// coldMarksJS gathers the milestones of one cold load, in ms since
// navigation: the document's own (navigation timing, performance.mark) and
// the worker's (engine.js marks()).
const coldMarksJS = `(async () => {
  const C = window.__cold, m = [];
  const nav = performance.getEntriesByType("navigation")[0];
  if (nav) { m.push(["html:received", nav.responseEnd]); m.push(["html:parsed", nav.domInteractive]); }
  for (const e of performance.getEntriesByType("mark")) m.push([e.name, e.startTime]);
  if (C.pasted) m.push(["paste", C.pasted]);
  if (C.ready) m.push(["page:ready", C.ready]);
  if (C.card) m.push(["first card", C.card]);
  try {
    const engine = await import(new URL("engine.js", location.href).href);
    if (engine.marks) for (const x of await engine.marks()) m.push(x);
  } catch (e) { m.push(["marks unavailable: " + e, 0]); }
  return m;
})()`

// coldRun is one load in a fresh browser context.
type coldRun struct {
	at    float64 // navigation → first card (real) or → ready (hello), ms
	marks map[string]float64
}

// measureCold loads each site n times (after one load each that is not
// counted), alternating, each time in a new Chromium with a new profile: an
// empty HTTP cache, no service worker, no compiled code kept in memory or on
// disk, as on a first visit. The real site is pasted workload.ColdPaste and timed to
// its first exchange card; the hello-world site is timed to ready (its
// main() has run). Starting the browser is not timed: the clock is the
// page's, from navigation.
func measureCold(browser, realURL, helloURL string, n int) (real, hello []coldRun, err error) {
	q, _ := json.Marshal(workload.ColdPaste)
	one := func(url string, withPaste bool) (coldRun, error) {
		profile, err := os.MkdirTemp("", "authtriage-bench-cold-")
		if err != nil {
			return coldRun{}, err
		}
		defer func() {
			for i := 0; i < 20 && os.RemoveAll(profile) != nil; i++ {
				time.Sleep(50 * time.Millisecond)
			}
		}()
		bctx, bcancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer bcancel()
		actx, acancel := chromedp.NewExecAllocator(bctx, chromeOptions(browser, profile)...)
		defer acancel()
		ctx, cancel := chromedp.NewContext(actx)
		defer cancel()
		// Start the browser first, with a blank page, and let it settle (the
		// first Run's context is the browser's: no deadline derived here).
		if err := chromedp.Run(ctx, chromedp.Navigate("about:blank"), chromedp.Sleep(300*time.Millisecond)); err != nil {
			return coldRun{}, fmt.Errorf("starting Chromium: %w", err)
		}
		probe := fmt.Sprintf(coldProbeJS, "null")
		wait := `window.__cold && window.__cold.ready`
		if withPaste {
			probe = fmt.Sprintf(coldProbeJS, q)
			wait = `window.__cold && window.__cold.card`
		}
		var at float64
		var marks [][2]any
		err = within(ctx, 90*time.Second,
			chromedp.ActionFunc(func(ctx context.Context) error {
				_, err := page.AddScriptToEvaluateOnNewDocument(probe).Do(ctx)
				return err
			}),
			chromedp.Navigate(url),
			chromedp.Poll(wait, &at, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(5*time.Millisecond)),
			evalAwait(coldMarksJS, &marks))
		if err != nil {
			return coldRun{}, err
		}
		r := coldRun{at: at, marks: map[string]float64{}}
		for _, m := range marks {
			name, _ := m[0].(string)
			t, _ := m[1].(float64)
			if _, seen := r.marks[name]; !seen {
				r.marks[name] = t
			}
		}
		return r, nil
	}
	logf("cold first verdict: %d loads of each site, each in a fresh browser context", n)
	for i := -1; i < n; i++ {
		a, err := one(realURL, true)
		if err != nil {
			return real, hello, fmt.Errorf("cold load of the page: %w", err)
		}
		b, err := one(helloURL, false)
		if err != nil {
			return real, hello, fmt.Errorf("cold load of the hello-world page: %w", err)
		}
		if i >= 0 {
			real, hello = append(real, a), append(hello, b)
		}
		if *verbose {
			logf("cold %d: first card %.1f ms %v; hello ready %.1f ms", i, a.at, a.marks, b.at)
		}
	}
	return real, hello, nil
}

// milestones is the median time of each milestone over runs, in order, as
// "name at (+delta)" text; a milestone missing from some runs is marked.
func milestones(runs []coldRun) string {
	times := map[string][]float64{}
	for _, r := range runs {
		for k, v := range r.marks {
			times[k] = append(times[k], v)
		}
	}
	type ms struct {
		name string
		at   float64
		n    int
	}
	var all []ms
	for k, v := range times {
		all = append(all, ms{k, workload.Median(v), len(v)})
	}
	sort.Slice(all, func(i, j int) bool {
		return all[i].at < all[j].at || all[i].at == all[j].at && all[i].name < all[j].name
	})
	var parts []string
	prev := 0.0
	for _, m := range all {
		s := fmt.Sprintf("%s %.0f (+%.0f)", m.name, m.at, m.at-prev)
		if m.n < len(runs) {
			s += fmt.Sprintf(" [%d of %d runs]", m.n, len(runs))
		}
		parts = append(parts, s)
		prev = m.at
	}
	return strings.Join(parts, ", ")
}

// phases names the spans between the milestones the page sets, for the
// breakdown row: each phase is from its start mark to its end mark (medians
// over the runs of the per-run differences), skipped when a mark is absent.
var phases = []struct{ name, from, to string }{
	{"HTML", "", "html:received"},
	{"scripts (app.js and engine.js fetched and run)", "html:received", "app:init"},
	{"worker start (engine spawn → worker.js running)", "engine:spawn", "worker:start"},
	{"wasm_exec.js", "worker:start", "worker:wasm_exec"},
	{"wasm fetch + compile in the page (engine spawn → compiled)", "engine:spawn", "engine:compiled"},
	{"module handed to the worker", "engine:compiled", "wasm:received"},
	{"instantiation", "wasm:received", "wasm:instantiated"},
	{"wasm fetch + compile", "wasm:fetch", "wasm:compiled"},
	{"wasm fetch + compile + instantiate", "wasm:fetch", "wasm:instantiated"},
	{"Go start (instantiated → bridge ready)", "wasm:instantiated", "go:ready"},
	{"warm-up analysis", "go:ready", "go:warm"},
	{"first analysis (open + secrets)", "analyze:start", "analyze:end"},
	{"summary done, first page started", "analyze:end", "page:start"},
	{"first page of exchanges (Go, JSON)", "page:start", "page:end"},
	{"cards rendered and laid out", "page:end", "first card"},
	{"of which the answer reaching the page", "page:end", "view:report"},
	{"the results built (DOM)", "view:report", "view:cards"},
	{"their style and layout", "view:cards", "first card"},
	{"render (answer → first card laid out)", "analyze:end", "first card"},
}

func breakdown(runs []coldRun) string {
	var parts []string
	for _, p := range phases {
		var d []float64
		for _, r := range runs {
			to, ok := r.marks[p.to]
			from, ok2 := r.marks[p.from]
			if p.from == "" {
				ok2 = true
			}
			if ok && ok2 {
				d = append(d, to-from)
			}
		}
		if len(d) == 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %.0f", p.name, workload.Median(d)))
	}
	return strings.Join(parts, "; ")
}

func (t *table) cold(real, hello []coldRun) {
	if len(real) == 0 || len(hello) == 0 {
		return
	}
	at := func(rs []coldRun) []float64 {
		var xs []float64
		for _, r := range rs {
			xs = append(xs, r.at)
		}
		return xs
	}
	a, b := at(real), at(hello)
	ma, mb := workload.Median(a), workload.Median(b)
	t.add(row{fmt.Sprintf("cold first verdict (fresh context; paste → first card vs hello-world ready), median of %d (range %s / %s ms)", len(a), spread(a), spread(b)),
		msf(ma), msf(mb), ratio(ma, mb), "≤ 2×", yes(ma/mb <= 2)})
	var ready []float64
	for _, r := range real {
		if v, ok := r.marks["page:ready"]; ok {
			ready = append(ready, v)
		}
	}
	if len(ready) == len(real) {
		mr := workload.Median(ready)
		t.add(row{"cold navigation → ready (same loads)", msf(mr), msf(mb), ratio(mr, mb), "≤ 1.5×", yes(mr/mb <= 1.5)})
	}
	t.note("cold first verdict, phases (median ms): " + breakdown(real))
	t.note("cold first verdict, milestones (median ms since navigation): " + milestones(real))
	t.note("cold hello-world, milestones (median ms since navigation): " + milestones(hello))
}
