package lazyre

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// A prefilter finds where a match can start, for an expression every match
// of which begins with one of a few literal strings (after an optional \b):
// `(?i)\b(?:missing|requires?|…)\s+…`, `does not have …`, `"scope"\s*:…`.
// The search then looks for those strings alone, a table test or two per
// byte (a literal's first byte, then its first two), and runs the
// expression, anchored, only where one is: regexp itself has
// no such shortcut for case-folded or alternative prefixes, and runs its
// automaton over every byte of a body (most of a typical paste's analysis,
// and slower still in WebAssembly).
//
// The answers are regexp's: a match is the leftmost one, and among those
// starting at one place the one regexp prefers, so trying the places in
// order with the expression anchored at each finds the same match
// (TestPrefilterLikeRegexp, FuzzPrefilter).
type prefilter struct {
	expr     string
	once     sync.Once
	anchored *regexp.Regexp     // ^(?:expr), compiled where a literal is first found: re()
	lits     []string           // the literals, ASCII letters lower-cased when fold
	first    [256]bool          // a literal's first byte (both cases when fold)
	single   [256]bool          // the byte of a one-byte literal (both cases when fold)
	pairs    pairSet            // the first two bytes of the longer literals
	fold     bool               // compare ASCII letters without case
	foldKS   bool               // a folded k or s, which also match U+212A and U+017F
	wordB    bool               // a \b before the literals: the byte before is no word byte
	guard    func(string) bool  // Regexp.Guard, or nil
	hand     func(string) []int // Regexp.Anchored, or nil
	// byFirst lists the literals by their first byte (both cases when
	// fold): c's are byFirst[firstAt[c]:firstAt[c+1]]. Offsets into one
	// list, not a slice per byte: the prefilter is built during a first
	// analysis, and 256 slice headers made it 7 KB to clear (issue #14).
	byFirst []int32
	firstAt [257]uint16
	// buckets[:nb] are the textIndex buckets of the literals' first two
	// bytes, each once (an array: the prefilter is built during a first
	// analysis, and each allocation counts there). indexed: no literal is
	// one byte long (the index lists pairs); otherwise the text is scanned.
	buckets [maxLits]uint16
	nb      int
	indexed bool
}

// maxLits bounds the literal set; longer lists are cut back to shorter
// prefixes (a shorter literal only finds more places to try).
const maxLits = 64

// newPrefilter returns the prefilter of expr, or nil when some match of it
// may start other than with a literal.
func newPrefilter(expr string) *prefilter {
	sp, ok := specOf(expr)
	if !ok {
		return nil
	}
	return sp.build()
}

// A spec is what a prefilter is built from, worked out from the
// expression's syntax tree by specOf, or read from the table of the
// classifier's own expressions (known.go), which spares a first analysis
// parsing each expression it searches for its literals.
type spec struct {
	expr   string
	lits   []string // ASCII letters lower-cased when fold
	fold   bool
	foldKS bool
	wordB  bool
}

// specOf works out the prefilter of expr, or false when some match of it
// may start other than with a literal.
func specOf(expr string) (spec, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return spec{}, false
	}
	// Not simplified: Simplify writes a counted repetition out ({2,200}
	// as 200 copies), and firstLits reads no more than its first.
	nodes := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		nodes = re.Sub
	}
	sp := spec{expr: expr} // it parsed: ^(?:expr) compiles
	if len(nodes) > 0 && nodes[0].Op == syntax.OpWordBoundary {
		sp.wordB = true
		nodes = nodes[1:]
	}
	lits, ok := firstLits(nodes)
	if !ok || len(lits) == 0 {
		return spec{}, false
	}
	for _, l := range lits {
		if l.s == "" {
			return spec{}, false
		}
		if sp.wordB && !isWordByte(l.s[0]) {
			return spec{}, false // \b then a non-word byte: the byte before must be a word byte
		}
		if l.fold {
			for _, r := range l.s {
				if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
					return spec{}, false // a non-ASCII letter with case: not worth it
				}
				switch r {
				case 'k', 'K', 's', 'S':
					sp.foldKS = true
				}
			}
			sp.fold = true
		}
	}
	for _, l := range lits {
		s := l.s
		if sp.fold {
			s = ascii.Lower(s)
		}
		sp.lits = append(sp.lits, s)
	}
	return sp, true
}

