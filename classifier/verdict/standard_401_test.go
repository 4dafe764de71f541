package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestStandard401Description: the standard description of a 401 that a
// server's error page prints ("… lacks valid authentication credentials
// for the target resource"), quoted in a person's report of the status, is
// the server's word on the refusal; the person's guess further down that
// the account lacks a permission does not outweigh it.
func TestStandard401Description(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		"Since the upgrade every export job fails. The scheduler gets HTTP 401 with an HTML page that says: " +
			"\"This request was refused because it lacks valid authentication credentials for the target resource.\"\n\n" +
			"The service user can open the reports in the browser. Maybe the service user has no permission for the export endpoint.\n": rule.Authentication,
	})
}
