// The text reader's main loop: it dispatches each logical line to the
// reader of its format.

package parse

import "github.com/authtriage/authtriage/classifier/internal/ascii"

// textReader reads the logical lines of a text paste into exchanges.
type textReader struct {
	lines []line
	i     int
	in    *Input

	req      *Request // request waiting for its response
	reqNotes []Note
	reqFmt   string
	info     []InfoLine // tool lines not yet given to an exchange
	cert     string     // client certificate seen in the transcript, for the next request
	certNext bool       // the next "subject:" info line names the client certificate

	cmd     *command // the last shell command, and what it produced so far
	cmdLine int
	authSel bool // wget printed "Authentication selected"

	lastReq  *Request  // request of the last exchange (a 1xx is followed by its final response)
	lastResp *Response // last response since the command
	devx     *Exchange // exchange being assembled from DevTools header blocks
	loose    []line    // lines that belong to no message
	blocks   []looseBlock
	label    string // "request", "response", "body", "headers": the last section label
	labelN   int    // the paste line of that label
	// labelHeaders: that label is a DevTools-style "Response Headers"
	// heading, naming the header block whole, not a "Response:" before a
	// few fields the person picked
	labelHeaders bool
	wrapped      int // the paste line last joined to a field's value as a terminal's wrap (wrappedField)

	// fencesBefore[k]: how many fence lines come before lines[k];
	// nextFence[k]: the index of the first fence line at or after k, or -1
	// (countFences, filled once when a command's output is read)
	fencesBefore []int32
	nextFence    []int
}

func readText(lines []line, in *Input) {
	r := &textReader{lines: lines, in: in}
	r.read()
}

func (r *textReader) read() {
	for r.i < len(r.lines) {
		l := &r.lines[r.i]
		switch l.kind {
		case kSkip:
			r.i++
		case kElided:
			r.noteLast(Note{Code: "elided-lines", Message: "lines were left out of the paste here", Pos: Pos{Line: l.n}})
			r.i++
		case kNoHeaders:
			r.i++
		case kInfo:
			r.addInfo(l)
			r.i++
		case kCommand:
			r.startCommand(l)
			r.i++
		case kEnd:
			r.i++
		default:
			r.readLine(l)
		}
	}
	r.answerLoose()
	r.closeLoose()
	r.flush()
	r.resolveBlocks()
	dropMentions(r.in)
	if x := r.lastExchange(); x != nil {
		r.takeInfo(x) // "* Connection #0 to host ... left intact"
	}
	pairReversed(r.in)
}

func (r *textReader) readLine(l *line) {
	t := l.trimmed()
	if t == "" {
		if len(r.loose) > 0 {
			r.loose = append(r.loose, *l)
		}
		r.i++
		return
	}
	if lab := sectionLabel(t); lab != "" {
		r.label, r.labelN = lab, l.n
		r.labelHeaders = lab == "response" && ascii.ContainsWordStart(ascii.Lower(t), "headers")
		r.i++
		return
	}
	if lab := r.peerLabel(t); lab != "" {
		r.label, r.labelN = lab, l.n
		r.i++
		return
	}
	if l.dir != '>' {
		if proto, status, reason, ok := parseStatusLine(t); ok {
			r.readResponse(l, proto, status, reason)
			return
		}
	}
	if l.dir != '<' {
		if method, target, proto, ok := parseRequestLine(t); ok {
			r.readRequest(l, method, target, proto)
			return
		}
	}
	if r.headlessStart(r.i) {
		r.readHeadless()
		return
	}
	r.loose = append(r.loose, *l)
	r.i++
}

// peerLabel recognises "Client:" above a request and "Server:" above its
// answer (a proxy's or Fiddler's two raw views, pasted in two fences): a
// label when the next line read is that message's start line; otherwise
// "server:" is a field whose value DevTools put on the next line.
func (r *textReader) peerLabel(t string) string {
	var side string
	switch ascii.Lower(t) {
	case "client:", "client request:":
		side = "request"
	case "server:", "server response:":
		side = "response"
	default:
		return ""
	}
	for k := r.i + 1; k < len(r.lines) && k <= r.i+3; k++ {
		nl := &r.lines[k]
		nt := nl.trimmed()
		if nl.kind == kSkip || nt == "" {
			continue
		}
		if _, _, _, ok := parseStatusLine(nt); ok && side == "response" {
			return side
		}
		if _, _, _, ok := parseRequestLine(nt); ok && side == "request" {
			return side
		}
		return ""
	}
	return ""
}

// takeInfo hands the pending tool lines to x.
func (r *textReader) takeInfo(x *Exchange) {
	if len(r.info) > 0 {
		x.Info = append(x.Info, r.info...)
		r.info = nil
	}
}

func (r *textReader) lastExchange() *Exchange {
	if n := len(r.in.Exchanges); n > 0 {
		return r.in.Exchanges[n-1]
	}
	return nil
}

// noteLast attaches a note to the last exchange, or to the input.
func (r *textReader) noteLast(n Note) {
	if x := r.lastExchange(); x != nil {
		x.Notes = append(x.Notes, n)
		return
	}
	r.in.Notes = append(r.in.Notes, n)
}

// dropMentions removes a status mentioned inline in the text (`HTTP/2 401`)
// when a dump elsewhere in the paste shows a response with that status: the
// mention speaks of that response.
func dropMentions(in *Input) {
	out := in.Exchanges[:0]
	for _, x := range in.Exchanges {
		if x.Request == nil && mentionRestated(in, x) {
			continue
		}
		out = append(out, x)
	}
	for i := len(out); i < len(in.Exchanges); i++ {
		in.Exchanges[i] = nil
	}
	in.Exchanges = out
}

// statusMention reports whether x is a status written inline in the text
// with no header block (the "status-mention" note).
func statusMention(x *Exchange) bool {
	for _, n := range x.Notes {
		if n.Code == "status-mention" {
			return true
		}
	}
	return false
}

// mentionRestated reports whether x is a status mention whose status a
// response shown in full elsewhere in the paste has too: the same answer,
// told twice.
func mentionRestated(in *Input, x *Exchange) bool {
	if x.Response == nil || !statusMention(x) {
		return false
	}
	for _, y := range in.Exchanges {
		if y != x && y.Response != nil && !statusMention(y) && y.Response.Status == x.Response.Status {
			return true
		}
	}
	return false
}
