package fields

import (
	"strings"
	"time"
)

// dateLayouts are the HTTP-date forms of RFC 9110 §5.6.7 plus the dashed form
// cookies often use (RFC 6265 §5.1.1 accepts it).
var dateLayouts = []string{
	time.RFC1123,                      // Sun, 06 Nov 1994 08:49:37 GMT
	"Monday, 02-Jan-06 15:04:05 MST",  // RFC 850
	time.ANSIC,                        // Sun Nov  6 08:49:37 1994
	"Mon, 02-Jan-2006 15:04:05 MST",   // cookie style
	"Mon, 2 Jan 2006 15:04:05 MST",    // single-digit day
	"Mon, 02 Jan 2006 15:04:05 -0700", // numeric zone
}

// ParseHTTPDate reads an HTTP-date ("Tue, 20 Feb 2024 22:14:38 GMT"); ok is
// false when no known form matches.
func ParseHTTPDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
