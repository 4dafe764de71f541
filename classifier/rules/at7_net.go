package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/rule"
)

// AT7020: private IPv4 addresses in the response.
var AT7020 = rule.Rule{
	ID:    "AT7020",
	Name:  "internal-ip",
	Title: "Response discloses a private network address",
	Doc: "The response names an address from the private ranges of RFC 1918 (10/8, 172.16/12, 192.168/16) or an AWS host name built from one (`ip-10-0-3-17`). " +
		"Such addresses belong to the inside of the operator's network: a back end, a load balancer, a cache. They do not reach anyone outside, but they map the network for an attacker who gets a foothold or finds a request-forgery bug. " +
		"Addresses the client itself targeted are not reported: repeating the host you asked for, an address in your own path or query, or one on the command line you typed, discloses nothing; nor are addresses in text that is no response (a person's description of their own network, a client's log around the status it printed), nor those in a success's body, which are the content asked for (a cluster's discovery document, a device's network settings).",
	Fix:      "Keep internal addresses out of responses: build redirect and realm URLs from the public host name, strip back-end headers at the edge, and show generic error pages.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{rfc1918_3, cwe200},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		targets := targetHosts(x)
		seen := map[string]bool{}
		var fs []rule.Finding
		check := func(s string, ev func(off int) rule.Evidence, where string) {
			offs, ips := ipv4s(s, 64)
			for i, ip := range ips {
				_, o, _ := ipv4At(s, offs[i])
				if !privateV4(o) || targets[ip] || seen[ip] || versionContext(s, offs[i]) || nodePrincipal(s, offs[i]) {
					continue
				}
				seen[ip] = true
				fs = append(fs, rule.Finding{Message: where + " names private address " + ip, Evidence: []rule.Evidence{ev(offs[i])}})
			}
			for _, h := range awsHostNames(s) {
				if targets[strings.ToLower(h.name)] || seen[h.ip] || nodePrincipal(s, h.off) {
					continue
				}
				seen[h.ip] = true
				fs = append(fs, rule.Finding{Message: where + " names AWS internal host " + h.name + " (private address " + h.ip + ")", Evidence: []rule.Evidence{ev(h.off)}})
			}
		}
		for _, f := range leakFields(x) {
			f := f
			ln := strings.ToLower(f.Name)
			if strings.Contains(ln, "version") {
				continue // "X-App-Version: 10.4.2.1"
			}
			if x.Request == nil && (ln == "www-authenticate" || ln == "proxy-authenticate") {
				// A token realm on a private address is usually the host the
				// client is already talking to; without the request we cannot tell.
				continue
			}
			check(f.Value, func(int) rule.Evidence { return fieldEvidence(x, f, false) }, f.Name+" header")
		}
		// Text that is no response body (a poster's prose, a client's log or
		// code around a status it printed) names the poster's own network:
		// its addresses are what the client used, not what a server told.
		if body := leakBody(x); body != "" && errorish(x.Response) && !textOnly(x) {
			check(callerAddressesBlanked(body), func(off int) rule.Evidence { return bodyEvidence(x, off) }, "body")
		}
		reportCapped(p, fs)
	},
}

// nodePrincipal reports whether the address or EC2 host name at off is the
// name of a Kubernetes node's identity ("User \"system:node:10.20.3.7\"
// cannot list …", "system:node:ip-10-0-3-17.ec2.internal": a kubelet
// registered by its address): the principal identity-leak reports, not a
// back end's address the server let slip.
func nodePrincipal(s string, off int) bool {
	return strings.HasSuffix(s[:off], "system:node:")
}

type awsHost struct {
	name, ip string
	off      int
}

// awsHostNames finds EC2 default host names: "ip-10-0-3-17" with an optional
// ".ec2.internal" or ".<region>.compute.internal" suffix.
func awsHostNames(s string) []awsHost {
	var out []awsHost
	for from := 0; len(out) < 16; {
		i := strings.Index(s[from:], "ip-")
		if i < 0 {
			break
		}
		i += from
		from = i + 3
		if i > 0 && (alnumByte(s[i-1]) || s[i-1] == '-') {
			continue
		}
		// Rewrite the dashes as dots and reuse the dotted-quad parser.
		j := i + 3
		for j < len(s) && (digitByte(s[j]) || s[j] == '-') && j-i < 20 {
			j++
		}
		cand := strings.TrimRight(s[i+3:j], "-")
		if strings.Count(cand, "-") != 3 {
			continue
		}
		dotted := strings.ReplaceAll(cand, "-", ".")
		end, o, ok := ipv4At(dotted, 0)
		if !ok || end != len(dotted) || !privateV4(o) {
			continue
		}
		nameEnd := i + 3 + len(cand)
		for nameEnd < len(s) && dnsByte(s[nameEnd]) && nameEnd-i < maxDNSName {
			nameEnd++
		}
		out = append(out, awsHost{name: strings.TrimRight(s[i:nameEnd], "."), ip: dotted, off: i})
	}
	return out
}

