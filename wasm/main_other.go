//go:build !(js && wasm)

// The bridge only does something under js/wasm. This stub lets native
// `go build ./...`, `go vet ./...` and staticcheck see a complete package.

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "authtriage/wasm: build with GOOS=js GOARCH=wasm; see `make build`")
	os.Exit(2)
}
