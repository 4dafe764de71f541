//go:build !js

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf16"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

// longTaskWatch runs before the page's own scripts. It records every
// message the page's main thread receives from a worker (each is one task the
// page runs: its arrival time, its size as JSON, whether it is a progress
// step), which is what the test asserts on; long tasks and the JS heap are
// only reported (their size depends on the machine's load, so no test
// asserts them: make bench measures them).
const longTaskWatch = `(() => {
	window.__msgs = [];
	const W = window.Worker;
	window.Worker = class extends W {
		constructor(...args) {
			super(...args);
			this.addEventListener("message", (ev) => {
				let size = -1;
				try { size = JSON.stringify(ev.data).length; } catch (e) {}
				window.__msgs.push({at: performance.now(), size, progress: !!(ev.data && ev.data.progress)});
			});
		}
	};
	window.__longTasks = [];
	window.__heapPeak = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__longTasks.push({start: e.startTime, duration: e.duration, name: e.name});
	}).observe({type: "longtask", buffered: true});
	setInterval(() => {
		if (performance.memory) window.__heapPeak = Math.max(window.__heapPeak, performance.memory.usedJSHeapSize);
	}, 100);
})()`

// maxMessageBytes bounds one message from the worker to the page: a summary
// or a page of cards, never the whole report.
const maxMessageBytes = 2 << 20

type longTask struct {
	Start    float64 `json:"start"`
	Duration float64 `json:"duration"`
	Name     string  `json:"name"`
}

