package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestRefusalMeanings: refusals whose status says one thing and whose
// sender means another, written for the purpose from the vendors' own
// wording (the sources are cited on each signature).
func TestRefusalMeanings(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "unsigned request to an object store",
			paste: "> GET / HTTP/1.1\n> Host: localhost:9000\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/xml\n< Server: MinIO\n< Content-Length: 210\n<\n" +
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/</Resource><RequestId>17A2B3C4D5E6F708</RequestId></Error>\n",
			class: rule.Authentication, want: []string{"authn-failure-as-403"}},
		{name: "signed request to an object store",
			paste: "> GET /reports/ HTTP/1.1\n> Host: localhost:9000\n> Authorization: AWS4-HMAC-SHA256 Credential=EXAMPLEKEY/20240101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123\n> x-amz-date: 20240101T000000Z\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/xml\n< Server: MinIO\n<\n" +
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/reports/</Resource></Error>\n",
			class: rule.Authorization, not: []string{"authn-failure-as-403"}},
		{name: "a registry's pull denied for a misspelt repository",
			paste: "$ docker pull acmee/webapp:1.4\nError response from daemon: pull access denied for acmee/webapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
			class: rule.None},
		{name: "API Gateway route that does not exist",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-ErrorType: MissingAuthenticationTokenException\nx-amz-apigw-id: Qx1AbCdEfGhIjK=\n\n{\"message\":\"Missing Authentication Token\"}\n",
			class: rule.Blocked, not: []string{"authn-failure-as-403"}},
		{name: "a Go client's status under error is no GitLab",
			paste: "HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\":\"403 Forbidden\",\"event\":\"Failed to fetch configuration, retrying in 3 seconds\",\"level\":\"error\"}\n",
			class: rule.Authorization, kind: string(rule.KindStatus)},
	})
}
