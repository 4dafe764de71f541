package rules

import (
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/signature"
)

// at6Demands compares what the credentials carry (a JWT's scope, audience,
// issuer, tenant and roles; GitHub's X-OAuth-Scopes) with what the response
// demands (the challenge's scope and resource, scope headers, the error's
// own words), AT6105–AT6108. Every finding quotes both sides.
var at6Demands = []*rule.Rule{&AT6105, &AT6106, &AT6107, &AT6108}

// maxDemandScan bounds how much of a body is searched for demands.
const maxDemandScan = 64 << 10

// side is one statement of scopes, audiences or roles, with where it was.
type side struct {
	vals  []string
	anyOf bool // demands only: one value suffices
	what  string
	ev    rule.Evidence
}

func demandBody(x *parse.Exchange) string {
	if x.Response == nil {
		return ""
	}
	t := x.Response.Body.Text
	if len(t) > maxDemandScan {
		t = t[:maxDemandScan]
	}
	return t
}

// demandLowerFact is demandBody ASCII lower-cased (byte offsets those of
// the body), worked out once per exchange: the scope and the role rules
// both read it.
var demandLowerFact *rule.Fact[string]

func init() { demandLowerFact = rule.NewFact[string]("rules.demandLower") }

// demandLower is the pass's exchange's demandBody, ASCII lower-cased.
func demandLower(p *rule.Pass) string {
	return rule.Get(p.Facts, demandLowerFact, func() string { return signature.ASCIILower(demandBody(p.Exchange)) })
}

// splitList splits "a, b", "a b", "['a', 'b']" and "[a,b]" into values.
func splitList(s string) []string {
	s = strings.Trim(strings.TrimSpace(s), "[]")
	var out []string
	for _, v := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		v = strings.Trim(v, `'"`+"`")
		if v != "" && len(out) < 64 {
			out = append(out, v)
		}
	}
	return out
}

// bracketAfter returns the text of the first [...] after marker in s, its
// offset, and whether it was found; the list must close within 400 bytes.
func bracketAfter(s, marker string) (string, int, bool) {
	i := strings.Index(s, marker)
	if i < 0 {
		return "", 0, false
	}
	j := i + len(marker)
	open := strings.IndexByte(s[j:min(len(s), j+40)], '[')
	if open < 0 {
		return "", 0, false
	}
	j += open
	end := strings.IndexByte(s[j:min(len(s), j+400)], ']')
	if end < 0 {
		return "", 0, false
	}
	return s[j : j+end+1], i, true
}

// quotedAfter returns the first '…', "…" or `…` value within span bytes
// after marker (case-insensitive), its offset in s, and whether one was found.
func quotedAfter(s, lower, marker string, span int) (string, int, bool) {
	i := strings.Index(lower, marker)
	if i < 0 {
		return "", 0, false
	}
	rest := s[i+len(marker) : min(len(s), i+len(marker)+span)]
	for k := 0; k < len(rest); k++ {
		c := rest[k]
		if c != '\'' && c != '"' && c != '`' {
			continue
		}
		end := strings.IndexByte(rest[k+1:], c)
		if end <= 0 {
			return "", 0, false
		}
		return rest[k+1 : k+1+end], i, true
	}
	return "", 0, false
}

// listAfter returns the values listed after marker, up to the end of the
// sentence or string ('a','b' or a, b), its offset, and whether it was found.
func listAfter(s, marker string) ([]string, int, bool) {
	i := strings.Index(s, marker)
	if i < 0 {
		return nil, 0, false
	}
	rest := s[i+len(marker) : min(len(s), i+len(marker)+400)]
	end := len(rest)
	for _, stop := range []string{". ", ", found", "\n", "\""} {
		if j := strings.Index(rest, stop); j >= 0 && j < end {
			end = j
		}
	}
	var out []string
	for _, v := range splitList(rest[:end]) {
		if v = strings.Trim(strings.TrimRight(v, "."), `'"`+"`"); v != "" {
			out = append(out, v)
		}
	}
	return out, i, len(out) > 0
}

// ----------------------------------------------------------------- scopes

