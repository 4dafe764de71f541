package parse

import (
	"strings"
	"testing"
)

// TestCaretUnderlineIsNoFence: Python 3.11 and later underline the failing
// part of a traceback's line with tildes and carets ("~~~~^^^^"); such a
// line opens no Markdown block, so a traceback fenced whole stays one
// block, one response (values are invented).
func TestCaretUnderlineIsNoFence(t *testing.T) {
	text := "Relevant log output:\n\n```\n" +
		"ERROR 2026-02-11 10:02:44 401 Client Error for http+docker://localhost/v1.47/distribution/registry.example.net/team/agent:2.4/json: Unauthorized\n" +
		"Traceback (most recent call last):\n" +
		"  File \"/srv/app/checker.py\", line 41, in fetch\n" +
		"    resp.raise_for_status()\n" +
		"    ~~~~~~~~~~~~~~~~~~~~~^^\n" +
		"  File \"/usr/lib/python3.13/site-packages/requests/models.py\", line 1024, in raise_for_status\n" +
		"    raise HTTPError(http_error_msg, response=self)\n" +
		"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: http+docker://localhost/v1.47/distribution/registry.example.net/team/agent:2.4/json\n" +
		"\nThe above exception was the direct cause of the following exception:\n\n" +
		"Traceback (most recent call last):\n" +
		"  File \"/srv/app/checker.py\", line 12, in run\n" +
		"    data = client.api.inspect_distribution(image)\n" +
		"           ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^^\n" +
		"docker.errors.APIError: 401 Client Error for http+docker://localhost/v1.47/distribution/registry.example.net/team/agent:2.4/json: Unauthorized\n" +
		"```\n"
	wantStatuses(t, "", text, 401)
	for _, l := range []string{"~~~~~~^^^^", "```^"} {
		if fenceLine(l) || fenceMark(l) != "" {
			t.Errorf("%q read as a fence", l)
		}
	}
	for _, l := range []string{"```", "~~~", "```json", "~~~~ text"} {
		if !fenceLine(l) || fenceMark(l) == "" {
			t.Errorf("%q not read as a fence", l)
		}
	}
}

// TestToolOutputInFencesApart: a tool's error in a block of its own, after
// a person's sentence, is another output, another response, though an
// earlier block stated the same status as a field; a block under a
// heading ("Response") is more of the same exchange, and the same line in
// two blocks is one output shown twice (values are invented).
func TestToolOutputInFencesApart(t *testing.T) {
	apart := "Through the gateway the call fails:\n\n```\n{\n  \"kind\": \"Status\",\n  \"apiVersion\": \"v1\",\n  \"status\": \"Failure\",\n" +
		"  \"message\": \"configmaps is forbidden: User \\\"ana\\\" cannot list resource \\\"configmaps\\\"\",\n  \"reason\": \"Forbidden\",\n  \"code\": 403\n}\n```\n\n" +
		"When I go around the gateway, kubectl prints only this:\n\n```\nError from server (Forbidden): configmaps is forbidden: User \"ana\" cannot list resource \"configmaps\"\n```\n"
	if got := statusesOf(t, apart); len(got) != 2 || got[0] != 403 || got[1] != 403 {
		t.Errorf("two blocks after a sentence: statuses %v, want 403,403", got)
	}
	headed := "Request\n```\nPUT https://shop.example.com/api/orders/77/lines 500\n```\nResponse\n```\n{\"errors\":[{\"status\":\"500\",\"title\":\"Unauthorized\",\"detail\":\"The action is not allowed\"}]}\n```\n"
	wantStatuses(t, "request and response under headings: ", headed, 500)
	twice := "The job log shows:\n\n```\nfatal: unable to access 'https://git.example.org/tools/builder.git/': The requested URL returned error: 403\n```\n\n" +
		"and when I run the same clone by hand it prints the same thing:\n\n```\nfatal: unable to access 'https://git.example.org/tools/builder.git/': The requested URL returned error: 403\n```\n"
	if got := statusesOf(t, twice); len(got) > 2 || got[0] != 403 {
		t.Errorf("the same line twice: statuses %v", got)
	}
	// a block fenced with backticks holding a tilde fence keeps its text
	nested := "docs/errors.md\n```diff\n+Requests over the quota get:\n+\n  ~~~\n    HTTP/1.1 403 Forbidden\n    {\"statusCode\": 403, \"message\": \"Out of call volume quota.\"}\n  ~~~\n```\n" +
		"reviewer: why not 429 as the rate limit does? The quota policy answers 403 when it is exceeded.\n"
	if got := statusesOf(t, nested); len(got) == 0 || got[0] != 403 || len(got) > 2 {
		t.Errorf("nested fence: statuses %v", got)
	}
}

// TestTripleBacktickSpanIsNoFence: a backtick fence's info string holds no
// backtick (CommonMark 4.5), so a line that opens with three backticks and
// closes them again later ("```{…} ```. Then…") is a code span run into a
// person's sentence, and the body in it is read, the same with or without
// a viewer's line numbers (values are invented).
func TestTripleBacktickSpanIsNoFence(t *testing.T) {
	text := "It worked yesterday; this morning the same call gives:\n" +
		"```{ \"traceId\":\"5c0a-77d1e2f3-9\", \"code\": \"401.002.07\", \"detail\": \"Expired Session Token\" } ```. A minute later it passes again. Is the client caching the token too long?\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatalf("the body in the span not read: %v", err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil ||
		!strings.Contains(in.Exchanges[0].Response.Body.Text, "Expired Session Token") {
		t.Errorf("exchanges %+v: want one response whose body is the span's", in.Exchanges)
	}
	for _, l := range []string{"```{\"a\":1} ```", "```json {\"a\":1}```. then"} {
		if fenceLine(l) {
			t.Errorf("%q read as a fence", l)
		}
	}
	for _, l := range []string{"~~~ `odd` info", "````text"} {
		if !fenceLine(l) {
			t.Errorf("%q not read as a fence", l)
		}
	}
}
