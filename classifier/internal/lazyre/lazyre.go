// Package lazyre is a regular expression compiled on its first use rather
// than when its package is initialised.
//
// The page's first visit pays for every package initialiser before the
// analyzer is ready, in the browser's baseline tier, each function compiled
// on its first call; most of the rules' expressions serve bodies that a
// typical paste never reaches. A Regexp (&Regexp{Expr: …}, or New) costs
// nothing until a method is called, and a package's variables that use
// its Regexps (the rules' table) are still laid out by the compiler rather
// than built by code at start; lazyretest.Exprs lets a package's tests
// find and compile every expression it declares.
package lazyre

import (
	"regexp"
	"strings"
	"sync"
)

// Regexp is regexp.MustCompile(expr), done when first needed, with a
// prefilter when every match starts with a literal (prefix.go).
//
// Each of its forms is built when a search first needs it: the prefilter's
// literals on the first call; the anchored expression the prefilter runs
// where a literal is, only once a text has one; the whole expression only
// when there is no prefilter (or a text it cannot serve) or Re is called.
// Without a prefilter, a literal every match holds (`error=` in
// `(?:^|[&\s])error=…`) is looked for first: a text without it is not
// searched at all.
// Compiling was most of a fresh process's first analysis (counted
// repetitions compile to that many copies, and in the page V8 runs
// regexp's compiler cold), and a typical paste holds a literal of few of
// the expressions.
type Regexp struct {
	Expr string // the source text, a constant (see New)
	// Guard and Anchored serve the prefilter's places (prefix.go), where
	// the expression would otherwise be compiled and run anchored: Guard,
	// a cheap test that every match starting at the beginning of its
	// text passes (false: none starts there); Anchored, the expression's
	// own match starting at the beginning of its text (its submatch
	// offsets, as regexp's FindStringSubmatchIndex of ^(?:Expr) gives
	// them), written by hand. A text whose places they answer is searched
	// without compiling anything; tests hold each to the expression
	// (lazyretest.SameAnchored).
	Guard    func(s string) bool
	Anchored func(s string) []int
	preDo    sync.Once
	pre      *prefilter
	need     string // without a prefilter: a literal every match holds, or ""
	reOnce   sync.Once
	re       *regexp.Regexp
}

// New returns expr, to be compiled when first used (it panics then if expr
// does not compile, as regexp.MustCompile would; lazyretest.Exprs lets a
// test find that first). expr must be a constant expression, which
// lazyretest can read.
//
// A package variable is better declared as &Regexp{Expr: expr}: in a
// package built without inlining (the Makefile's WASM_GCFLAGS) New is a
// call, and after the first call in its variables' initialisers the
// compiler builds every variable initialised later (the rules' table) with
// code at start rather than laying it out as data.
func New(expr string) *Regexp {
	return &Regexp{Expr: expr}
}

func (r *Regexp) compile() {
	r.reOnce.Do(func() { r.re = regexp.MustCompile(r.Expr) })
}

// Re is the compiled expression.
func (r *Regexp) Re() *regexp.Regexp {
	r.compile()
	return r.re
}

// String is the source text.
func (r *Regexp) String() string { return r.Expr }

// prefilter returns the prefilter to search s with, or nil for regexp's
// own search (r.re, compiled then); none when s cannot hold a match at
// all: it lacks a literal that every match holds.
// x is s's index when the prefilter searches through one (index.go).
func (r *Regexp) prefilter(s string) (p *prefilter, x *textIndex, none bool) {
	r.preDo.Do(func() {
		if k := knownExpr(r.Expr); k != nil {
			if k.pre {
				r.pre = k.spec.build()
			} else {
				r.need = k.need
			}
		} else if r.pre = newPrefilter(r.Expr); r.pre == nil {
			r.need = neededLit(r.Expr)
		}
		if r.pre != nil {
			r.pre.guard, r.pre.hand = r.Guard, r.Anchored
		}
	})
	if r.pre != nil && r.pre.indexed {
		x = indexOf(s)
	}
	if r.pre == nil || x != nil && r.pre.foldKS && x.ks || x == nil && !r.pre.usable(s) {
		if r.need != "" && !strings.Contains(s, r.need) {
			return nil, nil, true
		}
		r.compile()
		return nil, nil, false
	}
	return r.pre, x, false
}

func (r *Regexp) MatchString(s string) bool {
	p, x, none := r.prefilter(s)
	if none {
		return false
	}
	if p != nil {
		return p.find(x, s, 0, findMatch) != nil
	}
	return r.re.MatchString(s)
}

func (r *Regexp) FindString(s string) string {
	p, x, none := r.prefilter(s)
	if none {
		return ""
	}
	if p != nil {
		if m := p.find(x, s, 0, findIndex); m != nil {
			return s[m[0]:m[1]]
		}
		return ""
	}
	return r.re.FindString(s)
}

func (r *Regexp) FindStringIndex(s string) []int {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		return p.find(x, s, 0, findIndex)
	}
	return r.re.FindStringIndex(s)
}

func (r *Regexp) FindStringSubmatch(s string) []string {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		if m := p.find(x, s, 0, findSubmatch); m != nil {
			return submatches(s, m)
		}
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		return p.find(x, s, 0, findSubmatch)
	}
	return r.re.FindStringSubmatchIndex(s)
}

func (r *Regexp) FindAllString(s string, n int) []string {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		var out []string
		for _, m := range p.all(x, s, n, findIndex) {
			out = append(out, s[m[0]:m[1]])
		}
		return out
	}
	return r.re.FindAllString(s, n)
}

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		return p.all(x, s, n, findIndex)
	}
	return r.re.FindAllStringIndex(s, n)
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		var out [][]string
		for _, m := range p.all(x, s, n, findSubmatch) {
			out = append(out, submatches(s, m))
		}
		return out
	}
	return r.re.FindAllStringSubmatch(s, n)
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	p, x, none := r.prefilter(s)
	if none {
		return nil
	}
	if p != nil {
		return p.all(x, s, n, findSubmatch)
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}

// submatches is the strings of submatch offsets m, as FindStringSubmatch
// gives them.
func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// A known is what the prefilter of one of the classifier's own
// expressions is built from, worked out before (known_gen.go, written by
// TestKnown with -update and held equal to specOf and neededLit there):
// a first analysis searches a paste with a score of expressions, and
// parsing each for its literals was as much work as compiling the few a
// paste holds a literal of, on the page's cold path (issue #14). An
// expression not in the table is parsed as before.
type known struct {
	spec        // the prefilter's, when pre
	pre  bool   // the expression has a prefilter
	need string // without one: neededLit
}

// knownExpr returns the table's entry for expr, or nil.
func knownExpr(expr string) *known {
	lo, hi := 0, len(knownExprs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if knownExprs[m].expr < expr {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(knownExprs) && knownExprs[lo].expr == expr {
		return &knownExprs[lo]
	}
	return nil
}
