package parse

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// exchangeSummary is a compact view of what a paste parsed into.
func exchangeSummary(in *Input) string {
	var b strings.Builder
	for _, x := range in.Exchanges {
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		if q := x.Request; q != nil {
			fmt.Fprintf(&b, "%s %s", q.Method, q.Target)
			if q.Partial {
				b.WriteString(" (partial)")
			}
			b.WriteString(" -> ")
		}
		if r := x.Response; r != nil {
			fmt.Fprintf(&b, "%d", r.Status)
		} else {
			b.WriteString("none")
		}
	}
	return b.String()
}

func noteCodes(notes []Note) string {
	var cs []string
	for _, n := range notes {
		cs = append(cs, n.Code)
	}
	return strings.Join(cs, ",")
}

func hasCode(notes []Note, code string) bool {
	for _, n := range notes {
		if n.Code == code {
			return true
		}
	}
	return false
}

var formatTests = []struct {
	name    string
	text    string
	format  string // Input.Format
	summary string // exchangeSummary
	check   func(t *testing.T, in *Input)
}{
	{
		name: "curl -v upload with 100 Continue and a Digest handshake",
		text: `$ curl -v --digest -u deploy:s3cret -T build.tar https://artifacts.example.org/upload/build.tar
*   Trying 198.51.100.7:443...
* Connected to artifacts.example.org (198.51.100.7) port 443 (#0)
* Server auth using Digest with user 'deploy'
> PUT /upload/build.tar HTTP/1.1
> Host: artifacts.example.org
> User-Agent: curl/8.5.0
> Accept: */*
> Content-Length: 0
>
< HTTP/1.1 401 Unauthorized
< Server: nginx
< WWW-Authenticate: Digest realm="artifacts", qop="auth", nonce="5f1c0a9e2b", algorithm=MD5
< Content-Length: 0
<
* Connection #0 to host artifacts.example.org left intact
* Issue another request to this URL: 'https://artifacts.example.org/upload/build.tar'
* Found bundle for host: 0x55d0c3b0 [serially]
* Re-using existing connection #0 with host artifacts.example.org
* Server auth using Digest with user 'deploy'
> PUT /upload/build.tar HTTP/1.1
> Host: artifacts.example.org
> Authorization: Digest username="deploy", realm="artifacts", nonce="5f1c0a9e2b", uri="/upload/build.tar", response="0d3a1f6e", qop=auth, nc=00000001, cnonce="NzE2"
> User-Agent: curl/8.5.0
> Accept: */*
> Content-Length: 10240
> Expect: 100-continue
>
< HTTP/1.1 100 Continue
} [10240 bytes data]
* We are completely uploaded and fine
< HTTP/1.1 201 Created
< Server: nginx
< Content-Length: 0
<
* Connection #0 to host artifacts.example.org left intact
`,
		format:  "curl-v",
		summary: "PUT /upload/build.tar -> 401 | PUT /upload/build.tar -> 100 | PUT /upload/build.tar -> 201",
		check: func(t *testing.T, in *Input) {
			a, b, c := in.Exchanges[0], in.Exchanges[1], in.Exchanges[2]
			if got := a.Credentials().State; got != CredNone {
				t.Errorf("first request credentials %s, want none", got)
			}
			if cr := b.Credentials(); cr.State != CredSent || cr.Scheme != "Digest" || cr.Pos.Line != 23 {
				t.Errorf("second request credentials %+v", cr)
			}
			if c.Request != b.Request {
				t.Errorf("the 201 after 100 Continue must share the PUT")
			}
			var auth bool
			for _, l := range a.Info {
				auth = auth || strings.Contains(l.Text, "Server auth using Digest")
			}
			if !auth {
				t.Errorf("info lines %+v", a.Info)
			}
			if a.Request.URL != "https://artifacts.example.org/upload/build.tar" {
				t.Errorf("URL %q", a.Request.URL)
			}
		},
	},
	{
		name: "curl -v HTTP/2 lowercase with data markers",
		text: `* using HTTP/2
* [HTTP/2] [1] OPENED stream for https://api.example.net/v1/me
> GET /v1/me HTTP/2
> Host: api.example.net
> user-agent: curl/8.7.1
> accept: */*
> authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.redacted
>
{ [5 bytes data]
< HTTP/2 401
< content-type: application/json
< www-authenticate: Bearer error="invalid_token", error_description="The token expired"
< content-length: 25
<
{ [25 bytes data]
{"error":"invalid_token"}
* Connection #0 to host api.example.net left intact
`,
		format:  "curl-v",
		summary: "GET /v1/me -> 401",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Response.Proto != "HTTP/2" || x.Response.Body.Text != `{"error":"invalid_token"}` || x.Response.Body.Pos.Line != 16 {
				t.Errorf("response %+v", x.Response)
			}
			if cr := x.Credentials(); cr.Scheme != "Bearer" || !cr.Redacted || !hasCode(x.Notes, "redacted") {
				t.Errorf("credentials %+v notes %s", cr, noteCodes(x.Notes))
			}
		},
	},
	{
		name: "HTTP/2.0 and HTTP/3 status lines, a request right after the headers",
		text: `HTTP/2.0 401
www-authenticate: Basic realm="staging"
GET /admin HTTP/1.1
Host: staging.example.com
Authorization: Basic ZGVwbG95OnMzY3JldA==

HTTP/3 403
server: cloudflare
`,
		format:  "raw",
		summary: "401 | GET /admin -> 403",
		check: func(t *testing.T, in *Input) {
			if in.Exchanges[0].Response.Fields.Get("WWW-Authenticate") != `Basic realm="staging"` {
				t.Errorf("fields %+v", in.Exchanges[0].Response.Fields)
			}
			if in.Exchanges[1].Response.Proto != "HTTP/3" || in.Exchanges[1].Request.URL != "//staging.example.com/admin" {
				t.Errorf("%+v", in.Exchanges[1])
			}
		},
	},
	{
		name: "curl -i with -u and a URL with credentials",
		text: `~/src$ curl -i -u ci-bot:hunter2 https://git.example.com/api/v4/projects/12
HTTP/2 403
content-type: application/json
x-gitlab-meta: {"correlation_id":"01HX2","version":"1"}

{"message":"403 Forbidden"}
~/src$ curl -i 'https://oper:pa55@git.example.com/api/v4/projects/13'
HTTP/2 401
content-type: application/json

{"message":"401 Unauthorized"}
`,
		format:  "curl",
		summary: "GET /api/v4/projects/12 (partial) -> 403 | GET /api/v4/projects/13 (partial) -> 401",
		check: func(t *testing.T, in *Input) {
			for i, x := range in.Exchanges {
				cr := x.Credentials()
				if cr.State != CredSent || cr.Scheme != "Basic" || cr.Pos.Line != []int{1, 7}[i] {
					t.Errorf("exchange %d credentials %+v", i, cr)
				}
			}
			if u := in.Exchanges[1].Request.URL; u != "https://git.example.com/api/v4/projects/13" {
				t.Errorf("userinfo kept in URL %q", u)
			}
		},
	},
	{
		name: "curl -IL NTLM handshake without -v",
		text: `PS C:\Users\ops> curl.exe -I --ntlm -u CORP\svc-build:Winter2024 http://intranet.corp.example/reports/
HTTP/1.1 401 Unauthorized
Content-Type: text/html
Server: Microsoft-IIS/10.0
WWW-Authenticate: NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgomi
Content-Length: 341

HTTP/1.1 200 OK
Content-Type: text/html
Server: Microsoft-IIS/10.0
Persistent-Auth: true
`,
		format:  "curl",
		summary: "HEAD /reports/ (partial) -> 401 | HEAD /reports/ (partial) -> 200",
		check: func(t *testing.T, in *Input) {
			for i, x := range in.Exchanges {
				if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "NTLM" {
					t.Errorf("exchange %d credentials %+v", i, cr)
				}
			}
		},
	},
	{
		name: "wget -S with a Basic retry",
		text: `$ wget -S --user=reader --password=letmein https://files.example.org/private/report.pdf
--2024-05-02 10:14:07--  https://files.example.org/private/report.pdf
Resolving files.example.org (files.example.org)... 203.0.113.20
Connecting to files.example.org (files.example.org)|203.0.113.20|:443... connected.
HTTP request sent, awaiting response...
  HTTP/1.1 401 Unauthorized
  Server: Apache/2.4.58 (Debian)
  WWW-Authenticate: Basic realm="Private files"
  Content-Length: 381
  Content-Type: text/html; charset=iso-8859-1
Authentication selected: Basic realm="Private files"
Reusing existing connection to files.example.org:443.
HTTP request sent, awaiting response...
  HTTP/1.1 403 Forbidden
  Server: Apache/2.4.58 (Debian)
  Content-Length: 318
  Content-Type: text/html; charset=iso-8859-1
2024-05-02 10:14:07 ERROR 403: Forbidden.
`,
		format:  "wget",
		summary: "GET /private/report.pdf (partial) -> 401 | GET /private/report.pdf (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[0].Credentials(); cr.State != CredUnknown {
				t.Errorf("first request %+v: wget waits for the challenge", cr)
			}
			if cr := in.Exchanges[1].Credentials(); cr.State != CredSent || cr.Scheme != "Basic" {
				t.Errorf("retry credentials %+v", cr)
			}
			r := in.Exchanges[1].Response
			if r.Fields.Get("Server") != "Apache/2.4.58 (Debian)" || r.Pos.Line != 14 || len(r.Fields) != 3 {
				t.Errorf("response %+v", r)
			}
		},
	},
	{
		name: "wget -S following a redirect to a login",
		text: `$ wget -S https://downloads.example.org/private/tool.tar.gz
--2026-11-30 10:00:00--  https://downloads.example.org/private/tool.tar.gz
Resolving downloads.example.org... 198.51.100.9
Connecting to downloads.example.org|198.51.100.9|:443... connected.
HTTP request sent, awaiting response...
  HTTP/1.1 302 Found
  Location: https://downloads.example.org/login?next=/private/tool.tar.gz
  Content-Length: 0
Location: https://downloads.example.org/login?next=/private/tool.tar.gz [following]
--2026-11-30 10:00:01--  https://downloads.example.org/login?next=/private/tool.tar.gz
Reusing existing connection to downloads.example.org:443.
HTTP request sent, awaiting response...
  HTTP/1.1 401 Unauthorized
  WWW-Authenticate: Basic realm="downloads"
  Content-Length: 0
Username/Password Authentication Failed.
`,
		format:  "wget",
		summary: "GET /private/tool.tar.gz (partial) -> 302 | GET /login?next=/private/tool.tar.gz (partial) -> 401",
		check: func(t *testing.T, in *Input) {
			if r := in.Exchanges[1].Response; r.Body.Text != "" {
				t.Errorf("wget's own message read as a body: %q", r.Body.Text)
			}
		},
	},
	{
		name: "go-resty debug log: fields indented under a HEADERS label",
		text: `2026/11/30 10:00:00 ERROR RESTY
==============================================================================
~~~ REQUEST ~~~
GET  /v1/me  HTTP/1.1
HOST   : api.example.io
HEADERS:
	Authorization: Bearer ***
	User-Agent: go-resty/2.11.0
BODY   :
***** NO CONTENT *****
------------------------------------------------------------------------------
~~~ RESPONSE ~~~
STATUS       : 401 Unauthorized
PROTO        : HTTP/1.1
HEADERS      :
	Content-Type: application/json
	Www-Authenticate: Bearer error="invalid_token"
BODY         :
{"error":"invalid_token"}
==============================================================================
`,
		summary: "GET /v1/me -> 401",
		format:  "headers",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Request == nil || x.Request.Fields.Get("Authorization") != "Bearer ***" || x.Request.Fields.Has("HEADERS") {
				t.Fatalf("request fields %+v", x.Request)
			}
			if cr := x.Credentials(); cr.State != CredSent || !cr.Redacted {
				t.Errorf("credentials %+v: a masked Bearer token was sent", cr)
			}
			if x.Response == nil || x.Response.Status != 401 || x.Response.Fields.Get("Www-Authenticate") == "" {
				t.Errorf("response %+v", x.Response)
			}
		},
	},
	{
		name: "curl --trace-ascii",
		text: `== Info:   Trying 203.0.113.5:443...
== Info: Connected to api.example.io (203.0.113.5) port 443 (#0)
=> Send header, 96 bytes (0x60)
0000: GET /api/v1/me HTTP/1.1
0019: Host: api.example.io
002f: Authorization: Bearer abc.def.ghi
0053: Accept: */*
0060: 
<= Recv header, 27 bytes (0x1b)
0000: HTTP/1.1 401 Unauthorized
<= Recv header, 48 bytes (0x30)
0000: WWW-Authenticate: Bearer error="invalid_token"
<= Recv header, 31 bytes (0x1f)
0000: Content-Type: application/json
<= Recv header, 2 bytes (0x2)
0000: 
<= Recv data, 25 bytes (0x19)
0000: {"error":"invalid_token"}
== Info: Connection #0 to host api.example.io left intact
`,
		format:  "curl-v",
		summary: "GET /api/v1/me -> 401",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "Bearer" {
				t.Errorf("credentials %+v", cr)
			}
			r := x.Response
			if r.Fields.Get("WWW-Authenticate") != `Bearer error="invalid_token"` || !r.HeadersComplete || r.Body.Text != `{"error":"invalid_token"}` {
				t.Errorf("response fields %+v complete %v body %q", r.Fields, r.HeadersComplete, r.Body.Text)
			}
		},
	},
	{
		// curl -v -i writes the head to stdout as well: each received line
		// is followed by its unmarked copy
		name: "curl -v -i with the head echoed to stdout",
		text: "$ curl -v -i https://files.example.org/private/\n> GET /private/ HTTP/1.1\n> Host: files.example.org\n>\n" +
			"< HTTP/1.1 401 Unauthorized\nHTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Basic realm=\"files\"\nWWW-Authenticate: Basic realm=\"files\"\n" +
			"< Content-Length: 0\nContent-Length: 0\n<\n\n* Connection #0 to host files.example.org left intact\n",
		format:  "curl-v",
		summary: "GET /private/ -> 401",
		check: func(t *testing.T, in *Input) {
			if r := in.Exchanges[0].Response; len(r.Fields) != 2 || !r.HeadersComplete {
				t.Errorf("fields %+v complete %v", r.Fields, r.HeadersComplete)
			}
		},
	},
	{
		name:    "curl -v cut after the status line, a blank line at the end",
		text:    "> GET /v1/me HTTP/2\n> Authorization: token ghp_****abcd\n>\n< HTTP/2 401\n\n",
		format:  "curl-v",
		summary: "GET /v1/me -> 401",
		check: func(t *testing.T, in *Input) {
			if r := in.Exchanges[0].Response; r.HeadersComplete {
				t.Errorf("an unmarked blank line at the end of a curl -v paste ended the header block: %+v", r)
			}
		},
	},
	{
		name: "HTTPie verbose",
		text: `$ http -v GET https://api.example.io/v2/orders Authorization:"Bearer sk_live_51HxREDACTED"
GET /v2/orders HTTP/1.1
Accept: */*
Accept-Encoding: gzip, deflate
Authorization: Bearer sk_live_51HxREDACTED
Connection: keep-alive
Host: api.example.io
User-Agent: HTTPie/3.2.2



HTTP/1.1 403 Forbidden
Content-Length: 73
Content-Type: application/json
Date: Thu, 02 May 2024 09:00:00 GMT

{
    "error": "insufficient_permissions",
    "required": "orders:read"
}

`,
		format:  "httpie",
		summary: "GET /v2/orders -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Request.Partial || x.Request.URL != "https://api.example.io/v2/orders" {
				t.Errorf("request %+v", x.Request)
			}
			if cr := x.Credentials(); !cr.Redacted || cr.Pos.Line != 5 {
				t.Errorf("credentials %+v", cr)
			}
			if x.Response.Body.Pos.Line != 17 || !strings.HasSuffix(x.Response.Body.Text, "}") {
				t.Errorf("body at %d: %q", x.Response.Body.Pos.Line, x.Response.Body.Text)
			}
		},
	},
	{
		name: "HTTPie without -v and with -a",
		text: `$ https -a admin:changeme POST staging.example.com/api/jobs name=rebuild
HTTP/1.1 401 Unauthorized
Content-Type: application/json
WWW-Authenticate: Basic realm="jobs"

{"detail": "Invalid username/password."}
`,
		format:  "httpie",
		summary: "POST /api/jobs (partial) -> 401",
		check: func(t *testing.T, in *Input) {
			q := in.Exchanges[0].Request
			if q.URL != "https://staging.example.com/api/jobs" || q.Credentials().Scheme != "Basic" {
				t.Errorf("request %+v", q)
			}
		},
	},
	{
		name: "Chrome DevTools copy, one line per header",
		text: `Request URL: https://app.example.com/api/session
Request Method: GET
Status Code: 401 Unauthorized
Remote Address: 203.0.113.45:443
Referrer Policy: strict-origin-when-cross-origin

Response Headers
content-length: 0
date: Thu, 02 May 2024 09:31:10 GMT
server: envoy
www-authenticate: Bearer realm="app"

Request Headers
:authority: app.example.com
:method: GET
:path: /api/session
:scheme: https
accept: application/json
cookie: sid=7f3a9c; theme=dark
user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
`,
		format:  "devtools",
		summary: "GET /api/session -> 401",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Response.StatusSource != "devtools" || x.Response.Pos.Line != 3 || x.Response.Fields.Get("server") != "envoy" {
				t.Errorf("response %+v", x.Response)
			}
			if x.Request.Partial || x.Request.URL != "https://app.example.com/api/session" {
				t.Errorf("request %+v", x.Request)
			}
			if cr := x.Credentials(); cr.State != CredSent || len(cr.Cookies) != 2 || cr.Pos.Line != 19 {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name: "Chrome DevTools copy, name and value on separate lines",
		text: `Request URL:
https://shop.example.com/api/cart
Request Method:
POST
Status Code:
403 Forbidden
Remote Address:
198.51.100.12:443
Referrer Policy:
strict-origin-when-cross-origin
cf-mitigated:
challenge
content-type:
text/html; charset=UTF-8
server:
cloudflare
`,
		format:  "devtools",
		summary: "POST /api/cart (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			r := in.Exchanges[0].Response
			if r.Fields.Get("cf-mitigated") != "challenge" || r.Fields.Get("server") != "cloudflare" {
				t.Errorf("fields %+v", r.Fields)
			}
			if f, _ := r.Fields.Lookup("server"); f.Pos.Line != 15 {
				t.Errorf("server at line %d", f.Pos.Line)
			}
		},
	},
	{
		name: "DevTools HTTP/2 pseudo-header block",
		text: `:status: 401
content-type: application/problem+json
www-authenticate: DPoP algs="ES256 PS256"
x-request-id: 7c1e44
`,
		format:  "devtools",
		summary: "401",
		check: func(t *testing.T, in *Input) {
			r := in.Exchanges[0].Response
			if r.StatusSource != "pseudo-header" || r.Pos.Line != 1 {
				t.Errorf("response %+v", r)
			}
		},
	},
	{
		name: "Firefox raw headers: response above request",
		text: `Response Headers (412 B)
HTTP/2 403
server: AmazonS3
x-amz-request-id: 9XKQ2B7
content-type: application/xml

Request Headers (380 B)
GET /reports/2024-q1.csv HTTP/2
Host: data.example.net
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8
`,
		format:  "raw",
		summary: "GET /reports/2024-q1.csv -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Span != (Span{2, 11}) {
				t.Errorf("span %v", x.Span)
			}
			if cr := x.Credentials(); cr.State != CredNone {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name:    "Markdown fence, CRLF, obs-fold and space before colon",
		text:    "Here is what the proxy returns:\r\n\r\n```http\r\nHTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n realm=\"corp-proxy\"\r\nServer : squid/5.7\r\nContent-Length: 0\r\n\r\n```\r\nAny idea?\r\n",
		format:  "raw",
		summary: "407",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			r := x.Response
			if r.Fields.Get("Proxy-Authenticate") != `Basic realm="corp-proxy"` || r.Fields.Get("Server") != "squid/5.7" {
				t.Errorf("fields %+v", r.Fields)
			}
			if !hasCode(x.Notes, "obs-fold") || !hasCode(x.Notes, "space-before-colon") {
				t.Errorf("notes %s", noteCodes(x.Notes))
			}
			if r.Pos.Line != 4 || r.Span != (Span{4, 9}) || r.Body.Text != "" {
				t.Errorf("pos %v span %v body %q", r.Pos, r.Span, r.Body.Text)
			}
		},
	},
	{
		name: "chunked body",
		text: `HTTP/1.1 403 Forbidden
Content-Type: application/json
Transfer-Encoding: chunked

2b
{"message":"Missing Authentication Token"}
0

`,
		format:  "raw",
		summary: "403",
		check: func(t *testing.T, in *Input) {
			b := in.Exchanges[0].Response.Body
			if b.Text != `{"message":"Missing Authentication Token"}` || b.LinePos(0).Line != 6 {
				t.Errorf("body %q at %v", b.Text, b.LinePos(0))
			}
		},
	},
	{
		name: "Burp raw request and response",
		text: `POST /api/v1/transfer HTTP/2
Host: bank.example.com
Cookie: session=eyJ1aWQiOjQyfQ.Zx1.redacted
Content-Type: application/json
Content-Length: 39
Origin: https://evil.example.net

{"to":"DE89370400440532013000","amount":1}

HTTP/2 403 Forbidden
Content-Type: application/json
Content-Length: 42

{"error":"CSRF token missing or invalid"}
`,
		format:  "raw",
		summary: "POST /api/v1/transfer -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Request.Body.Text != `{"to":"DE89370400440532013000","amount":1}` || x.Request.Body.Pos.Line != 8 {
				t.Errorf("request body %q", x.Request.Body.Text)
			}
			if cr := x.Credentials(); cr.State != CredSent || !cr.Redacted {
				t.Errorf("credentials %+v", cr)
			}
			if x.Span != (Span{1, 14}) {
				t.Errorf("span %v", x.Span)
			}
		},
	},
	{
		name: "blockquoted curl -v with < and > inside",
		text: `> > GET /v1/secrets/db HTTP/1.1
> > Host: vault.internal.example
> > X-Vault-Token: hvs.***
> >
> < HTTP/1.1 403 Forbidden
> < Content-Type: application/json
> <
> {"errors":["permission denied"]}
`,
		format:  "curl-v",
		summary: "GET /v1/secrets/db -> 403",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[0].Credentials(); cr.State != CredSent || cr.Header != "X-Vault-Token" || !cr.Redacted {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		// A reply that quotes an earlier comment's dump, with the
		// replier's words around it: the quote markers come off the
		// quoted lines only.
		name: "an email or issue reply quoting a curl -v dump",
		text: `On Wed, Nov 4, 2026 at 4:02 PM Priya Nair <priya@example.org> wrote:
> * Connected to files.example.org (203.0.113.40) port 443
> > GET /dav/reports/ HTTP/1.1
> > Host: files.example.org
> > Authorization: Basic ***
> >
> < HTTP/1.1 401 Unauthorized
> < WWW-Authenticate: Basic realm="files"
> <

We see exactly this since the upgrade. Any idea?
`,
		format:  "curl-v",
		summary: "GET /dav/reports/ -> 401",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[0].Credentials(); cr.State != CredSent || cr.Header != "Authorization" {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		// A second command's own error line after a curl -i that got 200
		// is a second response (another status, another command); a
		// client's error right after its own dump restating that status is
		// not (see the curl -v cases).
		name: "curl -i 200, then another command's ERROR line with a 401",
		text: `$ curl -i http://swift.example/auth/v1.0/
HTTP/1.1 200 OK
X-Storage-Url: http://swift.example/v1/AUTH_demo
Content-Length: 0

But s3cmd still fails:

$ s3cmd ls
ERROR: S3 error: 401 (Unauthorized)
`,
		format:  "curl",
		summary: "GET /auth/v1.0/ (partial) -> 200 | 401",
	},
	{
		// "Client:" and "Server:" label the two halves (a proxy's or
		// Fiddler's raw views): labels, not an empty Server field.
		name:    "a request and its response in two fences labelled Client: and Server:",
		text:    "Client:\n```\nGET http://ci.example/builds HTTP/1.1\nHost: ci.example\n```\nServer:\n```\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: NTLM\nContent-Length: 0\n```\n",
		format:  "raw",
		summary: "GET http://ci.example/builds -> 401",
	},
	{
		// Copied from a documentation page: each status line indented
		// deeper than its fields, the challenge's parameters folded below.
		name:    "status lines indented deeper than their fields",
		text:    "Examples:\n\n          HTTP/1.1 401 Unauthorized\n      WWW-Authenticate: Bearer realm=\"4410\",\n            error=\"invalid_token\"\n\n          HTTP/1.1 403 Forbidden\n      Content-Type: application/json\n",
		format:  "raw",
		summary: "401 | 403",
		check: func(t *testing.T, in *Input) {
			if v := in.Exchanges[0].Response.Fields.Get("WWW-Authenticate"); !strings.Contains(v, "invalid_token") {
				t.Errorf("challenge %q", v)
			}
		},
	},
	{
		// An event log's "Status: 0xC000006D" under tab-separated
		// "Failure Reason:" lines is a report's field, not CGI's Status
		// header: the text is not a header block.
		name:    "a Windows logon-failure event",
		text:    "An account failed to log on.\n\nFailure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC000006A\n",
		format:  "general",
		summary: "0",
	},
	{
		name: "curl command with -H and a JSON body only",
		text: `$ curl -s -H 'X-Api-Key: 3f9a0c77d2' https://api.example.com/v1/reports
{
  "statusCode": 403,
  "error": "Forbidden",
  "message": "API key lacks scope reports:read"
}
`,
		format:  "curl",
		summary: "GET /v1/reports (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Response.StatusSource != "body" || x.Response.Pos.Line != 3 || x.Response.Body.Pos.Line != 2 {
				t.Errorf("response %+v", x.Response)
			}
			if cr := x.Credentials(); cr.State != CredSent || cr.Header != "X-Api-Key" || cr.Pos.Line != 1 {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name: "curl -v with a TLS client certificate (OpenSSL)",
		text: `$ curl -v --cert client.pem --key client.key https://mtls.example.org/health
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* TLSv1.3 (IN), TLS handshake, Request CERT (13):
* TLSv1.3 (OUT), TLS handshake, Certificate (11):
> GET /health HTTP/1.1
> Host: mtls.example.org
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 403 Forbidden
< Content-Length: 9
<
forbidden
`,
		format:  "curl-v",
		summary: "GET /health -> 403",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[0].Credentials(); cr.State != CredSent || cr.ClientCert == "" {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name: "quoted exchange amid prose",
		text: `After the upgrade every call fails:

> GET /api/v1/users/me HTTP/1.1
> Host: api.example.org
> Authorization: Token 9f8e7d6c
>
> HTTP/1.1 403 Forbidden
> Content-Type: application/json
>
> {"detail":"You do not have permission to perform this action."}

Any idea what changed?
`,
		format:  "raw",
		summary: "GET /api/v1/users/me -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if x.Response.Body.Text != `{"detail":"You do not have permission to perform this action."}` || x.Response.Body.Pos.Line != 10 {
				t.Errorf("body %q at %d", x.Response.Body.Text, x.Response.Body.Pos.Line)
			}
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "Token" {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name: "indented code block of DevTools response headers",
		text: `Response headers from the browser:

    access-control-allow-origin: https://app.example.com
    content-type: application/json
    status: 401
    www-authenticate: Bearer realm="api"
`,
		format:  "devtools",
		summary: "401",
		check: func(t *testing.T, in *Input) {
			r := in.Exchanges[0].Response
			if r.StatusSource != "pseudo-header" || r.Pos.Line != 5 || len(r.Fields) != 4 {
				t.Errorf("response %+v", r)
			}
		},
	},
	{
		name: "curl -i through a proxy tunnel",
		text: `$ curl -i -x http://proxy.corp.example:3128 https://registry.example.io/v2/
HTTP/1.1 200 Connection established

HTTP/2 401
content-type: application/json
www-authenticate: Bearer realm="https://registry.example.io/token",service="registry.example.io"

{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}
`,
		format:  "curl",
		summary: "GET /v2/ (partial) -> 200 | GET /v2/ (partial) -> 401",
	},
	{
		name: "Ruby wire trace with the request",
		text: `opening connection to storage.example.com:443...
opened
starting SSL for storage.example.com:443...
SSL established, protocol: TLSv1.3, cipher: TLS_AES_128_GCM_SHA256
<- "GET /bucket/report.csv HTTP/1.1\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20240502/eu-west-1/s3/aws4_request\r\nHost: storage.example.com\r\n\r\n"
-> "HTTP/1.1 403 Forbidden\r\n"
-> "Content-Type: application/xml\r\n"
-> "Content-Length: 96\r\n"
-> "\r\n"
reading 96 bytes...
-> "<Error><Code>SignatureDoesNotMatch</Code><Message>The signature does not match</Message></Error>"
read 96 bytes
Conn keep-alive
`,
		format:  "wire",
		summary: "GET /bucket/report.csv -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "AWS4-HMAC-SHA256" || cr.Pos.Line != 5 {
				t.Errorf("credentials %+v", cr)
			}
			if !strings.HasPrefix(x.Response.Body.Text, "<Error><Code>SignatureDoesNotMatch") || x.Response.Body.LinePos(0).Line != 11 {
				t.Errorf("body %q", x.Response.Body.Text)
			}
		},
	},
	{
		name: "client library error lines",
		text: `Exception in thread "main" java.io.IOException: Server returned HTTP response code: 401 for URL: https://api.example.com/v1/export
	at sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1997)
	at sun.net.www.protocol.https.HttpsURLConnectionImpl.getInputStream(HttpsURLConnectionImpl.java:250)
`,
		format:  "general",
		summary: " /v1/export (partial) -> 401", // the URL after "for URL:" (general reader)
		check: func(t *testing.T, in *Input) {
			if r := in.Exchanges[0].Response; r.StatusSource != "text" || r.Pos.Line != 1 {
				t.Errorf("response %+v", r)
			}
		},
	},
	{
		name: "Python http.client debug output",
		text: `>>> requests.get("https://api.example.com/v3/invoices", headers={"Authorization": "Bearer " + tok})
send: b'GET /v3/invoices HTTP/1.1\r\nHost: api.example.com\r\nUser-Agent: python-requests/2.31.0\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\nConnection: keep-alive\r\nAuthorization: Bearer eyJ0eXAiOiJKV1Qi.eyJzdWIiOiJ1MSJ9.c2ln\r\n\r\n'
reply: 'HTTP/1.1 401 Unauthorized\r\n'
header: Content-Type: application/json
header: WWW-Authenticate: Bearer error="invalid_token", error_description="Signature verification failed"
header: Content-Length: 61
DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /v3/invoices HTTP/1.1" 401 61
<Response [401]>
`,
		format:  "wire",
		summary: "GET /v3/invoices -> 401",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "Bearer" || cr.Pos.Line != 2 {
				t.Errorf("credentials %+v", cr)
			}
			if len(x.Response.Fields) != 3 || x.Response.HeadersCut || x.Response.Body.Text != "" {
				t.Errorf("response %+v", x.Response)
			}
		},
	},
	{
		name: "PowerShell Invoke-WebRequest error",
		text: `PS C:\> $r = Invoke-WebRequest -Uri https://intranet.example.local/api/health -UseDefaultCredentials
Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.
At line:1 char:6
`,
		format:  "general",
		summary: " /api/health (partial) -> 401",
	},
	{
		name: "prose naming a status around a transcript",
		text: `I keep getting 403 Forbidden from the bucket, here is curl:

$ curl -i https://assets.example.net/private/logo.svg
HTTP/1.1 403 Forbidden
Server: AmazonS3
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>

Thanks, this used to return 200 OK last week.
`,
		format:  "curl",
		summary: "GET /private/logo.svg (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			if b := in.Exchanges[0].Response.Body.Text; strings.Contains(b, "Thanks") {
				t.Errorf("prose after the body kept: %q", b)
			}
		},
	},
	{
		name: "two commands with body-only output and a curl error",
		text: `$ curl -s https://api.example.com/v1/keys
{"status": 401, "error": "missing api key"}
$ curl -s -H "X-API-Key: 51f0c2" https://api.example.com/v1/keys
{"status": 403, "error": "key not allowed from this network"}
$ curl -s https://api.example.con/v1/keys
curl: (6) Could not resolve host: api.example.con
`,
		format:  "curl",
		summary: "GET /v1/keys (partial) -> 401 | GET /v1/keys (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[1].Credentials(); cr.State != CredSent || cr.Header != "X-API-Key" {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name: "Copy as cURL over several lines, then the output",
		text: `curl 'https://console.example.cloud/api/v1/clusters?limit=20' \
  -H 'accept: application/json' \
  -H 'authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJl' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' \
  --compressed -i
HTTP/2 403
content-type: application/json
date: Thu, 02 May 2024 10:11:12 GMT

{"code":"PERMISSION_DENIED","message":"caller lacks clusters.list on project ops-prod"}
`,
		format:  "curl",
		summary: "GET /api/v1/clusters?limit=20 (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "Bearer" || cr.Pos.Line != 3 {
				t.Errorf("credentials %+v", cr)
			}
			if f, _ := x.Request.Fields.Lookup("user-agent"); f.Pos.Line != 4 {
				t.Errorf("user-agent at line %d", f.Pos.Line)
			}
			if x.Response.Pos.Line != 6 {
				t.Errorf("status line %d", x.Response.Pos.Line)
			}
		},
	},
	{
		name:    "header fields indented under the status line",
		text:    "HTTP/1.1 401 Unauthorized\n\tServer: nginx/1.25.3\n\tWWW-Authenticate: Basic realm=\"admin\",\n\t  charset=\"UTF-8\"\n\tContent-Length: 0\n",
		format:  "raw",
		summary: "401",
		check: func(t *testing.T, in *Input) {
			r := in.Exchanges[0].Response
			if len(r.Fields) != 3 || r.Fields.Get("WWW-Authenticate") != `Basic realm="admin", charset="UTF-8"` {
				t.Errorf("fields %+v", r.Fields)
			}
		},
	},
	{
		name: "curl -v with the request elided",
		text: `* Connected to nexus.example.org (192.0.2.80) port 443 (#0)
* Server auth using Basic with user 'ci-deployer'
...
< HTTP/1.1 403 Forbidden
< Server: Nexus/3.61.0-02 (OSS)
< Content-Length: 0
<
* Connection #0 to host nexus.example.org left intact
`,
		format:  "curl-v",
		summary: "  (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[0].Credentials(); cr.State != CredSent || cr.Scheme != "Basic" || cr.Pos.Line != 2 {
				t.Errorf("credentials %+v", cr)
			}
		},
	},
	{
		name: "bodiless responses followed by prose",
		text: `$ curl -I https://downloads.example.com/releases/v2.4.1/app.tar.gz
HTTP/2 403
content-type: application/xml
x-amz-request-id: 4Q1W8Z

The same URL works in the browser when I am logged in.

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Negotiate
Content-Length: 0

and this one comes from the intranet proxy.
`,
		format:  "curl",
		summary: "HEAD /releases/v2.4.1/app.tar.gz (partial) -> 403 | 401",
		check: func(t *testing.T, in *Input) {
			for _, x := range in.Exchanges {
				if x.Response.Body.Text != "" {
					t.Errorf("body %q", x.Response.Body.Text)
				}
			}
		},
	},
	{
		name: "DevTools request headers, then the raw response",
		text: `Request headers:
accept: application/json
authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo
origin: https://dashboard.example.com

Response:
HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"insufficient_scope","scope":"billing:read"}
`,
		format:  "devtools",
		summary: "  -> 403",
		check: func(t *testing.T, in *Input) {
			if cr := in.Exchanges[0].Credentials(); cr.State != CredSent || cr.Scheme != "Bearer" || cr.Pos.Line != 3 {
				t.Errorf("credentials %+v", cr)
			}
			if sp := in.Exchanges[0].Span; sp != (Span{2, 10}) {
				t.Errorf("span %v", sp)
			}
		},
	},
	{
		name: "Copy as fetch, then the response",
		text: `fetch("https://api.example.com/v2/teams/42/members", {
  "headers": {
    "accept": "application/json",
    "authorization": "Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiI3In0.sig",
    "content-type": "application/json"
  },
  "referrer": "https://app.example.com/teams/42",
  "body": "{\"email\":\"new@example.com\"}",
  "method": "POST",
  "mode": "cors",
  "credentials": "include"
});

HTTP/2 403
content-type: application/json

{"error":"only team owners can invite members"}
`,
		format:  "devtools",
		summary: "POST /v2/teams/42/members (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "Bearer" || cr.Pos.Line != 4 {
				t.Errorf("credentials %+v", cr)
			}
			if x.Request.Fields.Get("Referer") != "https://app.example.com/teams/42" {
				t.Errorf("fields %+v", x.Request.Fields)
			}
		},
	},
	{
		name: "OkHttp logging interceptor in logcat",
		text: `2024-05-02 11:20:31.412  8123-8190  okhttp.OkHttpClient     com.example.app                      I  --> GET https://api.example.com/v1/profile h2
2024-05-02 11:20:31.412  8123-8190  okhttp.OkHttpClient     com.example.app                      I  Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln
2024-05-02 11:20:31.413  8123-8190  okhttp.OkHttpClient     com.example.app                      I  --> END GET
2024-05-02 11:20:31.598  8123-8190  okhttp.OkHttpClient     com.example.app                      I  <-- 401 https://api.example.com/v1/profile (185ms)
2024-05-02 11:20:31.598  8123-8190  okhttp.OkHttpClient     com.example.app                      I  content-type: application/json
2024-05-02 11:20:31.598  8123-8190  okhttp.OkHttpClient     com.example.app                      I  www-authenticate: Bearer error="invalid_token"
2024-05-02 11:20:31.599  8123-8190  okhttp.OkHttpClient     com.example.app                      I
2024-05-02 11:20:31.599  8123-8190  okhttp.OkHttpClient     com.example.app                      I  {"message":"token expired"}
2024-05-02 11:20:31.599  8123-8190  okhttp.OkHttpClient     com.example.app                      I  <-- END HTTP (27-byte body)
`,
		format:  "raw",
		summary: "GET https://api.example.com/v1/profile -> 401",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Pos.Line != 2 || x.Request.Proto != "HTTP/2" {
				t.Errorf("credentials %+v proto %q", cr, x.Request.Proto)
			}
			if x.Response.Proto != "" || len(x.Response.Fields) != 2 || x.Response.Body.Text != `{"message":"token expired"}` {
				t.Errorf("response %+v", x.Response)
			}
		},
	},
	{
		name: "OkHttp with the classic logcat tag",
		text: `D/OkHttp: --> POST https://auth.example.com/oauth/token
D/OkHttp: Content-Type: application/x-www-form-urlencoded
D/OkHttp: --> END POST (78-byte body)
D/OkHttp: <-- 400 Bad Request https://auth.example.com/oauth/token (64ms)
D/OkHttp: Content-Type: application/json
D/OkHttp: <-- END HTTP
`,
		format:  "raw",
		summary: "POST https://auth.example.com/oauth/token -> 400",
	},
	{
		name:    "R httr verbose()",
		text:    "-> GET /tracks?q=live HTTP/1.1\n-> Host: api.example.fm\n-> User-Agent: libcurl/8.4.0 r-curl/5.1.0 httr/1.4.7\n-> Authorization: OAuth 2-290187-abcdef\n-> \n<- HTTP/1.1 403 Forbidden\n<- Content-Type: text/html\n<- Server: CloudFront\n<- X-Cache: Error from cloudfront\n<- \n",
		format:  "curl-v",
		summary: "GET /tracks?q=live -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.Scheme != "OAuth" || x.Response.HeadersCut || len(x.Response.Fields) != 3 {
				t.Errorf("credentials %+v response %+v", cr, x.Response)
			}
		},
	},
	{
		name:    "command mangled by a chat app",
		text:    "$ curl \u2014include \u2014header \u201cAuthorization: Basic YWRtaW46YWRtaW4=\u201d https://nas.example.home/api/shares\nHTTP/1.1 403 Forbidden\nContent-Type:\u00a0application/json\n\n{\"error\":\"account disabled\"}\n",
		format:  "curl",
		summary: "GET /api/shares (partial) -> 403",
		check: func(t *testing.T, in *Input) {
			x := in.Exchanges[0]
			if cr := x.Credentials(); cr.State != CredSent || cr.Scheme != "Basic" {
				t.Errorf("credentials %+v", cr)
			}
			if x.Response.Fields.Get("Content-Type") != "application/json" {
				t.Errorf("fields %+v", x.Response.Fields)
			}
		},
	},
	{
		name:    "terminal colours in a log",
		text:    "\x1b[34mHTTP\x1b[0m/\x1b[34m1.1\x1b[0m \x1b[31m401\x1b[0m \x1b[36mUnauthorized\x1b[0m\n\x1b[36mWWW-Authenticate\x1b[0m: \x1b[33mBasic realm=\"git\"\x1b[0m\n",
		format:  "raw",
		summary: "401",
		check: func(t *testing.T, in *Input) {
			if v := in.Exchanges[0].Response.Fields.Get("WWW-Authenticate"); v != `Basic realm="git"` {
				t.Errorf("value %q", v)
			}
		},
	},
}

