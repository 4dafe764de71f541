package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/rule"
)

// streamTextAbove is the number of exchanges above which the text report is
// streamed: each exchange printed as soon as it is settled, the counts and
// the paste's warnings and flows after the last one rather than before the
// first (which would need the whole report in memory). JSON and SARIF are
// always streamed; Markdown is written from the whole report.
const streamTextAbove = 2000

// writer writes every source's report in one format, as each is analysed.
type writer struct {
	format report.Format
	out    io.Writer
	many   bool // several sources: JSON is an array of {file, report|error}
	keep   bool // -keep-secrets
	opts   classifier.Options
	text   report.TextOptions
	worst  rule.Severity // the highest severity seen, -1 for none

	n     int                 // sources written
	sarif *report.SARIFWriter // one log for all sources, opened by the first
}

// see notes the severities of fs for -fail-on.
func (w *writer) see(fs []rule.Finding) {
	for _, f := range fs {
		w.worst = max(w.worst, f.Severity)
	}
}

// source analyses in (nil when src.Err says why there is none) and writes
// its report; quote gives evidence quotes the pasted line's markers, as
// classifier.Analyze does.
func (w *writer) source(src report.Source, in *parse.Input, quote *classifier.Quoter) error {
	defer func() { w.n++ }()
	switch {
	case w.format == report.FormatJSON:
		return w.json(src, in, quote)
	case w.format == report.FormatSARIF:
		return w.streamSARIF(src, in, quote)
	case w.format == report.FormatText && in != nil && len(in.Exchanges) > streamTextAbove:
		return w.streamText(src, in, quote)
	}
	if in != nil {
		// The whole report, for the writers that need it whole.
		xs := []classifier.ExchangeReport{}
		rep, err := w.stream(in, quote, nil, func(er *classifier.ExchangeReport) error {
			xs = append(xs, *er)
			return nil
		})
		if err != nil {
			return err
		}
		rep.Exchanges = xs
		src.Report = rep
	}
	if w.format == report.FormatText && src.Err != nil && !w.many {
		return nil // standard error has said it all
	}
	if w.n > 0 {
		fmt.Fprintln(w.out)
	}
	return report.Write(w.out, w.format, src, w.opts.Disable, w.text)
}

// finish writes what only the end can: the SARIF document, the JSON array's
// closing bracket.
func (w *writer) finish() error {
	switch w.format {
	case report.FormatSARIF:
		if w.sarif == nil {
			if err := w.openSARIF(); err != nil {
				return err
			}
		}
		return w.sarif.Close()
	case report.FormatJSON:
		if w.many {
			_, err := io.WriteString(w.out, "\n]\n")
			return err
		}
	}
	return nil
}

// json streams one source's report, or writes its error, exactly as
// json.MarshalIndent would write the whole value.
func (w *writer) json(src report.Source, in *parse.Input, quote *classifier.Quoter) error {
	prefix := ""
	if w.many {
		sep := ",\n"
		if w.n == 0 {
			sep = "[\n"
		}
		name, _ := json.Marshal(src.Name)
		head := sep + "  {\n    \"file\": " + string(name) + ",\n    "
		if in == nil {
			b, err := json.MarshalIndent(classifier.NewErrorJSON(src.Err).Error, "    ", "  ")
			if err != nil {
				return err
			}
			_, err = io.WriteString(w.out, head+"\"error\": "+string(b)+"\n  }")
			return err
		}
		if _, err := io.WriteString(w.out, head+"\"report\": "); err != nil {
			return err
		}
		prefix = "    "
	} else if in == nil {
		return report.JSON(w.out, src)
	}
	js := report.NewJSONStream(w.out, prefix, "  ")
	rep, err := w.stream(in, quote, func(head *classifier.Report) { js.Start(head) }, js.Exchange)
	if err != nil {
		return err
	}
	if err := js.End(rep); err != nil {
		return err
	}
	end := "\n"
	if w.many {
		end = "\n  }"
	}
	_, err = io.WriteString(w.out, end)
	return err
}

// streamText writes a big paste's text report an exchange at a time.
func (w *writer) streamText(src report.Source, in *parse.Input, quote *classifier.Quoter) error {
	if w.n > 0 {
		fmt.Fprintln(w.out)
	}
	t := report.NewTextWriter(w.out, w.text)
	if err := t.Header(src.Name, nil); err != nil {
		return err
	}
	rep, err := w.stream(in, quote, nil, func(er *classifier.ExchangeReport) error { return t.Exchange(*er) })
	if err != nil {
		return err
	}
	if err := t.Totals(src.Name, rep); err != nil {
		return err
	}
	return t.Footer(rep)
}

// openSARIF starts the one SARIF log of the run.
func (w *writer) openSARIF() error {
	sw, err := report.NewSARIFWriter(w.out, w.opts.Disable)
	w.sarif = sw
	return err
}

// streamSARIF writes one source's results into the run's SARIF log, an
// exchange at a time, as report.SARIF would write them from the whole.
func (w *writer) streamSARIF(src report.Source, in *parse.Input, quote *classifier.Quoter) error {
	if w.sarif == nil {
		if err := w.openSARIF(); err != nil {
			return err
		}
	}
	w.sarif.Begin(src.Name, src.Size)
	if in == nil {
		w.sarif.Failed(src.Err)
		return nil
	}
	rep, err := w.stream(in, quote, nil, func(er *classifier.ExchangeReport) error { return w.sarif.Exchange(*er) })
	if err != nil {
		return err
	}
	return w.sarif.End(rep)
}

// stream runs the classifier's pipeline over in an exchange at a time, the
// one loop behind every writer: start (when not nil) gets the report's
// header fields before the first exchange, each gets every exchange as soon
// as it is settled, and stream returns the finished report without its
// exchanges. Everything they get is quoted as pasted (quote) and masked
// unless -keep-secrets, and every finding counts for -fail-on.
func (w *writer) stream(in *parse.Input, quote *classifier.Quoter, start func(*classifier.Report), each func(*classifier.ExchangeReport) error) (*classifier.Report, error) {
	var cur *classifier.Report
	opts := w.opts
	opts.OnStart = func(rep *classifier.Report) {
		cur = rep
		if start != nil {
			start(w.masked(rep))
		}
	}
	rep, err := classifier.Stream(in, opts, func(er *classifier.ExchangeReport) error {
		w.see(er.Findings)
		quote.Exchange(er)
		if !w.keep {
			er = cur.MaskedExchange(er)
		}
		return each(er)
	})
	if err != nil {
		return nil, err
	}
	w.see(rep.Findings)
	quote.Cross(rep)
	return w.masked(rep), nil
}

// masked is rep with the credentials masked, unless -keep-secrets.
func (w *writer) masked(rep *classifier.Report) *classifier.Report {
	if w.keep {
		return rep
	}
	return rep.Masked()
}
