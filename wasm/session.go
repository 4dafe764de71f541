// The analysis the worker keeps: the last report as Go values, handed to the
// page a page at a time (issue #12), so that a big paste never becomes one
// JSON string of the whole report.

package main

import (
	"fmt"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
)

// KeepInFull is how many exchanges the page's analysis keeps in full. Every
// exchange past it is still analysed, classified and counted in the summary;
// the summary says how many were left out. Nobody reads more cards than this
// in one sitting, and it keeps the worker's memory in proportion to the
// paste rather than to the report.
const KeepInFull = 10000

// workerLimits are the reader's limits in the page's worker, whose Go heap is
// smaller than a command line's: past 100,000 exchanges the reader stops and
// says where (the command line reads up to parse.DefaultLimits).
var workerLimits = parse.Limits{Exchanges: 100_000}

// session is the kept analysis: the report of the last input.
type session struct {
	rep  *classifier.Report
	text string             // the input it was made from
	opts classifier.Options // the options it was made with
}

// current is the last successful analysis; a failed one clears it, so an
// old report never answers for a new text.
var current *session

// openWith analyses text, keeps the report and returns its overview
// (classifier.Overview) as JSON, or the classifier's error shape. The
// answer is valid until the next call of openWith or pageJSON (answerBuf).
func openWith(text, optJSON string, progress progressFunc) []byte {
	current = nil
	gcFor(len(text))
	opts, err := decodeOptions(optJSON)
	if err != nil {
		return usageError(err)
	}
	if progress != nil {
		progress("parsing", 0, 0)
		opts.Progress = func(done, total int) { progress("analyzing", done, total) }
	}
	if opts.KeepAtMost == 0 || opts.KeepAtMost > KeepInFull {
		opts.KeepAtMost = KeepInFull
	}
	opts.Limits = workerLimits
	rep, err := classifier.Analyze(text, opts)
	if err != nil {
		return errorJSON(classifier.NewErrorJSON(err))
	}
	opts.Progress = nil
	current = &session{rep: rep, text: text, opts: opts}
	ov := rep.Overview(opts.KeepAtMost)
	return answer(ov.AppendJSON(answerBuf[:0])) // json.Marshal's bytes, without reflection (classifier/json_gen.go)
}

// answerBuf is the buffer the bridge's last answer from the kept report was
// written into: the next one is written over it (the caller, withText or
// pageJS, copies an answer into a string before it returns), so a paste's
// summary and page of cards do not grow a new buffer from nothing each time
// (some 50 KB of allocation and copying for a typical paste's 20 KB).
var answerBuf []byte

// maxKeptAnswer is the largest buffer answerBuf keeps: a big HAR's page of
// cards can take megabytes, which the worker should not hold on to.
const maxKeptAnswer = 256 << 10

// answer keeps b's buffer for the next answer, when it is not too big, and
// returns b; b is valid until the next call of openWith or pageJSON.
func answer(b []byte) []byte {
	if cap(b) <= maxKeptAnswer {
		answerBuf = b
	} else {
		answerBuf = nil
	}
	return b
}

// pageJSON answers a page query (classifier.PageQuery) on the kept report
// with a classifier.Page, valid until the next call of openWith or
// pageJSON (answerBuf).
func pageJSON(queryJSON string) []byte {
	if current == nil {
		return usageError(fmt.Errorf("no analysis yet"))
	}
	q := classifier.PageQuery{Limit: 50}
	if queryJSON != "" {
		if err := readPageQuery(queryJSON, &q); err != nil {
			return usageError(fmt.Errorf("page query: %w", err))
		}
	}
	out := current.rep.Page(q)
	return answer(out.AppendJSON(answerBuf[:0]))
}
