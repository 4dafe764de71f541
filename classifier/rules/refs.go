package rules

import "github.com/authtriage/authtriage/classifier/rule"

// Normative sources, one value each so every rule links the same anchor.
var (
	rfc9110_11_6_1  = rule.Ref{Title: "RFC 9110 §11.6.1 WWW-Authenticate", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1"}
	rfc9110_11_7_1  = rule.Ref{Title: "RFC 9110 §11.7.1 Proxy-Authenticate", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1"}
	rfc9110_15_5    = rule.RefRFC9110_4xx
	posixShellLists = rule.Ref{Title: "POSIX Shell Command Language §2.9.3 Lists (asynchronous lists, \"&\")", URL: "https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_09_03"}
	rfc9110_15_5_2  = rule.Ref{Title: "RFC 9110 §15.5.2 401 Unauthorized", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"}                  // rule.RefRFC9110_401
	rfc9110_15_5_4  = rule.Ref{Title: "RFC 9110 §15.5.4 403 Forbidden", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4"}                     // rule.RefRFC9110_403
	rfc9110_15_5_8  = rule.Ref{Title: "RFC 9110 §15.5.8 407 Proxy Authentication Required", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8"} // rule.RefRFC9110_407
	rfc9110_10_2_4  = rule.Ref{Title: "RFC 9110 §10.2.4 Server", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.4"}
	rfc7617_2       = rule.Ref{Title: "RFC 7617 §2 The 'Basic' scheme", URL: "https://www.rfc-editor.org/rfc/rfc7617#section-2"}
	rfc7617_2_1     = rule.Ref{Title: "RFC 7617 §2.1 The 'charset' parameter", URL: "https://www.rfc-editor.org/rfc/rfc7617#section-2.1"}
	owaspInfoLeak   = rule.Ref{Title: "OWASP WSTG: Fingerprint Web Server", URL: "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/01-Information_Gathering/02-Fingerprint_Web_Server"}
)
