package rules

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/jwt"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at3 holds rules about caching of auth responses (RFC 9111).
var at3 = []*rule.Rule{&AT3001, &AT3002, &AT3003, &AT3004, &AT3005}

// cacheFacts is what a response says about being stored.
type cacheFacts struct {
	cc      fields.CacheControl
	field   parse.Field // first Cache-Control field
	hasCC   bool
	expires parse.Field
	// shared: a shared cache may store it, and why ("public", "s-maxage=600", ...).
	shared    bool
	sharedWhy string
	// fresh: it has explicit freshness (any cache may reuse it without asking).
	fresh    bool
	freshFor string
}

func readCache(x *parse.Exchange) cacheFacts {
	r := x.Response
	var c cacheFacts
	ccs := r.Fields.All("cache-control")
	c.cc = fields.ParseCacheControl(ccs)
	if len(ccs) > 0 {
		c.field, c.hasCC = ccs[0], true
	}
	if c.cc.Has("no-store") {
		return c
	}
	private := c.cc.Has("private")
	if n, ok := c.cc.Seconds("s-maxage"); ok && n > 0 && !private {
		c.shared, c.sharedWhy = true, "s-maxage="+strconv.Itoa(n)
		c.fresh, c.freshFor = true, strconv.Itoa(n)+" s"
	}
	if n, ok := c.cc.Seconds("max-age"); ok && n > 0 {
		c.fresh = true
		if c.freshFor == "" {
			c.freshFor = strconv.Itoa(n) + " s"
		}
		if !private && !c.shared {
			c.shared, c.sharedWhy = true, "max-age="+strconv.Itoa(n)
		}
	}
	if c.cc.Has("public") {
		c.shared = true
		c.sharedWhy = strings.TrimPrefix(c.sharedWhy+", public", ", ")
	}
	if !c.fresh && !c.cc.Has("max-age") && !c.cc.Has("s-maxage") {
		if f, ok := r.Fields.Lookup("expires"); ok {
			exp, ok1 := fields.ParseHTTPDate(f.Value)
			date, _, ok2 := prDate(x)
			if ok1 && ok2 && exp.After(date) {
				c.expires = f
				c.fresh, c.freshFor = true, prDur(exp.Sub(date))
				if !private {
					c.shared = true
					c.sharedWhy = strings.TrimPrefix(c.sharedWhy+", Expires in the future", ", ")
				}
			}
		}
	}
	return c
}

// cacheEv points at the field that makes the response storable.
func cacheEv(x *parse.Exchange, c cacheFacts) rule.Evidence {
	if c.hasCC {
		return fieldEvidence(x, c.field, false)
	}
	if c.expires.Name != "" {
		return fieldEvidence(x, c.expires, false)
	}
	return statusEvidence(x)
}

// AT3001: a cacheable denial.
var AT3001 = rule.Rule{
	ID:       "AT3001",
	Name:     "cacheable-auth-error",
	Title:    "401, 403 or 407 response that caches may store and reuse",
	Doc:      "401, 403 and 407 are not cacheable by default (they are not on RFC 9110's list of heuristically cacheable statuses), but explicit freshness (`max-age`, `s-maxage`, `Expires`) or `public` makes them storable (RFC 9111 §3). A CDN or shared proxy may then serve the same denial to other users, or to the same user after they have logged in, until it expires: \"I fixed the permission but still get 403\". CDNs also cache error responses on their own for a short time unless told not to.",
	Fix:      "Send `Cache-Control: no-store` (or at least `private, no-cache`) on 401, 403 and 407 responses, and check the CDN's error-caching TTL.",
	Example:  "HTTP/1.1 403 Forbidden\nCache-Control: no-store\nContent-Type: application/problem+json\n\n{\"title\":\"Forbidden\",\"status\":403}",
	Severity: rule.Medium,
	Category: rule.CatCaching,
	Refs:     []rule.Ref{pRFC9111_3, pRFC9111_5_2_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || !prDenial(r.Status) {
			return
		}
		c := readCache(x)
		if !c.fresh && !c.cc.Has("public") {
			return
		}
		var msg string
		switch {
		case c.shared && c.fresh:
			msg = itoa(r.Status) + " response may be stored by shared caches and reused for " + c.freshFor + " (" + c.sharedWhy + "): a CDN or proxy can serve this denial to other requests"
		case c.shared:
			msg = itoa(r.Status) + " response is marked public: shared caches may store this denial"
		default:
			msg = itoa(r.Status) + " response is fresh for " + c.freshFor + " in the browser cache (private): the same browser keeps getting this denial without asking the server"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{cacheEv(x, c), statusEvidence(x)}})
	},
}

