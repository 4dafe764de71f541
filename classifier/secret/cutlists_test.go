package secret

import "testing"

// A Cookie header inside a quoted argument (Chrome's "Copy as cURL (cmd)",
// whose '|' cmd.exe escapes as '^|') that a console's hard wrap cut over
// several lines: every cookie after the cut, on every line, is masked, the
// analytics cookie's '^|' included, even where a cut value has a JWT's
// shape.
func TestQuotedCookieHeaderCutOverLines(t *testing.T) {
	text := "I copied the request as cURL (cmd) and it works there, not in the extension (403):\n\n" +
		wrapAt(`curl "https://app.example.com/api/v3/boards/55102/cards" ^`, 80) + "\n" +
		wrapAt(`  -H "Cookie: _ga=GA1.1.1827764410.1722197546; _vwo_uuid_v2=D8F31A9BC70E4412A6B8C3DD90F1E275A^|a81c06ef93bb4d12aa0c7e35b1d9f620; _hjSessionUser_5067=eyJpZCI6ImE2ZjEiLCJjcmVhdGVkIjoxNzIyMTk3NTQ2MjEzfQ==; app_session=dummyS3ss10nQ5Zs6TBiveC1oxko0tsRmX0JwB; app_remember=dummyRem3mberAd_z5Rv86O1rb2A4Lw_" ^`, 80) + "\n" +
		"  -H \"accept: application/json\"\n\nHTTP/1.1 403 Forbidden\n"
	checkMasked(t, "cut curl -H cookie", text,
		[]string{"dummyS3ss10nQ5Zs6TBiveC1", "oxko0tsRmX0JwB", "dummyRem3mberAd_z5Rv86O1rb2A4Lw_"},
		[]string{"HTTP/1.1 403 Forbidden", "app_session=", "app_remember=", "accept: application/json"})
}

// Postman's and Insomnia's lists of {"key": …, "value": …} after a label on
// the line ("Body: [{…},{…}]"): every object of the list is read, not the
// first one only.
func TestKeyValueListAfterALabel(t *testing.T) {
	text := "postURL: http://localhost:8080/oauth/token\n" +
		`Body: [{"key":"username","value":"harrow","description":""},{"key":"password","value":"dummyPw!cXzDh990","description":""},{"key":"client_secret","value":"dummyS3cr3tABF5QlT3XEnmMjCxoLjPeblHa","description":""},{"key":"grant_type","value":"password","description":""}]` +
		"\nResponse is: {\"status\": 401, \"error\": \"Unauthorized\"}\n"
	checkMasked(t, "Postman body list", text,
		[]string{"dummyPw!cXzDh990", "dummyS3cr3tABF5QlT3XEnmMjCxoLjPeblHa"},
		[]string{`"value":"harrow"`, `"grant_type","value":"password"`, `"status": 401`})
}

// A password typed into a URL's query with a '#' in it: the '#' starts no
// fragment when one word of a password's characters ends the URL; a route
// or a fragment's own parameters after it still do.
func TestPasswordWithHashInAQuery(t *testing.T) {
	checkMasked(t, "password with #", "http://localhost:8082/um-webapp/oauth/token?grant_type=password&client_id=live-test&username=ops@example.com&password=dummyPw#NezDQC93\n\nbut I get 401\n",
		[]string{"dummyPw", "NezDQC93"}, []string{"username=ops@example.com", "but I get 401"})
	checkMasked(t, "fragment route", "https://app.example.com/login?user=ana&password=dummyPw4Xq9#/settings\n",
		[]string{"dummyPw4Xq9"}, []string{"#/settings"})
	checkMasked(t, "fragment parameters", "https://app.example.com/cb?password=dummyPw4Xq9#state=af0ifjsldkj\n",
		[]string{"dummyPw4Xq9"}, []string{"#state=af0ifjsldkj"})
}

// A SigV4 signature cut right after "Signature=", one character or a few
// left on the line (a console's wrap, an editor's): the line lists the
// signed headers, so the short start is the signature's, and its end on
// the next line is masked, but not the log record's time after it.
func TestSigV4SignatureCutShort(t *testing.T) {
	sig := "5d5d70bb5447654d175d0ce000dc9e0de054c70d2dbbed7e7543b0b762e551e2"
	text := "2026-11-02 09:14:21,114 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261102/us-east-1/s3/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=" + sig[:1] + "\n" +
		sig[1:] + "\n" +
		"2026-11-02 09:14:21,203 [main] DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 403 Forbidden\n"
	checkMasked(t, "signature cut after one character", text, []string{sig[1:20], sig[30:]}, []string{"2026-11-02 09:14:21,203", "SignedHeaders=content-type;host;x-amz-date"})
	wrapped := wrapAt("    Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261206/us-west-2/s3/aws4_request, SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature="+sig, 80) +
		"\n    X-Amz-Date: 20261206T071501Z\n"
	checkMasked(t, "signature cut at a console's width", wrapped, []string{sig[10:30], sig[40:]}, []string{"X-Amz-Date: 20261206T071501Z"})
}

// A Cookie header inside a request a structured log wrote as one JSON
// string ("…\r\nCookie: a=…; b=…\r\n…"): every cookie of the list is
// masked, up to the escaped line end, by the scan of the text alone.
func TestCookieListInsideAnEscapedRequest(t *testing.T) {
	text := `{"time":"2026-12-06T20:45:12.004Z","level":"ERROR","msg":"auth proxy: upstream 401","request":"GET /api/session HTTP/1.1\r\nHost: app.example.com\r\nCookie: app_session=dummyq1jm0gqki1c3gqltu23thiv; app_refresh=dummy4hlHhFwZzqk7dOnhQWeUz6qlg0aaby\r\n\r\n","response":"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n"}` + "\n"
	for _, quoted := range []bool{false, true} {
		in := text
		if quoted {
			in = "> " + text
		}
		checkMasked(t, "escaped request", in, []string{"dummyq1jm0gqki1c3gqltu23thiv", "dummy4hlHhFwZzqk7dOnhQWeUz6qlg0aaby"}, []string{`\r\n\r\n","response"`, "app_refresh="})
	}
}
