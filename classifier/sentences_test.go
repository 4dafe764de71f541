package classifier_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/verdict"
)

func sentences(text string) []string { return verdict.Sentences(text) }

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

// TestSameSituationRefersBack: three 429s in a row for different pages say
// the reason and the next step once, then refer back to it.
func TestSameSituationRefersBack(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 3; i++ {
		b.WriteString("GET /v1/reports?page=" + itoa(i) + " HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Length: 0\n\n")
	}
	rep, err := classifier.Analyze(b.String(), classifier.Options{})
	if err != nil || len(rep.Exchanges) != 3 {
		t.Fatalf("%v, %d exchanges", err, len(rep.Exchanges))
	}
	seen := map[string]int{}
	for _, x := range rep.Exchanges {
		for _, s := range sentences(x.Verdict.Explanation) {
			if n, ok := seen[s]; ok {
				t.Errorf("exchange %d repeats exchange %d: %q", x.Index+1, n+1, s)
			}
			seen[s] = x.Index
		}
	}
	if e := rep.Exchanges[1].Verdict.Explanation; !strings.Contains(e, "exchange #1") {
		t.Errorf("the second card does not refer back: %s", e)
	}
}
