package lazyre

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/authtriage/authtriage/classifier/internal/lazyre/lazyretest"
)

// exprs are the expressions the classifier passes to New, and a few that
// test the prefilter's edges.
func exprs(t testing.TB) []string {
	out := []string{
		`(?i)\bask\s+(?:for|me)`, `(?i)kelvin|sss`, `(?:cluster)?role(?:binding)?\.x`, `\b(?:foo|bar)+baz`,
		`"(?i:ab|cd)"\s*:\s*"([^"]*)"`, `[‘“'](\w+)[’”']`, `(?i)é+x`, `a{2,}b`, `(?i)the\s+(\w+)\s+role\b`,
		`x(a|ab)(c|bcd)(d*)`, `(?m)^foo`, `foo$`, `(?i)\bno\b`,
		// no prefilter; a literal every match holds, or none known
		`(?:^|[&\s])code=(\w+)(?:[&\s]|$)`, `(?:^|\s)(?:a|b)+x\x{FFFD}y`, `(?:^|\s)(?:ab)?(?i:cd)`, `(?:^| )(x(?:yz)+)`,
	}
	for _, dir := range []string{"../../rules", "../../flow", "../../parse", "../../verdict", "../.."} {
		es, err := lazyretest.Exprs(dir)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, es...)
	}
	return out
}

// pieces are what a text to search is made of: the words and symbols of
// the expressions, in both cases, with noise.
func pieces(es []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, e := range es {
		for _, w := range strings.FieldsFunc(e, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			add(w)
			add(strings.ToUpper(w))
			add(strings.ToUpper(w[:1]) + w[1:])
			// (?i) k and s also match the Kelvin sign and the long s
			add(strings.NewReplacer("s", "ſ", "k", "\u212a").Replace(w))
		}
	}
	for _, s := range []string{" ", "  ", "\t", "\n", "\r\n", `"`, `'`, "`", "[", "]", ":", ".", "/", "-", "_", "\\", `\"`, "(", ")",
		"ſ", "K", "é", "‘", "’", "“", "”", "\xff", "a", "0", "s", "k", "12345", "x.y.z", "arn:aws:iam::123456789012:role/x", "@", "=", "&", "x\xffy", "x\ufffdy"} {
		add(s)
	}
	return out
}

// TestPrefilterLikeRegexp holds every method to regexp's answer, for every
// expression of the classifier, on texts built from their words and on
// the corpus.
func TestPrefilterLikeRegexp(t *testing.T) {
	es := exprs(t)
	ps := pieces(es)
	var corpus, texts []string
	files, _ := filepath.Glob("../../testdata/corpus/cases/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		corpus = append(corpus, string(b))
	}
	// Matches that hold the start of another: the search goes on after a
	// match, as regexp's does.
	texts = append(texts, "aaab aaaab", "the the role roles", "xabcdxabcd", "missing missing role 'a:b'", "foofoobarbaz")
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 150; n++ {
		var b strings.Builder
		for k := r.IntN(30); k >= 0; k-- {
			b.WriteString(ps[r.IntN(len(ps))])
			if r.IntN(2) == 0 {
				b.WriteString(" ")
			}
		}
		texts = append(texts, b.String())
	}
	filtered := 0
	for _, e := range es {
		re := regexp.MustCompile(e)
		lr := New(e)
		if lr.MatchString(""); lr.pre != nil {
			filtered++
		}
		for _, s := range texts {
			same(t, e, s, re, lr)
		}
		for _, s := range corpus { // the calls the classifier makes
			check(t, "FindAllStringSubmatchIndex", e, s, lr.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1))
			check(t, "FindStringSubmatch", e, s, lr.FindStringSubmatch(s), re.FindStringSubmatch(s))
		}
	}
	t.Logf("%d of %d expressions have a prefilter", filtered, len(es))
	if filtered < len(es)/2 {
		t.Errorf("only %d of %d expressions have a prefilter", filtered, len(es))
	}
}

func check(t *testing.T, what, e, s string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s of %q in %q: got %v, regexp %v", what, e, s, got, want)
	}
}

func same(t *testing.T, e, s string, re *regexp.Regexp, lr *Regexp) {
	t.Helper()
	check := func(what string, got, want any) {
		t.Helper()
		check(t, what, e, s, got, want)
	}
	check("MatchString", lr.MatchString(s), re.MatchString(s))
	check("FindString", lr.FindString(s), re.FindString(s))
	check("FindStringIndex", lr.FindStringIndex(s), re.FindStringIndex(s))
	check("FindStringSubmatch", lr.FindStringSubmatch(s), re.FindStringSubmatch(s))
	check("FindStringSubmatchIndex", lr.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s))
	for _, n := range []int{-1, 0, 2} {
		check("FindAllString", lr.FindAllString(s, n), re.FindAllString(s, n))
		check("FindAllStringIndex", lr.FindAllStringIndex(s, n), re.FindAllStringIndex(s, n))
		check("FindAllStringSubmatch", lr.FindAllStringSubmatch(s, n), re.FindAllStringSubmatch(s, n))
		check("FindAllStringSubmatchIndex", lr.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n))
	}
}

