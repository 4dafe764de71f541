package rule

// Kind names what a signal rests on. It is the "kind" of a verdict reason in
// the output, and the word explanations and mismatch rules test. Every kind
// a rule, a signature or the verdict may give is one of these constants.
type Kind string

// Kinds from protocol facts, the request and the status (package verdict).
const (
	KindStatus             Kind = "status"              // the status code alone
	KindChallenge          Kind = "challenge"           // a WWW-Authenticate challenge on a 401
	KindProxyChallenge     Kind = "proxy-challenge"     // a Proxy-Authenticate challenge on a 407
	KindBearerError        Kind = "bearer-error"        // an RFC 6750 error code in a Bearer challenge
	KindCredentialsRefused Kind = "credentials-refused" // credentials sent, 401 all the same
	KindNoCredentials      Kind = "no-credentials"      // a 401 to a request without credentials
)

// Kinds read from the response body (package verdict, body.go).
const (
	KindBodyStatus    Kind = "body-status"    // a field holding an HTTP status
	KindErrorCode     Kind = "error-code"     // an error code from a closed vocabulary
	KindErrorMessage  Kind = "error-message"  // a message whose wording names the failure
	KindLoginPage     Kind = "login-page"     // a sign-in form served to an API client
	KindLoginRedirect Kind = "login-redirect" // a redirect to a sign-in page
	KindSuccessBody   Kind = "success-body"   // a body that is an ordinary answer
)

// Kinds from across exchanges (package verdict, sequence.go).
const (
	KindSameCredentialsSucceeded Kind = "same-credentials-succeeded"
	KindRetryAfterSucceeded      Kind = "retry-after-succeeded"
	KindCookieNotSent            Kind = "cookie-not-sent"
)

// Kinds the rules give (package rules).
const (
	KindOAuthError       Kind = "oauth-error"       // AT1: a token endpoint's error code
	KindSchemeMismatch   Kind = "scheme-mismatch"   // AT1: credentials in a scheme the server does not offer
	KindDigestStale      Kind = "digest-stale"      // AT1: Digest stale=true
	KindWebBotAuth       Kind = "web-bot-auth"      // AT1: Accept-Signature on a refusal
	KindBrowserFailure   Kind = "browser-failure"   // AT4: the browser stopped the request
	KindBrowserBlocked   Kind = "browser-blocked"   // AT4: a blocker or a policy in the browser
	KindBrowserTLSAuth   Kind = "browser-tls-auth"  // AT4: a client certificate was wanted
	KindSessionCleared   Kind = "session-cleared"   // AT5: the response deletes the session cookie
	KindJWTExpired       Kind = "jwt-expired"       // AT6: the token's exp is before the Date
	KindJWTNotYetValid   Kind = "jwt-not-yet-valid" // AT6: the token's nbf or iat is after the Date
	KindScopeMissing     Kind = "scope-missing"     // AT6: the token lacks a scope the error names
	KindAudienceMismatch Kind = "audience-mismatch" // AT6
	KindIssuerMismatch   Kind = "issuer-mismatch"   // AT6
	KindRoleMissing      Kind = "role-missing"      // AT6
)

// Kinds of the signature table (package signature); the AT8 rules give the
// infrastructure ones (Infra) together with their findings, and some also
// from headers and wording of their own.
const (
	KindVendor          Kind = "vendor"           // an error code or message of the application or service
	KindWAF             Kind = "waf"              // a web application firewall or edge block page
	KindBotChallenge    Kind = "bot-challenge"    // a JavaScript or CAPTCHA challenge for suspected bots
	KindRateLimit       Kind = "rate-limit"       // a rate limit
	KindCSRF            Kind = "csrf"             // request-forgery protection
	KindRouting         Kind = "routing"          // the request did not reach a route (API gateway)
	KindProxy           Kind = "proxy"            // a forward proxy answered, not the site
	KindHiding          Kind = "hiding"           // a status that may hide a resource's existence
	KindDefaultPage     Kind = "default-page"     // a web server's built-in error page: status-level meaning only
	KindConfig          Kind = "config"           // a configuration state, not an access decision
	KindNetworkLocation Kind = "network-location" // a rule about where the request comes from
	KindTokenDance      Kind = "token-dance"      // an expected first step of a token flow
)

