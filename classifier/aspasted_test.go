package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// TestQuotesAsPasted: evidence quotes keep curl's transcript markers, and a
// body line that starts with '<' keeps it.
func TestQuotesAsPasted(t *testing.T) {
	paste := "> GET /login HTTP/2\n> Host: m.example.com\n> User-Agent: curl/8.7.1\n> Accept: */*\n>\n< HTTP/2 403\n< content-type: text/html\n< cf-mitigated: challenge\n< server: cloudflare\n<\n<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var quotes []string
	for _, x := range rep.Exchanges {
		for _, s := range x.Verdict.Reasons {
			if s.Evidence != nil {
				quotes = append(quotes, s.Evidence.Text)
			}
		}
		for _, f := range x.Findings {
			for _, e := range f.Evidence {
				quotes = append(quotes, e.Text)
			}
		}
	}
	all := strings.Join(quotes, "\n")
	for _, want := range []string{"< cf-mitigated: challenge", "<!DOCTYPE html>"} {
		if !strings.Contains(all, want) {
			t.Errorf("no quote %q among:\n%s", want, all)
		}
	}
	if strings.Contains(all, "\n!DOCTYPE") || strings.HasPrefix(all, "!DOCTYPE") {
		t.Errorf("a quote lost the body's '<':\n%s", all)
	}
}