func TestFormats(t *testing.T) {
	for _, tt := range formatTests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, in)
			if got := exchangeSummary(in); got != tt.summary {
				t.Fatalf("exchanges\n got %s\nwant %s", got, tt.summary)
			}
			if in.Format != tt.format {
				t.Errorf("format %q, want %q", in.Format, tt.format)
			}
			if tt.check != nil {
				tt.check(t, in)
			}
		})
	}
}

const harBase64 = `{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "125.0"},
    "entries": [
      {
        "request": {
          "method": "GET",
          "url": "https://api.example.com/v1/me",
          "httpVersion": "HTTP/2",
          "headers": [
            {"name": "Authorization", "value": "Bearer [token redacted]"}
          ],
          "cookies": [{"name": "sid", "value": "a1b2"}]
        },
        "response": {
          "status": 401,
          "statusText": "",
          "httpVersion": "HTTP/2",
          "headers": [
            {"name": "www-authenticate", "value": "Bearer error=\"invalid_token\""}
          ],
          "content": {
            "size": 25,
            "mimeType": "application/json",
            "encoding": "base64",
            "text": "eyJlcnJvciI6ImludmFsaWRfdG9rZW4ifQ=="
          }
        }
      },
      {
        "request": {"method": "OPTIONS", "url": "https://api.example.com/v1/orders", "headers": []},
        "response": {
          "status": 0,
          "statusText": "",
          "headers": [],
          "content": {"size": 0, "mimeType": "x-unknown"},
          "_error": "net::ERR_FAILED"
        }
      }
    ]
  }
}`