// Infra reports whether signature hits of this kind are infrastructure (a WAF,
// a bot wall, a rate limit, CSRF, routing, a proxy): the AT8 rules signal
// them together with their findings, not the verdict's base signals.
func (k Kind) Infra() bool {
	switch k {
	case KindWAF, KindBotChallenge, KindRateLimit, KindCSRF, KindRouting, KindProxy:
		return true
	}
	return false
}

// Body reports whether the kind is a generic reading of the response body:
// the meaning of an exchange counts such signals whatever their weight, and
// the verdict drops one that cites a line a stronger reason already cites.
func (k Kind) Body() bool {
	switch k {
	case KindBodyStatus, KindErrorCode, KindErrorMessage, KindLoginPage, KindLoginRedirect:
		return true
	}
	return false
}

// Tier ranks evidence for the verdict: a signal of a higher tier outweighs any
// number of signals of lower tiers (docs/research.md §5, the evidence ladder).
type Tier int

const (
	TierStatus   Tier = 100 // the status code alone
	TierRequest  Tier = 200 // what the request carried
	TierInfra    Tier = 300 // infrastructure fingerprints: WAF, bot wall, rate limit, CSRF
	TierVendor   Tier = 400 // vendor error codes and messages
	TierProtocol Tier = 500 // challenges, RFC 6750 error codes, cf-mitigated, Accept-Signature
)

// Sign is what a rule or the verdict saw, at the grain the weighing tells
// apart: each Sign has one Kind and one weight, both in the weighing table
// below. Rules say only what they saw (Signal.Sign); Pass.Signal and
// Sign.Signal fill in the kind and the weight. Signals of the signature table
// (HitSignal) carry the weight SignatureWeight gave their hit.
type Sign int

