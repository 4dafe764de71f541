// Package flowhar generates a large HAR of a sign-in that breaks among
// noise, for the tests of package flow and the browser tests: a page that
// loads assets, analytics beacons and unrelated API calls, and in the middle
// an OpenID Connect sign-in whose session cookie (SameSite=Strict) is not
// sent back after the identity provider's redirect, so the application
// starts the sign-in again. The shape re-creates the loop of
// iress/cloudfront-auth#48 with new hosts and values.
package flowhar

import (
	"encoding/json"
	"fmt"
	"time"
)

// FlowSteps is how many entries belong to the sign-in.
const FlowSteps = 6

// BrokenStep is the 1-based step where the sign-in breaks.
const BrokenStep = 5

// NoiseBetween is how many noise entries sit between two steps of the sign-in.
const NoiseBetween = 3

type nv struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type entry struct {
	Started  string   `json:"startedDateTime"`
	Time     int      `json:"time"`
	Request  request  `json:"request"`
	Response response `json:"response"`
}

type request struct {
	Method      string    `json:"method"`
	URL         string    `json:"url"`
	HTTPVersion string    `json:"httpVersion"`
	Headers     []nv      `json:"headers"`
	Cookies     []nv      `json:"cookies"`
	QueryString []nv      `json:"queryString"`
	PostData    *postData `json:"postData,omitempty"`
	HeadersSize int       `json:"headersSize"`
	BodySize    int       `json:"bodySize"`
}

type postData struct {
	MimeType string `json:"mimeType"`
	Text     string `json:"text"`
}

type response struct {
	Status      int     `json:"status"`
	StatusText  string  `json:"statusText"`
	HTTPVersion string  `json:"httpVersion"`
	Headers     []nv    `json:"headers"`
	Cookies     []nv    `json:"cookies"`
	Content     content `json:"content"`
	RedirectURL string  `json:"redirectURL"`
	HeadersSize int     `json:"headersSize"`
	BodySize    int     `json:"bodySize"`
}

type content struct {
	Size     int    `json:"size"`
	MimeType string `json:"mimeType"`
	Text     string `json:"text,omitempty"`
}

const authorize = "https://id.example-login.com/oauth2/v1/authorize?response_type=code&client_id=wiki-web&redirect_uri=https%3A%2F%2Fwiki.example.com%2Foidc%2Fcallback&scope=openid%20profile&state=7fQm2LxR9a&nonce=Zk4wPq1s&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"

