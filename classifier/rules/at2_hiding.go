package rules

import (
	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// at2 holds rules about 403/404 hiding, existence oracles and user enumeration.
var at2 = []*rule.Rule{&AT2001, &AT2002, &AT2010, &AT2011}

// hidingPlatform names a platform documented to answer 404 for resources the
// caller may not see, or "" when the response is not from one.
func hidingPlatform(x *parse.Exchange, body string) string {
	r := x.Response
	host := ""
	if x.Request != nil {
		host = fields.Host(x.Request.URL)
		if host == "" {
			host = strings.ToLower(x.Request.Fields.Get("host"))
		}
	}
	switch {
	case r.Fields.Has("x-github-request-id") || r.Fields.Has("x-github-media-type") || strings.EqualFold(r.Fields.Get("server"), "GitHub.com") ||
		strings.Contains(body, "docs.github.com/") || strings.Contains(body, "developer.github.com/") || host == "api.github.com" ||
		host == "github.com" || host == "raw.githubusercontent.com" || host == "gist.githubusercontent.com": // its file hosts hide private repositories too
		return "GitHub"
	case r.Fields.Has("x-gitlab-meta") || strings.Contains(host, "gitlab") ||
		strings.Contains(body, `"message":"404 `) && strings.Contains(body, "Not Found\""):
		return "GitLab"
	case r.Fields.Has("x-tfs-processid") || r.Fields.Has("x-vss-e2eid") || strings.HasSuffix(host, "dev.azure.com") ||
		strings.HasSuffix(host, ".visualstudio.com") || strings.Contains(body, "TF401019"):
		return "Azure DevOps"
	case strings.HasSuffix(host, "bitbucket.org"):
		return "Bitbucket"
	case host == "api.notion.com" || strings.Contains(body, "@notionhq/client") || strings.Contains(body, "shared with your integration"):
		return "Notion"
	}
	return ""
}

// hidingWords are messages that themselves say the resource may exist.
var hidingWords = []string{"not found or you don't have permission", "not found or you do not have permission",
	"does not exist or you do not have", "doesn't exist or you don't have", "does not exist or you don't have",
	"not found or access denied", "not found or you do not have access", "not found or you don't have access",
	"does not exist or may require", "or you do not have permissions"}

// AT2001: 404 from a platform that hides private resources.
var AT2001 = rule.Rule{
	ID:    "AT2001",
	Name:  "404-hides-resource",
	Title: "404 that may hide a resource you are not allowed to see",
	Doc: "RFC 9110 allows a server to answer 404 instead of 403 when it does not want to admit that a resource exists. GitHub, GitLab, Azure DevOps and Bitbucket do exactly that for private repositories and projects: " +
		"an anonymous caller, or a token without access to the resource or without the right scope, gets 404 Not Found, not 403. " +
		"So this 404 does not prove the resource is missing; it may be a permissions problem in disguise.",
	Fix:      "Check the name first, then repeat the request authenticated: make sure the token is sent, belongs to an account with access, has the scopes the endpoint needs (for GitHub classic tokens `repo` for private repositories), is authorised for the organisation's SSO, and has not expired.",
	Severity: rule.Info,
	Category: rule.CatHiding,
	Refs:     []rule.Ref{rfc9110_15_5_4, rfc9110_15_5_5, githubHide404},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || p.Facts.Status != 404 {
			return
		}
		implied := r.Status == 0 // the paste shows no status; the sender's body is its 404
		body := scanBody(x)
		lb := lowered.Text(body)
		platform := hidingPlatform(x, body)
		wording := -1
		for _, w := range hidingWords {
			if i := strings.Index(lb, w); i >= 0 {
				wording = i
				break
			}
		}
		if platform == "" && wording < 0 {
			return
		}
		who := platform
		if who == "" {
			who = "the server"
		}
		var msg string
		switch c := p.Facts.Credentials; {
		case wording >= 0 && platform == "":
			msg = "the 404 message itself says the resource may exist but be off limits to this caller"
		case c.State == parse.CredNone:
			msg = who + " answered 404 to a request without credentials; it answers 404, not 403, for private resources anonymous callers may not see"
		case c.State == parse.CredSent:
			msg = who + " answered 404 although the request sent " + credName(c) + "; the credential may lack access to this resource or the scope it needs"
		default:
			msg = who + " answers 404 for private resources the caller may not see; this one may exist"
		}
		var ev []rule.Evidence
		if implied {
			if platform == "" {
				return // only a product's known body implies the 404
			}
			msg = "the paste shows no status, but this is " + platform + "'s 404 body; " + msg
			ev = append(ev, bodyEvidence(x, max(0, strings.Index(lb, "not found"))))
		} else {
			ev = append(ev, statusEvidence(x))
		}
		if wording >= 0 {
			ev = append(ev, bodyEvidence(x, wording))
		}
		p.Report(rule.Finding{Message: msg, Evidence: ev})
		p.Signal(rule.Signal{Class: rule.None, Sign: rule.SignHiding404,
			Reason: "404 from " + who + ", which hides resources the caller may not see: missing access and a missing resource look the same", Evidence: &ev[0]})
	},
}

