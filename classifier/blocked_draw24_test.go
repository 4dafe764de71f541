package classifier_test

import (
	"slices"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// Every paste here is invented, in the shape of a notation seen on real
// pastes: blocks by a layer in front of the site, named by the person or
// worded in another language.

// A firewall or a bot check the person names around a bare 403 is the
// layer that refused: waf-block and bot-challenge name it, as they do when
// the response's own body names it.
func TestLayerNamedAroundTheDump(t *testing.T) {
	for _, c := range []struct{ paste, want string }{
		{`Every callback to the job endpoint fails since Tuesday:

HTTP/1.1 403 Forbidden
Content-Type: text/html
Content-Length: 0

Our firewall log shows rule 949110 "Inbound Anomaly Score Exceeded" for each of those calls.
`, "waf-block"},
		{`The scraper gets this for every product page since last week:

HTTP/1.1 403 Forbidden
Content-Type: text/html
Content-Length: 0

In a browser the same URL first shows a JavaScript challenge page for a few seconds and then loads.
`, "bot-challenge"},
	} {
		if got, why := firstClass(t, c.paste); got != rule.Blocked {
			t.Errorf("got %s (%q), want blocked", got, why)
		}
		if fs := firstFindings(t, c.paste); !slices.Contains(fs, c.want) {
			t.Errorf("findings %v, want %s", fs, c.want)
		}
	}
}

// "Web application firewall" in the languages block pages are written in
// names the layer that refused as the English words do.
func TestWebApplicationFirewallTranslated(t *testing.T) {
	for _, body := range []string{
		"<p>当前请求触发了本站 Web应用防火墙 的防护规则，参考编号 7f2c91e0。</p>",
		"<p>Su solicitud coincide con una regla del firewall de aplicaciones web de este sitio. Referencia: 51c0e2a9.</p>",
		"<p>요청이 웹 방화벽 정책과 일치합니다. 참조 번호 3b81c0d4</p>",
	} {
		paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/html; charset=utf-8\n\n<html><body>" + body + "</body></html>\n"
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked", body, got, why)
		}
		if fs := firstFindings(t, paste); !slices.Contains(fs, "waf-block") {
			t.Errorf("%s: findings %v, want waf-block", body, fs)
		}
	}
}

// A person's finding that the request's Origin header decides whether a
// 403 goes away (sending one, dropping the one a tool adds) is an origin
// check, not a verdict on who asks; a CORS response header, or a line that
// only shows the header, says nothing of the kind.
func TestOriginHeaderDecides(t *testing.T) {
	dump := "HTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 9\n\nForbidden\n"
	for _, words := range []string{
		"Update: someone on the forum says you need to send an Origin header with the site's address, and now it answers.",
		"Dicen que hace falta mandar un header Origin con el dominio del sitio; lo probé y anda.",
		"Found it: the desktop client sends its own origin (app://shell), which the gateway rejects.",
	} {
		if got, why := firstClass(t, words+"\n\nEvery call to the quotes API fails:\n\n"+dump); got != rule.Blocked {
			t.Errorf("%q: got %s (%q), want blocked", words, got, why)
		}
	}
	for _, words := range []string{
		"The response has no Access-Control-Allow-Origin header because of the 403, so the browser hides it.",
		"Origin: https://quotes.example.org",
		"Sending the origin header did not change anything, but signing in with a new token fixed it.",
	} {
		if got, _ := firstClass(t, words+"\n\nEvery call to the quotes API fails:\n\n"+dump); got == rule.Blocked {
			t.Errorf("%q: got blocked, want the status's reading", words)
		}
	}
}

// A person asking for the client's address to be put on the allow list,
// or calling the refusal an address-based block, names a rule about the
// address, even beside an API key.
func TestAddressRuleAskedFor(t *testing.T) {
	for _, words := range []string{
		"The key is fine in the browser. Looks like an IP-based block - can our server's IP be whitelisted?",
		"Support answered that they would allowlist our IP for the reporting endpoint.",
	} {
		paste := words + "\n\nCalls from the reporting server fail:\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<h1>403 Forbidden</h1>\n"
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%q: got %s (%q), want blocked", words, got, why)
		}
	}
}

// A web filter's block page on the client's network (a URL category, the
// organisation's policy) is a layer between the client and the site:
// proxy-answered names it even when no known product's page matched.
func TestWebFilterPageIsTheNetworks(t *testing.T) {
	for _, body := range []string{
		"<h2>Page not available</h2><p>The address you asked for is listed in a blocked category (Streaming Media) by the campus web filter.</p>",
		"<p>Access to this URL was blocked per company policy. Contact the service desk and quote ticket reference 40417.</p>",
	} {
		paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body>" + body + "</body></html>\n"
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%s: got %s (%q), want blocked", body, got, why)
		}
		if fs := firstFindings(t, paste); !slices.Contains(fs, "proxy-answered") {
			t.Errorf("%s: findings %v, want proxy-answered", body, fs)
		}
	}
	if fs := firstFindings(t, "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><p>Access denied to this report.</p></body></html>\n"); slices.Contains(fs, "proxy-answered") {
		t.Errorf("a site's own refusal: findings %v, want no proxy-answered", fs)
	}
}

// A person's account that something is blocked in their own network (the
// company's, the campus's) names that network as the refuser of a 403,
// whether the words stand around the dump or the whole paste is read as
// one body.
func TestBlockedInOwnNetwork(t *testing.T) {
	for _, paste := range []string{
		"FTP and plain http get blocked in our university network.\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<h1>403</h1>\n",
		"$ tool self-update\nself-update failed: HTTPForbidden (403)\n\n### Expected behaviour\n\nThe updater should use https. Plain http is blocked in our campus network by policy.\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Blocked {
			t.Errorf("%q: got %s (%q), want blocked", paste, got, why)
		}
	}
}

// A rate limit's error code written in snake case, as several APIs and SDK
// logs print it, names the limit as the spaced words do.
func TestRateLimitCodeInSnakeCase(t *testing.T) {
	paste := "W/SyncClient: Upload failed, too_many_requests, will retry in 30 s\n"
	if got, why := firstClass(t, paste); got != rule.Blocked {
		t.Errorf("got %s (%q), want blocked", got, why)
	}
	if fs := firstFindings(t, paste); !slices.Contains(fs, "rate-limited") {
		t.Errorf("findings %v, want rate-limited", fs)
	}
}
