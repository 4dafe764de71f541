package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestUndecorate: the wrappers and indentation Markdown and editors add come
// off, line for line; a paste whose own shape uses indentation (wget -S,
// a traceback) is left as it is.
// TestHTMLEscaped: a paste copied from a page's source is read with its
// characters; a paste with markup of its own, or an '&' that starts no
// entity, keeps its entities.
func TestHTMLEscaped(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"HTTP/1.1 401 Unauthorized\n\n{&quot;error&quot;: &quot;invalid_token&quot;}", "HTTP/1.1 401 Unauthorized\n\n{\"error\": \"invalid_token\"}"},
		{"&lt;h1&gt;403 Forbidden&lt;/h1&gt; &#39;x&#x27; &#10; &bogus; &amp", "<h1>403 Forbidden</h1> 'x' &#10; &bogus; &amp"},
		{"&gt; GET / HTTP/1.1\n&gt;\n&lt; HTTP/1.1 401 Unauthorized", "> GET / HTTP/1.1\n>\n< HTTP/1.1 401 Unauthorized"},
		{"HTTP/1.1 403 &lt;script&gt;alert(1)&lt;/script&gt;", ""},
		{"HTTP/1.1 403 &amp;lt;script&amp;gt;", ""},
		{"HTTP/1.1 403 &quot;&#39;&apos;", ""},
		{"GET /x?a=1&amp;b=2 HTTP/1.1", "GET /x?a=1&b=2 HTTP/1.1"},
		{"<p>Tom &amp; Jerry &quot;</p>", ""},
		{"GET /x?a=1&b=2&amp;c HTTP/1.1", ""},
		{`{"q": "&quot;"}`, ""},
		// A contraction's apostrophe is one-sided: one entity between letters is enough.
		{"Page shows 403 (You don&#39;t have permission to access / on this server).", "Page shows 403 (You don't have permission to access / on this server)."},
		{"l&#x27;accès est refusé: 403", "l'accès est refusé: 403"},
		{"HTTP/1.1 403 Forbidden\n\nuser&apos;s token expired", "HTTP/1.1 403 Forbidden\n\nuser's token expired"},
		{"a list: &#39; x", ""},
		{"it's 403 and don&#39;t", ""},
	} {
		if !htmlEscaped(c.in) {
			if c.want != "" {
				t.Errorf("%q: not seen as escaped", c.in)
			}
			continue
		}
		if c.want == "" {
			t.Errorf("%q: seen as escaped", c.in)
		} else if got := unescapeHTML(c.in); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHTMLEscapedWrappedOrTwice: a page-source copy is read the same inside
// the <details> section people fold it into (those tags are theirs, not the
// page's markup), and when the page it was copied from showed it escaped
// once more (&amp;lt;).
func TestHTMLEscapedWrappedOrTwice(t *testing.T) {
	escaped := "&lt; HTTP/1.1 401 Unauthorized\n&lt; Server: Kestrel\n&lt;\n&lt;html&gt;&lt;title&gt;Sign-in required&lt;/title&gt;&lt;/html&gt;"
	plain := "< HTTP/1.1 401 Unauthorized\n< Server: Kestrel\n<\n<html><title>Sign-in required</title></html>"
	for _, c := range []struct{ name, in string }{
		{"folded", "<details>\n<summary>what the portal returned</summary>\n\n" + escaped + "\n\n</details>"},
		{"twice", strings.NewReplacer("&", "&amp;").Replace(escaped)},
	} {
		in, err := Parse(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
			t.Fatalf("%s: %d exchanges", c.name, len(in.Exchanges))
		}
		if b := in.Exchanges[0].Response.Body.Text; !strings.Contains(b, "<title>Sign-in required</title>") {
			t.Errorf("%s: body %q, want the page's markup as characters (%q)", c.name, b, plain)
		}
	}
	if htmlEscaped("<p>a &amp;lt; b</p>") {
		t.Error("a page's own markup with an escaped entity in it is what the server sent")
	}
}

func TestUndecorate(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"details", "<details>\n<summary>Full log</summary>\n\n```text\nHTTP/1.1 401 Unauthorized\n```\n</details>",
			"\n\n\n```text\nHTTP/1.1 401 Unauthorized\n```\n"},
		{"details on one line", "<details open><summary>Log</summary>\nHTTP/1.1 403 Forbidden", "\nHTTP/1.1 403 Forbidden"},
		{"fence in a list item", "1. Then:\n   ```\n   HTTP/1.1 403 Forbidden\n     Server: x\n   ```", "1. Then:\n   ```\nHTTP/1.1 403 Forbidden\n  Server: x\n   ```"},
		{"shared indentation", "    HTTP/1.1 401 Unauthorized\n    WWW-Authenticate: Basic\n\n    denied", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic\n\ndenied"},
		{"tabs", "\tHTTP/1.1 401 Unauthorized\n\tServer: nginx", "HTTP/1.1 401 Unauthorized\nServer: nginx"},
		{"wget -S", "HTTP request sent, awaiting response...\n  HTTP/1.1 403 Forbidden\n  Server: AmazonS3", ""},
		{"traceback", "Traceback (most recent call last):\n  File \"x.py\", line 1\nHTTPError: 401", ""},
		{"a tag that is no wrapper", "<detailsx>\nHTTP/1.1 403 Forbidden", ""},
		{"jira code", "It fails:\n{code:bash}\nHTTP/1.1 403 Forbidden\n{code}", "It fails:\n```\nHTTP/1.1 403 Forbidden\n```"},
		{"jira noformat", "{noformat}\nHTTP/1.1 403 Forbidden\n{noformat}", "```\nHTTP/1.1 403 Forbidden\n```"},
		{"forum code on its lines", "[CODE]\nHTTP/1.1 403 Forbidden\n[/CODE]", "```\nHTTP/1.1 403 Forbidden\n```"},
		{"forum code around text", "[code]HTTP/1.1 403 Forbidden\nServer: nginx[/code]", "HTTP/1.1 403 Forbidden\nServer: nginx"},
		{"an error page's pre", "<body>\n<pre>\nCannot GET /x\n</pre>", ""},
		{"viewer's line numbers", "  9 | HTTP/1.1 403 Forbidden\n 10 | Server: nginx\n 11 | \n 12 |   {\"a\": 1}", "HTTP/1.1 403 Forbidden\nServer: nginx\n\n  {\"a\": 1}"},
		{"cat -n", "     1\tHTTP/1.1 401 Unauthorized\n     2\tServer: x\n     3\t\n     4\tdenied", "HTTP/1.1 401 Unauthorized\nServer: x\n\ndenied"},
		{"nl skips blanks", "     1\tHTTP/1.1 401 Unauthorized\n     2\tServer: x\n\n     3\tdenied\n     4\tagain", "HTTP/1.1 401 Unauthorized\nServer: x\n\ndenied\nagain"},
		{"grep -n", "3:HTTP/1.1 401 Unauthorized\n4:Server: x\n5:\n6: indented", "HTTP/1.1 401 Unauthorized\nServer: x\n\n indented"},
		{"clock times are no numbers", "10:00:01 a\n11:00:02 b\n12:00:03 c\n13:00:04 d", ""},
		{"numbers that do not count up", "200 | ok\n200 | ok\n401 | no\n403 | no", ""},
	} {
		got, changed := undecorate(strings.Split(c.in, "\n"))
		if c.want == "" {
			if changed {
				t.Errorf("%s: changed to %q", c.name, got)
			}
			continue
		}
		if !changed || strings.Join(got, "\n") != c.want {
			t.Errorf("%s: %v %q, want %q", c.name, changed, strings.Join(got, "\n"), c.want)
		}
	}
}

