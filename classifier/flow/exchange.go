package flow

import (
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/internal/urlparts"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// maxBody bounds the bodies read for parameters, tokens and SAML messages.
const maxBody = 1 << 20

// info is what the flow reader needs from one exchange, read once.
type info struct {
	x      *parse.Exchange
	u      *urlparts.URL // request URL; nil when the paste does not say
	host   string        // lower-case host without port
	site   string        // registrable-domain guess of host
	query  urlparts.Values
	form   urlparts.Values // form-encoded request body
	status int
	loc    *urlparts.URL   // response Location, resolved against u
	locQ   urlparts.Values // Location query and fragment parameters
	date   time.Time       // response Date
	set    []fields.Cookie
	sent   map[string]string // request cookies by name
	// sentKnown is set when the request's headers are known to be complete
	// enough that a missing Cookie means the browser sent none.
	sentKnown bool
	authz     string         // Authorization scheme, lower case
	authzVal  string         // its credentials
	body      map[string]any // response JSON object, for token endpoints
}

func (i *info) method() string {
	if i.x.Request == nil {
		return ""
	}
	return strings.ToUpper(i.x.Request.Method)
}

func (i *info) reqField(name string) (parse.Field, bool) {
	if i.x.Request == nil {
		return parse.Field{}, false
	}
	return i.x.Request.Fields.Lookup(name)
}

func (i *info) respField(name string) (parse.Field, bool) {
	if i.x.Response == nil {
		return parse.Field{}, false
	}
	return i.x.Response.Fields.Lookup(name)
}

// param returns a request parameter from the query or the form body.
func (i *info) param(name string) string {
	if v := i.query.Get(name); v != "" {
		return v
	}
	return i.form.Get(name)
}

func (i *info) has(name string) bool {
	return i.query.Has(name) || i.form.Has(name)
}

// assetExt are path endings of static files.
var assetExt = []string{".js", ".mjs", ".css", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".avif",
	".woff", ".woff2", ".ttf", ".otf", ".eot", ".map", ".mp4", ".webm", ".mp3", ".wasm"}

// analyticsHosts are host fragments of analytics, tag and monitoring services.
var analyticsHosts = []string{"google-analytics.", "googletagmanager.", "doubleclick.", "analytics.", "segment.io",
	"segment.com", "hotjar.", "sentry.io", "nr-data.net", "newrelic.", "datadoghq.", "fullstory.", "mixpanel.",
	"amplitude.", "clarity.ms", "facebook.net", "bat.bing.", "intercom.io", "optimizely.", "browser-intake-"}

// noise reports whether an exchange is an asset or an analytics beacon that
// no flow step can be: the cheapest test, made before anything is parsed.
func noise(x *parse.Exchange) bool {
	q := x.Request
	if q == nil {
		return false
	}
	u := q.URL
	if u == "" {
		u = q.Target
	}
	lu := strings.ToLower(u)
	host := lu
	if k := strings.Index(host, "://"); k >= 0 {
		host = host[k+3:]
	}
	if k := strings.IndexAny(host, "/?#"); k >= 0 {
		host = host[:k]
	}
	for _, h := range analyticsHosts {
		if strings.Contains(host, h) {
			return true
		}
	}
	p := lu
	if k := strings.IndexAny(p, "?#"); k >= 0 {
		p = p[:k]
	}
	for _, e := range assetExt {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	if r := x.Response; r != nil {
		mt := strings.ToLower(r.Body.MimeType)
		if mt == "" {
			mt = strings.ToLower(r.Fields.Get("content-type"))
		}
		for _, m := range []string{"image/", "font/", "text/css", "javascript", "video/", "audio/"} {
			if strings.HasPrefix(mt, m) || (m == "javascript" && strings.Contains(mt, m)) {
				return r.Status < 300 || r.Status >= 400 && r.Status != 401 && r.Status != 403
			}
		}
	}
	return false
}

// read gathers what the flow reader needs from x.
func read(x *parse.Exchange) *info {
	i := &info{x: x}
	if q := x.Request; q != nil {
		raw := q.URL
		if raw == "" && strings.HasPrefix(q.Target, "/") {
			if h := q.Fields.Get("host"); h != "" {
				raw = "https://" + h + q.Target
			} else {
				raw = q.Target
			}
		}
		if u, ok := urlparts.Parse(strings.TrimSpace(raw)); ok {
			i.u = u
			i.host = strings.ToLower(u.Hostname())
			i.query = u.Query()
		}
		if h := q.Fields.Get("host"); i.host == "" && h != "" {
			i.host = strings.ToLower(strings.Split(h, ":")[0])
		}
		ct := strings.ToLower(q.Fields.Get("content-type"))
		if strings.Contains(ct, "x-www-form-urlencoded") || (ct == "" && q.Method == "POST" && looksForm(q.Body.Text)) {
			if len(q.Body.Text) <= maxBody {
				i.form, _ = urlparts.ParseQuery(strings.TrimSpace(q.Body.Text))
			}
		}
		i.sent = map[string]string{}
		for _, f := range q.Fields.All("cookie") {
			for _, c := range strings.Split(f.Value, ";") {
				n, v, _ := strings.Cut(strings.TrimSpace(c), "=")
				if n != "" {
					i.sent[n] = v
				}
			}
		}
		i.sentKnown = !q.Sanitized && !q.Partial && len(q.Fields) > 0
		if a := q.Fields.Get("authorization"); a != "" {
			s, v, _ := strings.Cut(strings.TrimSpace(a), " ")
			i.authz, i.authzVal = strings.ToLower(s), strings.TrimSpace(v)
		}
	}
	if i.query == nil {
		i.query = urlparts.Values{}
	}
	if i.form == nil {
		i.form = urlparts.Values{}
	}
	i.site = siteOf(i.host)
	if r := x.Response; r != nil {
		i.status = r.Status
		if l := strings.TrimSpace(r.Fields.Get("location")); l != "" {
			if lu, ok := urlparts.Parse(l); ok {
				if i.u != nil {
					lu = i.u.ResolveReference(lu)
				}
				i.loc = lu
				i.locQ = lu.Query()
				if fq, ok := urlparts.ParseQuery(lu.Fragment); ok {
					for k, v := range fq {
						if !i.locQ.Has(k) {
							i.locQ[k] = v
						}
					}
				}
			}
		}
		if d, ok := fields.ParseHTTPDate(r.Fields.Get("date")); ok {
			i.date = d
		}
		i.set = fields.ParseSetCookies(r.Fields)
	}
	if i.locQ == nil {
		i.locQ = urlparts.Values{}
	}
	return i
}

// looksForm reports whether a body is one line of name=value pairs.
func looksForm(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) < maxBody && !strings.ContainsAny(s, "\n{<") && strings.Contains(s, "=")
}

// jsonBody reads the response body as a JSON object (token endpoint answers).
func (i *info) jsonBody() map[string]any {
	if i.body != nil || i.x.Response == nil {
		return i.body
	}
	t := strings.TrimSpace(i.x.Response.Body.Text)
	i.body = map[string]any{}
	if len(t) > maxBody || !strings.HasPrefix(t, "{") {
		return i.body
	}
	// As json.Unmarshal into the map: a syntax error leaves it empty, a
	// number out of float64's range is nil.
	v, _ := jsonlite.Unmarshal(t, false)
	if m, ok := v.(map[string]any); ok {
		i.body = m
	}
	return i.body
}

func (i *info) bodyString(k string) string {
	s, _ := i.jsonBody()[k].(string)
	return s
}

// oauthError is the error code of the response: the JSON body's "error", or
// the "error" parameter of a redirect.
func (i *info) oauthError() string {
	if e := i.bodyString("error"); e != "" {
		return e
	}
	return i.locQ.Get("error")
}

// key normalises a URL to scheme://host/path for matching redirects.
func key(u *urlparts.URL) string {
	if u == nil {
		return ""
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	return strings.ToLower(u.Scheme+"://"+u.Hostname()) + p
}

func keyOf(raw string) string {
	u, ok := urlparts.Parse(strings.TrimSpace(raw))
	if !ok || u.Host == "" {
		return ""
	}
	return key(u)
}

// siteOf guesses the registrable domain of a host: the last two labels, or
// three under a two-letter country code's second level ("example.co.uk").
// An IP address or a one-label host is its own site.
func siteOf(host string) string {
	if host == "" || strings.Count(host, ".") < 2 || strings.ContainsAny(host, ":") || isIPv4(host) {
		return host
	}
	labels := strings.Split(host, ".")
	n := len(labels)
	if len(labels[n-1]) == 2 && len(labels[n-2]) <= 3 && n >= 3 {
		return strings.Join(labels[n-3:], ".")
	}
	return strings.Join(labels[n-2:], ".")
}

func isIPv4(h string) bool {
	for _, c := range h {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}

// shortPath is a URL's path for labels: no query, at most 60 bytes.
func shortPath(u *urlparts.URL) string {
	if u == nil {
		return ""
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if len(p) > 60 {
		p = p[:57] + "…"
	}
	return p
}