// internalTLDs are final labels that only resolve inside a private network.
var internalTLDs = wordlist.Set{
	"internal", "intra", "intranet", "local", "lan", "corp",
	"localdomain", "private", "priv", "svc", "consul",
}

// internalLabels are labels that, inside a longer public name, mark a private
// zone ("sqcache2.intra.example.org").
var internalLabels = wordlist.Set{
	"internal", "intra", "intranet", "corp", "lan", "local", "priv",
}

// internalName reports whether a host name (no port) is an internal one.
// (It reads the labels in place: every host of every header of a bulk HAR
// comes here, and splitting each into a list was an allocation or two.)
func internalName(h string, middleToo bool) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if strings.HasSuffix(h, ".home.arpa") {
		return true
	}
	n := strings.Count(h, ".") + 1 // labels
	if n < 2 || h[0] == '.' || h[len(h)-1] == '.' || strings.Contains(h, "..") {
		return false // one label, or an empty one
	}
	allDigits := true
	for i := 0; i < len(h); i++ {
		if c := h[i]; c != '.' && !digitByte(c) {
			allDigits = false
			break
		}
	}
	if allDigits || strings.HasPrefix(h, "ip-") {
		return false
	}
	if internalTLDs.Has(h[strings.LastIndexByte(h, '.')+1:]) {
		return true
	}
	if middleToo {
		// a label with something before it and a registrable name after it
		rest := h[strings.IndexByte(h, '.')+1:] // from the second label
		for i := 1; i <= n-3; i++ {
			l, after, _ := strings.Cut(rest, ".")
			if internalLabels.Has(l) {
				return true
			}
			rest = after
		}
	}
	return false
}

// hostTokens splits a header value into host[:port] candidates, skipping
// parenthesised comments.
func hostTokens(v string) (toks []string, offs []int) {
	depth := 0
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == '(':
			depth++
			i++
		case c == ')':
			if depth > 0 {
				depth--
			}
			i++
		case dnsByte(c) && depth == 0:
			j := i
			for j < len(v) && dnsByte(v[j]) {
				j++
			}
			if j+1 < len(v) && v[j] == ':' && digitByte(v[j+1]) {
				j++
				for j < len(v) && digitByte(v[j]) {
					j++
				}
			}
			toks, offs = append(toks, v[i:j]), append(offs, i)
			i = j
		default:
			i++
		}
	}
	return toks, offs
}

// proxyHeaders name the host that handled the message; a single-label name
// with a port is a real host there, not a pseudonym.
var proxyHeaders = wordlist.Set{"via", "x-cache", "x-cache-lookup", "x-backend-server",
	"x-served-by", "x-upstream", "x-server", "x-backend", "x-forwarded-server"}

