//go:build !(js && wasm)

// The floor module is for js/wasm only; this keeps native builds of ./...
// working.
package main

func main() {}
