package verdict

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Error codes are built from a few words in any order and notation
// (AUTH_TOKEN_EXPIRED, SessionNotFound, invalid-app-key, MISSING_SCOPES,
// NotOwner): a code the codeClass table does not list is read by its words,
// a credential named with a failure (an authentication failure) or a grant
// named with a lack (an authorization failure).

// codeCredWords name a credential, a sign-in or its state when they stand as
// a word of a code. "key" alone does not (a map's key, a field's); it counts
// after a word that makes it one (api, app, access, secret).
var codeCredWords = wordlist.Set{"token", "jwt", "session", "credential", "credentials", "creds", "password",
	"passwd", "apikey", "appkey", "accesskey", "secretkey", "clientsecret", "signature", "login", "logon", "auth",
	"authentication", "otp", "totp", "cookie", "bearer", "appid"}

// codeKeyOwners make a following "key" (or "id" after "app") a credential.
var codeKeyOwners = wordlist.Set{"api", "app", "access", "secret", "consumer", "subscription"}

// codeCredFailures, after or before a credential word, say it was missing,
// refused or spent.
var codeCredFailures = wordlist.Set{"invalid", "expired", "expire", "missing", "required", "failed", "failure",
	"fail", "mismatch", "revoked", "wrong", "bad", "incorrect", "malformed", "timeout", "no", "absent", "rejected",
	"unknown", "insufficient"}

// codeNotIdentity are words that make a code's token or key something
// else: a request-forgery or bot check's (CSRF_TOKEN_MISSING,
// captcha-token-invalid, a cookie's nonce), a page or a stream's position
// (INVALID_PAGE_TOKEN, InvalidNextToken, InvalidSequenceToken).
var codeNotIdentity = wordlist.Set{"csrf", "xsrf", "captcha", "recaptcha", "hcaptcha", "turnstile", "page", "next",
	"continuation", "pagination", "cursor", "sync", "upload", "idempotency", "resumable", "sequence", "delegation",
	"nonce"}

// codeGrantWords name what a known caller may do; codeGrantLacks, with one,
// say the caller lacks it.
var (
	codeGrantWords = wordlist.Set{"scope", "scopes", "role", "roles", "permission", "permissions", "privilege",
		"privileges", "owner", "member", "entitlement"}
	codeGrantLacks = wordlist.Set{"missing", "required", "insufficient", "denied", "lacking", "lacks", "needed", "no"}
)

// codeWords splits a code into lower-cased words at separators and at
// changes of case ("OAuthTokenExpired": o, auth, token, expired), joining
// "api key" and its kin into one word. A code with spaces is read only
// when written in capitals ("INVALID AUTH TOKEN"): lower-case words with
// spaces are a sentence, which the message phrases read.
func codeWords(v string) []string {
	if strings.Contains(v, " ") && strings.ToUpper(v) != v {
		return nil
	}
	var words []string
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(v[start:end]))
		}
		start = -1
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		upper, lower, digit := c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9'
		switch {
		case !upper && !lower && !digit:
			flush(i)
		case start < 0:
			start = i
		case upper && i > 0 && (v[i-1] >= 'a' && v[i-1] <= 'z'):
			flush(i) // invalidToken: a capital after a small letter
			start = i
		case lower && i > 1 && (v[i-1] >= 'A' && v[i-1] <= 'Z') && (v[i-2] >= 'A' && v[i-2] <= 'Z') && i-1 > start:
			flush(i - 1) // APIKey: the last capital of a run opens the next word
			start = i - 1
		}
	}
	flush(len(v))
	// "api key", "app key", "app id", "client secret": one credential word
	out := words[:0:0]
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && (codeKeyOwners.Has(words[i]) && (words[i+1] == "key" || words[i] == "app" && words[i+1] == "id") ||
			words[i] == "client" && words[i+1] == "secret") {
			out = append(out, words[i]+words[i+1])
			i++
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// codeByWords reads a code by its words (a meaning of class Unknown: the
// code is of a kind that names no identity's failure, and its parts are
// not to be read either): a grant named with a lack is an
// authorization failure ("MISSING_SCOPES", "NOT_A_MEMBER"); a credential
// named with a failure, or a caller said not to be signed in, an
// authentication failure ("SESSION_NOT_FOUND", "invalid-app-key",
// "UserNotAuthenticated"). An Authorization named missing, or its header
// named invalid or malformed, was not sent as it should be: authentication;
// named denied, it is the refusal of a known caller.
func codeByWords(v string) (codeMeaning, bool) {
	ws := codeWords(v)
	if len(ws) < 2 || len(ws) > 8 {
		return codeMeaning{}, false
	}
	has := func(set wordlist.Set) bool {
		for _, w := range ws {
			if set.Has(w) {
				return true
			}
		}
		return false
	}
	if has(codeNotIdentity) {
		// a forgery or bot check that failed is no identity's refusal;
		// another kind of token means nothing here, nor do its last
		// words alone ("page_token_invalid")
		if has(wordlist.Set{"csrf", "xsrf", "captcha", "recaptcha", "hcaptcha", "turnstile"}) &&
			has(codeCredFailures) {
			return codeMeaning{rule.Blocked, false}, true
		}
		return codeMeaning{class: rule.Unknown}, true
	}
	// "not" before what it negates: NOT_OWNER, NOT_A_MEMBER, NOT_FOUND
	notBefore := func(set wordlist.Set) bool {
		for i, w := range ws {
			if w != "not" {
				continue
			}
			for j := i + 1; j < len(ws) && j <= i+2; j++ {
				if set.Has(ws[j]) {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has(codeGrantWords) && (has(codeGrantLacks) || notBefore(codeGrantWords)):
		return codeMeaning{rule.Authorization, false}, true
	case notBefore(wordlist.Set{"authenticated", "logged", "signed"}) || has(wordlist.Set{"unauthenticated"}):
		return codeMeaning{rule.Authentication, false}, true
	case has(wordlist.Set{"authorization"}):
		if has(wordlist.Set{"denied"}) {
			return codeMeaning{rule.Authorization, false}, true
		}
		// the header not sent, or sent unreadable; "authorization
		// invalid" alone may be either
		if has(wordlist.Set{"missing", "required", "no"}) ||
			has(wordlist.Set{"header"}) && has(wordlist.Set{"invalid", "malformed"}) {
			return codeMeaning{rule.Authentication, false}, true
		}
	case has(codeCredWords) && (has(codeCredFailures) || notBefore(wordlist.Set{"found", "valid", "provided"})):
		return codeMeaning{rule.Authentication, false}, true
	case has(wordlist.Set{"account", "user"}) && has(wordlist.Set{"locked", "lockout"}):
		return codeMeaning{rule.Authentication, false}, true
	case has(wordlist.Set{"access"}) && (has(wordlist.Set{"no", "denied", "forbidden"}) || notBefore(wordlist.Set{"allowed"})):
		return codeMeaning{rule.Authorization, true}, true
	case notBefore(wordlist.Set{"authorized", "authorised", "permitted"}):
		return codeMeaning{rule.Authorization, true}, true
	}
	return codeMeaning{}, false
}
