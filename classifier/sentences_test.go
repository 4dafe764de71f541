package classifier_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// sentenceEnd splits an explanation into sentences: a period, question or
// exclamation mark followed by a space and a capital or a backquote.
var sentenceEnd = regexp.MustCompile("([.!?])\\s+([A-Z`])")

func sentences(text string) []string {
	marked := sentenceEnd.ReplaceAllString(text, "$1\x00$2")
	var out []string
	for _, s := range strings.Split(marked, "\x00") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func galleryTexts(t *testing.T) map[string]string {
	out := map[string]string{}
	for _, e := range readGallery(t) {
		out[e.ID] = strings.Join(e.Lines, "\n")
	}
	return out
}

// TestNoSentenceRepeats reads cards in order, as a reviewer would: the
// gallery's examples one after the other, and each paste of the shared corpus
// card by card. Each explanation has at most three sentences, and no sentence
// comes back within three cards read in a row. (Two different pastes of the
// same situation, say two CloudFront blocks, may rightly read alike.)
func TestNoSentenceRepeats(t *testing.T) {
	type card struct{ where, paste, text string }
	var cards []card
	gal := galleryTexts(t)
	ids := make([]string, 0, len(gal))
	for id := range gal {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	add := func(where, text string) {
		rep, err := classifier.Analyze(text, classifier.Options{})
		if err != nil {
			return
		}
		for _, x := range rep.Exchanges {
			paste := where
			if strings.HasPrefix(where, "gallery/") {
				paste = "gallery"
			}
			cards = append(cards, card{where + "[" + itoa(x.Index) + "]", paste, x.Verdict.Explanation})
		}
	}
	for _, id := range ids {
		add("gallery/"+id, gal[id])
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "cases", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			add(filepath.Base(f), string(b))
		}
	}
	if len(cards) < 30 {
		t.Fatalf("only %d cards read", len(cards))
	}
	for i, c := range cards {
		ss := sentences(c.text)
		if len(ss) > 3 {
			t.Errorf("%s: %d sentences:\n%s", c.where, len(ss), strings.Join(ss, "\n"))
		}
		for j := i + 1; j < len(cards) && j < i+3 && cards[j].paste == c.paste; j++ {
			for _, a := range ss {
				for _, b := range sentences(cards[j].text) {
					if a == b {
						t.Errorf("%s and %s repeat %q", c.where, cards[j].where, a)
					}
				}
			}
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