// Signs, grouped by who gives them; the weighing table says what each weighs.
const (
	signNone Sign = iota

	// The status code, by the way it was read (package verdict).
	SignStatusLine          // read from a status line
	SignStatusField         // read from a field naming the status
	SignStatusProse         // read from a line of text
	SignStatusImplied       // implied by a body template, or read from nowhere
	SignStatusVendorImplied // not in the paste: the status the vendor always sends with its error

	// Protocol facts and the request (package verdict).
	SignChallengeError     // an RFC 6750 error code in a challenge; the Bearer rules' own wording replaces it
	SignChallenge          // a challenge on a 401
	SignChallengeBare      // a challenge naming no error on a 401 to sent credentials whose body says "not allowed"
	SignProxyChallenge     // a Proxy-Authenticate challenge on a 407
	SignCredentialsRefused // credentials sent, 401 all the same
	SignNoCredentials      // no credentials, 401
	SignNoCredentialsBare  // a 403 to a request that carried none, nothing else named
	SignCredentialUnset    // a 403 to a request that named its credential and sent no value for it
	SignDownloadBare       // a bare 403 to the download of a published file, no credential shown
	SignDefaultAgentBare   // a bare 403 raised by a client whose default User-Agent sites refuse, no credential shown
	SignKnownCallerUnfit   // a vendor's known-caller error to a request shown whole without credentials
	SignUnavailableWords   // a 503 whose body only restates a refusal in a word ("forbidden")

	// The response body (package verdict).
	SignBodyStatus         // a field holding an HTTP status
	SignBodyCode           // an error code naming the failure
	SignBodyCodeGeneric    // an error code that only restates a status ("Unauthorized")
	SignBodyMessage        // a message in an error object naming the failure
	SignBodyMessageGeneric // a message that only restates a status
	SignTextMessage        // a plain-text body naming the failure
	SignLoginPage          // a sign-in form
	SignLoginTitle         // a page titled as a sign-in page, no form shown
	SignLoginRedirect      // a redirect to a sign-in page
	SignLoginLoop          // a sign-in page whose return address nests the sign-in page again
	SignSuccessBody        // an ordinary answer in the body
	SignProseRule          // the paste's own words name a rule no credential changes
	SignProseKeyWorks      // the person found the same credential accepted by other calls of the service
	SignCSRFLogged         // a log record beside the dump says the CSRF check refused the request

	// Across exchanges (package verdict).
	SignSameCredentialsSucceeded // the same credentials succeeded elsewhere in the paste
	SignRetryAfterSucceeded      // the request succeeded after the wait Retry-After asked for
	SignCookieNotSent            // a cookie the server set was not sent back

	// AT1: challenges, Bearer, OAuth, schemes.
	SignBearerScope        // insufficient_scope in the challenge of a 401 or 403
	SignBearerNoToken      // a Bearer error code, but no token was sent
	SignBearerInvalidToken // invalid_token, with the server's own description
	SignBearerClaims       // insufficient_claims: a stronger or fresher sign-in is needed
	SignOAuthError         // a token endpoint's error code
	SignSchemeMismatch     // credentials in a scheme the server does not offer
	SignBareToken          // a token in Authorization with no scheme in front of it
	SignDigestStale        // Digest stale=true
	SignWebBotAuth         // Accept-Signature on a refusal
	SignShellCut           // the shell cut a signed URL's credentials off before it was sent

	// AT2, AT4, AT5, AT6.
	SignHiding404        // a 404 from a service that hides what the caller may not see
	SignBrowserFailure   // the browser stopped the request (network, certificate, cancellation)
	SignBrowserBlocked   // a blocker or a policy in the browser stopped it
	SignBrowserTLSAuth   // the browser was asked for a client certificate
	SignSessionCleared   // the response deletes the session cookie
	SignJWTExpired       // the token expired before the response, beyond any clock skew
	SignJWTExpiredSkew   // the token expired before the response, within a tolerable skew
	SignJWTNotYetValid   // the token only becomes valid after the response
	SignScopeMissing     // the token lacks a scope the error names
	SignAudienceMismatch // the token is for another audience
	SignIssuerMismatch   // the token is from another issuer
	SignRoleMissing      // the token lacks a role the error names

	// AT8: rate limits, CSRF, proxies, from headers and wording of their own.
	SignRateQuotaZero     // a rate-limit header says the quota is 0
	SignRateRetryAfter403 // a 403 with only a Retry-After
	SignRateRetryAfter    // a 429 or 503 with a Retry-After
	SignRateText          // the body names a rate limit
	SignCSRFText          // the body names a CSRF failure
	SignBotText           // the body of a 429 names a bot check
	SignProxy407          // a 407: a proxy wants credentials

	signCount
)

