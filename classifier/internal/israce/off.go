//go:build !race

package israce

// Enabled is true in a build with -race.
const Enabled = false
