//go:build !js

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/bench/workload"
	"github.com/authtriage/authtriage/internal/devserver"
)

// prefix is where both sites are mounted, as in the browser tests.
const prefix = "/authtriage/"

// bigName is the generated HAR, served next to the page (not part of the site).
const bigName = "bench-big.har"

// probeJS is installed before every document (Page.addScriptToEvaluateOnNewDocument).
// It records, without changing the page:
//   - readyAt: performance.now() (ms since navigation start) when the page
//     sets data-ready="true" on <html>, i.e. when the analyzer is usable;
//   - eventAt: when the bridge dispatches "authtriage-ready";
//   - runs: each analysis the page makes, from the start of its debounced
//     setTimeout(analyzeNow, …) callback to the results pane's next final
//     state (a card or an error), style and layout included (js is the time
//     spent in analyzeNow itself);
//   - calls: each authtriage.analyze call (the wasm side, string transfer
//     included), and parseMs, the JSON.parse of a report over 1 MB;
//   - longtasks: PerformanceObserver "longtask" entries;
//   - heap: performance.memory.usedJSHeapSize samples at each of those
//     points, when sampleHeap is set; wasmMem: the Go module's memory.
const probeJS = `(() => {
  const B = window.__bench = {readyAt: 0, eventAt: 0, runs: [], calls: [], longtasks: [], heap: [], sampleHeap: false, wasmMem: null, parseMs: 0};
  const sample = (tag) => { if (B.sampleHeap && performance.memory) B.heap.push([tag, performance.memory.usedJSHeapSize]); };
  B.sample = (tag) => { if (performance.memory) B.heap.push([tag, performance.memory.usedJSHeapSize]); };
  new MutationObserver(() => {
    const h = document.documentElement;
    if (!B.readyAt && h && h.dataset.ready === "true") B.readyAt = performance.now();
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
      .observe({type: "longtask", buffered: true});
  } catch (e) { B.longtaskError = String(e); }
  const grab = (p) => p.then((r) => { try { B.wasmMem = r.instance.exports.mem; } catch (e) {} return r; });
  const wis = WebAssembly.instantiateStreaming, wi = WebAssembly.instantiate;
  if (wis) WebAssembly.instantiateStreaming = function (...a) { return grab(wis.apply(WebAssembly, a)); };
  WebAssembly.instantiate = function (...a) { const p = wi.apply(WebAssembly, a); return a[0] instanceof WebAssembly.Module ? p : grab(p); };
  addEventListener("authtriage-ready", () => {
    B.eventAt = performance.now();
    const api = globalThis.authtriage;
    if (!api || typeof api.analyze !== "function") return;
    const orig = api.analyze;
    api.analyze = function (...args) {
      sample("before analyze");
      const t0 = performance.now();
      const r = orig.apply(this, args);
      B.calls.push({ms: performance.now() - t0, in: String(args[0]).length, out: String(r).length});
      sample("after analyze");
      return r;
    };
  });
  const jp = JSON.parse;
  B.parse = jp;
  JSON.parse = function (s, ...rest) {
    if (typeof s !== "string" || s.length < 1e6) return jp.call(JSON, s, ...rest);
    const t0 = performance.now();
    const v = jp.call(JSON, s, ...rest);
    B.parseMs = performance.now() - t0;
    sample("after JSON.parse");
    return v;
  };
  // A run starts when the page's debounced analyzeNow fires and ends when
  // the results pane next shows a final state (a card or an error), with
  // style and layout forced: the same whether the page analyses on the main
  // thread or hands the paste to a worker and renders its answer later.
  let pending = null;
  const finish = () => {
    if (!pending) return;
    const out = document.getElementById("out");
    if (!out || !out.querySelector("article.card, .error")) return;
    const t1 = performance.now();
    void out.getBoundingClientRect().height;
    const t2 = performance.now();
    sample("after render");
    B.runs.push({start: pending.start, js: pending.js, total: t2 - pending.start, layout: t2 - t1});
    pending = null;
    if (B.onRun) B.onRun();
  };
  new MutationObserver((list) => {
    if (pending && list.some((m) => m.target instanceof Element && m.target.closest("#out"))) finish();
  }).observe(document, {childList: true, subtree: true});
  const st = window.setTimeout;
  window.setTimeout = function (fn, ms, ...rest) {
    if (typeof fn === "function" && (fn.name === "analyzeNow" || fn.name === "analyzePaste")) {
      const f = fn;
      fn = function (...a) {
        const t0 = performance.now();
        pending = {start: t0, js: 0};
        f.apply(this, a);
        if (pending) pending.js = performance.now() - t0;
      };
    }
    return st.call(window, fn, ms, ...rest);
  };
})()`

