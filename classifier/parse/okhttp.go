// OkHttp HttpLoggingInterceptor logs (--> GET ..., <-- 401 ..., <-- END HTTP).

package parse

import (
	"strings"
)

// okhttpLog reports whether the paste is OkHttp's HttpLoggingInterceptor
// output (it marks the end of each message with "--> END" or "<-- END HTTP"),
// and the width of the logcat prefix in front of its messages, if any.
func okhttpLog(raw []string) (bool, int) {
	for _, s := range raw {
		i := strings.Index(s, "<-- END HTTP")
		if i < 0 {
			i = strings.Index(s, "--> END ")
		}
		if i < 0 {
			continue
		}
		if i > 0 && strings.Contains(strings.ToLower(s[:i]), "okhttp") {
			return true, i
		}
		return true, 0
	}
	return false, 0
}

// okhttpLine turns OkHttp's "--> GET https://h/p h2" and "<-- 401 Unauthorized
// https://h/p (85ms)" into a request line and a status line.
func okhttpLine(n int, t string) (line, bool) {
	switch {
	case strings.HasPrefix(t, "--> END") || strings.HasPrefix(t, "<-- END HTTP") || strings.HasPrefix(t, "<-- HTTP FAILED"):
		return line{n: n, text: t, kind: kEnd}, true
	case strings.HasPrefix(t, "--> "):
		f := strings.Fields(t[4:])
		if len(f) < 2 || !methods.Has(f[0]) {
			return line{}, false
		}
		text := f[0] + " " + f[1]
		if len(f) > 2 {
			if p := harProto(f[2]); strings.HasPrefix(p, "HTTP/") {
				text += " " + p
			}
		}
		return line{n: n, text: text, kind: kText}, true
	case strings.HasPrefix(t, "<-- "):
		f := strings.Fields(t[4:])
		if len(f) < 2 || codeAt(f[0], 0) == 0 || len(f[0]) != 3 {
			return line{}, false
		}
		var reason []string
		for _, w := range f[1:] {
			if strings.Contains(w, "://") || strings.HasPrefix(w, "(") {
				break
			}
			reason = append(reason, w)
		}
		text := "HTTP/1.1 " + f[0]
		if len(reason) > 0 {
			text += " " + strings.Join(reason, " ")
		}
		return line{n: n, text: text, kind: kText, synth: true}, true
	}
	return line{}, false
}
