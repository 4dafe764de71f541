package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/authtriage/authtriage/classifier"
)

// jsonStream writes one report as indented JSON, byte for byte what
// json.MarshalIndent(report, prefix, "  ") gives, an exchange at a time:
// the header fields when the analysis starts, each exchange as it is
// emitted, and the cross-exchange findings, flows, summary and the rest
// once it ends. Nothing of the report is kept after it is written.
type jsonStream struct {
	w      io.Writer
	prefix string // the indentation of the report's own braces
	n      int    // exchanges written
	err    error  // the first write error; later writes are skipped
}

// emptyExchanges is how MarshalIndent writes an empty exchanges list; inside
// a JSON string every quote is escaped, so this text can only be the field.
var emptyExchanges = []byte(`"exchanges": []`)

// split returns the indented JSON of rep (whose Exchanges must be empty)
// cut just inside its exchanges list: everything up to and including '['
// and everything from ']' on.
func (s *jsonStream) split(rep *classifier.Report) (head, tail []byte, err error) {
	if len(rep.Exchanges) != 0 {
		return nil, nil, errors.New("report to split holds exchanges")
	}
	b, err := json.MarshalIndent(rep, s.prefix, "  ")
	if err != nil {
		return nil, nil, err
	}
	at := bytes.Index(b, emptyExchanges)
	if at < 0 {
		return nil, nil, errors.New("report encoding has no exchanges field")
	}
	cut := at + len(emptyExchanges) - 1 // at the ']'
	return b[:cut], b[cut:], nil
}

func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// start writes the header fields, up to the opening of the exchanges list.
func (s *jsonStream) start(rep *classifier.Report) {
	head, _, err := s.split(rep)
	if err != nil {
		s.err = err
		return
	}
	s.write(head)
}

// exchange writes one exchange.
func (s *jsonStream) exchange(er *classifier.ExchangeReport) error {
	b, err := json.MarshalIndent(er, s.prefix+"    ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n"
	if s.n == 0 {
		sep = "\n"
	}
	s.write([]byte(sep + s.prefix + "    "))
	s.write(b)
	s.n++
	return s.err
}

// end closes the exchanges list and writes the fields after it, from the
// finished report.
func (s *jsonStream) end(rep *classifier.Report) error {
	_, tail, err := s.split(rep)
	if err != nil {
		return err
	}
	if s.n > 0 {
		s.write([]byte("\n" + s.prefix + "  "))
	}
	s.write(tail)
	return s.err
}
