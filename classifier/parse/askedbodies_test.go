package parse

import "testing"

// TestBodiesUnderTheirURLs: an API called by hand, each URL followed by the
// body it answered (a success, then a refusal), is two responses; the
// success is no snippet of the person's own (values are invented).
func TestBodiesUnderTheirURLs(t *testing.T) {
	text := "The public record comes back fine, e.g. https://tickets.example.org/api/v2/case/48213?fields=title,state\n\n" +
		"```\n{\n  \"cases\": [\n    {\n      \"title\": \"Export drops the last column\",\n      \"state\": \"OPEN\"\n    }\n  ]\n}\n```\n\n" +
		"but a restricted one:\n\nhttps://tickets.example.org/api/v2/case/48877?fields=title,state\n\n" +
		"```\n{\n  \"error\": true,\n  \"code\": 102,\n  \"message\": \"You are not authorized to access case 48877.\"\n}\n```\n"
	wantStatuses(t, "two URLs and their bodies: ", text, 0, 0)
	// one body under a URL, beside a snippet of the person's own: the
	// snippet is still left out
	one := "My filter is\n\n```\n{\"state\": {\"_eq\": \"OPEN\"}}\n```\n\nand https://tickets.example.org/api/v2/case/48877 gives\n\n" +
		"```\n{\"error\": true, \"message\": \"You are not authorized to access case 48877.\"}\n```\n"
	wantStatuses(t, "one URL and its body: ", one, 0)
}
