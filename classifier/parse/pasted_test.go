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

// Header maps printed on one line by a client's language are the response's
// headers, and a body printed next to them (quoted or not) is its body.
func TestPrintedHeaderMaps(t *testing.T) {
	cases := []struct{ name, text, body string }{
		{"Java map", "org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]\n" +
			"response headers: {Server=[nginx], Date=[Wed, 01 May 2024 10:00:00 GMT], Content-Length=[0], WWW-Authenticate=[Basic realm=\"reports\"]}\n", ""},
		{"Kotlin map and unquoted body", "Request failed: status=401, headers={content-type=[application/json], x-request-id=[5e1d], www-authenticate=[Bearer error=\"invalid_token\"]}, body={\"message\":\"token expired\"}\n", `"token expired"`},
		{"Go map", "2024/05/01 10:00:00 unexpected response: 401 Unauthorized\n2024/05/01 10:00:00 headers: map[Content-Length:[23] Content-Type:[text/plain; charset=utf-8] Www-Authenticate:[Bearer realm=\"registry\"]]\n", ""},
		{"Ruby hash", "Faraday::UnauthorizedError: the server responded with status 401\n" +
			`response: {:status=>401, :headers=>{"server"=>"nginx", "content-type"=>"application/json", "www-authenticate"=>"Bearer realm=\"api\""}, :body=>"{\"error\":\"unauthorized\"}"}` + "\n", `"unauthorized"`},
		{"Python dict", "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1/sync\n" +
			`{'Server': 'nginx', 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"'}` + "\n", ""},
	}
	for _, c := range cases {
		in, err := Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(in.Exchanges) != 1 {
			t.Fatalf("%s: %d exchanges, want 1", c.name, len(in.Exchanges))
		}
		r := in.Exchanges[0].Response
		if r.Status != 401 {
			t.Errorf("%s: status %d", c.name, r.Status)
		}
		if !r.Fields.Has("WWW-Authenticate") {
			t.Errorf("%s: WWW-Authenticate not read from the printed map (fields %v)", c.name, r.Fields)
		}
		if c.body != "" && !strings.Contains(r.Body.Text, c.body) {
			t.Errorf("%s: body %q, want it to hold %s", c.name, r.Body.Text, c.body)
		}
	}
}

// DevTools' newer copy puts each name on its own line and its value on the
// next; the pairs are header fields and the General section's labels.
func TestDevToolsAlternatingLines(t *testing.T) {
	paste := "Request URL\nhttps://portal.example.com/api/session\nRequest Method\nGET\nStatus Code\n401 Unauthorized\n" +
		"Remote Address\n192.0.2.44:443\nResponse Headers\ncontent-length\n0\nwww-authenticate\nBearer realm=\"portal\"\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1", len(in.Exchanges))
	}
	x := in.Exchanges[0]
	if x.Response.Status != 401 || x.Response.Fields.Get("www-authenticate") != `Bearer realm="portal"` {
		t.Errorf("status %d, fields %v", x.Response.Status, x.Response.Fields)
	}
	if x.Request == nil || x.Request.Method != "GET" {
		t.Errorf("request %+v, want GET", x.Request)
	}
	// Short prose lines are no pairs.
	if m := alternatingPairs([]string{"Hello there", "it fails", "any idea", "thanks"}); m != nil {
		t.Errorf("prose read as name/value pairs")
	}
}

// A JSON document after the messages, introduced as another call's answer,
// is a second response; one introduced otherwise stays prose.
func TestSecondDumpAfterMessages(t *testing.T) {
	dump := "HTTP/1.1 403 Forbidden\ncontent-length: 0\n\n"
	answer := dump + "The account details from `/api/account`:\n```json\n{\n  \"user\": \"kim\",\n  \"roles\": [\"reader\"]\n}\n```\n"
	in, err := Parse(answer)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 || in.Exchanges[1].Response.Status != 0 {
		t.Errorf("introduced as an answer: %d exchanges, want 2 (the second without a status)", len(in.Exchanges))
	}
	config := dump + "My config is:\n```json\n{\n  \"timeout\": 5\n}\n```\n"
	if in, err = Parse(config); err != nil || len(in.Exchanges) != 1 {
		t.Errorf("a config file read as a response")
	}
}

// A printed error that repeats its body, with the paste ending inside the
// copy, is one response.
func TestRepeatedBodyCutByPasteEnd(t *testing.T) {
	page := "<html>\n<head>\n<title>Unauthorized (401)</title>\n</head>\n<body><h1>Unauthorized (401)</h1><p>Encountered a 401 error.</p></body>\n</html>\n"
	paste := "ClientError HTTP 401 url: https://wiki.example.com/rest/api/space\n\ttext: \n\n" + page +
		"\n\tresponse headers = {'Server': 'nginx', 'Content-Type': 'text/html'}\n\tresponse text = \n\n<html>\n<head>\n<title>Unauthorized (401)</title>\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Errorf("%d exchanges, want 1", len(in.Exchanges))
	}
}

