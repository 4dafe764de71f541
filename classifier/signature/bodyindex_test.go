package signature

import (
	"github.com/authtriage/authtriage/classifier/parse"
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
				case m.Header != "":
					if id < headerBase || ix.headers[ASCIILower(m.Header)] != id-headerBase {
						t.Errorf("%s: header marker %q has id %d", s.ID, m.Header, id)
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

// TestAbsentOnlyWhenMatchFails holds the quick test that skips a signature
// to match: on every table case, with its field names as written, upper-cased,
// with a Kelvin sign folding onto an ASCII k, and with no fields at all, a
// marker absent rules out is one match does not find.
func TestAbsentOnlyWhenMatchFails(t *testing.T) {
	ix := indexOf(Table)
	variants := []func(*parse.Exchange){
		func(*parse.Exchange) {},
		func(x *parse.Exchange) {
			for i := range x.Response.Fields {
				x.Response.Fields[i].Name = strings.ToUpper(x.Response.Fields[i].Name)
			}
		},
		func(x *parse.Exchange) {
			for i := range x.Response.Fields {
				x.Response.Fields[i].Name = strings.ReplaceAll(strings.ToLower(x.Response.Fields[i].Name), "k", "\u212a")
			}
		},
		func(x *parse.Exchange) { x.Response.Fields = nil },
	}
	ruled := 0
	for _, c := range tableCases {
		for _, e := range c {
			for _, vary := range variants {
				x := e.exchange()
				vary(x)
				s := newSubject(x, "")
				s.ix = ix
				s.noteHeaders()
				for i, sig := range Table {
					for j, ms := range [][]Marker{sig.All, sig.Any, sig.Not} {
						ids := [][]int32{ix.sigs[i].all, ix.sigs[i].any, ix.sigs[i].not}[j]
						for k, m := range ms {
							if !s.absent(ids[k]) {
								continue
							}
							ruled++
							if _, ok := s.match(m, ids[k]); ok {
								t.Fatalf("%s: marker %+v ruled out but matched in %+v", sig.ID, m, x.Response)
							}
						}
					}
				}
				s.release()
			}
		}
	}
	if ruled == 0 {
		t.Fatal("no marker was ruled out")
	}
}

// TestTableIndexBuildAllocations holds the index's building to a few
// allocations beyond one per header name and per case-folded marker with
// capitals: it runs in a fresh page's first analysis, where maps keyed by
// marker and a slice per signature were most of that analysis's work
// (issue #14).
func TestTableIndexBuildAllocations(t *testing.T) {
	ix := newTableIndex(Table)
	want := 2 * len(ix.headers) // each new name's key, and the map's growth at most as much
	for _, s := range Table {
		for _, ms := range [][]Marker{s.All, s.Any, s.Not} {
			for _, m := range ms {
				if m.Fold && m.Body != "" && hasUpper(m.Body) {
					want++
				}
			}
		}
	}
	want += 16 // the index, its lists, the two sets
	if got := testing.AllocsPerRun(3, func() { newTableIndex(Table) }); got > float64(want) {
		t.Errorf("building the table's index allocates %v times, want at most %d", got, want)
	}
}

// TestContainsLowerLikeLowering holds containsLower(l, v) to
// strings.Contains(l, ASCIILower(v)).
func TestContainsLowerLikeLowering(t *testing.T) {
	words := []string{"", "a", "A", "ab", "Ab", "aB", "nginx", "NGINX", "Nginx/1.2", "x-Cache", "é", "Éa", "k", "\u212a"}
	for _, l := range []string{"", "a", "ab", "nginx/1.2", "xx nginx", "x-cache: hit", "éa", "\u212a", "aab", "abab"} {
		for _, v := range words {
			if got, want := containsLower(l, v), strings.Contains(l, ASCIILower(v)); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", l, v, got, want)
			}
		}
	}
}