// cacheHitFields are the fields caches and CDNs use to say "served from cache".
var cacheHitFields = []string{"x-cache", "cf-cache-status", "akamai-cache-status", "x-cache-status", "x-proxy-cache", "x-drupal-cache", "x-varnish-cache", "cdn-cache", "x-served-from-cache"}

// AT3002: the denial came out of a cache.
var AT3002 = rule.Rule{
	ID:       "AT3002",
	Name:     "auth-error-from-cache",
	Title:    "Refusal served from a cache",
	Doc:      "An `Age` above zero, or a cache status such as `X-Cache: Hit from cloudfront` or `cf-cache-status: HIT`, means the response was stored earlier and replayed by a cache. The application did not see this request: the refusal may belong to another user, to an earlier state of permissions, or to a request without the credentials this one carried. Fixing the application will not change what the cache serves until the entry expires or is purged.",
	Fix:      "Purge the cached entry, stop caching error responses (`Cache-Control: no-store` on 401/403/407, a CDN error-caching TTL of 0), and make the cache key include whatever decides access (`Vary`, or bypass caching for authenticated requests).",
	Severity: rule.Medium,
	Category: rule.CatCaching,
	Refs:     []rule.Ref{pRFC9111_5_1, pRFC9111_4_2_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || !prDenial(r.Status) {
			return
		}
		var why []string
		var ev []rule.Evidence
		if f, ok := r.Fields.Lookup("age"); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(f.Value)); err == nil && n > 0 {
				why = append(why, "Age: "+strconv.Itoa(n))
				ev = append(ev, fieldEvidence(x, f, false))
			}
		}
		for _, name := range cacheHitFields {
			for _, f := range r.Fields.All(name) {
				v := strings.ToLower(f.Value)
				if strings.HasPrefix(v, "hit") || strings.Contains(v, " hit") || strings.Contains(v, "hit from") || v == "stale" || strings.HasPrefix(v, "tcp_hit") || strings.HasPrefix(v, "tcp_mem_hit") {
					why = append(why, f.Name+": "+f.Value)
					ev = append(ev, fieldEvidence(x, f, false))
				}
			}
		}
		if len(why) == 0 {
			return
		}
		p.Report(rule.Finding{Message: itoa(r.Status) + " was served from a cache (" + strings.Join(why, ", ") + "): the application may not have seen this request", Evidence: ev})
	},
}

// AT3003: shared caching of an authenticated response.
var AT3003 = rule.Rule{
	ID:       "AT3003",
	Name:     "shared-cache-authenticated",
	Title:    "Response to an authenticated request that shared caches may reuse",
	Doc:      "A shared cache must not reuse a response to a request with `Authorization` for other requests, unless the response explicitly allows it with `public`, `s-maxage` or `must-revalidate` (RFC 9111 §3.5). Here it does, so a CDN or proxy may hand this user's authenticated response to someone else whose request maps to the same cache key, or serve a stale authorized answer after access was revoked.",
	Fix:      "Mark responses to authenticated requests `Cache-Control: private` (or `no-store` for sensitive data), and drop `public`/`s-maxage` from them.",
	Example:  "HTTP/1.1 200 OK\nCache-Control: private, max-age=60\nVary: Authorization",
	Severity: rule.Medium,
	Category: rule.CatCaching,
	Refs:     []rule.Ref{pRFC9111_3_5},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Status == 0 {
			return
		}
		af, scheme, ok := prAuthField(x, false)
		if !ok {
			return
		}
		c := readCache(x)
		if c.cc.Has("no-store") || c.cc.Has("private") {
			return
		}
		var allow []string
		for _, d := range []string{"public", "s-maxage", "must-revalidate"} {
			if c.cc.Has(d) {
				allow = append(allow, d)
			}
		}
		if len(allow) == 0 {
			return
		}
		p.Report(rule.Finding{Message: "request carried " + prSent(af, scheme) + " and the " + itoa(r.Status) + " has " + strings.Join(allow, ", ") + ": shared caches may reuse it for other users",
			Evidence: []rule.Evidence{cacheEv(x, c), fieldEvidence(x, af, true)}})
	},
}