// build makes the prefilter's tables.
func (sp spec) build() *prefilter {
	p := &prefilter{expr: sp.expr, lits: sp.lits, fold: sp.fold, foldKS: sp.foldKS, wordB: sp.wordB}
	var n [256]int
	singles := false
	for _, s := range p.lits {
		c := s[0]
		n[c]++
		p.first[c] = true
		if p.fold && c >= 'a' && c <= 'z' {
			n[c-32]++
			p.first[c-32] = true
		}
		if len(s) == 1 {
			singles = true
			p.single[c] = true
			if p.fold && c >= 'a' && c <= 'z' {
				p.single[c-32] = true
			}
			continue
		}
		p.pairs.add(c, s[1])
		if b := uint16(idxBucket(c, s[1])); !slices.Contains(p.buckets[:p.nb], b) {
			p.buckets[p.nb] = b
			p.nb++
		}
	}
	p.indexed = !singles
	for c, k := range n {
		p.firstAt[c+1] = p.firstAt[c] + uint16(k)
	}
	p.byFirst = make([]int32, p.firstAt[256])
	fill := p.firstAt
	for id, s := range p.lits {
		c := s[0]
		p.byFirst[fill[c]] = int32(id)
		fill[c]++
		if p.fold && c >= 'a' && c <= 'z' {
			p.byFirst[fill[c-32]] = int32(id)
			fill[c-32]++
		}
	}
	return p
}

// pairSet holds pairs of bytes, ASCII letters without case, hashed into 4096
// bits: a place is tried only when its byte and the next may begin a
// literal. (Two letters without case collide with others now and then: that
// only tries a place more.)
type pairSet [64]uint64

func pairHash(a, b byte) uint {
	if a >= 'A' && a <= 'Z' {
		a += 32
	}
	if b >= 'A' && b <= 'Z' {
		b += 32
	}
	return (uint(a)<<6 ^ uint(b)) & 4095
}

func (ps *pairSet) add(a, b byte) {
	h := pairHash(a, b)
	ps[h/64] |= 1 << (h % 64)
}

func (ps *pairSet) has(a, b byte) bool {
	h := pairHash(a, b)
	return ps[h/64]&(1<<(h%64)) != 0
}

// neededLit returns the longest literal that every match of expr holds,
// byte for byte, or "" when it knows none: a literal of the expression's
// concatenation, in groups and repetitions of one or more too (every match
// is made of all of them). Literals without case are left out, and so is
// U+FFFD, which regexp also matches at a byte that is not UTF-8.
func neededLit(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return ""
	}
	best := ""
	var walk func(n *syntax.Regexp)
	walk = func(n *syntax.Regexp) {
		switch n.Op {
		case syntax.OpLiteral:
			s := string(n.Rune)
			if n.Flags&syntax.FoldCase == 0 && len(s) > len(best) && !strings.ContainsRune(s, utf8.RuneError) {
				best = s
			}
		case syntax.OpCapture, syntax.OpPlus:
			walk(n.Sub[0])
		case syntax.OpRepeat:
			if n.Min >= 1 {
				walk(n.Sub[0])
			}
		case syntax.OpConcat:
			for _, sub := range n.Sub {
				walk(sub)
			}
		}
	}
	walk(re)
	return best
}

// lit is a literal a match may start with.
type lit struct {
	s    string
	fold bool
}

// firstLits returns the literals one of which every match of the
// concatenation nodes starts with, or false when it cannot say.
func firstLits(nodes []*syntax.Regexp) ([]lit, bool) {
	f := litFinder{seqs: map[seq]*seq{}, memo: map[*seq]litsOf{}}
	return f.first(f.list(nodes, nil), 0)
}

// A litFinder works firstLits out over the rest of an expression as a list
// of nodes, each list interned, so that the answer for a list is worked out
// once: an alternation or an optional part asks again for the literals of
// all that follows it, and over a few nested ones that was thousands of
// times (2 ms for one expression). An answer found at one depth holds at
// any (the depth bound only gives up early).
type litFinder struct {
	seqs map[seq]*seq
	memo map[*seq]litsOf
}

// seq is a list of nodes: n, then next.
type seq struct {
	n    *syntax.Regexp
	next *seq
}

type litsOf struct {
	lits []lit // shared: never appended to in place
	ok   bool
}

