package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/fields"
)

// requestedHostsByMarker is requestedHosts as it was: a search of the
// lower-cased text for each marker in turn, its first 16 occurrences.
func requestedHostsByMarker(body string) []string {
	if len(body) > 1<<16 {
		body = body[:1<<16]
	}
	lb := strings.ToLower(body)
	var out []string
	for _, m := range requestMarkers {
		for off, n := 0, 0; n < 16; n++ {
			i := strings.Index(lb[off:], m)
			if i < 0 {
				break
			}
			i += off + len(m)
			off = i
			if !strings.HasPrefix(lb[i:], "http://") && !strings.HasPrefix(lb[i:], "https://") {
				continue
			}
			j := i
			for j < len(lb) && lb[j] > ' ' && lb[j] != '"' && lb[j] != '\'' && lb[j] != '>' {
				j++
			}
			if h := fields.Host(lb[i:j]); h != "" {
				out = append(out, h)
			}
		}
	}
	return out
}

// TestRequestedHostsLikeSearchPerMarker holds the one-pass requestedHosts
// to the search per marker it replaced (the same hosts, as many times each)
// on texts built from the markers, URLs, their pieces, capitals, non-ASCII
// letters and markers repeated past their 16 occurrences.
func TestRequestedHostsLikeSearchPerMarker(t *testing.T) {
	pieces := []string{"https://api.example.test/v1", "http://10.0.0.7:8080/x", "HTTPS://Upper.Example.Test", "http:/", "https://",
		"http", "ftp://files.example.test", "\n", " ", "'", "\"", ">", "é", "İ", "GET", "at: ", "url", ": ", "for ", "x"}
	for _, m := range requestMarkers {
		pieces = append(pieces, m, strings.ToUpper(m), m[:len(m)-1])
	}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := r.IntN(60); k >= 0; k-- {
			if r.IntN(8) == 0 { // a marker and a URL many times over
				rep := r.IntN(20)
				m, u := requestMarkers[r.IntN(len(requestMarkers))], pieces[r.IntN(3)]
				for ; rep >= 0; rep-- {
					b.WriteString(m + u + "\n")
				}
				continue
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		body := b.String()
		if n%500 == 0 { // past the 64 KiB cut
			body = strings.Repeat("get https://pad.example.test/ ", 2300) + body
		}
		got, want := requestedHosts(body), requestedHostsByMarker(body)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("requestedHosts(%q)\n = %q\nwant %q", body, got, want)
		}
	}
}

// TestRequestMarkersDoNotOverlapThemselves: requestedHosts counts a
// marker's occurrences before a URL in pieces, which gives the count of a
// search from the start only when no marker's end is also its beginning.
func TestRequestMarkersDoNotOverlapThemselves(t *testing.T) {
	for _, m := range requestMarkers {
		for k := 1; k < len(m); k++ {
			if strings.HasPrefix(m, m[len(m)-k:]) {
				t.Errorf("marker %q begins with its last %d bytes", m, k)
			}
		}
	}
}
