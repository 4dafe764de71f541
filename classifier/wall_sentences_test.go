package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented. A wall that is not about identity is often
// pasted as its one sentence, alone or under a line of the person's: a used
// up quota, a geo block, a licence or trial that ran out, a bot wall's words
// in another language, a block page naming the site's access policy. Each
// must be read as a response and classified as blocked.
func TestWallSentencesAreBlocked(t *testing.T) {
	for name, paste := range map[string]string{
		"quota, one line":         "Your monthly quota has been exceeded.\n",
		"quota under a line":      "Since Tuesday every export stops with\n\n> Daily quota exceeded for project orchard-42.\n",
		"geo block, one line":     "Sorry, this recording is not available in your country.\n",
		"trial ran out":           "Your trial has expired. Contact sales@example.com to continue.\n",
		"licence, German":         "Lizenz ist abgelaufen – bitte wenden Sie sich an den Administrator.\n",
		"bot wall in Chinese":     "系统检测到来自您网络的异常流量，请稍后再试。\n",
		"site access policy page": "Access denied\n\nYour current visit is not allowed according to the access policies of this site.\n",
		// a front end's generic refusal page that states a geo block: the
		// page's words name the rule, whatever product the template is
		"front end page naming a geo block": "Error 403 (Forbidden)\n\nYour client does not have permission to get URL /dl/tool-2.0.zip from this server.\nWe're sorry, but this service is not available in your country. That’s all we know.\n",
		// Apache 2.4's page for a directory with no index file
		"directory with no index": "Forbidden\n\nYou don't have permission to access the requested directory. There is either no index document or the directory is read-protected.\n",
	} {
		t.Run(name, func(t *testing.T) {
			got, why := firstClass(t, paste)
			if got != rule.Blocked {
				t.Errorf("class %s (%s), want blocked", got, why)
			}
		})
	}
}

// A block page prints the address it saw under a label of its own ("IP
// address:", "Client IP", "IP 地址："), IPv6 as often as IPv4; a masked one
// is no address.
func TestClientAddressUnderItsLabel(t *testing.T) {
	for name, c := range map[string]struct {
		paste string
		want  bool
	}{
		"IPv6 after Your IP":              {"Sorry, you have been blocked\nYou are unable to access shop.example.com\n\nRay ID: 7f00aa11bb22cc33 • Your IP: 2001:db8:4a1:9::7f • Performance & security\n", true},
		"IPv4 after IP address label":     {"About this page\n\nOur systems have detected unusual traffic from your computer network.\n\nIP address: 192.0.2.201\nTime: 2025-08-01T07:00:00Z\n", true},
		"IPv6 after a Chinese label":      {"我们的系统检测到您的计算机网络中存在异常流量。\n\nIP 地址：2001:db8:ff::12\n", true},
		"a person's label over log lines": {"For the admin page the log lines have the IP address:\n\n[2024-01-01 10:00:00][app][ERROR] Invalid token. IP: 192.0.2.55\n", false},
		"masked IPv6":                     {"Sorry, you have been blocked\nYou are unable to access shop.example.com\n\nRay ID: 7f00aa11bb22cc33 • Your IP: 2001:***:**::7f • Performance & security\n", false},
	} {
		t.Run(name, func(t *testing.T) {
			rep, err := classifier.Analyze(c.paste, classifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := rep.FindingNames()["client-ip-in-response"]; got != c.want {
				t.Errorf("client-ip-in-response %v, want %v", got, c.want)
			}
		})
	}
}

// IIS's classic 401 page opens with "You are not authorized to view this
// page" whatever the substatus; the sentence under it names which one
// (401.2: no authentication method agreed, 401.3: the file's ACL), often
// without the number.
func TestIISPageSentencesWithoutTheirNumber(t *testing.T) {
	page := func(why string) string {
		return "HTTP/1.1 401 Unauthorized\nServer: Microsoft-IIS/6.0\nContent-Type: text/html\n\n" +
			"<html><head><title>You are not authorized to view this page</title></head><body>\n" +
			"<h1>You are not authorized to view this page</h1>\nYou do not have permission to view this directory or page " + why + "\n</body></html>\n"
	}
	for name, c := range map[string]struct {
		paste string
		want  rule.Class
	}{
		"401.2, no method agreed": {page("using the credentials that you supplied because your Web browser is sending a WWW-Authenticate header field that the Web server is not configured to accept."), rule.Authentication},
		"401.3, the file's ACL":   {page("because of the access control list (ACL) configuration or encryption settings for this resource on the Web server."), rule.Authorization},
	} {
		t.Run(name, func(t *testing.T) {
			if got, why := firstClass(t, c.paste); got != c.want {
				t.Errorf("class %s (%s), want %s", got, why, c.want)
			}
		})
	}
}

// Cloudflare's error pages let the visitor copy the error's details, and
// that text writes the code capitalised ("Error code: 1020"), where the
// plain-text answer to a script writes "error code: 1020".
func TestCloudflareErrorDetailsCopied(t *testing.T) {
	details := func(code string) string {
		return "I got an error when visiting shop.example/.\n\nError code: " + code +
			"\nRay ID: 8a0b1c2d3e4f5061\nCountry: DE\nData center: fra02\nTimestamp: 2026-01-01 10:00:00 UTC\n"
	}
	for _, code := range []string{"1020", "1015", "1006", "1009"} {
		t.Run(code, func(t *testing.T) {
			if got, why := firstClass(t, details(code)); got != rule.Blocked {
				t.Errorf("class %s (%s), want blocked", got, why)
			}
		})
	}
}
