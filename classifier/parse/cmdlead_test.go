package parse

import (
	"strings"
	"testing"
)

// TestCommandOutputAfterLead: a command whose answer the person shows in a
// fence of its own, under a line that introduces it ("What comes back
// is:"), is one exchange with that body and no status; a JSON document
// introduced as what was expected is not the command's output (values are
// invented).
func TestCommandOutputAfterLead(t *testing.T) {
	paste := "Checking the user first:\n```\n$ curl -i https://portal.example.net/admin/users/ada\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"name\":\"ada\",\"groups\":[\"ops\"]}\n```\n" +
		"Then the same with her key:\n```\n$ curl https://portal.example.net/v3/reports -H 'X-Portal-Key: pk_51ee02'\n```\nWhat comes back is:\n```\n{\"fault\":\"missing key\",\"id\":\"e-7781\"}\n```\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want 2: %+v", len(in.Exchanges), in.Exchanges)
	}
	x := in.Exchanges[1]
	if x.Request == nil || !strings.HasSuffix(x.Request.URL, "/v3/reports") || x.Response == nil || !strings.Contains(x.Response.Body.Text, "missing key") {
		t.Errorf("second exchange %+v", x)
	}
	wished := strings.Replace(paste, "What comes back is:", "What I expected instead:", 1)
	if in, err = Parse(wished); err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Response != nil && strings.Contains(x.Response.Body.Text, "missing key") {
			t.Errorf("an expected body read as the command's output: %+v", x)
		}
	}
}