// TestDecoratedPasteReadsAsPlain: a dump inside <details> and indented by
// an editor reads as the dump does.
func TestDecoratedPasteReadsAsPlain(t *testing.T) {
	dump := "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Request-Id: 4f2a\n\n{\"message\":\"denied\"}"
	plain := oneExchange(t, dump)
	for _, in := range []string{
		"<details>\n<summary>curl output</summary>\n\n```\n" + dump + "\n```\n\n</details>\n",
		"    " + strings.ReplaceAll(dump, "\n", "\n    "),
		"\t" + strings.ReplaceAll(dump, "\n", "\n\t"),
	} {
		x := oneExchange(t, in)
		if x.Response.Status != 403 || len(x.Response.Fields) != len(plain.Response.Fields) || x.Response.Body.Text != plain.Response.Body.Text {
			t.Errorf("%q: %d, %d fields, body %q", in, x.Response.Status, len(x.Response.Fields), x.Response.Body.Text)
		}
	}
}

// TestWrappedLogWithPrefixes: a log a terminal wrapped at 80 columns,
// whose timestamp prefixes come off before reading, is joined at the width
// the terminal had (prefix included), also where a line was cut just after
// a blank; each record is one exchange.
func TestWrappedLogWithPrefixes(t *testing.T) {
	records := []string{
		"2026-11-30 08:01:07 192.0.2.4 GET /robots.txt - 443 - 198.51.100.9 Crawler/2.1 - 401 2 5 2",
		"2026-11-30 08:01:08 192.0.2.4 GET /robots.txt - 443 CORP\\svc-crawl 198.51.100.9 Crawler/2.1 - 404 0 2 1422",
		"2026-11-30 08:01:08 192.0.2.4 GET /sitemap.xml - 443 - 198.51.100.9 Crawl - 401 2 5 1",
		"2026-11-30 08:01:09 192.0.2.4 GET /sitemap.xml - 443 CORP\\svc-crawl 198.51.100.9 Crawler/2.1 - 200 0 0 173",
	}
	var wrapped []string
	for _, r := range records {
		for len(r) > 80 {
			wrapped = append(wrapped, r[:80])
			r = r[80:]
		}
		wrapped = append(wrapped, r)
	}
	if !strings.HasSuffix(wrapped[4], " ") {
		t.Fatalf("the sample no longer cuts a line after a blank: %q", wrapped[4])
	}
	in, err := Parse("The crawler's log:\n" + strings.Join(wrapped, "\n") + "\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, x := range in.Exchanges {
		got = append(got, x.Response.Status)
	}
	if len(got) != 4 || got[0] != 401 || got[1] != 404 || got[2] != 401 || got[3] != 200 {
		t.Errorf("statuses %v, want [401 404 401 200]", got)
	}
}

