package fields

import (
	"testing"
	"time"
)

var allLayouts = []*layout{&layoutRFC1123, &layoutRFC850, &layoutANSIC, &layoutCookie, &layoutShortDay, &layoutNumZone, &layoutRFC3339}

// parseSame holds parseLayout to time.Parse on value for every layout: the
// same success, the same instant and, read in UTC, the same wall clock.
func parseSame(t *testing.T, value string) {
	t.Helper()
	old := time.Local
	time.Local = time.UTC // see timeparse.go: abbreviations are never the local zone's
	defer func() { time.Local = old }()
	for _, l := range allLayouts {
		want, err := time.Parse(l.name, value)
		got, ok := parseLayout(l, value)
		if ok != (err == nil) || ok && (!got.Equal(want) || got.UTC() != want.UTC()) {
			t.Fatalf("parseLayout(%q, %q) = %v, %v; time.Parse %v, %v", l.name, value, got, ok, want, err)
		}
	}
}

var dateSamples = []string{
	"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06-Nov-1994 08:49:37 GMT",
	"Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 +0130", "Sun, 06 Nov 1994 08:49:37 -2460", "Sun, 06 Nov 1994 08:49:37 +2500",
	"2024-02-20T22:14:38Z", "2024-02-20T22:14:38.123456789012+05:30", "2024-02-20T2:14:38,5-00:00", "2024-02-30T22:14:38Z",
	"2024-02-29T23:59:59Z", "2023-02-29T23:59:59Z", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
	"sun, 06 nOV 1994 08:49:37 UTC", "Mon, 06 Nov 1994 24:00:00 GMT", "Mon, 06 Nov 1994 23:60:00 GMT", "Mon, 06 Nov 1994 23:59:60 GMT",
	"Mon, 06 Nov 1994 08:49:37 GMT+3", "Mon, 06 Nov 1994 08:49:37 GMT+13", "Mon, 06 Nov 1994 08:49:37 GMT+24", "Mon, 06 Nov 1994 08:49:37 GMT-0", "Mon, 06 Nov 1994 08:49:37 ChST", "Mon, 06 Nov 1994 08:49:37 WITA",
	"Mon, 06 Nov 1994 08:49:37 CEST", "Mon, 06 Nov 1994 08:49:37 ABCDE", "Mon, 06 Nov 1994 08:49:37 ABCDT", "Mon, 06 Nov 1994 08:49:37 +03",
	"Mon, 06 Nov 1994 08:49:37 PST ", "Monday, 06-Nov--5 08:49:37 GMT", "Monday, 06-Nov-+5 08:49:37 GMT", "Mon Nov 16 08:49:37 2024",
	"Mon    Nov 6    8:49:37    2024", "Mon, 06 Nov 1994 08:49:37", "", "Tue, 00 Nov 1994 08:49:37 GMT", "Mon, 31 Apr 1994 08:49:37 GMT",
	"Mon, 06 Nov 1994 08:49:37.5 GMT", "Mon, 06 Nov 1994 08:49:37. GMT", "2024-02-20T22:14:38+05:3x", "2024-02-20t22:14:38z",
}

func TestParseLayoutAsTimeParse(t *testing.T) {
	for _, v := range dateSamples {
		parseSame(t, v)
	}
}

func FuzzParseLayout(f *testing.F) {
	for _, v := range dateSamples {
		f.Add(v)
	}
	f.Fuzz(parseSame)
}
