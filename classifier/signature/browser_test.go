package signature

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

func browserEx(url, err string, hdr ...string) *parse.Exchange {
	q := &parse.Request{Method: "GET", URL: url}
	for i := 0; i+1 < len(hdr); i += 2 {
		q.Fields = append(q.Fields, parse.Field{Name: hdr[i], Value: hdr[i+1]})
	}
	return &parse.Exchange{Request: q, Response: &parse.Response{Status: 0, Error: err}}
}

// TestBrowserError checks that each family of Chrome's net errors is named
// for what it is, and that CORS is only the reading of a generic failure of
// a cross-origin request.
func TestBrowserError(t *testing.T) {
	for _, c := range []struct {
		x     *parse.Exchange
		kind  BrowserKind
		class rule.Class
	}{
		{browserEx("https://a.example/ads.js", "net::ERR_BLOCKED_BY_CLIENT", "Referer", "https://a.example/"), "extension", rule.Blocked},
		{browserEx("http://api.example/v1", "net::ERR_BLOCKED_BY_CLIENT", "Referer", "https://a.example/"), "mixed-content", rule.Blocked},
		{browserEx("http://api.example/v1", "net::ERR_FAILED", "Origin", "https://a.example"), "mixed-content", rule.Blocked},
		{browserEx("https://api.example/v1", "net::ERR_FAILED", "Origin", "https://a.example", "Sec-Fetch-Mode", "cors"), "cors", rule.None},
		{browserEx("https://a.example/v1", "net::ERR_FAILED", "Sec-Fetch-Mode", "same-origin"), "failed", rule.None},
		{browserEx("https://cdn.example/x.css", "net::ERR_CERT_DATE_INVALID"), "certificate", rule.None},
		{browserEx("https://cdn.example/x.css", "net::ERR_INSECURE_RESPONSE"), "certificate", rule.None},
		{browserEx("https://mtls.example/", "net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED"), "client-certificate", rule.Authentication},
		{browserEx("https://mtls.example/", "net::ERR_BAD_SSL_CLIENT_AUTH_CERT"), "client-certificate", rule.Authentication},
		{browserEx("https://a.example/frame", "net::ERR_BLOCKED_BY_RESPONSE"), "response-policy", rule.Blocked},
		{browserEx("https://a.example/x", "net::ERR_BLOCKED_BY_ADMINISTRATOR"), "administrator", rule.Blocked},
		{browserEx("https://a.example/x", "net::ERR_ABORTED"), "aborted", rule.None},
		{browserEx("https://a.example/x", "NS_BINDING_ABORTED"), "aborted", rule.None},
		{browserEx("https://a.example/x", "net::ERR_NAME_NOT_RESOLVED"), "network", rule.None},
		{browserEx("https://a.example/x", "net::ERR_CONNECTION_REFUSED"), "network", rule.None},
		{browserEx("https://a.example/login", "net::ERR_TOO_MANY_REDIRECTS"), "redirect-loop", rule.None},
		{browserEx("https://a.example/x", "net::ERR_PROXY_AUTH_UNSUPPORTED"), "proxy-auth", rule.Authentication},
		{browserEx("https://a.example/x", "net::ERR_CONTENT_DECODING_FAILED"), "content", rule.None},
	} {
		f, ok := BrowserError(c.x)
		if !ok || f.Kind != c.kind || f.Class != c.class || f.Meaning == "" || f.Fix == "" || f.Headline == "" {
			t.Errorf("%s %s: got %+v", c.x.Request.URL, c.x.Response.Error, f)
		}
	}
	if _, ok := BrowserError(&parse.Exchange{Response: &parse.Response{Status: 401}}); ok {
		t.Error("an exchange with a status read as a browser failure")
	}
	if _, ok := BrowserError(nil); ok {
		t.Error("nil exchange read as a browser failure")
	}
}
