//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"testing"

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

	var red redacted
	if err := json.Unmarshal([]byte(call(t, "redact", secretPaste)), &red); err != nil || strings.Contains(red.Text, "s3cr3t") || len(red.Secrets) < 2 {
		t.Errorf("redact: %v %+v", err, red)
	}
	if out := call(t, "redact", 42); !strings.Contains(out, `"error"`) {
		t.Errorf("redact(42): %s", out)
	}

	req, _ := objCtor.New()
	_ = req.Set("format", "markdown")
	var r rendered
	if err := json.Unmarshal([]byte(call(t, "render", secretPaste, req)), &r); err != nil || !strings.HasPrefix(r.Text, "# authtriage report") {
		t.Errorf("render: %v %.200q", err, r.Text)
	}
	if out := call(t, "render", secretPaste); !strings.Contains(out, `"error"`) {
		t.Errorf("render without a request: %s", out)
	}
}