// cons returns the interned list of n then next.
func (f *litFinder) cons(n *syntax.Regexp, next *seq) *seq {
	k := seq{n, next}
	if s, ok := f.seqs[k]; ok {
		return s
	}
	s := &k
	f.seqs[k] = s
	return s
}

// list returns the interned list of ns then next.
func (f *litFinder) list(ns []*syntax.Regexp, next *seq) *seq {
	for i := len(ns) - 1; i >= 0; i-- {
		next = f.cons(ns[i], next)
	}
	return next
}

func (f *litFinder) first(s *seq, depth int) ([]lit, bool) {
	if s == nil || depth > 20 {
		return nil, false // the rest may match empty
	}
	if r, ok := f.memo[s]; ok {
		return r.lits, r.ok
	}
	ls, ok := f.firstOf(s, depth)
	f.memo[s] = litsOf{ls, ok}
	return ls, ok
}

func (f *litFinder) firstOf(s *seq, depth int) ([]lit, bool) {
	n, rest := s.n, s.next
	switch n.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		var base []lit
		if n.Op == syntax.OpLiteral {
			base = []lit{{s: string(n.Rune), fold: n.Flags&syntax.FoldCase != 0}}
		} else {
			// A small class: each of its characters.
			for i := 0; i+1 < len(n.Rune); i += 2 {
				for r := n.Rune[i]; r <= n.Rune[i+1]; r++ {
					if len(base) >= 8 {
						return nil, false
					}
					base = append(base, lit{s: string(r)})
				}
			}
			if len(base) == 0 {
				return nil, false
			}
		}
		// Extend with what follows, while the set stays small.
		if len(base[0].s) >= 16 {
			return base, true
		}
		if more, ok := f.first(rest, depth+1); ok && len(base)*len(more) <= maxLits {
			out := make([]lit, 0, len(base)*len(more))
			for _, b := range base {
				for _, m := range more {
					out = append(out, lit{s: b.s + m.s, fold: b.fold || m.fold})
				}
			}
			return out, true
		}
		return base, true
	case syntax.OpCapture:
		return f.first(f.cons(n.Sub[0], rest), depth+1)
	case syntax.OpConcat:
		return f.first(f.list(n.Sub, rest), depth+1)
	case syntax.OpAlternate:
		var out []lit
		for _, alt := range n.Sub {
			ls, ok := f.first(f.cons(alt, rest), depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, ls...)
		}
		return cut(out), true
	case syntax.OpQuest:
		a, ok := f.first(f.cons(n.Sub[0], rest), depth+1)
		if !ok {
			return nil, false
		}
		b, ok := f.first(rest, depth+1)
		if !ok {
			return nil, false
		}
		return cut(append(append([]lit(nil), a...), b...)), true
	case syntax.OpPlus:
		// x+ starts as x does.
		return f.first(f.cons(n.Sub[0], nil), depth+1)
	case syntax.OpRepeat:
		if n.Min >= 1 {
			return f.first(f.cons(n.Sub[0], nil), depth+1)
		}
	}
	return nil, false
}

// cut shortens the literals of a set over maxLits to their longest
// prefixes that make a set of at most maxLits (a prefix of a literal is a
// weaker but still sound filter), or to their first bytes when none does.
// Sorted, two neighbours' prefixes of length k differ when the two differ
// within their first k bytes, so the set of length k has one prefix more
// than the neighbours whose common prefix is shorter than k: the longest k
// is read off those common prefixes' lengths.
func cut(ls []lit) []lit {
	if len(ls) <= maxLits {
		return ls
	}
	keys := make([]string, len(ls))
	longest := 0
	for i, l := range ls {
		keys[i] = l.s
		if l.fold {
			keys[i] = ascii.Lower(l.s)
		}
		longest = max(longest, len(l.s))
	}
	slices.Sort(keys)
	var common []int // of distinct neighbours
	for i := 0; i+1 < len(keys); i++ {
		if a, b := keys[i], keys[i+1]; a != b {
			n := 0
			for n < len(a) && n < len(b) && a[n] == b[n] {
				n++
			}
			common = append(common, n)
		}
	}
	k := longest
	if len(common) >= maxLits {
		slices.Sort(common)
		k = max(1, min(k, common[maxLits-1]))
	}
	return prefixes(ls, k)
}