// credName says briefly what credential a request sent.
func credName(c parse.Credentials) string {
	switch {
	case c.Scheme != "":
		return "an " + c.Header + " " + c.Scheme + " credential"
	case len(c.APIKeys) > 0:
		return "an API key (" + c.APIKeys[0] + ")"
	case len(c.Cookies) > 0:
		return "cookies"
	case c.ClientCert != "":
		return "a client certificate"
	}
	return "credentials"
}

// s3Response reports whether a response comes from Amazon S3.
func s3Response(r *parse.Response, body string) bool {
	return strings.EqualFold(r.Fields.Get("server"), "AmazonS3") || r.Fields.Has("x-amz-request-id") && r.Fields.Has("x-amz-id-2") ||
		strings.Contains(body, "<Code>AccessDenied</Code>") && strings.Contains(body, "<HostId>")
}

// AT2002: S3 answers 403 for a missing key.
var AT2002 = rule.Rule{
	ID:    "AT2002",
	Name:  "s3-403-may-be-missing-key",
	Title: "S3 403 that may mean the object does not exist",
	Doc: "When an object does not exist, S3 answers 404 only to callers allowed to list the bucket (`s3:ListBucket`). Everyone else gets 403 AccessDenied, so that the status does not reveal which keys exist. " +
		"A 403 from S3 on GET or HEAD therefore has two readings: the caller may not read the object, or there is no object under that key (a typo, a wrong prefix, a file not uploaded yet, a single-page-app route with no file behind it). " +
		"A HEAD answer has no body at all, so even the error code is missing.",
	Fix:      "Check that the key exists (list the prefix with credentials that may list, or look in the console) before changing policies; grant `s3:ListBucket` on the bucket if callers should see 404 for missing keys.",
	Severity: rule.Info,
	Category: rule.CatHiding,
	Refs:     []rule.Ref{s3ListBucket, rfc9110_15_5_4},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Status != 403 {
			return
		}
		body := scanBody(x)
		if !s3Response(r, body) {
			return
		}
		method := ""
		if x.Request != nil {
			method = x.Request.Method
		}
		if method != "" && method != "GET" && method != "HEAD" {
			return
		}
		trimmed := strings.TrimSpace(body)
		denied := strings.Contains(body, "<Code>AccessDenied</Code>")
		if !denied && trimmed != "" && !strings.HasPrefix(trimmed, "<!") && !ascii.HasPrefixFold(trimmed, "<html") {
			return // another S3 error code (signature, expired, key id) explains itself
		}
		if denied && hasAnyOf(body, "Request has expired", "because no", "explicit deny", "KMS", "kms:") {
			return // the message names the real cause
		}
		what := "the request"
		if x.Request != nil {
			what = method + " " + clip(x.Request.Target, 100)
		}
		msg := "S3 answered 403 to " + what
		switch {
		case denied:
			msg += " with AccessDenied; for a caller without s3:ListBucket a missing key looks the same"
		case trimmed == "":
			msg += " with no body; for a caller without s3:ListBucket a missing key looks the same"
		default:
			msg += " and served a page; a missing key behind a single-page-app fallback looks the same"
		}
		if method == "HEAD" && strings.Contains(x.Request.Target, "X-Amz-Signature=") {
			msg += "; a URL presigned for GET also fails for HEAD, because the method is part of the signature"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{statusEvidence(x)}})
	},
}

// Login messages that tell unknown accounts from wrong passwords.
var (
	unknownUserWords = []string{"user not found", "no such user", "user does not exist", "user doesn't exist", "unknown user",
		"username does not exist", "username not found", "email not found", "no account found", "account does not exist",
		"account not found", "user is not registered", "email is not registered", "email address is not registered",
		"could not find user", "could not find an account", "no user with", "user unknown",
		"unknown email", "unknown username", "no user found"}
	wrongPasswordWords = []string{"wrong password", "incorrect password", "invalid password", "password is incorrect",
		"password is invalid", "password is wrong", "password does not match", "password mismatch", "bad password",
		"password incorrect", "password was incorrect", "the password you entered for the username"}
)

