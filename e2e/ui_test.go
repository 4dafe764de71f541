//go:build !js

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Each gallery example is one click away and gets the verdicts it teaches.
func TestGallery(t *testing.T) {
	p := newPage(t, 1280, 900)
	want := map[string][]string{
		"explainer":  {"authentication", "authorization"},
		"docker":     {"authentication", "none", "authorization"},
		"k8s":        {"authentication"},
		"cloudflare": {"blocked"},
		"cors":       {"none", "authentication"},
		"s3":         {"authentication"},
	}
	var ids []string
	p.eval(`[...document.querySelectorAll("#out .gallery button[data-example]")].map(b => b.dataset.example)`, &ids)
	if len(ids) != len(want) {
		t.Fatalf("gallery holds %q, want the %d examples", ids, len(want))
	}
	var captions []string
	p.eval(`[...document.querySelectorAll("#out .gallery .gallery-cap")].map(c => c.textContent)`, &captions)
	for i, c := range captions {
		if len(c) < 20 {
			t.Errorf("example %s has no real caption: %q", ids[i], c)
		}
	}
	for _, id := range ids {
		// Back to the empty state, then one click on the example.
		p.run(chromedp.Click("#clear", chromedp.ByQuery))
		p.waitFor(`!!document.querySelector("#out .gallery")`)
		p.run(chromedp.Click(`#out .gallery button[data-example="`+id+`"]`, chromedp.ByQuery))
		p.waitFor(fmt.Sprintf(`document.querySelectorAll("#out article.card").length === %d`, len(want[id])))
		var got []string
		p.eval(`[...document.querySelectorAll("#out article.card")].map(c => c.dataset.verdict)`, &got)
		if strings.Join(got, ",") != strings.Join(want[id], ",") {
			t.Errorf("example %s: verdicts %q, want %q", id, got, want[id])
		}
	}
}