// prefixes returns the distinct prefixes of length k of ls, in their
// order, ASCII letters lower-cased where a literal folds.
func prefixes(ls []lit, k int) []lit {
	seen := make(map[string]bool, len(ls))
	var out []lit
	for _, l := range ls {
		s := l.s[:min(k, len(l.s))]
		if l.fold {
			s = ascii.Lower(s)
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, lit{s: s, fold: l.fold})
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// usable reports whether the prefilter can serve s: a folded k or s also
// matches the Kelvin sign and the long s, which the literal search does
// not look for.
func (p *prefilter) usable(s string) bool {
	if !p.foldKS {
		return true
	}
	if strings.IndexByte(s, 0xC5) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return true
	}
	return !strings.Contains(s, "\u017f") && !strings.Contains(s, "\u212a")
}

// next returns the first place at or after from where one of the literals
// starts (with a non-word byte before it when \b leads), or -1. A place
// whose byte starts no literal costs a table read, one whose byte and the
// next begin no literal two; only the others compare literals.
func (p *prefilter) next(s string, from int) int {
	for i := from; i < len(s); i++ {
		// p.may(s, i), written out: too big to inline.
		c := s[i]
		if !p.first[c] || !p.single[c] && (i+1 == len(s) || !p.pairs.has(c, s[i+1])) {
			continue
		}
		if p.litAt(s, i) {
			return i
		}
	}
	return -1
}

// nextFrom is next, through the text's index when it has one (x).
func (p *prefilter) nextFrom(x *textIndex, s string, from int) int {
	if x != nil {
		return p.nextIn(x, s, from)
	}
	return p.next(s, from)
}

// may reports whether a literal may start at s[i]: its byte begins one,
// and it is a one-byte literal or the next byte may follow.
func (p *prefilter) may(s string, i int) bool {
	c := s[i]
	return p.first[c] && (p.single[c] || i+1 < len(s) && p.pairs.has(c, s[i+1]))
}

// litAt reports whether, at a place that may start one, a literal does
// start at s[i], after a non-word byte when \b leads.
func (p *prefilter) litAt(s string, i int) bool {
	if p.wordB && i > 0 && isWordByte(s[i-1]) {
		return false
	}
	c := s[i]
	for _, id := range p.byFirst[p.firstAt[c]:p.firstAt[c+1]] {
		if p.hasAt(s, i, p.lits[id]) {
			return true
		}
	}
	return false
}

// hasAt reports whether lit is at s[i:], ASCII letters without case when
// the prefilter folds.
func (p *prefilter) hasAt(s string, i int, lit string) bool {
	if len(s)-i < len(lit) {
		return false
	}
	if !p.fold {
		return s[i:i+len(lit)] == lit
	}
	for k := 0; k < len(lit); k++ {
		c := s[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if c != lit[k] {
			return false
		}
	}
	return true
}

// What find asks of a match: that there is one, its offsets, or those of
// its submatches as well.
const (
	findMatch = iota
	findIndex
	findSubmatch
)

// matched is find's answer for findMatch: not nil, never read.
var matched = []int{}

// re is the expression anchored at the start of the text, compiled on its
// first call.
func (p *prefilter) re() *regexp.Regexp {
	p.once.Do(func() { p.anchored = regexp.MustCompile(`^(?:` + p.expr + `)`) })
	return p.anchored
}

// find returns the offsets of the first match at or after from (as regexp
// gives them, searching the whole text from there), or nil.
// x is s's index, or nil.
func (p *prefilter) find(x *textIndex, s string, from int, what int) []int {
	for i := p.nextFrom(x, s, from); i >= 0; i = p.nextFrom(x, s, i+1) {
		var m []int
		switch {
		case p.guard != nil && !p.guard(s[i:]):
			continue
		case p.hand != nil:
			if m = p.hand(s[i:]); m != nil && what == findMatch {
				return matched
			}
			if m != nil && what == findIndex {
				m = m[:2]
			}
		case what == findMatch:
			if p.re().MatchString(s[i:]) {
				return matched
			}
			continue
		case what == findIndex:
			m = p.re().FindStringIndex(s[i:])
		default:
			m = p.re().FindStringSubmatchIndex(s[i:])
		}
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		return m
	}
	return nil
}

// all is regexp's allMatches for an expression whose matches are never
// empty (they start with a literal): up to n matches, each searched for
// from the end of the one before.
func (p *prefilter) all(x *textIndex, s string, n int, what int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	for pos := 0; len(out) < n && pos <= len(s); {
		m := p.find(x, s, pos, what)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}