// browserResult holds the page figures.
type browserResult struct {
	readyReal, readyHello []float64 // navigation → data-ready, ms
	typical               []typicalRun
	typicalCold           float64 // the first analysis on a fresh page, ms
	big                   *bigRun
	bigParse              []float64 // the browser's JSON.parse of the HAR, ms
	reportCall            float64   // a second bridge call on the HAR, ms
	reportParse           []float64 // JSON.parse of its report, alone, ms
	coldReal, coldHello   []coldRun // first visits (cold.go)
}

type typicalRun struct {
	Start  float64 `json:"start"`
	JS     float64 `json:"js"`
	Total  float64 `json:"total"`
	Layout float64 `json:"layout"`
	Cards  int     `json:"cards"`
	// Nodes: the nodes under #out when the results were first shown (a
	// count: what the page built before it could draw them).
	Nodes  int     `json:"nodes"`
	CallMs float64 `json:"callMs"`
	// Marks: the page's performance marks of this run (engine.js
	// "engine:answer" when the worker's answer arrives, view.js
	// "view:report" and "view:cards") and the worker's of its latest
	// analysis (worker.js: "analyze:start", "analyze:open", "page:end"),
	// in ms since the run's start.
	Marks map[string]float64 `json:"marks"`
}

type bigRun struct {
	SetValue  float64     `json:"setValue"`
	Run       *typicalRun `json:"run"`
	CallMs    float64     `json:"callMs"`
	ReportLen int         `json:"reportLen"`
	ParseMs   float64     `json:"parseMs"`
	Longest   float64     `json:"longest"`
	LongTasks int         `json:"longTasks"`
	HeapPeak  float64     `json:"heapPeak"`
	HeapAt    string      `json:"heapAt"`
	HeapStart float64     `json:"heapStart"`
	WasmBytes float64     `json:"wasmBytes"`
	WasmWhere string      `json:"wasmWhere"`
	Cards     int         `json:"cards"`
	Error     string      `json:"error"`
	Status    string      `json:"status"`
}

