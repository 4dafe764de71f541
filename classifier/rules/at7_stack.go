package rules

import (
	"github.com/authtriage/authtriage/classifier/parse"
	"strings"
	"sync"

	"github.com/authtriage/authtriage/classifier/internal/anyof"
	"github.com/authtriage/authtriage/classifier/internal/lazyre"
	"github.com/authtriage/authtriage/classifier/rule"
)

// A stackHit is one stack trace found in a body: the language, where its first
// marker sits, and how many frames it shows.
type stackHit struct {
	lang   string
	off    int
	frames int
	first  string // the first frame or marker, as written
}

// Frame shapes, one per runtime. Each runs only after a cheap substring test.
var (
	// at com.example.Foo.bar(Foo.java:42) / (Native Method) / (Unknown Source);
	// also inside JSON strings, where the frame follows "\n\tat ".
	javaFrameRe = &lazyre.Regexp{Expr: `(?:^|[\s"\[>;]|\\t|\\n)at (?:[\w.$-]+(?:@[\w.-]+)?/)?([\w$]+(?:\.[\w$<>]+)+)\((?:[\w$]+\.(?:java|kt|scala|groovy|clj)(?::\d+)?|Native Method|Unknown Source)\)`}
	// at Ns.Type.Method(Args) in C:\src\File.cs:line 42
	dotnetFrameRe = &lazyre.Regexp{Expr: `\bat [\w.` + "`" + `<>\[\],]+\([^()\r\n]*\) in [^\r\n]+?:line \d+`}
	// at System.Web.Mvc.Controller.Execute(...) without symbols
	dotnetSysFrameRe = &lazyre.Regexp{Expr: `\bat (?:System|Microsoft)\.[\w.` + "`" + `<>\[\],]+\([^()\r\n]*\)`}
	// ASP.NET's error page ("Server Error in '/' Application"), its
	// "Stack Trace:" section: frames without "at", each ending in an IL
	// offset or a source line ("   Shop.Web.CartController.Index() +41",
	// "   Shop.Api.Client.Send(HttpWebRequest r) in C:\src\Client.cs:65")
	ysodFrameRe = &lazyre.Regexp{Expr: `(?m)^[ \t]+[\w.` + "`" + `<>\[\],]+\([^()\r\n]*\) (?:\+\d+|in [^\r\n]+:\d+)[ \t]*\r?$`}
	// at handler (/app/server.js:12:3), at /app/x.js:1:2, at async fn (node:internal/x:1:2)
	nodeFrameRe = &lazyre.Regexp{Expr: `\bat (?:async )?(?:[^\s()<>]+ (?:\[as [^\]\s]+\] )?)?\(?(?:/|[A-Za-z]:\\|node:|file:///)[^\s()<>]*:\d+:\d+\)?`}
	// File "/app/x.py", line 12 (also JSON-escaped quotes, or single quotes)
	pythonFrameRe = &lazyre.Regexp{Expr: `File \\?["'][^"'\r\n]{1,300}?\\?["'], line \d+`}
	// Django's debug page, copied as text: File "/app/views.py" in get
	djangoFrameRe = &lazyre.Regexp{Expr: `File \\?"[^"\r\n]{1,300}?\.py\\?" in [\w<>]+`}
	// #0 /var/www/x.php(12): fn()
	phpFrameRe = &lazyre.Regexp{Expr: `(?m)#\d+ (?:/|[A-Za-z]:\\|\[internal function\])[^\r\n]*`}
	// goroutine 1 [running]:
	goRoutineRe = &lazyre.Regexp{Expr: `goroutine \d+ \[[a-z ]+\]:`}
	// /app/models/user.rb:12:in `find'
	rubyFrameRe = &lazyre.Regexp{Expr: `(?:/|[A-Za-z]:/)[^\s:'"]+\.rb:\d+:in [` + "`" + `']`}
	// SimpleSAMLphp's "Backtrace:" frames: "1 /var/simplesamlphp/www/module.php:137 (require)"
	backtraceFrameRe = &lazyre.Regexp{Expr: `(?m)^[ \t]*\d+ (?:/|[A-Za-z]:\\)[^\r\n]*\.php:\d+ \([^\r\n]*\)[ \t]*\r?$`}
	// Apollo Server's debug "stacktrace" array: its strings, one per line,
	// the frames "    at fn (…)"
	apolloFrameRe = &lazyre.Regexp{Expr: `"\s+at [^"\r\n]+"`}
	// a PHP framework's debug JSON (Laravel's, Symfony's): the "trace"
	// array's frames, {"file": "/app/vendor/…/Handler.php", "line": 367, …}
	phpJSONFrameRe = &lazyre.Regexp{Expr: `"file"\s*:\s*"[^"\r\n]{1,300}?\.php"\s*,\s*"line"\s*:\s*\d+`}
	// "exception":"org.example.FooException"
	springExcRe = &lazyre.Regexp{Expr: `"exception"\s*:\s*"((?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error))"`}
)

