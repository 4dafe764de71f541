//go:build unix

// Command peakrss runs a command and prints its peak resident set size in
// KiB on its last stdout line. make bench measures the command line's memory
// through it: Linux counts in a child's peak the resident size of the memory
// it was started from (Go starts children sharing the parent's memory until
// exec), so a child of the bench, which holds a 50 MiB HAR and more by then,
// would report the bench's size instead of its own. Started from this small
// program, the child's figure is its own, give or take this program's few
// MiB.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: peakrss COMMAND [ARG...]")
		os.Exit(125)
	}
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stderr = os.Stdin, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(125)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		fmt.Println(ru.Maxrss)
	}
	os.Exit(cmd.ProcessState.ExitCode())
}
