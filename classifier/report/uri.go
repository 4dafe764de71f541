package report

import "strings"

// The two URI escapes the writers need, without net/url: that package pulls
// net/netip (and through it unique and weak) into the WebAssembly build for
// two calls. TestEscapesMatchNetURL holds them byte for byte to net/url's
// PathEscape and (&url.URL{Path: p}).String().

// pathSegmentEscape escapes s for one path segment, as url.PathEscape does.
func pathSegmentEscape(s string) string { return escapeURI(s, true) }

// pathURI is (&url.URL{Scheme: scheme, Path: p}).String() for a path with no
// host: "file:///abs/path" for the file scheme, or a relative reference with
// a "./" in front when its first segment holds a colon.
func pathURI(scheme, p string) string {
	esc := p
	if p != "*" {
		esc = escapeURI(p, false)
	}
	if scheme != "" {
		if p == "" {
			return scheme + ":"
		}
		return scheme + "://" + esc
	}
	if first, _, _ := strings.Cut(esc, "/"); strings.Contains(first, ":") {
		return "./" + esc
	}
	return esc
}

// escapeURI percent-encodes every byte of s that a URI path may not hold
// as is: all but the unreserved characters, the sub-delimiters $&+,;= and :
// and @ and, outside a single segment, /.
func escapeURI(s string, segment bool) string {
	const hex = "0123456789ABCDEF"
	keep := func(c byte) bool {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			return true
		}
		switch c {
		case '-', '_', '.', '~', '$', '&', '+', '=', ':', '@':
			return true
		case '/', ';', ',':
			return !segment
		}
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !keep(s[i]) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+2*n)
	for i := 0; i < len(s); i++ {
		if c := s[i]; keep(c) {
			b = append(b, c)
		} else {
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}