// stackWords are the words findStackTraces looks for in a body before it
// tries a runtime's frame expression, found in one pass; the sw constants
// name its lists.
var stackWords = onePass{lists: [][]string{
	swJava:         {".java:", ".kt:", ".scala:", "(Native Method)", "(Unknown Source)"},
	swDotnetLine:   {":line "},
	swDotnetSystem: {"at System."},
	swDotnetAt:     {"at System.", "at Microsoft."},
	swException:    {"Exception"},
	swNode:         {".js:", ".ts:", ".mjs:", ".cjs:", "node:internal"},
	swTraceback:    {"Traceback (most recent call last)"},
	swPythonLine:   {`", line `, `', line `, `\", line `},
	swDjango:       {`.py" in `},
	swPHP:          {"Stack trace:"},
	swGo:           {"goroutine "},
	swRuby:         {".rb:"},
	swSpring:       {`"exception"`},
	swApollo:       {`"stacktrace"`},
}}

const (
	swJava = iota
	swDotnetLine
	swDotnetSystem
	swDotnetAt
	swException
	swNode
	swTraceback
	swPythonLine
	swDjango
	swPHP
	swGo
	swRuby
	swSpring
	swApollo
)

// findStackTraces returns the stack traces in a body, one per runtime.
func findStackTraces(body string) []stackHit {
	var out []stackHit
	frames := func(lang string, re *lazyre.Regexp) bool {
		locs := re.FindAllStringIndex(body, 200)
		if len(locs) == 0 {
			return false
		}
		first := strings.TrimLeft(body[locs[0][0]:locs[0][1]], " \t\"[>;\\tn")
		out = append(out, stackHit{lang: lang, off: locs[0][0], frames: len(locs), first: first})
		return true
	}
	var offs [32]int
	first := stackWords.index(offs[:0], body)
	if stackWords.has(first, swJava) {
		frames("Java", javaFrameRe)
	}
	if stackWords.has(first, swDotnetLine) {
		if !frames(".NET", dotnetFrameRe) && stackWords.has(first, swDotnetSystem) {
			frames(".NET", dotnetSysFrameRe)
		}
	} else if stackWords.has(first, swDotnetAt) && stackWords.has(first, swException) {
		if locs := dotnetSysFrameRe.FindAllStringIndex(body, 200); len(locs) >= 2 {
			out = append(out, stackHit{lang: ".NET", off: locs[0][0], frames: len(locs), first: body[locs[0][0]:locs[0][1]]})
		}
	}
	if stackWords.has(first, swNode) {
		frames("Node.js", nodeFrameRe)
	}
	if i := stackWords.at(first, swTraceback); i >= 0 && rubyReversed(body[i:]) > 0 {
		// Ruby 2.5+ prints its backtrace under the same heading, most
		// recent call last, as numbered "N: from file:line" lines.
		out = append(out, stackHit{lang: "Ruby", off: i, frames: rubyReversed(body[i:]), first: "Traceback (most recent call last)"})
	} else if i >= 0 {
		n := len(pythonFrameRe.FindAllStringIndex(body, 200))
		out = append(out, stackHit{lang: "Python", off: i, frames: n, first: "Traceback (most recent call last)"})
	} else if stackWords.has(first, swPythonLine) {
		frames("Python", pythonFrameRe)
	} else if stackWords.has(first, swDjango) {
		frames("Python", djangoFrameRe)
	}
	if i := stackWords.at(first, swPHP); i >= 0 && strings.Contains(body[i:], "#0 ") {
		n := len(phpFrameRe.FindAllStringIndex(body[i:], 200))
		if n > 0 {
			out = append(out, stackHit{lang: "PHP", off: i, frames: n, first: "Stack trace:"})
		}
	}
	if stackWords.has(first, swGo) {
		if locs := goRoutineRe.FindAllStringIndex(body, 200); len(locs) > 0 {
			off := locs[0][0]
			if p := strings.Index(body, "panic: "); p >= 0 && p < off {
				off = p
			}
			out = append(out, stackHit{lang: "Go", off: off, frames: strings.Count(body, ".go:"), first: strings.TrimSpace(lineAround(body, off))})
		}
	}
	if stackWords.has(first, swRuby) && !hasLang(out, "Ruby") {
		frames("Ruby", rubyFrameRe)
	}
	if i := stackWords.at(first, swApollo); i >= 0 && !hasLang(out, "Node.js") {
		if n := len(apolloFrameRe.FindAllStringIndex(body[i:], 200)); n > 0 {
			out = append(out, stackHit{lang: "Node.js", off: i, frames: n, first: `"stacktrace"`})
		}
	}
	if stackWords.has(first, swSpring) && !hasLang(out, "Java") {
		if m := springExcRe.FindStringSubmatchIndex(body); m != nil && strings.Contains(body, `"trace"`) {
			out = append(out, stackHit{lang: "Java", off: m[0], frames: 0, first: body[m[2]:m[3]]})
		}
	}
	return out
}

