package rule

// References that the rules and the verdict both cite, one value each, so
// that every finding and every explanation links the same anchor under the
// same title. References only one family cites stay with it (package rules,
// refs*.go).
var (
	RefRFC9110Auth          = Ref{Title: "RFC 9110 §11 HTTP Authentication", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11"}
	RefRFC9110Authorization = Ref{Title: "RFC 9110 §11.6.2 Authorization", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2"}
	RefRFC9110_4xx          = Ref{Title: "RFC 9110 §15.5 Client Error 4xx", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5"}
	RefRFC9110_5xx          = Ref{Title: "RFC 9110 §15.6 Server Error 5xx", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6"}
	RefRFC9110_401          = Ref{Title: "RFC 9110 §15.5.2 401 Unauthorized", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"}
	RefRFC9110_403          = Ref{Title: "RFC 9110 §15.5.4 403 Forbidden", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4"}
	RefRFC9110_404          = Ref{Title: "RFC 9110 §15.5.5 404 Not Found", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"}
	RefRFC9110_407          = Ref{Title: "RFC 9110 §15.5.8 407 Proxy Authentication Required", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8"}
	RefRFC6585_429          = Ref{Title: "RFC 6585 §4 429 Too Many Requests", URL: "https://www.rfc-editor.org/rfc/rfc6585#section-4"}
	RefRFC6585_511          = Ref{Title: "RFC 6585 §6 511 Network Authentication Required", URL: "https://www.rfc-editor.org/rfc/rfc6585#section-6"}
	RefRFC6750Errors        = Ref{Title: "RFC 6750 §3.1 Error Codes", URL: "https://www.rfc-editor.org/rfc/rfc6750#section-3.1"}
	RefFetchCORS            = Ref{Title: "Fetch: the HTTP CORS protocol", URL: "https://fetch.spec.whatwg.org/#http-cors-protocol"}
	RefOWASPCSRF            = Ref{Title: "OWASP Cross-Site Request Forgery Prevention Cheat Sheet", URL: "https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html"}
)

// Ref is a normative or explanatory source.
type Ref struct {
	Title string `json:"title"` // "RFC 9110 §11.6.1"
	URL   string `json:"url"`
}