// githubScopeParents lists, for GitHub's OAuth scopes, the scopes that
// include them (docs.github.com "Scopes for OAuth apps"). This and
// audienceAliases are lists the linker lays out (wordlist), not map literals
// built entry by entry by code at start.
var githubScopeParents = wordlist.Map[[]string]{
	{K: "repo:status", V: []string{"repo"}}, {K: "repo_deployment", V: []string{"repo"}}, {K: "public_repo", V: []string{"repo"}}, {K: "repo:invite", V: []string{"repo"}}, {K: "security_events", V: []string{"repo"}},
	{K: "write:repo_hook", V: []string{"admin:repo_hook"}}, {K: "read:repo_hook", V: []string{"write:repo_hook", "admin:repo_hook"}},
	{K: "write:org", V: []string{"admin:org"}}, {K: "read:org", V: []string{"write:org", "admin:org"}}, {K: "manage_runners:org", V: []string{"admin:org"}},
	{K: "write:public_key", V: []string{"admin:public_key"}}, {K: "read:public_key", V: []string{"write:public_key", "admin:public_key"}},
	{K: "read:user", V: []string{"user"}}, {K: "user:email", V: []string{"user"}}, {K: "user:follow", V: []string{"user"}},
	{K: "read:packages", V: []string{"write:packages"}}, {K: "read:discussion", V: []string{"write:discussion"}},
	{K: "write:gpg_key", V: []string{"admin:gpg_key"}}, {K: "read:gpg_key", V: []string{"write:gpg_key", "admin:gpg_key"}},
	{K: "read:enterprise", V: []string{"admin:enterprise"}}, {K: "manage_billing:enterprise", V: []string{"admin:enterprise"}},
}

func scopeGranted(want string, granted map[string]bool) bool {
	if granted[want] {
		return true
	}
	for _, p := range githubScopeParents.Get(want) {
		if scopeGranted(p, granted) {
			return true
		}
	}
	return false
}

// scopeGrants lists what the credentials are known to carry.
func scopeGrants(p *rule.Pass) []side {
	x := p.Exchange
	var out []side
	for _, t := range requestTokensOf(p) {
		if len(t.tok.Scopes) > 0 {
			out = append(out, side{vals: t.tok.Scopes, what: "the token in " + t.where, ev: t.ev})
		}
	}
	if r := x.Response; r != nil {
		if f, ok := r.Fields.Lookup("x-oauth-scopes"); ok {
			out = append(out, side{vals: splitList(f.Value), what: "X-OAuth-Scopes", ev: fieldEvidence(x, f, false)})
		}
		body := demandBody(x)
		if list, off, ok := bracketAfter(body, "granted the: "); ok {
			out = append(out, side{vals: splitList(list), what: "the error's list of granted scopes", ev: bodyEvidence(x, off)})
		}
		if v, off, ok := quotedAfter(body, body, `"provided":`, 8); ok {
			out = append(out, side{vals: splitList(v), what: "the error's provided scopes", ev: bodyEvidence(x, off)})
		}
	}
	return out
}

// scopeDemands lists the scopes the response asks for.
func scopeDemands(p *rule.Pass) []side {
	x := p.Exchange
	r := x.Response
	var out []side
	for _, c := range p.Facts.Challenges {
		if !strings.EqualFold(c.Scheme, "bearer") {
			continue
		}
		if v, ok := c.Param("scope"); ok && strings.TrimSpace(v) != "" {
			out = append(out, side{vals: strings.Fields(v), what: "the challenge's scope", ev: fieldEvidence(x, c.Field, false)})
		}
	}
	if f, ok := r.Fields.Lookup("x-accepted-oauth-scopes"); ok && strings.TrimSpace(f.Value) != "" {
		out = append(out, side{vals: splitList(f.Value), anyOf: true, what: "X-Accepted-OAuth-Scopes", ev: fieldEvidence(x, f, false)})
	}
	body := demandBody(x)
	lower := demandLower(p) // byte offsets must stay those of body
	if list, off, ok := bracketAfter(body, "one of the following scopes: "); ok {
		out = append(out, side{vals: splitList(list), anyOf: true, what: "the error", ev: bodyEvidence(x, off)})
	}
	if list, off, ok := bracketAfter(body, "does not contain scopes:"); ok {
		out = append(out, side{vals: splitList(list), what: "the error", ev: bodyEvidence(x, off)})
	}
	if v, off, ok := quotedAfter(body, lower, "missing the ", 4); ok && strings.Contains(lower[off:min(len(lower), off+len(v)+30)], "scope") {
		out = append(out, side{vals: []string{v}, what: "the error", ev: bodyEvidence(x, off)})
	}
	if v, off, ok := quotedAfter(body, body, `"needed":`, 8); ok {
		out = append(out, side{vals: splitList(v), what: "the error's needed scope", ev: bodyEvidence(x, off)})
	}
	if strings.Contains(body, "insufficient_scope") {
		if v, off, ok := quotedAfter(body, body, `"scope":`, 8); ok {
			out = append(out, side{vals: strings.Fields(v), what: "the error's scope", ev: bodyEvidence(x, off)})
		}
	}
	return out
}