// rubyReversed counts the numbered "N: from …" frames of a Ruby backtrace
// printed under "Traceback (most recent call last):" (Ruby 2.5 to 3.x on
// a terminal), which t starts with; 0 when the lines after the heading are
// not such frames (Python's "File …, line N" are not).
func rubyReversed(t string) int {
	n := 0
	_, rest, _ := strings.Cut(t, "\n")
	for len(rest) > 0 && n < 200 {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimSpace(l)
		j := 0
		for j < len(l) && l[j] >= '0' && l[j] <= '9' {
			j++
		}
		if j == 0 || !strings.HasPrefix(l[j:], ": from ") {
			break
		}
		n++
	}
	return n
}

// reportedStackTraces is findStackTraces with three error pages' traces
// added: the "Stack Trace:" section of ASP.NET's "Server Error in '/'
// Application" page, whose frames have no "at", the "Backtrace:" of
// SimpleSAMLphp's error page ("2 /var/simplesamlphp/lib/…/State.php:263
// (…)"), and the "trace" array of a PHP framework's debug JSON (Laravel's,
// Symfony's: {"file": "…/Handler.php", "line": 367, "function": …}). Their
// source paths stay file-path-leak's to report as well (that rule leaves
// paths only to the traces findStackTraces reads).
func reportedStackTraces(body string) []stackHit {
	out := findStackTraces(body)
	if i := strings.Index(body, "Stack Trace:"); i >= 0 && !hasLang(out, ".NET") {
		if locs := ysodFrameRe.FindAllStringIndex(body[i:], 200); len(locs) >= 2 {
			out = append(out, stackHit{lang: ".NET", off: i, frames: len(locs), first: "Stack Trace:"})
		}
	}
	if i := strings.Index(body, `"trace"`); i >= 0 && !hasLang(out, "PHP") {
		if n := len(phpJSONFrameRe.FindAllStringIndex(body[i:], 200)); n > 0 {
			out = append(out, stackHit{lang: "PHP", off: i, frames: n, first: `"trace"`})
		}
	}
	if i := strings.Index(body, "Backtrace:"); i >= 0 && !hasLang(out, "PHP") {
		if n := len(backtraceFrameRe.FindAllStringIndex(body[i:], 200)); n > 0 {
			out = append(out, stackHit{lang: "PHP", off: i, frames: n, first: "Backtrace:"})
		}
	}
	return out
}

func hasLang(hs []stackHit, lang string) bool {
	for _, h := range hs {
		if h.lang == lang {
			return true
		}
	}
	return false
}

