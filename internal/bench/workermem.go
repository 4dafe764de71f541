//go:build !js

package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/bench/workload"
	"github.com/authtriage/authtriage/internal/devserver"
)

// shapeName is the adversarial paste of the moment, served next to the page.
const shapeName = "bench-shape.txt"

// workerMemJS analyses window.__shape in the page's worker (engine.js, the
// module the page itself uses) and reads the worker's wasm memory, which only
// grows, so its size after the analysis is the peak the Go program used.
const workerMemJS = `(async () => {
  const engine = await import(new URL("engine.js", location.href).href);
  await engine.start();
  const before = (await engine.stats()).wasmBytes;
  let error = "";
  try {
    await engine.analyze(window.__shape, {}).promise;
  } catch (e) { error = String(e && e.message || e).slice(0, 200); }
  let after = 0;
  try { after = (await engine.stats()).wasmBytes; } catch (e) { error = error || "stats: " + e; }
  return {before, after, error};
})()`

type workerMemRun struct {
	Before float64 `json:"before"`
	After  float64 `json:"after"`
	Error  string  `json:"error"`
}

// measureWorkerMemory analyses every adversarial shape at every size in the
// page's worker, one fresh page (so one fresh worker) each, and reports the
// worker's wasm memory after it: the Go program's peak. The input text the
// worker also holds as a JS string is not in this figure (it is the input).
func measureWorkerMemory(browser string, s sites) ([]memResult, error) {
	var mu sync.Mutex
	var current []byte
	site := devserver.New(s.real, prefix)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == prefix+shapeName {
			mu.Lock()
			b := current
			mu.Unlock()
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			http.ServeContent(w, r, shapeName, time.Time{}, bytes.NewReader(b))
			return
		}
		site.ServeHTTP(w, r)
	}))
	defer srv.Close()

	profile, err := os.MkdirTemp("", "authtriage-bench-chromium-")
	if err != nil {
		return nil, err
	}
	defer func() {
		for i := 0; i < 20 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(50 * time.Millisecond)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Minute)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, chromeOptions(browser, profile)...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	if err := chromedp.Run(bctx); err != nil {
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}

	var out []memResult
	for _, sh := range workload.Shapes {
		for _, m := range memSizes {
			in := sh.Make(m << 20)
			mu.Lock()
			current = in
			mu.Unlock()
			logf("worker memory: %s, %d MiB", sh.Name, m)
			r := memResult{shape: sh.Name, mib: m, input: len(in)}
			var n int
			var run workerMemRun
			err := within(bctx, 15*time.Minute,
				chromedp.Navigate(srv.URL+prefix),
				chromedp.WaitVisible("#paste", chromedp.ByID),
				evalAwait(`fetch("`+shapeName+`").then(r => r.text()).then(t => { window.__shape = t; return t.length; })`, &n),
				evalAwait(workerMemJS, &run))
			switch {
			case err != nil:
				r.err = err.Error()
			case run.Error != "":
				// A worker that failed (out of memory) is ended, and stats()
				// starts a new one: its size says nothing.
				r.err = run.Error
			default:
				r.peakKiB = int64(run.After) / 1024
			}
			if *verbose {
				logf("worker memory: %+v", run)
			}
			out = append(out, r)
		}
	}
	return out, nil
}
