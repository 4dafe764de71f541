package fields

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/parse"
)

// Directive is one Cache-Control directive: a lower-cased name and its value,
// unquoted ("max-age=600" gives {max-age, 600, true}).
type Directive struct {
	Name     string
	Value    string
	HasValue bool
	Field    parse.Field
}

// CacheControl is every directive of a message's Cache-Control fields, in order.
type CacheControl []Directive

// ParseCacheControl reads the directives of the given Cache-Control fields
// (RFC 9111 §5.2: a comma-separated list of token [ "=" ( token / quoted-string ) ]).
//
//	no-cache="Set-Cookie", max-age=0, private
//
// gives no-cache{Set-Cookie}, max-age{0} and private. Empty members are skipped.
func ParseCacheControl(fs []parse.Field) CacheControl {
	var out CacheControl
	for _, f := range fs {
		for _, member := range splitList(f.Value) {
			name, value, has := strings.Cut(member, "=")
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" {
				continue
			}
			value = strings.TrimSpace(value)
			if len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"' {
				value = value[1 : len(value)-1]
			}
			out = append(out, Directive{Name: name, Value: value, HasValue: has, Field: f})
		}
	}
	return out
}

// Get returns the first directive with the given name.
func (cc CacheControl) Get(name string) (Directive, bool) {
	for _, d := range cc {
		if d.Name == name {
			return d, true
		}
	}
	return Directive{}, false
}

// Has reports whether a directive with the given name is present.
func (cc CacheControl) Has(name string) bool {
	_, ok := cc.Get(name)
	return ok
}

// Seconds returns a delta-seconds directive's value ("max-age", "s-maxage").
// A value that is not a non-negative integer is reported as absent.
func (cc CacheControl) Seconds(name string) (int, bool) {
	d, ok := cc.Get(name)
	if !ok || !d.HasValue {
		return 0, false
	}
	n, err := strconv.Atoi(d.Value)
	if err != nil || n < 0 {
		if err != nil && len(d.Value) > 9 && ascii.AllDigits(d.Value) {
			return 1 << 31, true // RFC 9111 §1.2.2: overflow means "a very long time"
		}
		return 0, false
	}
	return n, true
}

// splitList splits a comma-separated field value, keeping commas inside
// quoted strings.
func splitList(v string) []string {
	var out []string
	start, inQuote := 0, false
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '\\':
			if inQuote {
				i++
			}
		case '"':
			inQuote = !inQuote
		case ',':
			if !inQuote {
				if m := strings.TrimSpace(v[start:i]); m != "" {
					out = append(out, m)
				}
				start = i + 1
			}
		}
	}
	if start <= len(v) {
		if m := strings.TrimSpace(v[start:]); m != "" {
			out = append(out, m)
		}
	}
	return out
}

// SplitList splits a comma-separated field value such as Vary or
// Access-Control-Expose-Headers into trimmed members.
func SplitList(v string) []string { return splitList(v) }
