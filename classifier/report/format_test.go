package report

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
)

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		got, err := ParseFormat(string(f))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
		if f.MIME() == "" || f.Ext() == "" {
			t.Errorf("%s: mime %q ext %q", f, f.MIME(), f.Ext())
		}
	}
	for _, bad := range []string{"", "JSON", "pdf", "md"} {
		if _, err := ParseFormat(bad); err == nil || !strings.Contains(err.Error(), "want text, json, sarif or markdown") {
			t.Errorf("ParseFormat(%q): %v", bad, err)
		}
	}
	if err := Write(&bytes.Buffer{}, Format("pdf"), Source{}, nil, TextOptions{}); err == nil {
		t.Error("Write in an unknown format: no error")
	}
}

// Write's four documents for one report, and JSON's for a report and for an
// input that could not be read.
func TestWrite(t *testing.T) {
	const paste = "GET /a HTTP/1.1\nHost: example.com\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n"
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := Source{Name: "a.txt", Report: rep}
	for f, want := range map[Format]string{FormatText: "a.txt: 1 exchange", FormatMarkdown: "# authtriage report: `a.txt`", FormatSARIF: `"version": "2.1.0"`, FormatJSON: `"tool": "authtriage"`} {
		var b bytes.Buffer
		if err := Write(&b, f, src, nil, TextOptions{}); err != nil || !strings.Contains(b.String(), want) {
			t.Errorf("%s: %v, output lacks %q:\n%.300s", f, err, want, b.String())
		}
	}
	var b bytes.Buffer
	if err := JSON(&b, src); err != nil {
		t.Fatal(err)
	}
	whole, _ := json.MarshalIndent(rep, "", "  ")
	if b.String() != string(whole)+"\n" {
		t.Errorf("JSON is not MarshalIndent of the report and a newline")
	}
	b.Reset()
	_, perr := classifier.Analyze("\nnot http\n", classifier.Options{})
	if err := JSON(&b, Source{Name: "x", Err: perr}); err != nil || !strings.Contains(b.String(), `"error": {`) || !strings.Contains(b.String(), `"line": 2`) {
		t.Errorf("JSON of an error: %v\n%s", err, b.String())
	}
}

// JSONStream writes, compact or indented, the bytes json.Marshal and
// json.MarshalIndent give for the whole report.
func TestJSONStream(t *testing.T) {
	var paste strings.Builder
	for i := range 5 {
		paste.WriteString("GET /x HTTP/1.1\nHost: a.example\n\nHTTP/1.1 40" + string(rune('1'+i%3)) + " No <b>&</b>\n\n")
	}
	for _, n := range []int{0, 1, 5} {
		text := strings.Join(strings.SplitAfterN(paste.String(), "\n\n", 2*max(n, 1)+1)[:2*max(n, 1)], "")
		rep, err := classifier.Analyze(text, classifier.Options{})
		if err != nil {
			t.Fatalf("%d: %v", n, err)
		}
		if len(rep.Exchanges) != max(n, 1) {
			t.Fatalf("%d exchanges read from %q", len(rep.Exchanges), text)
		}
		if n == 0 {
			rep.Exchanges = []classifier.ExchangeReport{}
		}
		for _, indent := range []string{"", "  "} {
			for _, prefix := range []string{"", "    "} {
				if indent == "" && prefix != "" {
					continue
				}
				var want []byte
				if indent == "" {
					want, _ = json.Marshal(rep)
				} else {
					want, _ = json.MarshalIndent(rep, prefix, indent)
				}
				var b bytes.Buffer
				js := NewJSONStream(&b, prefix, indent)
				xs := rep.Exchanges
				rep.Exchanges = []classifier.ExchangeReport{}
				if err := js.Start(rep); err != nil {
					t.Fatal(err)
				}
				for i := range xs {
					if err := js.Exchange(&xs[i]); err != nil {
						t.Fatal(err)
					}
				}
				if err := js.End(rep); err != nil {
					t.Fatal(err)
				}
				rep.Exchanges = xs
				if b.String() != string(want) {
					t.Errorf("%d exchanges, indent %q prefix %q:\n%s\nwant\n%s", n, indent, prefix, b.String(), want)
				}
			}
		}
	}
}

// JSONStream encodes each exchange into buffers it keeps: a paste of many
// small exchanges leaves no encoding garbage per exchange (issue #14).
func TestJSONStreamReusesBuffers(t *testing.T) {
	rep, err := classifier.Analyze("HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nno access to /reports/q3\n", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, indent := range []string{"", "  "} {
		js := NewJSONStream(io.Discard, "", indent)
		if err := js.Exchange(&rep.Exchanges[0]); err != nil {
			t.Fatal(err)
		}
		if a := testing.AllocsPerRun(20, func() { js.Exchange(&rep.Exchanges[0]) }); a > 3 {
			t.Errorf("indent %q: %.0f allocations per exchange, want at most 3", indent, a)
		}
	}
}
