package parse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles returns the corpus cases (corpusDir).
func seedFiles(f *testing.F) [][]byte {
	var out [][]byte
	for _, pat := range []string{
		filepath.Join(corpusDir, "cases", "*.txt"),
	} {
		files, _ := filepath.Glob(pat)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				continue // a missing or unreadable seed is not a failure
			}
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		f.Log("no corpus seeds found")
	}
	return out
}

// dump renders a parse result completely, body texts included, so two runs
// can be compared.
func dump(in *Input, err error) []byte {
	if err != nil {
		return []byte("error: " + err.Error())
	}
	b, jerr := json.Marshal(in)
	if jerr != nil {
		return []byte("marshal: " + jerr.Error())
	}
	var buf bytes.Buffer
	buf.Write(b)
	for _, x := range in.Exchanges {
		if x.Request != nil {
			buf.WriteString("\x00" + x.Request.Body.Text)
		}
		if x.Response != nil {
			buf.WriteString("\x00" + x.Response.Body.Text)
		}
	}
	return buf.Bytes()
}

func checkParse(t *testing.T, text string, in *Input, err error) {
	t.Helper()
	if err != nil {
		if in != nil {
			t.Fatalf("both a result and an error: %v", err)
		}
		pe, ok := err.(*ParseError)
		if !ok {
			t.Fatalf("error is %T, not *ParseError: %v", err, err)
		}
		if pe.Line < 0 || pe.Line > len(splitRaw(text)) {
			t.Fatalf("error line %d outside the paste", pe.Line)
		}
		return
	}
	if in.Lines != len(splitRaw(strings.TrimPrefix(text, "\ufeff"))) && !strings.ContainsRune(text, 0) {
		t.Fatalf("Lines %d, paste has %d", in.Lines, len(splitRaw(text)))
	}
	checkInvariants(t, in)
}

func FuzzParse(f *testing.F) {
	for _, b := range seedFiles(f) {
		f.Add(string(b))
	}
	for _, tt := range formatTests {
		f.Add(tt.text)
	}
	f.Add("HTTP/1.1 401\n")
	f.Add("> GET / HTTP/1.1\n<\n< HTTP/2 403 \n")
	f.Fuzz(func(t *testing.T, text string) {
		in, err := Parse(text)
		checkParse(t, text, in, err)
		in2, err2 := Parse(text)
		if !bytes.Equal(dump(in, err), dump(in2, err2)) {
			t.Fatalf("two parses of the same paste differ")
		}
	})
}

func FuzzParseHAR(f *testing.F) {
	for _, b := range seedFiles(f) {
		if looksHAR(string(b)) {
			f.Add(string(b))
		}
	}
	f.Add(harBase64)
	f.Add(harSanitizedText)
	f.Add(`{"log":{"entries":[{"request":{"method":"GET","url":"http://a/","headers":[{"name":"A","value":"\u00e9\ud83d\ude00"}]},"response":{"status":401,"headers":null,"content":{"text":"eA==","encoding":"base64"}}}]}}`)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > MaxInput {
			return
		}
		in, err := parseHAR(text, len(splitRaw(text)))
		if err == nil {
			checkInvariants(t, in)
		} else if _, ok := err.(*ParseError); !ok {
			t.Fatalf("error is %T, not *ParseError: %v", err, err)
		}
		in2, err2 := parseHAR(text, len(splitRaw(text)))
		if !bytes.Equal(dump(in, err), dump(in2, err2)) {
			t.Fatalf("two parses of the same HAR differ")
		}
		in3, err3 := Parse(text)
		checkParse(t, text, in3, err3)
	})
}
