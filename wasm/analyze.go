// The part of the bridge that does not touch JavaScript. It builds for every
// target so that its tests run natively too.

package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime/debug"
	"slices"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/secret"
)

// version is what globalThis.authtriage.version holds: the report format's
// version, the same one every report carries.
func version() string { return classifier.Version }

// analyze decodes optJSON (empty means none) and runs the classifier.
func analyze(text, optJSON string) []byte {
	return analyzeWith(text, optJSON, nil)
}

// progressFunc hears where a long analysis is: phase is "parsing",
// "analyzing" or "encoding"; done and total count exchanges while analyzing
// and encoding, and are 0 (unknown) while parsing.
type progressFunc func(phase string, done, total int)

// analyzeWith is analyze telling progress, when not nil, about each phase.
// Its answer is the same bytes classifier.AnalyzeJSON gives: the classifier's
// own pipeline (classifier.Analyze, with Options.Progress), then the report
// written an exchange at a time by report.JSONStream, so that a big report
// tells progress ("encoding", done, total) on the way.
func analyzeWith(text, optJSON string, progress progressFunc) []byte {
	gcFor(len(text))
	opts, err := decodeOptions(optJSON)
	if err != nil {
		return usageError(err)
	}
	if progress == nil {
		return classifier.AnalyzeJSON(text, opts)
	}
	progress("parsing", 0, 0)
	opts.Progress = func(done, total int) { progress("analyzing", done, total) }
	rep, err := classifier.Analyze(text, opts)
	if err != nil {
		return errorJSON(classifier.NewErrorJSON(err))
	}
	var b bytes.Buffer
	if err := encodeReport(&b, rep, progress); err != nil {
		return errorJSON(classifier.NewErrorJSON(fmt.Errorf("encoding report: %w", err)))
	}
	return b.Bytes()
}

// encodeEvery is how many exchanges encodeReport writes between two
// progress calls.
const encodeEvery = 256

// encodeReport writes rep as json.Marshal would, an exchange at a time,
// telling progress ("encoding", done, total) every encodeEvery of them.
func encodeReport(w io.Writer, rep *classifier.Report, progress progressFunc) error {
	xs := rep.Exchanges
	rep.Exchanges = []classifier.ExchangeReport{}
	defer func() { rep.Exchanges = xs }()
	js := report.NewJSONStream(w, "", "")
	if err := js.Start(rep); err != nil {
		return err
	}
	progress("encoding", 0, len(xs))
	for i := range xs {
		if i > 0 && i%encodeEvery == 0 {
			progress("encoding", i, len(xs))
		}
		if err := js.Exchange(&xs[i]); err != nil {
			return err
		}
	}
	progress("encoding", len(xs), len(xs))
	return js.End(rep)
}

// bigInput is the input size (bytes) from which the garbage collector runs
// at half the default heap growth (gcPercentBig), as in the command line: it
// keeps the worker's wasm memory, which never shrinks, nearer the live data
// (1 MiB of bare status lines: 96 MB at the default, 71 MB at 50) for a
// little more CPU. Below it the default stays: a typical paste's analysis
// then allocates less than the runtime's first heap goal (4 MB), and the
// page's first verdict runs no collection, whose code the browser would
// otherwise compile on the spot (a cold module is compiled function by
// function on first call), a third of the cold first analysis.
const (
	bigInput       = 256 << 10
	gcPercentBig   = 50
	gcPercentSmall = 100
)

// gcPercent is the garbage collector's setting (debug.SetGCPercent) for an
// input of n bytes.
func gcPercent(n int) int {
	if n >= bigInput {
		return gcPercentBig
	}
	return gcPercentSmall
}

// gcFor sets the garbage collector's pace for an input of n bytes, when it
// changes.
func gcFor(n int) {
	if p := gcPercent(n); p != gcSet {
		debug.SetGCPercent(p)
		gcSet = p
	}
}

var gcSet = gcPercentSmall // the runtime's default (GOGC unset)

func decodeOptions(optJSON string) (classifier.Options, error) {
	var opts classifier.Options
	if optJSON != "" {
		var err error
		if opts, err = readOptions(optJSON); err != nil {
			return opts, fmt.Errorf("options: %w", err)
		}
	}
	return opts, nil
}

// analysis is a paste and its report.
type analysis struct {
	rep *classifier.Report
	err error
}

// of returns the analysis of text: the one the page shows (the session
// open keeps) when it was of this text with these options, else a new one
// (for callers that did not open it first). Exports are made from it: the
// report the page shows, never analysed again.
func of(text string, opts classifier.Options) analysis {
	if current != nil && current.text == text && slices.Equal(current.opts.Disable, opts.Disable) {
		return analysis{rep: current.rep}
	}
	rep, err := classifier.Analyze(text, opts)
	return analysis{rep: rep, err: err}
}

