// Package wrapwidth says at what width a terminal or a console hard-wrapped
// a paste: the one home of that reading for the parser, which joins the
// lines a wrap cut, and for the secret finder, which masks a credential a
// wrap cut up to its end on the next line.
package wrapwidth

import (
	"strings"
	"unicode/utf8"
)

// consoles are the widths terminals and consoles open at, narrowest first.
var consoles = [...]int{80, 100, 120, 132, 160}

// Console reports whether n is a width terminals and consoles open at (80
// and 120 columns above all).
func Console(n int) bool {
	for _, c := range consoles {
		if n == c {
			return true
		}
	}
	return false
}

// Line is the width of a pasted line as the wrap cut it, in characters:
// without a CRLF's "\r", and without the two spaces of a Markdown line
// break put after the cut (a post's lines each ending "  "). A console's
// padding up to its width counts: a console that moved a word to the next
// line filled the rest of the line with blanks.
func Line(l string) int {
	return utf8.RuneCountInString(cut(l))
}

// cut is line l as the wrap left it (Line).
func cut(l string) string {
	l = strings.TrimSuffix(l, "\r")
	if n := len(l); n > 2 && l[n-1] == ' ' && l[n-2] == ' ' && l[n-3] != ' ' && l[n-3] != '\t' {
		l = l[:n-2]
	}
	return l
}

// Common returns the width the longest lines share, when a terminal may
// have wrapped the paste there: they are 60 characters or more and two
// lines or more reach it; otherwise 0. It is a hint: a reader joins a line
// of that width to the next only when the next cannot stand on its own.
func Common(lines []string) int {
	width, at := Widest(len(lines), func(i int) int { return Line(lines[i]) })
	if width < 60 || at < 2 {
		return 0
	}
	return width
}

// Widest returns the largest of n widths, width(0) to width(n-1), and how
// many of them reach it: a wrap cuts every long line at one column, so the
// widest lines share their width. Callers measure lines their own way (a
// log prefix taken off before still counts).
func Widest(n int, width func(i int) int) (widest, at int) {
	for i := 0; i < n; i++ {
		switch w := width(i); {
		case w > widest:
			widest, at = w, 1
		case w == widest:
			at++
		}
	}
	return widest, at
}

// Text returns the width a terminal or a console hard-wrapped text at, or
// 0: the widest line is 60 characters or more and at least two lines are
// that wide (every long line was cut at the same column), or it is one of
// the widths consoles open at. Lines the console did not print may be
// wider (a response body or a sentence pasted below the wrapped output):
// then a console's width that at least two lines fill, more lines than are
// wider, is the wrap.
func Text(text string) int {
	widest, n := 0, 0
	var console [len(consoles)]int // lines exactly as wide as each console width
	var widths []int               // the widths of lines wider than 80 (64 at most: past that, no wrap)
	for rest := text; rest != ""; {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		l = cut(l)
		w := utf8.RuneCountInString(l)
		switch {
		case w > widest:
			widest, n = w, 1
		case w == widest:
			n++
		}
		for i, cw := range consoles {
			if w == cw && !strings.HasSuffix(l, " ") {
				console[i]++ // (a line padded to the width with blanks was not cut there)
			}
		}
		if w > consoles[0] && len(widths) < 64 {
			widths = append(widths, w)
		}
	}
	switch {
	case widest < 60:
		return 0
	case n >= 2 || Console(widest):
		return widest
	}
	if len(widths) >= 64 {
		return 0
	}
	for i := len(consoles) - 1; i >= 0; i-- {
		wider := 0
		for _, w := range widths {
			if w > consoles[i] {
				wider++
			}
		}
		if console[i] >= 2 && wider < console[i] {
			return consoles[i]
		}
	}
	return 0
}