// TestWrappedHeaderLine: a header line a terminal cut at its width goes on
// on the next line without a field name or a transcript marker; it is joined
// back to the field, not read as the start of a body or another message.
func TestWrappedHeaderLine(t *testing.T) {
	cookie := "Set-Cookie: connect.sid=Zq3Rt7Yw0Pe2Lk5Mn8Bv1Cx4Dz6Fg9Hj.Tr5Yu8Io1Pa4Sd7Fg0Hj3Kl6%2FZx9Cv2Bn5Mq8We"
	head := cookie[:80]
	tail := cookie[80:] + "; path=/; httpOnly"
	wide := "X-Explanation: " + strings.Repeat("long value ", 6) + "ends at eighty columns...."
	wide = wide[:80]
	for _, c := range []struct{ name, paste string }{
		{"curl -i", "HTTP/1.1 401 Unauthorized\nX-Powered-By: Express\n" + head + "\n" + tail + "\n" + wide + "\nContent-Length: 0\n\n"},
		{"curl -v", "> GET /feed HTTP/1.1\n> Host: social.example.net\n>\n< HTTP/1.1 401 Unauthorized\n< " + head[:78] + "\n" + head[78:] + tail + "\n< " + wide[:78] + "\n< Content-Length: 0\n<\n"},
	} {
		x := oneExchange(t, c.paste)
		f, ok := x.Response.Fields.Lookup("set-cookie")
		if !ok || !strings.HasSuffix(f.Value, "httpOnly") || !strings.Contains(f.Value, "Mq8We;") {
			t.Errorf("%s: set-cookie %q", c.name, f.Value)
		}
		if !x.Response.Fields.Has("content-length") {
			t.Errorf("%s: the fields after the wrapped one were lost: %v", c.name, x.Response.Fields)
		}
	}
}

// TestTypographicQuotes: a dump that passed through a word processor or a
// mail client, its quotes made typographic, reads as typed.
func TestTypographicQuotes(t *testing.T) {
	x := oneExchange(t, "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\u201cinvalid_token\u201d\nContent-Type: application/json\n\n{\u201cerror\u201d: \u201cinvalid_token\u201d, \u201cerror_description\u201d: \u201cthe token's signature is invalid\u201d}\n")
	if v := x.Response.Fields.Get("www-authenticate"); v != `Bearer error="invalid_token"` {
		t.Errorf("challenge %q", v)
	}
	if !strings.HasPrefix(x.Response.Body.Text, `{"error": "invalid_token"`) {
		t.Errorf("body %q", x.Response.Body.Text)
	}
}

