package parse

import (
	"errors"

	"fmt"
	"github.com/authtriage/authtriage/classifier/secret"
	"strings"
)

// Pos locates something in the paste. Line is 1-based in the pasted text (0 when
// the input has no useful line, as inside a HAR string); Path is a JSON path for
// HAR input, such as "log.entries[2].response.headers[0]".
type Pos struct {
	Line int    `json:"line,omitempty"`
	Path string `json:"path,omitempty"`
}

// Span is a 1-based, inclusive range of lines in the paste.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Field is one header line, as written: Name keeps its spelling ("www-authenticate",
// "Www-Authenticate"), Value has folded continuation lines joined by one space.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Pos   Pos    `json:"pos"`
	// variable: a credential given to a client (Request.Configured), or a
	// credential header set in code (setRequestProperty("Private-Token",
	// token)), as a variable of the code (password=boxpw, auth=(user, pw)),
	// which stands where the value goes: sent, its value not in the paste
	variable bool
}

// Fields keeps header lines in order, repeats included. Look-ups fold case.
type Fields []Field

// Get returns the value of the first field named name, or "".
func (fs Fields) Get(name string) string {
	f, _ := fs.Lookup(name)
	return f.Value
}

// Lookup returns the first field named name.
func (fs Fields) Lookup(name string) (Field, bool) {
	for _, f := range fs {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Field{}, false
}

// Has reports whether a field named name is present.
func (fs Fields) Has(name string) bool {
	_, ok := fs.Lookup(name)
	return ok
}

// All returns every field named name, in order.
func (fs Fields) All(name string) []Field {
	var out []Field
	for _, f := range fs {
		if strings.EqualFold(f.Name, name) {
			out = append(out, f)
		}
	}
	return out
}

// Body is a message body as pasted (de-chunked, decoded from base64 for HAR).
// Pos is the position of the body's first line; for text input, the i-th line
// of Text (0-based) is line Pos.Line+i of the paste, or LineMap[i] when
// LineMap is set. Use LinePos rather than computing it.
type Body struct {
	Text     string `json:"-"`
	Pos      Pos    `json:"pos"`
	MimeType string `json:"mimeType,omitempty"` // HAR content.mimeType
	// LineMap, when set, gives the paste line of each line of Text: a body
	// with chunk-size or tool lines taken out is not one run of lines.
	LineMap []int `json:"-"`
	// NotSent: see Pasted.
	NotSent []int `json:"-"`
	// The two flags come last, side by side, so that they share one word
	// (a Response is made per exchange; see Response).
	Truncated bool `json:"truncated,omitempty"` // shorter than Content-Length says, or cut by a limit
	// Pasted is set when the reader did not see a body but took the paste's
	// own text in as one (prose, a client's output, log records) because
	// nothing else held the response; NotSent then lists the 0-based lines
	// of Text that are surely not the server's response (log records, audit
	// events, a client's traceback). Leak rules report nothing from those
	// lines: a log line naming an address is not a response leaking it.
	Pasted bool `json:"pasted,omitempty"`
}

// SentText returns Text with the lines listed in NotSent blanked (spaces, so
// offsets and line numbers stay), for scans that look for what the server
// sent.
func (b Body) SentText() string {
	if len(b.NotSent) == 0 {
		return b.Text
	}
	buf := []byte(b.Text)
	line, k := 0, 0
	for i := 0; i < len(buf) && k < len(b.NotSent); i++ {
		if buf[i] == '\n' {
			line++
			for k < len(b.NotSent) && b.NotSent[k] < line {
				k++
			}
			continue
		}
		if b.NotSent[k] == line {
			buf[i] = ' '
		}
	}
	return string(buf)
}

// LinePos returns the position of the body line holding byte offset off of Text.
func (b Body) LinePos(off int) Pos {
	if b.Pos.Line == 0 || b.Pos.Path != "" {
		return b.Pos // HAR: the body is one JSON string
	}
	if off > len(b.Text) {
		off = len(b.Text)
	}
	if off < 0 {
		off = 0
	}
	if b.LineMap != nil {
		i := strings.Count(b.Text[:off], "\n")
		if i < len(b.LineMap) {
			return Pos{Line: b.LineMap[i], Path: b.Pos.Path}
		}
		return Pos{Line: b.LineMap[len(b.LineMap)-1], Path: b.Pos.Path}
	}
	return Pos{Line: b.Pos.Line + strings.Count(b.Text[:off], "\n"), Path: b.Pos.Path}
}

// Request is the request half of an exchange, as much of it as the paste shows.
type Request struct {
	Method string `json:"method,omitempty"`
	Target string `json:"target,omitempty"` // request-target as written: "/x", "http://h/x", "h:443"
	URL    string `json:"url,omitempty"`    // absolute URL when known (HAR, curl command, Host + target)
	Proto  string `json:"proto,omitempty"`  // "HTTP/1.1", "HTTP/2"
	Pos    Pos    `json:"pos"`              // request line (or the line the request was inferred from)
	Fields Fields `json:"fields"`
	Body   Body   `json:"body"`
	Span   Span   `json:"span"`
	// Sanitized is set when the source is known to strip credentials (a sanitized
	// HAR export): absence of Authorization or Cookie then means "unknown".
	Sanitized bool `json:"sanitized,omitempty"`
	// Partial is set when only part of the request is known (a curl command line,
	// a "Request URL:" line): absence of a header then proves little.
	Partial bool `json:"partial,omitempty"`
	// CredsListed is set on a Partial request built from a curl command
	// line that names every credential curl sends (no -n, -K or cookie
	// file): a credential its options do not give was not sent.
	CredsListed bool `json:"credsListed,omitempty"`
	// NetrcOnChallenge is set with CredsListed on a request built from a
	// wget command line: wget may read a user and password from ~/.netrc,
	// but sends them only after a 401 or 407 asks for them.
	NetrcOnChallenge bool `json:"netrcOnChallenge,omitempty"`
	// ClientCert is set when the transcript shows a TLS client certificate.
	ClientCert string `json:"clientCert,omitempty"`
	// Configured lists the credentials the paste shows the client was given
	// in code, in its configuration or in its environment (password="…" in
	// a call, accessKey: '…' in a client's options, export
	// CONSUL_HTTP_TOKEN=…), each under the name it was given there: the
	// client sends them, in whatever notation its protocol uses.
	Configured Fields `json:"configured,omitempty"`
	// ShellCut lists, when a command line's URL was written unquoted with an
	// "&" in its query, the parameters after it: the shell ended the command
	// there, so they were never sent ("Signature", "Expires").
	ShellCut []string `json:"shellCut,omitempty"`
	// netrc is set on a request built from a curl command that reads
	// ~/.netrc (-n, --netrc, --netrc-optional, --netrc-file): the entry
	// for its host, when the paste shows one, is what it sent (netrcRequests).
	netrc bool
	// headersVar is the variable a PowerShell cmdlet's -Headers named
	// (pwshHeaderTables reads its table when the paste assigns it).
	headersVar string
	// headerFiles are the files a curl command read headers from (-H
	// @file): shownHeaderFiles gives it their lines when the paste shows them.
	headerFiles []string
}

// Response is the response half of an exchange.
type Response struct {
	Proto  string `json:"proto,omitempty"`
	Status int    `json:"status"` // 0 when unknown
	Reason string `json:"reason,omitempty"`
	// StatusSource says where Status came from when there was no status line:
	// "pseudo-header" (":status", "status: 403"), "devtools" ("Status Code:"),
	// "body" (an error page or JSON stating it), "text" (a tool's or SDK's own
	// line: "[1] 403", "Status: 403 (...)", "AccessDeniedException: 403"),
	// "headers" (a 200 implied by fields that describe a representation served).
	// Empty for a real status line or a HAR status, and when the status is unknown (0).
	StatusSource string `json:"statusSource,omitempty"`
	Pos          Pos    `json:"pos"` // status line
	Fields       Fields `json:"fields"`
	Body         Body   `json:"body"`
	Span         Span   `json:"span"`
	// Error is a HAR entry's _error (status 0: blocked, CORS, aborted).
	Error string `json:"error,omitempty"`
	// StatusText is the line a status stated in prose was read from ("If the
	// JWT is expired, the endpoint responds with HTTP 500 and …"), when the
	// body does not hold it: the verdict reads a person's words about the
	// exchange there too. Not part of the report.
	StatusText string `json:"-"`
	// StatusRecord is the log record a status was read from as one of its
	// fields ({"auth_via": "unauthenticated", …, "status": 403}), when the
	// body does not hold it: its other fields (who the caller was, how it
	// authenticated) speak of the same exchange. Not part of the report.
	StatusRecord string `json:"-"`
	// The small fields come last, side by side, so that they share one
	// word: a paste of many tiny exchanges holds a Response per exchange
	// for the whole analysis, and at 288 bytes it fits a smaller size class
	// of Go's allocator than at 312 (TestResponseSize; issue #14).

	// StatusConf ranks how Status was found (see StatusConfidence). Set by
	// every reader; finish derives it from StatusSource when a reader did not.
	StatusConf StatusConfidence `json:"statusConf,omitempty"`
	// HeadersCut is set when the paste ends inside the header block or elides lines.
	HeadersCut bool `json:"headersCut,omitempty"`
	// HeadersComplete is set only when the reader saw the whole header block
	// of this response (a status line or HAR entry followed by every field up
	// to the body or the end of the block, nothing elided). Rules that report
	// something *missing* from the headers (no WWW-Authenticate, no ACAO, ...)
	// fire only when it is set; otherwise they stay silent or hedge.
	HeadersComplete bool `json:"headersComplete,omitempty"`
}

// StatusConfidence ranks the evidence a status code was read from: a status
// line beats a field naming the status beats a code stated in prose beats a
// status implied by a body template. The verdict treats a status as a prior
// whose weight follows this rank.
type StatusConfidence int8 // one byte: see Response

const (
	StatusUnknown StatusConfidence = iota // no status found
	StatusImplied                         // implied by a body template or vendor page, no number shown ("Access Denied" page, {"error":"invalid_token"})
	StatusProse                           // stated in prose or a log line: "403 Forbidden", "failed with 401", "Error 401 (Unauthorized)"
	StatusField                           // a field holding the status: "status: 403", "StatusCode: 403", "status_code=401", {"status":401}
	StatusLine                            // a status line, a HAR status, an HTTP/2 ":status" pseudo-header
)

// String names the rank for reports.
func (c StatusConfidence) String() string {
	switch c {
	case StatusImplied:
		return "implied"
	case StatusProse:
		return "prose"
	case StatusField:
		return "field"
	case StatusLine:
		return "status-line"
	}
	return "unknown"
}

// Exchange is one response and the request before it, if the paste has it.
type Exchange struct {
	Index    int       `json:"index"` // 0-based, in paste order
	Request  *Request  `json:"request,omitempty"`
	Response *Response `json:"response,omitempty"`
	Format   string    `json:"format"`          // "raw", "curl-v", "har", ...
	Entry    int       `json:"entry,omitempty"` // HAR entry index + 1, 0 otherwise
	Span     Span      `json:"span"`
	// Info holds transcript lines that say something the messages do not
	// ("* Server auth using Basic with user 'x'", TLS facts), in order.
	Info  []InfoLine `json:"info,omitempty"`
	Notes []Note     `json:"notes,omitempty"`
	// Prose holds the paste's lines outside every exchange (a person's
	// words, other output): shared by the paste's exchanges, read only
	// (attachProse).
	Prose []InfoLine `json:"-"`
	// Reading says how the exchange was read, for the card's one-line
	// "read as …" and for honesty about what was inferred.
	Reading Reading `json:"reading"`
}

// Reading says how an exchange was read: by an exact reader for a known
// format, or by the general reader, and what was inferred rather than seen.
type Reading struct {
	// General is set when the general reader (not an exact format reader)
	// produced the exchange.
	General bool `json:"general,omitempty"`
	// Summary is one line for people: "curl -v transcript", "a Python
	// requests error: status from a field, 4 headers from a printed dict".
	Summary string `json:"summary,omitempty"`
	// Inferred lists what was inferred rather than read, each with its line:
	// "status 403 from the body's \"status\" field", "request method from a log line".
	Inferred []InfoLine `json:"inferred,omitempty"`
	// Partial is set when only part of the exchange could be read; Advice
	// then says what to paste for a full answer (e.g. the curl -v command).
	Partial bool   `json:"partial,omitempty"`
	Advice  string `json:"advice,omitempty"`
}

// InfoLine is a tool's own line in a transcript (curl's "* ...").
type InfoLine struct {
	Text string `json:"text"`
	Pos  Pos    `json:"pos"`
}

// Note is a problem the reader tolerated: a space before a colon, an elided
// line, a truncated body, a redaction marker. Rules in family AT9 report them.
type Note struct {
	Code    string `json:"code"` // kebab-case: "truncated-body", "obs-fold", "redacted"
	Message string `json:"message"`
	Pos     Pos    `json:"pos"`
}

// Input is the result of Parse: every exchange found, in paste order.
type Input struct {
	Format    string      `json:"format"` // the dominant format
	Exchanges []*Exchange `json:"exchanges"`
	Notes     []Note      `json:"notes,omitempty"` // problems not tied to one exchange
	Lines     int         `json:"lines"`
	// HARCreator is the HAR log's creator name ("WebInspector", "Firefox"), if any.
	HARCreator string `json:"harCreator,omitempty"`
	// Secrets are the credentials in the paste (FindSecrets), values never encoded.
	Secrets []secret.Secret `json:"-"`
	// readAs is the text the readers read when it was not the paste's own
	// lines (a logger's prefix, quote marks or a shared indentation taken
	// off, a log record's JSON string undone): its credentials are found
	// there too, where a prefix no longer splits a wrapped one
	// (readAsSecrets). readLineOf maps its line k to the paste's line
	// readLineOf[k-1]; nil when lines are one for one.
	readAs     string
	readLineOf []int
}

// Errors that Parse wraps in a *ParseError.
var (
	ErrNoMessage = errors.New("no HTTP request or response found")
	ErrTooLarge  = errors.New("input too large")
	ErrBinary    = errors.New("input looks binary")
	ErrBadHAR    = errors.New("not a valid HAR file")
)

// ParseError reports the line a fatal problem was found on.
type ParseError struct {
	Line int    // 1-based; 0 when not tied to a line
	Text string // the line, cut to 80 bytes
	Err  error
	// Expected says what the reader wanted to see there.
	Expected string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	b.WriteString(e.Err.Error())
	if e.Expected != "" {
		b.WriteString("; expected ")
		b.WriteString(e.Expected)
	}
	if e.Text != "" {
		fmt.Fprintf(&b, ": %q", e.Text)
	}
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

// cut80 shortens s to at most 80 bytes for error messages.
func cut80(s string) string {
	if len(s) <= 80 {
		return s
	}
	return s[:77] + "..."
}
