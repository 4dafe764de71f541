package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// firstHeadline is the class and the headline of the first exchange's
// verdict: a rule no credential changes is named in the headline.
func firstHeadline(t *testing.T, paste string) (rule.Class, string) {
	t.Helper()
	v := firstVerdict(t, paste)
	return v.Class, v.Headline
}

// Refusals about the standing of the project or account the call counts
// against (an API not enabled, a service not subscribed to, no credit
// left, a service over capacity), whatever the credentials: each paste
// re-creates, with new values, one posted in a public issue thread. Each
// was read from its status (401 as authentication, 403 as authorization)
// or from a generic code before these wordings were known.
func TestAccountStandingIsNotIdentity(t *testing.T) {
	for name, c := range map[string]struct {
		paste, headline string
	}{
		// aws-sdk-go's error string for EC2 in a region the account never
		// opted into (Appliscale/cloud-security-audit#24): the 401 is the
		// SDK's status, the code says the account is not subscribed
		"aws optinrequired 401": {`When scanning a region the account has never used, the run stops:
` + "```" + `
ERROR: OptInRequired: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.
	status code: 401, request id: 5d0c7e2a-93b1-4f6e-a8d2-0e4b7c19f3a6
` + "```" + `
`, "not enabled"},
		// Google Maps Platform's legacy web-service envelope
		// (googlemaps/google-maps-services-python#107): REQUEST_DENIED is
		// only a generic refusal, the message says the project was disabled
		"google maps project disabled": {`The Places call worked last week, now it returns:

{
  "error_message" : "Google has disabled the use of APIs from this API project.",
  "html_attributions" : [],
  "results" : [],
  "status" : "REQUEST_DENIED"
}
`, "not enabled"},
		// Anthropic's 400 for an organisation without credit, as Claude
		// Code's error report prints it (anthropics/claude-code#66314)
		"anthropic credit balance": {`**Errors**
` + "```json" + `
[{"error":"Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.\"},\"request_id\":\"req_011Rz8KpWq3VnYt6LmXc2DsA\"}\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:64410)","timestamp":"2026-05-02T17:40:12.881Z"}]
` + "```" + `
`, "plan has run out"},
		// Imgur's per-address limit, worded as capacity, as gallery-dl's
		// log and a manual check show it (mikf/gallery-dl#910)
		"imgur over capacity": {`Log: ` + "`[imgur][error] HttpError: '403 Unknown Error' for 'https://api.imgur.com/3/album/Hx4TqZe'`" + `
JSON output when checked: ` + "`" + `{"data":{"error":"Imgur is temporarily over capacity. Please try again later."},"success":false,"status":403}` + "`" + `
`, "over capacity"},
	} {
		got, headline := firstHeadline(t, c.paste)
		if got != rule.Blocked || !strings.Contains(headline, c.headline) {
			t.Errorf("%s: got %s (%q), want blocked naming %q", name, got, headline, c.headline)
		}
	}
}

// A log that prints the request's JSON payload before the answer: the
// payload is the request's, so the answer's HTML after it is what is read
// (Flexget's transmission-rpc errors, trim21/transmission-rpc#79: Transmission's
// 403 page for an address not on its RPC allow list).
func TestRequestPayloadInALogIsNotTheBody(t *testing.T) {
	got, headline := firstHeadline(t, "```"+`
2023-02-11 21:05:37 ERROR    transmission-rpc nas_downloads  Error: Expecting value: line 1 column 1 (char 0)
2023-02-11 21:05:37 ERROR    transmission-rpc nas_downloads  Request: "{"tag": 3, "method": "torrent-get", "arguments": {"fields": ["id", "name"]}}"
2023-02-11 21:05:37 ERROR    transmission-rpc nas_downloads  HTTP data: "<h1>403: Forbidden</h1><p>Unauthorized IP Address.</p><p>Either disable the IP address whitelist or add your address to it.</p>"
2023-02-11 21:05:37 CRITICAL plugin        nas_downloads  Error connecting to transmission
`+"```\n")
	if got != rule.Blocked || !strings.Contains(headline, "allow list") {
		t.Errorf("got %s (%q), want blocked by an allow list", got, headline)
	}
}

// "Bad Request:" labels the answer by its status, not the request: the JSON
// after it is still the answer's body.
func TestBadRequestLabelStillLabelsTheAnswer(t *testing.T) {
	got, headline := firstHeadline(t, `oauth2: cannot fetch token: 400 Bad Request: {"error":"invalid_grant","error_description":"Token has been expired or revoked."}
`)
	if got != rule.Authentication {
		t.Errorf("got %s (%q), want authentication", got, headline)
	}
}

// Azure Resource Manager's deployment error as the portal's raw view shows
// it, without a status: DeploymentFailed only wraps the operations' own
// errors in details[], and the one that failed names a core quota the
// deployment would exceed (the wording of Azure/karpenter-provider-azure#192
// and microsoft/onefuzz#614). A quota decides, whoever deploys.
func TestAzureDeploymentQuotaInDetails(t *testing.T) {
	got, headline := firstHeadline(t, `The deployment from the template fails, raw error from the portal:

{"status":"Failed","error":{"code":"DeploymentFailed","message":"At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/DeployOperations for usage details.","details":[{"code":"OperationNotAllowed","message":"Operation could not be completed as it results in exceeding approved standardESv5Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: swedencentral, Current Limit: 16, Current Usage: 12, Additional Required: 8, (Minimum) New Limit Required: 20."}]}}
`)
	if got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked", got, headline)
	}
}
