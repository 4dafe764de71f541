package classifier_test

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented, in the shape of a notation seen on real
// pastes: refusals whose wording sounds like a permission but whose cause is
// a rule about the request (a legal or cross-border rule, a request-forgery
// check), the server's own file rights, or a page a tunnel shows first.

// 451 is a legal or country rule (RFC 7725): an "Access denied" page sent
// with it does not make it a permission refusal.
func TestStatus451IsBlocked(t *testing.T) {
	for name, paste := range map[string]string{
		"status line": `HTTP/1.1 451 Unavailable For Legal Reasons
Content-Type: text/html

<html><body><h1>Access denied</h1><p>This content is not permitted here.</p></body></html>
`,
		"client error object": `{"name":"ProviderError","data":{"message":"<html><head><title>451 Unavailable For Legal Reasons</title></head><body><h1>Access denied by the gateway policy.</h1></body></html>","statusCode":451}}
`,
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked for a 451", name, got, why)
		}
	}
}

// An edge's rule on traffic between jurisdictions, named as such, is a rule
// about where the request comes from.
func TestCrossBorderRuleIsBlocked(t *testing.T) {
	got, why := firstClass(t, `HTTP/1.1 403 Forbidden
Server: edge-gw
Content-Type: text/html

<h1>Access denied: cross-border requests to this service are disabled by the owner.</h1>
`)
	if got != rule.Blocked || !strings.Contains(why, "country or region") {
		t.Errorf("got %s (%q), want blocked naming a country or region rule", got, why)
	}
}

// .NET's IO error and ASP.NET's page about the worker's file rights are the
// server's own fault, not a refusal of the visitor; a permission refusal
// worded for the caller stays authorization.
func TestServerFileRightsAreNotTheCallers(t *testing.T) {
	got, why := firstClass(t, `Server Error in '/' Application.

Access to the path 'E:\sites\shop.example.net\App_Data\cache.bin' is denied.

Description: An unhandled exception occurred during the execution of the current web request.

Exception Details: System.UnauthorizedAccessException: Access to the path 'E:\sites\shop.example.net\App_Data\cache.bin' is denied.

ASP.NET is not authorized to access the requested resource. Consider granting access rights to the resource to the ASP.NET request identity.
`)
	if got == rule.Authorization || got == rule.Authentication {
		t.Errorf("got %s (%q), want neither authentication nor authorization for the server's file rights", got, why)
	}
	if got, why := firstClass(t, `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"You are not authorized to access the requested resource."}
`); got != rule.Authorization {
		t.Errorf("a caller's refusal: got %s (%q), want authorization", got, why)
	}
}

// A 403 that hands back the token it wants in X-CSRF-Token and says the
// token's validation failed is a request-forgery check.
func TestCSRFTokenHandedBack(t *testing.T) {
	got, why := firstClass(t, `HTTP/1.1 403 Forbidden
Content-Type: application/json
X-CSRF-Token: Zq81LmTx0aPe
Access-Control-Expose-Headers: X-CSRF-Token

{"code":0,"message":"Token Validation Failed"}
`)
	if got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for a CSRF check", got, why)
	}
	// without the header the words stay about a token
	if got, _ := firstClass(t, `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"code":0,"message":"Token Validation Failed"}
`); got == rule.Blocked {
		t.Errorf("without X-CSRF-Token: got blocked, want a token's reading")
	}
}

// localtunnel's anti-phishing reminder copied as text is the tunnel's page,
// not the application's login.
func TestLocaltunnelReminder(t *testing.T) {
	got, why := firstClass(t, `Every visitor first sees this:

Friendly Reminder

This website is served via a localtunnel. This is just a reminder to always check the website address you're giving personal, financial, or login details to is actually the real/official website.
`)
	if got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for the tunnel's page", got, why)
	}
}

// Repository metadata fetched anonymously (dnf's repomd.xml, a CocoaPods
// spec) is a published file like a package.
func TestBareMetadataDownload403(t *testing.T) {
	for name, paste := range map[string]string{
		"dnf repomd": `Errors during downloading metadata for repository 'tools-stable':
 - Status code: 403 for https://pkgs.example-tools.io/rpm/x86_64/repodata/repomd.xml (IP: 192.0.2.44)
Error: Failed to download metadata for repo 'tools-stable'
`,
		"podspec": `CDN: trunk URL couldn't be downloaded: https://cdn.example-pods.net/Specs/a/b/c/Widget/1.0.2/Widget.podspec.json Response: 403 Forbidden
`,
	} {
		got, why := firstClass(t, paste)
		if got != rule.Blocked || !strings.Contains(why, "published file") {
			t.Errorf("%s: got %s (%q), want blocked for a download", name, got, why)
		}
	}
}

// F5 BIG-IP ASM's block page in its other template: titled "Request
// Rejected", "An error has occurred", still with the support ID.
func TestF5RejectedPageVariant(t *testing.T) {
	got, why := firstClass(t, `<html>
<head><title>Request Rejected</title></head>
<body>An error has occurred. Please consult with your administrator.<br><br>Your support ID is: 4411902873365120081<br><br><a href='javascript:history.back();'>[Go Back]</a></body>
</html>
`)
	if got != rule.Blocked || !strings.Contains(why, "F5") {
		t.Errorf("got %s (%q), want blocked by F5's firewall", got, why)
	}
}