// TestWrappedBodyAndQuotedField: a text body and a quoted header line cut at
// the terminal's width are joined back; a body line shorter than the width
// still ends where it ends.
func TestWrappedBodyAndQuotedField(t *testing.T) {
	msg := "PERMISSION_DENIED:apigee-handler.apigee.mesh-system:verifyJWT(): jwt.Parse(): Token is not valid yet"
	paste := "$ curl -i http://gw.example.com/hello\nHTTP/1.1 403 Forbidden\ncontent-type: text/plain\nserver: envoy\nx-trace: " + strings.Repeat("a", 71) + "\n\n" +
		msg[:80] + "\n" + msg[80:] + "\nsecond line\n"
	x := oneExchange(t, paste)
	if !strings.Contains(x.Response.Body.Text, "Token is not valid yet\nsecond line") {
		t.Errorf("body %q", x.Response.Body.Text)
	}
	id := "x-amz-id-2: Bcl9MjllfPEvf+OyJrVFaDv6VIKQloguPKzI6p4Pn+4R/piMJtZVx1xEc2CsuJad3s7gYXH4x+c="
	quoted := "curl -I http://downloads.example.org/a.zip\n\n> HTTP/1.1 403 Forbidden\n> x-amz-error-code: AccessDenied\n> " + id[:78] + "\n" + id[78:] + "\n> Server: AmazonS3\n> x-trace: " + strings.Repeat("a", 69) + "\n"
	x = oneExchange(t, quoted)
	if v := x.Response.Fields.Get("x-amz-id-2"); !strings.HasSuffix(v, "7gYXH4x+c=") || !x.Response.Fields.Has("server") {
		t.Errorf("x-amz-id-2 %q, fields %v", v, x.Response.Fields)
	}
}

// TestUndecorateIndentedFence: a paste indented whole, fence included,
// loses the shared indentation first; the fence then holds its lines at
// column 0 and the prose around it is not left indented.
func TestUndecorateIndentedFence(t *testing.T) {
	got, _ := undecorate([]string{"    It fails:", "    ```", "    HTTP/1.1 403 Forbidden", "    ```"})
	if strings.Join(got, "|") != "It fails:|```|HTTP/1.1 403 Forbidden|```" {
		t.Errorf("%q", got)
	}
}

// TestRunnerPrefixesAreNoRecords: a CI runner's timestamps and docker
// compose's service column sit on every line of a client's traceback; they
// do not make each line a record, so the traceback is one exchange. A
// logger's own prefix under them still marks its records.
func TestRunnerPrefixesAreNoRecords(t *testing.T) {
	tb := []string{
		"Traceback (most recent call last):",
		"  File \"/work/audit.py\", line 12, in <module>",
		"    client.sys.enable_audit_device(device_type=\"file\")",
		"  File \"/usr/lib/python3/site-packages/hvac/adapters.py\", line 90, in request",
		"    raise exceptions.Forbidden(message, errors=errors, method=method, url=url)",
		"hvac.exceptions.Forbidden: 1 error occurred:",
		"\t* permission denied",
		"",
		", on put https://vault.example.com:8200/v1/sys/audit/file",
	}
	for name, pre := range map[string]func(int) string{
		"runner":  func(i int) string { return "2026-12-05T03:00:0" + string(rune('0'+i)) + ".1234567Z " },
		"compose": func(int) string { return "deployer-1  | " },
	} {
		var b strings.Builder
		for i, l := range tb {
			b.WriteString(pre(i) + l + "\n")
		}
		in, err := Parse(b.String())
		if err != nil || len(in.Exchanges) != 1 {
			n := 0
			if in != nil {
				n = len(in.Exchanges)
			}
			t.Errorf("%s: %v, %d exchanges", name, err, n)
		}
	}
	// records a logger wrote, under the runner's timestamps: one each
	logs := "2026-12-05T03:00:01.1234567Z 2026-12-05 03:00:01,120 ERROR api: GET /v1/a returned 401\n" +
		"2026-12-05T03:00:02.1234567Z 2026-12-05 03:00:02,120 ERROR api: GET /v1/b returned 403\n" +
		"2026-12-05T03:00:03.1234567Z 2026-12-05 03:00:03,120 INFO api: GET /v1/c returned 200\n"
	in, err := Parse(logs)
	if err != nil || len(in.Exchanges) != 3 {
		t.Errorf("records under runner timestamps: %v, %+v", err, in)
	}
}

// TestUndouble: a paste with a blank line after every line is read as if
// they were not there, and what is found stays on the lines as given.
func TestUndouble(t *testing.T) {
	orig := "Got this:\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"x\"\nContent-Type: text/plain\n\ndenied\nsee above"
	doubled := strings.ReplaceAll(orig, "\n", "\r\r\n")
	in, err := Parse(doubled)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Parse(orig)
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
		t.Fatalf("read %d exchanges", len(in.Exchanges))
	}
	r, w := in.Exchanges[0].Response, want.Exchanges[0].Response
	if r.Pos.Line != 5 || r.Fields[0].Pos.Line != 7 || len(r.Fields) != len(w.Fields) || r.Body.Text != w.Body.Text {
		t.Errorf("status line %d, first field line %d, %d fields, body %q", r.Pos.Line, r.Fields[0].Pos.Line, len(r.Fields), r.Body.Text)
	}
	if p := r.Body.LinePos(len("denied\n")); p.Line != 15 {
		t.Errorf("the body's second line is line %d of the paste, want 15", p.Line)
	}
	if in.Lines != countLines(doubled) {
		t.Errorf("Lines %d", in.Lines)
	}
	for _, s := range []string{
		orig,                                // lines that touch
		"a\n\nb\n\nc\n\nd",                  // too few to tell
		"a\n\nb\n\n\nc\n\nd\n\ne\n\nf\n\ng", // an even run of blanks
		"a\n\n\n\nb\n\nc",                   // too few even with a kept blank line
	} {
		if _, _, ok := undouble(s); ok {
			t.Errorf("%q read as double spaced", s)
		}
	}
}

