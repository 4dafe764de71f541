package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at7 holds information-leak rules.
var at7 = []*rule.Rule{&AT7001, &AT7002, &AT7003, &AT7004, &AT7010, &AT7011, &AT7012, &AT7020, &AT7021, &AT7022, &AT7030, &AT7031, &AT7032, &AT7033, &AT7034}

// hasVersion reports whether a product token carries a version: a digit after a
// '/', or a dotted number ("nginx/1.14.2", "Microsoft-IIS/10.0", "Apache/2.4.6 (Ubuntu)").
func hasVersion(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if v[i] != '/' {
			continue
		}
		// "nginx/1.18.0", "Kong/v3.4", "MinIO/RELEASE.2020-07-13T18-09-56Z":
		// a digit, a "v" and a digit, or a short word, a separator and a
		// digit (not a code such as "ECD (fra/D1C4)")
		if i+2 < len(v) && (v[i+1] == 'v' || v[i+1] == 'V') && digitByte(v[i+2]) {
			return true
		}
		j := i + 1
		for j < len(v) && j <= i+9 && (v[j] >= 'a' && v[j] <= 'z' || v[j] >= 'A' && v[j] <= 'Z') {
			j++
		}
		if j == i+1 && j < len(v) && digitByte(v[j]) {
			return true
		}
		if j > i+1 && j+1 < len(v) && (v[j] == '.' || v[j] == '-' || v[j] == '_') && digitByte(v[j+1]) {
			return true
		}
	}
	for i := 0; i+2 < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' && v[i+1] == '.' && v[i+2] >= '0' && v[i+2] <= '9' {
			return true
		}
	}
	return false
}

// osComment returns the parenthesised comment of a Server value ("Ubuntu",
// "Win64"), which names the operating system or build.
func osComment(v string) string {
	i := strings.IndexByte(v, '(')
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(v[i:], ')')
	if j < 0 {
		return ""
	}
	c := strings.TrimSpace(v[i+1 : i+j])
	if popCode(c) {
		return "" // a CDN's location and node ("ECS (fra/D1C4)"), not the OS
	}
	return c
}

