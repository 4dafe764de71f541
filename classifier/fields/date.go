package fields

import (
	"strings"
	"time"
)

// dateLayouts are the HTTP-date forms of RFC 9110 §5.6.7 plus the dashed form
// cookies often use (RFC 6265 §5.1.1 accepts it).
var dateLayouts = []*layout{
	&layoutRFC1123,  // Sun, 06 Nov 1994 08:49:37 GMT
	&layoutRFC850,   // Sunday, 06-Nov-94 08:49:37 GMT
	&layoutANSIC,    // Sun Nov  6 08:49:37 1994
	&layoutCookie,   // Sun, 06-Nov-1994 08:49:37 GMT (cookie style)
	&layoutShortDay, // Sun, 6 Nov 1994 08:49:37 GMT (single-digit day)
	&layoutNumZone,  // Sun, 06 Nov 1994 08:49:37 +0000 (numeric zone)
}

// ParseHTTPDate reads an HTTP-date ("Tue, 20 Feb 2024 22:14:38 GMT"); ok is
// false when no known form matches.
func ParseHTTPDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, ok := parseLayout(l, v); ok { // time.Parse(l.name, v) (timeparse.go)
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