func list(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = prQ(v)
	}
	return strings.Join(q, ", ")
}

// AT6105: the token's scopes against the scopes asked for.
var AT6105 = rule.Rule{
	ID:       "AT6105",
	Name:     "token-scope-short",
	Title:    "The credentials' scopes against the scopes the response asks for",
	Doc:      "An OAuth access token is limited to its scopes. When a response names the scope it needs (RFC 6750's `scope` attribute on a Bearer challenge, GitHub's `X-Accepted-OAuth-Scopes`, Slack's `needed`, an error listing required scopes) and the token's own scopes are readable (a JWT's `scope` or `scp` claim, GitHub's `X-OAuth-Scopes`, Slack's `provided`), comparing the two answers the refusal directly: a token without the scope needs a new grant, not a retry. GitHub also answers 404 instead of 403 for private resources a token cannot reach, so the headers are the only clue. GitHub's scope hierarchy is applied (`repo` includes `public_repo`, `admin:org` includes `read:org`).",
	Fix:      "Request a token that includes one of the scopes the endpoint accepts (for GitHub: `gh auth refresh -s <scope>` or a new personal access token with it), then retry.",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC6750_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 0 && r.Status < 400) {
			return
		}
		demands := scopeDemands(p)
		if len(demands) == 0 {
			return
		}
		grants := scopeGrants(p)
		if len(grants) == 0 {
			return
		}
		for _, g := range grants {
			have := map[string]bool{}
			for _, s := range g.vals {
				have[s] = true
			}
			for _, d := range demands {
				var missing []string
				for _, s := range d.vals {
					if !scopeGranted(s, have) {
						missing = append(missing, s)
					}
				}
				ok := len(missing) == 0 || (d.anyOf && len(missing) < len(d.vals))
				granted := "no scope"
				if len(g.vals) > 0 {
					granted = "scope " + list(g.vals)
				}
				if ok {
					p.Report(rule.Finding{Message: g.what + " grants " + granted + ", which covers what " + d.what + " asks for (" + list(d.vals) + "): the refusal is not about the token's scope",
						Evidence: []rule.Evidence{g.ev, d.ev}})
					return
				}
				need := list(missing)
				if d.anyOf {
					need = "one of " + list(d.vals)
				}
				msg := g.what + " grants " + granted + " but " + d.what + " asks for " + need + ": the token lacks the scope"
				p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{g.ev, d.ev}})
				ev := d.ev
				p.Signal(rule.Signal{Class: rule.Authorization, Sign: rule.SignScopeMissing,
					Reason: msg, Evidence: &ev})
				return
			}
		}
	},
}

// ---------------------------------------------------------------- audience

// audienceAliases lists API hosts that accept tokens issued for another
// audience host, and hosts whose subdomains take a parent audience.
var audienceAliases = wordlist.Map[[]string]{
	{K: "management.azure.com", V: []string{"management.core.windows.net"}},
	{K: "management.core.windows.net", V: []string{"management.azure.com"}},
	{K: "blob.core.windows.net", V: []string{"storage.azure.com"}},
	{K: "queue.core.windows.net", V: []string{"storage.azure.com"}},
	{K: "table.core.windows.net", V: []string{"storage.azure.com"}},
	{K: "file.core.windows.net", V: []string{"storage.azure.com"}},
	{K: "dfs.core.windows.net", V: []string{"storage.azure.com"}},
	{K: "database.windows.net", V: []string{"database.windows.net"}},
}

// knownAPIAudience lists audience hosts of public APIs whose tokens are
// only valid for that API: a mismatch with the request host is certain.
var knownAPIAudience = wordlist.Set{
	"graph.microsoft.com", "management.azure.com", "management.core.windows.net",
	"vault.azure.net", "storage.azure.com", "database.windows.net",
	"api.loganalytics.io", "dev.azure.com", "graph.windows.net", "outlook.office.com",
}

