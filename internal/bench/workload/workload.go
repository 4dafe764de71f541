// Package workload makes the inputs of `make bench` (issue #6) and times the
// bulk work on them. It builds for every target: the bench runs the same
// measurement natively and as js/wasm under Node (internal/bench/probe).
package workload

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier"
)

// NV is a HAR name/value pair.
type NV struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// HAR is a plain HAR 1.2 document, as a program would decode one with
// encoding/json: the floor the classifier's bulk speed is compared with.
type HAR struct {
	Log struct {
		Version string `json:"version"`
		Creator struct {
			Name    string `json:"name"`
			Version string `json:"version"`
		} `json:"creator"`
		Pages   []Page  `json:"pages"`
		Entries []Entry `json:"entries"`
	} `json:"log"`
}

// Page is a HAR page.
type Page struct {
	StartedDateTime string             `json:"startedDateTime"`
	ID              string             `json:"id"`
	Title           string             `json:"title"`
	PageTimings     map[string]float64 `json:"pageTimings"`
}

// Entry is one HAR entry.
type Entry struct {
	Pageref         string             `json:"pageref,omitempty"`
	StartedDateTime string             `json:"startedDateTime"`
	Time            float64            `json:"time"`
	Request         Request            `json:"request"`
	Response        Response           `json:"response"`
	Cache           struct{}           `json:"cache"`
	Timings         map[string]float64 `json:"timings"`
	ServerIP        string             `json:"serverIPAddress,omitempty"`
	Connection      string             `json:"connection,omitempty"`
	Initiator       map[string]string  `json:"_initiator,omitempty"`
	Priority        string             `json:"_priority,omitempty"`
	ResourceType    string             `json:"_resourceType,omitempty"`
}

// Request is a HAR request.
type Request struct {
	Method      string    `json:"method"`
	URL         string    `json:"url"`
	HTTPVersion string    `json:"httpVersion"`
	Headers     []NV      `json:"headers"`
	QueryString []NV      `json:"queryString"`
	Cookies     []NV      `json:"cookies"`
	HeadersSize int       `json:"headersSize"`
	BodySize    int       `json:"bodySize"`
	PostData    *PostData `json:"postData,omitempty"`
}

// PostData is a HAR request body.
type PostData struct {
	MimeType string `json:"mimeType"`
	Text     string `json:"text"`
}

// Response is a HAR response.
type Response struct {
	Status      int     `json:"status"`
	StatusText  string  `json:"statusText"`
	HTTPVersion string  `json:"httpVersion"`
	Headers     []NV    `json:"headers"`
	Cookies     []NV    `json:"cookies"`
	Content     Content `json:"content"`
	RedirectURL string  `json:"redirectURL"`
	HeadersSize int     `json:"headersSize"`
	BodySize    int     `json:"bodySize"`
	Error       string  `json:"_error,omitempty"`
}

// Content is a HAR response body.
type Content struct {
	Size     int    `json:"size"`
	MimeType string `json:"mimeType"`
	Text     string `json:"text,omitempty"`
	Encoding string `json:"encoding,omitempty"`
}

// GenerateHAR returns a DevTools-like HAR export of at least size bytes (and
// the number of entries in it): a single-page app session with page loads,
// static assets, API calls and their refusals: mostly 200s, with 304, 302 to
// a login page, 401 with and without a challenge, 403 with JSON or HTML
// bodies, 429 and blocked requests. The same size gives the same bytes.
func GenerateHAR(size int) ([]byte, int) {
	r := rand.New(rand.NewPCG(6, 2024))
	var b bytes.Buffer
	b.Grow(size + 64<<10)
	b.WriteString(`{
  "log": {
    "version": "1.2",
    "creator": {
      "name": "WebInspector",
      "version": "537.36"
    },
    "pages": [
      {
        "startedDateTime": "2024-05-02T09:30:58.112Z",
        "id": "page_1",
        "title": "https://app.example.com/projects",
        "pageTimings": {
          "onContentLoad": 412.3,
          "onLoad": 988.1
        }
      }
    ],
    "entries": [`)
	n := 0
	for b.Len() < size {
		e := entry(r, n)
		j, err := json.MarshalIndent(e, "      ", "  ")
		if err != nil {
			panic(err) // plain structs: cannot fail
		}
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n      ")
		b.Write(j)
		n++
	}
	b.WriteString("\n    ]\n  }\n}\n")
	return b.Bytes(), n
}