const harSanitizedText = `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[{"id":"page_1","title":"https://app.example.com/"}],
"entries":[{"_initiator":{"type":"script"},"request":{"method":"GET","url":"https://app.example.com/api/profile","httpVersion":"http/2.0",
"headers":[{"name":":authority","value":"app.example.com"},{"name":"accept","value":"application/json"}],"cookies":[],"queryString":[]},
"response":{"status":403,"statusText":"","httpVersion":"http/2.0","headers":[{"name":"content-type","value":"application/json"}],
"cookies":[],"content":{"size":27,"mimeType":"application/json","text":"{\"detail\":\"Not authorized\"}"},"redirectURL":""}}]}}`

func TestHAR(t *testing.T) {
	t.Run("base64 content and status 0", func(t *testing.T) {
		in, err := Parse(harBase64)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, in)
		if in.Format != "har" || in.HARCreator != "Firefox" || len(in.Exchanges) != 2 {
			t.Fatalf("format %q creator %q %d exchanges", in.Format, in.HARCreator, len(in.Exchanges))
		}
		a, b := in.Exchanges[0], in.Exchanges[1]
		if a.Response.Body.Text != `{"error":"invalid_token"}` || a.Response.Body.MimeType != "application/json" {
			t.Errorf("body %q mime %q", a.Response.Body.Text, a.Response.Body.MimeType)
		}
		if a.Response.Pos.Line != 17 || a.Request.Pos.Line != 9 {
			t.Errorf("status line %d, url line %d", a.Response.Pos.Line, a.Request.Pos.Line)
		}
		cr := a.Credentials()
		if cr.State != CredSent || !cr.Redacted || len(cr.Cookies) != 1 || !hasCode(a.Notes, "redacted") {
			t.Errorf("credentials %+v notes %s", cr, noteCodes(a.Notes))
		}
		if b.Response.Status != 0 || b.Response.Error != "net::ERR_FAILED" || b.Entry != 2 {
			t.Errorf("entry 2: %+v", b.Response)
		}
		if b.Request.Sanitized {
			t.Errorf("a Firefox export is not sanitized")
		}
	})
	t.Run("sanitized Chrome export", func(t *testing.T) {
		in, err := Parse(harSanitizedText)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, in)
		x := in.Exchanges[0]
		if !x.Request.Sanitized || x.Credentials().State != CredUnknown || !hasCode(in.Notes, "har-sanitized") {
			t.Errorf("sanitized %v credentials %s notes %s", x.Request.Sanitized, x.Credentials().State, noteCodes(in.Notes))
		}
		if x.Request.Proto != "HTTP/2" || x.Request.URL != "https://app.example.com/api/profile" || x.Response.Body.Text != `{"detail":"Not authorized"}` {
			t.Errorf("request %+v body %q", x.Request, x.Response.Body.Text)
		}
		if x.Span.Start != 2 || x.Span.End != 5 {
			t.Errorf("span %v", x.Span)
		}
	})
	t.Run("truncated HAR keeps the entries before the cut", func(t *testing.T) {
		cut := harBase64[:strings.Index(harBase64, `"_error"`)]
		in, err := Parse(cut)
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 1 || !hasCode(in.Notes, "har-truncated") {
			t.Errorf("%d exchanges, notes %s", len(in.Exchanges), noteCodes(in.Notes))
		}
	})
	t.Run("HAR in a code fence", func(t *testing.T) {
		in, err := Parse("```json\n" + harSanitizedText + "\n```\n")
		if err != nil {
			t.Fatal(err)
		}
		if in.Format != "har" || in.Exchanges[0].Span != (Span{3, 6}) {
			t.Errorf("format %q span %v", in.Format, in.Exchanges[0].Span)
		}
	})
	t.Run("50000 entries", func(t *testing.T) {
		var b strings.Builder
		b.WriteString(`{"log":{"version":"1.2","creator":{"name":"WebInspector"},"entries":[`)
		for i := 0; i < 50000; i++ {
			if i > 0 {
				b.WriteString(",\n")
			}
			fmt.Fprintf(&b, `{"request":{"method":"GET","url":"https://cdn.example.com/a/%d.js","headers":[]},"response":{"status":%d,"headers":[{"name":"server","value":"x"}],"content":{"size":0}}}`, i, 200+i%2*201)
		}
		b.WriteString("]}}")
		in, err := Parse(b.String())
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != 50000 || in.Exchanges[49999].Response.Status != 401 || in.Exchanges[49999].Response.Fields[0].Pos.Line != 50000 {
			t.Errorf("%d exchanges", len(in.Exchanges))
		}
	})
	t.Run("broken HAR is an error with a line", func(t *testing.T) {
		_, err := Parse("{\n  \"log\": {\n    \"entries\": [\n      {\"request\": {\"method\": GET}}\n    ]\n  }\n}")
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrBadHAR) || pe.Line != 4 {
			t.Fatalf("err %v", err)
		}
	})
}

