package parse

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// Plain HAR structs: what a program would decode a HAR into with
// encoding/json. BenchmarkJSONDecodeHAR measures that, as the floor the
// HAR reader is compared with.
type benchNV struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type benchHAR struct {
	Log struct {
		Version string `json:"version"`
		Creator struct {
			Name    string `json:"name"`
			Version string `json:"version"`
		} `json:"creator"`
		Entries []benchEntry `json:"entries"`
	} `json:"log"`
}

type benchEntry struct {
	StartedDateTime string  `json:"startedDateTime"`
	Time            float64 `json:"time"`
	Request         struct {
		Method      string    `json:"method"`
		URL         string    `json:"url"`
		HTTPVersion string    `json:"httpVersion"`
		Headers     []benchNV `json:"headers"`
		QueryString []benchNV `json:"queryString"`
		Cookies     []benchNV `json:"cookies"`
		HeadersSize int       `json:"headersSize"`
		BodySize    int       `json:"bodySize"`
	} `json:"request"`
	Response struct {
		Status      int       `json:"status"`
		StatusText  string    `json:"statusText"`
		HTTPVersion string    `json:"httpVersion"`
		Headers     []benchNV `json:"headers"`
		Cookies     []benchNV `json:"cookies"`
		Content     struct {
			Size     int    `json:"size"`
			MimeType string `json:"mimeType"`
			Text     string `json:"text,omitempty"`
			Encoding string `json:"encoding,omitempty"`
		} `json:"content"`
		RedirectURL string `json:"redirectURL"`
		HeadersSize int    `json:"headersSize"`
		BodySize    int    `json:"bodySize"`
		Error       string `json:"_error,omitempty"`
	} `json:"response"`
	Cache    struct{}           `json:"cache"`
	Timings  map[string]float64 `json:"timings"`
	ServerIP string             `json:"serverIPAddress"`
	Conn     string             `json:"connection"`
	Priority string             `json:"_priority"`
	Resource string             `json:"_resourceType"`
}

var (
	benchHAROnce sync.Once
	benchHARText string
)