func audURLHost(s string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.ToLower(strings.TrimSpace(s)), "https://")
	if !ok {
		rest, ok = strings.CutPrefix(strings.ToLower(strings.TrimSpace(s)), "http://")
		if !ok {
			return "", false
		}
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 && !strings.Contains(rest[i:], "]") {
		rest = rest[:i]
	}
	return rest, rest != ""
}

// requestHost returns the host the request went to, lower-cased.
func requestHost(x *parse.Exchange) string {
	q := x.Request
	if q == nil {
		return ""
	}
	if h, ok := audURLHost(q.URL); ok {
		return h
	}
	if h, ok := audURLHost(q.Target); ok {
		return h
	}
	h := strings.ToLower(strings.TrimSpace(q.Fields.Get("host")))
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	return h
}

func hostMatches(reqHost, audHost string) bool {
	if reqHost == audHost || strings.HasSuffix(reqHost, "."+audHost) {
		return true
	}
	for _, sa := range audienceAliases {
		if suffix := sa.K; reqHost == suffix || strings.HasSuffix(reqHost, "."+suffix) {
			for _, a := range sa.V {
				if a == audHost {
					return true
				}
			}
		}
	}
	return false
}

func sameAudience(a, b string) bool {
	n := func(s string) string { return strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), "/") }
	return n(a) == n(b)
}

// AT6106: the token's audience against the API it was sent to.
var AT6106 = rule.Rule{
	ID:       "AT6106",
	Name:     "token-audience-mismatch",
	Title:    "JWT audience (aud) against the API that refused it",
	Doc:      "A JWT is issued for an audience (`aud`, RFC 7519 §4.1.3) and an API must reject tokens meant for another one. A token for Microsoft Graph sent to Azure Resource Manager, an ID token sent where an access token is expected, or a token for a staging API sent to production all fail with 401 (`invalid_token`, IDX10214 \"Audience validation failed\", \"Audiences in Jwt are not allowed\") however valid the token is otherwise. The audience is compared with the challenge's `resource`, with the audience the error says it expected, and with the host the request went to (an `aud` that is a URL of another host).",
	Fix:      "Request the token for the API's own audience (Azure: the resource's scope such as `https://management.azure.com/.default`; OAuth: the `audience` or `resource` parameter) and send that token.",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_4_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 0 && r.Status < 400) {
			return
		}
		body := demandBody(x)
		for _, t := range requestTokensOf(p) {
			aud := t.tok.Audience
			if len(aud) == 0 {
				continue
			}
			audText := list(aud)
			report := func(msg string, demand rule.Evidence, strong bool) {
				p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{t.ev, demand}})
				if strong {
					ev := t.ev
					p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignAudienceMismatch,
						Reason: msg, Evidence: &ev})
				}
			}
			// the challenge's resource (Azure Key Vault, storage)
			for _, c := range p.Facts.Challenges {
				want, ok := c.Param("resource")
				if !ok {
					continue
				}
				match := false
				for _, a := range aud {
					if sameAudience(a, want) {
						match = true
					}
				}
				if !match {
					report("the token in "+t.where+" is for audience "+audText+" but the challenge asks for resource "+prQ(want)+": the server must reject a token for another API", fieldEvidence(x, c.Field, false), true)
					return
				}
			}
			// the audience the error expected (.NET IDX10214)
			for _, marker := range []string{"ValidAudience: '", "ValidAudiences: '"} {
				want, i, ok := singleQuotedAfter(body, marker)
				if !ok {
					continue
				}
				if want == "null" || want == "System.String" {
					continue
				}
				match := false
				for _, a := range aud {
					for _, w := range splitList(want) {
						if sameAudience(a, w) {
							match = true
						}
					}
				}
				if !match {
					report("the token in "+t.where+" is for audience "+audText+" but the API validates audience "+prQ(want), bodyEvidence(x, i), true)
					return
				}
			}
			// the audiences an error lists as expected (Azure ARM, Key Vault)
			for _, marker := range []string{"allowed audiences ", "Invalid audience. Expected "} {
				want, i, ok := listAfter(body, marker)
				if !ok {
					continue
				}
				match := false
				for _, a := range aud {
					for _, w := range want {
						if sameAudience(a, w) {
							match = true
						}
					}
				}
				if !match {
					report("the token in "+t.where+" is for audience "+audText+" but the API accepts "+list(want), bodyEvidence(x, i), true)
					return
				}
			}
			// the error quotes the token's own audience as the one it
			// refuses ("token audience api://crm-staging is not accepted",
			// "The audience 'api://x' is invalid")
			if a, i, ok := refusedAudience(body, aud); ok {
				report("the token in "+t.where+" is for audience "+prQ(a)+", and the error refuses that audience", bodyEvidence(x, i), true)
				return
			}
			if i := strings.Index(body, "Audiences in Jwt are not allowed"); i >= 0 {
				report("the token in "+t.where+" is for audience "+audText+", which the proxy's jwt rules do not list", bodyEvidence(x, i), true)
				return
			}
			// the host the request went to
			host := requestHost(x)
			if host == "" {
				continue
			}
			var hosts []string
			known := false
			for _, a := range aud {
				h, ok := audURLHost(a)
				if !ok {
					hosts = nil
					break // an audience that is not a URL (a client id, a GUID) cannot be compared with the host
				}
				if hostMatches(host, h) {
					hosts = nil
					break
				}
				hosts = append(hosts, h)
				if knownAPIAudience.Has(h) {
					known = true
				}
			}
			if len(hosts) > 0 {
				msg := "the token in " + t.where + " is for audience " + audText + " but the request went to " + host
				if known {
					msg += ": a token for that API is not valid here"
				} else {
					msg += ": if the API checks aud against its own URL, this token is for another API"
				}
				report(msg, requestEvidence(x), known)
				return
			}
		}
	},
}