// AT7010: stack traces in a response body.
var AT7010 = rule.Rule{
	ID:    "AT7010",
	Name:  "stack-trace",
	Title: "Response body contains a stack trace",
	Doc: "The body carries a stack trace: the chain of functions, files and line numbers the server was running when it failed. " +
		"It tells an attacker the language, framework and library versions, the source layout and often the account and paths the service runs under, and which input reached which code. " +
		"For the person debugging a 401 or 403 it is useful, but it should reach them through the server log, not through every client.",
	Fix: "Turn off debug or development error output in production (Spring `server.error.include-stacktrace=never`, Express `NODE_ENV=production`, Django `DEBUG = False`, ASP.NET `customErrors`/`UseDeveloperExceptionPage` only in development) " +
		"and return a short error with a request id that points at the logged trace.",
	Severity: rule.Medium,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe209, owaspErrors},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		// A success page may quote a trace as content (documentation, a forum);
		// a success API body with one (GraphQL errors in debug mode) leaks it.
		if !errorish(x.Response) && strings.Contains(strings.ToLower(x.Response.Fields.Get("content-type")), "html") {
			return
		}
		body := leakBody(x)
		if body == "" {
			return
		}
		if b := x.Response.Body; b.Pasted && len(b.NotSent) > 0 {
			// the reader took the paste's text for the body and found log
			// records in it: a trace there belongs to the log, not to a response
			return
		}
		client := clientTrace(scanBody(x)) // the whole text: a client marker may sit on a line left out of body
		if client != "" && serverErrorPage(body) {
			client = "" // the server's own error page, showing the call its code made as a client
		}
		if client == "" && textOnly(x) && !serverTrace(body) && !serverErrorPage(body) {
			// the paste's own text taken for the body: a trace there with no
			// frame of a server framework, outside a framework's own error
			// page copied as text, is the program that printed the error
			// (an SDK, a CLI), not something the server sent
			return
		}
		text := textOnly(x)
		for i, h := range reportedStackTraces(body) {
			if i == maxReports {
				break
			}
			if client != "" {
				break // the trace of the client that printed the error, not the server's
			}
			if text && loggedTrace(body, h.off) {
				// the paste's own text: a trace a log record opens ("… ERROR
				// … : Access is denied" and the exception under it) is the
				// log's, written where the program ran, not a body it sent
				continue
			}
			msg := "body holds a " + h.lang + " stack trace"
			if h.frames > 0 {
				msg += " (" + itoa(h.frames) + " frame"
				if h.frames != 1 {
					msg += "s"
				}
				msg += ")"
			}
			msg += ": " + clip(h.first, 100)
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{bodyEvidence(x, h.off)}})
		}
	},
}

// serverErrorPage reports whether body is a framework's own error page, whose
// trace is the server's even where its code failed calling another service
// as a client (ASP.NET's "Server Error in '/' Application" with its "Stack
// Trace:" section, Django's debug page, Spring Boot's Whitelabel page).
func serverErrorPage(body string) bool {
	return strings.Contains(body, "Server Error in '") && strings.Contains(body, "Stack Trace:") ||
		strings.Contains(body, "Django Version:") || strings.Contains(body, "Whitelabel Error Page")
}

