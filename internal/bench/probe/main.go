// Command probe times the bulk work of `make bench` in its own process, so
// that internal/bench can run the very same code natively and as js/wasm
// under Node. It generates the HAR itself (same bytes on both sides) and
// prints one JSON object: workload.Bulk.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

func main() {
	mb := flag.Float64("har-mb", 50, "size of the generated HAR, in MiB")
	runs := flag.Int("runs", 3, "timed runs of each step")
	flag.Parse()
	text, _ := workload.GenerateHAR(int(*mb * (1 << 20)))
	res, err := workload.MeasureBulk(string(text), *runs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "probe:", err)
		os.Exit(1)
	}
	res.Typical = workload.MeasureTypical(25)
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		fmt.Fprintln(os.Stderr, "probe:", err)
		os.Exit(1)
	}
}
