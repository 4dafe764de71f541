package parse

import "testing"

// TestPathWithoutQueryInTheSameSecond: an HTTP library's line with the
// whole URL and its status, then the caller's record of the same path
// without its query, in the same second: one response logged by two
// layers (values are invented).
func TestPathWithoutQueryInTheSameSecond(t *testing.T) {
	text := "```\n" +
		"2024-11-20 16:03:41,208 - INFO - HTTP Request: GET https://git.example.dev/api/v3/search/code?q=retry%20policy&per_page=50&page=2 \"HTTP/1.1 403 Forbidden\"\n" +
		"2024-11-20 16:03:41,209 - INFO - [Search Tool] Fetched URL: https://git.example.dev/api/v3/search/code with status 403\n" +
		"```\n"
	wantStatuses(t, "a URL and its path logged again: ", text, 403)
}

// TestPathWithoutQueryAfterAWrappedLine: the same records, each in a code
// span of its own, the first cut by a terminal at 80 columns over three
// lines: the lines the cut added do not push the second record out of
// reach; still one response.
func TestPathWithoutQueryAfterAWrappedLine(t *testing.T) {
	cut := func(s string) string {
		var b string
		for len(s) > 80 {
			b += s[:80] + "\n"
			s = s[80:]
		}
		return b + s + "\n"
	}
	text := "The error:\n\n" +
		cut("`2024-11-20 16:03:41,208 - INFO - HTTP Request: GET https://git.example.dev/api/v3/search/code?q=retry%20policy%20backoff&sort=indexed&per_page=50&page=2 \"HTTP/1.1 403 Forbidden\"`") +
		"\n" + cut("`2024-11-20 16:03:41,209 - INFO - [Search Tool] Fetched URL: https://git.example.dev/api/v3/search/code with status 403`")
	wantStatuses(t, "a wrapped URL line and its path logged again: ", text, 403)
}
