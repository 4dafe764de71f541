//go:build !js

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

// memSizes are the input sizes the memory budget is measured at, in MiB
// (-mem-mib changes them for a quicker look).
var memSizes = []int{1, 4, 16}

// parseSizes reads -mem-mib: sizes in MiB, comma-separated.
func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 64 {
			return nil, fmt.Errorf("-mem-mib: %q is not a size from 1 to 64 MiB", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// memResult is the CLI's peak resident memory for one shape and size.
type memResult struct {
	shape   string
	mib     int
	input   int
	peakKiB int64 // 0 when it could not be measured
	err     string
}

// measureMemory runs the command line (`-format json`, written to a file,
// the heaviest output) on every adversarial shape at every size and reads
// its peak resident set size from the kernel.
func measureMemory(root, tmp string) ([]memResult, error) {
	cli := filepath.Join(tmp, "authtriage-cli")
	build := exec.Command("go", "build", "-trimpath", "-o", cli, "./cmd/authtriage")
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building the CLI: %v\n%s", err, b)
	}
	// the CLI starts from a small launcher that reads its peak (see
	// internal/bench/peakrss: a child of this big process would report
	// this process's size)
	launcher := filepath.Join(tmp, "peakrss")
	build = exec.Command("go", "build", "-trimpath", "-o", launcher, "./internal/bench/peakrss")
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building the launcher: %v\n%s", err, b)
	}
	var out []memResult
	for _, s := range workload.Shapes {
		for _, m := range memSizes {
			in := s.Make(m << 20)
			path := filepath.Join(tmp, "shape.txt")
			if err := os.WriteFile(path, in, 0o644); err != nil {
				return out, err
			}
			logf("memory: %s, %d MiB", s.Name, m)
			cmd := exec.Command(launcher, cli, "-format", "json", "-o", filepath.Join(tmp, "shape.json"), path)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			r := memResult{shape: s.Name, mib: m, input: len(in)}
			if kib, perr := strconv.ParseInt(strings.TrimSpace(lastLines(stdout.String(), 1)), 10, 64); perr == nil {
				r.peakKiB = kib
			}
			// Exit status 1 means findings; 2 a paste it refused, which
			// is an answer too (said in the table).
			if err != nil && (cmd.ProcessState == nil || cmd.ProcessState.ExitCode() > 2) {
				r.err = fmt.Sprintf("%v: %s", err, lastLines(stderr.String(), 2))
			} else if cmd.ProcessState.ExitCode() == 2 {
				r.err = "refused: " + lastLines(stderr.String(), 1)
			}
			out = append(out, r)
			os.Remove(path)
		}
	}
	return out, nil
}

// memory adds the peak-memory rows of one place (the CLI, the worker): each
// shape at each size, as MB and as a multiple of the input, with the issue's
// two absolute goals.
func (t *table) memory(where string, rs []memResult) {
	for _, r := range rs {
		if r.peakKiB == 0 {
			value := "n/a"
			if r.err != "" {
				value += " (" + r.err + ")"
			}
			t.add(row{fmt.Sprintf("peak memory, %s: %s, %d MiB", where, r.shape, r.mib), value, mib(r.input), "", "", ""})
			continue
		}
		peak := float64(r.peakKiB) * 1024
		goal, met := "", ""
		if r.shape == "many tiny exchanges" {
			switch r.mib {
			case 16:
				goal, met = "< 800 MB", yes(peak < 800e6)
			case 1, 4:
				// The goal is at 2 MiB (< 100 MB): 50 bytes per input byte.
				goal, met = "< 50×", yes(peak/float64(r.input) < 50)
			}
		}
		value := fmt.Sprintf("%.0f MB", peak/1e6)
		if r.err != "" {
			value += " (" + r.err + ")"
		}
		t.add(row{fmt.Sprintf("peak memory, %s: %s, %d MiB", where, r.shape, r.mib), value, mib(r.input), ratio(peak, float64(r.input)), goal, met})
	}
}
