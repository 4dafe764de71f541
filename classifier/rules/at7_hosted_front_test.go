package rules

import "testing"

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