var (
	apiPaths = []string{"/api/v2/projects/%d/items?page=%d&per_page=50", "/api/v2/projects/%d", "/api/v2/users/me",
		"/api/v2/projects/%d/members", "/api/v2/projects/%d/pipelines?status=running&ref=main", "/api/v2/search?q=release+%d"}
	assets = []struct{ path, mime string }{
		{"/static/js/main.%x.js", "application/javascript"}, {"/static/css/app.%x.css", "text/css"},
		{"/static/img/logo.%x.png", "image/png"}, {"/static/fonts/inter.%x.woff2", "font/woff2"},
	}
)

// apiPath fills the k-th API path with as many of project and page as it takes.
func apiPath(k, project, page int) string {
	args := []any{project, page}[:strings.Count(apiPaths[k], "%d")]
	return fmt.Sprintf(apiPaths[k], args...)
}

func commonReq(host, method, path string) []NV {
	return []NV{
		{":authority", host}, {":method", method}, {":path", path}, {":scheme", "https"},
		{"accept", "application/json, text/plain, */*"}, {"accept-encoding", "gzip, deflate, br, zstd"},
		{"accept-language", "en-GB,en;q=0.9,de;q=0.8"}, {"origin", "https://" + host},
		{"referer", "https://" + host + "/projects"},
		{"sec-ch-ua", `"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"`},
		{"sec-ch-ua-mobile", "?0"}, {"sec-ch-ua-platform", `"Linux"`},
		{"sec-fetch-dest", "empty"}, {"sec-fetch-mode", "cors"}, {"sec-fetch-site", "same-origin"},
		{"user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"},
	}
}

func commonResp(r *rand.Rand, i int, mime string) []NV {
	return []NV{
		{"content-type", mime}, {"date", fmt.Sprintf("Thu, 02 May 2024 09:%02d:%02d GMT", 31+i/3600%28, i/60%60)},
		{"server", "envoy"}, {"vary", "Origin, Accept-Encoding"},
		{"x-request-id", fmt.Sprintf("%08x-%04x-4%03x-9a33-%012x", r.Uint32(), r.IntN(1<<16), r.IntN(1<<12), r.Uint64()>>16)},
		{"strict-transport-security", "max-age=63072000; includeSubDomains; preload"},
		{"x-content-type-options", "nosniff"}, {"x-envoy-upstream-service-time", fmt.Sprint(r.IntN(300))},
	}
}

func jwt(r *rand.Rand) string {
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	s := make([]byte, 43)
	for k := range s {
		s[k] = a[r.IntN(len(a))]
	}
	return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxODkzNDU2MDAwfQ." + string(s)
}