// weighing is the one table from what was seen to its kind and weight: a
// signal of a higher tier outweighs any number of lower ones, and the
// adjustment (0–99, or a little below the tier) orders signals within a tier.
var weighing = [signCount]struct {
	kind   Kind
	tier   Tier
	adjust int
}{
	SignStatusLine:          {KindStatus, TierStatus, 30},
	SignStatusField:         {KindStatus, TierStatus, 20},
	SignStatusProse:         {KindStatus, TierStatus, 10},
	SignStatusImplied:       {KindStatus, TierStatus, 0},
	SignStatusVendorImplied: {KindStatus, TierStatus, -5},

	SignChallengeError:     {KindBearerError, TierProtocol, 30},
	SignChallenge:          {KindChallenge, TierProtocol, 0},
	SignChallengeBare:      {KindChallenge, TierRequest, 30},
	SignProxyChallenge:     {KindProxyChallenge, TierProtocol, 0},
	SignCredentialsRefused: {KindCredentialsRefused, TierRequest, 10},
	SignNoCredentials:      {KindNoCredentials, TierRequest, 5},
	SignNoCredentialsBare:  {KindNoCredentials, TierStatus, 35},
	SignCredentialUnset:    {KindNoCredentials, TierRequest, 15},
	SignDownloadBare:       {KindStatus, TierStatus, 34},
	SignDefaultAgentBare:   {KindStatus, TierStatus, 34},
	SignKnownCallerUnfit:   {KindVendor, TierStatus, 25},
	SignUnavailableWords:   {KindStatus, TierStatus, 55},

	SignBodyStatus:         {KindBodyStatus, TierStatus, 50},
	SignBodyCode:           {KindErrorCode, TierInfra, 70},
	SignBodyCodeGeneric:    {KindErrorCode, TierStatus, 45},
	SignBodyMessage:        {KindErrorMessage, TierRequest, 40},
	SignBodyMessageGeneric: {KindErrorMessage, TierStatus, 40},
	SignTextMessage:        {KindErrorMessage, TierRequest, 20},
	SignLoginPage:          {KindLoginPage, TierVendor, 0},
	SignLoginTitle:         {KindLoginPage, TierRequest, 45},
	SignLoginRedirect:      {KindLoginRedirect, TierRequest, 45},
	SignLoginLoop:          {KindLoginRedirect, TierRequest, 45},
	SignSuccessBody:        {KindSuccessBody, TierStatus, 50},
	SignProseRule:          {KindErrorMessage, TierRequest, 5},
	SignProseKeyWorks:      {KindErrorMessage, TierRequest, 42},
	SignCSRFLogged:         {KindCSRF, TierRequest, 25},

	SignSameCredentialsSucceeded: {KindSameCredentialsSucceeded, TierProtocol, 50},
	SignRetryAfterSucceeded:      {KindRetryAfterSucceeded, TierProtocol, 50},
	SignCookieNotSent:            {KindCookieNotSent, TierProtocol, 50},

	SignBearerScope:        {KindBearerError, TierProtocol, 30},
	SignBearerNoToken:      {KindBearerError, TierProtocol, 35},
	SignBearerInvalidToken: {KindBearerError, TierProtocol, 20},
	SignBearerClaims:       {KindBearerError, TierProtocol, 20},
	SignOAuthError:         {KindOAuthError, TierProtocol, 10},
	SignSchemeMismatch:     {KindSchemeMismatch, TierProtocol, 15},
	SignBareToken:          {KindSchemeMismatch, TierVendor, 50},
	SignDigestStale:        {KindDigestStale, TierProtocol, 25},
	SignWebBotAuth:         {KindWebBotAuth, TierProtocol, 40},
	SignShellCut:           {KindNoCredentials, TierProtocol, 45},

	SignHiding404:        {KindHiding, TierVendor, 5},
	SignBrowserFailure:   {KindBrowserFailure, TierInfra, 45},
	SignBrowserBlocked:   {KindBrowserBlocked, TierInfra, 45},
	SignBrowserTLSAuth:   {KindBrowserTLSAuth, TierInfra, 45},
	SignSessionCleared:   {KindSessionCleared, TierRequest, 30},
	SignJWTExpired:       {KindJWTExpired, TierVendor, 50},
	SignJWTExpiredSkew:   {KindJWTExpired, TierVendor, 20},
	SignJWTNotYetValid:   {KindJWTNotYetValid, TierVendor, 40},
	SignScopeMissing:     {KindScopeMissing, TierVendor, 48},
	SignAudienceMismatch: {KindAudienceMismatch, TierVendor, 46},
	SignIssuerMismatch:   {KindIssuerMismatch, TierVendor, 46},
	SignRoleMissing:      {KindRoleMissing, TierVendor, 46},

	SignRateQuotaZero:     {KindRateLimit, TierInfra, 45},
	SignRateRetryAfter403: {KindRateLimit, TierRequest, 30},
	SignRateRetryAfter:    {KindRateLimit, TierInfra, 20},
	SignRateText:          {KindRateLimit, TierInfra, 30},
	SignCSRFText:          {KindCSRF, TierInfra, 35},
	SignBotText:           {KindBotChallenge, TierInfra, 30},
	SignProxy407:          {KindProxy, TierInfra, 10},
}

// Weight is the weight of evidence of tier t ordered by adjust (0–99, or a
// little below the tier) within it. The weighing table and the weighing of
// signatures (below) both weigh with it.
func (t Tier) Weight(adjust int) int { return int(t) + adjust }

// Kind is the kind of signal the sign gives.
func (g Sign) Kind() Kind {
	if g <= signNone || g >= signCount {
		return ""
	}
	return weighing[g].kind
}

// Weight is what the sign weighs: its tier plus its adjustment.
func (g Sign) Weight() int {
	if g <= signNone || g >= signCount {
		return 0
	}
	w := weighing[g]
	return w.tier.Weight(w.adjust)
}