// An allowance named as used up in an application's log record is a quota,
// whatever the status reads like.
func TestUsageReachedIsAQuota(t *testing.T) {
	got, why := firstClass(t, `2026-02-03 06:10:12.551 ERROR (MainThread) [weatherhub.sync] Error during station refresh - ("Maximum api usage reached (31) when accessing 'https://api.weather.example/v2/stations'",)
`)
	if got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked for a used-up quota", got, why)
	}
}

// Cloudflare by its short name in a Chinese thread, around a bare 403 of an
// anonymous page load.
func TestCloudflareShortNameInChinese(t *testing.T) {
	got, why := firstClass(t, "定时任务偶尔失败：\n```\nResponse Error : HTTP 403: Forbidden,\nRequest URL: https://forum.example.net/\n```\n首页请求有时会被 CF 拦截，重试几次就好了。\n")
	if got != rule.Blocked || !strings.Contains(why, "edge") {
		t.Errorf("got %s (%q), want blocked by the site's edge", got, why)
	}
}

// An address ban in other languages' words, in a person's account or an
// operator's reply.
func TestAddressBanInOtherLanguages(t *testing.T) {
	for name, paste := range map[string]string{
		"chinese": "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://shop.example.cn/list?page=3\n\n跑了一晚上之后就这样了，应该是 IP 被封了。\n",
		"korean":  "크롤러가 어제부터 실패합니다.\n\n문의해 보니 IP 차단이라고 합니다.\n",
		"russian": "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nВаш IP заблокирован.\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked for an address ban", name, got, why)
		}
	}
}

// A rule about the client's location worded as a "geographic location".
func TestGeographicLocationRule(t *testing.T) {
	got, why := firstClass(t, `HTTP/1.1 403 Forbidden
Content-Type: text/html

<p>Access to this service is restricted based on geographic location.</p>
`)
	if got != rule.Blocked || !strings.Contains(why, "country or region") {
		t.Errorf("got %s (%q), want blocked naming a country or region rule", got, why)
	}
}

// Kubernetes prints a built-in admission step's decision about the object
// (Pod Security, a quota) as Forbidden, as it does a webhook's; an RBAC
// refusal of the caller stays authorization.
func TestKubernetesAdmissionIsNotRBAC(t *testing.T) {
	for name, paste := range map[string]string{
		"pod security": `Error from server (Forbidden): error when creating "web.yaml": pods "web-7f9c" is forbidden: violates PodSecurity "baseline:latest": hostPath volumes (volume "data")`,
		"quota":        `Error from server (Forbidden): error when creating "api.yaml": pods "api-0" is forbidden: exceeded quota: team-quota, requested: requests.memory=2Gi, used: requests.memory=7Gi, limited: requests.memory=8Gi`,
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked || !strings.Contains(why, "admission step") {
			t.Errorf("%s: got %s (%q), want blocked by an admission step", name, got, why)
		}
	}
	if got, why := firstClass(t, `Error from server (Forbidden): deployments.apps is forbidden: User "ci-bot" cannot list resource "deployments" in API group "apps" in the namespace "staging"`); got != rule.Authorization {
		t.Errorf("RBAC: got %s (%q), want authorization", got, why)
	}
}

// A person's finding that the client's own network refuses: a company
// firewall named as the blocker, or one network of theirs against another.
// A line that names a credential says the other network is not the only
// change, so the status's reading stays.
func TestClientsOwnNetwork(t *testing.T) {
	for name, paste := range map[string]string{
		"firewall": "fatal: unable to access 'https://git.example.org/tools/cli.git/': The requested URL returned error: 403\n\nIn the end it was our corporate firewall that was blocking the clone.\n",
		"networks": "ERROR: failed to fetch https://mirror.example.net/dist/ (403 Forbidden)\n\nFrom my home network it works fine, only the office network gets this.\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked by the client's network", name, got, why)
		}
	}
	if got, why := firstClass(t, "fatal: unable to access 'https://git.example.org/tools/cli.git/': The requested URL returned error: 403\n\nOver the VPN it works with the deploy token instead.\n"); got == rule.Blocked {
		t.Errorf("a credential named: got blocked (%q), want the status's reading", why)
	}
}

// A sign-in named earlier in the same sentence as the other network, in
// another clause ("when I log in it returns 403 but with a VPN it works"),
// does not make the network finding about a credential.
func TestNetworkFindingBesideASignIn(t *testing.T) {
	got, why := firstClass(t, "(screenshot of the 403 Forbidden page)\nWhen I log in to the hosted tracker it returns 403 forbidden but with a VPN turned on it works\n")
	if got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked by the client's network", got, why)
	}
}

// A country's own filtering of its internet, named around a bare 403.
func TestCountryInternetRestrictions(t *testing.T) {
	got, why := firstClass(t, "I think this is because of the new internet restrictions in our country.\n\n$ tool fetch\nDownload error (403): https://pkgs.example.dev/api/archives/widget-2.1.0\n")
	if got != rule.Blocked || !strings.Contains(why, "country or region") {
		t.Errorf("got %s (%q), want blocked naming a country or region rule", got, why)
	}
}