// A 50 MB HAR, analysed the way the page does it: the file goes to the
// worker, which reads, parses and analyses it; the main thread only receives
// messages, few per MiB and each bounded in size whatever the input (the
// structure that keeps it free: no assertion here depends on the machine's
// speed), progress arrives in order, the progress bar moves, and cancel
// stops a long analysis, after which the page still answers and analyses.
func TestLargeHAR(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the 50 MB HAR test takes a while")
	}
	har, entries := workload.GenerateHAR(50 << 20)
	harPath := filepath.Join(t.TempDir(), "session.har")
	if err := os.WriteFile(harPath, har, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("HAR: %.1f MiB, %d entries", float64(len(har))/(1<<20), entries)

	watch := chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := cdppage.AddScriptToEvaluateOnNewDocument(longTaskWatch).Do(ctx)
		return err
	})
	p := newPage(t, 1280, 900, watch)

	// The HAR becomes a File in the page the way a picked file does: from
	// disk, through a file input of the test's own (so the page's handler
	// does not start on it), and 50 MB never cross CDP.
	p.eval(`(() => { const i = document.createElement("input"); i.type = "file"; i.id = "large-test-input"; i.hidden = true; document.body.appendChild(i); return true; })()`, nil)
	p.run(chromedp.SetUploadFiles("#large-test-input", []string{harPath}, chromedp.ByQuery))
	var size int
	p.eval(`(() => { window.__har = document.getElementById("large-test-input").files[0]; document.getElementById("large-test-input").remove(); return window.__har.size; })()`, &size)
	if size != len(har) {
		t.Fatalf("the page got %d bytes of the HAR, want %d", size, len(har))
	}

	// Analyse it; the promise settles into window.__done while the test
	// polls, so the evaluation itself never waits on the main thread.
	p.eval(engineJS+`.then(async (engine) => {
		await engine.start();
		window.__progress = [];
		window.__t0 = performance.now();
		const h = engine.analyze(window.__har, {}, {onProgress: (p) => window.__progress.push({at: performance.now(), phase: p.phase, done: p.done, total: p.total})});
		h.promise.then(async (s) => {
			const t1 = performance.now();
			const page = await engine.exchanges({limit: 50});
			const refused = await engine.exchanges({classes: ["authentication", "authorization", "blocked"], limit: 10});
			window.__done = {ok: true, ms: t1 - window.__t0, t1, exchanges: s.exchangeCount, classes: s.summary.classes, secrets: s.secretCount,
				page: page.items.length, total: page.total, refused: refused.total, stats: await engine.stats()};
		}, (e) => { window.__done = {ok: false, error: JSON.stringify(e)}; });
		return true;
	})`, nil)
	var done struct {
		OK        bool           `json:"ok"`
		Error     string         `json:"error"`
		Ms        float64        `json:"ms"`
		T1        float64        `json:"t1"`
		Exchanges int            `json:"exchanges"`
		Classes   map[string]int `json:"classes"`
		Secrets   int            `json:"secrets"`
		Page      int            `json:"page"`
		Total     int            `json:"total"`
		Refused   int            `json:"refused"`
		Stats     struct {
			WasmBytes  float64 `json:"wasmBytes"`
			InputChars int     `json:"inputChars"`
		} `json:"stats"`
	}
	var settled bool
	p.run(chromedp.Poll(`!!window.__done`, &settled, noPollLimit, chromedp.WithPollingInterval(250*time.Millisecond)))
	p.eval(`window.__done`, &done)
	if !done.OK {
		t.Fatalf("the analysis failed: %s", done.Error)
	}
	if done.Exchanges != entries || done.Total != entries || done.Page != 50 || done.Stats.InputChars != len(utf16.Encode([]rune(string(har)))) {
		t.Errorf("%d exchanges (page of %d, total %d, input %d chars); want %d entries, a page of 50, %d chars",
			done.Exchanges, done.Page, done.Total, done.Stats.InputChars, entries, len(har))
	}
	if done.Refused == 0 || done.Classes["authentication"] == 0 || done.Classes["authorization"] == 0 {
		t.Errorf("the mixed session shows no refusals: classes %v, filtered %d", done.Classes, done.Refused)
	}

	// The heavy work ran in the worker: the page's own realm never loaded the
	// Go runtime or the analyzer.
	var mainHasGo bool
	p.eval(`typeof globalThis.Go !== "undefined" || typeof globalThis.authtriage !== "undefined"`, &mainHasGo)
	if mainHasGo {
		t.Errorf("the Go runtime or the analyzer is loaded on the page's main thread; it belongs in the worker")
	}
	// The main thread received few messages per MiB of input, each bounded
	// in size: the report stays in the worker and comes out in pages.
	var msgs struct {
		N        int     `json:"n"`
		Progress int     `json:"progress"`
		MaxSize  int     `json:"maxSize"`
		Ordered  bool    `json:"ordered"`
		SpanMs   float64 `json:"spanMs"`
	}
	p.eval(`(() => {
		const m = window.__msgs.filter(e => e.at >= window.__t0 && e.at <= window.__done.t1);
		return {n: m.length, progress: m.filter(e => e.progress).length, maxSize: Math.max(0, ...m.map(e => e.size)),
			ordered: m.every((e, i) => i === 0 || e.at >= m[i - 1].at), spanMs: m.length ? m[m.length - 1].at - m[0].at : 0};
	})()`, &msgs)
	mib := len(har) >> 20
	if msgs.N == 0 || msgs.N > 64+16*mib {
		t.Errorf("the main thread received %d messages for a %d MiB input; want between 1 and %d (a bounded number per MiB)", msgs.N, mib, 64+16*mib)
	}
	if msgs.MaxSize > maxMessageBytes {
		t.Errorf("the largest message from the worker was %d bytes as JSON; want at most %d whatever the input's size", msgs.MaxSize, maxMessageBytes)
	}
	var lt []longTask
	p.eval(`window.__longTasks.filter(e => e.start + e.duration >= window.__t0 && e.start <= window.__done.t1)`, &lt)
	longest := 0.0
	for _, e := range lt {
		longest = max(longest, e.Duration)
	}
	t.Logf("main thread during the analysis: %d messages from the worker (%d progress), largest %d bytes; %d long tasks, longest %.0f ms (reported, not asserted: make bench measures them)",
		msgs.N, msgs.Progress, msgs.MaxSize, len(lt), longest)

	// Progress: every phase reported, exchanges counted up to the end.
	var prog []struct {
		At    float64 `json:"at"`
		Phase string  `json:"phase"`
		Done  float64 `json:"done"`
		Total float64 `json:"total"`
	}
	p.eval(`window.__progress`, &prog)
	phases := map[string]int{}
	maxGap, parseMs, lastDone := 0.0, 0.0, 0.0
	gapAfter := ""
	for i, e := range prog {
		phases[e.Phase]++
		if e.Phase == "analyzing" {
			if e.Done < lastDone {
				t.Errorf("analyzing progress went back from %.0f to %.0f", lastDone, e.Done)
			}
			lastDone = e.Done
		}
		if i > 0 {
			gap := e.At - prog[i-1].At
			if prog[i-1].Phase == "parsing" {
				parseMs = gap // the parser reports no steps of its own
			} else if gap > maxGap {
				maxGap, gapAfter = gap, fmt.Sprintf("%s %.0f/%.0f", prog[i-1].Phase, prog[i-1].Done, prog[i-1].Total)
			}
		}
	}
	if phases["reading"] < 2 || phases["parsing"] != 1 || phases["analyzing"] < 5 || phases["encoding"] != 0 || phases["secrets"] != 1 {
		t.Errorf("progress events by phase: %v, want several reading and analyzing ones, one secrets one (the analysis found them) and no encoding (the report stays in the worker)", phases)
	}
	if int(lastDone) != entries {
		t.Errorf("the last analyzing step says %.0f done, want %d", lastDone, entries)
	}
	var heap float64
	p.eval(`window.__heapPeak`, &heap)
	t.Logf("50 MB HAR in the worker: %.0f ms in all (parse %.0f ms without steps); %d progress events, largest gap between steps outside parsing %.0f ms (after %s); %d long tasks on the main thread; peak main-thread JS heap %.1f MiB; worker wasm memory %.0f MiB",
		done.Ms, parseMs, len(prog), maxGap, gapAfter, len(lt), heap/(1<<20), done.Stats.WasmBytes/(1<<20))

	// Cancel a second run once it is under way: it stops at once, the page
	// answers, and the next analysis works.
	var c struct {
		Cancelled bool    `json:"cancelled"`
		StopMs    float64 `json:"stopMs"`
		FrameMs   float64 `json:"frameMs"`
		After     int     `json:"after"`
		Phase     string  `json:"phase"`
	}
	p.await(engineJS+`.then(async (engine) => {
		let phase = "", cancelledAt = 0;
		const h = engine.analyze(window.__har, {}, {onProgress: (p) => {
			if (!cancelledAt && (p.phase === "parsing" || p.phase === "analyzing")) { phase = p.phase; cancelledAt = performance.now(); h.cancel(); }
		}});
		const r = await h.promise.then(() => ({}), (e) => e);
		const stopMs = performance.now() - cancelledAt;
		const f0 = performance.now();
		await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
		const frameMs = performance.now() - f0;
		const after = (await engine.analyze("HTTP/1.1 401 Unauthorized\n\n").promise).exchangeCount;
		return {cancelled: r.cancelled === true, stopMs, frameMs, after, phase};
	})`, &c)
	if !c.Cancelled || c.After != 1 {
		t.Errorf("cancel: %+v; want rejected with cancelled, then a working analysis", c)
	}
	t.Logf("cancel during %s: settled in %.0f ms; next frame in %.0f ms", c.Phase, c.StopMs, c.FrameMs)

	// Through the page itself: the file picked in its file input, the
	// progress bar moving, the first cards shown, still no long task.
	var hasInput bool
	p.eval(`!!document.getElementById("file-input") && !!document.getElementById("progress")`, &hasInput)
	if !hasInput {
		t.Log("the page has no #file-input/#progress yet: the file-input path is not exercised")
		return
	}
	p.eval(`(() => {
		window.__bar = [];
		const bar = document.getElementById("progress");
		new MutationObserver(() => window.__bar.push({value: bar.value, max: bar.max}))
			.observe(bar, {attributes: true});
		window.__t2 = performance.now();
		return true;
	})()`, nil)
	p.run(chromedp.SetUploadFiles("#file-input", []string{harPath}, chromedp.ByQuery))
	p.run(chromedp.Poll(`document.querySelectorAll("#out article.card").length >= 50 && window.__bar.length > 0 && document.getElementById("progress").closest("[hidden]") !== null`,
		&settled, noPollLimit, chromedp.WithPollingInterval(250*time.Millisecond)))
	var ui struct {
		Tasks   []longTask `json:"tasks"`
		Bar     int        `json:"bar"`
		Cards   int        `json:"cards"`
		Ms      float64    `json:"ms"`
		Msgs    int        `json:"msgs"`
		MaxSize int        `json:"maxSize"`
	}
	p.eval(`({tasks: window.__longTasks.filter(e => e.start + e.duration >= window.__t2), bar: new Set(window.__bar.map(b => b.value)).size,
		cards: document.querySelectorAll("#out article.card").length, ms: performance.now() - window.__t2,
		msgs: window.__msgs.filter(e => e.at >= window.__t2).length, maxSize: Math.max(0, ...window.__msgs.filter(e => e.at >= window.__t2).map(e => e.size))})`, &ui)
	if ui.Msgs > 64+16*mib || ui.MaxSize > maxMessageBytes {
		t.Errorf("through the page: %d messages from the worker, largest %d bytes; want at most %d, each at most %d bytes", ui.Msgs, ui.MaxSize, 64+16*mib, maxMessageBytes)
	}
	if ui.Bar < 5 {
		t.Errorf("the progress bar took %d distinct values, want it to move", ui.Bar)
	}
	t.Logf("picked file through the page: %.0f ms to the first %d cards; progress bar values %d; %d long tasks (reported, not asserted)", ui.Ms, ui.Cards, ui.Bar, len(ui.Tasks))
}
