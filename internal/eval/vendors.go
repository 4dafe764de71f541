package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// The attribution measure: on tune/ and studied cases, the product an
// explanation names (Result.Named) against the product the label says
// answered (Case.Vendor). A case counts as a candidate mismatch when the two
// share no word of three letters or more; each candidate needs a reader's
// judgement (an application behind a framework the signature rightly names
// is no mismatch). Held-out cases are never listed.

// attributionWords are the lower-case words of a product name, short words
// and generic ones left out.
func attributionWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(f) < 3 || genericProductWord[f] {
			continue
		}
		out[f] = true
	}
	return out
}

var genericProductWord = map[string]bool{"api": true, "apis": true, "the": true, "and": true, "server": true, "via": true,
	"app": true, "error": true, "page": true, "service": true, "web": true, "http": true, "behind": true, "its": true, "own": true}

// standardVendors are the table's names of a standard or a family of
// products rather than one product: naming them attributes nothing.
var standardVendors = map[string]bool{"OAuth 2.0": true, "SAML 2.0": true, "GraphQL": true, "OpenID Connect": true,
	"MCP / OAuth": true, "Forward proxy": true, "National and ISP filters": true, "Bot walls": true, "API providers": true,
	"Web applications": true, "WS-Security": true, "ngx_lua_waf family": true, "S3-compatible storage": true}

// attributionMismatch reports whether a named product shares no word with the labelled one.
func attributionMismatch(named, label string) bool {
	if named == "" || label == "" || strings.EqualFold(label, "unknown") {
		return false
	}
	lw := attributionWords(label)
	for w := range attributionWords(named) {
		if lw[w] {
			return false
		}
	}
	return true
}

func printAttribution(w io.Writer, split string, rs []*Result) {
	printNamed(w, split, "explanation names", rs, func(r *Result) string { return r.Named })
	printNamed(w, split, "report lists first", rs, func(r *Result) string { return r.Listed })
}

func printNamed(w io.Writer, split, what string, rs []*Result, name func(*Result) string) {
	named, standard, odd := 0, 0, 0
	var lines []string
	for _, r := range rs {
		n := name(r)
		if n == "" {
			continue
		}
		if standardVendors[strings.SplitN(n, " / ", 2)[0]] {
			standard++
			continue
		}
		named++
		if attributionMismatch(n, r.Case.Vendor) {
			odd++
			lines = append(lines, fmt.Sprintf("  %s: %q, label %q", r.Case.Name, n, r.Case.Vendor))
		}
	}
	fmt.Fprintf(w, "%s (%s): %d cases, %d name a standard or family, %d name a product, %d of them share no word with the labelled product\n", split, what, len(rs), standard, named, odd)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}
