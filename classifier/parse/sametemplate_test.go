package parse

import (
	"slices"
	"testing"
)

// TestSameTemplateOtherResource: a tool printing one failure per resource,
// the same words with another id on the next line, got one response per
// resource; the same error line printed again just below is one response
// each too, and an error then its wrapper in other words is one (values
// are invented).
func TestSameTemplateOtherResource(t *testing.T) {
	for name, c := range map[string]struct {
		text string
		want []int
	}{
		"one failure per snapshot": {
			text: "```\n$ snapvault purge --older-than 30d\nscanning vault\ndropping 2 snapshots\nfailed to drop snapshot 4be1a09c: object kept, backend answered: 403 Forbidden (403)\nfailed to drop snapshot 9f30d2e7: object kept, backend answered: 403 Forbidden (403)\n```\n",
			want: []int{403, 403},
		},
		"an error and its wrapper": {
			text: "```\n$ snapvault purge --older-than 30d\nfailed to drop snapshot 4be1a09c: object kept, backend answered: 403 Forbidden (403)\npurge aborted: 403 Forbidden\n```\n",
			want: []int{403},
		},
	} {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []int
		for _, x := range in.Exchanges {
			if x.Response != nil {
				got = append(got, x.Response.Status)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: statuses %v, want %v", name, got, c.want)
		}
	}
}
