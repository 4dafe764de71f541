package parse

import (
	"github.com/authtriage/authtriage/classifier/internal/wordlist"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)
import "strings"

// authSchemes are the Authorization schemes proseCredential takes after the
// field's name in prose, lower case.
var authSchemes = wordlist.Set{"bearer", "basic", "token", "digest", "negotiate",
	"ntlm", "aws4-hmac-sha256", "apikey", "api-key", "ssws", "jwt", "oauth"}

// proseCredential finds an Authorization field written inside a sentence or
// an inline code span ("with `Authorization : Bearer eyJ…` and still get
// 401", "sending Authorization: Basic dXNlcjpwYXNz"): the name, a colon (or
// Postman's arrow), a known scheme and a credential after it. A sentence
// that says the field was not sent ("without Authorization: Bearer …") or a
// placeholder scheme alone is no credential.
func proseCredential(t string) (Field, bool) {
	if len(t) > maxScan {
		t = t[:maxScan]
	}
	if f, ok := spanKeyHeader(t); ok {
		return f, true
	}
	if f, ok := loggedCredential(t); ok {
		return f, true
	}
	lt := ascii.Lower(t)
	for from := 0; from < len(lt); {
		k := strings.Index(lt[from:], "authorization")
		if k < 0 {
			return Field{}, false
		}
		k += from
		from = k + len("authorization")
		if k > 0 && (isAlpha(lt[k-1]) || lt[k-1] == '-' && !strings.HasSuffix(lt[:k], "proxy-")) {
			continue
		}
		name := t[k:from]
		if strings.HasSuffix(lt[:k], "proxy-") {
			name = t[k-6 : from]
		}
		r := strings.TrimLeft(t[from:], " \t")
		switch {
		case strings.HasPrefix(r, ":"):
			r = r[1:]
		case strings.HasPrefix(r, "→"):
			r = r[len("→"):]
		default:
			continue
		}
		r = strings.TrimLeft(r, " \t")
		scheme, rest, _ := strings.Cut(r, " ")
		if !authSchemes.Has(ascii.Lower(scheme)) {
			continue
		}
		cred := rest
		if i := strings.IndexAny(cred, " `'\","); i >= 0 {
			cred = cred[:i]
		}
		if len(cred) < 3 {
			continue
		}
		if negatedBefore(lt[:k]) {
			return Field{}, false
		}
		return Field{Name: name, Value: scheme + " " + cred}, true
	}
	return Field{}, false
}

// negatedBefore reports whether the clause before a field's name says it
// was not sent ("without", "no", "missing", "instead of").
func negatedBefore(before string) bool {
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range []string{"without ", "no ", "not ", "n't ", "missing", "instead of", "rather than", "remove", "strip", "drop"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// spanKeyHeader finds an API-key header written in an inline code span of a
// sentence ("I send `X-API-Key: 3f9c…` and get 403"): the name of a header
// that carries a credential, a colon, a value.
func spanKeyHeader(t string) (Field, bool) {
	for from := 0; from < len(t); {
		i := strings.IndexByte(t[from:], '`')
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(t[i+1:], '`')
		if j < 0 {
			break
		}
		span := t[i+1 : i+1+j]
		from = i + j + 2
		name, val, ok := strings.Cut(span, ":")
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		if !ok || len(val) < 3 || strings.ContainsAny(name, " \t") || !IsAPIKeyHeader(name) || strings.EqualFold(name, "x-csrf-token") {
			continue
		}
		if negatedBefore(ascii.Lower(t[:i])) {
			return Field{}, false
		}
		return Field{Name: name, Value: val}, true
	}
	return Field{}, false
}

// logLevels are the level words a client's verbose log puts before its
// messages, lower case.
var logLevels = map[string]bool{"info": true, "debug": true, "trace": true, "verbose": true, "verb": true, "[info]": true, "[debug]": true, "[trace]": true}

// loggedCredential finds the line a client's verbose log writes about the
// credential it sends, masked by the client itself: "INFO     password:
// <hidden>" (twine), "DEBUG token: ****". The line is a log level, the
// credential's name, a colon and a masked value, and nothing else: a
// configuration listing or a sentence is no such line. The request carried
// it, as Basic for a password and Bearer for a token; the value stays the
// mask.
func loggedCredential(t string) (Field, bool) {
	if len(t) > 200 {
		return Field{}, false
	}
	level, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	if !ok || !logLevels[ascii.Lower(level)] {
		return Field{}, false
	}
	name, val, ok := strings.Cut(strings.TrimSpace(rest), ":")
	val = strings.TrimSpace(val)
	if !ok || val == "" || strings.ContainsAny(val, " \t") || !IsRedacted(val) {
		return Field{}, false
	}
	switch ascii.Lower(strings.TrimSpace(name)) {
	case "password", "passwd":
		return Field{Name: "Authorization", Value: "Basic " + val}, true
	case "token", "api token", "api_token", "access token", "access_token", "auth token", "api key", "api_key", "apikey":
		return Field{Name: "Authorization", Value: "Bearer " + val}, true
	}
	return Field{}, false
}