// HAR returns a HAR of at least n entries (n ≥ 50) with the sign-in's
// FlowSteps entries placed about two fifths of the way in.
func HAR(n int) []byte {
	if n < 50 {
		n = 50
	}
	base := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	var es []entry
	at := func(i int) string { return base.Add(time.Duration(i) * 40 * time.Millisecond).Format(time.RFC3339Nano) }
	date := func(i int) nv {
		return nv{"date", base.Add(time.Duration(i) * 40 * time.Millisecond).Format(time.RFC1123)}
	}
	noise := func(i int) entry {
		switch i % 4 {
		case 0:
			return entry{at(i), 12, request{"GET", fmt.Sprintf("https://static.example-cdn.net/wiki/chunk-%d.js", i), "HTTP/2", []nv{{"sec-fetch-dest", "script"}}, []nv{}, []nv{}, nil, -1, 0},
				response{200, "", "HTTP/2", []nv{{"content-type", "application/javascript"}, date(i)}, []nv{}, content{2048, "application/javascript", ""}, "", -1, 2048}}
		case 1:
			return entry{at(i), 30, request{"POST", "https://www.google-analytics.com/g/collect?v=2&tid=G-WIKI&en=page_view", "HTTP/2", []nv{{"sec-fetch-dest", "empty"}}, []nv{}, []nv{}, nil, -1, 0},
				response{204, "", "HTTP/2", []nv{date(i)}, []nv{}, content{0, "text/plain", ""}, "", -1, 0}}
		case 2:
			return entry{at(i), 20, request{"GET", fmt.Sprintf("https://static.example-cdn.net/wiki/img/icon-%d.png", i), "HTTP/2", []nv{{"sec-fetch-dest", "image"}}, []nv{}, []nv{}, nil, -1, 0},
				response{200, "", "HTTP/2", []nv{{"content-type", "image/png"}, date(i)}, []nv{}, content{512, "image/png", ""}, "", -1, 512}}
		}
		return entry{at(i), 45, request{"GET", fmt.Sprintf("https://status.example.org/api/v2/summary.json?t=%d", i), "HTTP/2", []nv{{"sec-fetch-dest", "empty"}, {"sec-fetch-site", "cross-site"}}, []nv{}, []nv{}, nil, -1, 0},
			response{200, "", "HTTP/2", []nv{{"content-type", "application/json"}, date(i)}, []nv{}, content{40, "application/json", `{"status":{"indicator":"none"}}`}, "", -1, 40}}
	}
	start := n * 2 / 5
	flow := func(i int) []entry {
		nav := func(method, url, site string, hs ...nv) request {
			h := append([]nv{{"sec-fetch-site", site}, {"sec-fetch-mode", "navigate"}, {"sec-fetch-dest", "document"}}, hs...)
			return request{method, url, "HTTP/2", h, []nv{}, []nv{}, nil, -1, 0}
		}
		redirect := func(k int, loc string, hs ...nv) response {
			return response{302, "", "HTTP/2", append([]nv{{"location", loc}, date(k)}, hs...), []nv{}, content{0, "text/html", ""}, loc, -1, 0}
		}
		login := nav("POST", "https://id.example-login.com/oauth2/v1/login", "same-origin", nv{"content-type", "application/x-www-form-urlencoded"}, nv{"cookie", "idp_flow=f-31"})
		login.PostData = &postData{"application/x-www-form-urlencoded", "username=r.ortiz&password=Wiki-2026-pass&flow=f-31"}
		callback := "https://wiki.example.com/oidc/callback?code=Ym9va3MtMTI&state=7fQm2LxR9a"
		return []entry{
			{at(i), 80, nav("GET", "https://wiki.example.com/", "none"), redirect(i, authorize)},
			{at(i + 1), 90, nav("GET", authorize, "cross-site"), response{200, "", "HTTP/2", []nv{{"content-type", "text/html"}, {"set-cookie", "idp_flow=f-31; Path=/; Secure; HttpOnly; SameSite=Lax"}, date(i + 1)}, []nv{}, content{300, "text/html", `<form method="post" action="/oauth2/v1/login"><input name="username"><input type="password" name="password"></form>`}, "", -1, 300}},
			{at(i + 2), 120, login, redirect(i+2, callback)},
			{at(i + 3), 150, nav("GET", callback, "cross-site"), redirect(i+3, "https://wiki.example.com/", nv{"set-cookie", "wiki_session=c2Vzcy05MTI; Path=/; Secure; HttpOnly; SameSite=Strict"})},
			{at(i + 4), 60, nav("GET", "https://wiki.example.com/", "cross-site"), redirect(i+4, authorize)},
			{at(i + 5), 70, nav("GET", authorize, "cross-site", nv{"cookie", "idp_flow=f-31"}), redirect(i+5, callback)},
		}
	}
	for i := 0; len(es) < n; i++ {
		if len(es) == start {
			// The sign-in's pages load their own assets and beacons
			// between its steps, as a browser's capture shows them.
			for k, e := range flow(len(es)) {
				if k > 0 {
					for j := 0; j < NoiseBetween; j++ {
						es = append(es, noise(len(es)))
					}
				}
				es = append(es, e)
			}
			continue
		}
		es = append(es, noise(len(es)))
	}
	har := map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "WebInspector", "version": "537.36"},
		"pages": []any{}, "entries": es}}
	b, err := json.MarshalIndent(har, "", " ")
	if err != nil {
		panic(err)
	}
	return b
}
