package parse

import "testing"

// TestTwoLayersLogOneResponse reads two log records next to each other that
// state one status in two notations, naming no request (a backend's "401
// error received" then its caller's "HTTP code 401: …"; a client's trace of
// the body's title then its error callback), as one response; records that
// state the status the same way each time (one per file of a sync, a retry)
// stay one response each.
func TestTwoLayersLogOneResponse(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []int
	}{
		{"timed records, same second", "" +
			"2025/03/02 14:07:19 photos remote 'albums': 401 error received - dropping session\n" +
			"2025/03/02 14:07:19 photos remote 'albums': listing failed for \"2024/summer/\": HTTP code 401: \"401 Unauthorized\", body: {\"error\":\"session expired\"}\n",
			[]int{401}},
		{"untimed level-tagged records", "" +
			"[trace] fetch--read-body: <html><head><title>HTTP Status 503 – Service Unavailable</title></head><body><h1>HTTP Status 503</h1></body></html>\n" +
			"[error] fetch--on-done: unexpected failure: 503\n" +
			"[debug] fetch--on-done: running error hook\n",
			[]int{503}},
		{"one record per file, same notation", "" +
			"2025/03/02 14:07:19 ERROR : docs/a.txt: Failed to copy: failed to open source object: 403 Forbidden\n" +
			"2025/03/02 14:07:19 ERROR : media/b.bin: Failed to copy: open source: 403 Forbidden\n",
			[]int{403, 403}},
	} {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := responseStatuses(in); !equalInts(got, c.want) {
			t.Errorf("%s: statuses %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRequestLoggedAfterResponse keeps a request a log prints after a
// record stating a response's status (the token refresh that follows a 401)
// apart from that response: a log is written in the order things happen.
// A request shown after a response in prose may still be the one that drew it.
func TestRequestLoggedAfterResponse(t *testing.T) {
	logged := "" +
		"2025/03/02 14:07:19 >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n" +
		"2025/03/02 14:07:19 vault 'team': 401 error received - invalidating token\n" +
		"2025/03/02 14:07:19 vault 'team': read failed for \"notes/q3/\": HTTP code 401: \"401 Unauthorized\", body: {\"message\":\"token expired\"}\n" +
		"2025/03/02 14:07:19 >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n" +
		"2025/03/02 14:07:19 HTTP REQUEST\n" +
		"2025/03/02 14:07:19 POST /oauth2/token HTTP/1.1\n" +
		"Host: login.example.org\n" +
		"Authorization: Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ=\n" +
		"Content-Type: application/x-www-form-urlencoded\n" +
		"\n"
	in, err := Parse(logged)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == 401 && x.Request != nil && x.Request.URL != "" {
			t.Errorf("the 401 logged above took the later request %s %s", x.Request.Method, x.Request.URL)
		}
	}
	prose := "" +
		"The server answers `{\"error\": \"invalid_client\"}` with 401 Unauthorized.\n" +
		"\n" +
		"The request looks like this:\n" +
		"\n" +
		"POST /oauth2/token HTTP/1.1\n" +
		"Host: login.example.org\n" +
		"Authorization: Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ=\n" +
		"Content-Type: application/x-www-form-urlencoded\n" +
		"\n" +
		"grant_type=client_credentials\n"
	in, err = Parse(prose)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Request.URL == "" {
		t.Errorf("a response stated in prose above its request: %d exchanges, want one with the request", len(in.Exchanges))
	}
}

// TestBracketedStatusPrints reads each line a client prints as "[401]
// title, detail" as one failed call, also when another line states the
// status by a field ({"status":"401"}): such a line is the program's output,
// not a person's mention of the status above a dump.
func TestBracketedStatusPrints(t *testing.T) {
	text := "Our sync job prints these, one per attempt:\n" +
		"\n" +
		"[401] Token Expired, Access token expired at 2025-01-04T08:00:00Z\n" +
		"[401]Bad Signature, The request signature is invalid., Request-Id: 4f1e0c77a2, {\"status\":\"401\",\"title\":\"Bad Signature\"}\n" +
		"\n" +
		"After a new key was issued:\n" +
		"\n" +
		"[401]Unknown Key, The key id is not known to this account.\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range in.Exchanges {
		if x.Response != nil && x.Response.Status == 401 {
			n++
		}
	}
	if n != 3 || len(in.Exchanges) != 3 {
		t.Errorf("three printed [401] lines: %d exchanges, %d with 401, want 3", len(in.Exchanges), n)
	}
}