// entry makes the i-th HAR entry; its kind follows a fixed mix.
func entry(r *rand.Rand, i int) Entry {
	const host = "app.example.com"
	var e Entry
	e.Pageref = "page_1"
	e.StartedDateTime = fmt.Sprintf("2024-05-02T09:%02d:%02d.%03dZ", 31+i/3600%28, i/60%60, r.IntN(1000))
	e.Time = float64(r.IntN(40000))/100 + 0.5
	e.Timings = map[string]float64{"blocked": 0.4, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": e.Time - 2, "receive": 1.5, "_blocked_queueing": 0.3}
	e.ServerIP = "203.0.113.45"
	e.Connection = fmt.Sprint(1000 + r.IntN(8))
	e.Priority = "High"
	e.Initiator = map[string]string{"type": "script"}
	e.Request.HTTPVersion, e.Response.HTTPVersion = "http/2.0", "http/2.0"
	e.Request.HeadersSize, e.Request.BodySize, e.Response.HeadersSize = -1, 0, -1
	e.Request.Cookies, e.Response.Cookies, e.Request.QueryString = []NV{}, []NV{}, []NV{}
	kind := r.IntN(100)
	switch {
	case kind < 15: // static asset, body not captured
		a := assets[r.IntN(len(assets))]
		path := fmt.Sprintf(a.path, r.Uint32())
		e.Request.Method, e.Request.URL = "GET", "https://"+host+path
		e.Request.Headers = commonReq(host, "GET", path)
		e.ResourceType = "script"
		st := 200
		if r.IntN(3) == 0 {
			st = 304
		}
		e.Response.Status, e.Response.StatusText = st, ""
		e.Response.Headers = append(commonResp(r, i, a.mime), NV{"cache-control", "public, max-age=31536000, immutable"}, NV{"etag", fmt.Sprintf(`"%x"`, r.Uint64())})
		e.Response.Content = Content{Size: 1000 + r.IntN(200000), MimeType: a.mime}
		return e
	case kind < 18: // document
		e.Request.Method, e.Request.URL = "GET", "https://"+host+"/projects"
		e.Request.Headers = commonReq(host, "GET", "/projects")
		e.ResourceType = "document"
		e.Response.Status = 200
		e.Response.Headers = append(commonResp(r, i, "text/html; charset=utf-8"), NV{"content-security-policy", "default-src 'self'; script-src 'self'; object-src 'none'"})
		var h strings.Builder
		h.WriteString("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Projects · Example</title><link rel=\"stylesheet\" href=\"/static/css/app.css\"></head><body><div id=\"root\">")
		for k := 0; k < 20; k++ {
			fmt.Fprintf(&h, "<li class=\"project\"><a href=\"/projects/%d\">Project %d</a><span class=\"meta\">updated 2024-05-0%d</span></li>", k, k, 1+k%9)
		}
		h.WriteString("</div><script src=\"/static/js/main.js\"></script></body></html>")
		e.Response.Content = Content{Size: h.Len(), MimeType: "text/html", Text: h.String()}
		e.Response.BodySize = h.Len()
		return e
	}
	// API call
	project := r.IntN(97)
	path := apiPath(r.IntN(len(apiPaths)), project, r.IntN(9))
	method := "GET"
	if r.IntN(5) == 0 {
		method = "POST"
	}
	e.Request.Method, e.Request.URL = method, "https://"+host+path
	e.Request.Headers = append(commonReq(host, method, path), NV{"authorization", "Bearer " + jwt(r)}, NV{"x-csrf-token", fmt.Sprintf("%016x", r.Uint64())})
	e.Request.Cookies = []NV{{"session", fmt.Sprintf("%032x", r.Uint64())}, {"_ga", "GA1.1.123456789.1714640000"}}
	e.Request.Headers = append(e.Request.Headers, NV{"cookie", "session=" + e.Request.Cookies[0].Value + "; _ga=GA1.1.123456789.1714640000"})
	if method == "POST" {
		body := fmt.Sprintf(`{"name":"Item %d","labels":["backend"],"assignee":"user-42"}`, i)
		e.Request.PostData = &PostData{MimeType: "application/json", Text: body}
		e.Request.BodySize = len(body)
		e.Request.Headers = append(e.Request.Headers, NV{"content-type", "application/json"})
	}
	e.ResourceType = "fetch"
	resp := commonResp(r, i, "application/json; charset=utf-8")
	var st int
	var text string
	switch k := r.IntN(100); {
	case k < 62:
		st = 200
		var bb strings.Builder
		bb.WriteString(`{"items":[`)
		for m := 0; m < 1+r.IntN(8); m++ {
			if m > 0 {
				bb.WriteByte(',')
			}
			fmt.Fprintf(&bb, `{"id":%d,"name":"Item %d of project %d","state":"open","labels":["backend","p%d"],"updated_at":"2024-05-01T12:00:00Z","author":{"id":42,"login":"user-42"}}`, r.IntN(1e6), m, project, m%3)
		}
		bb.WriteString(`],"page":1,"per_page":50}`)
		text = bb.String()
	case k < 67:
		st = 304
	case k < 72:
		st = 204
	case k < 75:
		st = 302
		resp = append(resp, NV{"location", "https://login.example.com/oauth2/authorize?client_id=app&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=" + fmt.Sprintf("%x", r.Uint64())})
		e.Response.RedirectURL = resp[len(resp)-1].Value
	case k < 84:
		st = 401
		if r.IntN(4) > 0 {
			resp = append(resp, NV{"www-authenticate", `Bearer realm="app", error="invalid_token", error_description="The access token expired"`})
		}
		text = fmt.Sprintf(`{"error":"invalid_token","error_description":"The access token expired","request_id":"%x"}`, r.Uint64())
	case k < 93:
		st = 403
		if r.IntN(3) == 0 {
			resp[0].Value = "text/html"
			text = "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
		} else {
			text = fmt.Sprintf(`{"error":"forbidden","message":"You need the \"maintainer\" role on project %d to do this.","required_role":"maintainer","request_id":"%x"}`, project, r.Uint64())
		}
	case k < 96:
		st = 429
		resp = append(resp, NV{"retry-after", fmt.Sprint(1 + r.IntN(60))}, NV{"x-ratelimit-remaining", "0"})
		text = `{"error":"rate_limited","message":"Too many requests"}`
	case k < 98:
		st = 500
		text = `{"error":"internal","message":"upstream connect error or disconnect/reset before headers"}`
	default:
		st = 0
		e.Response.Error = "net::ERR_BLOCKED_BY_CLIENT"
		resp = []NV{}
	}
	e.Response.Status = st
	e.Response.StatusText = ""
	e.Response.Headers = resp
	e.Response.Content = Content{Size: len(text), MimeType: "application/json", Text: text}
	if strings.HasPrefix(resp0(resp), "text/html") {
		e.Response.Content.MimeType = "text/html"
	}
	e.Response.BodySize = len(text)
	return e
}

func resp0(h []NV) string {
	if len(h) == 0 {
		return ""
	}
	return h[0].Value
}

// ColdPaste is the first visitor's paste: two exchanges, a 401 with its
// challenge and a 403, as one copies them from a terminal. make bench times
// it on a first visit; internal/wasmsize -cold counts the code it makes the
// engine compile.
const ColdPaste = "GET /api/v1/orders/1842 HTTP/1.1\n" +
	"Host: api.example.com\n" +
	"Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJl\n" +
	"Accept: application/json\n" +
	"\n" +
	"HTTP/1.1 401 Unauthorized\n" +
	"WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"\n" +
	"Content-Type: application/json\n" +
	"\n" +
	"{\"error\":\"invalid_token\"}\n" +
	"\n" +
	"GET /api/v1/admin/users HTTP/1.1\n" +
	"Host: api.example.com\n" +
	"Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjo0MTAwMDAwMDAwfQ.c2lnbmF0dXJl\n" +
	"\n" +
	"HTTP/1.1 403 Forbidden\n" +
	"Content-Type: application/json\n" +
	"\n" +
	"{\"error\":\"insufficient_scope\",\"message\":\"requires scope admin:users\"}\n"

// Typical is one typical refused exchange of about 5 KB, as a person would
// paste it: the request with its headers, a 401 with a challenge, and the
// gateway's HTML error page. run is written into a request header, so that
// successive pastes differ and the page analyses each one.
func Typical(run int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `GET /api/v2/projects/4711/pipelines?status=running&ref=main HTTP/1.1
Host: gitlab.example.com
User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
Accept: application/json, text/plain, */*
Accept-Language: en-GB,en;q=0.9
Accept-Encoding: gzip, deflate, br
Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjIwMjQtMDUifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIiwic3ViIjoidXNlci00MiIsImF1ZCI6ImFwaSIsImV4cCI6MTcxNDY0MTg3MCwiaWF0IjoxNzE0NjM4MjcwLCJzY29wZSI6InJlYWRfdXNlciJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtbm90LXJlYWwtc2lnbmF0dXJlLWJ5dGVzLWhlcmU
X-Request-Id: bench-%06d
Origin: https://gitlab.example.com
Referer: https://gitlab.example.com/group/project/-/pipelines
Cookie: _gitlab_session=4f2a9c1e7b3d5a8f0e6c2b9d1a7f3e5c; known_sign_in=dHJ1ZQ%%3D%%3D; event_filter=all
Sec-Fetch-Dest: empty
Sec-Fetch-Mode: cors
Sec-Fetch-Site: same-origin

HTTP/1.1 401 Unauthorized
Server: nginx
Date: Thu, 02 May 2024 09:31:10 GMT
Content-Type: text/html; charset=utf-8
Content-Length: 3187
Connection: keep-alive
WWW-Authenticate: Bearer realm="gitlab", error="invalid_token", error_description="Token is expired. You can either do re-authorization or token refresh."
Cache-Control: no-cache
X-Content-Type-Options: nosniff
X-Frame-Options: SAMEORIGIN
X-Request-Id: 01HX3K9Q7T5V2B8N4M6C1D0E9F
X-Runtime: 0.031245
Strict-Transport-Security: max-age=63072000
Referrer-Policy: strict-origin-when-cross-origin

`, run)
	b.WriteString(`<!DOCTYPE html>
<html>
<head>
  <meta content="width=device-width, initial-scale=1, maximum-scale=1" name="viewport">
  <title>Sign in required (401)</title>
  <style>
    body { color: #666; text-align: center; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; margin: auto; font-size: 14px; }
    h1 { font-size: 56px; line-height: 100px; font-weight: 400; color: #456; }
    h2 { font-size: 24px; color: #666; line-height: 1.5em; }
    h3 { color: #456; font-size: 20px; font-weight: 400; line-height: 28px; }
    hr { max-width: 800px; margin: 18px auto; border: 0; border-top: 1px solid #EEE; border-bottom: 1px solid white; }
    .container { margin: auto 20px; }
    .error-details { font-size: 12px; color: #999; }
  </style>
</head>
<body>
  <h1>401</h1>
  <div class="container">
    <h3>You need to sign in again.</h3>
    <hr />
    <p>Your access token has expired or was revoked. Refresh the token or sign in again to continue.</p>
    <p>If you use a personal access token, check its expiry date and its scopes (api, read_api) in your user settings.</p>
    <p class="error-details">Request ID: 01HX3K9Q7T5V2B8N4M6C1D0E9F · Correlation ID: 7d9f3a1c5e2b4d6f</p>
  </div>
`)
	for b.Len() < 5000 {
		b.WriteString("  <!-- padding so the error page is larger than the browser's friendly-error threshold -->\n")
	}
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

// Bulk is the timing of the bulk work on one HAR, in milliseconds per run.
type Bulk struct {
	Bytes       int       `json:"bytes"`
	Entries     int       `json:"entries"`
	Exchanges   int       `json:"exchanges"`
	ReportBytes int       `json:"reportBytes"`
	Analyze     []float64 `json:"analyzeMs"`     // classifier.Analyze
	AnalyzeJSON []float64 `json:"analyzeJsonMs"` // classifier.AnalyzeJSON, what the page calls
	Decode      []float64 `json:"decodeMs"`      // json.Unmarshal into HAR
	// Typical is classifier.AnalyzeJSON on the Typical paste, after the
	// bulk runs and a warm-up.
	Typical []float64 `json:"typicalMs"`
}

// MeasureTypical times classifier.AnalyzeJSON on the Typical paste, runs
// times after 5 untimed runs.
func MeasureTypical(runs int) []float64 {
	var out []float64
	for i := -5; i < runs; i++ {
		p := Typical(i + 1000)
		t0 := time.Now()
		_ = classifier.AnalyzeJSON(p, classifier.Options{})
		if i >= 0 {
			out = append(out, ms(time.Since(t0)))
		}
	}
	return out
}

// MeasureBulk times, runs times each, interleaved: classifier.Analyze,
// classifier.AnalyzeJSON and json.Unmarshal into a plain HAR, on text.
// A small HAR goes through all three first, so that one-time set-up (tables,
// compiled patterns) is not charged to the first run, and each timed step
// starts after a garbage collection.
func MeasureBulk(text string, runs int) (Bulk, error) {
	res := Bulk{Bytes: len(text)}
	warm, _ := GenerateHAR(64 << 10)
	var wh HAR
	_ = json.Unmarshal(warm, &wh)
	_, _ = classifier.Analyze(string(warm), classifier.Options{})
	_ = classifier.AnalyzeJSON(string(warm), classifier.Options{})
	for i := 0; i < runs; i++ {
		runtime.GC()
		t0 := time.Now()
		var h HAR
		if err := json.Unmarshal([]byte(text), &h); err != nil {
			return res, fmt.Errorf("decoding the HAR: %w", err)
		}
		res.Decode = append(res.Decode, ms(time.Since(t0)))
		res.Entries = len(h.Log.Entries)
		h = HAR{}

		runtime.GC()
		t0 = time.Now()
		rep, err := classifier.Analyze(text, classifier.Options{})
		if err != nil {
			return res, fmt.Errorf("analysing the HAR: %w", err)
		}
		res.Analyze = append(res.Analyze, ms(time.Since(t0)))
		res.Exchanges = len(rep.Exchanges)
		rep = nil

		runtime.GC()
		t0 = time.Now()
		out := classifier.AnalyzeJSON(text, classifier.Options{})
		res.AnalyzeJSON = append(res.AnalyzeJSON, ms(time.Since(t0)))
		res.ReportBytes = len(out)
	}
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Median returns the median of xs (0 for none).
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
