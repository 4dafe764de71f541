package classifier_test

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
	"github.com/authtriage/authtriage/internal/gallery"
)

// readGallery reads the page's examples (web/gallery.js).
func readGallery(t *testing.T) []gallery.Example {
	t.Helper()
	exs, err := gallery.Read(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

// TestGallery checks that each gallery example is its own best test: it is
// read without any tolerance (no reader notes, no AT9002–AT9005), its
// verdicts are the ones it declares, and it raises exactly the findings it
// declares, each checked against its explanation.
func TestGallery(t *testing.T) {
	for _, ex := range readGallery(t) {
		t.Run(ex.ID, func(t *testing.T) {
			rep, err := classifier.Analyze(strings.Join(ex.Lines, "\n"), classifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var classes []string
			got := map[string]bool{}
			for _, x := range rep.Exchanges {
				classes = append(classes, string(x.Verdict.Class))
				for _, n := range x.Notes {
					t.Errorf("exchange %d: reader note %s: %s", x.Index, n.Code, n.Message)
				}
				for _, f := range x.Findings {
					if strings.HasPrefix(f.Rule, "AT9") && f.Rule != "AT9001" {
						t.Errorf("exchange %d: input-tolerance finding %s: %s", x.Index, f.Rule, f.Message)
					}
					if f.Rule != "AT9001" {
						got[f.Rule] = true
					}
				}
			}
			for _, f := range rep.Findings {
				got[f.Rule] = true
			}
			if strings.Join(classes, ",") != strings.Join(ex.Classes, ",") {
				t.Errorf("classes %v, the example declares %v", classes, ex.Classes)
			}
			var have []string
			for r := range got {
				have = append(have, r)
			}
			sort.Strings(have)
			want := append([]string(nil), ex.Findings...)
			sort.Strings(want)
			if strings.Join(have, ",") != strings.Join(want, ",") {
				t.Errorf("findings %v, the example declares %v", have, want)
			}
		})
	}
}

// schemeIn finds the scheme of a WWW-Authenticate field written in s.
var schemeIn = regexp.MustCompile("WWW-Authenticate: ([A-Za-z0-9-]+)")

// TestCorrectedExamplesClean analyses every rule's corrected example: it
// raises nothing above info and needs no reader workaround, sends no Bearer
// error code (the example stands for the answer to any request, also one
// without a token: RFC 6750 §3.1), and challenges with the scheme the rule's
// fix text names.
func TestCorrectedExamplesClean(t *testing.T) {
	for _, r := range rules.All {
		if r.Example == "" {
			continue
		}
		rep, err := classifier.Analyze(r.Example, classifier.Options{})
		if err != nil {
			t.Errorf("%s: example does not parse: %v", r.ID, err)
			continue
		}
		for _, x := range rep.Exchanges {
			for _, n := range x.Notes {
				t.Errorf("%s: example needs a reader workaround: %s", r.ID, n.Message)
			}
			for _, f := range x.Findings {
				if f.Severity >= rule.Low {
					t.Errorf("%s: example raises %s (%s): %s", r.ID, f.Rule, f.Severity, f.Message)
				}
			}
		}
		switch r.ID {
		case "AT1040", "AT1041", "AT1047", "AT1048", "AT4003", "AT8010":
			// about a token that was sent: the error code is the point
		default:
			if strings.Contains(r.Example, "error=\"invalid_token\"") {
				t.Errorf("%s: example sends error=\"invalid_token\", wrong for a request without a token", r.ID)
			}
		}
		if fm, em := schemeIn.FindStringSubmatch(r.Fix), schemeIn.FindStringSubmatch(r.Example); fm != nil && em != nil && !strings.EqualFold(fm[1], em[1]) {
			t.Errorf("%s: fix text challenges with %s, its example with %s", r.ID, fm[1], em[1])
		}
	}
}
