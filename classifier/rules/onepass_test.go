package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/lowered"
)

// Each onePass answers, for every word of its lists in order, what
// strings.Index answers, and for each list what hasAnyOf answers: on texts made of the words (alone, inside others,
// cut short, side by side) and on every rule fixture, as is and lowered.
func TestOnePassLikeIndex(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	if len(files) < 100 {
		t.Fatalf("only %d fixture files found", len(files))
	}
	var fixtures []string
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			fixtures = append(fixtures, string(b), lowered.Text(string(b)))
		}
	}
	for name, o := range map[string]*onePass{"namedUserWords": &namedUserWords, "roleDemandWords": &roleDemandWords, "stackWords": &stackWords, "idWords": &idWords,
		"appErrorWords": &appErrorWords, "debugPageWords": &debugPageWords} {
		o.index(nil, "")
		var words []string
		for _, l := range o.lists {
			words = append(words, l...)
		}
		if len(words) < 2 {
			t.Fatalf("%s: %d words", name, len(words))
		}
		texts := append([]string{""}, fixtures...)
		for i, w := range words {
			v := words[(i+1)%len(words)]
			texts = append(texts, w, "x"+w+"y", w[:len(w)-1], w[1:], strings.ToUpper(w), v+" "+w+" "+w, w+v[:len(v)/2])
		}
		for _, text := range texts {
			got := o.index(nil, text)
			for k, w := range words {
				if want := strings.Index(text, w); got[k] != want {
					t.Fatalf("%s: word %d %q in %.80q: one pass says %d, strings.Index %d", name, k, w, text, got[k], want)
				}
			}
			for k, l := range o.lists {
				if h, want := o.has(got, k), hasAnyOf(text, l...); h != want {
					t.Fatalf("%s: list %d %q in %.80q: has says %v, hasAnyOf %v", name, k, l, text, h, want)
				}
				if at, want := o.at(got, k), strings.Index(text, l[0]); at != want {
					t.Fatalf("%s: list %d %q in %.80q: at says %d, strings.Index %d", name, k, l, text, at, want)
				}
			}
		}
	}
}
