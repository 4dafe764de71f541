package parse

import "strings"

// A browser's own console lines about a request, as people paste them next
// to a failed call (Chromium, Firefox, Safari): the browser's words, never
// the server's.

// Browsers' console messages for a response the CORS check blocked.
var (
	preflightFailedMsgs = []string{"Response to preflight request doesn't pass access control check",
		"CORS preflight response did not succeed", "Preflight response is not successful", "preflight response did not succeed"}
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