// StandIn reports whether the sign only stands in for the rules' own wording
// of the same fact: the verdict drops it when a rule gave a signal of its kind.
func (g Sign) StandIn() bool { return g == SignChallengeError }

// Signal is a signal for class c with the kind and weight of the sign.
func (g Sign) Signal(c Class, reason string, ev *Evidence) Signal {
	return Signal{Sign: g, Class: c, Kind: g.Kind(), Weight: g.Weight(), Reason: reason, Evidence: ev}
}

// Weigh fills in the kind and the weight of a signal from its sign; a signal
// without a sign (a signature hit) keeps its own.
func (s Signal) Weigh() Signal {
	if s.Sign != signNone {
		s.Kind, s.Weight = s.Sign.Kind(), s.Sign.Weight()
	}
	return s
}

// WeakInfra reports whether an infrastructure signal is too weak to be
// stated as certain (headers only, the body not shown).
func WeakInfra(weight int) bool { return weight < TierInfra.Weight(20) }

// Outranks reports whether a weight is of tier t or higher.
func Outranks(weight int, t Tier) bool { return weight >= int(t) }

// HitSignal is the signal for one signature-table hit: its class and kind
// are the signature's own, its weight the one SignatureWeight gave the hit.
func HitSignal(h VendorHit) Signal {
	s := Signal{Class: h.Class, Weight: h.Weight, Kind: h.Kind, Reason: h.Name() + ": " + h.Meaning, Vendor: h.Vendor}
	if len(h.Evidence) > 0 {
		e := h.Evidence[0]
		s.Evidence = &e
	}
	return s
}

// Strength says how much a signature's markers tell next to what hits of its
// kind usually tell: a signature entry names a Strength, never a number, and
// SignatureWeight turns its kind and strength into a weight. Each level away
// from Usual moves the weight by five points within the kind's tier.
type Strength int8

const (
	Faint    Strength = -4 // markers that other causes share too; they only break ties (−20)
	Weaker   Strength = -2 // clearly less telling than the kind's usual (−10)
	Weak     Strength = -1 // a little less telling (−5)
	Usual    Strength = 0  // what hits of its kind usually tell (the zero value)
	Strong   Strength = 1  // a little more telling: an error code or template of one product (+5)
	Stronger Strength = 2  // more telling still: it must outrank the kind's usual hits (+10)

	// Refines is the strength of a provider's own wording of an RFC 6749
	// error code in the same body (Keycloak's or Entra's reading of
	// invalid_client, unauthorized_client, invalid_grant): the OAuth rule
	// signals the generic code at the protocol tier, and the provider's
	// more specific meaning ranks just above it, whatever the kind.
	Refines Strength = 100
)

// signatureWeighing is each signature kind's usual tier and adjustment: a
// hit of that kind and strength Usual weighs this much.
var signatureWeighing = map[Kind]struct {
	tier   Tier
	adjust int
}{
	KindVendor:          {TierVendor, 40},
	KindHiding:          {TierVendor, 10},
	KindConfig:          {TierVendor, 40},
	KindNetworkLocation: {TierVendor, 40},
	KindTokenDance:      {TierVendor, 40},
	KindWAF:             {TierInfra, 50},
	KindBotChallenge:    {TierInfra, 50},
	KindRateLimit:       {TierInfra, 55},
	KindCSRF:            {TierInfra, 55},
	KindRouting:         {TierInfra, 40},
	KindProxy:           {TierInfra, 40},
	KindDefaultPage:     {TierStatus, 20},
}

