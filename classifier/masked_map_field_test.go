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

// TestBracedStandInHeader: an API key written as the docs' stand-in inside
// braces or brackets ("{my-api-key-here}", "[your-access-token]") is no
// key: the header was sent, its value not in the paste (redacted-value);
// a real key is not taken for one.
func TestBracedStandInHeader(t *testing.T) {
	for _, c := range []struct {
		value string
		want  bool
	}{
		{"{my-api-key-here}", true},
		{"[your-access-token]", true},
		{"k7Qz2vLp9XwR4tNb", false},
	} {
		rep, err := classifier.Analyze("$ curl -s -H 'X-Api-Key: "+c.value+"' https://api.tracker.example.com/v1/workspaces/77/entries\n{\"message\":\"Full authentication is required to access this resource\",\"code\":1000}\n", classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				got = got || f.Rule == "AT9003"
			}
		}
		if got != c.want {
			t.Errorf("X-Api-Key: %s: redacted-value %v, want %v", c.value, got, c.want)
		}
	}
}
