package classifier_test

import (
	"slices"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// CLI and SDK debug output as people paste it (issue #9, the cli-debug
// family). Every value is invented; each paste stands for the notation of
// a tool, read the way any tool that writes it would be.
func TestCLIDebugNotations29(t *testing.T) {
	for name, c := range map[string]struct {
		paste    string
		statuses []int
		class    rule.Class // of the last exchange
	}{
		// npm's debug log file numbers each record and writes its level
		// after the number; the error report at its end names the status
		// once more ("statusCode 403") and the platform on error records
		// whose numbers are no statuses ("421 error Linux …"). Sinopia's
		// and Verdaccio's refusal of a guest names "unregistered users".
		"npm's numbered debug log of a registry refusing a guest": {
			paste: "Our private registry refuses the install, from npm-debug.log:\n\n```\n" +
				"411 verbose request uri http://registry.example.lan:4873/left-pad\n" +
				"412 verbose request no auth needed\n" +
				"413 info attempt registry request try #1 at 14:02:11\n" +
				"414 http request GET http://registry.example.lan:4873/left-pad\n" +
				"415 http 403 http://registry.example.lan:4873/left-pad\n" +
				"416 verbose headers { 'content-type': 'application/json',\n" +
				"416 verbose headers   'content-length': '68',\n" +
				"416 verbose headers   date: 'Tue, 14 Apr 2015 14:02:11 GMT',\n" +
				"416 verbose headers   connection: 'keep-alive' }\n" +
				"417 verbose stack Error: unregistered users are not allowed to access package left-pad : left-pad\n" +
				"418 verbose statusCode 403\n" +
				"419 verbose pkgid left-pad\n" +
				"420 verbose cwd /srv/build/dashboard\n" +
				"421 error Linux 3.13.0-57-generic\n" +
				"422 error argv \"/usr/bin/node\" \"/usr/bin/npm\" \"install\"\n" +
				"423 error node v0.12.7\n" +
				"424 error npm  v2.11.3\n" +
				"425 error code E403\n" +
				"426 error unregistered users are not allowed to access package left-pad : left-pad\n```\n",
			statuses: []int{403}, class: rule.Authentication},
		// A logging transport that prints each request and response as an
		// arrow and its body, no message dump (flyctl's LOG_LEVEL=debug):
		// the response arrow's code is the status, a GraphQL refusal under
		// a 200
		"a transport's arrows without a reason phrase, a GraphQL refusal under 200": {
			paste: "DEBUG --> POST https://api.machines.example.dev/graphql\n" +
				"DEBUG {\n  \"query\": \"query ($appName: String!) { app(name: $appName) { id } }\",\n  \"variables\": {\n    \"appName\": \"billing-edge\"\n  }\n}\n" +
				"DEBUG <-- 200 https://api.machines.example.dev/graphql (188.2ms)\n" +
				"DEBUG {\n  \"data\": {\n    \"app\": null\n  },\n  \"errors\": [\n    {\n      \"message\": \"You must be authenticated to view this.\",\n      \"extensions\": {\n        \"code\": \"UNAUTHORIZED\"\n      }\n    }\n  ]\n}\n" +
				"Error: You must be authenticated to view this.\n",
			statuses: []int{200}, class: rule.Authentication},
		// A CLI's klog debug lines print the response's code and body, then
		// its error line quotes the body's message: one response
		"a debug log's response body, then the CLI's error quoting its message": {
			paste: "I0219 08:41:07.220114   9127 api.go:212] Making API call: https://api.stacks.example.com/api/user\n" +
				"I0219 08:41:07.220190   9127 api.go:214] API call details (https://api.stacks.example.com/api/user): headers=map[Accept:[application/json] Authorization:[token stk-****] User-Agent:[stacks-cli/3.4.0]]; body=\n" +
				"I0219 08:41:07.511402   9127 api.go:238] API call response code (https://api.stacks.example.com/api/user): 401 Unauthorized\n" +
				"I0219 08:41:07.511470   9127 api.go:320] API call response body (https://api.stacks.example.com/api/user): {\"code\":401,\"message\":\"Unauthorized: No credentials provided or are invalid.\"}\n" +
				"error: getting user info from https://api.stacks.example.com: [401] Unauthorized: No credentials provided or are invalid.\n",
			statuses: []int{401}, class: rule.Authentication},
		// poetry -vvv: urllib3's debug line logs the response, the console
		// prints the stack the HTTPError was raised on, then the error
		// naming the same URL: the error that response raised
		"urllib3's response line, a printed stack, then the HTTPError for the same URL": {
			paste: "$ poetry install -vvv\n" +
				"Using virtualenv: /home/mara/.cache/pypoetry/virtualenvs/tally-api-Qm3k-py3.12\n" +
				"Installing dependencies from lock file\n" +
				"[urllib3.connectionpool] https://wheels.example.org:443 \"GET /simple/tally-core/ HTTP/1.1\" 401 0\n" +
				"Source (private): Authorization error accessing https://wheels.example.org/simple/tally-core/\n\n" +
				"  Stack trace:\n\n" +
				"  11  ~/.local/lib/python3.12/site-packages/poetry/repositories/legacy_repository.py:141 in _get_page\n" +
				"       139│     def _get_page(self, name: NormalizedName) -> LinkSource:\n" +
				"       140│         try:\n" +
				"  HTTPError\n\n" +
				"  401 Client Error: Unauthorized for url: https://wheels.example.org/simple/tally-core/\n",
			statuses: []int{401}, class: rule.Authentication},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := responseStatuses(rep); !slices.Equal(got, c.statuses) {
			t.Errorf("%s: statuses %v, want %v", name, got, c.statuses)
			continue
		}
		if x := rep.Exchanges[len(rep.Exchanges)-1]; x.Verdict.Class != c.class {
			t.Errorf("%s: class %s (%s), want %s", name, x.Verdict.Class, x.Verdict.Headline, c.class)
		}
	}
}
