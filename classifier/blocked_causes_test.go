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
		// a key bound to the address that made it, refused in Chinese
		// from another one, as a JSON body alone
		"key not usable from this address (zh)": {`{"code":4031,"msg":"该令牌不可用于当前 IP 地址，请在绑定的网络中使用"}
`, "allow list"},
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

// A network filter or an IPS answers with its own block page and a success
// status: the page's title says what it is, the 200 only that the page was
// delivered. A page of the application that merely lists blocked things
// stays an ordinary answer.
func TestBlockPageServedWith200(t *testing.T) {
	rep, err := classifier.Analyze(`$ curl -i "http://store.example.org/find?term=%27%20OR%201%3D1--"
HTTP/1.1 200 OK
Cache-Control: no-cache
Content-Length: 212
Connection: close

<html><head><title>URL Blocked - Security Filter</title></head>
<body>Your request to this address was stopped by the security filter of your provider.<br>
Reference: 0x4F21-88AC</body></html>
`, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Exchanges[0].Verdict.Class; c != rule.Blocked {
		t.Errorf("verdict %s, want blocked", c)
	}
	if names := rep.FindingNames(); !names["waf-block"] {
		t.Errorf("findings %v, want waf-block", names)
	}
	got, why := firstClass(t, `$ curl -i https://forum.example.org/settings/ignored
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8

<html><head><title>Ignored and blocked users · Settings</title></head>
<body><ul><li>lurker42</li></ul></body></html>
`)
	if got != rule.None {
		t.Errorf("a settings page listing blocked users: got %s (%q), want none", got, why)
	}
}

// Some bot managers serve their challenge with 429: the status reads as a
// rate limit, but the words of the check name a bot check, and waiting is
// not the fix.
func TestBotCheckServedWith429(t *testing.T) {
	rep, err := classifier.Analyze(`HTTP/2 429
content-type: text/html; charset=UTF-8
cache-control: no-store

<html><body><p>Please complete the JavaScript challenge to continue to the store.</p>
<script src="/149e9513-01fa-4fb0-aad4-566afd725d1b/2d206a39-8ed7-437e-a3be-862e0f06eea3/ips.js"></script></body></html>
`, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := rep.Exchanges[0]
	if x.Verdict.Class != rule.Blocked || !rep.FindingNames()["bot-challenge"] {
		t.Errorf("verdict %s, findings %v: want blocked with bot-challenge", x.Verdict.Class, rep.FindingNames())
	}
	if strings.Contains(x.Verdict.Explanation, "Retry-After") {
		t.Errorf("a bot check explained as a wait: %q", x.Verdict.Explanation)
	}
	// a plain 429 stays a rate limit
	rep, err = classifier.Analyze("HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\nSlow down.\n", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.FindingNames()["bot-challenge"] {
		t.Errorf("a plain 429 named a bot check: %v", rep.FindingNames())
	}
}

// A block page that tells the visitor "you have been blocked", from no
// product the signature table knows, is named as a firewall's block.
func TestYouHaveBeenBlockedNamesTheFirewall(t *testing.T) {
	rep, err := classifier.Analyze(`HTTP/1.1 403 Forbidden
Content-Type: text/html

<h2>You have been blocked</h2>
<p>The security system of this site stopped your request. Incident: 7731-QX</p>
`, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Exchanges[0].Verdict.Class; c != rule.Blocked || !rep.FindingNames()["waf-block"] {
		t.Errorf("verdict %s, findings %v: want blocked with waf-block", c, rep.FindingNames())
	}
}

// A bare 403 to the download of a published file, with no credential
// shown, is read (hedged) as a rule about the request or a missing file,
// not as a refused identity; a publish, a signed link and a request that
// sent credentials keep the status's reading.
func TestBareDownload403(t *testing.T) {
	for name, paste := range map[string]string{
		"installer's fetch error": `Fetching tooling for linux/arm64 ...
error: fetch failed: GET https://dist.example-tools.dev/releases/v4.2.0/tooling-4.2.0-linux-arm64.tar.gz returned 403 Forbidden
`,
		"build tool's could not get": `> Could not resolve org.example.widgets:widgets-core:3.1.4.
   > Could not get resource 'https://repo.example-mirror.org/maven2/org/example/widgets/widgets-core/3.1.4/widgets-core-3.1.4.pom'.
      > Could not GET 'https://repo.example-mirror.org/maven2/org/example/widgets/widgets-core/3.1.4/widgets-core-3.1.4.pom'. Received status code 403 from server: Forbidden
`,
		// a mirror's host names the source public, whatever the path's
		// ending: a package name the client cut, a plugin archive
		"a mirror, path cut": `CondaHTTPError: HTTP 403 Forbidden for url <https://mirrors.example.edu.cn/anaconda/pkgs/main/linux-64/numpy-1.26.4>
Elapsed: 00:00.318220

An HTTP error occurred when trying to retrieve this URL.
`,
		"a mirror, plugin file": `java.io.IOException: Server returned HTTP response code: 403 for URL: https://mirror.example.net/jenkins/plugins/git-client/6.1.0/git-client.hpi
	at java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)
`,
	} {
		got, why := firstClass(t, paste)
		want := "published file"
		if strings.HasPrefix(name, "a mirror") {
			want = "mirror's host" // the explanation names what made it a download
		}
		if got != rule.Blocked || !strings.Contains(why, want) {
			t.Errorf("%s: got %s (%q), want blocked for a download (%q)", name, got, why, want)
		}
	}
	for name, paste := range map[string]string{
		"a publish": `Uploading widgets-core-3.1.4.jar to https://repo.example-mirror.org/maven2/org/example/widgets/widgets-core/3.1.4/widgets-core-3.1.4.jar
Could not PUT 'https://repo.example-mirror.org/maven2/org/example/widgets/widgets-core/3.1.4/widgets-core-3.1.4.jar'. Received status code 403 from server: Forbidden
`,
		"a signed link": `ERROR: HTTP 403 Forbidden for url https://blobs.example.net/pkgs/tool-1.0.whl?sv=2021-08-06&sig=AbCdEfGh0123%3D&se=2024-01-01
`,
		"credentials sent": `$ curl -sS -f -u builder:hunter2 -O https://repo.example-mirror.org/private/widgets-core-3.1.4.jar
curl: (22) The requested URL returned error: 403
`,
		// an API of a host that is no mirror, the path no file
		"an API call": `CondaHTTPError: HTTP 403 Forbidden for url <https://api.example.edu.cn/v1/channels/internal/members>
`,
	} {
		if got, why := firstClass(t, paste); got == rule.Blocked {
			t.Errorf("%s: got blocked (%q), want the status's reading", name, why)
		}
	}
}

// A bare 403 that Python's urllib raised, with no credential and no
// User-Agent in the paste, is read (hedged) as its default User-Agent
// refused; code that sends a token or sets its own agent keeps the status's
// reading.
func TestUrllibDefaultAgent403(t *testing.T) {
	got, why := firstClass(t, `Traceback (most recent call last):
  File "/home/ana/bin/grab_prices.py", line 14, in <module>
    html = urlopen("https://prices.example-market.com/daily").read()
  File "/usr/lib/python3.10/urllib/request.py", line 216, in urlopen
    return opener.open(url, data, timeout)
  File "/usr/lib/python3.10/urllib/request.py", line 643, in http_error_default
    raise HTTPError(req.full_url, code, msg, hdrs, fp)
urllib.error.HTTPError: HTTP Error 403: Forbidden
`)
	if got != rule.Blocked || !strings.Contains(why, "Python-urllib") {
		t.Errorf("got %s (%q), want blocked naming urllib's default agent", got, why)
	}
	for name, paste := range map[string]string{
		"a token sent": `Traceback (most recent call last):
  File "sync.py", line 9, in <module>
    req = Request(API, headers={"Authorization": "Bearer " + os.environ["SYNC_TOKEN"]})
  File "/usr/lib/python3.10/urllib/request.py", line 643, in http_error_default
    raise HTTPError(req.full_url, code, msg, hdrs, fp)
urllib.error.HTTPError: HTTP Error 403: Forbidden
`,
		"its own agent": `Traceback (most recent call last):
  File "fetch.py", line 5, in <module>
    urlopen(Request(URL, headers={"User-Agent": "Mozilla/5.0"}))
  File "/usr/lib/python3.10/urllib/request.py", line 643, in http_error_default
    raise HTTPError(req.full_url, code, msg, hdrs, fp)
urllib.error.HTTPError: HTTP Error 403: Forbidden
`,
	} {
		if got, why := firstClass(t, paste); got == rule.Blocked {
			t.Errorf("%s: got blocked (%q), want the status's reading", name, why)
		}
	}
}

// Block and bot pages in their other usual wordings, from no product the
// signature table knows: each is blocked, the bot checks and firewalls
// named as such; an account flagged for unusual activity stays a matter
// of signing in.
func TestBlockPageWordings(t *testing.T) {
	for _, c := range []struct{ text, finding string }{
		{"Please verify you are a human before continuing to the catalogue.", "bot-challenge"},
		{"Are you a human? Tick the box below.", "bot-challenge"},
		{"Your request looks automated. Reference 91-ZK", "bot-challenge"},
		{"Access denied by firewall. Event 4471", "waf-block"},
		{"Malicious request detected; the event was logged.", "waf-block"},
		{"Your IP has been temporarily blocked after repeated scans.", ""},
		{"The owner of this website has banned your IP address (198.51.100.23).", ""},
	} {
		paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><p>" + c.text + "</p></body></html>\n"
		rep, err := classifier.Analyze(paste, classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Exchanges[0].Verdict.Class; got != rule.Blocked {
			t.Errorf("%q: verdict %s, want blocked", c.text, got)
		}
		if c.finding != "" && !rep.FindingNames()[c.finding] {
			t.Errorf("%q: findings %v, want %s", c.text, rep.FindingNames(), c.finding)
		}
	}
	if got, why := firstClass(t, "HTTP/1.1 401 Unauthorized\n\nWe noticed unusual activity on your account. Please sign in again.\n"); got != rule.Authentication {
		t.Errorf("unusual activity on an account: got %s (%q), want authentication", got, why)
	}
}
