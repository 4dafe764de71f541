package parse

import "testing"

// TestClientLibraryStatusNotations: statuses as three client stacks print
// them, each read once. Android Volley logs "Unexpected response code N for
// URL" from NetworkUtility.shouldRetryException (an identifier holding
// "should", no wish); Alamofire 4 prints its AFError as
// "….unacceptableStatusCode(N)"; ASP.NET Core's hosting log before .NET 5
// ends a request with "Request finished in 12.3ms N", a content type after
// it when the answer had a body.
func TestClientLibraryStatusNotations(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  int
	}{
		{"E/Volley: [3317] NetworkUtility.shouldRetryException: Unexpected response code 401 for https://sheets.example.io/v4/docs/77Qx?key=AIzaSyQ-xxxxxxxx\n" +
			"W/System.err: com.android.volley.AuthFailureError\nW/System.err:     at com.android.volley.toolbox.NetworkUtility.shouldRetryException(NetworkUtility.java:195)\n", 401},
		{"print(\"\\(error)\") gives:\n\nresponseValidationFailed(Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(403))\n", 403},
		{"info: Microsoft.AspNetCore.Hosting.Internal.WebHost[1]\n      Request starting HTTP/1.1 POST http://localhost:5080/api/orders application/json 52\n" +
			"info: Microsoft.AspNetCore.Hosting.Internal.WebHost[2]\n      Request finished in 18.204ms 403 application/json; charset=utf-8\n", 403},
		{"info: Microsoft.AspNetCore.Hosting.Internal.WebHost[2]\n      Request finished in 7.9ms 302\n", 302},
	} {
		got := statusesOf(t, c.paste)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: read %v, want [%d]", c.paste, got, c.want)
		}
	}
	// a wish word as a word of its own still makes the code a wish
	if got := statusesOf(t, "It shouldn't answer 403 here.\nHTTP/1.1 401 Unauthorized\n"); len(got) != 1 || got[0] != 401 {
		t.Errorf("a wish: read %v, want [401]", got)
	}
}
