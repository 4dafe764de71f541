package verdict

import (
	"strings"

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
var codeCredWords = map[string]bool{"token": true, "jwt": true, "session": true, "credential": true, "credentials": true,
	"creds": true, "password": true, "passwd": true, "apikey": true, "appkey": true, "accesskey": true, "secretkey": true,
	"clientsecret": true, "signature": true, "login": true, "logon": true, "auth": true, "authentication": true, "otp": true,
	"totp": true, "cookie": true, "bearer": true, "appid": true}

// codeKeyOwners make a following "key" (or "id" after "app") a credential.
var codeKeyOwners = map[string]bool{"api": true, "app": true, "access": true, "secret": true, "consumer": true, "subscription": true}

// codeCredFailures, after or before a credential word, say it was missing,
// refused or spent.
var codeCredFailures = map[string]bool{"invalid": true, "expired": true, "expire": true, "missing": true, "required": true,
	"failed": true, "failure": true, "fail": true, "mismatch": true, "revoked": true, "wrong": true, "bad": true,
	"incorrect": true, "malformed": true, "timeout": true, "no": true, "absent": true, "rejected": true, "unknown": true,
	"insufficient": true}

// codeNotIdentity are words that make a code's token or key something
// else: a request-forgery or bot check's (CSRF_TOKEN_MISSING,
// captcha-token-invalid, a cookie's nonce), a page or a stream's position
// (INVALID_PAGE_TOKEN, InvalidNextToken, InvalidSequenceToken).
var codeNotIdentity = map[string]bool{"csrf": true, "xsrf": true, "captcha": true, "recaptcha": true, "hcaptcha": true,
	"turnstile": true, "page": true, "next": true, "continuation": true, "pagination": true, "cursor": true, "sync": true,
	"upload": true, "idempotency": true, "resumable": true, "sequence": true, "delegation": true, "nonce": true}

// codeGrantWords name what a known caller may do; codeGrantLacks, with one,
// say the caller lacks it.
var (
	codeGrantWords = map[string]bool{"scope": true, "scopes": true, "role": true, "roles": true, "permission": true,
		"permissions": true, "privilege": true, "privileges": true, "owner": true, "member": true, "entitlement": true}
	codeGrantLacks = map[string]bool{"missing": true, "required": true, "insufficient": true, "denied": true, "lacking": true,
		"lacks": true, "needed": true, "no": true}
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
		if i+1 < len(words) && (codeKeyOwners[words[i]] && (words[i+1] == "key" || words[i] == "app" && words[i+1] == "id") ||
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
	has := func(set map[string]bool) bool {
		for _, w := range ws {
			if set[w] {
				return true
			}
		}
		return false
	}
	if has(codeNotIdentity) {
		// a forgery or bot check that failed is no identity's refusal;
		// another kind of token means nothing here, nor do its last
		// words alone ("page_token_invalid")
		if has(map[string]bool{"csrf": true, "xsrf": true, "captcha": true, "recaptcha": true, "hcaptcha": true, "turnstile": true}) &&
			has(codeCredFailures) {
			return codeMeaning{rule.Blocked, false}, true
		}
		return codeMeaning{class: rule.Unknown}, true
	}
	// "not" before what it negates: NOT_OWNER, NOT_A_MEMBER, NOT_FOUND
	notBefore := func(set map[string]bool) bool {
		for i, w := range ws {
			if w != "not" {
				continue
			}
			for j := i + 1; j < len(ws) && j <= i+2; j++ {
				if set[ws[j]] {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has(codeGrantWords) && (has(codeGrantLacks) || notBefore(codeGrantWords)):
		return codeMeaning{rule.Authorization, false}, true
	case notBefore(map[string]bool{"authenticated": true, "logged": true, "signed": true}) || has(map[string]bool{"unauthenticated": true}):
		return codeMeaning{rule.Authentication, false}, true
	case has(map[string]bool{"authorization": true}):
		if has(map[string]bool{"denied": true}) {
			return codeMeaning{rule.Authorization, false}, true
		}
		// the header not sent, or sent unreadable; "authorization
		// invalid" alone may be either
		if has(map[string]bool{"missing": true, "required": true, "no": true}) ||
			has(map[string]bool{"header": true}) && has(map[string]bool{"invalid": true, "malformed": true}) {
			return codeMeaning{rule.Authentication, false}, true
		}
	case has(codeCredWords) && (has(codeCredFailures) || notBefore(map[string]bool{"found": true, "valid": true, "provided": true})):
		return codeMeaning{rule.Authentication, false}, true
	case has(map[string]bool{"account": true, "user": true}) && has(map[string]bool{"locked": true, "lockout": true}):
		return codeMeaning{rule.Authentication, false}, true
	case has(map[string]bool{"access": true}) && (has(map[string]bool{"no": true, "denied": true, "forbidden": true}) || notBefore(map[string]bool{"allowed": true})):
		return codeMeaning{rule.Authorization, true}, true
	case notBefore(map[string]bool{"authorized": true, "authorised": true, "permitted": true}):
		return codeMeaning{rule.Authorization, true}, true
	}
	return codeMeaning{}, false
}
