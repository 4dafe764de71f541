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
		"IPv6 after Your IP":          {"Sorry, you have been blocked\nYou are unable to access shop.example.com\n\nRay ID: 7f00aa11bb22cc33 • Your IP: 2001:db8:4a1:9::7f • Performance & security\n", true},
		"IPv4 after IP address label": {"About this page\n\nOur systems have detected unusual traffic from your computer network.\n\nIP address: 192.0.2.201\nTime: 2025-08-01T07:00:00Z\n", true},
		"IPv6 after a Chinese label":  {"我们的系统检测到您的计算机网络中存在异常流量。\n\nIP 地址：2001:db8:ff::12\n", true},
		"masked IPv6":                 {"Sorry, you have been blocked\nYou are unable to access shop.example.com\n\nRay ID: 7f00aa11bb22cc33 • Your IP: 2001:***:**::7f • Performance & security\n", false},
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
