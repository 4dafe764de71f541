package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Rules about the Basic, Digest, NTLM and Negotiate schemes (RFC 7617, RFC
// 7616, RFC 4559, [MS-NLMP]).

// AT1011: Basic charset other than UTF-8.
var AT1011 = rule.Rule{
	ID:       "AT1011",
	Name:     "basic-bad-charset",
	Title:    "Basic challenge with a charset other than UTF-8",
	Doc:      "RFC 7617 defines one value for Basic's `charset` parameter: `UTF-8`. It tells the client how to encode user names and passwords that are not plain ASCII. Any other value is not defined, so clients ignore it or fail, and a password with accented letters may be encoded differently from what the server compares against.",
	Fix:      "Send `charset=\"UTF-8\"` (and make the server decode credentials as UTF-8), or leave the parameter out.",
	Example:  "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"intranet\", charset=\"UTF-8\"",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{rfc7617_2_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range prChallenges(p) {
			if !strings.EqualFold(c.Scheme, "basic") {
				continue
			}
			if cs, ok := c.Param("charset"); ok && !strings.EqualFold(strings.TrimSpace(cs), "utf-8") {
				p.Report(rule.Finding{Message: "Basic challenge declares charset=" + prQ(cs) + "; the only defined value is \"UTF-8\"",
					Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
			}
		}
	},
}

// AT1012: Basic or Digest over plain HTTP.
var AT1012 = rule.Rule{
	ID:       "AT1012",
	Name:     "password-scheme-over-http",
	Title:    "Basic or Digest challenge on a plain-HTTP URL",
	Doc:      "Basic sends the user name and password base64-encoded, which anyone on the network path can decode; Digest hides the password but still exposes the user name and lets an eavesdropper attack the hash offline or downgrade the client. Over `http://` both hand credentials to every network in between (RFC 7617 §4, RFC 7616 §5). A client that answers this challenge leaks the password; many modern clients refuse to.",
	Fix:      "Serve the protected resource over HTTPS only and redirect `http://` requests there before any challenge is sent.",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC7617_4, pRFC7616_5_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if prScheme(x) != "http" {
			return
		}
		for _, c := range p.Facts.Challenges {
			s := strings.ToLower(c.Scheme)
			if s != "basic" && s != "digest" {
				continue
			}
			p.Report(rule.Finding{Message: c.Scheme + " challenge for the plain-HTTP URL " + prQ(prURL(x)) + ": credentials sent in answer cross the network unencrypted",
				Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false), requestEvidence(x)}})
			return
		}
	},
}

// AT1013: Digest stale=true.
var AT1013 = rule.Rule{
	ID:       "AT1013",
	Name:     "digest-stale-nonce",
	Title:    "Digest challenge with stale=true: only the nonce expired",
	Doc:      "With `stale=true` the server says the request's digest was computed correctly, with the right password, but over a nonce that has expired. The user's credentials are fine; the client should recompute the response with the new nonce in this challenge and retry without asking the user again (RFC 7616 §3.3). A client that prompts again, or gives up, here has a nonce-handling bug.",
	Fix:      "Retry automatically with the nonce from this challenge; if that loops, check the server's nonce lifetime and clock, and that a load balancer is not sending requests to servers that do not share nonces.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC7616_3_3},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range prChallenges(p) {
			if !strings.EqualFold(c.Scheme, "digest") {
				continue
			}
			if v, ok := c.Param("stale"); ok && strings.EqualFold(strings.TrimSpace(v), "true") {
				ev := fieldEvidence(x, c.Field, false)
				p.Report(rule.Finding{Message: "Digest challenge says stale=true: the digest was valid but the nonce expired; retry with the new nonce without prompting",
					Evidence: []rule.Evidence{ev}})
				p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignDigestStale,
					Reason:   "the Digest challenge says stale=true: the password was right but the nonce had expired, so the client only needs to retry with the new nonce",
					Evidence: &ev})
				return
			}
		}
	},
}