// FuzzPrefilter holds the prefiltered search to regexp's on any text, for
// the expression the first byte picks.
func FuzzPrefilter(f *testing.F) {
	es := exprs(f)
	f.Add(byte(0), "You need the Maintainer role: missing required scope: 'read:org'")
	f.Add(byte(5), `{"error":"insufficient_scope","scope":"repo read:org"}`)
	f.Add(byte(9), "ſKelvin Kss")
	f.Fuzz(func(t *testing.T, k byte, s string) {
		e := es[int(k)%len(es)]
		same(t, e, s, regexp.MustCompile(e), New(e))
	})
}

// TestNextSecondByte: a place is skipped on its second byte only when no
// literal begins with that byte and the place's, in either case when the
// literals fold, and a literal of one byte is found up to the text's last
// byte.
func TestNextSecondByte(t *testing.T) {
	for _, c := range []struct {
		expr, s string
		want    int
	}{
		{`(?i)role`, "a rxle, a ROLE", 10},
		{`(?i)role`, "xrOle", 1},
		{`(?i)role`, "r", -1},
		{`ab|a`, "xxa", 2},
		{`ab|cd`, "acab", 2},
		{`x\.y|x-`, "xyx-", 2},
		{`[‘“'](\w+)`, "x‘y", 1},
	} {
		p := newPrefilter(c.expr)
		if p == nil {
			t.Fatalf("%q: no prefilter", c.expr)
		}
		if got := p.next(c.s, 0); got != c.want {
			t.Errorf("next(%q) in %q = %d, want %d", c.expr, c.s, got, c.want)
		}
	}
}

// TestNeededLit: the literal looked for before an expression without a
// prefilter is one that every match holds, byte for byte.
func TestNeededLit(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`(?:^|[&\s])error=([a-z_]{5,30})(?:[&\s]|$)`, "error="},
		{`(?:^|\s)(ab(?:cdef)+)`, "cdef"},
		{`(?:^|\s)x{2,}`, "x"},
		{`(?:^|\s)(?:abc)*d`, "d"},
		{`(?:^|\s)(?:abc|abd)`, "ab"}, // the parser factors the common prefix out
		{`(?:^|\s)(?:abc|xyz)`, ""},
		{`(?:^|\s)(?i:error)=`, "="},
		{`(?:^|\s)x\x{FFFD}y`, ""},
		{`(?:^|\s)(?:abc)?`, ""},
	} {
		if got := neededLit(c.expr); got != c.want {
			t.Errorf("neededLit(%q) = %q, want %q", c.expr, got, c.want)
		}
	}
	// A text without the literal is not searched; the answers stay regexp's.
	for _, s := range []string{"state=x&error=access_denied", "error =access_denied", "", "x\xffy", " x\xffy", " x\ufffdy"} {
		for _, e := range []string{`(?:^|[&\s])error=([a-z_]{5,30})(?:[&\s]|$)`, `(?:^|\s)x\x{FFFD}y`} {
			same(t, e, s, regexp.MustCompile(e), New(e))
		}
	}
}

// TestCut holds cut's bisection to trying every prefix length from the
// longest down, on random literal sets.
func TestCut(t *testing.T) {
	linear := func(ls []lit) []lit {
		if len(ls) <= maxLits {
			return ls
		}
		longest := 0
		for _, l := range ls {
			longest = max(longest, len(l.s))
		}
		for k := longest; k > 1; k-- {
			if out := prefixes(ls, k); len(out) <= maxLits {
				return out
			}
		}
		return prefixes(ls, 1)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 2000; n++ {
		var ls []lit
		for k := r.IntN(200); k >= 0; k-- {
			b := make([]byte, 1+r.IntN(12))
			for i := range b {
				b[i] = "aAbBcC.-"[r.IntN(3+r.IntN(6))]
			}
			ls = append(ls, lit{s: string(b), fold: r.IntN(2) == 0})
		}
		if got, want := cut(ls), linear(ls); !reflect.DeepEqual(got, want) {
			t.Fatalf("cut(%v) = %v, want %v", ls, got, want)
		}
	}
}

// TestBuildAllocations holds a prefilter's building to two allocations
// (itself and its list of literals by first byte): it happens during a
// first analysis, where a slice per first byte made it several kilobytes
// to clear and an append per literal a growing slice each (issue #14).
func TestBuildAllocations(t *testing.T) {
	for _, k := range knownExprs {
		if !k.pre {
			continue
		}
		if a := testing.AllocsPerRun(5, func() { k.spec.build() }); a > 2 {
			t.Errorf("building the prefilter of %q allocates %v times, want at most 2", k.spec.expr, a)
		}
	}
}
