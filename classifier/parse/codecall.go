package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/secret"
)

// maxCodeCalls bounds the calls codeCallCredential reads on one line.
const maxCodeCalls = 16

// codeCallCredential finds, on one line of code, a credential put on the
// request by a call that exists to put it there, its value written as the
// program computes it (a variable, an environment read, a concatenation
// or an interpolation) or as a literal:
//
//   - a token setter (secret.TokenCall) given one argument: Laravel's
//     Http::withToken($this->token), resty's SetAuthToken(os.Getenv("T")),
//     reqwest's .bearer_auth(&token);
//   - a setter of the whole Authorization value (secret.AuthorizationCall)
//     given one argument: setAuthorization("Bearer …");
//   - Swift's URLRequest.setValue(value, forHTTPHeaderField: "Authorization")
//     (and addValue), the header's name after its value;
//   - a header setter whose name argument is a library's constant for
//     Authorization (Ktor's HttpHeaders.Authorization, Spring's
//     HttpHeaders.AUTHORIZATION, reqwest's header::AUTHORIZATION, Dart's
//     HttpHeaders.authorizationHeader) and whose value is given;
//   - a header line written as a string that code continues with a value
//     ("Authorization: Bearer " . $token, 'X-Api-Key: ' + key), as PHP's
//     CURLOPT_HTTPHEADER and other lists of header lines take them;
//   - a URL whose query ends in a credential's name and "=" and that code
//     continues with a value ("https://h/v1/x?access_token=" + token) or
//     fills by a format verb ("…?token=%s" in Sprintf, "…?api_key={}").
//
// The field is flagged variable unless its value is a plain literal. A
// function's definition (def withToken(token):) names a parameter, and an
// empty or null argument gives nothing. Linear in the line but for the
// calls' argument lists, each read once.
func codeCallCredential(t string) (Field, bool) {
	if f, ok := headerLineConcat(t); ok {
		return f, true
	}
	if f, ok := queryConcat(t); ok {
		return f, true
	}
	calls := 0
	for i := 0; i < len(t) && calls < maxCodeCalls; i++ {
		switch c := t[i]; {
		case c == '"' || c == '\'' || c == '`':
			i = quotedEnd(t, i)
			continue
		case c != '(' || i == 0 || !isWordByte(t[i-1]):
			continue
		}
		calls++
		k := i
		for k > 0 && isWordByte(t[k-1]) {
			k--
		}
		name := t[k:i]
		if definition(t[:k]) {
			continue
		}
		args := topArgs(t, i+1, 3)
		switch {
		case len(args) == 1 && secret.TokenCall(name):
			if v, variable, ok := givenValue(args[0]); ok {
				return Field{Name: "Authorization", Value: "Bearer " + v, variable: variable}, true
			}
		case len(args) == 1 && secret.AuthorizationCall(name):
			if v, variable, ok := givenValue(args[0]); ok {
				return Field{Name: "Authorization", Value: v, variable: variable}, true
			}
		case len(args) == 2:
			if f, ok := setterPair(args[0], args[1]); ok {
				return f, true
			}
		}
	}
	return Field{}, false
}

// setterPair reads a header setter's two arguments: Swift's (value,
// forHTTPHeaderField: "Name"), or a name and its value, the name quoted
// or a library's constant for Authorization (header(HttpHeaders.Authorization,
// "Bearer $token"), Header.Add("Authorization", fmt.Sprintf("Bearer %s",
// token))), a credential header's in every case.
func setterPair(first, second string) (Field, bool) {
	if n, ok := secret.SwiftHeaderField(", " + second); ok {
		if !IsCredentialHeader(ascii.Lower(n)) {
			return Field{}, false
		}
		if v, variable, ok := givenValue(first); ok {
			return Field{Name: n, Value: v, variable: variable}, true
		}
		return Field{}, false
	}
	name := "Authorization"
	if !authorizationConstant(first) {
		n, quoted := unquoteAny(strings.TrimSpace(first))
		if !quoted || !isHeaderName(n, true) || !IsCredentialHeader(ascii.Lower(n)) {
			return Field{}, false
		}
		name = n
	}
	if v, variable, ok := givenValue(second); ok {
		return Field{Name: name, Value: v, variable: variable}, true
	}
	return Field{}, false
}