// popCode reports whether a Server comment is a CDN point of presence and
// node, as Edgecast writes them: three lower-case letters, a slash, a short
// node id ("lga/13A4").
func popCode(c string) bool {
	pop, node, ok := strings.Cut(c, "/")
	if !ok || len(pop) != 3 || len(node) < 2 || len(node) > 6 {
		return false
	}
	for i := 0; i < len(pop); i++ {
		if pop[i] < 'a' || pop[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(node); i++ {
		if c := node[i]; !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// hostedFronts are the Server tokens of cloud services' own front ends (AWS
// load balancers' "awselb/2.0", GitHub's "GitHub Babel 2.0"): the number is
// the service's interface generation, the same for every tenant, which no
// customer can patch or hide and which says nothing about the customer's own
// software. (Azure Storage's "Windows-Azure-Blob/1.0" is left a finding: the
// shared corpus labels it one.)
var hostedFronts = []string{"awselb/", "github babel", "atlassianproxy/"}

// hostedFrontEnd reports whether a Server value names only a cloud
// service's front end.
func hostedFrontEnd(v string) bool {
	var kept []string
	for _, t := range strings.Fields(strings.ToLower(v)) {
		if digitByte(t[0]) {
			continue // the version on its own ("GitHub Babel 2.0")
		}
		kept = append(kept, t)
	}
	name := strings.Join(kept, " ")
	for _, h := range hostedFronts {
		if strings.HasPrefix(name, h) && !strings.Contains(name[len(h):], " ") {
			return true
		}
	}
	return false
}

// AT7001: Server names a version, or an error page's footer does.
var AT7001 = rule.Rule{
	ID:    "AT7001",
	Name:  "server-version-leak",
	Title: "Server header or error page reveals a software version",
	Doc: "A `Server` value with a version number (and sometimes the OS and modules) tells anyone probing the site exactly which vulnerabilities to try. RFC 9110 §10.2.4 asks origin servers not to send needlessly fine-grained detail. " +
		"Default error pages repeat the same banner in their footer (`<address>Apache/2.4.41 (Ubuntu) Server at …`, `<center>nginx/1.18.0</center>`, `Apache Tomcat/9.0.41`, ASP.NET's `Version Information`), and some products send their version in a header of their own (`X-Jenkins`, `X-Syncthing-Version`). On an error response the banner helps no legitimate client.",
	Fix: "Send the product name alone or nothing: `server_tokens off;` in nginx, `ServerTokens Prod` with `ServerSignature Off` in Apache, `removeServerHeader` in IIS; " +
		"in Tomcat set `server` on the Connector and `showServerInfo=\"false\"` on the ErrorReportValve; or replace the default error pages.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{rfc9110_10_2_4, owaspInfoLeak, cwe497},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		var headerVals []string
		n := 0
		for _, f := range x.Response.Fields.All("server") {
			if strings.ContainsAny(f.Value, "{}\"<>[]=") {
				continue // no product token: a tool's own "Server:" line ("&version.Version{SemVer:…}")
			}
			if networkAddress(f.Value) {
				// a log record's "server" key holding the address it
				// listens on or called ("tcp:0.0.0.0:3000",
				// "http://bucket@10.20.3.57:8091"): no product banner
				continue
			}
			headerVals = append(headerVals, strings.ToLower(f.Value))
			if hostedFrontEnd(f.Value) {
				continue
			}
			os := osComment(f.Value)
			if !hasVersion(f.Value) && os == "" {
				continue
			}
			msg := "Server header names \"" + quote(f.Value) + "\""
			if os != "" && !hasVersion(os) {
				msg += ", including the OS or build (" + os + ")"
			}
			if n++; n <= maxReports {
				p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			}
		}
		for _, f := range x.Response.Fields {
			if !productVersionField(f) {
				continue
			}
			if n++; n <= maxReports {
				p.Report(rule.Finding{Message: f.Name + " header names the server software's version \"" + quote(f.Value) + "\"", Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			}
		}
		if !errorish(x.Response) {
			return
		}
		body := leakBody(x)
		for _, b := range bodyBanners(body) {
			dup := false
			for _, hv := range headerVals {
				if strings.Contains(hv, strings.ToLower(b.name)) {
					dup = true
				}
			}
			if dup || userAgentLine(body, b.off) {
				continue // a client's User-Agent printed in a log record or an error object names the client's software
			}
			if n++; n > maxReports {
				break
			}
			p.Report(rule.Finding{Message: "error page footer names \"" + b.name + "\"", Evidence: []rule.Evidence{bodyEvidence(x, b.off)}})
		}
	},
}

// productVersionField reports whether a response field is a product's own
// version header ("X-Jenkins: 2.401.3", "X-Syncthing-Version: v1.27.2",
// "X-Gitea-Version: 1.21.0", "X-Acme-Version: Acme/4.2.0"): a name ending
// in -version whose value is a software version, after the product's name
// or alone. Headers that version a protocol or an API
// ("X-Api-Version", "OData-Version", "MIME-Version", "x-ms-version") are not,
// and the X-AspNet ones are AT7002's.
func productVersionField(f parse.Field) bool {
	name := strings.ToLower(f.Name)
	switch {
	case name == "x-jenkins" || name == "x-hudson":
	case strings.HasSuffix(name, "-version") && strings.HasPrefix(name, "x-"):
		for _, w := range []string{"api", "odata", "mime", "schema", "protocol", "websocket", "content", "x-ms-", "aspnet"} {
			if strings.Contains(name, w) {
				return false
			}
		}
	default:
		return false
	}
	v := strings.TrimSpace(f.Value)
	if i := strings.IndexByte(v, '/'); i > 0 && i+1 < len(v) && digitByte(v[i+1]) && !strings.ContainsAny(v[:i], " ;,=") {
		v = v[i+1:] // the product named before its version ("X-JFrog-Version: Artifactory/7.98.9 79809900")
	}
	v = strings.TrimPrefix(v, "v")
	return len(v) >= 3 && digitByte(v[0]) && hasVersion(v)
}

// bannerProducts are server products whose "name/version" tokens appear in
// default error pages. Longer names come first so "apache tomcat" wins over "apache".
var bannerProducts = []string{"apache tomcat", "apache-coyote", "apache", "nginx", "openresty", "tengine", "jetty", "squid",
	"microsoft-iis", "microsoft-httpapi", "lighttpd", "litespeed", "werkzeug", "gunicorn", "envoy", "haproxy", "varnish",
	"caddy", "php", "openssl", "mod_ssl", "python", "glassfish server open source edition", "glassfish", "wildfly", "jboss web", "jboss",
	"weblogic server", "phusion_passenger", "kestrel", "resin", "cherrypy", "zope", "oracle-http-server", "ibm_http_server"}

// bodyBanners finds "product/version" tokens of known servers in a body, with
// the OS comment that may follow ("Apache/2.4.41 (Ubuntu)"), plus Jetty's
// "Powered by Jetty:// 9.4.x" footer.
func bodyBanners(body string) []hostHit {
	var out []hostHit
	seen := map[string]bool{}
	for i := 1; i+1 < len(body) && len(out) < 16; i++ {
		if body[i] != '/' || !digitByte(body[i+1]) {
			continue
		}
		lo := i - 40
		if lo < 0 {
			lo = 0
		}
		before := strings.ToLower(body[lo:i])
		for _, prod := range bannerProducts {
			if !strings.HasSuffix(before, prod) {
				continue
			}
			start := i - len(prod)
			if start > 0 {
				if c := body[start-1]; alnumByte(c) || c == '/' || c == '.' || c == '-' || c == '_' {
					break
				}
			}
			end := i + 1
			for end < len(body) && (alnumByte(body[end]) || body[end] == '.' || body[end] == '-' || body[end] == '_') {
				end++
			}
			name := strings.TrimRight(body[start:end], ".-_")
			if rest := body[end:]; strings.HasPrefix(rest, " (") {
				if j := strings.IndexByte(rest, ')'); j > 2 && j < 40 && !strings.ContainsAny(rest[:j], "<>\n") {
					name += rest[:j+1]
				}
			}
			if !seen[name] {
				seen[name] = true
				out = append(out, hostHit{name: name, off: start})
			}
			break
		}
	}
	// ASP.NET's error page ("yellow screen") footer: "Version Information:
	// Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4700.0"
	if i := strings.Index(body, "ASP.NET Version:"); i >= 0 {
		j := i + len("ASP.NET Version:")
		k := j
		for k < len(body) && (digitByte(body[k]) || body[k] == '.') {
			k++
		}
		if k > j+2 {
			out = append(out, hostHit{name: "ASP.NET " + body[j:k], off: i})
		}
	}
	if i := strings.Index(body, "Jetty://"); i >= 0 {
		j := i + len("Jetty://")
		for j < len(body) && body[j] == ' ' {
			j++
		}
		k := j
		for k < len(body) && (alnumByte(body[k]) || body[k] == '.' || body[k] == '-') {
			k++
		}
		if k > j && digitByte(body[j]) {
			out = append(out, hostHit{name: "Jetty " + body[j:k], off: i})
		}
	}
	return out
}

// AT7002: X-Powered-By and friends.
var AT7002 = rule.Rule{
	ID:       "AT7002",
	Name:     "x-powered-by-leak",
	Title:    "X-Powered-By or X-AspNet-Version header reveals the stack",
	Doc:      "`X-Powered-By`, `X-AspNet-Version` and `X-AspNetMvc-Version` serve no client; they only tell an attacker the framework and often its exact version.",
	Fix:      "Remove the header: `app.disable('x-powered-by')` in Express, `expose_php = Off` in PHP, `<httpRuntime enableVersionHeader=\"false\"/>` and removing the custom header in IIS.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{owaspInfoLeak},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		for _, f := range x.Response.Fields {
			switch strings.ToLower(f.Name) {
			case "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version":
				p.Report(rule.Finding{Message: f.Name + " header names \"" + quote(f.Value) + "\"", Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			}
		}
	},
}

// debugHeaders are response fields that only debugging tools add. This and
// backendHeaders are lists the linker lays out (wordlist), not map literals
// built entry by entry by code at start.
var debugHeaders = wordlist.Map[string]{
	{K: "x-debug-token", V: "Symfony profiler token"},
	{K: "x-debug-token-link", V: "link to the Symfony profiler"},
	{K: "x-debug-exception", V: "Symfony debug exception message"},
	{K: "x-debug-exception-file", V: "Symfony debug exception file"},
	{K: "x-chromelogger-data", V: "ChromeLogger server log dump"},
	{K: "x-chromephp-data", V: "ChromePhp server log dump"},
	{K: "x-debug-info", V: "debug information"},
	{K: "x-xdebug-profile-filename", V: "Xdebug profile file"},
}

// AT7003: debug headers.
var AT7003 = rule.Rule{
	ID:    "AT7003",
	Name:  "debug-header-leak",
	Title: "Response carries a debugging header",
	Doc: "Headers such as `X-Debug-Token-Link` (Symfony's profiler), `X-Debug-Exception` or `X-ChromeLogger-Data` (a base64 dump of server-side log calls) are added by development tools. " +
		"The profiler link in particular opens a page with the full request, session, configuration and database queries of this request to whoever follows it.",
	Fix:      "Disable the profiler or debug logger in production (Symfony `APP_ENV=prod` and no WebProfilerBundle, no ChromeLogger handler) and strip these headers at the edge.",
	Severity: rule.Medium,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe215, owaspInfoLeak},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		reportCapped(p, headerTableFindings(x, debugHeaders, func(f parse.Field, what string) string {
			return f.Name + " header carries a " + what + ": \"" + clip(f.Value, 60) + "\""
		}))
	},
}

// headerTableFindings reports each response field listed in table (lower-case
// name → what it reveals), with message(field, what) as its message.
func headerTableFindings(x *parse.Exchange, table wordlist.Map[string], message func(f parse.Field, what string) string) []rule.Finding {
	var fs []rule.Finding
	for _, f := range x.Response.Fields {
		if what, ok := table.Lookup(strings.ToLower(f.Name)); ok {
			fs = append(fs, rule.Finding{Message: message(f, what), Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
		}
	}
	return fs
}

// backendHeaders are response fields that describe the stack or the host behind the edge.
var backendHeaders = wordlist.Map[string]{
	{K: "x-backend-server", V: "the back-end server"},
	{K: "x-backend", V: "the back-end server"},
	{K: "x-server-name", V: "the server's name"},
	{K: "x-hostname", V: "the server's host name"},
	{K: "x-upstream", V: "the upstream server"},
	{K: "x-runtime", V: "the request's run time (a Rails or Rack fingerprint)"},
	{K: "x-generator", V: "the site generator"},
	{K: "x-drupal-cache", V: "Drupal"},
	{K: "x-drupal-dynamic-cache", V: "Drupal"},
	{K: "x-ms-ags-diagnostic", V: "the Microsoft Graph data centre, slice and host"},
	{K: "x-envoy-upstream-service-time", V: "an Envoy proxy in front of the service"},
	{K: "x-turbo-charged-by", V: "the LiteSpeed server"},
	{K: "x-powered-by-plesk", V: "the Plesk control panel"},
	{K: "x-pingback", V: "WordPress's XML-RPC endpoint"},
	{K: "x-mod-pagespeed", V: "the PageSpeed module version"},
	{K: "x-page-speed", V: "the PageSpeed module version"},
	{K: "x-varnish-backend", V: "the Varnish back end"},
	{K: "x-cf-backend", V: "the back-end server"},
}

// AT7004: back-end and stack fingerprint headers.
var AT7004 = rule.Rule{
	ID:    "AT7004",
	Name:  "backend-header-leak",
	Title: "Response header names the back end or the software stack",
	Doc: "Headers such as `X-Backend-Server`, `X-Runtime`, `X-Generator` or `x-ms-ags-diagnostic` describe what sits behind the public address: which host answered, which framework or CMS built the page, how long it took. " +
		"None of it helps a client handle the response; together it fingerprints the stack and, for back-end host names, maps the internal network.",
	Fix:      "Remove these headers in the application or strip them at the reverse proxy or CDN (`proxy_hide_header` in nginx, `Header unset` in Apache).",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{owaspInfoLeak, cwe497},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		reportCapped(p, headerTableFindings(x, backendHeaders, func(f parse.Field, what string) string {
			return f.Name + " header names " + what + ": \"" + clip(f.Value, 80) + "\""
		}))
	},
}

// userAgentLine reports whether the line of body holding offset off names a
// user agent ("callerSuppliedUserAgent": "…", user_agent=…, User-Agent: …):
// the versions on it are the client's, not the server's.
func userAgentLine(body string, off int) bool {
	if off < 0 || off > len(body) {
		return false
	}
	ls := strings.LastIndexByte(body[:off], '\n') + 1
	l := strings.ToLower(body[ls:off])
	return hasAnyOf(l, "useragent", "user-agent", "user_agent", "user agent")
}

// networkAddress reports whether v is written as a network address rather
// than a product token: a URL, or an IPv4 address with a port.
func networkAddress(v string) bool {
	if strings.Contains(v, "://") {
		return true
	}
	offs, ips := ipv4s(v, 4)
	for i, ip := range ips {
		if e := offs[i] + len(ip); e+1 < len(v) && v[e] == ':' && digitByte(v[e+1]) {
			return true
		}
	}
	return false
}
