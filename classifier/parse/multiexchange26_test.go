package parse

import "testing"

// Pastes of several exchanges whose notations meet (issue #9: several dumps
// in one paste are several exchanges, and one response quoted twice is one).
// Every paste here is invented.

// A reply that quotes the question it answers ("> Can you share a HAR?")
// above the HAR: the quoted line is a person's words, not a curl -v line.
func TestQuotedQuestionAboveHAR(t *testing.T) {
	text := "> Would you attach the HAR of the failing load?\n\nSure, trimmed:\n\n```json\n" +
		`{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
  {"startedDateTime": "2025-03-02T10:00:00.000Z", "request": {"method": "GET", "url": "https://shop.quillon.example/", "headers": []},
   "response": {"status": 200, "statusText": "OK", "headers": [], "content": {"size": 10}}},
  {"startedDateTime": "2025-03-02T10:00:01.000Z", "request": {"method": "GET", "url": "https://cdn.quillon.example/pixel.js", "headers": []},
   "response": {"status": 0, "statusText": "", "headers": [], "content": {"size": 0}, "_error": "net::ERR_NAME_NOT_RESOLVED"}}
]}}` + "\n```\n\nThe second one never loads here.\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if in.Format != "har" || len(in.Exchanges) != 2 {
		t.Fatalf("format %q, %d exchanges; want the HAR's 2", in.Format, len(in.Exchanges))
	}
	if r := in.Exchanges[1].Response; r == nil || r.Error != "net::ERR_NAME_NOT_RESOLVED" {
		t.Errorf("second entry's browser error not read: %+v", r)
	}
	// curl -v's own "> " lines above a HAR are a dump, not prose
	if proseAround("> GET /x HTTP/1.1\n> Host: h.example\n") || proseAround("> Host: h.example\n") {
		t.Error("curl -v request lines read as prose")
	}
}

// A browser console's line about a failed call ("POST https://h/x 401
// (Unauthorized)") under a curl transcript that succeeded: the browser's
// attempt is another exchange.
func TestConsoleStatusLineAfterTranscript(t *testing.T) {
	text := "$ curl -i -X POST https://api.brindle.example/v2/notes -d 'title=x'\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"id\":17}\n\n" +
		"From the app it fails:\n\n```js\nfetch(url, {\n  method: 'POST',\n  headers: {\n    'content-type': 'text/plain'\n  }\n})\n```\n\n```\nmain.8c1f0a.js:2 POST https://api.brindle.example/v2/notes 401 (Unauthorized)\n```\n\n> drop `'content-type': 'text/plain'`, the API reads JSON\n\nThat was it.\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want the curl run and the browser's call", len(in.Exchanges))
	}
	if r := in.Exchanges[1].Response; r == nil || r.Status != 401 {
		t.Errorf("second exchange %+v, want the console's 401", r)
	} else if len(r.Fields) > 0 || r.HeadersComplete {
		t.Errorf("the console line's response took fields %v (complete %v): it shows none", r.Fields, r.HeadersComplete)
	}
	for _, l := range []string{"POST https://h.example/x 401 (Unauthorized)", "xhr.js:210 GET https://h.example/y net::ERR_FAILED 403 (Forbidden)",
		"GET https://h.example/z 500 (Internal Server Error) client.js:44", "XHR POST https://h.example/x [HTTP/1.1 401 Unauthorized 123ms]",
		"GET https://h.example/y [HTTP/2 403 Forbidden 37ms]"} {
		if !consoleRequestStatus(l) {
			t.Errorf("%q not read as a console line about a failed request", l)
		}
	}
	for _, l := range []string{"GET https://h.example/x 200 (OK)", "POST /x 401 (Unauthorized)", "I POST https://h.example/x and get 401 (Unauthorized)",
		"XHR GET https://h.example/x [HTTP/1.1 200 OK 12ms]"} {
		if consoleRequestStatus(l) {
			t.Errorf("%q read as a console line about a failed request", l)
		}
	}
}

// Firefox's console line about the call ("XHR POST https://h/x [HTTP/1.1
// 401 Unauthorized 80ms]") under a curl run that succeeded: another exchange.
func TestFirefoxConsoleLineAfterTranscript(t *testing.T) {
	text := "$ curl -i https://api.brindle.example/v2/tags\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n[]\n\nFirefox's console:\n\n```\nXHR GET https://api.brindle.example/v2/tags [HTTP/1.1 403 Forbidden 80ms]\n```\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 || in.Exchanges[1].Response == nil || in.Exchanges[1].Response.Status != 403 {
		t.Fatalf("%d exchanges, want the curl run's 200 and the browser's 403", len(in.Exchanges))
	}
}

// A client's closing error that quotes the status line its trace printed
// (busybox wget -S): one response.
func TestClientErrorQuotesTraceStatusLine(t *testing.T) {
	text := "/ # wget -S -O - http://files.ardent.example/build.tar\nConnecting to files.ardent.example (10.1.2.3:80)\n  HTTP/1.1 503 Service Unavailable\n" +
		"wget: server returned error: HTTP/1.1 503 Service Unavailable\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 503 {
		t.Fatalf("%d exchanges, want the one 503", len(in.Exchanges))
	}
	if quotesAfterWords("HTTP/1.1 503 Service Unavailable", "HTTP/1.1 503 Service Unavailable") {
		t.Error("a status line repeated on its own read as quoted in a client's words")
	}
}

// Chrome before 64 worded a refused preflight "Response for preflight has
// invalid HTTP status code 401": the console's account of a failed
// preflight, as today's "doesn't pass access control check" is.
func TestOlderChromePreflightWording(t *testing.T) {
	for _, l := range []string{"XMLHttpRequest cannot load http://localhost:9040/auth/token. Response for preflight has invalid HTTP status code 403",
		"Failed to load https://api.ostrava.example/v1/me: Response for preflight is invalid (redirect)"} {
		if pre, _, ok := ConsoleCORS(l); !ok || !pre {
			t.Errorf("%q not read as a failed preflight (seen %v, preflight %v)", l, ok, pre)
		}
	}
}