func findBrowser() string {
	if p := os.Getenv("AUTHTRIAGE_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// chromeOptions are the switches of every Chromium the bench starts (as in
// e2e), with profile as its user data directory.
func chromeOptions(browser, profile string) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		// Unrounded performance.memory, for the heap figure.
		chromedp.Flag("enable-precise-memory-info", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	for _, f := range strings.Fields(*chromeFlags) {
		name, value, hasValue := strings.Cut(strings.TrimLeft(f, "-"), "=")
		if hasValue {
			opts = append(opts, chromedp.Flag(name, value))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	return opts
}

// measureBrowser starts one headless Chromium (flags as in e2e) and measures
// both sites in it, served the same way by devserver under /authtriage/.
func measureBrowser(browser string, s sites, har []byte) (*browserResult, error) {
	res := &browserResult{}
	realSrv := httptest.NewServer(withBig(devserver.New(s.real, prefix), har))
	defer realSrv.Close()
	helloSrv := httptest.NewServer(devserver.New(s.hello, prefix))
	defer helloSrv.Close()

	if *coldRuns > 0 {
		var err error
		res.coldReal, res.coldHello, err = measureCold(browser, realSrv.URL+prefix, helloSrv.URL+prefix, *coldRuns)
		if err != nil || *coldOnly {
			return res, err
		}
	}

	profile, err := os.MkdirTemp("", "authtriage-bench-chromium-")
	if err != nil {
		return res, err
	}
	defer func() {
		for i := 0; i < 20 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(50 * time.Millisecond)
		}
	}()
	opts := chromeOptions(browser, profile)
	// One deadline for the whole browser: chromedp ends the browser with the
	// context of its first Run.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	if *verbose {
		chromedp.ListenTarget(bctx, func(ev any) {
			switch e := ev.(type) {
			case *runtime.EventConsoleAPICalled:
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value))
				}
				logf("console.%s: %s", e.Type, strings.Join(parts, " "))
			case *runtime.EventExceptionThrown:
				logf("page exception: %s", e.ExceptionDetails.Error())
			}
		})
	}
	if err := chromedp.Run(bctx,
		network.Enable(),
		network.SetCacheDisabled(true),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(probeJS).Do(ctx)
			return err
		}),
	); err != nil {
		return res, fmt.Errorf("starting Chromium: %w", err)
	}

	// Navigation → ready, alternating the two sites, after one warm-up each.
	load := func(url string) (float64, error) {
		var at float64
		err := within(bctx, 60*time.Second,
			chromedp.Navigate(url),
			chromedp.Poll(`window.__bench && window.__bench.readyAt`, &at, chromedp.WithPollingTimeout(45*time.Second)))
		return at, err
	}
	logf("navigation → ready: %d loads of each site", *runs)
	for i := -1; i < *runs; i++ {
		a, err := load(realSrv.URL + prefix)
		if err != nil {
			return res, fmt.Errorf("loading the page: %w", err)
		}
		b, err := load(helloSrv.URL + prefix)
		if err != nil {
			return res, fmt.Errorf("loading the hello-world page: %w", err)
		}
		if i >= 0 {
			res.readyReal = append(res.readyReal, a)
			res.readyHello = append(res.readyHello, b)
		}
		if *verbose {
			logf("load %d: page %.1f ms, hello %.1f ms", i, a, b)
		}
	}

	// The typical paste, analysed and rendered, on a freshly loaded page.
	if _, err := load(realSrv.URL + prefix); err != nil {
		return res, err
	}
	logf("typical paste: %d analyses after %d warm-ups", *runs, *warmups)
	for i := -max(*warmups, 1); i < *runs; i++ {
		var r typicalRun
		if err := within(bctx, 60*time.Second, evalAwait(pasteJS(workload.Typical(i+100), 30000), &r)); err != nil {
			return res, fmt.Errorf("typical paste: %w", err)
		}
		if r.Cards < 1 {
			return res, errors.New("typical paste: no result card rendered")
		}
		if i >= 0 {
			res.typical = append(res.typical, r)
		} else if i == -max(*warmups, 1) {
			res.typicalCold = r.Total
		}
		if *verbose {
			logf("typical %d: %+v", i, r)
		}
	}

	if *tracePastes > 0 {
		// A trace is a look at the typical paste: the big HAR is left out.
		return res, tracePasteCPU(bctx, *tracePastes)
	}

	// The big HAR in the page, on a fresh page: fetched from the server as a
	// file would be read, put in the textarea, analysed and rendered.
	if _, err := load(realSrv.URL + prefix); err != nil {
		return res, err
	}
	logf("the %s HAR in the page", mib(len(har)))
	var n int
	if err := within(bctx, 2*time.Minute, evalAwait(`fetch("`+bigName+`").then(r => r.text()).then(t => { window.__big = t; return t.length; })`, &n)); err != nil {
		return res, fmt.Errorf("fetching the HAR into the page: %w", err)
	}
	var big bigRun
	if err := within(bctx, 20*time.Minute, evalAwait(bigJS, &big)); err != nil {
		return res, fmt.Errorf("the big HAR in the page (the tab may have died): %w", err)
	}
	res.big = &big
	if *verbose {
		logf("big: %+v run %+v", big, big.Run)
	}
	for i := 0; i < 3; i++ {
		var ms float64
		if err := within(bctx, 2*time.Minute, chromedp.Evaluate(`(() => { const t0 = performance.now(); window.__bench.parse.call(JSON, window.__big); return performance.now() - t0; })()`, &ms)); err != nil {
			return res, fmt.Errorf("JSON.parse floor: %w", err)
		}
		res.bigParse = append(res.bigParse, ms)
	}
	// The report alone: one more bridge call, then JSON.parse of its answer
	// three times, away from the rendering (is the parse in the run slow by
	// itself, or because of the heap around it?).
	var rp struct {
		Call  float64   `json:"call"`
		Parse []float64 `json:"parse"`
	}
	if err := within(bctx, 5*time.Minute, chromedp.Evaluate(`(() => {
  if (!globalThis.authtriage) return {call: -1, parse: []};
  const t0 = performance.now();
  const r = globalThis.authtriage.analyze(window.__big, {});
  const call = performance.now() - t0, parse = [];
  for (let i = 0; i < 3; i++) { const t = performance.now(); window.__bench.parse.call(JSON, r); parse.push(performance.now() - t); }
  return {call, parse};
})()`, &rp)); err != nil {
		return res, fmt.Errorf("report parse: %w", err)
	}
	res.reportCall, res.reportParse = rp.Call, rp.Parse
	return res, nil
}