// makeBenchHAR builds a DevTools-like HAR export of a single-page app
// session: API calls, some refused, with realistic headers and JSON bodies.
func makeBenchHAR(entries int) string {
	var h benchHAR
	h.Log.Version = "1.2"
	h.Log.Creator.Name = "WebInspector"
	h.Log.Creator.Version = "537.36"
	statuses := []int{200, 200, 200, 304, 401, 200, 403, 200, 204, 0}
	for i := 0; i < entries; i++ {
		var e benchEntry
		e.StartedDateTime = fmt.Sprintf("2024-05-02T09:%02d:%02d.%03dZ", i/3600%60, i/60%60, i%1000)
		e.Time = float64(i%250) + 0.5
		e.Request.Method = []string{"GET", "POST", "GET", "OPTIONS"}[i%4]
		e.Request.URL = fmt.Sprintf("https://app.example.com/api/v2/projects/%d/items?page=%d&per_page=50", i%97, i%7)
		e.Request.HTTPVersion = "http/2.0"
		e.Request.Headers = []benchNV{
			{":authority", "app.example.com"}, {":method", e.Request.Method},
			{":path", fmt.Sprintf("/api/v2/projects/%d/items?page=%d&per_page=50", i%97, i%7)}, {":scheme", "https"},
			{"accept", "application/json, text/plain, */*"}, {"accept-encoding", "gzip, deflate, br, zstd"},
			{"accept-language", "en-GB,en;q=0.9,de;q=0.8"}, {"origin", "https://app.example.com"},
			{"referer", "https://app.example.com/projects"},
			{"sec-ch-ua", `"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"`},
			{"sec-fetch-dest", "empty"}, {"sec-fetch-mode", "cors"}, {"sec-fetch-site", "same-origin"},
			{"user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"},
		}
		e.Request.QueryString = []benchNV{{"page", fmt.Sprint(i % 7)}, {"per_page", "50"}}
		e.Request.Cookies = []benchNV{}
		e.Request.HeadersSize, e.Request.BodySize = -1, 0
		st := statuses[i%len(statuses)]
		e.Response.Status = st
		e.Response.HTTPVersion = "http/2.0"
		e.Response.Cookies = []benchNV{}
		e.Response.Headers = []benchNV{
			{"content-type", "application/json; charset=utf-8"}, {"date", "Thu, 02 May 2024 09:31:10 GMT"},
			{"server", "envoy"}, {"vary", "Origin, Accept-Encoding"}, {"x-request-id", fmt.Sprintf("%08x-5d1c-4e7b-9a33-%012x", i*7919, i*104729)},
			{"strict-transport-security", "max-age=63072000; includeSubDomains; preload"},
			{"cache-control", "no-store"}, {"x-content-type-options", "nosniff"}, {"x-envoy-upstream-service-time", fmt.Sprint(i % 300)},
		}
		switch st {
		case 401:
			e.Response.Headers = append(e.Response.Headers, benchNV{"www-authenticate", `Bearer realm="app", error="invalid_token", error_description="The access token expired"`})
			e.Response.Content.Text = `{"error":"invalid_token","error_description":"The access token expired","request_id":"` + fmt.Sprint(i) + `"}`
		case 403:
			e.Response.Content.Text = `{"error":"forbidden","message":"You need the \"maintainer\" role on project ` + fmt.Sprint(i%97) + ` to list items.","required_role":"maintainer"}`
		case 0:
			e.Response.Error = "net::ERR_BLOCKED_BY_CLIENT"
			e.Response.Headers = []benchNV{}
		case 200:
			var b strings.Builder
			b.WriteString(`{"items":[`)
			for k := 0; k < 6; k++ {
				if k > 0 {
					b.WriteByte(',')
				}
				fmt.Fprintf(&b, `{"id":%d,"name":"Item %d of project %d","state":"open","labels":["backend","p%d"],"updated_at":"2024-05-01T12:00:00Z"}`, i*10+k, k, i%97, k%3)
			}
			b.WriteString(`],"page":1,"per_page":50,"total":6}`)
			e.Response.Content.Text = b.String()
		}
		e.Response.Content.Size = len(e.Response.Content.Text)
		e.Response.Content.MimeType = "application/json"
		e.Response.HeadersSize, e.Response.BodySize = -1, e.Response.Content.Size
		e.Timings = map[string]float64{"blocked": 0.4, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 35.2, "receive": 1.3}
		e.ServerIP = "203.0.113.45"
		e.Conn = fmt.Sprint(1000 + i%4)
		e.Priority = "High"
		e.Resource = "fetch"
		h.Log.Entries = append(h.Log.Entries, e)
	}
	b, err := json.MarshalIndent(h, "", "  ")
	if err != nil {
		panic(err)
	}
	return string(b)
}

func benchHARInput() string {
	benchHAROnce.Do(func() { benchHARText = makeBenchHAR(1000) })
	return benchHARText
}

// benchRawInput is a curl -v session of many handshakes, as a long paste.
func benchRawInput() string {
	var b strings.Builder
	for i := 0; i < 25; i++ {
		b.WriteString(strings.ReplaceAll(formatTests[0].text, "build.tar", fmt.Sprintf("build-%d.tar", i)))
		b.WriteString(formatTests[1].text)
	}
	return b.String()
}

func TestBenchInputs(t *testing.T) {
	in, err := Parse(benchHARInput())
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1000 || in.Exchanges[4].Response.Status != 401 || in.Exchanges[9].Response.Error == "" {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	checkInvariants(t, in)
	raw, err := Parse(benchRawInput())
	if err != nil {
		t.Fatal(err)
	}
	if len(raw.Exchanges) != 100 {
		t.Fatalf("raw paste: %d exchanges", len(raw.Exchanges))
	}
}

func BenchmarkParseRaw(b *testing.B) {
	text := benchRawInput()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHAR(b *testing.B) {
	text := benchHARInput()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONDecodeHAR(b *testing.B) {
	text := benchHARInput()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		var h benchHAR
		if err := json.Unmarshal([]byte(text), &h); err != nil {
			b.Fatal(err)
		}
	}
}
