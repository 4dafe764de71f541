package report

import (
	"fmt"
	"io"
	"strings"
)

// Format is one of the outputs a report is written in. The command line's
// -format and the page's exports name the same four, and Write is the one
// switch between them.
type Format string

// The formats, in the order they are offered.
const (
	FormatText     Format = "text"
	FormatJSON     Format = "json"
	FormatSARIF    Format = "sarif"
	FormatMarkdown Format = "markdown"
)

// Formats lists every format.
var Formats = []Format{FormatText, FormatJSON, FormatSARIF, FormatMarkdown}

// ParseFormat reads a format's name: ParseFormat("sarif") is FormatSARIF;
// any other name is an error that lists the four.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats {
		if string(f) == name {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: want text, json, sarif or markdown", name)
}

// MIME is the media type of a report in f: "application/sarif+json" for SARIF.
func (f Format) MIME() string {
	switch f {
	case FormatJSON:
		return "application/json"
	case FormatSARIF:
		return "application/sarif+json"
	case FormatMarkdown:
		return "text/markdown"
	}
	return "text/plain"
}

// Ext is the file name extension of a report in f, without the dot: "md".
func (f Format) Ext() string {
	switch f {
	case FormatJSON:
		return "json"
	case FormatSARIF:
		return "sarif"
	case FormatMarkdown:
		return "md"
	}
	return "txt"
}

// Write writes one source's report in f: the whole document, as the
// command line prints it for one input and the page exports it. disabled
// lists the rules the analysis skipped (SARIF says so in its rule list);
// text tunes the text report.
func Write(w io.Writer, f Format, src Source, disabled []string, text TextOptions) error {
	switch f {
	case FormatJSON:
		return JSON(w, src)
	case FormatSARIF:
		return SARIF(w, []Source{src}, disabled)
	case FormatMarkdown:
		return Markdown(w, src)
	case FormatText:
		return Text(w, src, text)
	}
	_, err := ParseFormat(string(f))
	return err
}

// Document is a report written in one format, with what a download of it
// needs: the page's exports are Documents.
type Document struct {
	Text string `json:"text"`
	MIME string `json:"mime"`
	Ext  string `json:"ext"` // without the dot
}

// Render is Write into a Document.
func Render(f Format, src Source, disabled []string, text TextOptions) (Document, error) {
	var b strings.Builder
	if err := Write(&b, f, src, disabled, text); err != nil {
		return Document{}, err
	}
	return Document{Text: b.String(), MIME: f.MIME(), Ext: f.Ext()}, nil
}
