//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/secret"

	"github.com/hack-pad/safejs"
)

// call invokes globalThis.authtriage[name](args...) and returns its string.
func call(t *testing.T, name string, args ...any) string {
	t.Helper()
	at, err := safejs.Global().Get("authtriage")
	if err != nil || at.Type() != safejs.TypeObject {
		t.Fatalf("globalThis.authtriage: %v (%s)", err, at.Type())
	}
	v, err := at.Call(name, args...)
	if err != nil {
		t.Fatalf("authtriage.%s: %v", name, err)
	}
	if v.Type() != safejs.TypeString {
		t.Fatalf("authtriage.%s returned a %s, want a string", name, v.Type())
	}
	s, _ := v.String()
	return s
}

// The published object, driven from JavaScript values as the worker does.
func TestPublishedBridge(t *testing.T) {
	if err := publish(); err != nil {
		t.Fatal(err)
	}
	var phases []string
	cb, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		p, _ := args[0].String()
		phases = append(phases, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer cb.Release()
	objCtor, _ := safejs.Global().Get("Object")
	opts, _ := objCtor.New()
	if err := opts.Set("onProgress", cb); err != nil {
		t.Fatal(err)
	}
	out := call(t, "analyze", manyExchanges(40), opts)
	if !strings.Contains(out, `"exchanges":[`) {
		t.Fatalf("analyze: %.300s", out)
	}
	joined := strings.Join(phases, ",")
	if !strings.HasPrefix(joined, "parsing,analyzing") || !strings.HasSuffix(joined, "analyzing,encoding,encoding") {
		t.Errorf("progress phases: %s", joined)
	}
	// Without options analyze still answers.
	if out := call(t, "analyze", "HTTP/1.1 401 Unauthorized\n\n"); !strings.Contains(out, `"authentication"`) {
		t.Errorf("analyze without options: %.300s", out)
	}

	var red secret.Redaction
	if err := json.Unmarshal([]byte(call(t, "redact", secretPaste)), &red); err != nil || strings.Contains(red.Text, "s3cr3t") || len(red.Secrets) < 2 {
		t.Errorf("redact: %v %+v", err, red)
	}
	if out := call(t, "redact", 42); !strings.Contains(out, `"error"`) {
		t.Errorf("redact(42): %s", out)
	}

	req, _ := objCtor.New()
	_ = req.Set("format", "markdown")
	var r report.Document
	if err := json.Unmarshal([]byte(call(t, "render", secretPaste, req)), &r); err != nil || !strings.HasPrefix(r.Text, "# authtriage report") {
		t.Errorf("render: %v %.200q", err, r.Text)
	}
	if out := call(t, "render", secretPaste); !strings.Contains(out, `"error"`) {
		t.Errorf("render without a request: %s", out)
	}
}

// A bridge call yields to the Go scheduler as it goes: js/wasm has no
// preemption, so without yields the garbage collector's background worker
// cannot run during a long analysis and the wasm memory grows with all it
// ever allocated. Every bridge call gets a progress function, with options
// or without, that lets another goroutine run; open calls it as it works.
func TestBridgeCallsYield(t *testing.T) {
	for _, args := range [][]safejs.Value{nil, {safejs.Null()}, {safejs.Null(), safejs.Undefined()}} {
		p := bridgeProgress(args)
		if p == nil {
			t.Fatalf("%d arguments: no progress function", len(args))
		}
		// js/wasm has one thread and no preemption: the goroutine runs only
		// if p yields. One yield is not always enough: on every 61st
		// scheduling the runtime takes the global run queue first, where
		// Gosched just put the caller, so the caller may resume before the
		// new goroutine. A few calls make that certain; without a yield no
		// number of calls would let it run.
		var ran atomic.Bool
		go ran.Store(true)
		for i := 0; i < 8 && !ran.Load(); i++ {
			p("analyzing", 1, 2)
		}
		if !ran.Load() {
			t.Errorf("%d arguments: the progress function did not yield", len(args))
		}
	}
	calls := 0
	openWith(strings.Repeat("HTTP/1.1 401 Unauthorized\n\n", 3*classifier.ProgressEvery), "{}", func(string, int, int) { calls++ })
	if calls < 3 {
		t.Errorf("open called progress %d times for %d exchanges; want one yield every %d", calls, 3*classifier.ProgressEvery, classifier.ProgressEvery)
	}
}
