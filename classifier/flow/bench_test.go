package flow_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/flow"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/internal/flowhar"
)

// BenchmarkFind reads the flows of a 5000-entry HAR (parsed once, outside
// the timing): the cost Find adds to an analysis.
func BenchmarkFind(b *testing.B) {
	in, err := parse.Parse(string(flowhar.HAR(5000)))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := flow.Find(in); len(r.Flows) != 1 {
			b.Fatalf("%d flows", len(r.Flows))
		}
	}
}