// loginPhrase finds the first phrase of words in lb (lower-cased body) that is
// not half of a generic "invalid username or password".
func loginPhrase(lb string, words []string) (string, int) {
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(lb[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			lo := i - 25
			if lo < 0 {
				lo = 0
			}
			before, after := lb[lo:i], lb[i+len(w):]
			if len(after) > 25 {
				after = after[:25]
			}
			if b := strings.TrimRight(before, " "); strings.Contains(w, "password") &&
				(strings.HasSuffix(b, " or") || strings.HasSuffix(b, " and") || strings.HasSuffix(b, "/")) {
				continue // "username or password is incorrect", "email/password is invalid"
			}
			if hasAnyOf(after, " or password", " and/or password", " or email", " or passw", "/password", " and password") {
				continue
			}
			if exampleCue(before) {
				continue // "the wrong credentials (e.g. a bad password)": one possible cause given as an example, not what happened
			}
			if !strings.Contains(w, "password") && keyOwnerLookup(before, after) {
				continue // "api key user not found": no user holds the secret sent, no name was tried
			}
			return w, i
		}
	}
	return "", -1
}

// keyWords name secrets a server looks a user up by.
var keyWords = []string{"api key", "apikey", "api-key", "api_key", "access key", "key", "token", "secret"}

// keyOwnerLookup reports whether an unknown-user phrase, with the text just
// before and after it, says that no user owns the key or token the request
// sent ("Unauthorized: api key user not found", "no user found for this
// token"). Keys and tokens are issued by the server and never guessed, so
// the answer tells no account names apart: only a name the caller typed
// (a login's username or email) can be enumerated.
func keyOwnerLookup(before, after string) bool {
	b := strings.TrimRight(before, " ")
	for _, k := range keyWords {
		if strings.HasSuffix(b, k) && (len(b) == len(k) || !isWordByte(b[len(b)-len(k)-1])) {
			return true
		}
	}
	a := strings.TrimLeft(after, " ")
	for _, p := range []string{"for ", "with ", "matching ", "by ", "owning ", "associated with "} {
		if rest, ok := strings.CutPrefix(a, p); ok {
			for _, d := range []string{"this ", "the ", "that ", "given ", "provided ", "your ", "an ", "a "} {
				rest = strings.TrimPrefix(rest, d)
			}
			for _, k := range keyWords {
				if strings.HasPrefix(rest, k) {
					return true
				}
			}
		}
	}
	return false
}

// exampleCue reports whether the text just before a phrase offers it as an
// example of what may have gone wrong (default 401 pages of Apache and
// Werkzeug: "…the wrong credentials (e.g., bad password), or your browser…").
func exampleCue(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, a := range []string{" a", " an", " the"} {
		b = strings.TrimRight(strings.TrimSuffix(b, a), " ")
	}
	b = strings.TrimRight(b, ",:")
	return strings.HasSuffix(b, "e.g.") || strings.HasSuffix(b, "eg.") || strings.HasSuffix(b, "i.e.") ||
		strings.HasSuffix(b, "for example") || strings.HasSuffix(b, "for instance") || strings.HasSuffix(b, "such as")
}

// authPath reports whether a request target looks like a login endpoint.
func authPath(t string) bool {
	t = strings.ToLower(t)
	return hasAnyOf(t, "login", "signin", "sign-in", "sign_in", "logon", "auth", "session", "token", "password")
}

// loginFailure describes what one response's wording gives away.
type loginFailure struct {
	x      *parse.Exchange
	kind   string // "unknown-user", "wrong-password"
	phrase string
	off    int
}

func readLoginFailure(x *parse.Exchange) *loginFailure {
	r := x.Response
	if r == nil {
		return nil
	}
	isAuth := x.Request != nil && authPath(x.Request.Target)
	switch {
	case x.Request != nil && !isAuth:
		return nil // "user not found" from GET /users/42 is a plain 404, not a login oracle
	case x.Request == nil && r.Status != 401 && r.Status != 403:
		return nil // without the request, only a refusal reads as a login failure
	case !(r.Status >= 400 && r.Status < 500 || r.Status == 200 && x.Request.Method == "POST"):
		return nil
	}
	body := leakBody(x) // what the server sent: not a log record quoted with it
	if body == "" || len(body) > 64<<10 && !isAuth {
		return nil
	}
	// In text alone (no status line, no header), only a line short enough
	// to be the message counts: "…or a wrong password" in a sentence of the
	// poster's is not the server's answer.
	own := func(i int) bool {
		if !textOnly(x) {
			return true
		}
		s := strings.LastIndexByte(body[:i], '\n') + 1
		e := strings.IndexByte(body[i:], '\n')
		if e < 0 {
			e = len(body) - i
		}
		return len(strings.TrimSpace(body[s:i+e])) <= 60
	}
	lb := lowered.Text(body)
	if w, i := loginPhrase(lb, unknownUserWords); i >= 0 && own(i) {
		return &loginFailure{x: x, kind: "unknown-user", phrase: body[i : i+len(w)], off: i}
	}
	if w, i := loginPhrase(lb, wrongPasswordWords); i >= 0 && own(i) {
		return &loginFailure{x: x, kind: "wrong-password", phrase: body[i : i+len(w)], off: i}
	}
	return nil
}

