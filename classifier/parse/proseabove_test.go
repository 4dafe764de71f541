package parse

import "testing"

// TestProseParagraphAboveDump: a paragraph of a person's words read as a
// body, its first line stating a status, above the command and the answer
// that show that status, speaks of that answer: one response (values are
// invented).
func TestProseParagraphAboveDump(t *testing.T) {
	text := "POST /v2/session/refresh answers \"401 Unauthorized\"\nthough the header carries the token the login gave me\n\nmy call\n\n" +
		"curl -X POST \"http://localhost:7100/v2/session/refresh\" -H \"accept: application/json\" -H \"Authorization: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl\"\n\n" +
		"response\n\n{\n  \"statusCode\": 401,\n  \"message\": \"Unauthorized\"\n}\n\nany idea?\n"
	wantStatuses(t, "", text, 401)
}
