// curl command lines (-H, -u, --digest, -L, ...); with -i or -I the output is
// read as raw messages under format "curl".

package parse

import (
	"encoding/base64"
	"strings"
)

// curlArgOpts are curl's short options that take a value.
const curlArgShort = "HXduUxAebcoEFwmTrKDzYyCPQt"

var curlArgLong = map[string]bool{
	"--header": true, "--request": true, "--data": true, "--data-raw": true, "--data-binary": true,
	"--data-urlencode": true, "--data-ascii": true, "--json": true, "--form": true, "--form-string": true,
	"--user": true, "--proxy-user": true, "--proxy": true, "--user-agent": true, "--referer": true,
	"--cookie": true, "--cookie-jar": true, "--output": true, "--cert": true, "--key": true,
	"--cacert": true, "--capath": true, "--write-out": true, "--max-time": true, "--connect-timeout": true,
	"--resolve": true, "--connect-to": true, "--upload-file": true, "--oauth2-bearer": true,
	"--range": true, "--config": true, "--retry": true, "--max-redirs": true, "--interface": true,
	"--cert-type": true, "--key-type": true, "--pass": true, "--aws-sigv4": true, "--dump-header": true,
	"--trace": true, "--trace-ascii": true, "--limit-rate": true, "--time-cond": true, "--proto": true,
	"--proto-redir": true, "--noproxy": true, "--unix-socket": true, "--url": true, "--request-target": true,
	"--ciphers": true, "--proxy-header": true, "--proxy-cacert": true, "--proxy-cert": true, "--proxy-key": true,
	"--variable": true, "--expect100-timeout": true, "--retry-delay": true, "--retry-max-time": true,
	"--stderr": true, "--local-port": true, "--dns-servers": true, "--hostpubmd5": true, "--login-options": true,
	"--sasl-authzid": true, "--service-name": true, "--socks5": true, "--socks5-hostname": true, "--preproxy": true,
	"--ftp-port": true, "--mail-from": true, "--mail-rcpt": true, "--url-query": true,
}

