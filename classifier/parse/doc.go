// Package parse reads what people paste when a request is refused and turns
// it into exchanges: a response, the request before it when the paste shows
// one, and where every part sits in the paste.
//
// Parse detects the format. Exchange.Format names what each exchange was read
// from, and Input.Format the most common of them:
//
//	raw       HTTP/1.x, HTTP/2 and HTTP/3 messages as text (Burp, Firefox raw headers,
//	          Go and OkHttp logs, which are read as raw once their prefixes are off)
//	curl      the output of curl -i or -I (-IL chains), with the command line
//	curl-v    a curl -v transcript ("> " sent, "< " received, "* " info)
//	wget      wget -S (indented response headers)
//	httpie    HTTPie output, with or without -v
//	wire      Ruby Net::HTTP and Python http.client debug traces
//	devtools  header blocks copied from browser DevTools (":status", "Request URL:"),
//	          and "Copy as fetch" calls
//	headers   a bare block of header lines with no start line
//	httr      an R httr response print
//	erlang    a response printed as Erlang terms
//	body      an error page, JSON error or tool message with no headers
//	har       HAR 1.2
//
// Around these it tolerates Markdown fences and blockquotes, shell prompts,
// log-line prefixes, indentation, CRLF, obsolete line folding, elided lines,
// chunked bodies and redacted values, and records what it tolerated as Notes.
//
// # Requests from command lines
//
// A curl, HTTPie or wget command line becomes a request marked Partial:
// its URL, -H headers and the credentials its options imply (-u, user:pass@,
// --oauth2-bearer, -b, --cert). When the transcript also shows the request,
// that request wins and inherits the URL and client certificate. Follow-up
// requests are inferred for curl -L redirects and for credential retries
// after a 401 or 407 (--digest, --ntlm, --anyauth, wget --user).
//
// # Status without a status line
//
// Response.StatusSource says where a status came from when there was no
// status line: "pseudo-header", "devtools", "body" or "text". A body-only
// paste whose text states no status gets status 0.
//
// # Note codes
//
//	blockquote, elided-lines, obs-fold, space-before-colon, missing-prefix,
//	unindented-continuation, status-line-split, bad-header-line, no-blank-line,
//	headers-cut, truncated-body, body-only, no-response, request-from-command,
//	request-from-redirect, redacted, nul-bytes, invalid-utf8, har-truncated,
//	har-sanitized, har-empty-entry
//
// # Limits
//
// Input over MaxInput bytes and input that is mostly control bytes are
// errors. Every step is linear in the size of the paste (TestLinearTime).
package parse
