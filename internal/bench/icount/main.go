// Command icount runs one piece of the bench's work once, for counting its
// instructions under valgrind: on a shared, loaded machine wall time is
// noise, an instruction count is not (with the collector off it repeats to
// a few in a million; with it on, to about 1%).
//
//	go build -o /tmp/icount ./internal/bench/icount
//	/tmp/icount -mode gen -har-mb 8           # writes the bench's HAR to -har
//	GOGC=off GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no /tmp/icount -mode bulk
//	cg_annotate cachegrind.out.<pid>          # by function; --auto=yes by line
//
// Modes: bulk (Analyze of the HAR), decode (json.Unmarshal of it, the
// floor), init (the process alone), cold (AnalyzeJSON of ColdPaste, a
// fresh process's first analysis), typical (two typical pastes), json (the
// reports of the HAR, ColdPaste and Typical: hash them to check a change
// keeps the output byte for byte).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/bench/workload"
)

func main() {
	mode := flag.String("mode", "bulk", "gen | bulk | decode | init | cold | typical | json")
	file := flag.String("har", "/tmp/icount.har", "the HAR file (-mode gen writes it)")
	mb := flag.Float64("har-mb", 8, "size of the HAR -mode gen writes, in MiB")
	flag.Parse()
	if *mode == "gen" {
		b, _ := workload.GenerateHAR(int(*mb * (1 << 20)))
		if err := os.WriteFile(*file, b, 0o644); err != nil {
			panic(err)
		}
		return
	}
	var text string
	if *mode == "bulk" || *mode == "json" || *mode == "decode" {
		b, err := os.ReadFile(*file)
		if err != nil {
			panic(err)
		}
		text = string(b)
	}
	switch *mode {
	case "bulk":
		r, _ := classifier.Analyze(text, classifier.Options{})
		fmt.Println(len(r.Exchanges))
	case "decode":
		var h workload.HAR
		if err := json.Unmarshal([]byte(text), &h); err != nil {
			panic(err)
		}
		fmt.Println(len(h.Log.Entries))
	case "json":
		os.Stdout.Write(classifier.AnalyzeJSON(text, classifier.Options{}))
		os.Stdout.Write(classifier.AnalyzeJSON(workload.ColdPaste, classifier.Options{}))
		os.Stdout.Write(classifier.AnalyzeJSON(workload.Typical(3), classifier.Options{}))
	case "init":
	case "cold":
		fmt.Println(len(classifier.AnalyzeJSON(workload.ColdPaste, classifier.Options{})))
	case "typical":
		classifier.AnalyzeJSON(workload.Typical(0), classifier.Options{})
		fmt.Println(len(classifier.AnalyzeJSON(workload.Typical(1), classifier.Options{})))
	default:
		fmt.Fprintln(os.Stderr, "icount: unknown -mode", *mode)
		os.Exit(2)
	}
}
