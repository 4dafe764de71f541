//go:build js && wasm

// Command wasm is the page's bridge to the classifier. It publishes one object,
//
//	globalThis.authtriage = {version, analyze(text, options), open(text, options), page(query),
//	                         redact(text), secrets(text, options), render(text, request)}
//
// where analyze returns classifier.AnalyzeJSON's answer as a JSON string;
// open analyses the same way but keeps the report in Go and returns only its
// summary, and page(query) returns {total, items}, a page of the kept
// exchanges (session.go: the page's worker uses these two, so that a big
// report never becomes one string)
// (options.onProgress, when a function, is called as (phase, done, total)
// while it works), redact returns {text, secrets} with every credential value
// masked, secrets returns just the list of them (options.onProgress hears
// "secrets" with bytes done and in all), and render returns {text, mime, ext}: the report in request.format
// ("markdown", "json", "sarif" or "text"). Each answers JSON text, and an
// {"error":{...}} object when it cannot. It then
// signals readiness by calling globalThis.onAuthtriageReady (when it is a
// function) and dispatching an "authtriage-ready" event. It touches JavaScript
// only through safejs, and no callback may take the Go instance down: every
// panic becomes a {"error":{...,"internal":true}} answer.
package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/hack-pad/safejs"
)

// readyEvent is the name of the event dispatched on globalThis once
// globalThis.authtriage is set.
const readyEvent = "authtriage-ready"

func main() {
	// The garbage collector's pace is set per input (gcFor, before each
	// analysis): the default until a big one comes.
	if err := publish(); err != nil {
		// A host that cannot take one property is broken; fail at start-up.
		panic(fmt.Sprintf("authtriage: publishing the bridge: %v", err))
	}
	select {} // keep the runtime alive for later calls
}

// publish sets globalThis.authtriage, then signals that it is ready.
func publish() error {
	obj, err := newObject()
	if err != nil {
		return err
	}
	if err := obj.Set("version", version()); err != nil {
		return err
	}
	for name, f := range map[string]func(safejs.Value, []safejs.Value) any{
		"analyze": analyzeJS, "redact": redactJS, "render": renderJS, "secrets": secretsJS,
		"open": openJS, "page": pageJS,
	} {
		fn, err := safejs.FuncOf(f)
		if err != nil {
			return err
		}
		if err := obj.Set(name, fn); err != nil {
			return err
		}
	}
	g := safejs.Global()
	if err := g.Set("authtriage", obj); err != nil {
		return err
	}
	signalReady(g, obj)
	return nil
}

func newObject() (safejs.Value, error) {
	ctor, err := safejs.Global().Get("Object")
	if err != nil {
		return safejs.Value{}, err
	}
	return ctor.New()
}

// signalReady tells the page the bridge is usable. Neither way of signalling is
// required to exist, and a throwing listener must not stop the other one.
func signalReady(g, obj safejs.Value) {
	if cb, err := g.Get("onAuthtriageReady"); err == nil && cb.Type() == safejs.TypeFunction {
		_, _ = cb.Invoke(obj)
	}
	ctor, err := g.Get("Event")
	if err != nil || ctor.Type() != safejs.TypeFunction {
		return
	}
	if dispatch, err := g.Get("dispatchEvent"); err != nil || dispatch.Type() != safejs.TypeFunction {
		return
	}
	ev, err := ctor.New(readyEvent)
	if err != nil {
		return
	}
	_, _ = g.Call("dispatchEvent", ev)
}

// analyzeJS is authtriage.analyze(text, options?). Whatever happens, it
// returns a string holding JSON.
func analyzeJS(_ safejs.Value, args []safejs.Value) any {
	return withText("analyze", args, analyzeWith)
}

// openJS is authtriage.open(text, options?): it analyses text like analyze,
// keeps the report in the Go program and returns only its summary (JSON
// string); page then hands out its exchanges.
func openJS(_ safejs.Value, args []safejs.Value) any {
	current = nil
	return withText("open", args, openWith)
}

// withText reads the (text, options?) arguments of the bridge function
// named name and runs fn on them: options as JSON, and its onProgress, when
// a function, as a Go callback. Whatever happens, it returns a string
// holding JSON.
func withText(name string, args []safejs.Value, fn func(text, optJSON string, progress progressFunc) []byte) string {
	return string(guard(func() []byte {
		if len(args) < 1 || args[0].Type() != safejs.TypeString {
			return usageError(errors.New(name + " wants the pasted text as its first argument, a string"))
		}
		text, err := args[0].String()
		if err != nil {
			return usageError(fmt.Errorf("reading the text: %w", err))
		}
		optJSON := ""
		if len(args) > 1 {
			if optJSON, err = stringify(args[1]); err != nil {
				return usageError(fmt.Errorf("reading the options: %w", err))
			}
		}
		return fn(text, optJSON, bridgeProgress(args))
	}))
}