// TestUndoubleShort: a short log double spaced is read as given when the
// original had a blank line (three blanks where it was, one elsewhere).
func TestUndoubleShort(t *testing.T) {
	orig := "The fetch keeps failing:\n\n09:41:07 DEBUG upstream said: 403 Forbidden\nopenresty\n09:41:07 ERROR fetch failed with status code 403\n09:41:07 DEBUG GET https://files.example.org/pkg/a.tgz"
	doubled := strings.ReplaceAll(orig, "\n", "\n\n")
	got, _, ok := undouble(doubled)
	if !ok || got != orig {
		t.Fatalf("read as %q, %v", got, ok)
	}
	if _, _, ok := undouble("one\n\ntwo\n\nthree\n\nfour\n\nfive"); ok {
		t.Errorf("five short paragraphs one blank apart read as double spaced")
	}
}

// TestDebugPageRequestIsTheResponses: a framework's debug page copied as
// text lists the request (Request Method, Request URL) under its status
// heading; that request is the page's, not a request without a response.
func TestDebugPageRequestIsTheResponses(t *testing.T) {
	x := oneExchange(t, "Page not found (404)\nRequest Method:\tGET\nRequest URL:\thttp://127.0.0.1:8000/accounts/profile/\nUsing the URLconf defined in shop.urls, Django tried these URL patterns, in this order:\n\n    admin/\n    api/\n\nThe current path, accounts/profile/, didn't match any of these.\n")
	if x.Request == nil || x.Request.Method != "GET" || x.Response == nil || x.Response.Status != 404 {
		t.Errorf("request %+v, response %+v", x.Request, x.Response)
	}
}

// TestComposeColumnInAFence: docker compose's service column on a fenced
// dump comes off however long the words around the fence are.
func TestComposeColumnInAFence(t *testing.T) {
	prose := strings.Repeat("The login page makes this request before anyone signs in, which it should not.\n", 12)
	in, err := Parse(prose + "```\napi-1  | [2024-09-03T09:26:41.512+02:00][ERROR][plugins.navigation] Failed: security_exception\napi-1  | \tRoot causes:\napi-1  | \t\tsecurity_exception: missing authentication credentials for REST request [/_security/user]\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range in.Notes {
		if n.Code == "log-prefix" {
			return
		}
	}
	t.Errorf("the compose column stayed on: %+v", in.Notes)
}

// TestComposeColumnTwice: compose's column on the log of a service whose
// own output already carries one ("edge-1  | auth-1  | …", a compose log
// copied out of another compose's log) reads as the inner log alone; a
// table's columns under compose's stay a table.
func TestComposeColumnTwice(t *testing.T) {
	inner := "auth-1  | 2026/02/17 08:12:40.101 [D]  |  203.0.113.9| 200 |   5.1ms|   match| GET      /api/profile\n" +
		"auth-1  | 2026/02/17 08:12:40.377 [D]  |  203.0.113.9| 403 |   3.9ms| nomatch| GET      /api/admin/users\n" +
		"auth-1  | 2026/02/17 08:12:40.390 [I]  request GET /api/admin/users denied\n"
	var outer strings.Builder
	for _, l := range strings.SplitAfter(inner, "\n") {
		if l != "" {
			outer.WriteString("edge-1  | " + l)
		}
	}
	statuses := func(s string) []int {
		in, err := Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		var st []int
		for _, x := range in.Exchanges {
			if x.Response != nil {
				st = append(st, x.Response.Status)
			}
		}
		return st
	}
	if a, b := statuses(inner), statuses(outer.String()); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("under a second compose column read %v, alone %v", b, a)
	}
	lines := []string{"Warning | core | a", "Error   | core | b"}
	if !composeReplicas([]string{"api-1  | x", "shop_web_12 | y"}, []bool{true, true}) || composeReplicas(lines, []bool{true, true}) {
		t.Errorf("replica numbers misread")
	}
}