// clientMarkers are frames, exceptions and paths of HTTP client libraries
// and SDKs: a trace holding one is the client's own (the program that got
// the refusal and printed it), pasted around the response, not something the
// server sent.
var clientMarkers = []string{
	"site-packages/requests/", "site-packages/urllib3/", "site-packages/httpx/", "site-packages/aiohttp/",
	"site-packages/botocore/", "site-packages/googleapiclient/", "site-packages/slack", "site-packages/github/",
	"requests.exceptions.HTTPError", "urllib.error.HTTPError", "aiohttp.client_exceptions.ClientResponseError",
	"node_modules/request", "node_modules/axios/", "node_modules/got/", "node_modules/node-fetch/", "node_modules/@octokit/",
	"node_modules/undici/", "StatusCodeError", "AxiosError", "HTTPError: Response code",
	"okhttp3.", "retrofit2.", "org.apache.http.", "java.net.http.", "org.springframework.web.client.", "feign.",
	// the JDK's HttpURLConnection words a refused call this way in the
	// IOException a Java client raises, and the GitHub API for Java wraps it
	"Server returned HTTP response code: ", "org.kohsuke.github.",
	// the HTTP clients of server stacks: Jetty's, Reactor Netty's and Spring's
	// WebClient on them (their server frames are in serverMarkers)
	"org.eclipse.jetty.client.", "org.eclipse.jetty.reactive.client.", "reactor.netty.http.client.",
	"org.springframework.web.reactive.function.client.",
	"System.Net.Http.", "Google.Apis.Requests", "RestSharp", "GuzzleHttp\\", "Net::HTTP", "RestClient::", "Faraday::",
	"Octokit::", "net/http.(*Client)",
	// SDKs and API clients built on them, by package path or exception name
	"/hvac/", "hvac.exceptions.", "site-packages/keycloak/", "keycloak.exceptions.", "azure/cli/", "site-packages/azure/",
	"site-packages/msrest", "site-packages/google/api_core/", "googleapiclient.errors.HttpError", "site-packages/openai/",
	"site-packages/jira/", "jira.exceptions.JIRAError", "site-packages/jenkinsapi/", "site-packages/kubernetes/",
	"kubernetes.client.exceptions.ApiException", "site-packages/docker/", "docker.errors.APIError", "site-packages/gitlab/",
	"RequestError [HttpError]", "@octokit/request-error",
	// more client libraries and SDKs, by the frames or exceptions they print
	"raise_for_status", "site-packages/httpcore/", "site-packages/boto3/", "botocore.exceptions.", "site-packages/google/auth/",
	"google.auth.exceptions.", "azure.core.exceptions.", "site-packages/msal/", "github.GithubException", "gitlab.exceptions.",
	"slack_sdk.errors.", "openai.error.", "openai._exceptions", "stripe.error.", "tweepy.errors.", "jenkins.JenkinsException",
	"node_modules/ky/", "node_modules/ofetch/", "node_modules/@aws-sdk/", "node_modules/googleapis", "node_modules/gaxios/",
	"package:http/", "package:dio/", "package:googleapis", "io.ktor.client.", "com.google.api.client.", "software.amazon.awssdk.",
	"com.amazonaws.", "System.Net.WebException", "System.Net.WebClient", "Azure.RequestFailedException", "reqwest::", "hyper::Error",
	// Rust's reqwest words a refused status this way when a program calls
	// error_for_status(), and a crate's source in the person's cargo home
	// is the client they built (an eyre report's "Location:")
	"HTTP status client error (", "HTTP status server error (", "/.cargo/registry/",
	"HTTParty", "Symfony\\Component\\HttpClient", "Google\\Service\\Exception", "Aws\\Exception",
	// package managers and CLIs that print their own trace after a refused download
	"/yarn/lib/", "/yarn-cli/", "node_modules/npm-registry-fetch/", "azure.cli.", "azclierror", "site-packages/anthropic/",
	"anthropic.AuthenticationError", "anthropic.PermissionDeniedError", "site-packages/sentinelsat/", "/lib/k8s/",
	"site-packages/pip/", "site-packages/poetry/", "site-packages/twine/",
	// OpenStack's Python clients and their auth library
	"site-packages/keystoneclient/", "site-packages/keystoneauth1/", "keystoneauth1.exceptions.", "site-packages/novaclient/",
	"site-packages/swiftclient/", "site-packages/openstack/", "openstack.exceptions.",
	// vendors' Node SDKs, whose errors print their own frames
	"node_modules/stripe/", "node_modules/openai/", "node_modules/@anthropic-ai/", "node_modules/twilio/", "node_modules/@slack/",
	"node_modules/@google-cloud/", "node_modules/@azure/", "node_modules/@sendgrid/", "node_modules/@hubspot/",
	// n8n's error object for a node whose API call failed ("stackTrace":
	// ["NodeApiError: …", "    at ExecuteContext.httpRequestWithAuthentication (…/n8n-core/…)"])
	"NodeApiError: ", "/n8n-core/",
}

// serverMarkers are frames and paths of web servers and frameworks: a trace
// that holds one was raised while serving the request.
var serverMarkers = []string{"cherrypy", "django/", "django.", "werkzeug", "flask/", "flask.", "fastapi", "starlette", "uvicorn",
	"gunicorn", "tornado/web", "aiohttp/web", "pyramid/", "bottle.py", "falcon/", "odoo/http", "frappe", "mod_wsgi",
	"actionpack", "action_dispatch", "actioncontroller", "rack/", "sinatra", "grape/",
	"org.springframework.web.servlet", "org.springframework.security", "org.apache.catalina", "org.apache.coyote", "javax.servlet",
	"jakarta.servlet", "org.eclipse.jetty", "io.undertow", "io.netty", "play.api", "akka.http", "io.ktor.server", "io.quarkus", "io.micronaut",
	"express/lib", "at Layer.handle", "koa", "fastify", "@nestjs", "next/dist/server",
	"Illuminate\\", "Symfony\\Component\\HttpKernel", "SimpleSAML", "Laminas\\", "Slim\\", "CodeIgniter", "Drupal\\", "wp-includes",
	"System.Web.", "Microsoft.AspNetCore", "Microsoft.Owin", "phoenix", "Plug.", "gin-gonic", "labstack/echo", "gofiber", "net/http.(*conn).serve",
	"net/http.serverHandler"}

