package jsonlite

import "unsafe"

// AppendIndent appends src indented to dst as json.Indent writes it: each
// element or member on a line of its own that starts with prefix and one
// indent per level, "{}" and "[]" kept, a space after each colon, space
// around the value dropped but what follows the top-level value kept as it
// is. Invalid JSON is an error, and dst is then returned as it was.
func AppendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	s := unsafe.String(unsafe.SliceData(src), len(src)) // read only, no copy of a big report
	if err := check(s); err != nil {
		return dst, err
	}
	needIndent := false
	depth := 0
	i := skipSpace(s, 0)
	for ; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			continue
		}
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			dst = appendNewline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			end, _ := scanString(s, i)
			dst = append(dst, s[i:end]...)
			i = end - 1
		case '{', '[':
			needIndent = true // "{}" and "[]" stay on one line
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = appendNewline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default: // a number or a literal
			end := i + 1
			for end < len(s) && !isSpace(s[end]) && s[end] != ',' && s[end] != '}' && s[end] != ']' {
				end++
			}
			dst = append(dst, s[i:end]...)
			i = end - 1
		}
		if depth == 0 && !needIndent {
			// The top-level value is done: what follows is space, kept.
			return append(dst, s[i+1:]...), nil
		}
	}
	return dst, nil
}

func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}