// refusedAudience finds one of the token's audiences quoted in the error
// body near the word "audience" and a word of refusal (not accepted,
// invalid, not allowed, mismatch): the API names the audience it refuses.
// It returns the audience and its offset.
func refusedAudience(body string, aud []string) (string, int, bool) {
	low := lowered.Text(body)
	for _, a := range aud {
		if len(a) < 4 {
			continue
		}
		i := strings.Index(body, a)
		if i < 0 {
			continue
		}
		from, to := max(0, i-80), min(len(low), i+len(a)+80)
		near := low[from:to]
		if !strings.Contains(near, "audience") {
			continue
		}
		for _, w := range []string{"not accepted", "invalid", "not allowed", "mismatch", "not valid", "rejected", "does not match", "unexpected"} {
			if strings.Contains(near, w) {
				return a, i, true
			}
		}
	}
	return "", 0, false
}

// ------------------------------------------------------------ issuer, tenant

// guidIn returns the first GUID in s ("" when none).
func guidIn(s string) string {
	s = strings.ToLower(s)
	for i := 0; i+36 <= len(s); i++ {
		if isGUID(s[i : i+36]) {
			return s[i : i+36]
		}
	}
	return ""
}

func isGUID(s string) bool {
	for i := 0; i < 36; i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
				return false
			}
		}
	}
	return true
}

// AT6107: the token's issuer and tenant against the ones asked for.
var AT6107 = rule.Rule{
	ID:       "AT6107",
	Name:     "token-issuer-mismatch",
	Title:    "JWT issuer or tenant against the one the API trusts",
	Doc:      "An API accepts tokens from the issuers it trusts (`iss`, RFC 7519 §4.1.1); in multi-tenant identity providers such as Microsoft Entra ID the tenant is part of the issuer and travels in `tid`. A token from another tenant or another realm is rejected with 401 even when everything else is right. The token's issuer and tenant are compared with the tenant in the challenge (`authorization` or `authorization_uri`), and with the issuer the error says it expected (IDX10205, Keycloak's \"Invalid token issuer\").",
	Fix:      "Get the token from the issuer and tenant the API trusts: sign in to the right tenant (az login --tenant <id>), or use the realm's own token endpoint.",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_4_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 0 && r.Status < 400) {
			return
		}
		body := demandBody(x)
		for _, t := range requestTokensOf(p) {
			k := t.tok
			tenant, _ := k.Claims["tid"].(string)
			tenant = guidIn(tenant)
			if tenant == "" {
				tenant = guidIn(k.Issuer)
			}
			report := func(msg string, demand rule.Evidence) {
				p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{t.ev, demand}})
				ev := t.ev
				p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignIssuerMismatch, Reason: msg, Evidence: &ev})
			}
			if tenant != "" {
				for _, c := range p.Facts.Challenges {
					for _, name := range []string{"authorization", "authorization_uri"} {
						v, ok := c.Param(name)
						if !ok {
							continue
						}
						want := guidIn(v)
						if want != "" && want != tenant {
							report("the token in "+t.where+" comes from tenant "+tenant+" but the challenge names tenant "+want+" ("+name+"): the API only trusts its own tenant", fieldEvidence(x, c.Field, false))
							return
						}
					}
				}
			}
			if k.Issuer == "" {
				continue
			}
			for _, marker := range []string{"ValidIssuer: '", "Invalid token issuer. Expected '"} {
				want, i, ok := singleQuotedAfter(body, marker)
				if !ok {
					continue
				}
				if want == "null" || sameAudience(want, k.Issuer) {
					continue
				}
				report("the token in "+t.where+" was issued by "+prQ(k.Issuer)+" but the API expects issuer "+prQ(want), bodyEvidence(x, i))
				return
			}
			if want, i, ok := listAfter(body, "Invalid issuer. Expected one of "); ok {
				match := false
				for _, w := range want {
					if sameAudience(w, k.Issuer) {
						match = true
					}
				}
				if !match {
					report("the token in "+t.where+" was issued by "+prQ(k.Issuer)+" but the API expects "+list(want), bodyEvidence(x, i))
					return
				}
			}
			if i := strings.Index(body, "Jwt issuer is not configured"); i >= 0 {
				report("the token in "+t.where+" was issued by "+prQ(k.Issuer)+", an issuer the proxy's jwt rules do not list", bodyEvidence(x, i))
				return
			}
		}
	},
}

