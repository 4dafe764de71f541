//go:build js && wasm

// Command hello is the floor `make bench` compares the shipped module with:
// the smallest Go program that makes the page ready the way the real bridge
// does. It publishes globalThis.authtriage = {version, analyze}, calls
// globalThis.onAuthtriageReady and dispatches "authtriage-ready", through
// safejs like wasm/main.go, but has no classifier behind it.
package main

import "github.com/hack-pad/safejs"

func main() {
	g := safejs.Global()
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		return `{"error":{"message":"hello world: no analyzer in this build"}}`
	})
	if err != nil {
		panic(err)
	}
	ctor, err := g.Get("Object")
	if err != nil {
		panic(err)
	}
	obj, err := ctor.New()
	if err != nil {
		panic(err)
	}
	if err := obj.Set("version", "hello"); err != nil {
		panic(err)
	}
	if err := obj.Set("analyze", fn); err != nil {
		panic(err)
	}
	if err := g.Set("authtriage", obj); err != nil {
		panic(err)
	}
	if cb, err := g.Get("onAuthtriageReady"); err == nil && cb.Type() == safejs.TypeFunction {
		_, _ = cb.Invoke(obj)
	}
	if ev, err := g.Get("Event"); err == nil && ev.Type() == safejs.TypeFunction {
		if e, err := ev.New("authtriage-ready"); err == nil {
			_, _ = g.Call("dispatchEvent", e)
		}
	}
	select {}
}
