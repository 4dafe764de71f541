package fields

import "github.com/authtriage/authtriage/classifier/internal/wordlist"
import "strings"

// registeredSchemes are the schemes of the IANA HTTP Authentication Scheme
// Registry (https://www.iana.org/assignments/http-authschemes), lower-cased,
// with the document that defines each.
var registeredSchemes = wordlist.Map[string]{
	{K: "basic", V: "RFC 7617"},
	{K: "bearer", V: "RFC 6750"},
	{K: "concealed", V: "RFC 9729"},
	{K: "digest", V: "RFC 7616"},
	{K: "dpop", V: "RFC 9449"},
	{K: "gnap", V: "RFC 9635"},
	{K: "hoba", V: "RFC 7486"},
	{K: "mutual", V: "RFC 8120"},
	{K: "negotiate", V: "RFC 4559"},
	{K: "oauth", V: "RFC 5849"},
	{K: "privatetoken", V: "RFC 9577"},
	{K: "scram-sha-1", V: "RFC 7804"},
	{K: "scram-sha-256", V: "RFC 7804"},
	{K: "vapid", V: "RFC 8292"},
}

// deployedSchemes are unregistered schemes in wide use, each with the product
// that defines it: clients of that product know how to answer them.
var deployedSchemes = wordlist.Map[string]{
	{K: "ntlm", V: "Microsoft NTLM"},
	{K: "kerberos", V: "Kerberos (the name before Negotiate)"},
	{K: "token", V: "Rails and other frameworks' token authentication"},
	{K: "aws4-hmac-sha256", V: "AWS Signature Version 4"},
	{K: "azureapimanagementkey", V: "Azure API Management"},
	{K: "sharedkey", V: "Azure Storage"},
	{K: "sharedkeylite", V: "Azure Storage"},
	{K: "ssws", V: "Okta API tokens"},
	{K: "hawk", V: "Hawk"},
	{K: "googlelogin", V: "Google ClientLogin"},
	{K: "x-basic", V: "Basic renamed to avoid the browser's dialog"},
	{K: "xbasic", V: "Basic renamed to avoid the browser's dialog"},
	{K: "apikey", V: "API-key gateways"},
	{K: "signature", V: "HTTP Signatures (draft-cavage)"},
	{K: "mac", V: "OAuth MAC tokens (draft)"},
}

// RegisteredScheme reports whether scheme is in the IANA registry, and the
// document that defines it.
func RegisteredScheme(scheme string) (string, bool) {
	doc, ok := registeredSchemes.Lookup(strings.ToLower(scheme))
	return doc, ok
}

// DeployedScheme reports whether scheme is an unregistered scheme in wide
// use, and who defines it.
func DeployedScheme(scheme string) (string, bool) {
	who, ok := deployedSchemes.Lookup(strings.ToLower(scheme))
	return who, ok
}

// KnownScheme reports whether scheme is registered or widely deployed.
func KnownScheme(scheme string) bool {
	_, r := RegisteredScheme(scheme)
	_, d := DeployedScheme(scheme)
	return r || d
}
