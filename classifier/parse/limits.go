package parse

import (
	"strconv"
	"strings"
)

// Limits bound what one paste may make the reader build, whatever its
// shape: the 64 MiB input limit alone protects nothing when every few bytes
// become an exchange or a header field (issue #12).
type Limits struct {
	// Exchanges is the most status lines a text paste is read up to; the
	// text from the next one on is not read, and a note says where the
	// reader stopped. 0 means DefaultLimits.Exchanges.
	Exchanges int
	// Fields is the most header fields kept per message; the rest are
	// dropped with a note. 0 means DefaultLimits.Fields.
	Fields int
}

// DefaultLimits are Parse's: room for any real paste (a browser session's
// HAR holds thousands of entries, a message a few dozen fields), and bounded
// memory for the adversarial ones.
var DefaultLimits = Limits{Exchanges: 1_000_000, Fields: 2_000}

// ParseWith is Parse with other limits: the page's worker, whose memory is
// smaller than a command line's, reads fewer exchanges.
func ParseWith(text string, lim Limits) (*Input, error) {
	if lim.Exchanges <= 0 {
		lim.Exchanges = DefaultLimits.Exchanges
	}
	if lim.Fields <= 0 {
		lim.Fields = DefaultLimits.Fields
	}
	return parse(text, lim)
}

// cutAtStatusLine returns text up to the start of the line holding its
// (max+1)-th status line ("HTTP/1.1 401 …", after any tool markers such as
// curl's "< "), the 1-based number of that line as splitRaw counts lines,
// and whether it cut. A HAR is not cut: its entries are counted by the HAR
// reader.
func cutAtStatusLine(text string, max int) (string, int, bool) {
	seen, line := 0, 1
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		if isStatusish(text[start:end]) {
			seen++
			if seen > max {
				return text[:start], line, true
			}
		}
		if end < len(text) && text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
			end++
		}
		start = end + 1
		line++
	}
	return text, 0, false
}

// isStatusish reports whether l, past leading blanks and transcript markers,
// starts like a status line: "HTTP/" and a digit.
func isStatusish(l string) bool {
	l = strings.TrimLeft(l, " \t<>*|")
	return len(l) > 6 && strings.HasPrefix(l, "HTTP/") && l[5] >= '0' && l[5] <= '9'
}

// capExchanges applies lim.Exchanges to a text paste before it is split into
// lines, returning the text to read and the note that says what was left.
func capExchanges(text string, lim Limits) (string, []Note) {
	cut, line, ok := cutAtStatusLine(text, lim.Exchanges)
	if !ok {
		return text, nil
	}
	return cut, []Note{exchangeCapNote(lim, line)}
}

// exchangeCapNote says that reading stopped before line.
func exchangeCapNote(lim Limits, line int) Note {
	return Note{Code: "too-many-exchanges", Pos: Pos{Line: line},
		Message: "the paste holds more than " + strconv.Itoa(lim.Exchanges) + " exchanges; it was read up to line " +
			strconv.Itoa(line-1) + " and the rest was not read: split it to read the rest"}
}

// capFields keeps at most lim.Fields header fields on each message of x,
// with a note on the exchange for each message that had more.
func capFields(x *Exchange, lim Limits) {
	cap1 := func(fs Fields, what string, pos Pos) Fields {
		if len(fs) <= lim.Fields {
			return fs
		}
		x.Notes = append(x.Notes, Note{Code: "too-many-fields", Pos: pos,
			Message: "the " + what + " has " + strconv.Itoa(len(fs)) + " header fields; only the first " + strconv.Itoa(lim.Fields) + " were read"})
		// A copy, so that the dropped fields' array can be freed.
		return append(Fields(nil), fs[:lim.Fields]...)
	}
	if q := x.Request; q != nil {
		q.Fields = cap1(q.Fields, "request", q.Pos)
	}
	if r := x.Response; r != nil {
		r.Fields = cap1(r.Fields, "response", r.Pos)
	}
}
