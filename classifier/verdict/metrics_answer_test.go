package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestMetricsExpositionIsAnAnswer: with no status shown, a body in the
// Prometheus text format is an exporter serving its scrape, whatever a
// metric's help text says; an error line before such text is still read
// as the error (values are invented).
func TestMetricsExpositionIsAnAnswer(t *testing.T) {
	metrics := "# HELP pool_free_bytes Free space not found in cache\n# TYPE pool_free_bytes gauge\n" +
		"pool_free_bytes{pool=\"fast\",node=\"n2\"} 7.340032e+06 1701234567000\npool_free_bytes{pool=\"slow\",node=\"n2\"} 123456\n" +
		"# TYPE exporter_up gauge\nexporter_up 1\n"
	ok := "```\n$ curl -u scraper:hunter22 http://192.0.2.41:9311/metrics\n" + metrics + "```\n"
	if v := soleVerdict(t, "exposition", ok); v.Class != rule.None {
		t.Errorf("exposition: class %s, want none (%+v)", v.Class, v.Reasons)
	}
	refused := "```\n$ curl http://192.0.2.41:9311/metrics\nUnauthorized: invalid token\n" + metrics + "```\n"
	if v := soleVerdict(t, "error first", refused); v.Class == rule.None {
		t.Errorf("error before the exposition: class none (%+v)", v.Reasons)
	}
}
