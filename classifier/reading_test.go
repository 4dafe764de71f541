package classifier_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// partial401 is what a reader makes of a client library's error object: the
// status from a field, two headers from a printed map, not the whole block.
func partial401(complete bool, conf parse.StatusConfidence) *parse.Input {
	r := &parse.Response{Status: 401, StatusConf: conf, HeadersComplete: complete, Pos: parse.Pos{Line: 2},
		Fields: parse.Fields{
			{Name: "Content-Type", Value: "application/json", Pos: parse.Pos{Line: 3}},
			{Name: "Set-Cookie", Value: "sessionid=3f9a0c; Path=/", Pos: parse.Pos{Line: 4}},
		},
		Body: parse.Body{Text: `{"detail":"no session"}`, Pos: parse.Pos{Line: 5}}}
	q := &parse.Request{Method: "GET", Target: "/api/items", URL: "https://api.example.com/api/items", Pos: parse.Pos{Line: 1},
		Fields: parse.Fields{{Name: "Origin", Value: "https://app.example.com", Pos: parse.Pos{Line: 1}}}}
	x := &parse.Exchange{Request: q, Response: r, Format: "raw", Span: parse.Span{Start: 1, End: 5}}
	if !complete {
		x.Reading = parse.Reading{General: true, Summary: "a client error object: status from a field, 2 headers from a printed map"}
	}
	return &parse.Input{Format: "raw", Exchanges: []*parse.Exchange{x}, Lines: 5}
}

func findingNames(x classifier.ExchangeReport) []string {
	var out []string
	for _, f := range x.Findings {
		out = append(out, f.Name)
	}
	return out
}

// Findings about something missing need the whole header block; a partial
// read hedges in the explanation and says how to get a full answer.
func TestMissingNeedsCompleteHeaders(t *testing.T) {
	missing := []string{"missing-www-authenticate", "cors-hides-401", "session-cookie-flags"}
	full := classifier.AnalyzeInput(partial401(true, parse.StatusLine), classifier.Options{}).Exchanges[0]
	for _, n := range missing {
		if !slices.Contains(findingNames(full), n) {
			t.Errorf("whole header block: %s not reported (got %v)", n, findingNames(full))
		}
	}
	part := classifier.AnalyzeInput(partial401(false, parse.StatusField), classifier.Options{}).Exchanges[0]
	for _, n := range missing {
		if slices.Contains(findingNames(part), n) {
			t.Errorf("partial read: %s reported although the header block was not seen whole", n)
		}
	}
	if part.Verdict.Class != rule.Authentication {
		t.Errorf("partial read: class %s, want authentication from the status field", part.Verdict.Class)
	}
	if !strings.Contains(part.Verdict.Explanation, "whether a WWW-Authenticate challenge came with this 401 is not known") {
		t.Errorf("partial read: explanation does not hedge: %s", part.Verdict.Explanation)
	}
	rd := part.Reading
	if !rd.General || rd.Status != "field" || rd.HeadersComplete || !rd.Partial || !strings.Contains(rd.Advice, "curl -sv 'https://api.example.com/api/items'") {
		t.Errorf("partial read: reading %+v", rd)
	}
	if fr := full.Reading; fr.Status != "status-line" || !fr.HeadersComplete || fr.Partial || fr.Summary != "raw HTTP messages" {
		t.Errorf("whole read: reading %+v", fr)
	}
}

// The reading object is in the JSON report with every documented member.
func TestReadingJSON(t *testing.T) {
	b := classifier.AnalyzeJSON("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n", classifier.Options{})
	var rep struct {
		Exchanges []struct {
			Reading map[string]any `json:"reading"`
		} `json:"exchanges"`
	}
	if err := json.Unmarshal(b, &rep); err != nil || len(rep.Exchanges) != 1 {
		t.Fatalf("%v: %s", err, b)
	}
	for _, k := range []string{"summary", "general", "inferred", "status", "headersComplete", "partial"} {
		if _, ok := rep.Exchanges[0].Reading[k]; !ok {
			t.Errorf("reading lacks %q: %v", k, rep.Exchanges[0].Reading)
		}
	}
}

// The status is a prior weighted by how it was read: the same weak named
// evidence overrides a status read from prose but not one from a status line.
func TestStatusPriorByConfidence(t *testing.T) {
	prev := 0
	for _, c := range []parse.StatusConfidence{parse.StatusImplied, parse.StatusProse, parse.StatusField, parse.StatusLine} {
		in := partial401(c == parse.StatusLine, c)
		x := classifier.AnalyzeInput(in, classifier.Options{}).Exchanges[0]
		var w int
		for _, s := range append(x.Verdict.Reasons, x.Verdict.Overruled...) {
			if s.Kind == rule.KindStatus {
				w = s.Weight
			}
		}
		if w <= prev || w >= int(rule.TierRequest) {
			t.Errorf("%s: status weight %d, want above %d and below the request tier", c, w, prev)
		}
		prev = w
	}
}

// When named evidence overrides the status, the explanation says which.
func TestOverrideNamed(t *testing.T) {
	rep, err := classifier.Analyze("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{\"error\":{\"code\":\"AUTH_REQUIRED\",\"hint\":\"x\"}}", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := rep.Exchanges[0].Verdict
	if v.Class != rule.Authentication || !strings.Contains(v.Explanation, "On its own the status 404 would mean") || !strings.Contains(v.Explanation, "the error code in the body outranks it") {
		t.Errorf("%s: %s", v.Class, v.Explanation)
	}
}