// textOnly reports whether the response was read from text alone: no
// status line, no header field, and a body that is neither JSON nor markup.
// Such a body is what the person pasted (an error a program printed, a log),
// so a trace or a home path in it belongs to the server only when a server
// framework's frame says so.
func textOnly(x *parse.Exchange) bool {
	r := x.Response
	if r == nil || len(r.Fields) > 0 || r.StatusConf >= parse.StatusLine {
		return false
	}
	t := strings.TrimSpace(r.Body.Text)
	if t == "" || t[0] == '{' || t[0] == '<' {
		return false
	}
	if t[0] == '[' { // a JSON array, not a log's "[11:02:41]"
		u := strings.TrimSpace(t[1:])
		return u == "" || !strings.ContainsAny(u[:1], "{[\"]")
	}
	return true
}

// serverTrace reports whether body holds a server framework's frame.
func serverTrace(body string) bool {
	if len(body) > scanLimit {
		body = body[:scanLimit]
	}
	for _, m := range serverMarkers {
		if strings.Contains(body, m) {
			return true
		}
	}
	return false
}

// clientTrace returns the first client-library marker in body, or "".
func clientTrace(body string) string {
	if strings.Contains(body, "\\") {
		body = strings.ReplaceAll(body, "\\", "/") // Windows paths: E:\src\yarn\node_modules\request\request.js
	}
	if strings.Contains(body, "dist-packages/") {
		body = strings.ReplaceAll(body, "dist-packages/", "site-packages/") // Debian's system Python: /usr/lib/python3/dist-packages/
	}
	if id := clientMarkerSet().FirstListed(body); id >= 0 {
		return clientMarkers[id]
	}
	if scriptTrace(body) {
		return "in <module>"
	}
	if m := consoleTrace(body); m != "" {
		return m
	}
	return ""
}

// consoleMarkers are the frames an interactive console gives the code typed
// into it (Ruby's irb and pry, Node's REPL): a trace holding one was raised
// in the person's own session, calling the API as a client.
var consoleMarkers = []string{"(irb):", "(pry):", "(REPL", " REPL"}

// consoleTrace returns the console or client-library wording in body that
// makes a trace the client's, or "": a console's own frame (consoleMarkers),
// or the message Python requests' raise_for_status gives its HTTPError
// ("400 Client Error: Bad Request for url: https://…"), which a trace ends
// with when the program that printed it was the one calling the API (an
// application's log of its own outgoing call, not a body a server sent).
func consoleTrace(body string) string {
	for _, m := range consoleMarkers {
		for off, n := 0, 0; n < 8; n++ {
			i := strings.Index(body[off:], m)
			if i < 0 {
				break
			}
			off += i + len(m)
			// Node's frames name the REPL's input by number: "(REPL7:9:11)"
			if !strings.HasSuffix(m, "REPL") || off < len(body) && digitByte(body[off]) {
				return strings.TrimSpace(m)
			}
		}
	}
	if i := strings.Index(body, " for url: "); i >= 0 {
		line := body[strings.LastIndexByte(body[:i], '\n')+1 : i]
		if strings.Contains(line, " Client Error: ") || strings.Contains(line, " Server Error: ") {
			return "Client Error: … for url:"
		}
	}
	return ""
}

// scriptTrace reports whether a Python traceback in body starts at a
// script's top level: its outermost frame (the first one listed, "most
// recent call last") is `in <module>`. That is a program someone ran
// (`python fetch.py`, a CLI's entry script) calling an API; a server's
// request handler is called by its framework, so its traces start in the
// framework's frames. A `<module>` frame further down (an import failing
// while a request is served) does not count.
func scriptTrace(body string) bool {
	const head = "Traceback (most recent call last):"
	for off, n := 0, 0; n < 8; n++ {
		i := strings.Index(body[off:], head)
		if i < 0 {
			return false
		}
		off += i + len(head)
		rest := body[off:]
		j := strings.Index(rest, "File \"")
		if j < 0 {
			return false
		}
		if strings.TrimSpace(rest[:j]) != "" {
			continue // not a frame right under the heading
		}
		line := rest[j:]
		if k := strings.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		if strings.HasSuffix(strings.TrimSpace(line), ", in <module>") {
			return true
		}
	}
	return false
}

// clientMarkerSet finds the client markers in one pass over a body (every
// response body is searched, twice: one strings.Contains per marker was 2%
// of a bulk analysis). It is built on first use, by a function rather than
// a sync.OnceValue in a variable's initialiser (see all.go's init).
func clientMarkerSet() *anyof.Set {
	clientMarkerOnce.Do(func() {
		ms := make([]string, len(clientMarkers))
		for i, m := range clientMarkers {
			ms[i] = strings.ReplaceAll(m, "\\", "/") // matched against text whose backslashes became slashes
		}
		clientMarkerAny = anyof.New(ms...)
	})
	return clientMarkerAny
}

