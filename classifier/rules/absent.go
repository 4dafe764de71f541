package rules

import "github.com/authtriage/authtriage/classifier/parse"

// headersComplete reports whether the paste shows the response's whole
// header block (parse.Response.HeadersComplete: a status line or HAR entry
// followed by every field, nothing elided). Rules that report a field, an
// attribute or a body as *missing* fire only then: a header block read in part
// (a client library's error object, a log line, a DevTools copy without its
// section headings, a paste cut short) proves no absence, and a finding that
// says "there is no WWW-Authenticate" on such a paste would be a guess.
// The verdict's explanation hedges instead (package verdict).
//
// A status line with no field at all after it (quoted in a sentence, a
// documentation example, a body pasted right under it) shows no header
// block either: every server sends some field (Date, Content-Length,
// Connection), so nothing can be said to be missing from it. A HAR entry
// lists its headers as recorded, none included.
func headersComplete(x *parse.Exchange) bool {
	r := x.Response
	return r != nil && r.HeadersComplete && (len(r.Fields) > 0 || x.Format == "har")
}
