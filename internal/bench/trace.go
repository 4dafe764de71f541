//go:build !js

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

// tracePastes is how many typical pastes -trace-pastes traces: thread CPU
// time, not wall time, so the figures hold on a shared machine.
var tracePastes = flag.Int("trace-pastes", 0, "after the typical paste, trace this many more in Chromium and print each thread's CPU time per paste, by trace event (self time); the big HAR in the page is then left out")

// traceCategories are the trace categories of -trace-pastes: the tasks, the
// script, style, layout and paint, the collector, and the engine's wasm
// compiles (its optimising compiler's recompiles run on background threads,
// beside the worker's analysis and the page's rendering).
const traceCategories = "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,blink,disabled-by-default-v8.gc,v8.wasm,disabled-by-default-v8.wasm.detailed"

// traceEvent is one event of Chromium's trace (the fields used here).
type traceEvent struct {
	Name string          `json:"name"`
	Ph   string          `json:"ph"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Ts   float64         `json:"ts"`
	Dur  float64         `json:"dur"`
	Tts  float64         `json:"tts"`
	Tdur float64         `json:"tdur"`
	Args json.RawMessage `json:"args"`
}

// tracePasteCPU pastes n typical pastes in the loaded page of bctx under a
// trace and prints, per thread, CPU ms per paste in all and by event (self).
func tracePasteCPU(bctx context.Context, n int) error {
	var events []traceEvent
	done := make(chan struct{})
	chromedp.ListenTarget(bctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			for _, raw := range e.Value {
				var te traceEvent
				if json.Unmarshal(raw, &te) == nil {
					events = append(events, te)
				}
			}
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	cats := strings.Split(traceCategories, ",")
	if err := chromedp.Run(bctx, tracing.Start().
		WithTraceConfig(&tracing.TraceConfig{IncludedCategories: cats}).
		WithTransferMode(tracing.TransferModeReportEvents)); err != nil {
		return fmt.Errorf("starting the trace: %w", err)
	}
	var nodes int
	for i := 0; i < n; i++ {
		var r typicalRun
		if err := within(bctx, 60*time.Second, evalAwait(pasteJS(workload.Typical(i+500), 30000), &r)); err != nil {
			return fmt.Errorf("traced paste: %w", err)
		}
		if r.Cards < 1 {
			return fmt.Errorf("traced paste: no result card rendered")
		}
		// Let the next frame (and any work put off to it) run.
		var ok bool
		if err := within(bctx, 10*time.Second, evalAwait(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 50))))`, &ok)); err != nil {
			return err
		}
		if i == 0 {
			// The results' size: every node under #out once the paste is drawn.
			if err := within(bctx, 10*time.Second, chromedp.Evaluate(`document.createTreeWalker(document.getElementById("out")).nextNode() ? (() => { let n = 0; const w = document.createTreeWalker(document.getElementById("out")); while (w.nextNode()) n++; return n; })() : 0`, &nodes)); err != nil {
				return err
			}
		}
	}
	if err := chromedp.Run(bctx, tracing.End()); err != nil {
		return fmt.Errorf("ending the trace: %w", err)
	}
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		return fmt.Errorf("the trace did not complete")
	}
	summarizeTrace(events, n)
	fmt.Printf("the results of a typical paste: %d nodes under #out\n", nodes)
	return nil
}