// AT7021: internal host names.
var AT7021 = rule.Rule{
	ID:    "AT7021",
	Name:  "internal-hostname",
	Title: "Response discloses an internal host name",
	Doc: "A header or the body names a machine inside the operator's network: a name under a private zone such as `.internal`, `.intra`, `.corp`, `.lan`, `.local` or `.home.arpa`, or a bare host with a port in `Via`, `X-Cache` or `X-Backend-Server` (`sqcache2:3128`). " +
		"Caches and proxies add these by default. The names tell an outsider how the network is laid out and which hosts to aim at. " +
		"A host the client requested (its URL, or the URL a client's error says it requested: \"for url: …\", \"GET at: …\") is not reported, nor is a URL's host in text that is no response body (the person's own words, a client's output around the status it printed), nor the machine a uname -a line names. " +
		"RFC 9110 lets an intermediary put a pseudonym in `Via` instead of its real name (`Via: 1.1 gw01`), which is not reported.",
	Fix:      "Use a pseudonym in `Via` (squid: `visible_hostname`, `via off`), drop `X-Cache`, `X-Cache-Lookup` and `X-Backend-Server` at the edge, and keep internal names out of redirect URLs and error pages.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{rfc9110_7_6_3, rfc6761_6, rfc8375_4, cwe200},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		targets := targetHosts(x)
		seen := map[string]bool{}
		byHost := map[string]int{} // host → index in fs, to list every header naming it once
		var fs []rule.Finding
		var names [][]string
		for _, f := range leakFields(x) {
			name := strings.ToLower(f.Name)
			toks, offs := hostTokens(f.Value)
			for k, t := range toks {
				if spiffeAt(f.Value, offs[k]) {
					continue
				}
				host, port, _ := strings.Cut(t, ":")
				host = strings.TrimSuffix(host, ".")
				lh := strings.ToLower(host)
				if i, ok := byHost[lh]; ok {
					if !containsString(names[i], f.Name) {
						names[i] = append(names[i], f.Name)
						fs[i].Evidence = append(fs[i].Evidence, fieldEvidence(x, f, false))
					}
					continue
				}
				if lh == "" || targets[lh] || seen[lh] {
					continue
				}
				hit := internalName(host, true)
				if !hit && port != "" && proxyHeaders.Has(name) && !strings.Contains(host, ".") && !ascii.AllDigits(host) && lh != "localhost" {
					hit = true
				}
				if !hit {
					continue
				}
				seen[lh] = true
				byHost[lh] = len(fs)
				names = append(names, []string{f.Name})
				fs = append(fs, rule.Finding{Message: t, Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			}
		}
		for i := range fs {
			verb := " names"
			if len(names[i]) > 1 {
				verb = " name"
			}
			fs[i].Message = joinAnd(names[i]) + verb + " internal host " + fs[i].Message
		}
		if body := leakBody(x); body != "" && errorish(x.Response) {
			// in the paste's own text taken for the body, a URL is one the
			// person opened or the client was given ("the reset link
			// http://wiki.lan/reset/ gives this:"); a host a server's
			// message names stands without a scheme ("backend
			// db-3.corp:5432 refused the connection")
			own := textOnly(x)
			for _, h := range bodyInternalHosts(body) {
				lh := strings.ToLower(h.name)
				if targets[lh] || seen[lh] || own && h.off >= 3 && body[h.off-3:h.off] == "://" {
					continue
				}
				seen[lh] = true
				fs = append(fs, rule.Finding{Message: "body names internal host " + h.name, Evidence: []rule.Evidence{bodyEvidence(x, h.off)}})
			}
		}
		reportCapped(p, fs)
	},
}

// spiffeAt reports whether the name at off is the trust domain of a SPIFFE
// ID ("spiffe://cluster.local/ns/shop/sa/web", as Istio and Envoy write
// workload identities, in x-forwarded-client-cert and RBAC logs): a naming
// root for identities, not a host anyone can reach.
func spiffeAt(s string, off int) bool {
	const scheme = "spiffe://"
	return off >= len(scheme) && strings.EqualFold(s[off-len(scheme):off], scheme)
}

type hostHit struct {
	name string
	off  int
}

// maxDNSName is the longest DNS name (RFC 1035 §2.3.4, in text form).
const maxDNSName = 253

var bodyHostMarkers = []string{".internal", ".intra", ".local", ".lan", ".corp", ".home.arpa", ".priv", ".svc", ".consul"}

// bodyInternalHosts finds names under a private top-level zone in a body. A
// body is mostly prose or markup, so a candidate must look like a host: written
// as part of a URL or address, followed by a port, or with a digit or dash in
// its first label ("db01.corp"); "window.local" in a script is not one.
func bodyInternalHosts(body string) []hostHit {
	var out []hostHit
	for _, m := range bodyHostMarkers {
		for from := 0; len(out) < 16; {
			i := strings.Index(body[from:], m)
			if i < 0 {
				break
			}
			i += from
			end := i + len(m)
			from = end
			for end < len(body) && dnsByte(body[end]) && end-i < maxDNSName {
				end++
			}
			if end-i >= maxDNSName { // no host name is this long: skip the whole run
				for end < len(body) && dnsByte(body[end]) {
					end++
				}
				from = end
				continue
			}
			start := i
			for start > 0 && dnsByte(body[start-1]) && i-start < maxDNSName {
				start--
			}
			if i-start >= maxDNSName {
				continue
			}
			name := strings.TrimRight(body[start:end], ".-_")
			if !internalName(name, false) || spiffeAt(body, start) {
				continue
			}
			if end < len(body) && body[end] == '(' {
				continue // a function call
			}
			if unameNode(body, start, end) {
				continue // the client's own machine, in its uname -a line
			}
			urlish := start >= 2 && body[start-2:start] == "//" || start >= 1 && body[start-1] == '@'
			ported := end+1 < len(body) && body[end] == ':' && digitByte(body[end+1])
			first, _, _ := strings.Cut(name, ".")
			numbered := strings.ContainsAny(first, "0123456789-")
			if !urlish && !ported && !numbered && strings.Count(name, ".") < 2 {
				continue
			}
			out = append(out, hostHit{name: name, off: start})
		}
	}
	return out
}

// kernelNames are the kernel names uname -a prints before the machine's
// node name.
var kernelNames = []string{"Darwin ", "Linux ", "FreeBSD ", "OpenBSD ", "NetBSD "}

// unameNode reports whether the name at body[start:end] is the node name
// of a uname -a line ("Darwin build-mac.local 20.6.0 Darwin Kernel…",
// "Linux ci-07.lan 5.15.0-91-generic #101-Ubuntu…"): a kernel's name before
// it and its release number after it. That is the machine the person ran
// the client on, written in their report of their environment, not a host
// a server named.
func unameNode(body string, start, end int) bool {
	if end+2 > len(body) || body[end] != ' ' || !digitByte(body[end+1]) {
		return false
	}
	for _, k := range kernelNames {
		if start >= len(k) && body[start-len(k):start] == k {
			return true
		}
	}
	return false
}

// AT7022: absolute file paths in error bodies.
var AT7022 = rule.Rule{
	ID:    "AT7022",
	Name:  "file-path-leak",
	Title: "Error body discloses a server file path",
	Doc: "The error body shows an absolute path on the server (`/var/www/app/config.php`, `C:\\inetpub\\wwwroot\\web.config`). " +
		"Paths reveal the operating system, the install layout, the framework and sometimes the account the service runs as, and they turn a later file-read or include bug into an exact target. " +
		"Paths inside a stack trace are reported with the stack trace instead.",
	Fix:      "Turn off detailed error output in production and log the details server-side with a request id the user can quote.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe209, owaspErrors},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if !errorish(x.Response) {
			return
		}
		body := leakBody(x)
		if body == "" || len(findStackTraces(body)) > 0 {
			return
		}
		var fs []rule.Finding
		for _, h := range serverPaths(body, 16) {
			if clientTrace(lineAround(body, h.off)) != "" {
				// the path is on the line of a client's own error (Symfony's
				// HttpClient exception "… in /app/vendor/symfony/http-client/…"):
				// the program that printed the error, not the server
				continue
			}
			fs = append(fs, rule.Finding{Message: "body shows server path " + clip(h.name, 120), Evidence: []rule.Evidence{bodyEvidence(x, h.off)}})
		}
		reportCapped(p, fs)
	},
}

