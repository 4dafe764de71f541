package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wrappers are the ways a paste reaches the page besides as typed: through
// Windows, inside Markdown, quoted in a reply, indented as a code block.
var wrappers = map[string]func(string) string{
	"crlf":   func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
	"fence":  func(s string) string { return "```\n" + s + "```\n" },
	"indent": func(s string) string { return eachLine(s, func(l string) string { return "    " + l }) },
	"blockquote": func(s string) string {
		return eachLine(s, func(l string) string { return strings.TrimRight("> "+l, " ") })
	},
	"trailing": func(s string) string { return eachLine(s, func(l string) string { return l + "  " }) },
}

func eachLine(s string, f func(string) string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = f(l)
	}
	return strings.Join(lines, "\n") + "\n"
}

// TestCorpusWrapped parses every corpus case again under each wrapper and
// expects the same statuses, and positions that still point at the same text.
func TestCorpusWrapped(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "cases", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		base, err := Parse(text)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want := statuses(base)
		for name, wrap := range wrappers {
			t.Run(strings.TrimSuffix(filepath.Base(f), ".txt")+"/"+name, func(t *testing.T) {
				w := wrap(text)
				in, err := Parse(w)
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				checkInvariants(t, in)
				if got := statuses(in); got != want {
					t.Errorf("statuses %s, unwrapped %s", got, want)
				}
				shift := 0
				if name == "fence" {
					shift = 1
				}
				for i, x := range in.Exchanges {
					if i >= len(base.Exchanges) || x.Response == nil || base.Exchanges[i].Response == nil {
						continue
					}
					if got, was := x.Response.Pos.Line, base.Exchanges[i].Response.Pos.Line; got != 0 && was != 0 && got != was+shift {
						t.Errorf("exchange %d status at line %d, unwrapped %d", i, got, was)
					}
				}
			})
		}
	}
}

func statuses(in *Input) string {
	var s []string
	for _, x := range in.Exchanges {
		if x.Response != nil {
			s = append(s, fmt.Sprint(x.Response.Status))
		}
	}
	return strings.Join(s, ",")
}

// TestFormatsWrapped checks that every format test reads the same under each
// wrapper.
func TestFormatsWrapped(t *testing.T) {
	for _, tt := range formatTests {
		base, err := Parse(tt.text)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for name, wrap := range wrappers {
			in, err := Parse(wrap(tt.text))
			if err != nil {
				t.Errorf("%s/%s: %v", tt.name, name, err)
				continue
			}
			checkInvariants(t, in)
			if got, want := exchangeSummary(in), exchangeSummary(base); got != want {
				t.Errorf("%s/%s:\n got %s\nwant %s", tt.name, name, got, want)
			}
		}
	}
}

// TestBoxedException: a console framework's exception box (Symfony Console:
// indented, padded to one width, the message cut into fixed chunks, even
// inside a number) is joined back, so the status and URL it holds are read.
func TestBoxedException(t *testing.T) {
	const w = 79
	box := func(s string) string { return "  " + s + strings.Repeat(" ", w-2-len(s)) }
	msg := "Client error: `GET https://tickets.example.cn/otn/lcxxcx/query?purpose_codes=ADULT&queryDate=2017-03-28&from_station=SHH&to_station=WHN` resulted in a `403 Forbidden` response:"
	var lines []string
	lines = append(lines, strings.Repeat(" ", w), box("[GuzzleHttp\\Exception\\ClientException]"))
	for len(msg) > 0 {
		n := min(75, len(msg))
		lines = append(lines, box(msg[:n]))
		msg = msg[n:]
	}
	lines = append(lines, box("<!DOCTYPE HTML>"), strings.Repeat(" ", w))
	in, err := Parse(strings.Join(lines, "\n") + "\n\nwhy does the query keep failing?\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := responseStatuses(in); len(got) != 1 || got[0] != 403 {
		t.Fatalf("statuses %v, want [403]", got)
	}
	if q := in.Exchanges[0].Request; q == nil || !strings.Contains(q.URL, "to_station=WHN") {
		t.Errorf("request %+v: the URL cut across lines was not joined", q)
	}
}

// TestWrappedLooseBody: a command's output cut by the terminal at the
// paste's width is read as one line again, as a message's body is.
func TestWrappedLooseBody(t *testing.T) {
	long := "<p>You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>"
	w := 100
	text := "$ curl http://203.0.113.47:8080/admin/api?api=version\n<title>403 Forbidden</title>\n" + long[:w] + "\n" + long[w:] + "\n$ curl http://203.0.113.47:8080/admin/api?api=health\n<title>403 Forbidden</title>\n" + long[:w] + "\n" + long[w:] + "\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil || !strings.Contains(in.Exchanges[0].Response.Body.Text, long) {
		t.Fatalf("body not joined: %+v", in.Exchanges)
	}
	if p := in.Exchanges[0].Response.Body.LinePos(len(in.Exchanges[0].Response.Body.Text) - 1); p.Line != 3 {
		t.Errorf("the joined line is line %d, want 3", p.Line)
	}
}

