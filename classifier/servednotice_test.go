package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestServedNoticeIsNoRefusal: a body the vendor's signature reads as served
// (Etherscan's keyless answer, whose message names the limit it was served
// at) is no refusal: no rate-limited finding, and the explanation does not
// call it an error (sample written for this test).
func TestServedNoticeIsNoRefusal(t *testing.T) {
	paste := `{"status":"1","message":"OK-Missing/Invalid API Key, rate limit of 1/5sec applied","result":"1209934471100056"}`
	runVerdictCases(t, []verdictCase{{name: "keyless notice", paste: paste, class: rule.None}})
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := rep.Exchanges[0]
	for _, f := range x.Findings {
		if f.Name == "rate-limited" {
			t.Errorf("rate-limited on a served answer: %s", f.Message)
		}
	}
	if strings.Contains(x.Verdict.Explanation, "error") {
		t.Errorf("explanation calls the served answer an error: %s", x.Verdict.Explanation)
	}
}