// pageJS is authtriage.page(query?): JSON {total, items} from the report
// open kept (query: {offset, limit, classes, severities, text}).
func pageJS(_ safejs.Value, args []safejs.Value) any {
	return string(guard(func() []byte {
		q := ""
		if len(args) > 0 && args[0].Type() == safejs.TypeObject {
			var err error
			if q, err = stringify(args[0]); err != nil {
				return usageError(fmt.Errorf("reading the query: %w", err))
			}
		}
		return pageJSON(q)
	}))
}

// progressCallback returns options.onProgress as a Go function, or nil when
// options has no such function. JSON.stringify leaves functions out, so the
// option never reaches the classifier's strict decoder. A throwing callback
// is ignored: progress is advice, the analysis goes on.
func progressCallback(opts safejs.Value) progressFunc {
	if opts.Type() != safejs.TypeObject {
		return nil
	}
	cb, err := opts.Get("onProgress")
	if err != nil || cb.Type() != safejs.TypeFunction {
		return nil
	}
	return func(phase string, done, total int) {
		_, _ = cb.Invoke(phase, done, total)
	}
}

// bridgeProgress is the progress function of a bridge call whose second
// argument holds the options: their onProgress, if any, always behind a
// yield (never nil).
func bridgeProgress(args []safejs.Value) progressFunc {
	var progress progressFunc
	if len(args) > 1 {
		progress = progressCallback(args[1])
	}
	return yielding(progress)
}

// yielding is progress (which may be nil) preceded by runtime.Gosched. A
// bridge call runs on the program's one thread, and js/wasm has no
// preemption: without a yield, the garbage collector's background worker
// never runs during a long analysis, no collection completes, and the wasm
// memory (which never shrinks) grows with everything the analysis ever
// allocated: 325 MB for 1 MiB of bare status lines instead of about 90
// (make bench, "peak memory, worker"). Every progress call is a yield.
func yielding(progress progressFunc) progressFunc {
	return func(phase string, done, total int) {
		runtime.Gosched()
		if progress != nil {
			progress(phase, done, total)
		}
	}
}

// redactJS is authtriage.redact(text): JSON {text, secrets}.
func redactJS(_ safejs.Value, args []safejs.Value) any {
	return string(guard(func() []byte {
		if len(args) < 1 || args[0].Type() != safejs.TypeString {
			return usageError(errors.New("redact wants the text as its first argument, a string"))
		}
		text, err := args[0].String()
		if err != nil {
			return usageError(fmt.Errorf("reading the text: %w", err))
		}
		return redactJSON(text)
	}))
}

// secretsJS is authtriage.secrets(text, {onProgress}): JSON
// [{kind, line, label}], the credentials redact would mask, with progress
// ("secrets", bytes done, bytes in all) on big inputs.
func secretsJS(_ safejs.Value, args []safejs.Value) any {
	return string(guard(func() []byte {
		if len(args) < 1 || args[0].Type() != safejs.TypeString {
			return usageError(errors.New("secrets wants the text as its first argument, a string"))
		}
		text, err := args[0].String()
		if err != nil {
			return usageError(fmt.Errorf("reading the text: %w", err))
		}
		return secretsJSON(text, bridgeProgress(args))
	}))
}

// renderJS is authtriage.render(text, {format, name, options}): JSON
// {text, mime, ext}.
func renderJS(_ safejs.Value, args []safejs.Value) any {
	return string(guard(func() []byte {
		if len(args) < 2 || args[0].Type() != safejs.TypeString {
			return usageError(errors.New("render wants the text, a string, and a request {format, options}"))
		}
		text, err := args[0].String()
		if err != nil {
			return usageError(fmt.Errorf("reading the text: %w", err))
		}
		req, err := stringify(args[1])
		if err != nil || req == "" {
			return usageError(fmt.Errorf("reading the request: %v", err))
		}
		return renderJSON(text, req)
	}))
}

// stringify turns the options argument into JSON text with the host's own
// JSON.stringify, so the Go side decodes it like any other input. undefined
// and null mean no options.
func stringify(v safejs.Value) (string, error) {
	switch v.Type() {
	case safejs.TypeUndefined, safejs.TypeNull:
		return "", nil
	case safejs.TypeString:
		// Already JSON text, as a caller without objects would pass it.
		return v.String()
	case safejs.TypeObject:
	default:
		return "", fmt.Errorf("options must be an object, got %s", v.Type())
	}
	j, err := safejs.Global().Get("JSON")
	if err != nil {
		return "", err
	}
	s, err := j.Call("stringify", v)
	if err != nil {
		return "", err
	}
	if s.Type() != safejs.TypeString {
		return "", errors.New("options cannot be written as JSON")
	}
	return s.String()
}