// TestWrappedCommand: a command line the terminal cut at the paste's width
// is read whole; a console's padded line is not cut.
func TestWrappedCommand(t *testing.T) {
	cmd := "curl -s -H 'X-Sentry-Auth: Sentry sentry_version=7, sentry_key=abc, sentry_secret=def, sentry_client=raven-bash/1.0' https://sentry.example.com/api/0/organizations/"
	w := 80 // the command's first two lines are this wide, its third shorter
	text := "$ " + cmd[:w-2] + "\n" + cmd[w-2:2*w-2] + "\n" + cmd[2*w-2:] + "\n{\"detail\": \"Authentication credentials were not provided.\"}\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Request.URL != "https://sentry.example.com/api/0/organizations/" {
		t.Fatalf("read %+v", in.Exchanges)
	}
	if got := wrappedCommand([]string{"$ curl -v https://example.com/a" + strings.Repeat(" ", 49), "Unauthorized"}, 0, 80, 0); got != 1 {
		t.Errorf("a padded line read as cut: %d", got)
	}
}

// TestWrappedFieldOverSeveralLines: a header value long enough for the
// terminal to cut it twice goes on over two more lines; both are joined to
// the field and the fields after them still belong to the header block, in
// a curl -v transcript and in a raw copy alike.
func TestWrappedFieldOverSeveralLines(t *testing.T) {
	const w = 70
	long := "permissions-policy: accelerometer=(),autoplay=(),camera=(),clipboard-read=(),clipboard-write=(),geolocation=(),gyroscope=(),magnetometer=(),microphone=(),payment=(),usb=()"
	cut := func(prefix, s string) []string {
		s = prefix + s
		var out []string
		for len(s) > w {
			out = append(out, s[:w])
			s = s[w:]
		}
		return append(out, s)
	}
	for _, c := range []struct{ name, pre string }{{"curl -v", "< "}, {"raw", ""}} {
		var ls []string
		ls = append(ls, c.pre+"HTTP/2 403", c.pre+"server: edge-proxy")
		ls = append(ls, cut(c.pre, long)...)
		ls = append(ls, c.pre+"x-block-reason: challenge", c.pre+"content-type: text/html", c.pre+"", "<html>denied</html>")
		if c.pre != "" {
			ls = append([]string{"> GET /login HTTP/2", "> Host: app.example.com", ">"}, ls...)
		}
		if len(cut(c.pre, long)) != 3 {
			t.Fatalf("the sample should wrap over three lines")
		}
		in, err := Parse(strings.Join(ls, "\n") + "\n")
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
			t.Fatalf("%s: read %d exchanges", c.name, len(in.Exchanges))
		}
		r := in.Exchanges[0].Response
		name, value, _ := strings.Cut(long, ": ")
		if got := r.Fields.Get(name); got != value {
			t.Errorf("%s: %s = %q, want it whole", c.name, name, got)
		}
		if got := r.Fields.Get("x-block-reason"); got != "challenge" {
			t.Errorf("%s: the field after the wrapped one was lost (x-block-reason = %q)", c.name, got)
		}
	}
}

// TestJoinWrappedAtTerminalWidths: two lines cut at a width terminals open
// at (80, 120 columns) are enough to read the paste as wrapped there; at
// another width it takes three, so two long lines of a log that merely share
// a length stay apart.
func TestJoinWrappedAtTerminalWidths(t *testing.T) {
	short := "E/flutter (4242): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: DioException [bad response]: The request returned an invalid status code of 401."
	long := short + " This indicates an error which most likely cannot be solved by the library; check the token the app stored."
	for w, msg := range map[int]string{80: short, 120: long} {
		var texts []string
		var nums []int
		for s, n := msg, 1; s != ""; n++ {
			k := min(w, len(s))
			texts, nums = append(texts, s[:k]), append(nums, n)
			s = s[k:]
		}
		if len(texts) != 3 || len(texts[1]) != w {
			t.Fatalf("the sample should wrap over three lines, two of them full, at %d", w)
		}
		got, _ := joinWrapped(append([]string{"### Actual Result", ""}, texts...), append([]int{1, 2}, nums...), nil)
		if len(got) != 3 || got[2] != msg {
			t.Errorf("cut at %d: %q", w, got)
		}
	}
	a, b := strings.Repeat("a", 77), strings.Repeat("b", 77)
	if got, _ := joinWrapped([]string{a, b, "c"}, []int{1, 2, 3}, nil); len(got) != 3 {
		t.Errorf("two lines of 77 columns were joined: %q", got)
	}
}

// TestRecordsOfOneLengthUnderAHostName keeps apart log records that are one
// length because they repeat one message, under a syslog prefix taken off
// down to a host and program whose name runs past twelve letters: each line
// opens like the one before, so none continues it.
func TestRecordsOfOneLengthUnderAHostName(t *testing.T) {
	rec := func(ms string) string {
		return "mediaserverpi mediaserverpi[431]: 2027-02-09 21:04:17." + ms +
			" WARNING (MainThread) [media.http.auth] Login attempt with invalid credentials from 192.0.2.45. Requested URL: '/api/library/sync'."
	}
	texts := []string{"From the journal:", rec("118"), rec("540"), rec("962"),
		"mediaserverpi mediaserverpi[431]: 2027-02-09 21:04:18.007 WARNING (MainThread) [media.http.ban] Banned IP 192.0.2.45"}
	got, _ := joinWrapped(texts, []int{1, 2, 3, 4, 5}, nil)
	if len(got) != len(texts) {
		t.Errorf("records of one length were joined as a wrapped line: %d lines, want %d", len(got), len(texts))
	}
}