var (
	clientMarkerOnce sync.Once
	clientMarkerAny  *anyof.Set
)

// appErrors are error strings specific enough to name a component: database
// drivers, PHP's error handler, servlet and ASP.NET error reports. Generic
// phrases ("internal error", "access denied") are left out on purpose.
var appErrors = []struct{ marker, what string }{
	{"You have an error in your SQL syntax", "MySQL syntax error"},
	{"Warning: mysql_", "PHP MySQL warning"},
	{"mysqli_sql_exception", "PHP MySQL exception"},
	{"SQLSTATE[", "PDO SQL error"},
	{"org.postgresql.util.PSQLException", "PostgreSQL JDBC error"},
	{"PG::", "PostgreSQL (Ruby pg) error"},
	{"psycopg2.", "PostgreSQL (psycopg2) error"},
	{"java.sql.SQLException", "JDBC SQL error"},
	{"Unclosed quotation mark after the character string", "SQL Server syntax error"},
	{"Microsoft OLE DB Provider for", "OLE DB error"},
	{"[Microsoft][ODBC", "ODBC error"},
	{"SQLite3::", "SQLite error"},
	{"sqlite3.OperationalError", "SQLite error"},
	{"SequelizeDatabaseError", "Sequelize database error"},
	{"MongoServerError", "MongoDB error"},
	{"ORA-0", "Oracle database error"},
	{"ORA-1", "Oracle database error"},
	{"ORA-2", "Oracle database error"},
	{"<b>Fatal error</b>:", "PHP fatal error"},
	{"<b>Warning</b>:", "PHP warning"},
	{"<b>Parse error</b>:", "PHP parse error"},
	{"PHP Fatal error:", "PHP fatal error"},
	{"Uncaught Error:", "PHP uncaught error"},
	{"ASP.NET is configured to show verbose error messages", "ASP.NET verbose error page"},
	{"customErrors mode", "ASP.NET customErrors advice"},
	{"Version Information: Microsoft .NET Framework", ".NET version footer"},
	{"javax.servlet.ServletException", "servlet exception"},
	{"jakarta.servlet.ServletException", "servlet exception"},
	{"org.hibernate.", "Hibernate error"},
	{"Whitelabel Error Page", "Spring Boot default error page"},
	{"Server Error in '", "ASP.NET error page"},
}

var oraRe = &lazyre.Regexp{Expr: `ORA-\d{5}:`}

// AT7011: application and database error strings.
var AT7011 = rule.Rule{
	ID:    "AT7011",
	Name:  "app-error-leak",
	Title: "Error body shows a database or framework error message",
	Doc: "The body repeats an internal error message: a database driver error, a PHP warning with its file and line, a servlet exception or a framework's default error page. " +
		"These name the database, the query shape or the framework, and SQL errors in particular show an attacker how their input reached a query.",
	Fix:      "Catch the error, log it server-side, and answer with a short generic message (ideally `application/problem+json`) that does not quote the exception.",
	Severity: rule.Medium,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe209, owaspErrors},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if !errorish(x.Response) {
			return
		}
		body := leakBody(x)
		if body == "" {
			return
		}
		var fs []rule.Finding
		said := map[string]bool{}
		var offs [48]int
		first := appErrorWords.index(offs[:0], body)
		for k, e := range appErrors {
			i := first[k]
			if i < 0 || said[e.what] {
				continue
			}
			if strings.HasPrefix(e.marker, "ORA-") {
				loc := oraRe.FindStringIndex(body)
				if loc == nil {
					continue
				}
				i = loc[0]
			}
			said[e.what] = true
			fs = append(fs, rule.Finding{Message: "body shows a " + e.what + ": " + clip(restOfLine(body, i), 100), Evidence: []rule.Evidence{bodyEvidence(x, i)}})
		}
		reportCapped(p, fs)
	},
}

// appErrorWords and debugPageWords are appErrors' and debugPages' markers,
// in their order, found in one pass over a body (AT7011 and AT7012 look for
// every one of them in each error body).
var (
	appErrorWords  = onePass{listed: func() [][]string { return [][]string{markersOf(appErrors)} }}
	debugPageWords = onePass{listed: func() [][]string { return [][]string{markersOf(debugPages)} }}
)

// markersOf lists the markers of a table of {marker, what}.
func markersOf(table []struct{ marker, what string }) []string {
	out := make([]string, len(table))
	for i, e := range table {
		out[i] = e.marker
	}
	return out
}

