// Command firstanalysis times the first Analyze of a fresh process, the
// cost a first visit pays in the page (issue #14), next to a second one on
// the same text: what the first adds is one-time work (expressions
// compiled, tables built on first use). By default the text is the bench's
// typical paste (workload.Typical); run it several times, each a new
// process, or under valgrind's cachegrind with GOMAXPROCS=1 for a count of
// instructions the machine's load does not move:
//
//	go build -o /tmp/fa ./internal/firstanalysis && for i in 1 2 3 4 5; do /tmp/fa; done
//	GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null /tmp/fa -only first
//	# minus the same with -only none
//
// It builds for js/wasm too (run it with Go's lib/wasm/wasm_exec_node.js).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/bench/workload"
)

func main() {
	file := flag.String("paste", "", "analyse this file instead of the typical paste")
	only := flag.String("only", "", `"none": read the text and stop; "first": stop after the first analysis (for instruction counts)`)
	flag.Parse()
	text := workload.Typical(0)
	if *file != "" {
		b, err := os.ReadFile(*file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "firstanalysis:", err)
			os.Exit(1)
		}
		text = string(b)
	}
	if *only == "none" {
		return
	}
	t0 := time.Now()
	classifier.Analyze(text, classifier.Options{})
	first := time.Since(t0)
	if *only == "first" {
		return
	}
	t1 := time.Now()
	classifier.Analyze(text, classifier.Options{})
	second := time.Since(t1)
	fmt.Printf("first %.2f ms, second %.2f ms\n", ms(first), ms(second))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