// summarizeTrace prints the CPU time per paste of the renderer's main thread
// and of the workers, in all (top-level tasks) and by event (self time).
func summarizeTrace(events []traceEvent, n int) {
	names := map[[2]int]string{}
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" {
			var a struct {
				Name string `json:"name"`
			}
			if json.Unmarshal(e.Args, &a) == nil {
				names[[2]int{e.Pid, e.Tid}] = a.Name
			}
		}
	}
	byThread := map[[2]int][]traceEvent{}
	for _, e := range events {
		if e.Ph == "X" && e.Tdur > 0 {
			k := [2]int{e.Pid, e.Tid}
			byThread[k] = append(byThread[k], e)
		}
	}
	type threadSum struct {
		name  string
		total float64
		self  map[string]float64
		kinds map[string]float64 // top-level tasks by kind (taskKind)
	}
	var sums []threadSum
	for k, evs := range byThread {
		name := names[k]
		if name != "CrRendererMain" && !strings.Contains(name, "Worker") {
			continue
		}
		sort.Slice(evs, func(i, j int) bool {
			if evs[i].Ts != evs[j].Ts {
				return evs[i].Ts < evs[j].Ts
			}
			return evs[i].Dur > evs[j].Dur
		})
		s := threadSum{name: fmt.Sprintf("%s (tid %d)", name, k[1]), self: map[string]float64{}, kinds: map[string]float64{}}
		// A stack of open events: each event's thread time less its
		// children's is its self time.
		type open struct {
			end  float64
			name string
		}
		var stack []open
		kind := ""
		for _, e := range evs {
			for len(stack) > 0 && stack[len(stack)-1].end <= e.Ts {
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				s.total += e.Tdur
				kind = taskKind(evs, e)
				s.kinds[kind] += e.Tdur
			} else {
				s.self[kind+": "+stack[len(stack)-1].name] -= e.Tdur
			}
			s.self[kind+": "+e.Name] += e.Tdur
			stack = append(stack, open{end: e.Ts + e.Dur, name: e.Name})
		}
		sums = append(sums, s)
	}
	sort.Slice(sums, func(i, j int) bool { return sums[i].total > sums[j].total })
	printLayoutCounts(events, names, n)
	if count, ms := tierUps(events); count > 0 {
		fmt.Printf("per typical paste, V8's optimising compiler recompiled %.1f wasm functions in %.2f ms of thread time (any thread)\n", float64(count)/float64(n), ms/float64(n))
	}
	fmt.Printf("trace of %d typical pastes: thread CPU ms per paste (self time by event)\n", n)
	for _, s := range sums {
		if s.total/float64(n) < 0.05 {
			continue
		}
		fmt.Printf("  %-36s %7.2f\n", s.name, s.total/1000/float64(n))
		type kv struct {
			k string
			v float64
		}
		var kinds []kv
		for k, v := range s.kinds {
			kinds = append(kinds, kv{k, v})
		}
		sort.Slice(kinds, func(i, j int) bool { return kinds[i].v > kinds[j].v })
		for _, e := range kinds {
			fmt.Printf("    tasks: %-30s %7.2f\n", e.k, e.v/1000/float64(n))
		}
		var kvs []kv
		for k, v := range s.self {
			kvs = append(kvs, kv{k, v})
		}
		sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
		for _, e := range kvs {
			if ms := e.v / 1000 / float64(n); ms >= 0.1 {
				fmt.Printf("      %-32s %7.2f\n", e.k, ms)
			}
		}
	}
}

// taskKind names the top-level task top of evs (one thread's events, sorted
// by start) by what it holds: a message from a worker
// (the answer and its rendering, or progress), a frame (style, layout,
// paint), a timer (the page's debounce, the bench's polling) or other.
func taskKind(evs []traceEvent, top traceEvent) string {
	end := top.Ts + top.Dur
	kind := "other"
	// evs is sorted by start: the task's events follow it.
	from := sort.Search(len(evs), func(i int) bool { return evs[i].Ts >= top.Ts })
	for _, e := range evs[from:] {
		if e.Ts >= end {
			break
		}
		switch e.Name {
		case "HandlePostMessage":
			return "message from a worker"
		case "WebFrameWidgetImpl::BeginMainFrame", "WebFrameWidgetImpl::UpdateLifecycle":
			kind = "frame"
		case "TimerFire":
			if kind == "other" {
				kind = "timer"
			}
		}
	}
	return kind
}

// printLayoutCounts prints, per paste, the renderer main thread's style and
// layout work as counts, which do not move with the machine's load: the
// elements whose style was recalculated (UpdateLayoutTree's elementCount)
// and the layout objects laid out (Layout's dirtyObjects), with the passes.
func printLayoutCounts(events []traceEvent, names map[[2]int]string, n int) {
	var styled, dirty, total, styles, layouts float64
	for _, e := range events {
		if e.Ph != "X" || names[[2]int{e.Pid, e.Tid}] != "CrRendererMain" {
			continue
		}
		switch e.Name {
		case "UpdateLayoutTree":
			var a struct {
				ElementCount float64 `json:"elementCount"`
			}
			if json.Unmarshal(e.Args, &a) == nil {
				styled += a.ElementCount
				styles++
			}
		case "Layout":
			var a struct {
				BeginData struct {
					DirtyObjects float64 `json:"dirtyObjects"`
					TotalObjects float64 `json:"totalObjects"`
				} `json:"beginData"`
			}
			if json.Unmarshal(e.Args, &a) == nil {
				dirty += a.BeginData.DirtyObjects
				total += a.BeginData.TotalObjects
				layouts++
			}
		}
	}
	f := float64(n)
	fmt.Printf("per typical paste on the main thread: %.1f style passes, %.0f elements styled; %.1f layouts, %.0f objects laid out of %.0f\n",
		styles/f, styled/f, layouts/f, dirty/f, total/f)
}

// tierUps counts the wasm functions V8's optimising compiler (TurboFan)
// compiled in the trace, and their thread time in ms: the dynamic tiering of
// the module's functions goes on for dozens of pastes, a few functions each
// time, on background threads that share the machine's cores with the
// worker and the page.
func tierUps(events []traceEvent) (count int, ms float64) {
	for _, e := range events {
		if e.Ph == "X" && e.Name == "wasm.TopTierCompilation" {
			count++
			ms += e.Tdur / 1000
		}
	}
	return count, ms
}
