//go:build race

// Package israce tells a test whether the race detector is on, so that a
// long single-goroutine test can leave that run to the plain and wasm runs.
package israce

// Enabled is true in a build with -race.
const Enabled = true