// within runs actions with a deadline derived from the browser's context (a
// derived deadline ends the wait, not the browser).
func within(ctx context.Context, d time.Duration, actions ...chromedp.Action) error {
	c, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return chromedp.Run(c, actions...)
}

func evalAwait(js string, res any) chromedp.Action {
	return chromedp.Evaluate(js, res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	})
}

// withBig serves the generated HAR at prefix+bigName, the site otherwise.
func withBig(site http.Handler, har []byte) http.Handler {
	mod := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == prefix+bigName {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "no-store")
			http.ServeContent(w, r, bigName, mod, bytes.NewReader(har))
			return
		}
		site.ServeHTTP(w, r)
	})
}

// pasteJS sets the textarea as a paste does, fires input, and resolves with
// the page's next analysis, as soon as the probe records it (B.onRun): no
// polling, whose timer tasks on the page's main thread would be counted in
// the traced CPU time of each paste (-trace-pastes) as the page's own.
func pasteJS(text string, timeoutMs int) string {
	q, _ := json.Marshal(text)
	return fmt.Sprintf(`new Promise((resolve, reject) => {
  const B = window.__bench, n = B.runs.length, c = B.calls.length;
  const t = document.getElementById("paste");
  const timer = setTimeout(() => {
    B.onRun = null;
    reject(new Error("the page made no analysis"));
  }, %d);
  B.onRun = () => {
    if (B.runs.length <= n) return;
    B.onRun = null;
    clearTimeout(timer);
    const r = B.runs[B.runs.length - 1], marks = {};
    let nodes = 0;
    for (const w = document.createTreeWalker(document.getElementById("out")); w.nextNode(); ) nodes++;
    for (const e of performance.getEntriesByType("mark")) if (e.startTime >= r.start) marks[e.name] = e.startTime - r.start;
    const res = () => resolve({start: r.start, js: r.js, total: r.total, layout: r.layout, cards: document.querySelectorAll("#out article.card").length, nodes,
      callMs: B.calls.length > c ? B.calls[B.calls.length - 1].ms : -1, marks});
    import(new URL("engine.js", location.href).href).then((e) => e.marks()).then((m) => {
      for (const [name, at] of m) if (at >= r.start) marks[name] = at - r.start;
    }).finally(res);
  };
  t.value = %s;
  t.dispatchEvent(new Event("input", {bubbles: true}));
})`, timeoutMs, q)
}

