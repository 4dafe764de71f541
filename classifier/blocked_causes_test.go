package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented, in the shape of a notation seen on real
// pastes. Each stands for a family of 403s that are not about identity: the
// caller's country, an address on a block list, a bot check the person
// names by its clearance cookie.
func TestBlockedFamilies(t *testing.T) {
	for name, c := range map[string]struct {
		paste, why string
	}{
		// an API that serves only some countries (Gemini's wording) in a
		// Go service's log line
		"location not supported in a log line": {`worker.go:88: [Warn] generate failed, err=error, status code: 403, status: 403 Forbidden, message: User location is not supported for the API use.
`, "country or region"},
		// the same family in another provider's JSON error
		"only available in certain regions": {`HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":{"type":"forbidden","message":"This service is only available in certain regions. Please check the list of supported countries."}}
`, "country or region"},
		// a site's page about the spam lists it checks addresses against
		"ip block list page": {`HTTP/1.1 403 Forbidden
Server: nginx
Content-Type: text/html

<h1>Access denied</h1>
<p>Your IP address has been blacklisted by our spam protection. Ask for delisting at the address below.</p>
`, "block list"},
		// the service says the method is served on another host
		"use another domain": {`PHP Fatal error:  Uncaught GuzzleHttp\Exception\ClientException: Client error: ` + "`GET https://files.example.net/v3/me/albums`" + ` resulted in a ` + "`403 Forbidden`" + ` response:
{"error":"This method is restricted for current domain. Please use domain rest.example.net for this call."}
`, "another host"},
		// a person names Cloudflare's clearance cookie around a bare 403
		"cf_clearance around a 403": {`The downloader stopped working, even after I copied a fresh cf_clearance from the browser:
ERROR fetch of https://gallery.example.net/api/list?page=2 failed with status code 403 Forbidden.
`, "edge"},
	} {
		got, why := firstClass(t, c.paste)
		if got != rule.Blocked || !strings.Contains(why, c.why) {
			t.Errorf("%s: got %s (%q), want blocked naming %q", name, got, why, c.why)
		}
	}
}

// A blacklist of tokens is about the credential: it stays an
// authentication failure, not an address block.
func TestTokenBlacklistIsNotAnAddressBlock(t *testing.T) {
	got, why := firstClass(t, `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"detail":"Token is blacklisted","code":"token_not_valid"}
`)
	if got != rule.Authentication {
		t.Errorf("got %s (%q), want authentication", got, why)
	}
}

// Imperva's client check: a stub page that only loads a script from
// /_Incapsula_Resource is a bot check, not a firewall's block page.
func TestImpervaClientCheckIsABotCheck(t *testing.T) {
	rep, err := classifier.Analyze(`HTTP/1.1 200 OK
Content-Type: text/html
Set-Cookie: visid_incap_918273=AbCdEf0123456789; path=/

<html>
<head>
<META NAME="robots" CONTENT="noindex,nofollow">
<script src="/_Incapsula_Resource?SWJIYLWA=0a1b2c3d4e5f60718293a4b5c6d7e8f9,9f8e7d6c5b4a39281706f5e4d3c2b1a0">
</script>
<body>
</body></html>
`, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := rep.FindingNames()
	if !names["bot-challenge"] || names["waf-block"] {
		t.Errorf("findings %v, want bot-challenge and no waf-block", names)
	}
	if c := rep.Exchanges[0].Verdict.Class; c != rule.Blocked {
		t.Errorf("verdict %s, want blocked", c)
	}
}

// "Invalid access token" is many APIs' wording: without Cloudflare's error
// codes, host or headers the answer is not blamed on Cloudflare's API (whose
// advice, X-Auth-Key and API tokens, would mislead), and it stays an
// authentication failure read from the words.
func TestGenericInvalidTokenIsNotCloudflare(t *testing.T) {
	rep, err := classifier.Analyze(`$ weather-cli --debug stations
{
  "error": {
    "code": 3,
    "message": "Invalid access token"
  }
}
`, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := rep.Exchanges[0]
	for _, h := range x.Vendor {
		if h.Vendor == "Cloudflare" {
			t.Errorf("vendor hit %s on a body with no Cloudflare marker", h.ID)
		}
	}
	if strings.Contains(x.Verdict.Explanation, "Cloudflare") || x.Verdict.Class != rule.Authentication {
		t.Errorf("verdict %s: %q", x.Verdict.Class, x.Verdict.Explanation)
	}
	// Cloudflare's own envelope still names it
	rep, err = classifier.Analyze("HTTP/1.1 403 Forbidden\nServer: cloudflare\nContent-Type: application/json\n\n"+
		`{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}],"messages":[],"result":null}`+"\n", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v := rep.Exchanges[0].Vendor; len(v) == 0 || v[0].Vendor != "Cloudflare" {
		t.Errorf("Cloudflare's envelope not recognised: %v", v)
	}
}