// requestKey is method and path without the query, for pairing exchanges.
func requestKey(x *parse.Exchange) string {
	if x.Request == nil {
		return ""
	}
	t := x.Request.Target
	if i := strings.Index(t, "://"); i >= 0 {
		t = t[i+3:]
		if j := strings.IndexByte(t, '/'); j >= 0 {
			t = t[j:]
		} else {
			t = "/"
		}
	}
	if i := strings.IndexAny(t, "?#"); i >= 0 {
		t = t[:i]
	}
	return x.Request.Method + " " + t
}

// AT2010: login messages that enumerate accounts.
var AT2010 = rule.Rule{
	ID:    "AT2010",
	Name:  "user-enumeration",
	Title: "Login failure tells unknown accounts apart from wrong passwords",
	Doc: "When a failed login says \"user not found\" for one name and \"wrong password\" for another, anyone can test which accounts exist, then aim password guessing, credential stuffing or phishing at them. " +
		"The same goes for a message that only ever says \"incorrect password\": it confirms the account exists. " +
		"Good practice is one generic answer for every failed login (\"invalid username or password\"), with the same status and, ideally, the same timing. " +
		"An access key id that the service does not know (S3's `InvalidAccessKeyId`) is not reported: key ids are random, issued by the service and never guessed, so telling them apart enumerates nobody (s3-signature-echo notes the echoed key id).",
	Fix:      "Answer every failed login with the same status and the same generic message, and do the same work (hash a dummy password) for unknown accounts so timing does not differ either.",
	Severity: rule.Medium,
	Category: rule.CatHiding,
	Refs:     []rule.Ref{owaspEnum, owaspAuthMsgs, cwe204},
	Scope:    rule.PerInput,
	Run: func(p *rule.Pass) {
		var fails []*loginFailure
		for _, x := range p.Input.Exchanges {
			if f := readLoginFailure(x); f != nil {
				fails = append(fails, f)
			}
		}
		paired := map[int]bool{}
		var out []rule.Finding
		for i, a := range fails {
			for _, b := range fails[i+1:] {
				if a.kind == b.kind || paired[a.x.Index] || paired[b.x.Index] || requestKey(a.x) != requestKey(b.x) || requestKey(a.x) == "" {
					continue
				}
				u, w := a, b
				if u.kind != "unknown-user" {
					u, w = b, a
				}
				paired[a.x.Index], paired[b.x.Index] = true, true
				out = append(out, rule.Finding{
					Message:   requestKey(a.x) + " says \"" + u.phrase + "\" for one attempt and \"" + w.phrase + "\" for another: the answer tells which accounts exist",
					Evidence:  []rule.Evidence{bodyEvidence(u.x, u.off), bodyEvidence(w.x, w.off)},
					Exchanges: []int{u.x.Index, w.x.Index},
				})
			}
		}
		out = append(out, statusPairs(p.Input, paired)...)
		for _, f := range fails {
			if paired[f.x.Index] {
				continue
			}
			msg := "the failure message says \"" + f.phrase + "\", which only an existing account can get"
			if f.kind == "unknown-user" {
				msg = "the failure message says \"" + f.phrase + "\", so other names will get a different answer"
			}
			out = append(out, rule.Finding{Message: msg, Evidence: []rule.Evidence{bodyEvidence(f.x, f.off)}, Exchanges: []int{f.x.Index}})
		}
		reportCapped(p, out)
	},
}

// parentPath returns a path without its last segment, or "" for the root.
func parentPath(key string) (string, string) {
	method, path, _ := strings.Cut(key, " ")
	path = strings.TrimRight(path, "/")
	i := strings.LastIndexByte(path, '/')
	if i <= 0 {
		return "", ""
	}
	return method + " " + path[:i], path[i+1:]
}

