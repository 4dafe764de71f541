package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/secret"
)

// manyExchanges is n raw exchanges, every third one refused.
func manyExchanges(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		status := "200 OK"
		if i%3 == 0 {
			status = "401 Unauthorized"
		}
		fmt.Fprintf(&b, "GET /item/%d HTTP/1.1\nHost: example.com\n\nHTTP/1.1 %s\nContent-Length: 0\n\n", i, status)
	}
	return b.String()
}

// Progress goes parsing → analyzing (0 … total, rising) → encoding, and the
// answer is byte for byte what the classifier gives without progress.
func TestAnalyzeProgress(t *testing.T) {
	text := manyExchanges(100)
	type call struct {
		phase       string
		done, total int
	}
	var calls []call
	b := analyzeWith(text, "", func(phase string, done, total int) { calls = append(calls, call{phase, done, total}) })
	if want := classifier.AnalyzeJSON(text, classifier.Options{}); string(b) != string(want) {
		t.Fatalf("report with progress differs from AnalyzeJSON's")
	}
	if len(calls) < 4 {
		t.Fatalf("only %d progress calls: %v", len(calls), calls)
	}
	if last := calls[len(calls)-1]; last.phase != "encoding" || last.done != 100 || last.total != 100 {
		t.Errorf("last call %+v, want encoding 100/100", last)
	}
	if calls[0].phase != "parsing" || calls[len(calls)-1].phase != "encoding" {
		t.Errorf("first/last phase = %s/%s, want parsing/encoding", calls[0].phase, calls[len(calls)-1].phase)
	}
	var analyzing []call
	for _, c := range calls {
		if c.phase == "analyzing" {
			analyzing = append(analyzing, c)
		}
	}
	// The same bytes for reports big enough to be encoded in several steps,
	// with and without exchanges.
	for _, n := range []int{0, 1, 300} {
		big := manyExchanges(n)
		if n == 0 {
			big = "{\"log\": {\"entries\": []}}"
		}
		steps := 0
		got := analyzeWith(big, "", func(phase string, _, _ int) {
			if phase == "encoding" {
				steps++
			}
		})
		if want := classifier.AnalyzeJSON(big, classifier.Options{}); string(got) != string(want) {
			t.Errorf("%d exchanges: report differs from AnalyzeJSON's:\n%.300s\n%.300s", n, got, want)
		}
		if n == 300 && steps < 3 {
			t.Errorf("300 exchanges encoded in %d progress steps", steps)
		}
	}
	// 100 exchanges, a call every ProgressEvery, plus the first and the last.
	if want := 2 + (100-1)/classifier.ProgressEvery; len(analyzing) != want {
		t.Errorf("%d analyzing calls, want %d: %v", len(analyzing), want, analyzing)
	}
	for i, c := range analyzing {
		if c.total != 100 {
			t.Errorf("call %d: total %d, want 100", i, c.total)
		}
		if i > 0 && c.done <= analyzing[i-1].done {
			t.Errorf("call %d: done %d does not rise (previous %d)", i, c.done, analyzing[i-1].done)
		}
	}
	if last := analyzing[len(analyzing)-1]; last.done != 100 {
		t.Errorf("last analyzing call done=%d, want 100", last.done)
	}
}

// A parse error with progress is the same error answer as without.
func TestAnalyzeProgressParseError(t *testing.T) {
	const text = "{\"log\": {\"entries\": [ {\"request\": "
	got := analyzeWith(text, "", func(string, int, int) {})
	if want := classifier.AnalyzeJSON(text, classifier.Options{}); string(got) != string(want) {
		t.Errorf("got %s\nwant %s", got, want)
	}
	// And bad options are still refused.
	e := errorOf(t, analyzeWith("HTTP/1.1 401 Unauthorized\n\n", `{"nope":1}`, func(string, int, int) {}))
	if !strings.Contains(e.Message, "nope") {
		t.Errorf("message %q does not name the unknown option", e.Message)
	}
}

const secretPaste = "GET /private HTTP/1.1\nHost: example.com\nAuthorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l\nCookie: sid=s3cr3t-session-value\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n\n"

func TestRedactJSON(t *testing.T) {
	var got secret.Redaction
	if err := json.Unmarshal(redactJSON(secretPaste), &got); err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"YWxhZGRpbjpvcGVuc2VzYW1l", "s3cr3t-session-value"} {
		if strings.Contains(got.Text, leak) {
			t.Errorf("redacted text still holds %q:\n%s", leak, got.Text)
		}
	}
	if !strings.Contains(got.Text, "Host: example.com") || !strings.Contains(got.Text, "HTTP/1.1 403 Forbidden") {
		t.Errorf("redaction lost text that is not secret:\n%s", got.Text)
	}
	lines := map[int]bool{}
	for _, s := range got.Secrets {
		lines[s.Line] = true
		if s.Kind == "" || s.Label == "" {
			t.Errorf("secret without kind or label: %+v", s)
		}
		if strings.Contains(s.Label, "YWxh") || strings.Contains(s.Label, "s3cr3t") {
			t.Errorf("label carries the value: %+v", s)
		}
	}
	if !lines[3] || !lines[4] {
		t.Errorf("secrets on lines %v, want 3 and 4", lines)
	}
	// No secrets: the text comes back unchanged, secrets is [] not null.
	b := redactJSON("HTTP/1.1 401 Unauthorized\n\n")
	if !strings.Contains(string(b), `"secrets":[]`) {
		t.Errorf("no-secret answer: %s", b)
	}
}