// lineFrom returns the rest of the line from off.
func restOfLine(text string, off int) string {
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		return text[off:]
	}
	return text[off : off+end]
}

// debugPages are texts that framework debug modes add to error pages.
var debugPages = []struct{ marker, what string }{
	{"you have DEBUG = True", "Django (DEBUG = True)"},
	{"The debugger caught an exception in your WSGI application", "Werkzeug/Flask debugger"},
	{"Werkzeug Debugger", "Werkzeug/Flask debugger"},
	{"Whoops! There was an error.", "PHP Whoops handler"},
	{"Ignition", "Laravel Ignition (debug mode)"},
	{"Symfony Exception", "Symfony debug page"},
	{"sf-toolbar", "Symfony web profiler toolbar"},
	{"Action Controller: Exception caught", "Rails development error page"},
	{"DeveloperExceptionPage", "ASP.NET Core developer exception page"},
	{"Xdebug", "Xdebug output"},
}

// AT7012: framework debug mode left on.
var AT7012 = rule.Rule{
	ID:    "AT7012",
	Name:  "debug-mode-page",
	Title: "Error page shows a framework's debug mode is on",
	Doc: "The error page carries text that the framework only adds in debug or development mode. Debug pages list settings, request data, installed modules and sometimes an interactive console; " +
		"even when this one holds nothing secret, it tells you the server runs with debugging enabled, which should never be the case on a reachable host.",
	Fix:      "Switch the framework to production mode (Django `DEBUG = False`, Flask `debug=False`, Laravel `APP_DEBUG=false`, Symfony `APP_ENV=prod`, Rails production environment, ASP.NET custom errors).",
	Severity: rule.Medium,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe215, owaspErrors},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if !errorish(x.Response) {
			return
		}
		body := leakBody(x)
		if body == "" {
			return
		}
		var offs [16]int
		first := debugPageWords.index(offs[:0], body)
		for k, d := range debugPages {
			i := first[k]
			if i < 0 {
				continue
			}
			if d.marker == "Ignition" && !strings.Contains(body, "laravel") && !strings.Contains(body, "Laravel") {
				continue
			}
			p.Report(rule.Finding{Message: "error page comes from the " + d.what + ": " + clip(restOfLine(body, i), 100), Evidence: []rule.Evidence{bodyEvidence(x, i)}})
			return
		}
	},
}

// loggedTrace reports whether the stack trace whose first frame is at off is
// opened by a log record: one of the few lines above the frame (up to a
// blank line) carries a log level ("[ERROR]", "… ERROR 4242 --- […]",
// "F, [2024-…] FATAL -- :", .NET's "fail: Category[0]"). A trace a program
// logs is written where it ran; a trace a server sends sits in a body with
// no log record over it.
func loggedTrace(body string, off int) bool {
	if off > len(body) {
		return false
	}
	above := body[:strings.LastIndexByte(body[:off], '\n')+1]
	for n := 0; n < 6 && above != ""; n++ {
		above = strings.TrimSuffix(above, "\n")
		line := above[strings.LastIndexByte(above, '\n')+1:]
		above = above[:len(above)-len(line)]
		if strings.TrimSpace(line) == "" {
			return false // a blank line: the trace's own block starts below it
		}
		if logLevelLine(line) {
			return true
		}
	}
	return false
}

// logLevels are the level words of log records, as loggers write them.
var traceLogLevels = []string{"ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "SEVERE", "CRITICAL"}

// logLevelLine reports whether a line is a log record by its level: an
// upper-case level word standing alone in the line's first 100 bytes (not
// quoted: a body's "status": "ERROR" is no level), a bracketed one in any
// case, or .NET's console prefix ("fail: ", "info: ", "crit: ").
func logLevelLine(line string) bool {
	t := strings.TrimLeft(line, " \t")
	for _, p := range []string{"fail: ", "info: ", "warn: ", "crit: ", "dbug: ", "trce: "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	if len(t) > 100 {
		t = t[:100]
	}
	lt := strings.ToLower(t)
	for _, w := range traceLogLevels {
		if strings.Contains(lt, "["+strings.ToLower(w)+"]") {
			return true
		}
		for from := 0; from < len(t); {
			k := strings.Index(t[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w)
			before, after := byte(' '), byte(' ')
			if k > 0 {
				before = t[k-1]
			}
			if from < len(t) {
				after = t[from]
			}
			if isWordByte(before) || isWordByte(after) || before == '"' || before == '\'' || after == '"' || after == '\'' {
				continue
			}
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
