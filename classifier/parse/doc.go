// Package parse reads what people paste when a request is refused and turns
// it into exchanges: a response, the request before it when the paste shows
// one, and where every part sits in the paste.
//
// Parse detects the format. Exchange.Format names what each exchange was read
// from, and Input.Format the most common of them. The reader has two layers.
// Exact readers know a format's shape, one file each, sharing message.go (a
// start line, a header block, a body):
//
//	raw       raw.go      HTTP/1.x, HTTP/2 and HTTP/3 messages as text (Burp, Firefox raw
//	                      headers, Go and OkHttp logs once their prefixes are off)
//	curl      curl.go     the output of curl -i or -I (-IL chains), with the command line
//	curl-v    curl_v.go   a curl -v transcript ("> " sent, "< " received, "* " info)
//	wget      wget.go     wget -S (indented response headers)
//	httpie    httpie.go   HTTPie output, with or without -v
//	wire      wiretrace.go Ruby Net::HTTP and Python http.client debug traces
//	          okhttp.go   OkHttp's HttpLoggingInterceptor (read as raw)
//	devtools  devtools.go header blocks copied from browser DevTools (":status", "Request
//	                      URL:"), and "Copy as fetch" calls
//	headers   devtools.go a bare block of header lines with no start line
//	httr      httr.go     an R httr response print
//	erlang    erlang.go   a response printed as Erlang terms
//	body      body.go     an error page, JSON error or tool message with no headers
//	har       har.go      HAR 1.2
//
// Under them, the general reader (general.go, with gstatus.go and
// gfields.go) reads any text when no exact reader claims the paste, or one
// claims it but finds no status line (format "general"): status codes in any
// notation, ranked by StatusConfidence (a status line, a field such as
// "StatusCode: 403" or {"status":401}, prose such as "returned an error:
// (401) Unauthorized", a body template such as <Code>AccessDenied</Code>);
// header fields in any notation (Name: value, quoted pairs in dicts and JSON,
// =>, tuples, Go and Java maps, key=value, PHP print_r), limited to
// registered or field-shaped names; the body, with one level of string
// escaping undone; the request's method and URL anywhere; command lines.
// Several dumps or log records are several exchanges. It replaces a
// body-only or header-block reading that found less, and otherwise adds to
// the exact reading what it saw. Exchange.Reading says how each exchange was
// read, what was inferred, and, when the header block was not seen whole,
// what to paste for a full answer (Response.HeadersComplete).
//
// Before either layer, decor.go takes off what Markdown, editors and mail
// add around a dump (GitHub's <details> wrapper, an indentation every line
// shares, a fence's indentation, Jira's {code} and forums' [code] as fences,
// a code viewer's line numbers, typographic quotes and no-break spaces, a
// page source's HTML entities; a JSON log record whose string holds an HTTP
// message is read as that message's lines, and so is one that is the whole
// paste and holds a page of four lines or more), and prefix.go takes a logger's
// prefix off every line that carries the paste's dominant prefix shape (klog
// headers, timestamps, log levels, Python logging, az and terraform loggers,
// GIT_TRACE_CURL source positions, syslog's and journalctl's host and
// program; under a CI runner's timestamps, docker compose's column,
// syslog's or a time and level stamped on blank lines too, the
// program's own prefix marks the records) and joins
// lines a terminal wrapped at a fixed width (message.go joins a header or
// body line cut at that width). classifier/decorations_test.go holds that
// these decorations leave the reading of the corpora as it was.
//
// Around these it tolerates Markdown fences and blockquotes, shell prompts,
// log-line prefixes, indentation, CRLF, obsolete line folding, elided lines,
// chunked bodies and redacted values, and records what it tolerated as Notes.
//
// # Requests from command lines
//
// A curl, HTTPie or wget command line becomes a request marked Partial:
// its URL, -H headers and the credentials its options imply (-u, user:pass@,
// --oauth2-bearer, -b, --cert). What a command reads from a file the paste
// also prints is read there: the .netrc entry for the host (curl -n), the
// header lines of a file (curl -H @file after "cat file"), the hashtable a
// PowerShell -Headers $var names. A client's credentials shown in its
// configuration or export (a settings.xml <server>, a Postman collection's
// auth, a HAR fragment's headers as name/value objects) go with the first
// response after them. When the transcript also shows the request,
// that request wins and inherits the URL and client certificate. Follow-up
// requests are inferred for curl -L redirects and for credential retries
// after a 401 or 407 (--digest, --ntlm, --anyauth, wget --user).
//
// # Status without a status line
//
// Response.StatusSource says where a status came from when there was no
// status line: "pseudo-header", "devtools", "body" or "text";
// Response.StatusConf ranks it. A paste whose text states no status gets
// status 0, or a status implied by a body template (StatusImplied).
//
// # Note codes
//
//	blockquote, elided-lines, obs-fold, space-before-colon, missing-prefix,
//	unindented-continuation, status-line-split, bad-header-line, no-blank-line,
//	headers-cut, truncated-body, body-only, no-response, request-from-command,
//	request-from-redirect, redacted, nul-bytes, invalid-utf8, har-truncated,
//	har-sanitized, har-empty-entry, log-prefix, terminal-wrap, json-string
//
// # Limits
//
// Input over MaxInput bytes and input that is mostly control bytes are
// errors. Every step is linear in the size of the paste (TestLinearTime).
package parse
