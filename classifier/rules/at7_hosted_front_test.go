package rules

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
)

// A cloud service's own front end names the service's interface
// generation, not software the customer runs: no server-version-leak. A
// product beside it, or software a customer runs, still counts.
func TestHostedFrontEndBanner(t *testing.T) {
	for v, want := range map[string]bool{
		"awselb/2.0":              true,
		"GitHub Babel 2.0":        true,
		"AtlassianProxy/1.19.3.1": true,
		"Windows-Azure-Queue/1.0 Microsoft-HTTPAPI/2.0": false,
		"Microsoft-HTTPAPI/2.0":                         false,
		"nginx/1.25.3":                                  false,
		"awselb/2.0 nginx/1.19.0":                       false,
	} {
		if got := hostedFrontEnd(v); got != want {
			t.Errorf("hostedFrontEnd(%q) = %v, want %v", v, got, want)
		}
	}
}

// A product's own version header may name the product before the version
// ("X-Repo-Version: Harbormaster/3.14.2 2026031"): a version all the same;
// an API's version stays none.
func TestProductVersionAfterItsName(t *testing.T) {
	for _, c := range []struct {
		name, value string
		want        bool
	}{
		{"X-Repo-Version", "Harbormaster/3.14.2 2026031", true},
		{"X-Repo-Version", "3.14.2", true},
		{"X-Repo-Version", "Harbormaster", false},
		{"X-Api-Version", "v2/3.1", false},
	} {
		if got := productVersionField(parse.Field{Name: c.name, Value: c.value}); got != c.want {
			t.Errorf("%s: %s = %v, want %v", c.name, c.value, got, c.want)
		}
	}
}
