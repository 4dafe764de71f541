// Package lazyre is a regular expression compiled on its first use rather
// than when its package is initialised.
//
// The page's first visit pays for every package initialiser before the
// analyzer is ready, in the browser's baseline tier, each function compiled
// on its first call; most of the rules' expressions serve bodies that a
// typical paste never reaches. A Regexp from New costs nothing until a
// method is called. New has no side effect, so that a package's variables
// that use its Regexps (the rules' table) are still laid out by the compiler
// rather than built by code at start; lazyretest.Exprs lets a package's
// tests find and compile every expression it passes to New.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is regexp.MustCompile(expr), done on the first method call.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// New returns expr, to be compiled when first used (it panics then if expr
// does not compile, as regexp.MustCompile would; lazyretest.Exprs lets a
// test find that first). expr must be a constant expression, which
// lazyretest can read.
func New(expr string) *Regexp {
	return &Regexp{expr: expr}
}

// Re is the compiled expression.
func (r *Regexp) Re() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

// String is the source text.
func (r *Regexp) String() string { return r.expr }

func (r *Regexp) MatchString(s string) bool      { return r.Re().MatchString(s) }
func (r *Regexp) FindString(s string) string     { return r.Re().FindString(s) }
func (r *Regexp) FindStringIndex(s string) []int { return r.Re().FindStringIndex(s) }
func (r *Regexp) FindStringSubmatch(s string) []string {
	return r.Re().FindStringSubmatch(s)
}
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Re().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindAllString(s string, n int) []string { return r.Re().FindAllString(s, n) }
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Re().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Re().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Re().FindAllStringSubmatchIndex(s, n)
}