var unixRoots = []string{"/home/", "/var/", "/usr/", "/opt/", "/srv/", "/app/", "/etc/", "/tmp/", "/root/", "/Users/", "/Library/", "/proc/", "/mnt/", "/data/", "/www/", "/code/", "/workspace/",
	"/go/src/", "/builds/", "/run/secrets/"}

var winRoots = []string{`\inetpub\`, `\Users\`, `\Program Files`, `\Windows\`, `\ProgramData\`, `\Documents and Settings\`, `\wwwroot\`, `\Projects\`, `\src\`}

// pathEndChar reports whether c ends a path.
func pathEndChar(c byte) bool {
	return c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == ')' || c == ',' || c == ';' || c == '|'
}

// filePaths finds absolute server paths. A Unix path must start at a word
// boundary (not inside a URL), have at least three segments or a file
// extension; "/app/login" in a JSON "path" member is a URL path, not a file.
func serverPaths(body string, limit int) []hostHit {
	var out []hostHit
	seen := map[string]bool{}
	for _, root := range unixRoots {
		for from := 0; len(out) < limit; {
			i := strings.Index(body[from:], root)
			if i < 0 {
				break
			}
			i += from
			from = i + len(root)
			if i > 0 {
				c := body[i-1]
				if alnumByte(c) || c == '/' || c == '.' || c == ':' || c == '-' || c == '_' || c == '~' {
					continue
				}
			}
			end := i
			for end < len(body) && !pathEndChar(body[end]) && end-i < 300 {
				end++
			}
			path := strings.TrimRight(body[i:end], ".:")
			segs := strings.Count(strings.Trim(path, "/"), "/") + 1
			last := path[strings.LastIndexByte(path, '/')+1:]
			if segs < 3 && !strings.Contains(last, ".") {
				continue
			}
			if !seen[path] {
				seen[path] = true
				out = append(out, hostHit{name: path, off: i})
			}
		}
	}
	// any drive path with two folders or more: "D:\home\site\wwwroot\web.config", "E:\apps\api\Startup.cs"
	for from := 0; len(out) < limit; {
		i := strings.Index(body[from:], ":\\")
		if i < 0 {
			break
		}
		i += from
		from = i + 2
		if i == 0 || !alphaByte(body[i-1]) || i >= 2 && alnumByte(body[i-2]) {
			continue
		}
		d := i - 1
		end := i + 2
		for end < len(body) && !pathEndChar(body[end]) && end-d < 300 {
			end++
		}
		path := strings.TrimRight(body[d:end], ".:")
		if strings.Count(strings.ReplaceAll(path, `\\`, `\`), `\`) < 3 || seen[path] {
			continue
		}
		seen[path] = true
		out = append(out, hostHit{name: path, off: d})
	}
	for _, root := range winRoots {
		for from := 0; len(out) < limit; {
			i := strings.Index(body[from:], root)
			if i < 0 {
				break
			}
			i += from
			from = i + len(root)
			// expect a drive letter and colon just before: "C:\..." or, JSON-escaped, "C:\\..."
			d := -1
			if i >= 2 && body[i-1] == ':' && alphaByte(body[i-2]) {
				d = i - 2
			} else if i >= 3 && body[i-1] == '\\' && body[i-2] == ':' && alphaByte(body[i-3]) {
				d = i - 3
			}
			if d < 0 || (d > 0 && alnumByte(body[d-1])) {
				continue
			}
			end := i
			for end < len(body) && !pathEndChar(body[end]) && end-i < 300 {
				end++
			}
			path := strings.TrimRight(body[d:end], ".:")
			if !seen[path] {
				seen[path] = true
				out = append(out, hostHit{name: path, off: d})
			}
		}
	}
	return out
}

// joinAnd joins names as "a", "a and b", "a, b and c".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// callerWords name, just before an address, the caller's own address: the
// client a server echoes back ("Client IP: 10.1.2.3", Keycloak's event
// "ipAddress") or a log's "client: 10.1.2.3".
var callerWords = []string{"client", "remote", "your ip", "ipaddress", "ip address", "source ip", "caller"}

// callerAddressesBlanked returns body with the addresses that are no
// disclosure of the operator's network blanked (same length, offsets kept):
// one named as the caller's (callerWords in the 24 bytes before it: the
// client's own address, which client-ip-in-response is about), and every
// address on a log record's line (opening with its time or level, with a
// level word: "2021/04/15 06:41:27 [error] …, client: …, host: …"), which a
// server wrote to its log, not to the client.
func callerAddressesBlanked(body string) string {
	offs, ips := ipv4s(body, 64)
	if len(ips) == 0 {
		return body
	}
	b := []byte(body)
	changed := false
	for i, ip := range ips {
		o := offs[i]
		before := strings.ToLower(body[max(0, o-24):o])
		ls := strings.LastIndexByte(body[:o], '\n') + 1
		le := strings.IndexByte(body[o:], '\n')
		if le < 0 {
			le = len(body)
		} else {
			le += o
		}
		caller := false
		for _, w := range callerWords {
			caller = caller || strings.Contains(before, w)
		}
		line := strings.TrimLeft(body[ls:le], " \t")
		// a record opens with its time or its level; a wire log's "<<"
		// (or curl's "<= Recv") line carries what the server sent
		logged := line != "" && (digitByte(line[0]) || line[0] == '[') && logLevelLine(line) &&
			!strings.Contains(line, "<< ") && !strings.Contains(line, "<= ")
		// an address on a command line the person typed is what they
		// asked the client to reach ("./check_api.py 10.0.0.4")
		if !caller && !logged && !commandLine(line) {
			continue
		}
		for k := o; k < o+len(ip) && k < len(b); k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
		changed = true
	}
	if !changed {
		return body
	}
	return string(b)
}
