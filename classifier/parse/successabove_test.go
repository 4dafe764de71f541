package parse

import "testing"

// TestProseSuccessAboveFailureIsNoResponse: a success a person names in
// prose alone ("works in the browser (200 OK there)") above the failure the
// paste shows is their word on other calls, not a response of the paste;
// with no failure shown after it, or after a failure, the prose success is
// still read as it was (values are invented).
func TestProseSuccessAboveFailureIsNoResponse(t *testing.T) {
	wantStatuses(t, "prose success above a logged 403: ",
		"Hello, the same token works in the web app (200 OK there, no complaint).\n\n"+
			"Our worker's log:\n\n"+
			"`2024-11-02 18:03:44,120 - INFO - HTTP Request: POST https://api.example.dev/v1/jobs \"HTTP/1.1 403 Forbidden\"`\n"+
			"`2024-11-02 18:03:44,121 - ERROR - Error 403: Resource not accessible by integration`\n",
		403)
	wantStatuses(t, "prose success alone: ", "Calling it from the web app gives 200 OK, nothing else to see.\n", 200)
}
