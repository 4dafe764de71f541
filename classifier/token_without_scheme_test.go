package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestTokenWithoutScheme: a JWT sent alone in Authorization, without the
// scheme in front of it, is read by a server as the name of an unknown
// scheme: the caller was never identified, so a 403 to it (even one whose
// body is a store's "AccessDenied") is an authentication failure, and the
// finding names the missing "Bearer ". The services that document the bare
// token (AWS AppSync) and an edge's block page keep their reading, as does
// a token sent with its scheme.
// Samples written for this test, after pastes in public issue threads.
func TestTokenWithoutScheme(t *testing.T) {
	const jwt = "eyJraWQiOiIyMDI1MDMwMSIsImFsZyI6IlJTMjU2In0.eyJpYW1faWQiOiJpYW0tU2VydmljZUlkLTdmMmMiLCJleHAiOjE3NDA5OTk5OTl9.Zm9vYmFyYmF6cXV4"
	const denied = "< HTTP/1.1 403 Forbidden\n< Content-Type: application/xml\n< Content-Length: 243\n<\n<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>/field-notes/2025/q1.csv</Resource><RequestId>0b7e52c1-6d3a-4f0e-9a41-8c2d7e5f1b90</RequestId><httpStatusCode>403</httpStatusCode></Error>\n"
	cases := []struct {
		name, paste string
		class       rule.Class
		want, not   []string
	}{
		{name: "a bare JWT to an object store",
			paste: "$ curl -v -X PUT \"https://objects.eu-north.archivecloud.example/field-notes/2025/q1.csv\" -H \"Authorization: " + jwt + "\" -H \"Content-Type: text/csv\" --data-binary @q1.csv\n> PUT /field-notes/2025/q1.csv HTTP/1.1\n> Host: objects.eu-north.archivecloud.example\n> User-Agent: curl/8.6.0\n> Authorization: " + jwt + "\n> Content-Type: text/csv\n> Content-Length: 5120\n>\n" + denied,
			class: rule.Authentication, want: []string{"token-without-scheme", "no scheme (Bearer)", "Authorization: Bearer <token>"},
			not: []string{"credentials are not what is missing"}},
		{name: "the same token with its scheme",
			paste: "$ curl -v -X PUT \"https://objects.eu-north.archivecloud.example/field-notes/2025/q1.csv\" -H \"Authorization: Bearer " + jwt + "\" -H \"Content-Type: text/csv\" --data-binary @q1.csv\n> PUT /field-notes/2025/q1.csv HTTP/1.1\n> Host: objects.eu-north.archivecloud.example\n> User-Agent: curl/8.6.0\n> Authorization: Bearer " + jwt + "\n> Content-Type: text/csv\n> Content-Length: 5120\n>\n" + denied,
			class: rule.Authorization, not: []string{"token-without-scheme"}},
		{name: "AppSync takes the bare token",
			paste: "POST /graphql HTTP/1.1\nHost: q7xk2m4vbnf3lhtr5wz6yc2dpe.appsync-api.eu-west-1.amazonaws.com\nContent-Type: application/json\nAuthorization: " + jwt + "\n\n{\"query\":\"query { listNotes { items { id } } }\"}\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\nx-amzn-ErrorType: UnauthorizedException\n\n{\"errors\":[{\"errorType\":\"UnauthorizedException\",\"message\":\"Valid authorization header not provided.\"}]}\n",
			class: rule.Authentication, not: []string{"token-without-scheme"}},
		{name: "an edge's block page",
			paste: "> GET /v1/notes HTTP/2\n> Host: api.fieldnotes.example\n> user-agent: curl/8.6.0\n> authorization: " + jwt + "\n>\n< HTTP/2 403\n< server: cloudflare\n< cf-ray: 8b2e4d6f1a3c5e7f-FRA\n< content-type: text/html; charset=UTF-8\n<\n<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><h2>You are unable to access fieldnotes.example</h2><p>Cloudflare Ray ID: <strong>8b2e4d6f1a3c5e7f</strong></p></body></html>\n",
			class: rule.Blocked},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, x := lastResponse(t, c.paste)
			if c.class != "" && x.Verdict.Class != c.class {
				t.Errorf("class %s, want %s\n%s", x.Verdict.Class, c.class, x.Verdict.Explanation)
			}
			said := explainedWithFindings(x)
			for _, r := range x.Verdict.Reasons {
				said += "\n" + r.Reason
			}
			checkSaid(t, said, c.want, c.not)
		})
	}
}

// TestBareTokenIsNoSchemeName: an Authorization value of one word that is a
// credential (a JWT, an opaque key longer than any scheme's name) has no
// scheme; the explanation, the reasons and the findings, which name the
// scheme a credential was sent with, do not print the token as one (the page
// shows the report unmasked; the findings name a credential by kind, never
// by value). A scheme sent alone ("Negotiate") stays a scheme. Values are
// invented.
func TestBareTokenIsNoSchemeName(t *testing.T) {
	for _, token := range []string{
		"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTQxOSIsImF1ZCI6ImZpZWxkbm90ZXMifQ.c2lnbmF0dXJlLXBsYWNlaG9sZGVy",
		"sk9QmT4vXw2LpZr7Nc3HbYd8KfJ6Gs1A",
	} {
		paste := "> GET /v1/notes HTTP/2\n> Host: api.fieldnotes.example\n> authorization: " + token + "\n>\n< HTTP/2 401\n< content-type: application/json\n<\n{\"error\":\"AccessDenied\"}\n"
		_, x := lastResponse(t, paste)
		said := explainedWithFindings(x)
		for _, r := range x.Verdict.Reasons {
			said += "\n" + r.Reason
		}
		if strings.Contains(said, token) {
			t.Errorf("the token is named as a scheme:\n%s", said)
		}
	}
	scheme, rest := parse.AuthScheme("Negotiate")
	if scheme != "Negotiate" || rest != "" {
		t.Errorf("AuthScheme(Negotiate) = %q, %q", scheme, rest)
	}
}
