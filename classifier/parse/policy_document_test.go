package parse

import (
	"strings"
	"testing"
)

// An access policy pasted beside the error (the IAM policy the caller runs
// with) is the person's setup: no exchange of its own and not the body of
// the error's, which stays the pasted text. A JSON error body keeps being
// the body. Values invented.
func TestPolicyDocumentIsNoBody(t *testing.T) {
	policy := "```\n{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"s3:GetObject\", \"s3:PutObject\"],\n      \"Resource\": \"arn:aws:s3:::invoices-archive-7/*\"\n    }\n  ]\n}\n```\n"
	paste := "The nightly export dies on the first download:\n\n```\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n```\n\nThe task role has this policy:\n\n" + policy
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	b := in.Exchanges[0].Response.Body
	if strings.HasPrefix(strings.TrimSpace(b.Text), "{") || !strings.Contains(b.Text, "(AccessDenied) when calling the GetObject") {
		t.Errorf("body %q: want the pasted text with the error line, not the policy", b.Text)
	}
	if !policyDocument("{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}") {
		t.Error("a policy without Version or Id is a policy")
	}
	for _, body := range []string{
		`{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}],"Error":"AccessDenied"}`,
		`{"code":"AccessDenied","message":"Effect of the policy: Deny"}`,
	} {
		if policyDocument(body) {
			t.Errorf("%s read as a policy document", body)
		}
	}
}
