package rules

import (
	"encoding/base64"
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/authtriage/authtriage/classifier/internal/anyof"
	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/lazyre"
	"github.com/authtriage/authtriage/classifier/internal/urlparts"
	"github.com/authtriage/authtriage/classifier/jwt"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

var (
	awsPrincipalRe = &lazyre.Regexp{Expr: `arn:aws[\w-]*:(?:iam|sts)::(\d{12}):((?:user|role|assumed-role|federated-user|group)/[\w+=,.@/-]+|root)`}
	awsAccountRe   = &lazyre.Regexp{Expr: `arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):[\w+=,.@/:-]+`}
	azureObjectRe  = &lazyre.Regexp{Expr: `(?i)object id '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'`}
	azureClientRe  = &lazyre.Regexp{Expr: `The client '([^'\r\n]{1,200})' with object id`}
	azureSubRe     = &lazyre.Regexp{Expr: `(?i)/subscriptions/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`}
	azureTenantRe  = &lazyre.Regexp{Expr: `(?i)login\.(?:microsoftonline\.com|windows\.net|microsoftonline\.us)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`}
	gcpAccountRe   = &lazyre.Regexp{Expr: `[\w.+-]{1,100}@[\w-]{1,100}\.(?:iam\.)?gserviceaccount\.com`}
	k8sUserRe      = &lazyre.Regexp{Expr: `User \\?"([^"\\\r\n]{1,200})\\?" cannot `}
	esUserRe       = &lazyre.Regexp{Expr: `(?:(?:for|authenticate) user \[|User \[name=)([^\],\r\n]{1,200})[\],]`}     // Elasticsearch; OpenSearch's security plugin
	deniedToRe     = &lazyre.Regexp{Expr: `Permission to [\w.-]{1,100}/[\w.-]{1,100} denied to ([\w-]+(?:\.[\w-]+)*)`} // git hosts: the account the host signed in
	// Google Cloud names the project (the account the caller's call is
	// billed to or refused in) by id or number: "Routes API has not been
	// used in project 418730652291 before", "Permission 'x.y.get' denied
	// on resource 'projects/shop-prod-41/…'", "consumer": "projects/…".
	gcpProjectRe = &lazyre.Regexp{Expr: `(?:has not been used in project |denied on resource \\?['"]?projects/|"consumer"\s*:\s*"projects/)([a-z0-9][a-z0-9-]{4,62}[a-z0-9])\b`}
	k8sSARe      = &lazyre.Regexp{Expr: `system:serviceaccount:[\w.-]{1,100}:[\w.-]{1,100}`}
	// GitHub's rate-limit refusal names whose quota ran out: the login
	// ("API rate limit exceeded for ci-bot."), a user or an app
	// installation by id; an address (an anonymous caller's) is no identity.
	ghRateUserRe = &lazyre.Regexp{Expr: `API rate limit exceeded for ((?:user|installation) ID \d{1,20}|[A-Za-z][A-Za-z0-9-]{0,38})\b`}
	// ClickHouse's ACCESS_DENIED starts with the user the query ran as:
	// "DB::Exception: etl_writer: Not enough privileges. …" (older
	// releases name no user: "DB::Exception: Not enough privileges").
	clickhouseUserRe = &lazyre.Regexp{Expr: `Exception: ([A-Za-z_][\w.@-]{0,63}): Not enough privileges`}
	homeDirRe        = &lazyre.Regexp{Expr: `(?:^|[\s"'(=:\[])/?(?:home|Users)/([A-Za-z_][\w.-]{0,31})/`}
	winHomeRe        = &lazyre.Regexp{Expr: `[A-Za-z]:\\{1,2}Users\\{1,2}([\w.-]{1,64})\\`}
)

// osAccount is what identities calls an account read from a home directory.
const osAccount = "OS account (from a home directory path)"

type idHit struct {
	what, value string
	off         int
}

// idWords are the words identities looks for in a text before it tries an
// expression, found in one pass; the id constants name its lists.
var idWords = onePass{lists: [][]string{
	idAWS:         {"arn:aws"},
	idAzureObject: {"object id", "Object Id", "Object ID"},
	idAzureSub:    {"/subscriptions/", "/Subscriptions/"},
	idLogin:       {"login."},
	idGoogleSA:    {"gserviceaccount.com"},
	idCannot:      {" cannot "},
	idElastic:     {" user [", "User [name="},
	idDeniedTo:    {" denied to "},
	idGCPProject:  {"used in project ", "projects/"},
	idK8sSA:       {"system:serviceaccount:"},
	idClickHouse:  {": Not enough privileges"},
	idGitHubRate:  {"rate limit exceeded for "},
	idHome:        {"home/", "Users/", "Users\\"},
}}

const (
	idAWS = iota
	idAzureObject
	idAzureSub
	idLogin
	idGoogleSA
	idCannot
	idElastic
	idDeniedTo
	idGCPProject
	idK8sSA
	idClickHouse
	idGitHubRate
	idHome
)

// identities finds principals named in s. homes adds OS accounts read from
// home-directory paths, which only make sense in bodies.
func identities(s string, homes bool) []idHit {
	var out []idHit
	add := func(what string, re *lazyre.Regexp, group int) {
		for _, m := range re.FindAllStringSubmatchIndex(s, 8) {
			out = append(out, idHit{what: what, value: s[m[2*group]:m[2*group+1]], off: m[0]})
		}
	}
	var offs [32]int
	first := idWords.index(offs[:0], s)
	if idWords.has(first, idAWS) {
		n := len(out)
		add("AWS principal", awsPrincipalRe, 0)
		if len(out) == n {
			for _, m := range awsAccountRe.FindAllStringSubmatchIndex(s, 8) {
				if refusedResource(s, m[0]) {
					out = append(out, idHit{what: "AWS account id", value: s[m[2]:m[3]], off: m[0]})
				}
			}
		}
	}
	if idWords.has(first, idAzureObject) {
		add("Azure client", azureClientRe, 1)
		add("Azure object id", azureObjectRe, 1)
	}
	if idWords.has(first, idAzureSub) {
		add("Azure subscription id", azureSubRe, 1)
	}
	if idWords.has(first, idLogin) {
		for _, m := range azureTenantRe.FindAllStringSubmatchIndex(s, 8) {
			if !challengeAuthority(s, m[0]) {
				out = append(out, idHit{what: "Azure tenant id", value: s[m[2]:m[3]], off: m[0]})
			}
		}
	}
	if idWords.has(first, idGoogleSA) {
		add("Google service account", gcpAccountRe, 0)
	}
	if idWords.has(first, idCannot) {
		for _, m := range k8sUserRe.FindAllStringSubmatchIndex(s, 8) {
			v := s[m[2]:m[3]]
			if v == "system:anonymous" || strings.HasPrefix(v, "system:serviceaccount:") {
				continue // anonymous is no identity; service accounts are matched below
			}
			out = append(out, idHit{what: "Kubernetes user", value: v, off: m[0]})
		}
	}
	if idWords.has(first, idElastic) {
		add("Elasticsearch user", esUserRe, 1)
	}
	if idWords.has(first, idDeniedTo) {
		add("the account the git host signed in", deniedToRe, 1)
	}
	if idWords.has(first, idGCPProject) {
		add("Google Cloud project", gcpProjectRe, 1)
	}
	if idWords.has(first, idK8sSA) {
		add("Kubernetes service account", k8sSARe, 0)
	}
	if idWords.has(first, idClickHouse) {
		add("ClickHouse user", clickhouseUserRe, 1)
	}
	if idWords.has(first, idGitHubRate) {
		add("GitHub account whose quota ran out", ghRateUserRe, 1)
	}
	out = append(out, namedUsers(s)...)
	if homes {
		for _, re := range []*lazyre.Regexp{homeDirRe, winHomeRe} {
			if !idWords.has(first, idHome) {
				break
			}
			for _, m := range re.FindAllStringSubmatchIndex(s, 8) {
				if v := s[m[2]:m[3]]; personalAccount(v, s[m[3]:]) {
					out = append(out, idHit{what: osAccount, value: v, off: m[0]})
				}
			}
		}
	}
	return out
}

// challengeAuthority reports whether the sign-in URL at off is the value of
// a Bearer challenge's discovery parameter (authorization_uri="https://
// login.microsoftonline.com/<tenant>", in a header or quoted by a client:
// "Unable to authenticate, need: Bearer authorization_uri=…"). Naming the
// issuer there is how the challenge tells the client where to sign in;
// bearer-tenant-exposed (AT1046) is the finding about the tenant id it
// carries, not a principal the refusal names.
func challengeAuthority(s string, off int) bool {
	b := strings.ToLower(strings.TrimRight(s[max(0, off-40):off], "/"))
	b = strings.TrimSuffix(strings.TrimSuffix(b, "https:"), "http:")
	b = strings.TrimRight(b, "\"' ")
	if !strings.HasSuffix(b, "=") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	return strings.HasSuffix(b, "authorization_uri") || strings.HasSuffix(b, "authorization") || strings.HasSuffix(b, "trusted_issuers")
}

// resourceRefusalWords introduce the resource a refusal names: "… is not
// authorized to perform: execute-api:Invoke on resource: arn:…", "Access
// denied for arn:…".
var resourceRefusalWords = []string{"resource", "not authorized", "unauthorized", "denied", "forbidden"}

// refusedResource reports whether the ARN at off stands in a refusal's
// sentence, after words that name it as what was refused. An ARN elsewhere on
// its line (a log record's own field such as a web ACL's id, the function URL
// a gateway called, a row of a tool's table) is the operator's own resource,
// written where the operator reads it: the account it carries is disclosed to
// no caller.
func refusedResource(s string, off int) bool {
	ls := strings.LastIndexByte(s[:off], '\n') + 1
	before := strings.ToLower(s[max(ls, off-200):off])
	return hasAnyOf(before, resourceRefusalWords...)
}

// refusalIdentities finds the principals named by refusal templates only a
// server writes: Elasticsearch's "action [...] is unauthorized for user
// [name]" and Kubernetes' "<resource> is forbidden: User \"name\" cannot
// <verb> …". Unlike identities, it is meant for text a reader took as no
// part of the response (log records), where a template still quotes it.
func refusalIdentities(s string) []idHit {
	var out []idHit
	if strings.Contains(s, "] is unauthorized for user [") {
		for _, m := range esUserRe.FindAllStringSubmatchIndex(s, 8) {
			if strings.HasSuffix(s[max(0, m[0]-len("] is unauthorized ")):m[0]], "] is unauthorized ") {
				out = append(out, idHit{what: "Elasticsearch user", value: s[m[2]:m[3]], off: m[0]})
			}
		}
	}
	if strings.Contains(s, " cannot ") && strings.Contains(s, "orbidden") {
		for _, m := range k8sUserRe.FindAllStringSubmatchIndex(s, 8) {
			v := s[m[2]:m[3]]
			if v == "system:anonymous" || !k8sForbidden(s, m[0]) {
				continue
			}
			what := "Kubernetes user"
			if strings.HasPrefix(v, "system:serviceaccount:") {
				what = "Kubernetes service account"
			}
			out = append(out, idHit{what: what, value: v, off: m[0]})
		}
	}
	// Argo CD's RBAC refusal names the subject of the caller's token:
	// "permission denied: applications, sync, prod/web, sub: ci-bot, iat: …"
	for off, n := 0, 0; n < 8; n++ {
		i := strings.Index(s[off:], ", sub: ")
		if i < 0 {
			break
		}
		i += off
		off = i + len(", sub: ")
		ls := strings.LastIndexByte(s[:i], '\n') + 1
		if !strings.Contains(s[ls:i], "permission denied: ") {
			continue
		}
		v := s[off:]
		if j := strings.IndexAny(v, ", \r\n\"`"); j >= 0 {
			v = v[:j]
		}
		if v != "" && principalName(v) {
			out = append(out, idHit{what: "Argo CD subject", value: v, off: off})
		}
	}
	return out
}

// k8sForbidden reports whether the Kubernetes "User \"x\" cannot …" at off
// follows the API server's refusal on its line: "<resource> is forbidden: ",
// a non-resource path's bare "forbidden: ", or a client's "Forbidden!"
// (fabric8: "Message: Forbidden! User x doesn't have permission. User
// \"ci\" cannot get path \"/\"").
func k8sForbidden(s string, off int) bool {
	ls := strings.LastIndexByte(s[:off], '\n') + 1
	b := s[max(ls, off-160):off]
	return strings.HasSuffix(b, "forbidden: ") || strings.Contains(b, "Forbidden! ")
}

// userWords introduce a principal's name in a refusal: "The signed in user
// 'ana@corp.example' is not assigned…", "principal \"svc-ci\" may not…".
var userWords = []string{"user ", "principal ", "caller ", "member ", "account "}

// refusalAfter are the clauses that follow a principal's bare name in a
// refusal: "octo-dev-42 is missing the Overall/Read permission".
var refusalAfter = []string{" is missing the ", " is not assigned ", " is not allowed to ", " does not have ", " is not authorized ", " lacks ",
	" doesn't have ", " isn't allowed to ", " isn't authorized ", " is not permitted to "}

// namedUserWords finds userWords and refusalAfter, in that order, in one
// pass over a lowered body.
var namedUserWords = onePass{lists: [][]string{userWords, refusalAfter}}

// namedUsers finds principals a refusal names in a generic way: a quoted name
// after a word for a principal, or an account-shaped name (with a digit,
// '-', '.', '_' or '@') just before a refusal clause.
func namedUsers(s string) []idHit {
	var out []idHit
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	ls := lowered.Text(s)
	var offs [16]int
	first := namedUserWords.index(offs[:0], ls) // userWords, then refusalAfter
	for k, w := range userWords {
		if first[k] < 0 {
			continue
		}
		for off, n := first[k], 0; off < len(ls) && n < 8; n++ {
			i := strings.Index(ls[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			if i > 0 && ascii.IsIdent(ls[i-1]) {
				continue
			}
			if w == "account " && resourceAccount(ls[:i]) {
				continue // a cloud resource called an account, not a principal
			}
			if indefinite(ls[:i]) {
				continue // "created a user \"lena\"": the person introducing a name, not a refusal naming who it refused
			}
			j := off
			for j < len(s) && (s[j] == ' ' || s[j] == ':' || s[j] == '=') && j-off < 3 {
				j++
			}
			if j >= len(s) || !strings.ContainsRune("'\"`", rune(s[j])) {
				continue
			}
			q := s[j]
			k := strings.IndexByte(s[j+1:], q)
			if k < 2 || k > 100 {
				continue
			}
			if v := s[j+1 : j+1+k]; principalName(v) && refusalAround(s, i) && !holdsGrant(ls[j+2+k:]) {
				out = append(out, idHit{what: "user", value: v, off: i})
			}
		}
	}
	for k, c := range refusalAfter {
		if first[len(userWords)+k] < 0 {
			continue
		}
		for off, n := first[len(userWords)+k], 0; off < len(ls) && n < 8; n++ {
			i := strings.Index(ls[off:], c)
			if i < 0 {
				break
			}
			i += off
			off = i + len(c)
			b := i
			for b > 0 && (ascii.IsIdent(s[b-1]) || s[b-1] == '.' || s[b-1] == '@') {
				b--
			}
			v := s[b:i]
			if len(v) >= 3 && len(v) <= 64 && strings.ContainsAny(v, "0123456789-._@") && principalName(v) && !productCaps(v) && (b == 0 || s[b-1] == ' ' || s[b-1] == '\n' || s[b-1] == '>' || s[b-1] == '(') {
				out = append(out, idHit{what: "user", value: v, off: b})
			}
		}
	}
	return out
}

// productCaps reports whether v, a name before a refusal clause, is written
// in capitals with no digit or '@': a product or framework ("ASP.NET is not
// authorized to access the requested resource", the server's own runtime
// speaking of its process identity), not an account's name, which has a
// lower-case letter, a digit or a domain.
func productCaps(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 'a' && c <= 'z' || digitByte(c) || c == '@' {
			return false
		}
	}
	return true
}

// auditMarkers are pairs of members that make a JSON line a cloud audit
// log's record of a call (CloudTrail's userIdentity and eventSource, Cloud
// Audit Logs' authenticationInfo and methodName, Azure's activity log
// caller and operationName): its principal is the subject the log
// records, in the operator's own log, not a name a response handed out.
var auditMarkers = [][2]string{{`"userIdentity"`, `"eventSource"`}, {`"authenticationInfo"`, `"methodName"`}, {`"caller"`, `"operationName"`}}

// auditRecord reports whether line holds a cloud audit record (auditMarkers).
func auditRecord(line string) bool {
	for _, m := range auditMarkers {
		if strings.Contains(line, m[0]) && strings.Contains(line, m[1]) {
			return true
		}
	}
	return false
}

// grantHeld are the words after a principal's name that say it holds a
// grant: the person describing what an account may do ("the user `viewer`
// is granted the permission"), not a refusal naming whom it refused.
var grantHeld = []string{"is granted", "was granted", "has been granted", "is allowed to", "has the permission", "has permission",
	"has access", "is able to"}

// holdsGrant reports whether the lower-cased text after a quoted name
// starts with one of grantHeld.
func holdsGrant(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, w := range grantHeld {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// refusalAround reports whether the line of s holding off reads as a
// refusal, in refusalLine's words or in a clause of refusalAfter ("The
// signed in user 'x' is not assigned to a role"): a quoted name after
// "user" is only a principal the server refused there; elsewhere it is a
// client's own line ("Server auth using Basic with user 'ops'"), a log's
// or the person's ("the user `viewer` is granted the permission").
func refusalAround(s string, off int) bool {
	if refusalLine(s, off) {
		return true
	}
	l := strings.ToLower(lineAround(s, off))
	for _, c := range refusalAfter {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// resourceAccounts are the kinds of cloud resource their providers call an
// account ("Storage Account \"shopassets01\"", a Batch or Automation
// account): the thing the request was about, not who made it.
var resourceAccounts = []string{"storage", "batch", "automation", "cosmos db", "cosmosdb", "billing", "media services"}

// resourceAccount reports whether the lower-cased text before "account "
// ends with a resource kind's name.
func resourceAccount(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, r := range resourceAccounts {
		if strings.HasSuffix(b, r) && (len(b) == len(r) || !ascii.IsIdent(b[len(b)-len(r)-1])) {
			return true
		}
	}
	return false
}

// indefinite reports whether the lower-cased text before a word for a
// principal ends with "a" or "an": a person describing their setup ("I
// created a user 'ops-ro'"); a refusal names the one it refused ("user
// 'x'", "the user 'x'").
func indefinite(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, a := range []string{"a", "an"} {
		if strings.HasSuffix(b, a) && (len(b) == len(a) || !ascii.IsIdent(b[len(b)-len(a)-1])) {
			return true
		}
	}
	return false
}

// requestedPath reports whether the request's own URL walks through the
// home directory of account ("/api/contents/home/ana/"): the caller named
// it, so an answer that names it back discloses nothing new.
func requestedPath(x *parse.Exchange, account string) bool {
	q := x.Request
	if q == nil || account == "" {
		return false
	}
	for _, u := range []string{q.URL, q.Target} {
		if strings.Contains(u, "/"+account+"/") || strings.HasSuffix(u, "/"+account) {
			return true
		}
	}
	return false
}

// principalName reports whether v can be a principal's name: no blanks, a
// letter in it, and not a placeholder or a word for nobody.
func principalName(v string) bool {
	if strings.ContainsAny(v, " \t{}<>$%") {
		return false
	}
	switch strings.ToLower(v) {
	case "anonymous", "system:anonymous", "null", "undefined", "none", "unknown", "guest", "nobody", "anonymoususer":
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// defaultAccounts are accounts that images, CI runners and packages create;
// a home directory under one of them says nothing about who runs the service.
var defaultAccounts = map[string]bool{"ubuntu": true, "ec2-user": true, "centos": true, "debian": true, "fedora": true,
	"vagrant": true, "runner": true, "node": true, "app": true, "www-data": true, "nobody": true, "user": true, "pi": true,
	"git": true, "circleci": true, "travis": true, "docker": true, "admin": true, "administrator": true, "default": true, "public": true, "shared": true, "dev": true, "developer": true, "deploy": true, "service": true, "svc": true, "jenkins": true, "build": true}

// personalAccount reports whether a home-directory owner is worth reporting:
// not a default account, and not a service account named after the
// application it runs ("/home/frappe/frappe-bench", "/home/gitlab/gitlab").
func personalAccount(name, after string) bool {
	l := strings.ToLower(name)
	if defaultAccounts[l] {
		return false
	}
	after = strings.TrimLeft(after, "/\\")
	next := after
	if i := strings.IndexAny(after, "/\\"); i >= 0 {
		next = after[:i]
	}
	return !strings.HasPrefix(strings.ToLower(next), l)
}

// callerNames lists the names the caller presented: the Basic user, a client
// certificate's subject, the user a transcript says it authenticated as.
func callerNames(x *parse.Exchange) map[string]bool {
	set := map[string]bool{}
	if q := x.Request; q != nil {
		if cn := cnOf(q.ClientCert); cn != "" {
			set[cn] = true
		}
		for _, name := range []string{"authorization", "proxy-authorization"} {
			v := q.Fields.Get(name)
			if u, _, ok := basicUser(v); ok && u != "" {
				set[u] = true
			}
			// a bearer JWT names its holder: sub, and the usual user-name claims
			if _, tok, ok := strings.Cut(strings.TrimSpace(v), " "); ok && strings.HasPrefix(strings.TrimSpace(tok), "eyJ") {
				if t, err := jwt.Decode(strings.TrimSpace(tok)); err == nil {
					set[t.Subject] = true
					for _, c := range []string{"preferred_username", "upn", "email", "unique_name", "username", "oid", "appid", "azp"} {
						if s, ok := t.Claims[c].(string); ok {
							set[s] = true
						}
					}
				}
			}
		}
	}
	client := false
	for _, l := range x.Info {
		t := l.Text
		lt := strings.ToLower(t)
		switch {
		case strings.Contains(lt, "server certificate"):
			client = false
		case strings.Contains(lt, "client certificate"):
			client = true
		}
		if client {
			if i := strings.Index(t, "CN="); i >= 0 {
				set[cnOf(t[i:])] = true
			}
			if i := strings.Index(lt, "common name:"); i >= 0 {
				set[strings.TrimSpace(t[i+len("common name:"):])] = true
			}
		}
		if i := strings.Index(t, " with user '"); i >= 0 {
			rest := t[i+len(" with user '"):]
			if j := strings.IndexByte(rest, '\''); j >= 0 {
				set[rest[:j]] = true
			}
		}
	}
	delete(set, "")
	return set
}

// cnOf returns the CN of a certificate subject ("CN=ops-admin,O=x" → "ops-admin").
func cnOf(subject string) string {
	i := strings.Index(subject, "CN=")
	if i < 0 {
		return ""
	}
	v := subject[i+3:]
	if j := strings.IndexAny(v, ",/;"); j >= 0 {
		v = v[:j]
	}
	return strings.TrimSpace(v)
}

// basicUser decodes a Basic credential. ok is false for other schemes or bad base64.
func basicUser(v string) (user, pass string, ok bool) {
	scheme, rest, _ := strings.Cut(strings.TrimSpace(v), " ")
	if !strings.EqualFold(scheme, "basic") {
		return "", "", false
	}
	rest = strings.TrimSpace(rest)
	b, err := base64.StdEncoding.DecodeString(rest)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(rest, "="))
		if err != nil {
			return "", "", false
		}
	}
	user, pass, ok = strings.Cut(string(b), ":")
	return user, pass, ok
}

// AT7030: principals named in the response.
var AT7030 = rule.Rule{
	ID:    "AT7030",
	Name:  "identity-leak",
	Title: "Response names a user, principal or cloud account",
	Doc: "The response names an identity: an AWS account id or IAM principal, an Azure object, subscription or tenant id (a tenant id in a Bearer challenge's `authorization_uri` is bearer-tenant-exposed's), a Google service account, a Kubernetes user or service account, a user the refusal names (\"the signed in user 'x'…\", \"build-bot-7 is missing the … permission\"), or an operating-system account read from a home-directory path. " +
		"When it is the caller's own name the risk is small (it confirms which identity the server saw, which helps debugging) but the response still ends up in logs, caches and pasted bug reports. " +
		"When it names someone else, or the account the server runs as, it hands an attacker a target for phishing, password spraying or privilege escalation.",
	Fix:      "Keep principal names out of error messages meant for clients, or show them only to the authenticated caller they belong to; log the full identity server-side. Before sharing this paste, replace the names.",
	Severity: rule.Medium,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe200, rfc9457_5, awsIAMDenied},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		// A successful answer naming a principal is usually the content asked
		// for (STS GetCallerIdentity, a user profile); only refusals are checked.
		if !errorish(x.Response) {
			return
		}
		self := callerNames(x)
		seen := map[string]bool{}
		var fs []rule.Finding
		add := func(h idHit, ev rule.Evidence, where string) {
			if seen[h.value] || parse.IsRedacted(h.value) {
				return // a name masked in the paste ("w************s") discloses none
			}
			seen[h.value] = true
			f := rule.Finding{Message: where + " names " + h.what + " \"" + clip(h.value, 120) + "\"", Evidence: []rule.Evidence{ev}}
			switch {
			case self[h.value]:
				f.Severity = rule.Low
				f.Message += " (the caller's own identity)"
			case h.what == "Azure tenant id":
				f.Severity = rule.Low // Entra ID publishes tenant ids for discovery anyway
			}
			fs = append(fs, f)
		}
		for _, f := range leakFields(x) {
			for _, h := range identities(f.Value, false) {
				add(h, fieldEvidence(x, f, false), f.Name+" header")
			}
		}
		if body := leakBody(x); body != "" {
			// Home directories in a client's own traceback are the client's,
			// not the server's; log records are left out by leakBody.
			homes := errorish(x.Response) && clientTrace(scanBody(x)) == "" &&
				!(textOnly(x) && !serverTrace(body)) // the paste's own text: a home path there is the machine that printed it
			hits := identities(body, homes)
			// a name the person passed on a command line ("--service-account
			// x@….iam.gserviceaccount.com") is the caller's input; the
			// client echoing it (its arguments printed back) is no
			// disclosure, while a refusal naming it still is
			typed := map[string]bool{}
			for _, h := range hits {
				if commandLineAt(body, h.off) {
					typed[h.value] = true
				}
			}
			for _, h := range hits {
				if personsWords(x, body, h.off, h.off+len(h.value)) {
					continue // a name the person wrote, not one the server sent
				}
				if h.what == osAccount && (promptAt(body, h.off) || commandLineAt(body, h.off) || requestedPath(x, h.value)) {
					continue // a home directory in the person's prompt or command, or one the request named: the client's
				}
				if auditRecord(lineAround(body, h.off)) {
					continue // the audit log's record of who called, not a response naming them
				}
				if typed[h.value] && (commandLineAt(body, h.off) || !refusalLine(body, h.off)) {
					continue
				}
				add(h, bodyEvidence(x, h.off), "body")
			}
		}
		// A client's log record that quotes the server's refusal (a
		// monolog or logstash line carrying Elasticsearch's
		// security_exception, klog carrying the API server's "is
		// forbidden: User … cannot …") repeats what the response said:
		// the name in that template came from the server.
		if all := scanBody(x); all != "" {
			for _, h := range refusalIdentities(all) {
				if personsWords(x, all, h.off, h.off+len(h.value)) {
					continue
				}
				add(h, bodyEvidence(x, h.off), "body")
			}
		}
		reportCapped(p, fs)
	},
}

var (
	gcpPermRe  = &lazyre.Regexp{Expr: `does not have ([a-z][\w]*(?:\.[\w]+){2,}) (?:access|permission)`}
	gcpPermRe2 = &lazyre.Regexp{Expr: `Permission '([a-z][\w]*(?:\.[\w]+){2,})' denied`}
	gkeReqRe   = &lazyre.Regexp{Expr: `requires one of \[([^\]\r\n]{1,300})\] permission`}
	// (the message may be wrapped by the terminal or the person anywhere
	// between its words: "is not\nauthorized to perform: iam:PassRole")
	awsActionRe   = &lazyre.Regexp{Expr: `is\s+not\s+authorized\s+to\s+perform:\s*([\w-]+(?::[\w*]+)?)`} // the service alone when the message is cut
	awsDenyRe     = &lazyre.Regexp{Expr: `(?:explicit\s+deny\s+in\s+an?\s+|because\s+no\s+)((?:[\w-]+\s+){0,3}policy)`}
	azureActionRe = &lazyre.Regexp{Expr: `does not have authorization to perform action '([^'\r\n]{1,200})'`}
	k8sRoleRe     = &lazyre.Regexp{Expr: `(?:cluster)?role(?:binding)?\.rbac\.authorization\.k8s\.io \\?"([^"\\\r\n]{1,200})\\?"`}
	// OpenStack's policy engine (oslo.policy) names the rule it checked:
	// "Policy doesn't allow os_compute_api:os-hypervisors to be performed."
	osloPolicyRe = &lazyre.Regexp{Expr: `Policy doesn'?t allow ([\w:.\-/]{2,150}) to be performed`}
	// Keystone's form of the same check names the rule after the action:
	// "You are not authorized to perform the requested action:
	// identity:list_users." (a rule is service:name; Okta's "…perform the
	// requested action" alone names none)
	osloActionRe = &lazyre.Regexp{Expr: `perform the requested action: ([a-z][\w-]*:[\w:.\-/]{1,150}[\w])`}
	// Kafka's ACL authorizer, as Schema Registry, the REST proxy and ksqlDB
	// print it: "User is denied operation Write on Subject: orders-value",
	// "… operation Read on Topic: events".
	kafkaACLRe = &lazyre.Regexp{Expr: `denied operation ([A-Z][A-Za-z]+ on [A-Z][A-Za-z]+: ?[\w.\-]{1,150})`}
	// A permission written in capitals before "privileges are required"
	// (Trac's "WIKI_VIEW privileges are required to perform this
	// operation"; "TICKET_ADMIN privilege is required").
	capsPrivRe    = &lazyre.Regexp{Expr: `\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) privileges? (?:is|are) required`}
	genericRoleRe = &lazyre.Regexp{Expr: `(?i)(?:missing|requires?|required|lacks?|needs?) (?:the )?(?:role|scope|permission|privilege|authority|group)s? ['"]([\w:.\-/ ]{2,80})['"]`, Guard: genericRoleMay}
	esActionRe    = &lazyre.Regexp{Expr: `action \[([a-z_]+[:/][^\]\s]{1,150}(?:\[[a-z]\])?)\] is unauthorized`} // a plugin's action is "name/verb"; a shard-level one ends "[s]", "[p]" or "[r]"
	esRolesRe     = &lazyre.Regexp{Expr: `with (?:effective )?roles \[([^\]\r\n]{1,200})\]`}
	esPrivRe      = &lazyre.Regexp{Expr: `granted by the (?:index |cluster )?privileges \[([^\]\r\n]{1,200})\]`}

	// The general forms, for services without a pattern of their own: a
	// refusal that names what the caller lacks, as a sentence ("requires one
	// of the following scopes: ['read:org']", "is missing the Overall/Read
	// permission", "Having the 'rak_charge_read' permission would allow
	// this", "no permissions for [indices:data/read/search]", "Permissions
	// needed: datasources:read", "does not have secrets get permission on")
	// or as a JSON member ("needed": "chat:write", "requiredPermissions":
	// [...]). A name is quoted or bracketed, or shaped like a permission
	// (parts joined by '.', ':' or '/'); a bare word is never one.
	needNamedRe  = &lazyre.Regexp{Expr: `(?i)\b(?:missing|requires?|required|lacks?|lacking|needs?|needed|without|having)\s+(?:the\s+|a\s+|an\s+)?(?:(?:one|any|all)\s+of\s+(?:the\s+)?(?:following\s+)?)?(?:(?:` + grantNouns + `)\s*:?\s*)` + grantName, Anchored: needNamedAt}
	needOneOfRe  = &lazyre.Regexp{Expr: `(?i)\brequires?\s+(?:one|any|all)\s+of\s+` + grantQuoted, Guard: needOneOfMay}
	theNamedRe   = &lazyre.Regexp{Expr: `(?i)\bthe\s+` + grantName + `\s+(?:` + grantNouns + `)\b`, Guard: theNamedMay}
	nounNamedRe  = &lazyre.Regexp{Expr: `(?i)\b(?:` + grantNouns + `)\s+(?:needed|required|missing)\s*:\s*` + grantName, Guard: nounNamedMay}
	noPermsForRe = &lazyre.Regexp{Expr: `(?i)\bno permissions? for \[([^\]\r\n]{2,200})\]`}
	hasNoPermRe  = &lazyre.Regexp{Expr: `\bdoes not have ((?:[a-z]+ ){0,2}[a-z]+) permissions? (?:on|to|for)\b`}
	// "Missing required role: admin" (a bare name after a colon),
	// "You need the Maintainer role" (a capitalised name),
	// "group 'finance-readers' required", "policy 'deny-external' matched"
	colonNamedRe = &lazyre.Regexp{Expr: `(?i)\b(?:missing|required|needed|lacking)\s+(?:` + grantNouns + `)\s*:\s*([A-Za-z][\w:./-]{1,80})`, Guard: colonNamedMay}
	capNamedRe   = &lazyre.Regexp{Expr: `\bthe\s+([A-Z][\w-]{2,40})\s+(?:role|group)\b`, Guard: capNamedMay}
	// capNamedNot: words capNamedRe takes that say which kind of role or
	// group, not which one ("the required role", "the IAM role the function
	// runs as", "the LDAP group"): the system that holds it is no name
	capNamedNot = map[string]bool{"required": true, "necessary": true, "correct": true,
		"iam": true, "ldap": true, "rbac": true, "sso": true, "saml": true, "oidc": true, "aws": true, "gcp": true,
		"azure": true, "entra": true, "kubernetes": true, "unix": true, "linux": true, "windows": true, "posix": true}
	// "Insufficient scope, expected any of: read:orders" (the scopes the
	// endpoint wanted, after the refusal), "permission denied: reports:view"
	// (a permission-shaped name, verb joined by ':', after the refusal; a
	// file name or path after "Permission denied:" is no permission).
	expectedRe   = &lazyre.Regexp{Expr: `(?i)\b(?:insufficient|missing|invalid)\s+(?:` + grantNouns + `)\s*[,;.]?\s*expected\s+(?:(?:one|any|all)\s+of\s*)?:?\s*` + grantName}
	deniedColRe  = &lazyre.Regexp{Expr: `(?i)\bpermission\s+denied\s*:\s*([A-Za-z][\w-]*:[\w*-]+(?:[:.][\w*-]+)*)`}
	quotedVerbRe = &lazyre.Regexp{Expr: `(?i)\b(?:polic(?:y|ies)|` + grantNouns + `)\s+['"\x60‘“]([^'"\x60’”\r\n]{2,80})['"\x60’”]\s+(?:matched|denied|required|is required|is missing|missing)\b`, Guard: quotedVerbMay}
	// The names a refusal lists after a colon: "This operation is allowed
	// for the following groups:\n\t- Sales/Manager", "limited to users in
	// one of the groups: Reviewers, Site Editors" (a list of capitalised
	// names, or one name shaped as above).
	listedRe = &lazyre.Regexp{Expr: `(?i)\b(?:following|one\s+of\s+the|any\s+of\s+the)\s+(?:` + grantNouns + `)\s*:\s*(?:[-*•]\s*)?(?:` + grantName + `|(?-i:([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,3}){0,9})))`}
	// A refusal that quotes the action it would not allow: Rundeck's "Not
	// authorized for action \"read\" for Execution 118", "not allowed to
	// perform action 'workflow:cancel'".
	actionQuotedRe = &lazyre.Regexp{Expr: `(?i)\bnot (?:authorized|allowed|permitted) (?:for|to perform) (?:the )?action:? ?["'\x60]([^"'\x60\r\n]{2,80})["'\x60]`}
	// Jenkins' refusal page to a caller without a permission keeps the
	// detail in an HTML comment: "Permission you need to have (but
	// didn't): hudson.model.Item.Read".
	jenkinsPermRe = &lazyre.Regexp{Expr: `Permission you need to have \(but didn't\):\s*([\w$.]+)`}
	// Envoy's RBAC filter names the policy that denied in its response
	// flag details ("rbac_access_denied_matched_policy[ns-deny-all]"), in
	// the access log and the local reply; "[none]" is no policy (a deny by
	// default).
	envoyPolicyRe = &lazyre.Regexp{Expr: `rbac_access_denied_matched_policy\[([^\]\s]{1,120})\]`}
	// Proxmox VE's permission check names the ACL path and the privilege
	// the token or user lacks: "Permission check failed (/vms/210,
	// VM.Config.Disk)"; several privileges are joined by '|' ("check any").
	proxmoxPrivRe = &lazyre.Regexp{Expr: `Permission check failed \(/[^,()\s]{0,120}, ([A-Z][\w.]*(?:\|[A-Z][\w.]*)*)\)`}
	// ClickHouse's ACCESS_DENIED (code 497) names the grant the query
	// needs: "Not enough privileges. To execute this query, it's necessary
	// to have the grant SELECT(id, total) ON shop.orders" (older releases:
	// "…it's necessary to have grant …").
	clickhouseGrantRe = &lazyre.Regexp{Expr: `necessary to have (?:the )?grant ([A-Z][A-Z_ ]*[A-Z](?:\([^()\r\n]{0,200}\))?(?:, [A-Z][A-Z_ ]*[A-Z](?:\([^()\r\n]{0,200}\))?)*(?: ON [\w*\x60"-]+(?:\.[\w*\x60"-]+)*)?)`}
	scopeMemberRe     = &lazyre.Regexp{Expr: `"scope"\s*:\s*"([^"\\\r\n]{2,200})"`}
	// (a JSON member, or the same object printed by Python, quoted with ':
	// {'error': 'missing_scope', 'needed': 'groups:history'})
	grantKeyRe = &lazyre.Regexp{Expr: `["'](?i:(?:required|missing|needed|lacking)_?(?:permissions?|scopes?|roles?|privileges?)|permissions?|privileges?|needed|required)["']\s*:\s*(?:"([^"\\\r\n]{2,120})"|'([^'\\\r\n]{2,120})'|\[\s*"([^"\\\r\n]{2,120})"|\[\s*'([^'\\\r\n]{2,120})')`, Guard: grantKeyMay}
)

// permissionNamers are the vendors' ways of naming the grant a refusal
// lacks, each looked for only when the body holds one of its words, in the
// order their findings are reported.
var permissionNamers = []struct {
	when []string       // words one of which the body must hold
	what string         // what the name is, in the finding's message
	re   *lazyre.Regexp // the name is its first group
}{
	{[]string{"does not have "}, "missing Google Cloud permission", gcpPermRe},
	{[]string{"does not have "}, "Azure action", azureActionRe},
	{[]string{"Permission '"}, "missing Google Cloud permission", gcpPermRe2},
	{[]string{"requires one of ["}, "required permissions", gkeReqRe},
	{[]string{"authorized to perform"}, "AWS action", awsActionRe},
	{[]string{"explicit deny", "because no"}, "AWS policy type", awsDenyRe},
	{[]string{"] is unauthorized"}, "Elasticsearch action", esActionRe},
	{[]string{"] is unauthorized"}, "roles of the caller", esRolesRe},
	{[]string{"] is unauthorized"}, "privileges that would allow it", esPrivRe},
	{[]string{".rbac.authorization.k8s.io"}, "Kubernetes RBAC object", k8sRoleRe},
	{[]string{"to be performed"}, "OpenStack policy rule", osloPolicyRe},
	{[]string{"requested action: "}, "OpenStack policy rule", osloActionRe},
	{[]string{"denied operation "}, "Kafka ACL operation and resource", kafkaACLRe},
	{[]string{" required"}, "privilege it lacks", capsPrivRe},
	{[]string{" action \"", " action '", " action `", " action: "}, "action it may not perform", actionQuotedRe},
	{[]string{"Permission you need to have"}, "Jenkins permission", jenkinsPermRe},
	{[]string{"matched_policy["}, "Envoy RBAC policy", envoyPolicyRe},
	{[]string{"Permission check failed ("}, "Proxmox privilege", proxmoxPrivRe},
	{[]string{"necessary to have "}, "ClickHouse grant the query needs", clickhouseGrantRe},
}

// genericRoleWords are the words one of which a body must hold for AT7031
// to look for a role or permission named in general terms (genericRoleRe).
var genericRoleWords = []string{"role", "scope", "ermission", "rivilege", "uthority", "group", "Role", "Scope", "Group"}

// permissionWords is the one pass over a body that tells which of
// permissionNamers' expressions, and genericRoleRe, AT7031 tries: the body
// holds one of their words. One strings.Contains per word (23 of them, then
// 9) was most of the rule's time on a refusal's body, and under js/wasm,
// without the vector instructions of a native strings.Index, a search per
// word costs a pass over the body each (issue #14).
type permissionWords struct {
	set     *anyof.Set
	namers  [][]int // by namer, the ids of its words in set
	generic []int   // the ids of genericRoleWords
}

// holds reports whether the body whose offsets by id (set.IndexInto) are
// offs holds one of the words ids: what hasAnyOf answers for those words.
func (pw *permissionWords) holds(offs []int, ids []int) bool {
	for _, id := range ids {
		if offs[id] >= 0 {
			return true
		}
	}
	return false
}

// permissionWordSet builds the set on first use (a function, not a
// sync.OnceValue in a variable's initialiser: see all.go's init).
func permissionWordSet() *permissionWords {
	permissionWordsOnce.Do(func() {
		var words []string
		ids := map[string]int{}
		idOf := func(w string) int {
			id, ok := ids[w]
			if !ok {
				id = len(words)
				ids[w] = id
				words = append(words, w)
			}
			return id
		}
		pw := &permissionWords{namers: make([][]int, len(permissionNamers))}
		for i, n := range permissionNamers {
			for _, w := range n.when {
				pw.namers[i] = append(pw.namers[i], idOf(w))
			}
		}
		for _, w := range genericRoleWords {
			pw.generic = append(pw.generic, idOf(w))
		}
		pw.set = anyof.New(words...)
		permissionWordsAt = pw
	})
	return permissionWordsAt
}

var (
	permissionWordsOnce sync.Once
	permissionWordsAt   *permissionWords
)

// The words for what grants access, and a name of one (quoted, bracketed or
// permission-shaped: the group is the name).
const (
	grantNouns  = `(?:roles?|scopes?|permissions?|privileges?|rights?|authorit(?:y|ies)|groups?)(?:\(s\))?` // "scope(s)": either number at once
	grantQuoted = `(?:['"\x60‘“]([^'"\x60’”\r\n]{2,120})['"\x60’”]|\[\s*['"]?([^\]\r\n]{2,200}?)['"]?\s*\])`
	grantName   = `(?:['"\x60‘“]([^'"\x60’”\r\n]{2,120})['"\x60’”]|\[\s*['"]?([^\]\r\n]{2,200}?)['"]?\s*\]|([A-Za-z][\w-]*(?:[:/.][\w*-]+)+))`
)

// holderWith reports whether the grant a match names starts right after
// "with" ("a user with the Editor role can open it", "With the Admin role
// it works", "a token with the `repo` scope could call it"): words that say
// who holds the grant, as a person describes what works, not what a
// refusal says is lacking ("needs the Admin role").
func holderWith(body string, start int) bool {
	b := strings.TrimRight(body[max(0, start-8):start], " \t")
	return len(b) >= 4 && strings.EqualFold(b[len(b)-4:], "with") && (len(b) == 4 || !isWordByte(b[len(b)-5]))
}

// notGrantWords are what "does not have X permission" says when X is no
// name: "does not have sufficient permission to".
var notGrantWords = map[string]bool{"sufficient": true, "enough": true, "the": true, "required": true, "necessary": true,
	"adequate": true, "any": true, "proper": true, "appropriate": true, "correct": true, "valid": true, "a": true, "this": true}

// AT7031: policy, role and permission names in the response.
var AT7031 = rule.Rule{
	ID:    "AT7031",
	Name:  "policy-leak",
	Title: "Response names the permission, action, role or policy that refused the request",
	Doc: "The refusal names the permission the caller lacks (`storage.objects.list`), the API action it tried (`s3:GetObject`), a role or binding, or the kind of policy that denied it (a service control policy, a permissions boundary). A sign-in requirement such as an organization's SAML single sign-on is not a policy name: it is reported as the authentication it asks for. " +
		"For the person who owns the identity this is the most useful line in the response: it says exactly what to ask an administrator for. " +
		"For anyone else it describes the access-control model of the system, so services that answer untrusted callers usually keep it out of the response.",
	Fix:      "Grant the named permission or role to the identity if it should have access. As the operator, consider showing policy detail only to authenticated callers of the same account, and keep it in the audit log.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe200, rfc9457_5, awsIAMDenied},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		// A 2xx whose body is a refusal (GraphQL, RPC-style APIs) names
		// what it lacks as freely as a 403 does.
		refused := p.Facts.MeaningEvidence != nil && (p.Facts.Meaning == rule.Authentication || p.Facts.Meaning == rule.Authorization)
		if !errorish(x.Response) && !refused {
			return
		}
		seen := map[string]bool{}
		var fs []rule.Finding
		// Proxmox VE sends its refusal as the reason phrase
		// ("HTTP/1.1 403 Permission check failed (/vms/210, VM.Audit)"),
		// and clients print it as the error.
		if r := x.Response.Reason; strings.Contains(r, "Permission check failed (") {
			if m := proxmoxPrivRe.FindStringSubmatch(r); m != nil {
				seen[m[1]] = true
				fs = append(fs, rule.Finding{Message: "status line names the Proxmox privilege \"" + clip(m[1], 120) + "\"", Evidence: []rule.Evidence{rule.StatusEvidence(x)}})
			}
		}
		body, at := unescapedQuotes(scanBody(x))
		if body == "" {
			reportCapped(p, fs)
			return
		}
		add := func(what string, re *lazyre.Regexp) {
			for _, m := range re.FindAllStringSubmatchIndex(body, 8) {
				v := body[m[2]:m[3]]
				if strings.ContainsAny(v, "\r\n") {
					v = strings.Join(strings.Fields(v), " ") // a name the message's wrapping cut
				}
				if seen[v] || v == "null" || v == "undefined" || v == "None" || v == "none" || parse.IsRedacted(v) {
					continue // a client's unset value printed, or a name masked in the paste
				}
				if personsWords(x, body, m[0], m[1]) {
					continue // the person naming a role, not the server
				}
				seen[v] = true
				fs = append(fs, rule.Finding{Message: "body names the " + what + " \"" + clip(v, 120) + "\"", Evidence: []rule.Evidence{bodyEvidence(x, at(m[0]))}})
			}
		}
		pw := permissionWordSet()
		var offs [48]int
		held := pw.set.IndexInto(offs[:0], body)
		for i, n := range permissionNamers {
			if pw.holds(held, pw.namers[i]) {
				add(n.what, n.re)
			}
		}
		if pw.holds(held, pw.generic) {
			add("required role or permission", genericRoleRe)
		}
		if hasAnyOf(lowered.Text(body), "role", "scope", "permission", "privilege", "right", "authorit", "group", "needed", "required", "polic") {
			addAny := func(what string, re *lazyre.Regexp, skip map[string]bool) {
				for _, m := range re.FindAllStringSubmatchIndex(body, 8) {
					for g := 2; g+1 < len(m); g += 2 {
						if m[g] < 0 {
							continue
						}
						v := strings.TrimSpace(body[m[g]:m[g+1]])
						first, _, _ := strings.Cut(strings.ToLower(v), " ")
						if v == "" || seen[v] || skip[first] || parse.IsRedacted(v) || personsWords(x, body, m[0], m[1]) || holderWith(body, m[0]) {
							break
						}
						seen[v] = true
						fs = append(fs, rule.Finding{Message: "body names the " + what + " \"" + clip(v, 120) + "\"", Evidence: []rule.Evidence{bodyEvidence(x, at(m[0]))}})
						break
					}
				}
			}
			addAny("permission, role or scope it lacks", needNamedRe, nil)
			addAny("permissions that would allow it", needOneOfRe, nil)
			addAny("permission, role or scope it lacks", theNamedRe, nil)
			addAny("permission, role or scope it lacks", nounNamedRe, nil)
			addAny("action it has no permission for", noPermsForRe, nil)
			addAny("permission it lacks", hasNoPermRe, notGrantWords)
			addAny("permission, role or scope in the error", grantKeyRe, nil)
			addAny("permission, role or scope it lacks", colonNamedRe, nil)
			addAny("role or group it lacks", capNamedRe, capNamedNot)
			addAny("policy, role or group in the error", quotedVerbRe, nil)
			addAny("permission, role or scope it lacks", expectedRe, nil)
			addAny("permission it lacks", deniedColRe, nil)
			addAny("roles, groups or permissions that would allow it", listedRe, nil)
			if strings.Contains(body, "insufficient_scope") {
				addAny("scope the resource requires", scopeMemberRe, nil)
			}
		}
		reportCapped(p, fs)
	},
}

// unescapedQuotes returns s with the quotes a JSON string escapes written
// plainly (`\"`, `\u0027`, `\u0022`: .NET's and Drupal's JSON write an
// apostrophe as \u0027; a log record quoting a JSON body escapes its
// quotes), so a quoted name reads as quoted, and a function from an offset
// in it to the same place in s.
func unescapedQuotes(s string) (string, func(int) int) {
	if !strings.Contains(s, `\"`) && !strings.Contains(s, `\u002`) {
		return s, func(i int) int { return i }
	}
	var b strings.Builder
	var from, to []int // the quote at decoded offset from[k] stands for the escape ending at s's offset to[k]
	for i := 0; i < len(s); {
		n, q := 0, byte(0)
		switch {
		case strings.HasPrefix(s[i:], `\"`):
			n, q = 2, '"'
		case strings.HasPrefix(s[i:], `\u0027`):
			n, q = 6, '\''
		case strings.HasPrefix(s[i:], `\u0022`):
			n, q = 6, '"'
		}
		if n == 0 {
			b.WriteByte(s[i])
			i++
			continue
		}
		from, to = append(from, b.Len()), append(to, i+n-1)
		b.WriteByte(q)
		i += n
	}
	return b.String(), func(i int) int {
		k := sort.SearchInts(from, i+1) - 1 // the last escape at or before i
		if k < 0 {
			return i
		}
		return to[k] + i - from[k]
	}
}

// requestSecrets lists credential values the request carried, with a label.
// Handshake schemes (NTLM, Negotiate, Digest) are left out: their tokens are
// exchanged back and forth by design.
func requestSecrets(q *parse.Request) (vals, labels []string) {
	if q == nil {
		return nil, nil
	}
	add := func(v, label string, min int) {
		v = strings.TrimSpace(v)
		if len(v) >= min && !parse.IsRedacted(v) {
			vals, labels = append(vals, v), append(labels, label)
		}
	}
	for _, f := range q.Fields {
		name := strings.ToLower(f.Name)
		switch {
		case name == "authorization" || name == "proxy-authorization":
			scheme, rest, _ := strings.Cut(strings.TrimSpace(f.Value), " ")
			switch strings.ToLower(scheme) {
			case "ntlm", "negotiate", "kerberos", "digest":
				continue
			case "basic":
				add(rest, f.Name+" Basic credential", 8)
				if _, pass, ok := basicUser(f.Value); ok {
					add(pass, "password from the "+f.Name+" Basic credential", 6)
				}
			default:
				add(rest, f.Name+" "+scheme+" token", 12)
			}
		case name == "cookie":
			for _, part := range strings.Split(f.Value, ";") {
				n, v, _ := strings.Cut(strings.TrimSpace(part), "=")
				add(v, "cookie "+n, 16)
			}
		case parse.IsAPIKeyHeader(name) && name != "x-csrf-token":
			add(f.Value, f.Name+" value", 12)
		}
	}
	return vals, labels
}

// AT7032: the response repeats a credential the request sent.
var AT7032 = rule.Rule{
	ID:    "AT7032",
	Name:  "credential-echo",
	Title: "Response repeats a credential the request sent",
	Doc: "The response body or a response header contains a secret the request carried: its token, API key, session cookie or password. " +
		"Error responses are logged, cached, shown in browser consoles and pasted into bug reports far more freely than requests are, so echoing a credential spreads it. " +
		"Reflected tokens in HTML pages can also be read by injected scripts.",
	Fix:      "Never copy credentials into responses or error messages; when a message must refer to one, show a short prefix or a fingerprint. Rotate the credential if the response has been shared.",
	Severity: rule.Medium,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{rfc6750_5_1, cwe200},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil || x.Request == nil {
			return
		}
		vals, labels := requestSecrets(x.Request)
		if len(vals) == 0 {
			return
		}
		body := scanBody(x)
		var fs []rule.Finding
		for i, v := range vals {
			hint := " (starts \"" + clip(v, 4) + "\")"
			if strings.HasPrefix(labels[i], "password") {
				hint = "" // even four characters of a password are too many
			}
			if j := echoedAt(x, body, v); j >= 0 {
				fs = append(fs, rule.Finding{Message: "body repeats the " + labels[i] + hint, Evidence: []rule.Evidence{bodyEvidence(x, j)}})
				continue
			}
			for _, f := range x.Response.Fields {
				if strings.EqualFold(f.Name, "set-cookie") || !strings.Contains(f.Value, v) {
					continue
				}
				ev := rule.Evidence{Exchange: x.Index, Where: "response header", Pos: f.Pos, Text: f.Name + ": (value holds the credential)"}
				fs = append(fs, rule.Finding{Message: f.Name + " header repeats the " + labels[i] + hint, Evidence: []rule.Evidence{ev}})
				break
			}
		}
		reportCapped(p, fs)
	},
}

// echoedAt returns where the body holds the request's credential v, or -1:
// an occurrence on the paste line a request field was read from is that
// field (a paste read as a body with the request's lines in it), not
// an echo.
func echoedAt(x *parse.Exchange, body, v string) int {
	for from, n := 0, 0; n < 8; n++ {
		j := strings.Index(body[from:], v)
		if j < 0 {
			return -1
		}
		j += from
		line := x.Response.Body.LinePos(j).Line
		own := false
		for _, f := range x.Request.Fields {
			// (the value may stand on the line under its name, as DevTools
			// copies put it)
			if (f.Pos.Line == line || f.Pos.Line+1 == line) && strings.Contains(f.Value, v) {
				own = true
				break
			}
		}
		if !own {
			return j
		}
		from = j + len(v)
	}
	return -1
}

// AT7033: S3 signature errors echo the signing material.
var AT7033 = rule.Rule{
	ID:    "AT7033",
	Name:  "s3-signature-echo",
	Title: "S3 signature error echoes the access key id and signing strings",
	Doc: "Amazon S3 (and S3-compatible servers) answer a bad signature with `SignatureDoesNotMatch` and copy the material they signed into the body: `AWSAccessKeyId`, `StringToSign`, `CanonicalRequest` and their byte dumps. " +
		"That makes the error easy to debug (compare the server's canonical request with the one your client built) but the access key id and the signed headers (sometimes a session token) are now in the paste. " +
		"`InvalidAccessKeyId` likewise echoes the key id and says it does not exist, which tells keys that exist from keys that do not.",
	Fix:      "Compare the echoed CanonicalRequest with your client's (header order, URL encoding, payload hash, clock); before sharing the paste, remove the access key id and any x-amz-security-token.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{awsIAMDenied, cwe209},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		body := scanBody(x)
		var code string
		switch {
		case strings.Contains(body, "<Code>SignatureDoesNotMatch</Code>"):
			code = "SignatureDoesNotMatch"
		case strings.Contains(body, "<Code>InvalidAccessKeyId</Code>"):
			code = "InvalidAccessKeyId"
		default:
			return
		}
		var parts []string
		first := -1
		for _, el := range []string{"AWSAccessKeyId", "StringToSign", "CanonicalRequest", "StringToSignBytes", "CanonicalRequestBytes", "SignatureProvided"} {
			i := strings.Index(body, "<"+el+">")
			if i < 0 {
				continue
			}
			if first < 0 || i < first {
				first = i
			}
			if el == "AWSAccessKeyId" {
				v := body[i+len(el)+2:]
				if j := strings.IndexByte(v, '<'); j >= 0 {
					v = v[:j]
				}
				el += " " + clip(v, 8)
			}
			parts = append(parts, el)
		}
		if first < 0 {
			return
		}
		p.Report(rule.Finding{Message: "S3 " + code + " body echoes " + strings.Join(parts, ", "), Evidence: []rule.Evidence{bodyEvidence(x, first)}})
	},
}

// clientIPMarkers are the words before which a block or rate-limit page
// prints the address it saw ("Your IP: …", "rate limit exceeded for …"):
// the address may come a little further on.
var clientIPMarkers = []string{"Your IP", "your IP", "Your IP address", "rate limit exceeded for ", "Your IP Address"}

// clientIPLabels are labels a block page puts right before the address it
// saw (Google's "IP address: …" and its Chinese "IP 地址：…", a
// firewall's "Client IP: …"): the address must follow the label at once,
// or the label is a person's ("the log lines have the IP address:").
var clientIPLabels = []string{"IP address:", "IP Address:", "Client IP:", "IP 地址", "IP地址"}

// labelEnd returns where the value after a label starts in win: past the
// colon (ASCII or full-width) and the blanks around it.
func labelEnd(win string) int {
	i := 0
	for i < len(win) && i < 8 && (win[i] == ' ' || win[i] == '\t' || win[i] == ':') {
		i++
	}
	if strings.HasPrefix(win[i:], "：") {
		i += len("：")
		for i < len(win) && win[i] == ' ' {
			i++
		}
	}
	return i
}

// ipv6After returns the IPv6 address that opens win, after the label's
// colon and blanks ("Your IP: 2001:db8::7", "IP 地址：2001:db8::7"): its
// offset and text. A masked one ("2a02:***:…") is no address.
func ipv6After(win string) (int, string, bool) {
	i := labelEnd(win)
	j := i
	for j < len(win) && (digitByte(win[j]) || win[j]|0x20 >= 'a' && win[j]|0x20 <= 'f' || win[j] == ':' || win[j] == '.') {
		j++
	}
	ip := strings.TrimRight(win[i:j], ".:")
	if !urlparts.IsIPv6(ip) {
		return 0, "", false
	}
	return i, ip, true
}

var clientIPHeaders = []string{"docker-ratelimit-source", "x-your-ip", "x-client-ip", "x-real-ip", "x-forwarded-for", "cf-connecting-ip", "x-originating-ip", "true-client-ip"}

// AT7034: the caller's own address in the response.
var AT7034 = rule.Rule{
	ID:    "AT7034",
	Name:  "client-ip-in-response",
	Title: "Response shows the client's IP address",
	Doc: "Block pages and rate-limit messages often print the address they saw (\"Your IP: …\", \"API rate limit exceeded for …\", Docker Hub's `docker-ratelimit-source`). " +
		"That is not a flaw of the server, but the address now sits in your paste: it can locate you or your company's egress, so remove it before posting the exchange publicly. " +
		"It also tells you which address the server counted, which matters for IP allow-lists and rate limits behind NAT or a proxy.",
	Fix:      "Replace the address with a placeholder before sharing; if the server counted the wrong address, check what your proxy or NAT presents.",
	Severity: rule.Info,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{cwe200},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		seen := map[string]bool{}
		var fs []rule.Finding
		for _, name := range clientIPHeaders {
			for _, f := range x.Response.Fields.All(name) {
				_, ips := ipv4s(f.Value, 4)
				for _, ip := range ips {
					if !seen[ip] {
						seen[ip] = true
						fs = append(fs, rule.Finding{Message: f.Name + " header shows the client address " + ip, Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
					}
				}
			}
		}
		body := leakBody(x)
		for _, marker := range append(clientIPMarkers[:len(clientIPMarkers):len(clientIPMarkers)], clientIPLabels...) {
			tight := slices.Contains(clientIPLabels, marker)
			for from := 0; ; {
				i := strings.Index(body[from:], marker)
				if i < 0 {
					break
				}
				i += from
				from = i + len(marker)
				win := body[from:]
				if len(win) > 300 {
					win = win[:300]
				}
				offs, ips := ipv4s(win, 1)
				if off, ip, ok := ipv6After(win); ok && (len(ips) == 0 || off < offs[0]) {
					offs, ips = []int{off}, []string{ip}
				}
				if len(ips) == 0 || tight && offs[0] != labelEnd(win) {
					continue
				}
				if !seen[ips[0]] {
					seen[ips[0]] = true
					fs = append(fs, rule.Finding{Message: "body shows the client address " + ips[0], Evidence: []rule.Evidence{bodyEvidence(x, from+offs[0])}})
				}
			}
		}
		reportCapped(p, fs)
	},
}