// AT2011: 403 for one sibling, 404 for another.
var AT2011 = rule.Rule{
	ID:    "AT2011",
	Name:  "existence-oracle",
	Title: "403 for one resource and 404 for its sibling: the status reveals existence",
	Doc: "Two requests in the paste ask for neighbouring resources (same method, same parent path, same credentials) and get different refusals: 403 for one, 404 for the other. " +
		"Unless the 404 is genuine for everyone, the difference tells an outsider which names exist, which is what RFC 9110's permission to answer 404 instead of 403 is meant to prevent. " +
		"For you it is also a diagnosis: the 403 resource exists and you lack access; the 404 one may not exist, or may be hidden.",
	Fix:      "If existence is sensitive, answer 404 for resources the caller may not see, the same as for missing ones; otherwise keep 403 and make sure the 404 is truly about absence.",
	Severity: rule.Low,
	Category: rule.CatHiding,
	Refs:     []rule.Ref{rfc9110_15_5_4, cwe204},
	Scope:    rule.PerInput,
	Run: func(p *rule.Pass) {
		type seen struct {
			x    *parse.Exchange
			leaf string
		}
		forbidden := map[string][]seen{}
		missing := map[string][]seen{}
		for _, x := range p.Input.Exchanges {
			if x.Response == nil || x.Request == nil || x.Response.Status != 403 && x.Response.Status != 404 {
				continue // the key (the request's credentials among it) only for a 403 or a 404
			}
			parent, leaf := parentPath(requestKey(x))
			if parent == "" {
				continue
			}
			host := fields.Host(x.Request.URL)
			if host == "" {
				host = strings.ToLower(x.Request.Fields.Get("host"))
			}
			k := host + " " + parent + " " + string(x.Credentials().State)
			switch x.Response.Status {
			case 403:
				if hasAnyOf(strings.ToLower(scanBody(x)), "rate limit", "blocked", "captcha", "csrf") {
					continue
				}
				forbidden[k] = append(forbidden[k], seen{x, leaf})
			case 404:
				missing[k] = append(missing[k], seen{x, leaf})
			}
		}
		var out []rule.Finding
		for _, x := range p.Input.Exchanges {
			for k, fs := range forbidden {
				if len(fs) == 0 || fs[0].x != x || len(missing[k]) == 0 {
					continue
				}
				f, m := fs[0], missing[k][0]
				if f.leaf == m.leaf {
					continue
				}
				out = append(out, rule.Finding{
					Message:   requestKey(f.x) + " answered 403 and " + requestKey(m.x) + " answered 404 with the same credentials: the status tells which resource exists",
					Evidence:  []rule.Evidence{statusEvidence(f.x), statusEvidence(m.x)},
					Exchanges: []int{f.x.Index, m.x.Index},
				})
			}
		}
		reportCapped(p, out)
	},
}

// statusPairs finds two login attempts to the same endpoint, with different
// request bodies, refused with different statuses: a user-name oracle when
// the bodies differ only in the name. Exchanges already paired are skipped.
func statusPairs(in *parse.Input, paired map[int]bool) []rule.Finding {
	var out []rule.Finding
	xs := in.Exchanges
	for i, a := range xs {
		if !loginRefusal(a) || paired[a.Index] {
			continue
		}
		for _, b := range xs[i+1:] {
			if !loginRefusal(b) || paired[b.Index] || requestKey(a) != requestKey(b) ||
				a.Response.Status == b.Response.Status || a.Request.Body.Text == b.Request.Body.Text {
				continue
			}
			paired[a.Index], paired[b.Index] = true, true
			out = append(out, rule.Finding{
				Message: requestKey(a) + " answered " + itoa(a.Response.Status) + " to one attempt and " + itoa(b.Response.Status) +
					" to another: if they differ only in the user name, the status tells which accounts exist",
				Severity:  rule.Low,
				Evidence:  []rule.Evidence{statusEvidence(a), statusEvidence(b)},
				Exchanges: []int{a.Index, b.Index},
			})
			break
		}
	}
	return out
}

// loginRefusal reports whether an exchange is a refused POST to a login endpoint,
// not one refused for another reason (CSRF, rate limit, lock-out, CAPTCHA).
func loginRefusal(x *parse.Exchange) bool {
	if x.Request == nil || x.Response == nil || x.Request.Method != "POST" || !authPath(x.Request.Target) {
		return false
	}
	if st := x.Response.Status; st < 400 || st >= 500 || st == 429 {
		return false
	}
	return !hasAnyOf(strings.ToLower(scanBody(x)), "csrf", "rate limit", "too many", "locked", "captcha", "blocked")
}