// AT1014: Digest with only MD5.
var AT1014 = rule.Rule{
	ID:       "AT1014",
	Name:     "digest-md5-only",
	Title:    "Digest challenges offer only the MD5 algorithm",
	Doc:      "RFC 7616 added SHA-256 and SHA-512/256 to Digest and keeps MD5 only for backward compatibility. A server that offers only MD5 (or names no algorithm, which means MD5) lets anyone who captures one exchange attack the password hash offline with a fast, broken hash. Clients that support SHA-256 cannot use it unless the server offers it.",
	Fix:      "Offer a SHA-256 challenge first and keep MD5 only as a fallback for old clients: `WWW-Authenticate: Digest realm=\"api\", algorithm=SHA-256, qop=\"auth\", nonce=\"…\"`; better, move to TLS with a token scheme.",
	Severity: rule.Low,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC7616_3_3, pRFC7616_5_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		var digest []rule.Challenge
		var algs []string
		for _, c := range prChallenges(p) {
			if !strings.EqualFold(c.Scheme, "digest") {
				continue
			}
			digest = append(digest, c)
			alg, ok := c.Param("algorithm")
			if !ok {
				alg = "MD5 (default)"
			}
			u := strings.ToUpper(strings.TrimSpace(alg))
			if !strings.HasPrefix(u, "MD5") {
				return
			}
			algs = append(algs, alg)
		}
		if len(digest) == 0 {
			return
		}
		p.Report(rule.Finding{Message: "Digest challenges offer only " + prSchemeList(algs),
			Evidence: []rule.Evidence{fieldEvidence(x, digest[0].Field, false)}})
	},
}

// AT1015: NTLM type-2 challenge names internal hosts.
var AT1015 = rule.Rule{
	ID:       "AT1015",
	Name:     "ntlm-challenge-leak",
	Title:    "NTLM challenge reveals internal domain and host names",
	Doc:      "An NTLM type-2 message, sent base64-encoded in `NTLM <blob>` or `Negotiate <blob>`, carries a target-information block with the server's NetBIOS and DNS domain and computer names, the forest name, and usually its Windows build. Anyone who can start a handshake can decode it offline, so the response gives away internal naming and the OS version before any credential is checked. Scanners (nmap's http-ntlm-info) collect exactly this.",
	Fix:      "Do not expose NTLM to untrusted networks: offer Kerberos/Negotiate only inside the domain, or put the service behind a reverse proxy that authenticates with a token scheme; Windows cannot strip these fields from NTLM itself.",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pMsNLMPChal, pMsNLMPAV},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		for _, c := range prChallenges(p) {
			s := strings.ToLower(c.Scheme)
			if (s != "ntlm" && s != "negotiate") || c.Token68 == "" {
				continue
			}
			d, err := fields.DecodeNTLMChallenge(c.Token68)
			if err != nil {
				continue
			}
			names := d.Names()
			if len(names) == 0 && d.OSVersion == "" {
				continue
			}
			var parts []string
			for _, n := range names {
				parts = append(parts, n[0]+" "+prQ(n[1]))
			}
			if d.OSVersion != "" {
				parts = append(parts, "Windows version "+d.OSVersion)
			}
			p.Report(rule.Finding{Message: c.Scheme + " type-2 challenge in " + c.Field.Name + " reveals " + strings.Join(parts, ", "),
				Evidence: []rule.Evidence{fieldEvidence(x, c.Field, false)}})
		}
	},
}