// bigJS pastes window.__big and gathers the figures of that one analysis.
const bigJS = `(async () => {
  const B = window.__bench;
  await new Promise((r) => setTimeout(r, 200));
  B.heap = [];
  B.sampleHeap = true;
  B.sample("start");
  const n = B.runs.length, c = B.calls.length;
  const t = document.getElementById("paste");
  const t0 = performance.now();
  t.value = window.__big;
  const t1 = performance.now();
  B.sample("after setting the textarea");
  t.dispatchEvent(new Event("input", {bubbles: true}));
  await new Promise((resolve, reject) => {
    const check = () => {
      if (B.runs.length > n) resolve();
      else if (performance.now() - t0 > 15 * 60 * 1000) reject(new Error("no analysis within 15 minutes"));
      else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
  let wasmBytes = B.wasmMem ? B.wasmMem.buffer.byteLength : 0, where = "page";
  if (!wasmBytes) {
    // The analyzer runs in a worker: ask the page's engine (engine.js stats()).
    try { wasmBytes = (await (await import(new URL("engine.js", location.href).href)).stats()).wasmBytes; where = "worker"; } catch (e) { where = "unknown: " + e; }
  }
  B.sample("after the next frame");
  B.sampleHeap = false;
  const lt = B.longtasks.filter(([s, d]) => s + d >= t0);
  let peak = 0, at = "";
  for (const [tag, v] of B.heap) if (v > peak) { peak = v; at = tag; }
  const call = B.calls.length > c ? B.calls[B.calls.length - 1] : null;
  const err = document.querySelector("#out .error");
  return {setValue: t1 - t0, run: B.runs[B.runs.length - 1], callMs: call ? call.ms : -1, reportLen: call ? call.out : 0,
    parseMs: B.parseMs, longest: lt.reduce((m, [, d]) => Math.max(m, d), 0), longTasks: lt.length,
    heapPeak: peak, heapAt: at, heapStart: B.heap.length ? B.heap[0][1] : 0,
    wasmBytes, wasmWhere: where,
    cards: document.querySelectorAll("#out article.card").length,
    error: err ? err.textContent.slice(0, 300) : "", status: document.getElementById("status").textContent};
})()`