// authorizationConstant reports whether a call's argument is an HTTP
// library's named constant for the Authorization header: a dotted or
// "::" path whose last part is Authorization in any case, or Dart's
// authorizationHeader (HttpHeaders.Authorization, HttpHeaders.AUTHORIZATION,
// header::AUTHORIZATION, HttpHeaderNames.AUTHORIZATION).
func authorizationConstant(a string) bool {
	k := strings.LastIndexAny(a, ".:")
	if k <= 0 || !variableRef(strings.ReplaceAll(a, "::", ".")) {
		return false
	}
	last := ascii.Lower(a[k+1:])
	return last == "authorization" || last == "authorizationheader"
}

// givenValue reads a credential argument: a quoted literal (its text, not
// a variable), or an expression the program computes it from (a
// variable, a member, an environment read, a concatenation, an
// interpolation or a formatting call that names a variable), returned as
// written and flagged variable. An empty literal, a null, a number or
// another call's bare result gives nothing.
func givenValue(a string) (v string, variable, ok bool) {
	a = strings.TrimSpace(a)
	if !given(a) {
		return "", false, false
	}
	if u, quoted := unquoteAny(a); quoted && !strings.ContainsAny(u, "$#{\\") {
		return u, false, strings.TrimSpace(u) != ""
	}
	if _, env := envRead(a); env {
		return a, true, true
	}
	ref := strings.TrimLeft(a, "&*@")
	ref = strings.ReplaceAll(strings.ReplaceAll(ref, "->", "."), "::", ".")
	if variableRef(ref) {
		return a, true, true
	}
	// a value built from one: "Bearer " + token, "Bearer \(token)",
	// `Bearer ${token}`, fmt.Sprintf("Bearer %s", token)
	if strings.ContainsAny(a, "\"'`") && strings.ContainsAny(a, "+.$#{\\,") {
		return a, true, true
	}
	return "", false, false
}

// headerLineConcat finds a header line written as a quoted string whose
// value code goes on to add ("Authorization: Bearer " . $token,
// 'X-Api-Key: ' + apiKey): a
// credential header's name, a colon, what the string holds of the value,
// the string's end and a concatenation. Linear in the line.
func headerLineConcat(t string) (Field, bool) {
	for i := 0; i < len(t); i++ {
		q := t[i]
		if q != '"' && q != '\'' {
			continue
		}
		e := quotedEnd(t, i)
		if e >= len(t) {
			return Field{}, false
		}
		s := t[i+1 : e]
		name, val, ok := strings.Cut(s, ":")
		if ok && name != "" && isHeaderName(name, true) && IsCredentialHeader(ascii.Lower(name)) {
			if tail, _ := concatTail(t, e+1); tail != "" {
				if _, variable, ok := givenValue(tail); ok && variable {
					return Field{Name: name, Value: strings.TrimSpace(val) + " " + tail, variable: true}, true
				}
			}
		}
		i = e
	}
	return Field{}, false
}

// queryConcat finds a URL written as a quoted string whose query ends with
// a credential parameter's name and "=" ("?access_token=", "&api_key="),
// its value added by code: a concatenation with a variable after the
// string, or a format verb right after the "=" (%s, %v, {}) in a string
// given to a formatting call with more arguments. The parameter's name
// must name a credential (queryCredential). Linear in the line.
func queryConcat(t string) (Field, bool) {
	for i := 0; i < len(t); i++ {
		q := t[i]
		if q != '"' && q != '\'' && q != '`' {
			continue
		}
		e := quotedEnd(t, i)
		if e >= len(t) {
			return Field{}, false
		}
		s := t[i+1 : e]
		if k := strings.LastIndexAny(s, "?&"); k >= 0 && strings.Contains(s[:k+1], "://") || k >= 0 && strings.HasPrefix(s, "/") {
			name, rest, ok := strings.Cut(s[k+1:], "=")
			if ok && name != "" && isCodeName(name) {
				if _, _, cred := queryCredential(name + "=x-dummy-value-0123456789"); cred {
					switch {
					case rest == "":
						if tail, _ := concatTail(t, e+1); tail != "" {
							if _, variable, ok := givenValue(tail); ok && variable {
								return Field{Name: name, Value: tail, variable: true}, true
							}
						}
					case rest == "%s" || rest == "%v" || rest == "{}":
						if k := skipBlank(t, e+1); k < len(t) && t[k] == ',' {
							end, _ := topLevelEnd(t, k+1, ",")
							if v := strings.TrimSpace(t[k+1 : end]); v != "" {
								return Field{Name: name, Value: v, variable: true}, true
							}
						}
					}
				}
			}
		}
		i = e
	}
	return Field{}, false
}
