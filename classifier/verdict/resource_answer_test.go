package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestResourceObjectIsAnAnswer: with no status shown, a Kubernetes-style
// API object (kind, apiVersion, metadata) is what the API server sends back
// for a call it served, whatever its own "status" member holds as the
// resource's state; a Status object, the API server's error, is not
// (values are invented).
func TestResourceObjectIsAnAnswer(t *testing.T) {
	pod := "```console\n$ curl -sk -H \"Authorization: Bearer $TOKEN\" https://198.51.100.7:6443/api/v1/namespaces/batch/pods/report-7c9f\n" +
		"{\n  \"kind\": \"Pod\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {\n    \"name\": \"report-7c9f\",\n    \"namespace\": \"batch\"\n  },\n" +
		"  \"spec\": {\n    \"nodeName\": \"worker-3\"\n  },\n  \"status\": {\n    \"phase\": \"Pending\"\n  }\n}%\n```\n"
	if v := soleVerdict(t, "pod", pod); v.Class != rule.None {
		t.Errorf("pod: class %s, want none (%+v)", v.Class, v.Reasons)
	}
	status := "```console\n$ curl -sk https://198.51.100.7:6443/api/v1/namespaces/batch/pods/report-7c9f\n" +
		"{\n  \"kind\": \"Status\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {},\n  \"status\": \"Failure\",\n" +
		"  \"message\": \"pods \\\"report-7c9f\\\" is forbidden: User \\\"system:anonymous\\\" cannot get resource \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"batch\\\"\",\n" +
		"  \"reason\": \"Forbidden\",\n  \"code\": 403\n}\n```\n"
	if v := soleVerdict(t, "status", status); v.Class == rule.None {
		t.Errorf("Status object: class none (%+v)", v.Reasons)
	}
}