// signatureExceptions weighs the few signatures whose weight no strength of
// their kind gives, by signature ID: a tier other than their kind's (a bot
// challenge stated in a protocol header, a proxy's own authentication
// request, a hiding 403 without a body, an OAuth provider's wording that
// must also outrank the Bearer codes), or an order inside the tier that the
// verdict and the corpus settled on (a framework's error JSON above the
// bodies it restates, a policy that may also mean "not found", edge pages
// without a body below the ones with one). The strength of these entries is
// Usual; TestSignatureWeighing in package signature holds the IDs to the
// signature table.
var signatureExceptions = map[string]struct {
	tier   Tier
	adjust int
}{
	"aws-waf-challenge":               {TierProtocol, 10}, // bot-challenge
	"cloudflare-challenge-header":     {TierProtocol, 20}, // bot-challenge
	"aspnet-problem-401":              {TierStatus, 60},   // default-page
	"aspnet-problem-403":              {TierStatus, 60},   // default-page
	"spring-boot-error-401":           {TierStatus, 60},   // default-page
	"spring-boot-error-403":           {TierStatus, 60},   // default-page
	"werkzeug-401":                    {TierStatus, 60},   // default-page
	"werkzeug-403":                    {TierStatus, 60},   // default-page
	"s3-403-no-body":                  {TierStatus, 30},   // hiding
	"huggingface-repo-not-found":      {TierVendor, 30},   // hiding
	"oci-not-authorized-or-not-found": {TierVendor, 40},   // hiding
	"squid-proxy-auth":                {TierVendor, 30},   // proxy
	"github-403-rate-headers":         {TierInfra, 5},     // rate-limit
	"s3-presigned-403-no-body":        {TierVendor, 5},    // vendor
	"aws-s3-access-denied":            {TierVendor, 10},   // vendor
	"tomcat-401":                      {TierVendor, 10},   // vendor
	"tomcat-403":                      {TierVendor, 10},   // vendor
	"frappe-permission":               {TierVendor, 15},   // vendor
	"gitlab-401":                      {TierVendor, 25},   // vendor
	"gitlab-403":                      {TierVendor, 25},   // vendor
	"nestjs-forbidden-resource":       {TierVendor, 25},   // vendor
	"oauth-invalid-client":            {TierVendor, 25},   // vendor
	"oauth-invalid-grant":             {TierVendor, 25},   // vendor
	"spring-bad-credentials":          {TierVendor, 25},   // vendor
	"minio-invalid-key":               {TierVendor, 55},   // vendor
	"mcp-resource-metadata":           {TierProtocol, 5},  // vendor
	"auth0-grant-not-allowed":         {TierProtocol, 55}, // vendor
	"keycloak-session-not-active":     {TierProtocol, 55}, // vendor
	"auth0-wrong-credentials":         {TierProtocol, 60}, // vendor
	"google-oauth-revoked":            {TierProtocol, 60}, // vendor
	"cloudfront-error-no-body":        {TierInfra, 5},     // waf
	"akamai-ghost-403":                {TierInfra, 25},    // waf
	"akamai-reference-text":           {TierInfra, 48},    // waf
}

// SignatureWeight is the weight of a hit of the signature id, of kind k and
// strength s: its row in signatureExceptions, or its kind's usual weight
// moved by s within the kind's tier. It is 0 for a kind that is not a signature kind.
func SignatureWeight(id string, k Kind, s Strength) int {
	if e, ok := signatureExceptions[id]; ok {
		return e.tier.Weight(e.adjust)
	}
	if s == Refines {
		return TierProtocol.Weight(15)
	}
	u, ok := signatureWeighing[k]
	if !ok {
		return 0
	}
	return u.tier.Weight(min(max(u.adjust+5*int(s), 0), 99)) // a strength never leaves the kind's tier
}

// SignatureException reports whether the signature id has a weight of its
// own in signatureExceptions.
func SignatureException(id string) bool {
	_, ok := signatureExceptions[id]
	return ok
}

// SignatureExceptionIDs lists the signatures signatureExceptions weighs by
// ID, in no particular order (for the signature table's tests).
func SignatureExceptionIDs() []string {
	ids := make([]string, 0, len(signatureExceptions))
	for id := range signatureExceptions {
		ids = append(ids, id)
	}
	return ids
}

// SignatureKind reports whether k is a kind the signature table may give.
func SignatureKind(k Kind) bool {
	_, ok := signatureWeighing[k]
	return ok
}

// Valid reports whether s is one of the strengths above.
func (s Strength) Valid() bool {
	switch s {
	case Faint, Weaker, Weak, Usual, Strong, Stronger, Refines:
		return true
	}
	return false
}
