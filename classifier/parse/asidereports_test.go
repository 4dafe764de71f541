package parse

import "testing"

// TestFailuresReportedOneAfterAnother reads a response per failure a person
// reports under a sentence of its own ("Exporting fails with:", "Syncing
// fails too:"), each message stating the status in a field, and one
// response where the field is stated twice in one message. Every value is
// invented.
func TestFailuresReportedOneAfterAnother(t *testing.T) {
	wantStatuses(t, "two reports: ", `Has the export stopped working for anyone else?

Exporting a report fails with:

_Could not export the quarterly report.
Message:   Access denied for this resource.
Status Code: 403_

Syncing the calendar from the settings page fails too:

_Unable to sync calendars. Check that the account may read them.
Response code: 403_

Signing in on the web page works with the same account.
`, 403, 403)
	wantStatuses(t, "one message: ", `Exporting a report fails with:

_Could not export the quarterly report.
Status Code: 403
Message:   Access denied for this resource.
Response code: 403_
`, 403)
}
