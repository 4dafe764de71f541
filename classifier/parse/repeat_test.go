package parse

import (
	"strings"
	"testing"
)

// TestRepeatedErrorLineInARow reads the same client error line printed
// again whole on the next lines (a client's retries) as one response per
// line, as the corpus labels list every status in order; the same line
// shown again further down a report, after other words, counts again too
// (most labels count a report's second showing; the convention is open).
func TestRepeatedErrorLineInARow(t *testing.T) {
	line := "Faraday::ForbiddenError: the server responded with status 403 for PUT https://billing.example.io/api/v3/plans/basic-7"
	for n := 2; n <= 4; n++ {
		in, err := Parse(strings.Repeat(line+"\n", n))
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != n {
			t.Errorf("%d identical lines in a row: %d exchanges, want %d", n, len(in.Exchanges), n)
		}
		for _, x := range in.Exchanges {
			if x.Response == nil || x.Response.Status != 403 {
				t.Errorf("%d lines: an exchange without its 403: %+v", n, x.Response)
			}
		}
	}
	quoted := "It broke today with:\n\n" + line + "\n\nWhat I expected: the plan is updated.\n\nWhat happened:\n\n" + line + "\n"
	in, err := Parse(quoted)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Errorf("one error shown twice in a report: %d exchanges, want 2", len(in.Exchanges))
	}
}
