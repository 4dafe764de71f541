package signature

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestBodyIndexFindsWhatIndexFinds holds the one-pass body index to
// strings.Index for every body marker of the table, on bodies made of
// markers, their prefixes and noise (overlaps, repeats, short markers).
func TestBodyIndexFindsWhatIndexFinds(t *testing.T) {
	ix := indexOf(Table)
	pats := make([]string, ix.body.Len())
	for id := range pats {
		pats[id] = ix.body.Pattern(id)
	}
	if len(pats) < 100 {
		t.Fatalf("only %d body markers indexed", len(pats))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			p := pats[r.IntN(len(pats))]
			switch r.IntN(4) {
			case 0:
				p = p[:r.IntN(len(p)+1)]
			case 1:
				p = "xx" + p + p
			}
			b.WriteString(p)
			b.WriteString([]string{"", " ", "\n", "<", "\"", "é"}[r.IntN(6)])
		}
		body := b.String()
		first := ix.body.Index(body)
		for id, p := range pats {
			if want := strings.Index(body, p); int(first[id]) != want {
				t.Fatalf("marker %q in %q: index says %d, strings.Index %d", p, body, first[id], want)
			}
		}
	}
}

// TestBodyIndexIDs checks that each signature's ids name its own markers.
func TestBodyIndexIDs(t *testing.T) {
	ix := indexOf(Table)
	for i, s := range Table {
		for j, ms := range [][]Marker{s.All, s.Any, s.Not} {
			ids := [][]int32{ix.sigs[i].all, ix.sigs[i].any, ix.sigs[i].not}[j]
			for k, m := range ms {
				switch id := ids[k]; {
				case m.Fold && m.Body != "":
					if id < foldBase || ix.fold.Pattern(int(id-foldBase)) != ASCIILower(m.Body) {
						t.Errorf("%s: folded marker %q has id %d", s.ID, m.Body, id)
					}
				case m.Body == "":
					if id != -1 {
						t.Errorf("%s: marker %d has id %d", s.ID, k, id)
					}
				case ix.body.Pattern(int(id)) != m.Body:
					t.Errorf("%s: marker %q has the id of %q", s.ID, m.Body, ix.body.Pattern(int(id)))
				}
			}
		}
	}
}