// AT3004: Vary does not cover what decided the response.
var AT3004 = rule.Rule{
	ID:       "AT3004",
	Name:     "vary-missing-credentials",
	Title:    "Cacheable response depends on a cookie or key header that Vary does not list",
	Doc:      "RFC 9111's special rule for authenticated requests covers only `Authorization`. When access is decided by a cookie, an API-key header or the `Origin`, a storable response must say so with `Vary` (RFC 9110 §12.5.5), or be `private`; otherwise a shared cache keys it on the URL alone and serves one caller's answer (their data, or their 403) to the next caller with different credentials.",
	Fix:      "Send `Cache-Control: private` (or `no-store`) on responses that depend on the caller, or add the deciding field to `Vary` (`Vary: Cookie`, `Vary: X-Api-Key`, `Vary: Origin`).",
	Example:  "HTTP/1.1 200 OK\nCache-Control: private, max-age=60\nVary: Cookie",
	Severity: rule.Medium,
	Category: rule.CatCaching,
	Refs:     []rule.Ref{pRFC9110_12_5_5, pRFC9111_3_5},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || x.Request == nil || r.Status == 0 {
			return
		}
		c := readCache(x)
		if !c.shared || !headersComplete(x) {
			return
		}
		var vary []string
		for _, f := range r.Fields.All("vary") {
			vary = append(vary, fields.SplitList(f.Value)...)
		}
		varies := func(name string) bool {
			for _, v := range vary {
				if v == "*" || strings.EqualFold(v, name) {
					return true
				}
			}
			return false
		}
		var missing []string
		var ev []rule.Evidence
		if f, ok := x.Request.Fields.Lookup("cookie"); ok && !varies("cookie") {
			missing = append(missing, "Cookie")
			ev = append(ev, fieldEvidence(x, f, true))
		}
		for _, f := range x.Request.Fields {
			if parse.IsAPIKeyHeader(f.Name) && !varies(f.Name) {
				missing = append(missing, f.Name)
				ev = append(ev, fieldEvidence(x, f, true))
			}
		}
		if o, ok := x.Request.Fields.Lookup("origin"); ok && !varies("origin") {
			if acao := strings.TrimSpace(r.Fields.Get("access-control-allow-origin")); acao != "" && acao != "*" && strings.EqualFold(acao, strings.TrimSpace(o.Value)) {
				missing = append(missing, "Origin")
				ev = append(ev, fieldEvidence(x, o, true))
			}
		}
		if len(missing) == 0 {
			return
		}
		p.Report(rule.Finding{Message: "the " + itoa(r.Status) + " is storable by shared caches (" + c.sharedWhy + ") but Vary does not list " + prSchemeList(missing) + ", which the request used",
			Evidence: append([]rule.Evidence{cacheEv(x, c)}, ev...)})
	},
}

// tokenKeys are JSON members that hold tokens in token-endpoint responses.
var tokenKeys = []string{`"access_token"`, `"id_token"`, `"refresh_token"`}

// AT3005: a token response caches may keep.
var AT3005 = rule.Rule{
	ID:       "AT3005",
	Name:     "token-response-cacheable",
	Title:    "Response carrying tokens without Cache-Control: no-store",
	Doc:      "RFC 6749 §5.1 requires token responses to carry `Cache-Control: no-store`, because the body is a live credential: a browser cache, a proxy or a disk cache that keeps it hands the token to whoever reads the cache next. The same holds for any response that returns a token in its body.",
	Fix:      "Send `Cache-Control: no-store` (and `Pragma: no-cache` for old HTTP/1.0 caches) on every response that carries an access, ID or refresh token.",
	Example:  "HTTP/1.1 200 OK\nContent-Type: application/json\nCache-Control: no-store\nPragma: no-cache\n\n{\"access_token\":\"…\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
	Severity: rule.Low,
	Category: rule.CatCaching,
	Refs:     []rule.Ref{pRFC6749_5_1, pRFC9111_5_2_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Status < 200 || r.Status >= 300 || len(r.Fields) == 0 {
			return // a paste without response fields cannot show what is missing
		}
		body := r.Body.Text
		if len(body) > maxJSONBody {
			return
		}
		off := -1
		key := ""
		for _, k := range tokenKeys {
			if i := strings.Index(body, k); i >= 0 && (off < 0 || i < off) {
				off, key = i, strings.Trim(k, `"`)
			}
		}
		if off < 0 {
			// {"token":"eyJ..."}: the Docker registry token service's shape.
			if i := strings.Index(body, `"token"`); i >= 0 && len(jwt.Find(body[i:min(len(body), i+4096)])) > 0 {
				off, key = i, "token"
			}
		}
		if off < 0 {
			return
		}
		c := readCache(x)
		if c.cc.Has("no-store") {
			return
		}
		msg := "response carries " + prQ(key) + " but Cache-Control "
		if c.hasCC {
			msg += "is " + prQ(c.field.Value) + ", without no-store"
		} else {
			if !headersComplete(x) {
				return
			}
			msg += "is absent"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{bodyEvidence(x, off)}})
	},
}
