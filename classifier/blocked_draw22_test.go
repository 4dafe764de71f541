package classifier_test

import (
	"slices"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented, in the shape of a notation seen on real
// pastes: refusals that name no identity although their status (or the
// words around them) sounds like one.

// firstFindings is the names of the findings of a paste's first exchange.
func firstFindings(t *testing.T, paste string) []string {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil || len(rep.Exchanges) == 0 {
		t.Fatalf("Analyze: %v (%d exchanges)", err, len(rep.Exchanges))
	}
	return findingNames(rep.Exchanges[0])
}

// ModSecurity's message without its module prefix, as an audit log's
// Message line or a cloud WAF's log field renders it, is a firewall rule.
func TestModSecurityMessageWithoutPrefix(t *testing.T) {
	paste := `Our WAF policy is in prevention mode; in the firewall log the matching request shows:

action_s: Blocked
details_message_s: Access denied with code 403. Found condition 2 in RequestHeaders, with value curl/8.4.0
clientIp_s: 192.0.2.88
`
	if got, why := firstClass(t, paste); got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for a firewall's 'Access denied with code 403'", got, why)
	}
	if fs := firstFindings(t, paste); !slices.Contains(fs, "waf-block") {
		t.Errorf("findings %v, want waf-block", fs)
	}
}

// A site that tells clients apart by their TLS handshake is an edge's bot
// rule, whatever the 403 says.
func TestTLSFingerprintingIsAnEdgeBlock(t *testing.T) {
	paste := `Through the debugging proxy every search on the ticket site gives "403 Forbidden"; without the proxy it loads.

Answer: the site uses TLS fingerprinting and blocks handshakes that do not look like a browser's.
`
	if got, why := firstClass(t, paste); got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for TLS fingerprinting", got, why)
	}
	// a certificate's fingerprint is not a client check
	if got, _ := firstClass(t, `HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="files"

The TLS fingerprint of the server certificate changed; sign in again.
`); got != rule.Authentication {
		t.Errorf("certificate fingerprint: got %s, want authentication", got)
	}
}

// Vendor pages of this session's draw, pasted as text: a corporate
// firewall's file-blocking page, Xbox Live's XSTS country refusal behind a
// 401, and DuckDuckGo's bare refusal of a scripted client.
func TestDraw22VendorBlocks(t *testing.T) {
	for name, paste := range map[string]string{
		"PAN-OS file block page quoted": `> Any log messages given by the failure
> The file you are trying to download has been blocked in accordance with company policy. Please contact your system administrator if you believe this is an error.
> File name: onboarding-deck.pptx
`,
		"XSTS country refusal in a client's exception": `java.io.IOException: XSTS request failed: 401 Unauthorized
{"Identity":"0","XErr":2148916235,"Message":"","Redirect":"https://support.xbox.com/xbox-live/country-not-authorized"}
	at org.example.launcher.auth.XboxAuth.xsts(XboxAuth.java:88)
`,
		"DuckDuckGo lite refusal": "The scraper stopped getting results; the html endpoint now answers only this:\n\n```\nIf this error persists, please let us know: error-lite@duckduckgo.com\n```\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked", name, got, why)
		}
	}
}

// A person's finding that other clients get the answer the refused one does
// not, in words that name the answer or a class of software rather than a
// browser's name, makes the 403 about the client, not about who asks.
func TestOtherClientsGetTheAnswer(t *testing.T) {
	for name, paste := range map[string]string{
		"answer named":      "Calling `https://198.51.100.9/resolve?name=example.net&type=AAAA` from the app fails with `ResponseException: GET request(https://198.51.100.9/resolve) invalid: 403 Forbidden`, while a browser or Insomnia get the expected answer.\n",
		"class of software": "Syncing to the storage share fails:\n\nStorage error: IOException: Response status code does not indicate success: 403 (Forbidden).\n\nOther tools (a phone app mounting the same share) can upload and download files from the same backend.\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked", name, got, why)
		}
	}
	// another client with a key is not the same request
	if got, _ := firstClass(t, "The upload fails with `HttpError: 403 Forbidden`, while other tools get the expected answer with the admin token.\n"); got == rule.Blocked {
		t.Errorf("other client with a token: got blocked")
	}
}

