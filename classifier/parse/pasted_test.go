package parse

import (
	"strings"
	"testing"
)

func TestBodySentTextBlanksLoggedLines(t *testing.T) {
	b := Body{Text: "prose line\n[x] 10.0.0.1 logged\nlast", NotSent: []int{1}}
	got := b.SentText()
	if want := "prose line\n" + strings.Repeat(" ", len("[x] 10.0.0.1 logged")) + "\nlast"; got != want {
		t.Fatalf("SentText = %q, want %q", got, want)
	}
	if len(got) != len(b.Text) {
		t.Fatalf("offsets moved")
	}
	if b := (Body{Text: "a\nb"}); b.SentText() != "a\nb" {
		t.Fatalf("no NotSent: text changed")
	}
}

func TestPrintedObjectIsNotMarkup(t *testing.T) {
	for _, s := range []string{"<Response [403]>", "<ClientResponse(https://h.example/x) [401 Unauthorized]>",
		"<Task finished name='Task-1' coro=<X.run() done>>", "<urlopen error [Errno 111] Connection refused>"} {
		if looksMarkup(s) {
			t.Errorf("%q taken as markup", s)
		}
	}
	for _, s := range []string{"<html lang=\"en\">", "<Error><Code>AccessDenied</Code>", "<h1>403 Forbidden</h1>",
		"<Error xmlns=\"http://s3.example/doc\">", "<title>Access denied</title>", "<option selected>x</option>"} {
		if !looksMarkup(s) {
			t.Errorf("%q not taken as markup", s)
		}
	}
}

func TestTaggedLogPrefix(t *testing.T) {
	n, _ := linePrefix("[Router] 2024-02-11 09:12:44: Started GET /x for 192.0.2.1")
	if got := "[Router] 2024-02-11 09:12:44: Started GET /x for 192.0.2.1"[n:]; got != "Started GET /x for 192.0.2.1" {
		t.Errorf("after the prefix: %q", got)
	}
	if n, _ := linePrefix("[Tue Sep 17 21:14:06 2019] [core:error] x"); n < 0 {
		t.Errorf("bad n")
	}
}

func TestPrintedObjectKeepsHTMLBooleanAttributes(t *testing.T) {
	if !looksMarkup(`<script async src="/a.js"></script>`) {
		t.Errorf("a script tag with a boolean attribute not taken as markup")
	}
}
