package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestStatusCategoryWords: a client or service that calls every failed call
// an "authentication error" and prints the 403 beside it says no more than
// the status; words that name the credential's failure still do.
func TestStatusCategoryWords(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a client's category beside the 403 it got",
			paste: "Syncing the inventory failed:\n\nHTTP 403: authentication error (403) while fetching https://inventory.example.org/api/v2/hosts\n",
			class: rule.Authorization, not: []string{"authn-failure-as-403"}},
		{name: "a log record's category beside status=403",
			paste: "09:14AM WRN Inventory authentication error hasToken=true status=403 tokenName=reader@inv url=https://inventory.example.org/api/v2/hosts\n",
			class: rule.Authorization, not: []string{"authn-failure-as-403"}},
		{name: "a credential named as refused beside the 403",
			paste: "HTTP 403: authentication error: the API token has expired (403) while fetching https://inventory.example.org/api/v2/hosts\n",
			class: rule.Authentication, want: []string{"authn-failure-as-403"}},
	})
}

// TestConditionalAccessDevice: Entra ID's Conditional Access refusing the
// device or the client app of a user who signed in is a decision about a
// known user, not a failed sign-in.
func TestConditionalAccessDevice(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "device not compliant",
			paste: "Error: Token acquisition failed: AADSTS53000: Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant. The user must enroll their device with an approved MDM provider like Intune.\nTrace ID: 4b1d7e22-90aa-4c3f-9e51-6a0f2c8d1b77\n",
			class: rule.Authorization},
		{name: "a wrong secret is still a failed sign-in",
			paste: "Error: Token acquisition failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\nTrace ID: 0c2e9a51-7d44-4e08-b1f3-5e6a7b8c9d01\n",
			class: rule.Authentication},
	})
}

// TestFrontEndClientPermission: Google's front end answers "Your client does
// not have permission to get URL" to a request that brought no identity
// token (a browser visit to a service that requires authentication); a
// request shown with a token was refused for its principal.
func TestFrontEndClientPermission(t *testing.T) {
	page := "Error: Forbidden\nYour client does not have permission to get URL /reports/daily from this server.\n"
	runVerdictCases(t, []verdictCase{
		{name: "the page opened in a browser",
			paste: "Opening the service URL in the browser shows only this:\n\n" + page,
			class: rule.Authentication},
		{name: "the same page to a request with a token",
			paste: "> GET /reports/daily HTTP/1.1\n> Host: reports-7hq2x9-ew.a.run.app\n> Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMTIyIn0.c2lnbmF0dXJl\n> Accept: */*\n>\n< HTTP/2 403\n< content-type: text/html; charset=UTF-8\n< server: Google Frontend\n<\n" +
				"<html><head><title>403 Forbidden</title></head><body><h1>Error: Forbidden</h1>\n<h2>Your client does not have permission to get URL <code>/reports/daily</code> from this server.</h2>\n</body></html>\n",
			class: rule.Authorization, not: []string{"authn-failure-as-403"}},
	})
}