func (c *command) readCurl(args []string) {
	var user, proxyUser, proxyURLUser, scheme, proxyScheme, cookie, bearer string
	var data, sigv4 bool
	userSet := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		var opt, val string
		hasVal := false
		switch {
		case strings.HasPrefix(a, "--"):
			opt = a
			if k := strings.IndexByte(a, '='); k > 0 && curlArgLong[a[:k]] {
				opt, val, hasVal = a[:k], a[k+1:], true
			} else if curlArgLong[a] && i+1 < len(args) {
				i++
				val, hasVal = args[i], true
			}
			c.setCur(i)
		case strings.HasPrefix(a, "-") && len(a) > 1:
			// Short options may be combined: -sSL, -vk, -XPOST, -uuser:pass.
			for k := 1; k < len(a); k++ {
				f := a[k]
				if strings.IndexByte(curlArgShort, f) >= 0 {
					opt = "-" + string(f)
					if k+1 < len(a) {
						val, hasVal = a[k+1:], true
					} else if i+1 < len(args) {
						i++
						val, hasVal = args[i], true
					}
					c.setCur(i)
					break
				}
				switch f {
				case 'n':
					c.hidden, c.netrc = true, true // ~/.netrc may add credentials
				case 'K':
					c.hidden = true // a config file may add credentials
				case 'L':
					c.follow = true
				case 'I':
					c.head = true
				case 'v':
					c.verbose = true
				case 'G':
					c.method = "GET"
				}
			}
			if opt == "" {
				continue
			}
		default:
			// "curl POST https://h/x": a method written without -X is a
			// host curl fails to resolve; the URL after it is the request
			if c.url == "" || methods.Has(c.url) && (strings.Contains(a, "://") || strings.Contains(a, ".")) {
				c.url = a
			}
			continue
		}
		switch opt {
		case "--netrc", "--netrc-optional", "--netrc-file":
			c.hidden, c.netrc = true, true
		case "--config", "-K":
			c.hidden = true
		case "--location", "--location-trusted":
			c.follow = true
		case "--head":
			c.head = true
		case "--verbose":
			c.verbose = true
		case "--digest":
			scheme = "Digest"
		case "--ntlm", "--ntlm-wb":
			scheme = "NTLM"
		case "--negotiate":
			scheme = "Negotiate"
		case "--anyauth":
			scheme = "any"
		case "--basic":
			scheme = "Basic"
		case "--proxy-ntlm":
			proxyScheme = "NTLM"
		case "--proxy-digest":
			proxyScheme = "Digest"
		case "--proxy-negotiate":
			proxyScheme = "Negotiate"
		case "--proxy-anyauth":
			proxyScheme = "any"
		}
		if !hasVal {
			continue
		}
		switch opt {
		case "-w", "--write-out":
			c.writeCode = strings.Contains(val, "http_code") || strings.Contains(val, "response_code")
		case "-H", "--header":
			if strings.HasPrefix(val, "@") {
				// -H @file (curl 7.55): the headers are the file's lines,
				// not in the command line (unless the paste shows the
				// file: shownHeaderFiles)
				c.hidden = true
				if len(val) > 1 && val != "@-" {
					c.headerFiles = append(c.headerFiles, val[1:])
				}
				break
			}
			name, value, ok := strings.Cut(val, ":")
			if ok && strings.TrimSpace(value) == "" && name != "" && !strings.ContainsAny(name, " \t") {
				// a header whose quotes the paste lost ("-H Authorization:
				// Bearer x https://h/"): the words up to the next option or
				// URL are its value, as the writer meant (a shell would
				// send an empty header and fetch the words as URLs)
				var words []string
				for i+1 < len(args) && len(words) < 16 && !strings.HasPrefix(args[i+1], "-") && !strings.Contains(args[i+1], "://") {
					i++
					words = append(words, args[i])
				}
				value = strings.Join(words, " ")
			}
			if ok && strings.TrimSpace(value) != "" {
				c.add(Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
			} else if n, found := strings.CutSuffix(strings.TrimSpace(val), ";"); found {
				c.add(Field{Name: n})
			}
		case "-X", "--request":
			c.method = strings.ToUpper(val)
		case "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--data-ascii", "--json", "-F", "--form", "--form-string", "-T", "--upload-file":
			data = true
			switch {
			case opt == "-T" || opt == "--upload-file":
				c.method = firstNonEmpty(c.method, "PUT")
			case opt == "-F" || opt == "--form" || opt == "--form-string":
				// multipart parts: not the body as sent
			case strings.HasPrefix(val, "@") && opt != "--data-raw":
				// read from a file: not in the paste
			case len(c.data) < 1<<16:
				// curl joins several -d values with "&"
				if c.data != "" {
					c.data += "&"
				}
				c.data += val
			}
		case "-u", "--user":
			user, userSet = val, true
		case "-U", "--proxy-user":
			proxyUser = val
		case "-x", "--proxy":
			// a proxy URL's user:password is what curl sends the proxy
			// in Proxy-Authorization (http://bob:pw@proxy:3128)
			_, proxyURLUser, _ = normalizeURL(val, "", false)
		case "-b", "--cookie":
			if strings.Contains(val, "=") {
				cookie = val
			} else {
				c.hidden = true // a cookie file: its cookies are not in the paste
			}
		case "--oauth2-bearer":
			bearer = val
		case "-A", "--user-agent":
			c.add(Field{Name: "User-Agent", Value: val})
		case "-e", "--referer":
			c.add(Field{Name: "Referer", Value: val})
		case "-E", "--cert":
			c.cert = "certificate file " + strings.SplitN(val, ":", 2)[0]
		case "--aws-sigv4":
			sigv4 = true
		case "--url":
			c.url = val
		}
	}
	c.cur = 0 // credentials implied by options point at the command's first line
	if c.head && c.method == "" {
		c.method = "HEAD"
	}
	if c.method == "" {
		c.method = "GET"
		if data {
			c.method = "POST"
		}
	}
	c.url, user, userSet = normalizeURL(c.url, user, userSet)
	c.auth = userSet || bearer != ""
	has := func(n string) bool { return Fields(c.fields).Has(n) }
	if userSet && !has("Authorization") {
		switch {
		case sigv4:
			c.add(Field{Name: "Authorization", Value: "AWS4-HMAC-SHA256 Credential=" + strings.SplitN(user, ":", 2)[0] + "/..."})
		case scheme == "" || scheme == "Basic":
			c.add(Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(user))})
		case scheme == "NTLM":
			c.add(Field{Name: "Authorization", Value: "NTLM (type 1 message)"})
		default:
			s := scheme
			if s == "any" {
				s = "Basic"
			}
			c.late = &Field{Name: "Authorization", Value: s + " username=\"" + strings.SplitN(user, ":", 2)[0] + "\""}
		}
	}
	if proxyUser == "" {
		proxyUser = proxyURLUser // -U, when given, wins over the proxy URL's user
	}
	if proxyUser != "" && !has("Proxy-Authorization") {
		switch proxyScheme {
		case "", "Basic":
			c.add(Field{Name: "Proxy-Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(proxyUser))})
		case "NTLM":
			c.add(Field{Name: "Proxy-Authorization", Value: "NTLM (type 1 message)"})
		}
	}
	if bearer != "" && !has("Authorization") {
		c.add(Field{Name: "Authorization", Value: "Bearer " + bearer})
	}
	if cookie != "" && !has("Cookie") {
		c.add(Field{Name: "Cookie", Value: cookie})
	}
}

// normalizeURL gives a scheme to a curl-style URL and takes user:pass@ out of it.
func normalizeURL(u, user string, userSet bool) (string, string, bool) {
	if u == "" {
		return "", user, userSet
	}
	scheme := "http://"
	rest := u
	if i := strings.Index(u, "://"); i > 0 {
		scheme, rest = u[:i+3], u[i+3:]
	}
	hostEnd := strings.IndexAny(rest, "/?#")
	if hostEnd < 0 {
		hostEnd = len(rest)
	}
	if at := strings.LastIndexByte(rest[:hostEnd], '@'); at >= 0 {
		if !userSet {
			user, userSet = rest[:at], true
		}
		rest = rest[at+1:]
	}
	return scheme + rest, user, userSet
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
