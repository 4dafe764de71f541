package rules

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestSharedRefs holds the package's copies of the references it shares
// with the verdict to package rule's values. They are written out here
// rather than assigned from package rule: a variable of another package
// is not known at compile time, and each rule whose Refs cite one would be
// built with code at start instead of laid out as data.
func TestSharedRefs(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want rule.Ref
	}{
		{"fFetchCORS", fFetchCORS, rule.RefFetchCORS},
		{"fOWASPCSRF", fOWASPCSRF, rule.RefOWASPCSRF},
		{"rfc6585_4", rfc6585_4, rule.RefRFC6585_429},
		{"owaspCSRF", owaspCSRF, rule.RefOWASPCSRF},
		{"rfc9110_15_5_2", rfc9110_15_5_2, rule.RefRFC9110_401},
		{"rfc9110_15_5_4", rfc9110_15_5_4, rule.RefRFC9110_403},
		{"rfc9110_15_5_8", rfc9110_15_5_8, rule.RefRFC9110_407},
		{"rfc9110_11_6_2", rfc9110_11_6_2, rule.RefRFC9110Authorization},
		{"rfc9110_15_5_5", rfc9110_15_5_5, rule.RefRFC9110_404},
		{"pRFC9110_11_6_2", pRFC9110_11_6_2, rule.RefRFC9110Authorization},
		{"pRFC6585_6", pRFC6585_6, rule.RefRFC6585_511},
		{"pRFC6750_3_1", pRFC6750_3_1, rule.RefRFC6750Errors},
		{"pFetchCORS", pFetchCORS, rule.RefFetchCORS},
	} {
		if c.got != c.want {
			t.Errorf("%s = %+v, package rule has %+v", c.name, c.got, c.want)
		}
	}
}