// AT1016: Windows integrated authentication.
var AT1016 = rule.Rule{
	ID:       "AT1016",
	Name:     "windows-integrated-auth",
	Title:    "Negotiate or NTLM challenge: Windows integrated authentication",
	Doc:      "`Negotiate` (Kerberos, falling back to NTLM) and `NTLM` are Windows integrated authentication: the client proves the logged-in Windows identity in a multi-step handshake instead of sending a password. It only works when the client is set up for it: curl needs `--negotiate -u :` or `--ntlm -u user`, browsers only answer for sites they trust for it (the intranet zone, or an allow-list policy), and Kerberos needs a ticket for the server's SPN. The first 401/407 of the handshake is expected; a final 401 after the handshake means the identity was refused or the handshake broke (often a proxy that does not keep the connection open, which NTLM requires).",
	Fix:      "Use a client configured for integrated auth (`curl --negotiate -u :`, the site added to the browser's intranet/allow-list), keep connections alive through proxies, or ask for a token-based endpoint instead.",
	Severity: rule.Info,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC4559_4, pMsNLMPChal},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || (r.Status != 401 && r.Status != 407) {
			return
		}
		chs := p.Facts.Challenges
		if r.Status == 407 {
			chs = p.Facts.ProxyChallenges
		}
		var schemes []string
		var first rule.Challenge
		blob := false
		for _, c := range chs {
			s := strings.ToLower(c.Scheme)
			if s != "ntlm" && s != "negotiate" {
				continue
			}
			if len(schemes) == 0 {
				first = c
			}
			schemes = append(schemes, c.Scheme)
			blob = blob || c.Token68 != ""
		}
		if len(schemes) == 0 {
			return
		}
		who := "the server"
		if r.Status == 407 {
			who = "the proxy"
		}
		msg := who + " offers " + prSchemeList(schemes) + ": Windows integrated authentication, which needs a client set up for it (curl --negotiate or --ntlm)"
		if blob {
			if _, sent, ok := prAuthField(x, r.Status == 407); ok && (strings.EqualFold(sent, "ntlm") || strings.EqualFold(sent, "negotiate")) {
				return // AT1008 explains the handshake step
			}
			msg = who + " sent a " + first.Scheme + " challenge blob: a handshake is in progress and the client must answer on the same connection"
		}
		p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{fieldEvidence(x, first.Field, false)}})
	},
}

// rawTokenHosts are the services whose documented Authorization value is
// the bare token, with no scheme in front: AWS AppSync and API Gateway
// with a Cognito user pool authorizer read the JWT itself.
var rawTokenHosts = []string{".appsync-api.", ".execute-api."}

// bareJWT reports whether v is a JWT written alone, where a scheme and the
// token belong ("eyJhbGciOi….eyJzdWIi….sig"): three dot-separated parts,
// the first a base64url JSON object, no space.
func bareJWT(v string) bool {
	v = strings.TrimSpace(v)
	return len(v) > 20 && strings.HasPrefix(v, "eyJ") && strings.Count(v, ".") == 2 && !strings.ContainsAny(v, " \t")
}

// AT1055: a token sent in Authorization with no scheme in front of it.
var AT1055 = rule.Rule{
	ID:       "AT1055",
	Name:     "token-without-scheme",
	Title:    "Token sent in Authorization without its scheme",
	Doc:      "The value of `Authorization` is a scheme followed by the credential (`Bearer <token>`, RFC 9110 §11.6.2, RFC 6750 §2.1). Here the request sent a JWT alone, so a server reads the token itself as the name of an unknown scheme and finds no credential: the caller is anonymous to it, and the 401 or 403 says nothing about the token's validity, expiry or permissions. It happens when code copies a token into the header without the `Bearer ` prefix, or follows the documentation of a service that takes the bare token (AWS AppSync and API Gateway with Cognito do) when calling one that does not.",
	Fix:      "Send the token with its scheme: `Authorization: Bearer <token>`, then retry.",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{pRFC9110_11_6_2, pRFC6750_2_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || x.Request == nil || r.Status != 401 && r.Status != 403 {
			return
		}
		f, ok := x.Request.Fields.Lookup("authorization")
		if !ok || !bareJWT(f.Value) {
			return
		}
		host := strings.ToLower(hostOf(x))
		for _, h := range rawTokenHosts {
			if strings.Contains(host, h) {
				return
			}
		}
		ev := fieldEvidence(x, f, true)
		p.Report(rule.Finding{
			Message:  "request sent a JWT in " + f.Name + " with no scheme in front of it: the server reads the token as the name of an unknown scheme, so the " + itoa(r.Status) + " answers a request it could not identify",
			Evidence: []rule.Evidence{ev, statusEvidence(x)}})
		for _, h := range p.Facts.Vendor {
			if h.Kind.Infra() {
				return // an edge, a limit or a CSRF check answered, whoever called
			}
		}
		p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignBareToken,
			Reason:   "the request sent its token in " + f.Name + " with no scheme (Bearer) in front, so the server could not read it as a credential: the caller was never identified",
			Evidence: &ev})
	},
}
