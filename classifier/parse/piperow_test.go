package parse

import "testing"

// TestPipeRowStatus: a record whose fields are joined by bare pipes, one a
// status code and another its reason phrase, states that status; a table's
// padded row, or a row whose words are not the code's reason, does not.
func TestPipeRowStatus(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"429|urn:example:rate:exceeded|Too Many Requests|Slow down, the hourly budget is spent.", 429},
		{"svc-ledger|Unauthorized|401|token aged out", 401},
		{"| 403 | Forbidden | the key may not read this bucket |", 0},
		{"403|urn:example:problem:quota|Conflict|two writers", 0},
	} {
		h, _ := lineStatus(c.line)
		if c.want != 0 && (h.code != c.want || h.conf != StatusField) || c.want == 0 && h.conf >= StatusField {
			t.Errorf("%q: read %d (rank %d), want %d", c.line, h.code, h.conf, c.want)
		}
	}
	in, err := Parse("Our poller logged this for a minute:\n\n429|urn:example:rate:exceeded|Too Many Requests|Slow down.\n\nAny idea?\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 429 {
		t.Errorf("paste: want one response with 429")
	}
}
