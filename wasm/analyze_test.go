package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

// errorOf decodes an error answer, failing the test when b is not one.
func errorOf(t *testing.T, b []byte) classifier.ErrorBody {
	t.Helper()
	var e struct {
		Error *classifier.ErrorBody `json:"error"`
	}
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, b)
	}
	if e.Error == nil {
		t.Fatalf("want an error answer, got %s", b)
	}
	return *e.Error
}

func TestAnalyzeReport(t *testing.T) {
	b := analyze("GET / HTTP/1.1\nHost: example.com\n\nHTTP/1.1 401 Unauthorized\n\n", "")
	var rep classifier.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("decoding report: %v\n%s", err, b)
	}
	if rep.Tool != "authtriage" || rep.Version != version() {
		t.Errorf("tool/version = %q/%q, want authtriage/%s", rep.Tool, rep.Version, version())
	}
	if len(rep.Exchanges) != 1 {
		t.Fatalf("got %d exchanges, want 1:\n%s", len(rep.Exchanges), b)
	}
	if got := rep.Exchanges[0].Verdict.Class; got != "authentication" {
		t.Errorf("class = %q, want authentication", got)
	}
}

// The options object reaches the classifier: disabling a rule removes its
// finding, by ID or by name.
func TestAnalyzeOptionsDisable(t *testing.T) {
	const paste = "HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n"
	has := func(b []byte, id string) bool {
		var rep classifier.Report
		if err := json.Unmarshal(b, &rep); err != nil {
			t.Fatalf("decoding report: %v\n%s", err, b)
		}
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				if f.Rule == id {
					return true
				}
			}
		}
		return false
	}
	if !has(analyze(paste, ""), "AT1001") {
		t.Fatalf("AT1001 does not fire on a 401 without a challenge; the test needs it to")
	}
	for _, opt := range []string{`{"disable":["AT1001"]}`, `{"disable":["missing-www-authenticate"]}`} {
		if has(analyze(paste, opt), "AT1001") {
			t.Errorf("options %s: AT1001 still reported", opt)
		}
	}
}

func TestAnalyzeBadOptions(t *testing.T) {
	for _, opt := range []string{`{"disable":"AT1001"}`, `{"disabel":["AT1001"]}`, `[1,2]`, `{`} {
		e := errorOf(t, analyze("HTTP/1.1 401 Unauthorized\n\n", opt))
		if !strings.HasPrefix(e.Message, "options: ") || e.Internal {
			t.Errorf("options %s: error %+v, want a usage error about the options", opt, e)
		}
	}
}

func TestAnalyzeParseErrorKeepsLine(t *testing.T) {
	// Nothing recognisable: the answer is the classifier's error, naming the
	// first line that is not blank.
	e := errorOf(t, analyze("\nthis is not\nan HTTP message\n", ""))
	if e.Line != 2 || e.Message == "" || e.Expected == "" || e.Internal {
		t.Errorf("error %+v: want line 2, a message and what was expected", e)
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	var nilReport *classifier.Report
	for name, fn := range map[string]func() []byte{
		"panic with a value":  func() []byte { panic("rule table broken") },
		"nil pointer (a bug)": func() []byte { return []byte(nilReport.Tool) },
	} {
		e := errorOf(t, guard(fn))
		if !e.Internal || !strings.HasPrefix(e.Message, "internal error: ") {
			t.Errorf("%s: got %+v, want an internal error", name, e)
		}
	}
	if got := string(guard(func() []byte { return []byte(`{"ok":1}`) })); got != `{"ok":1}` {
		t.Errorf("guard changed a normal answer: %s", got)
	}
}

// open keeps the report and answers its summary; page hands out filtered
// pages of it, never more than classifier.MaxPage, and a failed open forgets the old one.
func TestOpenAndPage(t *testing.T) {
	text := strings.Repeat("HTTP/1.1 401 Unauthorized\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nno\n\n", 150)
	var sum struct {
		ExchangeCount int            `json:"exchangeCount"`
		Omitted       int            `json:"omitted"`
		Summary       map[string]any `json:"summary"`
		Exchanges     any            `json:"exchanges"`
	}
	if err := json.Unmarshal(openWith(text, `{"keepAtMost": 250}`, nil), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.ExchangeCount != 250 || sum.Omitted != 50 || sum.Exchanges != nil {
		t.Errorf("summary: %d kept, %d omitted, exchanges %v; want 250, 50 and no exchanges", sum.ExchangeCount, sum.Omitted, sum.Exchanges)
	}
	var pg struct {
		Total int `json:"total"`
		Items []struct {
			Index   int `json:"index"`
			Verdict struct {
				Class string `json:"class"`
			} `json:"verdict"`
		} `json:"items"`
	}
	if err := json.Unmarshal(pageJSON(`{"offset": 10, "limit": 5, "classes": ["authorization"]}`), &pg); err != nil {
		t.Fatal(err)
	}
	if pg.Total != 125 || len(pg.Items) != 5 || pg.Items[0].Index != 21 || pg.Items[0].Verdict.Class != "authorization" {
		t.Errorf("page: %+v; want 125 authorization exchanges, 5 from the 11th (index 21)", pg)
	}
	if err := json.Unmarshal(pageJSON(`{"limit": 100000}`), &pg); err != nil || len(pg.Items) != classifier.MaxPage {
		t.Errorf("a huge limit gave %d items (%v); want at most %d", len(pg.Items), err, classifier.MaxPage)
	}
	if err := json.Unmarshal(pageJSON(`{"text": "FORBIDDEN"}`), &pg); err != nil || pg.Total != 125 {
		t.Errorf("text filter: %d; want the 125 403s", pg.Total)
	}
	if b := openWith("\x00\x01\x02\x03\x04\x05\x06\x07\x08", "", nil); !strings.Contains(string(b), `"error"`) {
		t.Fatalf("binary input opened: %s", b)
	}
	if b := pageJSON(""); !strings.Contains(string(b), "no analysis yet") {
		t.Errorf("after a failed open, page answered %s", b)
	}
}

// open and page write each answer over the buffer of the one before
// (answerBuf), the same bytes as a fresh buffer, and keep no buffer bigger
// than maxKeptAnswer.
func TestAnswerBufferReused(t *testing.T) {
	text := "GET /v1/reports HTTP/1.1\nHost: api.test\nAuthorization: Bearer q7.w8.e9\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\"\n\n"
	first := string(openWith(text, "", nil))
	p1 := pageJSON("")
	page := string(p1)
	p2 := pageJSON("")
	if &p1[:1][0] != &p2[:1][0] {
		t.Error("the second page was written into a new buffer")
	}
	answerBuf = nil
	if got := string(openWith(text, "", nil)); got != first {
		t.Errorf("open into a fresh buffer: %s\nover the old one: %s", got, first)
	}
	if got := string(pageJSON("")); got != page {
		t.Errorf("page into a fresh buffer differs: %s\nwant %s", got, page)
	}
	answer(make([]byte, 0, maxKeptAnswer+1))
	if answerBuf != nil {
		t.Errorf("a %d-byte buffer was kept", maxKeptAnswer+1)
	}
}

// A typical paste keeps the runtime's default pace (its first analysis runs
// no collection); from bigInput on, the collector runs at half the growth.
func TestGCPercentBySize(t *testing.T) {
	for _, c := range []struct{ n, want int }{{0, 100}, {5 << 10, 100}, {bigInput - 1, 100}, {bigInput, 50}, {64 << 20, 50}} {
		if got := gcPercent(c.n); got != c.want {
			t.Errorf("gcPercent(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}
