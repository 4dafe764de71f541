package secret

import (
	"encoding/base64"
	"sort"
	"strconv"
	"strings"
)

// minGlobal is the shortest value masked wherever it appears; shorter
// values are masked only at their spans (a one-letter password would
// otherwise eat every "a" of a report).
const minGlobal = 3

// minFragment is the shortest piece of a value masked where a quote cut
// the value (at the end of a string, or after a leading ellipsis).
const minFragment = 6

// Masker masks a set of credential values, and the forms they take when
// decoded, in any string derived from the paste. Build it once per paste.
type Masker struct {
	values []string
	index  map[uint32][]int32 // first three bytes → values, longest first
	first  [1 << 10]uint64    // bit set of the first two bytes of every value
	spans  []Secret
}

// NewMasker returns a masker for secrets (found by Scan or parse.FindSecrets).
func NewMasker(secrets []Secret) *Masker {
	m := &Masker{index: map[uint32][]int32{}}
	seen := map[string]bool{}
	add := func(v string) {
		v = strings.TrimSpace(v)
		if len(v) < minGlobal || seen[v] || Placeholder(v) {
			return
		}
		seen[v] = true
		m.values = append(m.values, v)
	}
	for _, s := range secrets {
		if s.Start >= 0 && s.End > s.Start {
			m.spans = append(m.spans, s)
		}
		for _, v := range Forms(s.Value) {
			add(v)
		}
	}
	sort.Slice(m.spans, func(i, j int) bool { return m.spans[i].Start < m.spans[j].Start })
	sort.SliceStable(m.values, func(i, j int) bool { return len(m.values[i]) > len(m.values[j]) })
	for i, v := range m.values {
		k := key3(v)
		m.index[k] = append(m.index[k], int32(i))
		b := uint32(v[0])<<8 | uint32(v[1])
		m.first[b>>6] |= 1 << (b & 63)
	}
	return m
}

// Empty reports whether the masker has nothing to mask.
func (m *Masker) Empty() bool { return m == nil || len(m.values) == 0 && len(m.spans) == 0 }

func key3(v string) uint32 { return uint32(v[0])<<16 | uint32(v[1])<<8 | uint32(v[2]) }

