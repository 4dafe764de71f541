package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/rule"
)

// at7 holds information-leak rules.
var at7 = []*rule.Rule{&AT7001, &AT7002}

// hasVersion reports whether a product token carries a version: a digit after a
// '/', or a dotted number ("nginx/1.14.2", "Microsoft-IIS/10.0", "Apache/2.4.6 (Ubuntu)").
func hasVersion(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if v[i] == '/' && v[i+1] >= '0' && v[i+1] <= '9' {
			return true
		}
	}
	for i := 0; i+2 < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' && v[i+1] == '.' && v[i+2] >= '0' && v[i+2] <= '9' {
			return true
		}
	}
	return false
}

// AT7001: Server names a version.
var AT7001 = rule.Rule{
	ID:       "AT7001",
	Name:     "server-version-leak",
	Title:    "Server header reveals a software version",
	Doc:      "A `Server` value with a version number (and sometimes the OS and modules) tells anyone probing the site exactly which vulnerabilities to try. RFC 9110 §10.2.4 asks origin servers not to send needlessly fine-grained detail. On an error response the banner helps no legitimate client.",
	Fix:      "Send the product name alone or nothing: `server_tokens off;` in nginx, `ServerTokens Prod` with `ServerSignature Off` in Apache, `removeServerHeader` in IIS.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{rfc9110_10_2_4, owaspInfoLeak},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		for _, f := range x.Response.Fields.All("server") {
			if hasVersion(f.Value) {
				p.Report(rule.Finding{Message: "Server header names \"" + quote(f.Value) + "\"", Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			}
		}
	},
}

// AT7002: X-Powered-By and friends.
var AT7002 = rule.Rule{
	ID:       "AT7002",
	Name:     "x-powered-by-leak",
	Title:    "X-Powered-By or X-AspNet-Version header reveals the stack",
	Doc:      "`X-Powered-By`, `X-AspNet-Version` and `X-AspNetMvc-Version` serve no client; they only tell an attacker the framework and often its exact version.",
	Fix:      "Remove the header: `app.disable('x-powered-by')` in Express, `expose_php = Off` in PHP, `<httpRuntime enableVersionHeader=\"false\"/>` and removing the custom header in IIS.",
	Severity: rule.Low,
	Category: rule.CatLeak,
	Refs:     []rule.Ref{owaspInfoLeak},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		for _, f := range x.Response.Fields {
			switch strings.ToLower(f.Name) {
			case "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version":
				p.Report(rule.Finding{Message: f.Name + " header names \"" + quote(f.Value) + "\"", Evidence: []rule.Evidence{fieldEvidence(x, f, false)}})
			}
		}
	},
}
