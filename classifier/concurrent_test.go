package classifier_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// TestAnalyzeConcurrently: Analyze keeps no state between calls that one
// call could see another's (the lazily compiled expressions, the vendor
// index, parse.Elided's memo are shared): four goroutines analysing the
// shared corpus at once give each paste the report one goroutine gives
// it. Under make test's -race run this is the test that gives the race
// detector goroutines to watch.
func TestAnalyzeConcurrently(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/cases/*")
	if len(files) < 30 {
		t.Fatalf("only %d corpus files", len(files))
	}
	texts := make([]string, len(files))
	want := make([][]byte, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(b)
	}
	analyze := func(i int) []byte {
		rep, err := classifier.Analyze(texts[i], classifier.Options{})
		if err != nil {
			return []byte("error: " + err.Error())
		}
		return rep.AppendJSON(nil)
	}
	var wg sync.WaitGroup
	got := make([][][]byte, 4)
	for g := range got {
		got[g] = make([][]byte, len(texts))
		wg.Go(func() {
			for k := range texts {
				i := (k + g*len(texts)/len(got)) % len(texts) // each goroutine starts elsewhere
				got[g][i] = analyze(i)
			}
		})
	}
	wg.Wait()
	for i := range texts {
		want[i] = analyze(i)
	}
	for g := range got {
		for i := range texts {
			if !bytes.Equal(got[g][i], want[i]) {
				t.Errorf("goroutine %d, %s: report differs from a lone analysis", g, filepath.Base(files[i]))
			}
		}
	}
}
