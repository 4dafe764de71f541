package classifier_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// BenchmarkAnalyzeCorpus analyses every corpus case once per iteration: the
// typical, small pastes a person brings (b.SetBytes gives MB/s).
func BenchmarkAnalyzeCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "cases", "*.txt"))
	var pastes []string
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pastes = append(pastes, string(data))
		total += len(data)
	}
	if len(pastes) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, p := range pastes {
			classifier.Analyze(p, classifier.Options{})
		}
	}
}

// BenchmarkAnalyzeManyExchanges analyses one paste of 500 exchanges built from
// the corpus's raw and curl cases, the shape of a long support transcript.
func BenchmarkAnalyzeManyExchanges(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"017-iis-digest-401-raw-request-response.txt", "061-headscale-openresty-preflight-options-401-curl-v.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "corpus", "cases", name))
		if err != nil {
			b.Skip("no corpus")
		}
		for i := 0; i < 250; i++ {
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	paste := sb.String()
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		classifier.Analyze(paste, classifier.Options{})
	}
}
