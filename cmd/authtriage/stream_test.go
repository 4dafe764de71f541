package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/internal/hostile"
)

// The JSON the command streams is, byte for byte, json.MarshalIndent of the
// whole report (masked, or not with -keep-secrets), for one file and for
// several (with an unreadable one among them).
func TestJSONStreamIsMarshalIndent(t *testing.T) {
	files := corpus(t)
	for _, keep := range []bool{false, true} {
		var want []byte
		for _, file := range files {
			rep, err := classifier.Analyze(readText(t, file), classifier.Options{})
			if err != nil {
				continue
			}
			if !keep {
				rep = rep.Masked()
			}
			b, _ := json.MarshalIndent(rep, "", "  ")
			args := []string{"-format", "json", file}
			if keep {
				args = append([]string{"-keep-secrets"}, args...)
			}
			r := runCmd(t, "", args...)
			if got := r.stdout; got != string(b)+"\n" {
				t.Errorf("%s (keep %v): streamed JSON differs from MarshalIndent of the report:\n%.300s\n---\n%.300s", file, keep, got, b)
			}
		}
		// Several files, one of them missing, in the order given.
		missing := filepath.Join(t.TempDir(), "gone.txt")
		args := []string{"-format", "json"}
		if keep {
			args = append(args, "-keep-secrets")
		}
		args = append(args, files[0], missing, files[1])
		r := runCmd(t, "", args...)
		var got []json.RawMessage
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) != 3 {
			t.Fatalf("several files: %v, %d elements:\n%.500s", err, len(got), r.stdout)
		}
		type fileJSON struct {
			File   string                `json:"file"`
			Report *classifier.Report    `json:"report,omitempty"`
			Error  *classifier.ErrorBody `json:"error,omitempty"`
		}
		var whole []fileJSON
		for _, f := range []string{files[0], missing, files[1]} {
			if f == missing {
				_, err := os.ReadFile(missing)
				e := classifier.NewErrorJSON(err).Error
				whole = append(whole, fileJSON{File: f, Error: &e})
				continue
			}
			rep, _ := classifier.Analyze(readText(t, f), classifier.Options{})
			if !keep {
				rep = rep.Masked()
			}
			whole = append(whole, fileJSON{File: f, Report: rep})
		}
		want, _ = json.MarshalIndent(whole, "", "  ")
		if r.stdout != string(want)+"\n" {
			t.Errorf("several files (keep %v): streamed JSON differs from MarshalIndent of the array:\n%.400s\n---\n%.400s", keep, r.stdout, want)
		}
	}
}

// A paste with more exchanges than streamTextAbove is printed an exchange at
// a time, with the counts after the last; every line fits the width, and
// credentials stay masked.
func TestTextStreamsBigPastes(t *testing.T) {
	var b strings.Builder
	n := streamTextAbove + 10
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "GET /items/%d HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer dummy-token-%06d-abcdefabcdef\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, "", "-width", "80", path)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if lines[0] != path+":" {
		t.Errorf("first line %q; want the source's name alone", lines[0])
	}
	total := fmt.Sprintf("%s: %d exchanges", path, n)
	found := false
	for _, l := range lines {
		if strings.HasPrefix(l, total) {
			found = true
		}
		if w := len([]rune(l)); w > 80 {
			t.Errorf("line over 80 columns (%d): %q", w, l)
			break
		}
	}
	if !found {
		t.Errorf("no totals line %q after the exchanges", total)
	}
	if c := strings.Count(r.stdout, "] authorization: "); c != n {
		t.Errorf("%d exchanges printed with their verdict; want %d", c, n)
	}
	if strings.Contains(r.stdout, "dummy-token-") {
		t.Errorf("a credential was printed unmasked")
	}
}

// The command line writes, for one input, what report.Write writes from the
// classifier's analysis (masked unless secrets are kept), in every format,
// however it gets there (JSON and SARIF streamed an exchange at a time, text
// and Markdown from the whole report). The page's exports are report.Write
// too, so its JSON export is byte for byte the command line's -format json
// (wasm's TestRenderJSONIsReportWrite checks the page's half).
func TestOutputIsReportWrite(t *testing.T) {
	inputs := map[string]string{}
	for _, file := range corpus(t) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(file)] = string(b)
	}
	// Markup and escapes in every field: where JSON writers differ.
	cases, err := hostile.Pastes()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases[:min(len(cases), 40)] {
		inputs[c.Label+"/"+c.Placement] = c.Paste
	}
	for name, text := range inputs {
		rep, err := classifier.Analyze(text, classifier.Options{})
		if err != nil {
			continue // an input that cannot be read: TestParseError
		}
		for _, f := range report.Formats {
			for _, keep := range []bool{false, true} {
				args := []string{"-format", string(f)}
				src := report.Source{Name: report.Stdin, Report: rep.Masked(), Size: int64(len(text))}
				if keep {
					args = append(args, "-keep-secrets")
					src.Report = rep
				}
				var want bytes.Buffer
				if err := report.Write(&want, f, src, nil, report.TextOptions{}); err != nil {
					t.Fatal(err)
				}
				if got := runCmd(t, text, args...); got.stdout != want.String() {
					t.Errorf("%s, %s (keep secrets %v): the command line's output differs from report.Write's:\n%.300s\n%.300s", name, f, keep, got.stdout, want.String())
				}
			}
		}
	}
}

// The SARIF the command streams is, byte for byte, report.SARIF of the whole
// reports (masked, or not with -keep-secrets): several files, one of them
// unreadable, in one run.
func TestSARIFStreamIsTheWholeLog(t *testing.T) {
	files := corpus(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "gone.txt")
	// A paste whose findings quote a credential: masked unless -keep-secrets.
	secret := "sk_live_51Hx9TqLmZk2VbC8dR7nE4wYpA"
	creds := filepath.Join(dir, "creds.txt")
	if err := os.WriteFile(creds, []byte("GET /v1/charges?api_key="+secret+" HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer "+secret+"\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\"\nContent-Length: 0\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	names := []string{files[0], missing, creds, files[1], files[2]}
	for _, keep := range []bool{false, true} {
		var srcs []report.Source
		for _, f := range names {
			if f == missing {
				_, err := os.ReadFile(missing)
				srcs = append(srcs, report.Source{Name: f, Err: err})
				continue
			}
			text := readText(t, f)
			rep, err := classifier.Analyze(text, classifier.Options{})
			if err != nil {
				srcs = append(srcs, report.Source{Name: f, Err: err, Size: int64(len(text))})
				continue
			}
			if !keep {
				rep = rep.Masked()
			}
			srcs = append(srcs, report.Source{Name: f, Report: rep, Size: int64(len(text))})
		}
		var want strings.Builder
		if err := report.SARIF(&want, srcs, nil); err != nil {
			t.Fatal(err)
		}
		args := []string{"-format", "sarif"}
		if keep {
			args = append(args, "-keep-secrets")
		}
		r := runCmd(t, "", append(args, names...)...)
		if r.stdout != want.String() {
			t.Errorf("keep %v: streamed SARIF differs from report.SARIF of the whole:\n%.400s\n---\n%.400s", keep, r.stdout, want.String())
		}
		var log map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
			t.Errorf("keep %v: not JSON: %v", keep, err)
		}
		if strings.Contains(r.stdout, secret) != keep {
			t.Errorf("keep %v: the credential is in the SARIF: %v", keep, !keep)
		}
	}
}
