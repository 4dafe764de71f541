package fields

import "strings"

// registeredSchemes are the schemes of the IANA HTTP Authentication Scheme
// Registry (https://www.iana.org/assignments/http-authschemes), lower-cased,
// with the document that defines each.
var registeredSchemes = map[string]string{
	"basic":         "RFC 7617",
	"bearer":        "RFC 6750",
	"concealed":     "RFC 9729",
	"digest":        "RFC 7616",
	"dpop":          "RFC 9449",
	"gnap":          "RFC 9635",
	"hoba":          "RFC 7486",
	"mutual":        "RFC 8120",
	"negotiate":     "RFC 4559",
	"oauth":         "RFC 5849",
	"privatetoken":  "RFC 9577",
	"scram-sha-1":   "RFC 7804",
	"scram-sha-256": "RFC 7804",
	"vapid":         "RFC 8292",
}

// deployedSchemes are unregistered schemes in wide use, each with the product
// that defines it: clients of that product know how to answer them.
var deployedSchemes = map[string]string{
	"ntlm":                  "Microsoft NTLM",
	"kerberos":              "Kerberos (the name before Negotiate)",
	"token":                 "Rails and other frameworks' token authentication",
	"aws4-hmac-sha256":      "AWS Signature Version 4",
	"azureapimanagementkey": "Azure API Management",
	"sharedkey":             "Azure Storage",
	"sharedkeylite":         "Azure Storage",
	"ssws":                  "Okta API tokens",
	"hawk":                  "Hawk",
	"googlelogin":           "Google ClientLogin",
	"x-basic":               "Basic renamed to avoid the browser's dialog",
	"xbasic":                "Basic renamed to avoid the browser's dialog",
	"apikey":                "API-key gateways",
	"signature":             "HTTP Signatures (draft-cavage)",
	"mac":                   "OAuth MAC tokens (draft)",
}

// RegisteredScheme reports whether scheme is in the IANA registry, and the
// document that defines it.
func RegisteredScheme(scheme string) (string, bool) {
	doc, ok := registeredSchemes[strings.ToLower(scheme)]
	return doc, ok
}

// DeployedScheme reports whether scheme is an unregistered scheme in wide
// use, and who defines it.
func DeployedScheme(scheme string) (string, bool) {
	who, ok := deployedSchemes[strings.ToLower(scheme)]
	return who, ok
}

// KnownScheme reports whether scheme is registered or widely deployed.
func KnownScheme(scheme string) bool {
	_, r := RegisteredScheme(scheme)
	_, d := DeployedScheme(scheme)
	return r || d
}
