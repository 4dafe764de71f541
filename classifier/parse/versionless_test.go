package parse

import (
	"strings"
	"testing"
)

// TestVersionlessStatusLine: "HTTP 401 Unauthorized" over header lines (a
// page's rendering of a response's head, as Django REST framework's
// browsable API shows it) is a status line whose body follows the blank
// line; the settings quoted after it are no second response (values are
// invented).
func TestVersionlessStatusLine(t *testing.T) {
	in, err := Parse("Since the upgrade the live site answers 401 Unauthorized to signed-in users when the page calls the orders view. The browsable API shows:\n\n```\nHTTP 401 Unauthorized\nAllow: GET, POST, OPTIONS\nContent-Type: application/json\nVary: Accept\n\n{\n    \"detail\": \"Invalid token.\"\n}\n```\n\nMy settings:\n\n```\nREST_FRAMEWORK = {\n    'DEFAULT_AUTHENTICATION_CLASSES': [\n        'rest_framework.authentication.TokenAuthentication',\n    ]\n}\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if r == nil || r.Status != 401 || r.Pos.Line != 4 || !r.Fields.Has("Allow") || !strings.Contains(r.Body.Text, "Invalid token") || strings.Contains(r.Body.Text, "REST_FRAMEWORK") {
		t.Errorf("response %+v", r)
	}
	if st, ok := versionlessStatus("HTTP 403 on every call, even with the key", "Content-Type: text/plain"); ok {
		t.Errorf("prose read as a status line: %q", st)
	}
}