// A block page of a product no signature knows, or a person's account of
// one, that gives the organisation's policy as the reason is the network's
// filter, not the site's decision about the caller.
func TestBlockedByCompanyPolicy(t *testing.T) {
	for _, paste := range []string{
		"Opening the report link from the office gives a page saying: Access to this site is blocked due to corporate policy. Ref 22817.\n",
		"HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><h2>Download not permitted</h2><p>This download was blocked by company policy (category: file-sharing).</p></body></html>\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%q: got %s (%q), want blocked", paste[:40], got, why)
		}
	}
}

// A request printed without credentials whose 403 names the principal it
// refused was identified after all (the client left its token out of the
// printed request): the refusal is that principal's permission, not a rule
// about an anonymous request.
func TestNamedPrincipalIsNotAnEmptyRequest(t *testing.T) {
	named := `GET /apis/batch/v1/namespaces/etl/jobs HTTP/1.1
Host: cluster.example.internal:6443
Accept: application/json

HTTP/1.1 403 Forbidden
Content-Type: text/plain

User "mhollis@example.org" cannot list jobs.batch in the namespace "etl".
`
	if got, why := firstClass(t, named); got != rule.Authorization {
		t.Errorf("named principal: got %s (%q), want authorization", got, why)
	}
	anonymous := `GET /apis/batch/v1/namespaces/etl/jobs HTTP/1.1
Host: cluster.example.internal:6443
Accept: application/json

HTTP/1.1 403 Forbidden
Content-Type: text/plain

Forbidden
`
	if got, why := firstClass(t, anonymous); got != rule.Blocked {
		t.Errorf("nobody named: got %s (%q), want blocked", got, why)
	}
}

// A framework's CSRF refusal quoted above a request dump that leaves the
// response out is what refused the request, whatever credential it sent.
func TestCSRFRefusalQuotedAboveTheRequest(t *testing.T) {
	paste := "### Bug description\n\n'_xsrf' argument missing from POST\n\n### How to reproduce\n\n```\n" +
		"curl --location 'https://lab.example.net/user/akira/api/contents/draft.ipynb' \\\n" +
		"--header 'Authorization: token abc' \\\n--data '{\n    \"type\": \"notebook\",\n    \"content\": null\n}'\n```\n\n" +
		"### Versions\n\n - server: 2.7.1\n"
	if got, why := firstClass(t, paste); got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for the XSRF check", got, why)
	}
}

// A usage policy that demands a Referer refuses how the request was made,
// not who made it.
func TestRefererRequiredByPolicy(t *testing.T) {
	paste := `Every map tile now shows: "Access Blocked - Referer is required by the tile usage policy"` + "\n"
	if got, why := firstClass(t, paste); got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked", got, why)
	}
}

// libcurl's refusal of a CONNECT by the forward proxy, printed without
// "after CONNECT" by older releases and by the bindings that wrap it, is
// the proxy's answer, not the site's.
func TestProxyRefusedTunnelShortWording(t *testing.T) {
	paste := "Error in api_request(path = \"v3/orders\", method = \"GET\"): request failed: Received HTTP code 403 from proxy\n"
	if got, why := firstClass(t, paste); got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for the proxy's refusal", got, why)
	}
}

// An OAuth dialog that refuses the client's redirect URI in a block page's
// or an allow list's words ("URL Blocked", "not whitelisted") stops a
// sign-in; an allow list of addresses stays a rule about the client.
func TestRedirectURIRefusalIsNotABlock(t *testing.T) {
	paste := "After picking the account the provider shows this instead of returning to the app:\nURL Blocked: This redirect failed because the redirect URI is not whitelisted in the app's client OAuth settings.\n"
	if got, why := firstClass(t, paste); got != rule.Authentication {
		t.Errorf("redirect URI: got %s (%q), want authentication", got, why)
	}
	if got, why := firstClass(t, "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nAccess denied: your IP address is not whitelisted for this API.\n"); got != rule.Blocked {
		t.Errorf("IP allow list: got %s (%q), want blocked", got, why)
	}
}
