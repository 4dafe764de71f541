package parse

import "strings"

// A browser's own console lines about a request, as people paste them next
// to a failed call (Chromium, Firefox, Safari): the browser's words, never
// the server's.

// Browsers' console messages for a response the CORS check blocked.
var (
	preflightFailedMsgs = []string{"Response to preflight request doesn't pass access control check",
		"CORS preflight response did not succeed", "Preflight response is not successful", "preflight response did not succeed",
		"Response for preflight has invalid HTTP status code", "Response for preflight is invalid"} // the last two: Chrome before 64
	noACAOMsgs = []string{"No 'Access-Control-Allow-Origin' header is present on the requested resource",
		"CORS header ‘Access-Control-Allow-Origin’ missing", "CORS header 'Access-Control-Allow-Origin' missing",
		"is not allowed by Access-Control-Allow-Origin"}
)

// ConsoleCORS finds a browser's CORS console message in text: which one
// (preflight is set for a refused preflight) and at which offset.
func ConsoleCORS(text string) (preflight bool, off int, ok bool) {
	for _, m := range preflightFailedMsgs {
		if i := strings.Index(text, m); i >= 0 {
			return true, i, true
		}
	}
	for _, m := range noACAOMsgs {
		if i := strings.Index(text, m); i >= 0 {
			return false, i, true
		}
	}
	return false, 0, false
}

// PastedConsoleCORS is ConsoleCORS on the text the reader took in for x's
// response when it saw no body (a pasted console, not a response body).
func PastedConsoleCORS(x *Exchange, text string) (preflight bool, off int, ok bool) {
	if x == nil || x.Response == nil || !x.Response.Body.Pasted {
		return false, 0, false
	}
	return ConsoleCORS(text)
}

// BrowserConsoleLine reports whether t is a browser's own console message
// about a request (a CORS check, a failed load, a network error code):
// the browser's words, not something the server sent, so a phrase in it
// ("Cross-Origin Request Blocked") says nothing about the server's answer.
func BrowserConsoleLine(t string) bool {
	return browserNetError(t) != "" || browserBlockedReason(t) != "" || hasAny(t, "has been blocked by CORS policy", "Cross-Origin Request Blocked",
		"is not allowed by Access-Control-Allow-Origin", "Failed to load resource:", "Fetch API cannot load", "XMLHttpRequest cannot load")
}

// browserBlockedReason returns the reason a browser's console gives for a
// request it blocked before sending, in the words of the Network panel's
// status column ("blocked:mixed-content"), or "": Chrome's "Mixed Content:
// … This request has been blocked", Firefox's "Blocked loading mixed active
// content", a copied "(blocked:csp)" status.
func browserBlockedReason(t string) string {
	switch {
	case strings.Contains(t, "Mixed Content:") && strings.Contains(t, "has been blocked"),
		strings.Contains(t, "Blocked loading mixed active content"), strings.Contains(t, "(blocked:mixed-content)"):
		return "blocked:mixed-content"
	case strings.Contains(t, "(blocked:csp)"):
		return "blocked:csp"
	}
	return ""
}

// browserNetError returns the Chromium network error code a console line
// names ("net::ERR_BLOCKED_BY_CLIENT"), or "".
func browserNetError(t string) string {
	i := strings.Index(t, "net::ERR_")
	if i < 0 || i > 0 && (isAlpha(t[i-1]) || isDigit(t[i-1])) {
		return ""
	}
	j := i + len("net::ERR_")
	for j < len(t) && (t[j] >= 'A' && t[j] <= 'Z' || isDigit(t[j]) || t[j] == '_') {
		j++
	}
	if j == i+len("net::ERR_") {
		return ""
	}
	return t[i:j]
}

// consoleRequestStatus reports whether t is a browser console's line about
// a request that got an error status: the method, the absolute URL, an
// optional network error code, the status and its reason in parentheses
// ("POST https://h/x 401 (Unauthorized)", "GET https://h/y net::ERR_FAILED
// 403 (Forbidden)"), with the script location Chrome prints before or after
// it ("xhr.js:210 "). It is the browser's account of one response, as a
// client's error line is.
func consoleRequestStatus(t string) bool {
	f := strings.Fields(t)
	if len(f) >= 4 && !methods.Has(f[0]) && (sourceLocation(f[0]) || f[0] == "XHR" || f[0] == "Fetch") {
		f = f[1:] // Chrome's script location, Firefox's kind of request
	}
	if len(f) >= 4 && sourceLocation(f[len(f)-1]) && strings.HasSuffix(f[len(f)-2], ")") {
		f = f[:len(f)-1]
	}
	if len(f) < 4 || !methods.Has(f[0]) || !strings.HasPrefix(f[1], "http://") && !strings.HasPrefix(f[1], "https://") {
		return false
	}
	if strings.HasPrefix(f[2], "[HTTP/") {
		// Firefox: "XHR POST https://h/x [HTTP/1.1 401 Unauthorized 123ms]"
		return errorCode(f[3]) && strings.HasSuffix(f[len(f)-1], "]")
	}
	i := 2
	if browserNetError(f[i]) != "" {
		i++
	}
	if i+1 >= len(f) || !errorCode(f[i]) {
		return false
	}
	rest := strings.Join(f[i+1:], " ")
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")")
}

// errorCode reports whether w is a 4xx or 5xx status code.
func errorCode(w string) bool {
	return len(w) == 3 && w[0] >= '4' && w[0] <= '5' && isDigit(w[1]) && isDigit(w[2])
}

// sourceLocation reports whether w is a script's file and line as a console
// prints them beside a message ("xhr.js:210", "main.3f2a1c.js:1").
func sourceLocation(w string) bool {
	i := strings.LastIndexByte(w, ':')
	if i <= 0 || i == len(w)-1 || !strings.Contains(w[:i], ".") || strings.Contains(w, "/") {
		return false
	}
	for j := i + 1; j < len(w); j++ {
		if !isDigit(w[j]) {
			return false
		}
	}
	return true
}