func (t *table) browser(br *browserResult, harBytes, entries int) {
	if br == nil {
		return
	}
	t.cold(br.coldReal, br.coldHello)
	if len(br.readyReal) > 0 && len(br.readyHello) > 0 {
		a, b := workload.Median(br.readyReal), workload.Median(br.readyHello)
		t.add(row{fmt.Sprintf("navigation → ready, median of %d (range %s / %s ms)", len(br.readyReal), spread(br.readyReal), spread(br.readyHello)),
			msf(a), msf(b), ratio(a, b), "≤ 1.5×", yes(a/b <= 1.5)})
	}
	if len(br.typical) > 0 {
		var tot, js, call []float64
		for _, r := range br.typical {
			tot, js, call = append(tot, r.Total), append(js, r.JS), append(call, r.CallMs)
		}
		m := workload.Median(tot)
		t.add(row{fmt.Sprintf("typical %d KB paste: analyse + render + layout, median of %d after %d warm-ups", len(workload.Typical(0))/1000, len(tot), max(*warmups, 1)),
			msf(m), "", "", "< 16 ms", yes(m < 16)})
		bridge := fmt.Sprintf("bridge call on the main thread %.1f", workload.Median(call))
		if workload.Median(call) < 0 {
			bridge = "analysis in a worker (no main-thread bridge call)"
		}
		t.note(fmt.Sprintf("typical paste, median ms: %s, the debounced callback itself %.1f, to results shown and laid out %.1f (range %s); first (cold) analysis after load %.1f; %d nodes under #out when shown",
			bridge, workload.Median(js), m, spread(tot), br.typicalCold, br.typical[len(br.typical)-1].Nodes))
		if p := typicalPhases(br.typical); p != "" {
			t.note("typical paste by phase, median ms: " + p)
		}
	}
	if b := br.big; b != nil && b.Run != nil {
		p := workload.Median(br.bigParse)
		total := b.SetValue + b.Run.Total
		what := fmt.Sprintf("%s HAR in the page", mib(harBytes))
		t.add(row{what + ": total (paste + analyse + render + layout)", msf(total), msf(p) + " JSON.parse", ratio(total, p), "", ""})
		t.add(row{what + ": longest main-thread task", msf(b.Longest), "", "", "", ""})
		t.add(row{what + ": peak JS heap of the page (sampled) + wasm memory (" + b.WasmWhere + ")", mib(int(b.HeapPeak)) + " + " + mib(int(b.WasmBytes)), mib(int(b.HeapStart)) + " before", "", "", ""})
		phases := fmt.Sprintf("set textarea %.0f, analyzeNow %.0f (of which bridge call %.0f, report %s, JSON.parse %.0f), layout %.0f",
			b.SetValue, b.Run.JS, b.CallMs, mib(b.ReportLen), b.ParseMs, b.Run.Layout)
		if b.CallMs < 0 {
			phases = fmt.Sprintf("set textarea %.0f, analyzeNow %.0f, then off the main thread until the results showed, layout %.0f", b.SetValue, b.Run.JS, b.Run.Layout)
		}
		t.note(fmt.Sprintf("big HAR (%d entries) in the page, ms: %s; %d long tasks; heap peak at %q; %d cards; status %q%s",
			entries, phases, b.LongTasks, b.HeapAt, b.Cards, b.Status,
			map[bool]string{true: "; error shown: " + b.Error, false: ""}[b.Error != ""]))
		if len(br.reportParse) > 0 {
			t.note(fmt.Sprintf("big HAR, away from rendering: a second bridge call %.0f ms; JSON.parse of its report alone, median %.0f ms (runs %.0f)",
				br.reportCall, workload.Median(br.reportParse), br.reportParse))
		}
	}
}

// typicalPhases is the typical paste's time by phase (medians of the runs
// that carry every mark): the message to the worker, the analysis (Go's
// open, with its summary's JSON), the first page of cards (Go's page), the
// answer's way back to the page, its JSON.parse (to the report's
// rendering), the results' DOM to the first cards, and their style and
// layout. The worker's clock is coarser (0.1 ms) than the page's.
func typicalPhases(runs []typicalRun) string {
	steps := []struct{ name, mark string }{
		{"to the worker", "analyze:start"},
		{"analysis", "analyze:open"},
		{"first page", "page:end"},
		{"back to the page", "engine:answer"},
		{"parsed", "view:report"},
		{"cards built", "view:cards"},
	}
	const n = 7 // the steps and the style and layout after them
	var d [n][]float64
	for _, r := range runs {
		prev, ok := 0.0, true
		var row [n]float64
		for i, s := range steps {
			v, found := r.Marks[s.mark]
			if !found {
				ok = false
				break
			}
			row[i], prev = v-prev, v
		}
		if !ok {
			continue
		}
		row[n-1] = r.Total - prev
		for i := range row {
			d[i] = append(d[i], row[i])
		}
	}
	if len(d[0]) == 0 {
		return ""
	}
	var parts []string
	for i, s := range steps {
		parts = append(parts, fmt.Sprintf("%s %.1f", s.name, workload.Median(d[i])))
	}
	parts = append(parts, fmt.Sprintf("style and layout %.1f", workload.Median(d[n-1])))
	return strings.Join(parts, ", ") + fmt.Sprintf(" (%d runs)", len(d[0]))
}
