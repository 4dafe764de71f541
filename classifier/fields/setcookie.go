package fields

import (
	"strconv"
	"strings"
	"time"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/parse"
)

// Cookie is one Set-Cookie field, read the way RFC 6265bis §5.6 reads it:
// name=value, then ";"-separated attributes whose names fold case.
type Cookie struct {
	Name     string
	Value    string
	Secure   bool
	HTTPOnly bool
	// SameSite is the attribute's value as written ("Lax", "none"); empty when absent.
	SameSite    string
	HasSameSite bool
	Domain      string
	Path        string
	HasPath     bool
	Partitioned bool
	// MaxAge is set when a Max-Age attribute with an integer value is present.
	MaxAge    int
	HasMaxAge bool
	// Expires is the Expires attribute as written, and its parsed time when it parses.
	Expires     string
	ExpiresTime time.Time
	Field       parse.Field
}

// ParseSetCookie reads one Set-Cookie field value. ok is false when the value
// has no cookie name ("=abc" or an empty field).
//
//	sid=840c; Path=/; HttpOnly
//
// gives {Name: sid, Value: 840c, Path: /, HTTPOnly: true}.
func ParseSetCookie(f parse.Field) (c Cookie, ok bool) {
	parts := strings.Split(f.Value, ";")
	nv := strings.TrimSpace(parts[0])
	name, value, hasEq := strings.Cut(nv, "=")
	name = strings.TrimSpace(name)
	if !hasEq || name == "" {
		return Cookie{}, false
	}
	c = Cookie{Name: name, Value: strings.TrimSpace(value), Field: f}
	for _, a := range parts[1:] {
		an, av, _ := strings.Cut(a, "=")
		an, av = strings.ToLower(strings.TrimSpace(an)), strings.TrimSpace(av)
		switch an {
		case "secure":
			c.Secure = true
		case "httponly":
			c.HTTPOnly = true
		case "samesite":
			c.SameSite, c.HasSameSite = av, true
		case "domain":
			c.Domain = av
		case "path":
			c.Path, c.HasPath = av, true
		case "partitioned":
			c.Partitioned = true
		case "max-age":
			if n, err := strconv.Atoi(av); err == nil {
				c.MaxAge, c.HasMaxAge = n, true
			} else if len(av) > 1 && av[0] == '-' && ascii.AllDigits(av[1:]) {
				c.MaxAge, c.HasMaxAge = -1, true
			}
		case "expires":
			c.Expires = av
			if t, ok := ParseHTTPDate(av); ok {
				c.ExpiresTime = t
			}
		}
	}
	return c, true
}

// ParseSetCookies reads every Set-Cookie field of a response, skipping the
// ones without a name.
func ParseSetCookies(fs parse.Fields) []Cookie {
	var out []Cookie
	for _, f := range fs.All("set-cookie") {
		if c, ok := ParseSetCookie(f); ok {
			out = append(out, c)
		}
	}
	return out
}

// Deletes reports whether the cookie tells the browser to forget it: Max-Age
// zero or negative, or an Expires before ref (the response's Date). Without a
// ref, an Expires before the year 2000 counts: servers clear cookies with
// the epoch or a date like it.
func (c Cookie) Deletes(ref time.Time) bool {
	if c.HasMaxAge {
		return c.MaxAge <= 0 // Max-Age wins over Expires (RFC 6265bis §5.6.2)
	}
	if c.ExpiresTime.IsZero() {
		return false
	}
	if !ref.IsZero() {
		return c.ExpiresTime.Before(ref)
	}
	return c.ExpiresTime.Year() < 2000
}

// sessionMarkers are name fragments that mark a cookie as a session or
// login cookie (after Mozilla Observatory's heuristic, widened).
var sessionMarkers = []string{"sess", "sid", "login", "auth", "token", "jwt", "remember", "identity"}

// sessionNames are well-known session cookie names matched whole.
var sessionNames = []string{"jsessionid", "phpsessid", "asp.net_sessionid", "connect.sid", "laravel_session",
	"_session_id", "sessionid", ".aspxauth", ".aspnetcore.cookies", "_oauth2_proxy", "keycloak_identity", "__host-next-auth.csrf-token"}

// IsSessionCookie reports whether a cookie name looks like it carries a
// session or a credential: "sid", "JSESSIONID", "connect.sid", "__Host-auth".
func IsSessionCookie(name string) bool {
	n := strings.ToLower(name)
	for _, s := range sessionNames {
		if n == s {
			return true
		}
	}
	if strings.Contains(n, "csrf") || strings.Contains(n, "xsrf") || strings.Contains(n, "consent") {
		return false
	}
	for _, m := range sessionMarkers {
		if strings.Contains(n, m) {
			return true
		}
	}
	return false
}