// curl -w '%{http_code}' prints the status itself after the command.
func TestCurlWriteOutCode(t *testing.T) {
	paste := "$ curl -s -o /dev/null -w \"%{http_code}\\n\" https://api.example.com/v1/me\n401\n" +
		"$ curl -s -o /dev/null -w \"%{http_code}\\n\" -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v1/me\n403\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, x := range in.Exchanges {
		got = append(got, x.Response.Status)
	}
	if !equalInts(got, []int{401, 403}) {
		t.Errorf("statuses %v, want [401 403]", got)
	}
	// Without -w, a bare number after a command is no status.
	if in, err := Parse("$ curl -s https://api.example.com/v1/count\n401\n"); err == nil {
		for _, x := range in.Exchanges {
			if x.Response != nil && x.Response.Status == 401 && x.Response.StatusConf >= StatusField {
				t.Errorf("a bare number read as the status without -w")
			}
		}
	}
}

// Each row of a Markdown table of attempts is an exchange of its own.
func TestMarkdownTableRows(t *testing.T) {
	paste := "| Request | Response |\n|---|---|\n| `GET /api/v1/me` with a token | `401 Unauthorized` |\n| `GET /api/v1/me` without token | `401 Unauthorized` |\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Errorf("%d exchanges, want one per row (2)", len(in.Exchanges))
	}
}

// A client's message quoting a challenge (realm="…", error="…") is no
// logfmt record, and the same message shown in a <summary> and again in the
// code block below it is one exchange.
func TestRepeatedMessageInSummary(t *testing.T) {
	msg := `Access was denied (www-authenticate header was: Bearer realm="https://accounts.example.com/", error="insufficient_scope", scope="https://api.example.com/auth/publisher").`
	if recordLine(msg) {
		t.Errorf("a challenge's parameters read as a logfmt record")
	}
	paste := "<details>\n<summary>" + msg + "</summary>\n\n```\n" + msg + "\npackage:app/src/client.dart 40     Client.send\n```\n</details>\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Errorf("%d exchanges, want 1", len(in.Exchanges))
	}
}

// An SDK's error message that prints the status and then the body it got.
func TestBodyAfterStatusOnOneLine(t *testing.T) {
	in, err := Parse("Connect failed:\nsso.exceptions.AuthenticationError: 401: b'{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}'\n")
	if err != nil {
		t.Fatal(err)
	}
	r := in.Exchanges[0].Response
	if r.Status != 401 || r.Body.Text != `{"error":"invalid_client","error_description":"Invalid client credentials"}` {
		t.Errorf("status %d, body %q", r.Status, r.Body.Text)
	}
}

// A printed error object holding the request's headers (RequestInfo(…,
// headers=…)) and the response's: each map goes to its side.
func TestPrintedMapsKeepTheirSide(t *testing.T) {
	line := "exception=ClientResponseError(RequestInfo(url=URL('https://data.example.org/v1/export'), method='GET', headers=<CIMultiDictProxy('Host': 'data.example.org', 'Connection': 'keep-alive')>), (), status=403, message='Forbidden', headers=<CIMultiDictProxy('Server': 'nginx', 'Connection': 'close', 'Content-Length': '0')>)\n"
	in, err := Parse(line)
	if err != nil {
		t.Fatal(err)
	}
	x := in.Exchanges[0]
	if got := x.Response.Fields.Get("Connection"); got != "close" || len(x.Response.Fields.All("Connection")) != 1 {
		t.Errorf("response Connection %q (%d), want only the response's \"close\"", got, len(x.Response.Fields.All("Connection")))
	}
	if x.Request == nil || x.Request.Fields.Get("Connection") != "keep-alive" {
		t.Errorf("the request's Connection not on the request: %+v", x.Request)
	}
}

// A logger's own status key counts; one naming the backend does not.
func TestStatusKeySuffix(t *testing.T) {
	for k, want := range map[string]bool{"tfhttpresstatuscode": true, "elbstatuscode": true, "upstreamstatus": false,
		"targetstatuscode": false, "httpresponsestatus": true, "expectedstatuscode": false} {
		if got := statusKeySuffix(k) || statusKeys.Has(k); got != want {
			t.Errorf("%s: %v, want %v", k, got, want)
		}
	}
}

// Firefox's "Copy All" of the Headers panel is JSON holding header lists.
func TestFirefoxHeadersJSON(t *testing.T) {
	paste := `{"Response Headers (312 B)":{"headers":[{"name":"content-type","value":"application/json"},{"name":"www-authenticate","value":"Bearer error=\"invalid_token\""}]},"Request Headers (402 B)":{"headers":[{"name":"Accept","value":"application/json"},{"name":"Authorization","value":"Bearer abc.def.ghi"}]}}` + "\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	x := in.Exchanges[0]
	if x.Response.Fields.Get("www-authenticate") != `Bearer error="invalid_token"` || x.Response.Body.Text != "" {
		t.Errorf("response fields %v, body %q", x.Response.Fields, x.Response.Body.Text)
	}
	if x.Request == nil || x.Request.Fields.Get("Authorization") == "" {
		t.Errorf("request fields not read: %+v", x.Request)
	}
}

// Google and gRPC status names written in a CLI's error line imply the status.
func TestGRPCStatusNames(t *testing.T) {
	for text, want := range map[string]int{
		"ERROR: (cli.projects.get-iam-policy) PERMISSION_DENIED: The caller does not have permission\n": 403,
		"Error: rpc error: code = PermissionDenied desc = caller may not list topics\n":                 403,
		"Error: rpc error: code = Unauthenticated desc = missing credentials\n":                         401,
	} {
		in, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if r := in.Exchanges[0].Response; r.Status != want || r.StatusConf != StatusImplied {
			t.Errorf("%q: status %d (%v), want %d implied", text, r.Status, r.StatusConf, want)
		}
	}
}
