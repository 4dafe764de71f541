package classifier_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/bench/workload"
)

// bulkHAR is the bench's generated DevTools HAR (internal/bench), 8 MiB: big
// enough that per-exchange work dominates, small enough for -benchtime 1x
// profiles.
func bulkHAR(b *testing.B) string {
	data, _ := workload.GenerateHAR(8 << 20)
	return string(data)
}

// BenchmarkBulkAnalyze is Analyze on the bench's generated HAR.
func BenchmarkBulkAnalyze(b *testing.B) {
	text := bulkHAR(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := classifier.Analyze(text, classifier.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBulkAnalyzeJSON is AnalyzeJSON (what the page calls) on the same HAR.
func BenchmarkBulkAnalyzeJSON(b *testing.B) {
	text := bulkHAR(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		classifier.AnalyzeJSON(text, classifier.Options{})
	}
}

// BenchmarkBulkDecode is the floor: json.Unmarshal of the same HAR into plain structs.
func BenchmarkBulkDecode(b *testing.B) {
	text := bulkHAR(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var h workload.HAR
		if err := json.Unmarshal([]byte(text), &h); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBulkEncode encodes the report of the bench's HAR: the generated
// encoder (gen) against encoding/json (reflect).
func BenchmarkBulkEncode(b *testing.B) {
	text := bulkHAR(b)
	rep, err := classifier.Analyze(text, classifier.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("gen", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			out := rep.AppendJSON(nil)
			b.SetBytes(int64(len(out)))
		}
	})
	b.Run("reflect", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			out, _ := json.Marshal(rep)
			b.SetBytes(int64(len(out)))
		}
	})
}

// BenchmarkTypical is AnalyzeJSON on the bench's typical 5 KB paste (one
// refused exchange with its HTML error page), what the page does per paste.
func BenchmarkTypical(b *testing.B) {
	text := workload.Typical(1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		classifier.AnalyzeJSON(text, classifier.Options{})
	}
}

// BenchmarkTypicalFresh is BenchmarkTypical with the body a new text each
// time (a comment with the run's number before </html>), as a new paste is
// on the page: what the analysis remembers of a text it saw (lowered bodies,
// the expressions' text index) is not found again.
func BenchmarkTypicalFresh(b *testing.B) {
	base := workload.Typical(1)
	if !strings.Contains(base, "</html>") {
		b.Fatal("the typical paste has no </html>")
	}
	texts := make([]string, b.N)
	for i := range texts {
		texts[i] = strings.Replace(base, "</html>", fmt.Sprintf("<!-- %06d --></html>", i), 1)
	}
	b.SetBytes(int64(len(base)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		classifier.AnalyzeJSON(texts[i], classifier.Options{})
	}
}