// ------------------------------------------------------------------ roles

// roleDemandWords are the phrases before the role an error demands, in the
// order AT6108 tries them (lower case).
var roleDemandWords = onePass{lists: [][]string{{"requires role", "required role", "missing role", "hasrole(", "hasanyrole(", "does not have role", "must have role"}}}

// AT6108: the token's roles against the role the error names.
var AT6108 = rule.Rule{
	ID:       "AT6108",
	Name:     "token-role-missing",
	Title:    "JWT roles against the role the error asks for",
	Doc:      "Role-based APIs read the caller's roles from the token (`roles`, Keycloak's `realm_access.roles`, Entra ID app roles). When the error names the role it requires and the token's roles are readable, the comparison says whether the refusal is the role: a token without it needs the role assigned and a new token, since roles are copied into the token when it is issued.",
	Fix:      "Assign the role to the user or application in the identity provider, then get a new token (the old one keeps its old roles until it expires).",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{pRFC7519_4_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 0 && r.Status < 400) {
			return
		}
		body := demandBody(x)
		lower := demandLower(p) // byte offsets must stay those of body
		var want string
		var off int
		var offs [8]int
		first := roleDemandWords.index(offs[:0], lower)
		for k, m := range roleDemandWords.lists[0] {
			if first[k] < 0 {
				continue // quotedAfter would not find it
			}
			if v, o, ok := quotedAfter(body, lower, m, 24); ok {
				want, off = v, o
				break
			}
		}
		if want == "" {
			return
		}
		// The first token sent is the one the server judged.
		toks := requestTokensOf(p)
		if len(toks) == 0 {
			return
		}
		{
			t := toks[0]
			roles := t.tok.Roles
			for _, r := range roles {
				if strings.EqualFold(strings.TrimPrefix(r, "ROLE_"), strings.TrimPrefix(want, "ROLE_")) {
					p.Report(rule.Finding{Message: "the token in " + t.where + " carries role " + prQ(r) + ", which the error asks for: the refusal is not about that role",
						Evidence: []rule.Evidence{t.ev, bodyEvidence(x, off)}})
					return
				}
			}
			has := "no roles claim"
			if len(roles) > 0 {
				has = "roles " + list(roles)
			}
			msg := "the token in " + t.where + " carries " + has + " but the error asks for role " + prQ(want)
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{t.ev, bodyEvidence(x, off)}})
			ev := t.ev
			p.Signal(rule.Signal{Class: rule.Authorization, Sign: rule.SignRoleMissing, Reason: msg, Evidence: &ev})
			return
		}
	},
}

// singleQuotedAfter returns the text between marker and the next single quote
// in body (.NET's "ValidAudience: 'x'") and the marker's offset, when marker
// is there and the value is 1 to 300 bytes long.
func singleQuotedAfter(body, marker string) (string, int, bool) {
	i := strings.Index(body, marker)
	if i < 0 {
		return "", 0, false
	}
	rest := body[i+len(marker):]
	end := strings.IndexByte(rest, '\'')
	if end <= 0 || end > 300 {
		return "", 0, false
	}
	return rest[:end], i, true
}