// secretsOf returns the credentials of text and their masker: those of the
// analysis the page shows when text is its paste, else what the finder sees
// in text (read by the parser when it can be, scanned as text otherwise).
func secretsOf(text string) ([]secret.Secret, *secret.Masker) {
	if current != nil && current.text == text {
		return current.rep.Secrets, current.rep.Masker()
	}
	var ss []secret.Secret
	if in, err := parse.Parse(text); err == nil {
		ss = in.Secrets
	} else {
		ss = secret.Scan(text)
	}
	if ss == nil {
		ss = []secret.Secret{} // "secrets": [], never null
	}
	return ss, secret.NewMasker(ss)
}

// redactJSON masks the credentials of text: the spans the finder marked in
// the analysis the page shows (or a fresh search when text is another
// paste, such as one opened from a link), and every other copy of a value.
func redactJSON(text string) []byte {
	ss, m := secretsOf(text)
	// json.Marshal(secret.Redaction{…})'s bytes, without reflection.
	b := classifier.AppendJSONString([]byte(`{"text":`), m.Text(text))
	b = classifier.AppendSecretsJSON(append(b, `,"secrets":`...), ss)
	return append(b, '}')
}

// secretsJSON lists the credentials in text (kind, line, label, preview;
// never the value), as JSON: those of the last analysis when text is its
// paste. progress, when not nil, hears ("secrets", len, len) at the end.
func secretsJSON(text string, progress progressFunc) []byte {
	ss, _ := secretsOf(text)
	if progress != nil {
		progress("secrets", len(text), len(text))
	}
	return classifier.AppendSecretsJSON(nil, ss)
}

// renderRequest is authtriage.render's second argument.
type renderRequest struct {
	// Format is a report.Format: "markdown", "json", "sarif" or "text".
	Format string `json:"format"`
	// Name is what the report calls the input ("paste" when empty).
	Name    string             `json:"name,omitempty"`
	Options classifier.Options `json:"options"`
	// KeepSecrets writes credentials as they are; by default they are masked.
	KeepSecrets bool `json:"keepSecrets,omitempty"`
}

// renderJSON writes the report of text in the requested format with
// classifier/report: the report the page shows (the last analysis, when it
// was of this text), masked unless the request keeps secrets. An
// unparseable input is still a report in every format (the writers say
// why); only a bad request is an error answer.
func renderJSON(text, reqJSON string) []byte {
	req, err := readRenderRequest(reqJSON)
	if err != nil {
		return usageError(fmt.Errorf("render request: %w", err))
	}
	if req.Name == "" {
		req.Name = "paste"
	}
	f, err := report.ParseFormat(req.Format)
	if err != nil {
		return usageError(fmt.Errorf("render: %w", err))
	}
	a := of(text, req.Options)
	rep, aErr := a.rep, a.err
	if !req.KeepSecrets {
		rep = rep.Masked()
		aErr = classifier.MaskError(aErr, text)
	}
	src := report.Source{Name: req.Name, Report: rep, Err: aErr, Size: int64(len(text))}
	doc, err := report.Render(f, src, req.Options.Disable, report.TextOptions{})
	if err != nil {
		return internalError(err)
	}
	return documentJSON(doc)
}

// documentJSON is json.Marshal(doc)'s bytes, without reflection.
func documentJSON(doc report.Document) []byte {
	b := classifier.AppendJSONString([]byte(`{"text":`), doc.Text)
	b = classifier.AppendJSONString(append(b, `,"mime":`...), doc.MIME)
	b = classifier.AppendJSONString(append(b, `,"ext":`...), doc.Ext)
	return append(b, '}')
}

func errorJSON(e classifier.ErrorJSON) []byte {
	return e.AppendJSON(nil)
}

// usageError is the caller's mistake, in the classifier's error shape.
func usageError(err error) []byte {
	return errorJSON(classifier.NewErrorJSON(err))
}

// guard runs fn and turns a panic into an internal error answer. safejs does
// not recover panics in callbacks, and an unrecovered one would end the Go
// program: every later call from the page would then throw.
func guard(fn func() []byte) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = internalError(fmt.Errorf("internal error: %v", r))
		}
	}()
	return fn()
}

// internalError is a bug, in the classifier's error shape with internal set.
func internalError(err error) []byte {
	e := classifier.NewErrorJSON(err)
	e.Error.Internal = true
	return errorJSON(e)
}
