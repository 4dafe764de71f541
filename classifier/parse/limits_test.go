package parse

import (
	"strings"
	"testing"
)

// The exchange limit cuts a text paste before the first status line past
// it, whatever the line endings and transcript markers, and says where.
func TestExchangeLimit(t *testing.T) {
	for _, tc := range []struct{ name, unit string }{
		{"LF", "HTTP/1.1 401 Unauthorized\n\n"},
		{"CRLF", "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"},
		{"CR only", "HTTP/1.1 401 Unauthorized\rWWW-Authenticate: Basic realm=\"x\"\r\r"},
		{"curl -v", "> GET / HTTP/1.1\n> Host: a.example\n>\n< HTTP/1.1 403 Forbidden\n< Content-Length: 0\n<\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := ParseWith(strings.Repeat(tc.unit, 25), Limits{Exchanges: 10})
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Exchanges) != 10 {
				t.Errorf("%d exchanges; want 10", len(in.Exchanges))
			}
			var note *Note
			for i := range in.Notes {
				if in.Notes[i].Code == "too-many-exchanges" {
					note = &in.Notes[i]
				}
			}
			perUnit := len(splitRaw(tc.unit))
			if note == nil || note.Pos.Line != 10*perUnit+1 || countCode(in.Notes, "too-many-exchanges") != 1 {
				t.Errorf("notes %+v; want too-many-exchanges at line %d", in.Notes, 10*perUnit+1)
			}
			full, err := Parse(strings.Repeat(tc.unit, 25))
			if err != nil || len(full.Exchanges) != 25 {
				t.Errorf("under the default limit: %v exchanges, %v; want all 25", len(full.Exchanges), err)
			}
		})
	}
}

func countCode(ns []Note, code string) int {
	n := 0
	for _, x := range ns {
		if x.Code == code {
			n++
		}
	}
	return n
}

// A HAR is read whole and keeps its first entries.
func TestExchangeLimitHAR(t *testing.T) {
	entry := `{"request":{"method":"GET","url":"https://a.example/","headers":[]},"response":{"status":401,"headers":[],"content":{"size":0}}}`
	har := `{"log":{"version":"1.2","entries":[` + strings.TrimSuffix(strings.Repeat(entry+",", 12), ",") + `]}}`
	in, err := ParseWith(har, Limits{Exchanges: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 5 || len(in.Notes) == 0 || in.Notes[len(in.Notes)-1].Code != "too-many-exchanges" {
		t.Errorf("%d exchanges, notes %+v; want 5 and a too-many-exchanges note", len(in.Exchanges), in.Notes)
	}
}
