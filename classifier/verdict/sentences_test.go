package verdict

import (
	"regexp"
	"testing"
)

// sentenceEndRe is the expression markSentences replaces.
var sentenceEndRe = regexp.MustCompile("([.!?])\\s+([A-Z0-9`])")

var sentenceSeeds = []string{
	"",
	"One. Two! Three? 4 five. `six` seven.",
	"a.  \t\n B",
	"e.g. lower case stays. Upper Case splits.",
	"end.",
	"end. ",
	"x.\fY.\vZ",
	"..  . A?! B",
	"a.\x00B. \xffC. é D",
	"A.B. C",
}

func TestMarkSentencesMatchesRegexp(t *testing.T) {
	for _, s := range sentenceSeeds {
		if got, want := markSentences(s), sentenceEndRe.ReplaceAllString(s, "$1\x00$2"); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func FuzzMarkSentences(f *testing.F) {
	for _, s := range sentenceSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := markSentences(s), sentenceEndRe.ReplaceAllString(s, "$1\x00$2"); got != want {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
	})
}
