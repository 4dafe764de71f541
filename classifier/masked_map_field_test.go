package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// TestMaskedFieldAmongOthersOnALine: a request's header map printed on one
// log line ({trace=…, Authorization=*****…, X-Date=…}) holds several fields
// on that line; the redacted-value note names the field that is masked,
// not the first one printed.
func TestMaskedFieldAmongOthersOnALine(t *testing.T) {
	rep, err := classifier.Analyze("Endpoint request headers: {x-trace-tag=probe-7, Authorization=**********************************************9fQ2aL, X-Amz-Date=20260114T081530Z}\nEndpoint response body before transformations: {\"message\":\"Unauthorized\"}\nMethod completed with status: 401\n", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			if f.Rule == "AT9003" {
				msgs = append(msgs, f.Message)
			}
		}
	}
	if len(msgs) == 0 || !strings.HasPrefix(msgs[0], "Authorization ") {
		t.Errorf("redacted-value findings %q, want one about Authorization", msgs)
	}
	for _, m := range msgs {
		if strings.Contains(m, "x-trace-tag") {
			t.Errorf("the unmasked field is said to be masked: %q", m)
		}
	}
}