func TestRenderJSON(t *testing.T) {
	for _, tc := range []struct {
		format, mime, want string
	}{
		{"markdown", "text/markdown", "# authtriage report"},
		{"text", "text/plain", "403"},
		{"sarif", "application/sarif+json", `"version": "2.1.0"`},
		{"json", "application/json", `"tool": "authtriage"`},
	} {
		b := renderJSON(secretPaste, `{"format":"`+tc.format+`","name":"capture.txt"}`)
		var got report.Document
		if err := json.Unmarshal(b, &got); err != nil || got.Text == "" {
			t.Fatalf("%s: %v\n%s", tc.format, err, b)
		}
		if got.MIME != tc.mime || got.Ext == "" {
			t.Errorf("%s: mime %q ext %q", tc.format, got.MIME, got.Ext)
		}
		if !strings.Contains(got.Text, tc.want) {
			t.Errorf("%s: output lacks %q:\n%.400s", tc.format, tc.want, got.Text)
		}
	}
	// Options reach the classifier: a disabled rule is reported disabled.
	if b := renderJSON("HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n", `{"format":"json"}`); !strings.Contains(string(b), `\"rule\": \"AT1001\"`) {
		t.Fatalf("AT1001 not reported to begin with: %s", b)
	}
	b := renderJSON("HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n", `{"format":"json","options":{"disable":["AT1001"]}}`)
	if strings.Contains(string(b), `\"rule\": \"AT1001\"`) {
		t.Errorf("disabled rule still reported: %s", b)
	}
	for _, bad := range []string{`{"format":"pdf"}`, `{"format":"json","extra":1}`, `not json`} {
		errorOf(t, renderJSON(secretPaste, bad))
	}
	// An unparseable paste is still a document that says why.
	var got report.Document
	if err := json.Unmarshal(renderJSON("{\"log\": [", `{"format":"markdown"}`), &got); err != nil || !strings.Contains(got.Text, "could not be analysed") {
		t.Errorf("unparseable input: %v %q", err, got.Text)
	}
}

// The secrets listed, the share text and the exports come from the analysis
// the page shows: the same credentials, never found again differently.
func TestSecretsFromLastAnalysis(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 20000; i++ {
		fmt.Fprintf(&b, "GET /r/%d HTTP/1.1\nAuthorization: Bearer tok%06dabcdef\nCookie: a=1; sid=v%dsession\n\n{\"password\": \"pw%dsecret\"}\nHTTP/1.1 403 Forbidden\n\n", i, i, i, i)
	}
	text := b.String() + "x-api-key: no-newline-at-the-end"
	var rep struct {
		Secrets     []secret.Secret `json:"secrets"`
		SecretCount int             `json:"secretCount"`
	}
	if err := json.Unmarshal(openWith(text, "", nil), &rep); err != nil {
		t.Fatal(err)
	}
	var red secret.Redaction
	if err := json.Unmarshal(redactJSON(text), &red); err != nil {
		t.Fatal(err)
	}
	var list []secret.Secret
	if err := json.Unmarshal(secretsJSON(text, nil), &list); err != nil {
		t.Fatal(err)
	}
	if len(rep.Secrets) != classifier.MaxSecretsListed || rep.SecretCount < 400 || len(list) != rep.SecretCount || len(red.Secrets) != rep.SecretCount {
		t.Fatalf("summary lists %d of %d secrets, redact %d, secrets %d", len(rep.Secrets), rep.SecretCount, len(red.Secrets), len(list))
	}
	for i := range rep.Secrets {
		if list[i] != rep.Secrets[i] || red.Secrets[i] != rep.Secrets[i] {
			t.Fatalf("secret %d: report %+v, redact %+v, secrets %+v", i, rep.Secrets[i], red.Secrets[i], list[i])
		}
	}
	for _, leak := range []string{"tok000007abcdef", "v7session", "pw7secret", "no-newline-at-the-end"} {
		if strings.Contains(red.Text, leak) {
			t.Errorf("share text holds %q", leak)
		}
	}
	for _, s := range []string{"", "no secrets\n", "Cookie: a=b"} {
		var w secret.Redaction
		_ = json.Unmarshal(redactJSON(s), &w)
		var g []secret.Secret
		_ = json.Unmarshal(secretsJSON(s, nil), &g)
		if len(g) != len(w.Secrets) {
			t.Errorf("%q: %d vs %d", s, len(g), len(w.Secrets))
		}
	}
}

// The page's JSON export is report.Write(FormatJSON) of the report the page
// shows, masked unless secrets are kept: the same bytes the command line
// prints for the same input (cmd/authtriage's TestOutputIsReportWrite).
func TestRenderJSONIsReportWrite(t *testing.T) {
	for _, text := range []string{secretPaste, "GET /a?x=<b>&y=1 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<h1>Forbidden & gone</h1>\n"} {
		rep, err := classifier.Analyze(text, classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, keep := range []bool{false, true} {
			src := report.Source{Name: "paste", Report: rep.Masked(), Size: int64(len(text))}
			req := `{"format":"json"}`
			if keep {
				src.Report, req = rep, `{"format":"json","keepSecrets":true}`
			}
			var want bytes.Buffer
			if err := report.Write(&want, report.FormatJSON, src, nil, report.TextOptions{}); err != nil {
				t.Fatal(err)
			}
			var got report.Document
			if err := json.Unmarshal(renderJSON(text, req), &got); err != nil {
				t.Fatal(err)
			}
			if got.Text != want.String() {
				t.Errorf("keep secrets %v: the export differs from report.Write's:\n%.300s\n%.300s", keep, got.Text, want.String())
			}
		}
	}
}
