package rules

import (
	"math/rand"
	"testing"
	"time"
)

// TestUTCLikeFormat holds utc to time's own formatting of its layout: dates
// around the epoch, far past and far future (years of five digits and
// negative years, as a JWT's exp can hold), other zones and random instants.
func TestUTCLikeFormat(t *testing.T) {
	const layout = "2006-01-02 15:04:05 UTC"
	east := time.FixedZone("east", 5*3600+30*60)
	times := []time.Time{
		time.Unix(0, 0), time.Unix(-1, 0), time.Unix(1700000000, 0), time.Unix(4100000000, 999999999),
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(33658, 9, 27, 1, 46, 40, 0, time.UTC), time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 3, 4, 5, 6, 7, 0, time.UTC), time.Date(-12345, 6, 7, 8, 9, 10, 0, time.UTC),
		time.Date(2024, 2, 29, 23, 30, 0, 0, east), time.Unix(1<<40, 0), time.Unix(-(1 << 40), 0),
	}
	r := rand.New(rand.NewSource(7))
	for range 2000 {
		times = append(times, time.Unix(r.Int63n(1<<42)-(1<<41), r.Int63n(1e9)))
	}
	for _, tm := range times {
		if got, want := utc(tm), tm.UTC().Format(layout); got != want {
			t.Errorf("utc(%d) = %q, time's Format %q", tm.Unix(), got, want)
		}
	}
}