func TestBadInput(t *testing.T) {
	t.Run("prose", func(t *testing.T) {
		_, err := Parse("\n\nmy api keeps saying no, any idea why?\n")
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrNoMessage) || pe.Line != 3 || pe.Expected == "" {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("empty", func(t *testing.T) {
		if _, err := Parse(""); !errors.Is(err, ErrNoMessage) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("too large", func(t *testing.T) {
		_, err := Parse(strings.Repeat("x", MaxInput+1))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "64 MiB") {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("binary", func(t *testing.T) {
		_, err := Parse("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")
		if !errors.Is(err, ErrBinary) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("a few NULs and bad UTF-8 are tolerated", func(t *testing.T) {
		in, err := Parse("HTTP/1.1 403 Forbidden\x00\nServer: caf\xe9\n\nno\n")
		if err != nil {
			t.Fatal(err)
		}
		if in.Exchanges[0].Response.Status != 403 || !hasCode(in.Notes, "nul-bytes") || !hasCode(in.Notes, "invalid-utf8") {
			t.Errorf("%s notes %s", exchangeSummary(in), noteCodes(in.Notes))
		}
	})
	t.Run("10000-line header block", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("HTTP/1.1 401 Unauthorized\n")
		for i := 0; i < 10000; i++ {
			fmt.Fprintf(&b, "X-Trace-%d: %d\n", i, i)
		}
		in, err := Parse(b.String())
		if err != nil {
			t.Fatal(err)
		}
		// Read to the end, kept up to the limit, and said.
		x := in.Exchanges[0]
		if n := len(x.Response.Fields); n != DefaultLimits.Fields || len(x.Notes) == 0 || x.Notes[len(x.Notes)-1].Code != "too-many-fields" {
			t.Errorf("%d fields, notes %v; want the first %d and a too-many-fields note", n, x.Notes, DefaultLimits.Fields)
		}
	})
	t.Run("10000 folded lines", func(t *testing.T) {
		text := "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"x\",\n" + strings.Repeat(" scope=\"a\",\n", 10000)
		in, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if v := in.Exchanges[0].Response.Fields.Get("WWW-Authenticate"); strings.Count(v, "scope") != 10000 {
			t.Errorf("value has %d scopes", strings.Count(v, "scope"))
		}
	})
}

func TestUnescapeJSON(t *testing.T) {
	for _, q := range []string{
		`plain`, `a\"b\\c\/d`, `line\nnext\r\n\ttab\b\f`, `caf\u00e9`, `smile \ud83d\ude00`,
		`lone \ud83d here`, `lone low \ude00`, `\u0000nul`, "raw \xff byte",
	} {
		var want string
		if err := json.Unmarshal([]byte(`"`+q+`"`), &want); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		got, ok := unescapeJSON(q)
		if !ok || got != want {
			t.Errorf("unescapeJSON(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
	for _, bad := range []string{`\x`, `\u12`, `end\`} {
		if _, ok := unescapeJSON(bad); ok {
			t.Errorf("unescapeJSON(%q) accepted", bad)
		}
	}
}

func TestCountLines(t *testing.T) {
	for _, s := range []string{"", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n", "\r\n\r\n", "x\r\r\ny"} {
		if got, want := countLines(s), len(splitRaw(s)); got != want {
			t.Errorf("countLines(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestCurlCommandNamesItsCredentials: curl sends no credential its command
// line does not give, unless -n/--netrc, -K/--config or a cookie file
// (-b FILE) add some the paste does not show: a bare curl command line
// proves the request was anonymous, those options leave it unknown.
func TestCurlCommandNamesItsCredentials(t *testing.T) {
	resp := "\nHTTP/2 403\ncontent-type: text/html\n\n<h1>Error: Forbidden</h1>\n"
	for cmd, want := range map[string]CredState{
		"$ curl -i https://api.example.com/v1/health":                           CredNone,
		"$ curl -si -H 'Accept: application/json' https://api.example.com/v1/x": CredNone,
		"$ curl -n -i https://api.example.com/v1/health":                        CredUnknown,
		"$ curl --netrc-file ~/.n -i https://api.example.com/v1/health":         CredUnknown,
		"$ curl -K ci.conf -i https://api.example.com/v1/health":                CredUnknown,
		"$ curl -b cookies.txt -i https://api.example.com/v1/health":            CredUnknown,
		"$ curl -b 'sid=abc' -i https://api.example.com/v1/health":              CredSent,
	} {
		in, err := Parse(cmd + resp)
		if err != nil || len(in.Exchanges) != 1 {
			t.Fatalf("%s: %v %d exchanges", cmd, err, len(in.Exchanges))
		}
		if got := in.Exchanges[0].Credentials().State; got != want {
			t.Errorf("%s: credentials %s, want %s", cmd, got, want)
		}
	}
}
