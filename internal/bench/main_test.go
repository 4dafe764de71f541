//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestSwapTarget(t *testing.T) {
	got, err := swapTarget(`GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "/tmp/d/authtriage.wasm" ./wasm`, "/x/h.wasm", "./internal/bench/hello")
	if err != nil {
		t.Fatal(err)
	}
	if want := `GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "/x/h.wasm" ./internal/bench/hello `; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, err := swapTarget("go build ./cmd/authtriage", "x", "y"); err == nil {
		t.Error("no error for a line without ./wasm")
	}
	if _, err := swapTarget("go build -o x ./wasmtool", "x", "y"); err == nil {
		t.Error("./wasmtool taken for ./wasm")
	}
}

// TestMakefileBuildLine: the Makefile's build target still has a line the
// bench can turn into the floor's build.
func TestMakefileBuildLine(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	line, err := makeBuildLine(root)
	if err != nil {
		t.Fatal(err)
	}
	cmd, err := swapTarget(line, "/tmp/h.wasm", "./internal/bench/hello")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(cmd, "./internal/bench/hello") || strings.Contains(cmd, "./wasm ") {
		t.Errorf("rewritten: %s", cmd)
	}
}

func TestMeasureSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte(strings.Repeat("authtriage ", 10000)), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := measureSize(p)
	if err != nil {
		t.Fatal(err)
	}
	if s.raw != 110000 || s.gz <= 0 || s.gz >= s.raw/10 {
		t.Errorf("%+v", s)
	}
	if _, err := exec.LookPath("brotli"); err == nil && (s.br <= 0 || s.br >= s.raw/10) {
		t.Errorf("brotli size %d", s.br)
	} else if err != nil && s.br != -1 {
		t.Errorf("brotli missing but size %d", s.br)
	}
}

func TestTable(t *testing.T) {
	var tb table
	tb.add(row{"a", "1.0 ms", "2.0 ms", "0.50×", "≤ 2×", "yes"})
	tb.note("n")
	var b strings.Builder
	tb.print(&b)
	out := b.String()
	for _, want := range []string{"| figure ", "| a ", "0.50×", "- n"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if got := spread([]float64{3, 1, 2}); got != "1–3" {
		t.Errorf("spread: %s", got)
	}
}

// TestTypicalPhases: the typical paste's phases are the differences between
// successive marks, medians over the runs that carry every mark, and the
// style and layout what is left of the run's total.
func TestTypicalPhases(t *testing.T) {
	full := func(total float64, at ...float64) typicalRun {
		names := []string{"analyze:start", "analyze:open", "page:end", "engine:answer", "view:report", "view:cards"}
		m := map[string]float64{}
		for i, v := range at {
			m[names[i]] = v
		}
		return typicalRun{Total: total, Marks: m}
	}
	runs := []typicalRun{
		full(16, 0.5, 6.5, 7, 7.5, 8, 12),
		full(20, 0.5, 8.5, 9, 9.5, 10, 14),
		full(18, 0.5, 7.5, 8, 8.5, 9, 13),
		{Total: 99, Marks: map[string]float64{"analyze:start": 1}}, // a mark missing: left out
	}
	want := "to the worker 0.5, analysis 7.0, first page 0.5, back to the page 0.5, parsed 0.5, cards built 4.0, style and layout 5.0 (3 runs)"
	if got := typicalPhases(runs); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := typicalPhases(runs[3:]); got != "" {
		t.Errorf("no complete run: got %q", got)
	}
}

// TestTierUps: the trace's optimising-compiler events are counted with their
// thread time, whatever the thread; other events and their begin/end halves
// are not.
func TestTierUps(t *testing.T) {
	events := []traceEvent{
		{Name: "wasm.TopTierCompilation", Ph: "X", Tid: 7, Tdur: 2500},
		{Name: "wasm.TopTierCompilation", Ph: "X", Tid: 9, Tdur: 4250},
		{Name: "wasm.TopTierCompilation", Ph: "B", Tid: 9, Tdur: 800},
		{Name: "wasm.CompileLazy", Ph: "X", Tid: 3, Tdur: 300},
		{Name: "Layout", Ph: "X", Tid: 1, Tdur: 1200},
	}
	if n, ms := tierUps(events); n != 2 || ms != 6.75 {
		t.Errorf("tierUps = %d, %.2f ms; want 2, 6.75 ms", n, ms)
	}
	if !strings.Contains(traceCategories, "v8.wasm") {
		t.Errorf("the trace categories leave the wasm compiles out: %s", traceCategories)
	}
}