// Forms returns v and the forms it takes once decoded: JSON-unescaped,
// URL-decoded, the password (and user:password) inside Basic credentials,
// the signed part of a JWT.
func Forms(v string) []string {
	out := []string{v}
	if strings.Contains(v, `\`) {
		if u, ok := unescapeJSON(v); ok && u != v {
			out = append(out, u)
		}
	}
	if strings.ContainsAny(v, "%+") {
		if u, ok := queryUnescape(v); ok && u != v {
			out = append(out, u)
		}
	}
	if len(v) >= 8 && len(v) <= 1024 && !strings.ContainsAny(v, " .") {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, nil} {
			var b []byte
			var err error
			if enc == nil {
				// padded once too often ("…Nw==="), as pasted by hand
				t := strings.TrimRight(v, "=")
				if len(t) == len(v) {
					break
				}
				b, err = base64.RawStdEncoding.DecodeString(t)
			} else {
				b, err = enc.DecodeString(v)
			}
			if err != nil {
				continue
			}
			d := string(b)
			// (not a URL a reader encoded as if it were "user:password":
			// "http://host/…" given to a URL option named -u)
			if user, pass, ok := strings.Cut(d, ":"); ok && printable(d) && !strings.ContainsAny(user, "/\n") && !strings.HasPrefix(pass, "//") {
				out = append(out, d)
				if len(pass) >= minGlobal {
					out = append(out, pass)
				}
			}
			break
		}
	}
	if strings.HasPrefix(v, "eyJ") {
		if i := strings.LastIndexByte(v, '.'); i > 0 && strings.Count(v, ".") >= 2 {
			out = append(out, v[:i])
			if len(v)-i-1 >= 16 {
				out = append(out, v[i+1:])
			}
		}
	}
	return out
}

// queryUnescape decodes %XX escapes and + (as a space), as a form does.
func queryUnescape(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
				return "", false
			}
			b.WriteByte(byte(unhex(s[i+1])<<4 | unhex(s[i+2])))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return false
		}
	}
	return true
}

// unescapeJSON decodes the escapes of a JSON string's content.
func unescapeJSON(s string) (string, bool) {
	b, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `\/`, `/`) + `"`)
	if err != nil {
		return "", false
	}
	return b, true
}

// String masks every credential value in s, and a piece of one that a
// quote cut off at the end of s or after a leading ellipsis.
func (m *Masker) String(s string) string {
	if m == nil || len(m.values) == 0 || len(s) < minGlobal {
		return s
	}
	var b *strings.Builder
	prev := 0
	start := 0
	// A quote that starts mid-value: "…tail-of-secret rest".
	if t, ok := cutLead(s); ok {
		if n := m.leadFragment(s[t:]); n > 0 {
			b = &strings.Builder{}
			b.WriteString(s[:t])
			b.WriteString(Mask)
			prev, start = t+n, t+n
		}
	}
	for i := start; i+minGlobal <= len(s); i++ {
		if s[i] == '[' && strings.HasPrefix(s[i:], Mask) {
			i += len(Mask) - 1 // a mask is opaque: nothing inside it is matched
			continue
		}
		bb := uint32(s[i])<<8 | uint32(s[i+1])
		if m.first[bb>>6]&(1<<(bb&63)) == 0 {
			continue
		}
		cands := m.index[key3(s[i:])]
		if len(cands) == 0 {
			continue
		}
		n := 0
		for _, ci := range cands {
			v := m.values[ci]
			if strings.HasPrefix(s[i:], v) {
				if len(v) < minFragment && !bounded(s, i, i+len(v)) {
					continue
				}
				n = len(v)
				break
			}
			// cut by a quote: the string ends inside the value
			if k := commonPrefix(s[i:], v); k >= minFragment && (i+k == len(s) || isEllipsis(s[i+k:])) {
				n = max(n, k)
			}
		}
		if n == 0 {
			continue
		}
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s))
		}
		b.WriteString(s[prev:i])
		b.WriteString(Mask)
		prev = i + n
		i += n - 1
	}
	if b == nil {
		return s
	}
	b.WriteString(s[prev:])
	return b.String()
}

// cutLead returns the offset after a leading ellipsis.
func cutLead(s string) (int, bool) {
	switch {
	case strings.HasPrefix(s, "…"):
		return len("…"), true
	case strings.HasPrefix(s, "..."):
		return 3, true
	}
	return 0, false
}

func isEllipsis(s string) bool { return strings.HasPrefix(s, "…") || strings.HasPrefix(s, "...") }

// leadFragment returns the length of the longest prefix of s (at least
// minFragment) that is the end part of some value.
func (m *Masker) leadFragment(s string) int {
	if len(s) < minFragment {
		return 0
	}
	best := 0
	probe := s[:minFragment]
	for _, v := range m.values {
		k := strings.Index(v, probe)
		if k < 0 {
			continue
		}
		n := commonPrefix(s, v[k:])
		if k+n == len(v) || n == len(s) {
			best = max(best, n)
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// bounded reports whether s[i:j] is not part of a longer word.
func bounded(s string, i, j int) bool {
	word := func(c byte) bool { return isAlnum(c) || c == '_' }
	return (i == 0 || !word(s[i-1])) && (j >= len(s) || !word(s[j]))
}

// Text masks the scanned text itself: every span, then every other place
// a value appears (the same cookie in another request, an escaped copy).
func (m *Masker) Text(text string) string {
	if m == nil {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	prev := 0
	for _, s := range m.spans {
		if s.Start < prev || s.End > len(text) {
			continue
		}
		b.WriteString(text[prev:s.Start])
		b.WriteString(Mask)
		prev = s.End
	}
	b.WriteString(text[prev:])
	return m.String(b.String())
}
