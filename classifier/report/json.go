package report

import (
	"bytes"
	"errors"
	"io"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// JSON writes one source as the JSON document the command line prints and
// the page exports: the report, or {"error": …} when it has none, indented
// by two spaces as json.MarshalIndent does, and a final newline.
func JSON(w io.Writer, src Source) error {
	var v appender = src.Report
	if src.Report == nil {
		e := classifier.NewErrorJSON(src.Err)
		v = &e
	}
	b, err := indentJSON(v.AppendJSON(nil), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// appender is a report type with a generated encoder (classifier/json_gen.go).
type appender interface{ AppendJSON([]byte) []byte }

// indentJSON indents compact JSON as json.MarshalIndent does (which is
// json.Marshal followed by json.Indent; internal/jsonlite's AppendIndent is
// held equal to json.Indent).
func indentJSON(b []byte, prefix, indent string) ([]byte, error) {
	return jsonlite.AppendIndent(make([]byte, 0, len(b)+len(b)/2), b, prefix, indent)
}

// JSONStream writes one report as JSON an exchange at a time, byte for byte
// what json.Marshal (indent "") or json.MarshalIndent(report, prefix,
// indent) gives for the whole report: Start writes the header fields when
// the analysis starts, Exchange each exchange as it is emitted, and End the
// cross-exchange findings, flows, summary and the rest once it ends.
// Nothing of the report is kept after it is written; the first write error
// stops the writing and is returned from then on.
type JSONStream struct {
	w      io.Writer
	prefix string // the indentation of the report's own braces
	indent string // one level; "" writes compact JSON
	n      int    // exchanges written
	err    error
	// buf and ind hold the last exchange's compact and indented JSON: each
	// exchange is encoded into the same two buffers, so a paste of many
	// small exchanges leaves no garbage per exchange for its encoding (it
	// was most of the run's allocation, and with it the collector's peak;
	// issue #14). A buffer grown past keepBuf by one big exchange is let go.
	buf, ind []byte
}

// keepBuf is the largest encoding buffer JSONStream keeps for the next
// exchange.
const keepBuf = 64 << 10

// NewJSONStream writes to w with prefix and indent as json.MarshalIndent
// takes them; an empty indent writes compact JSON, as json.Marshal does.
func NewJSONStream(w io.Writer, prefix, indent string) *JSONStream {
	return &JSONStream{w: w, prefix: prefix, indent: indent}
}

func (s *JSONStream) marshal(v appender, prefix string) ([]byte, error) {
	if s.indent == "" {
		return v.AppendJSON(nil), nil
	}
	return indentJSON(v.AppendJSON(nil), prefix, s.indent)
}

// split returns the JSON of rep (whose Exchanges must be empty) cut just
// inside its exchanges list: everything up to and including '[' and
// everything from ']' on.
func (s *JSONStream) split(rep *classifier.Report) (head, tail []byte, err error) {
	if len(rep.Exchanges) != 0 {
		return nil, nil, errors.New("report to split holds exchanges")
	}
	b, err := s.marshal(rep, s.prefix)
	if err != nil {
		return nil, nil, err
	}
	// How the encoder writes an empty exchanges list; inside a JSON string
	// every quote is escaped, so this text can only be the field.
	empty := []byte(`"exchanges":[]`)
	if s.indent != "" {
		empty = []byte(`"exchanges": []`)
	}
	at := bytes.Index(b, empty)
	if at < 0 {
		return nil, nil, errors.New("report encoding has no exchanges field")
	}
	cut := at + len(empty) - 1 // at the ']'
	return b[:cut], b[cut:], nil
}

func (s *JSONStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// Start writes the header fields, up to the opening of the exchanges list.
// rep is the report Stream hands Options.OnStart (its Exchanges empty).
func (s *JSONStream) Start(rep *classifier.Report) error {
	head, _, err := s.split(rep)
	if err != nil {
		s.err = err
		return err
	}
	s.write(head)
	return s.err
}

// Exchange writes one exchange.
func (s *JSONStream) Exchange(er *classifier.ExchangeReport) error {
	if s.err != nil {
		return s.err
	}
	inner := s.prefix + s.indent + s.indent
	s.buf = er.AppendJSON(s.buf[:0])
	b := s.buf
	if s.indent != "" {
		var err error
		if s.ind, err = jsonlite.AppendIndent(s.ind[:0], s.buf, inner, s.indent); err != nil {
			s.err = err
			return err
		}
		b = s.ind
	}
	switch {
	case s.indent == "" && s.n > 0:
		s.write([]byte(","))
	case s.indent != "" && s.n > 0:
		s.write([]byte(",\n" + inner))
	case s.indent != "":
		s.write([]byte("\n" + inner))
	}
	s.write(b) // an io.Writer keeps none of b
	s.n++
	if cap(s.buf) > keepBuf {
		s.buf = nil
	}
	if cap(s.ind) > keepBuf {
		s.ind = nil
	}
	return s.err
}

// End closes the exchanges list and writes the fields after it, from the
// finished report, whose Exchanges must be empty (those written are not
// kept in it, or are set aside by the caller).
func (s *JSONStream) End(rep *classifier.Report) error {
	_, tail, err := s.split(rep)
	if err != nil {
		return err
	}
	if s.n > 0 && s.indent != "" {
		s.write([]byte("\n" + s.prefix + s.indent))
	}
	s.write(tail)
	return s.err
}
