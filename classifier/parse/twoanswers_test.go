package parse

import "testing"

// TestOneCommandTwoServersAnswers reads a response per block where a person
// gives one command and then what two servers answered it, each answer in a
// block of its own under a sentence: the command's output is not one body
// running over both. Every value is invented.
func TestOneCommandTwoServersAnswers(t *testing.T) {
	text := "Deleting a bucket with no credentials:\n\n```\ncurl --request DELETE 'https://store.example.org/archive_2023'\n```\n" +
		"What the self-hosted server answers:\n```\n403 Forbidden\n{\n    \"error\": \"forbidden\",\n    \"reason\": \"Only owners may delete.\"\n}\n```\n\n" +
		"What the hosted service answers:\n```\n403 Forbidden\n{\n    \"error\": \"forbidden\",\n    \"reason\": \"role owner is required\"\n}\n```\n"
	wantStatuses(t, "", text, 403, 403)
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if q := in.Exchanges[0].Request; q == nil || q.Method != "DELETE" {
		t.Errorf("the first answer's request: %+v, want the command's DELETE", q)
	}
}
