package fields

import "time"

// A small time.Parse for the few layouts the classifier reads (the HTTP
// dates below, RFC 3339): the answers are time.Parse's for the same layout
// and text, its leniencies included (one or two digits for an hour, any
// run of spaces for a space, a fraction of a second the layout does not
// name, names of days and months in any case, two-digit years 1969–2068,
// day, hour and zone offset ranges). It exists for size: with it, `time`'s
// layout parser leaves the wasm module (about 14 KB gzip). One difference,
// on purpose: a zone abbreviation (GMT, CET, PST) is never looked up in the
// machine's local zone, which time.Parse does; the instant is then the wall
// clock read as UTC, as time.Parse gives it wherever the abbreviation is
// not the local zone's (always in the browser, whose zone is named "UTC+1"
// and the like). FuzzParseLayout holds the two equal with Local set to UTC.

// tok is a part of a layout.
type tok byte

const (
	tLit        tok = iota // literal text (spaces match runs of spaces)
	tWeekday               // Mon
	tLongDay               // Monday
	tMonth                 // Jan
	tZeroMonth             // 01
	tZeroDay               // 02
	tUnderDay              // _2
	tDay                   // 2
	tYear                  // 06
	tLongYear              // 2006
	tHour                  // 15
	tZeroMin               // 04
	tZeroSec               // 05
	tTZ                    // MST
	tNumTZ                 // -0700
	tISOColonTZ            // Z07:00
)

type part struct {
	t   tok
	lit string
}

// layout is a parsed layout and the time.Parse layout it stands for.
type layout struct {
	name  string
	parts []part
}

var (
	layoutRFC1123 = layout{time.RFC1123, []part{{t: tWeekday}, {lit: ", "}, {t: tZeroDay}, {lit: " "}, {t: tMonth}, {lit: " "}, {t: tLongYear}, {lit: " "},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {lit: " "}, {t: tTZ}}}
	layoutRFC850 = layout{time.RFC850, []part{{t: tLongDay}, {lit: ", "}, {t: tZeroDay}, {lit: "-"}, {t: tMonth}, {lit: "-"}, {t: tYear}, {lit: " "},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {lit: " "}, {t: tTZ}}}
	layoutANSIC = layout{time.ANSIC, []part{{t: tWeekday}, {lit: " "}, {t: tMonth}, {lit: " "}, {t: tUnderDay}, {lit: " "},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {lit: " "}, {t: tLongYear}}}
	layoutCookie = layout{"Mon, 02-Jan-2006 15:04:05 MST", []part{{t: tWeekday}, {lit: ", "}, {t: tZeroDay}, {lit: "-"}, {t: tMonth}, {lit: "-"}, {t: tLongYear}, {lit: " "},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {lit: " "}, {t: tTZ}}}
	layoutShortDay = layout{"Mon, 2 Jan 2006 15:04:05 MST", []part{{t: tWeekday}, {lit: ", "}, {t: tDay}, {lit: " "}, {t: tMonth}, {lit: " "}, {t: tLongYear}, {lit: " "},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {lit: " "}, {t: tTZ}}}
	layoutNumZone = layout{"Mon, 02 Jan 2006 15:04:05 -0700", []part{{t: tWeekday}, {lit: ", "}, {t: tZeroDay}, {lit: " "}, {t: tMonth}, {lit: " "}, {t: tLongYear}, {lit: " "},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {lit: " "}, {t: tNumTZ}}}
	layoutRFC3339 = layout{time.RFC3339, []part{{t: tLongYear}, {lit: "-"}, {t: tZeroMonth}, {lit: "-"}, {t: tZeroDay}, {lit: "T"},
		{t: tHour}, {lit: ":"}, {t: tZeroMin}, {lit: ":"}, {t: tZeroSec}, {t: tISOColonTZ}}}
)

var shortDays = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var longDays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var shortMonths = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// ParseRFC3339 reads v as time.Parse(time.RFC3339, v) does.
func ParseRFC3339(v string) (time.Time, bool) { return parseLayout(&layoutRFC3339, v) }

// ParseRFC9110Date reads the three date forms of RFC 9110 §5.6.7 (IMF-fixdate,
// RFC 850, asctime), as time.Parse with time.RFC1123, time.RFC850 and
// time.ANSIC does, the first that reads it.
func ParseRFC9110Date(v string) (time.Time, bool) {
	for _, l := range []*layout{&layoutRFC1123, &layoutRFC850, &layoutANSIC} {
		if t, ok := parseLayout(l, v); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// getnum is time's: one or two digits, two when fixed.
func getnum(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// atoi is time's: an optional sign, then digits only (none is 0).
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || x > 1<<40 {
			return 0, false
		}
		x = x*10 + int(s[i]-'0')
	}
	if neg {
		x = -x
	}
	return x, true
}

// lookup is time's: the first name of tab that starts val, ASCII case folded.
func lookup(tab []string, val string) (int, string, bool) {
	for i, v := range tab {
		if len(val) >= len(v) && matchFold(val[:len(v)], v) {
			return i, val[len(v):], true
		}
	}
	return -1, val, false
}

func matchFold(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// skip is time's: the literal prefix, a space in it matching any run of
// spaces (or the end).
func skip(value, prefix string) (string, bool) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, false
			}
			prefix = cutSpace(prefix)
			value = cutSpace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, false
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, true
}

func cutSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// zoneLength is time's parseTimeZone: the length of a zone abbreviation at
// the start of value.
func zoneLength(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedOffsetLength(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLength(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && value[n] >= 'A' && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedOffsetLength is time's parseSignedOffset: "+3", "-12" (at most 23).
func signedOffsetLength(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	i := 1
	x := 0
	for i < len(value) && value[i] >= '0' && value[i] <= '9' {
		if x > 1<<40 {
			return 0 // time's leadingInt overflows
		}
		x = x*10 + int(value[i]-'0')
		i++
	}
	if i == 1 || x > 23 {
		return 0
	}
	return i
}

// parseLayout reads value in layout l as time.Parse(l.name, value) does,
// with Local taken as UTC (above).
func parseLayout(l *layout, value string) (time.Time, bool) {
	year, month, day := 0, -1, -1
	hour, minute, sec, nsec := 0, 0, 0, 0
	utc := false     // the zone was Z or UTC
	zoneOffset := -1 // seconds east, from a numeric zone
	var ok bool
	for _, p := range l.parts {
		switch p.t {
		case tLit:
			if value, ok = skip(value, p.lit); !ok {
				return time.Time{}, false
			}
			continue
		case tWeekday:
			_, value, ok = lookup(shortDays, value)
		case tLongDay:
			_, value, ok = lookup(longDays, value)
		case tMonth:
			month, value, ok = lookup(shortMonths, value)
			month++
		case tZeroMonth:
			month, value, ok = getnum(value, true)
			if ok && (month <= 0 || month > 12) {
				return time.Time{}, false
			}
		case tZeroDay, tUnderDay, tDay:
			if p.t == tUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, ok = getnum(value, p.t == tZeroDay)
		case tYear:
			if len(value) < 2 {
				return time.Time{}, false
			}
			if year, ok = atoi(value[:2]); ok {
				value = value[2:]
				if year >= 69 {
					year += 1900
				} else {
					year += 2000
				}
			}
		case tLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				return time.Time{}, false
			}
			year, ok = atoi(value[:4])
			value = value[4:]
		case tHour:
			hour, value, ok = getnum(value, false)
			if ok && hour >= 24 {
				return time.Time{}, false
			}
		case tZeroMin:
			minute, value, ok = getnum(value, true)
			if ok && minute >= 60 {
				return time.Time{}, false
			}
		case tZeroSec:
			if sec, value, ok = getnum(value, true); !ok {
				break
			}
			if sec >= 60 {
				return time.Time{}, false
			}
			// A fraction the layout does not name (none of these do).
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				digits := value[1:min(n, 10)]
				ns, _ := atoi(digits)
				for k := len(digits); k < 9; k++ {
					ns *= 10
				}
				nsec = ns
				value = value[n:]
			}
		case tTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				utc = true
				value = value[3:]
				break
			}
			var n int
			if n, ok = zoneLength(value); ok {
				value = value[n:] // an abbreviation: the wall clock as UTC (above)
			}
		case tNumTZ, tISOColonTZ:
			if p.t == tISOColonTZ && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				utc = true
				break
			}
			var sign, hh, mm string
			if p.t == tISOColonTZ {
				if len(value) < 6 || value[3] != ':' {
					return time.Time{}, false
				}
				sign, hh, mm, value = value[:1], value[1:3], value[4:6], value[6:]
			} else {
				if len(value) < 5 {
					return time.Time{}, false
				}
				sign, hh, mm, value = value[:1], value[1:3], value[3:5], value[5:]
			}
			hr, _, ok1 := getnum(hh, true)
			mi, _, ok2 := getnum(mm, true)
			if !ok1 || !ok2 || hr > 24 || mi > 60 {
				return time.Time{}, false
			}
			zoneOffset = (hr*60 + mi) * 60
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				return time.Time{}, false
			}
			ok = true
		}
		if !ok {
			return time.Time{}, false
		}
	}
	if value != "" {
		return time.Time{}, false // extra text
	}
	if day < 1 || day > daysIn(time.Month(month), year) {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC)
	if !utc && zoneOffset != -1 {
		t = t.Add(-time.Duration(zoneOffset) * time.Second)
	}
	return t, true
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}
