package verdict

import (
	"github.com/authtriage/authtriage/classifier/internal/lowered"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/fields"
	"github.com/authtriage/authtriage/classifier/internal/anyof"
	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/secret"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// Generic error shapes in response bodies: what an API says about a refusal
// in its own JSON, whatever status it chose (often 200). They are read from
// the error object only (the root when it is one, error, errors[], fault,
// extensions…), never from data, so a listing that happens to hold a field
// named "status" says nothing.
//
// Kinds, weakest first:
//   - body-status: a field holding an HTTP status (`"status": 401`, RFC 9457
//     problem details, `{"error":{"code":403}}`); it outweighs a status line
//     only when that line is not itself a refusal (a 200, a 500, none);
//   - error-message: a message whose wording names the failure ("invalid
//     token", "permission denied", "rate limit exceeded");
//   - error-code: an error code from a closed vocabulary (UNAUTHENTICATED,
//     PERMISSION_DENIED, GraphQL extensions.code, `invalid_auth`, …).
//
// Signatures of named vendors (package signature) outrank all of them.
//
// Their weights are in the weighing table (rule.SignBodyStatus and the
// signs after it); a code or message that only restates a status
// ("Unauthorized", "Forbidden") weighs less than one that names the failure.
const (
	maxErrorBody       = 64 << 10
	maxSuccessErrorLen = 8 << 10
)

// codeClass maps an error code, lower-cased with every non-alphanumeric
// byte removed, to what it means. generic marks codes that only restate a
// status ("Unauthorized", "Forbidden"): they never override a refusal status.
type codeMeaning struct {
	class   rule.Class
	generic bool
}

var codeClass = map[string]codeMeaning{
	// authentication
	"unauthenticated": {rule.Authentication, false}, "notauthenticated": {rule.Authentication, false},
	"authenticationfailed": {rule.Authentication, false}, "authenticationerror": {rule.Authentication, false},
	"authenticationrequired": {rule.Authentication, false}, "authrequired": {rule.Authentication, false},
	"invalidtoken": {rule.Authentication, false}, "invalidaccesstoken": {rule.Authentication, false},
	"tokeninvalid": {rule.Authentication, false}, "invalidauth": {rule.Authentication, false},
	"notauthed": {rule.Authentication, false}, "invalidauthentication": {rule.Authentication, false},
	"invalidauthenticationtoken": {rule.Authentication, false}, "expiredtoken": {rule.Authentication, false},
	"tokenexpired": {rule.Authentication, false}, "accesstokenexpired": {rule.Authentication, false},
	"expiredtokenexception": {rule.Authentication, false}, "jwtexpired": {rule.Authentication, false},
	"invalidjwt": {rule.Authentication, false}, "tokenrevoked": {rule.Authentication, false},
	"invalidapikey": {rule.Authentication, false}, "apikeyinvalid": {rule.Authentication, false},
	"apikeymissing": {rule.Authentication, false}, "missingapikey": {rule.Authentication, false},
	"invalidcredentials": {rule.Authentication, false}, "badcredentials": {rule.Authentication, false},
	"missingcredentials": {rule.Authentication, false}, "credentialsrequired": {rule.Authentication, false},
	"missingtoken": {rule.Authentication, false}, "tokenmissing": {rule.Authentication, false},
	"invalidgrant": {rule.Authentication, false}, "invalidclient": {rule.Authentication, false},
	"loginrequired": {rule.Authentication, false}, "sessionexpired": {rule.Authentication, false},
	"expiredaccesstoken": {rule.Authentication, false}, // Dropbox's error tag
	"invalidsession":     {rule.Authentication, false}, "unauthenticatederror": {rule.Authentication, false},
	"authenticationexception": {rule.Authentication, false}, "notauthorizedexception": {rule.Authentication, false},
	"unrecognizedclientexception": {rule.Authentication, false}, "invalidclienttokenid": {rule.Authentication, false},
	"invalidsignatureexception": {rule.Authentication, false}, "signaturedoesnotmatch": {rule.Authentication, false},
	"authfailure": {rule.Authentication, false}, "autherror": {rule.Authentication, false},
	"invalidaccesskeyid": {rule.Authentication, false}, "invalidauthenticationinfo": {rule.Authentication, false},
	"noauthenticationinformation": {rule.Authentication, false}, "invalidsecuritytoken": {rule.Authentication, false},
	"tokennotvalid": {rule.Authentication, false}, "invalidbearertoken": {rule.Authentication, false},
	"invalidapitoken": {rule.Authentication, false}, "apitokeninvalid": {rule.Authentication, false},
	"keyinvalid": {rule.Authentication, false}, "keyexpired": {rule.Authentication, false}, "apikeyexpired": {rule.Authentication, false},
	"invalidsignature": {rule.Authentication, false}, "incompletesignature": {rule.Authentication, false}, "signatureexpired": {rule.Authentication, false},
	"notloggedin": {rule.Authentication, false}, "notsignedin": {rule.Authentication, false},
	"mfarequired": {rule.Authentication, false}, "twofactorrequired": {rule.Authentication, false},
	"passwordexpired": {rule.Authentication, false}, "invalidpassword": {rule.Authentication, false},
	"wrongpassword": {rule.Authentication, false}, "incorrectpassword": {rule.Authentication, false},
	"authorizationrequired": {rule.Authentication, true},
	"unauthorized":          {rule.Authentication, true}, "unauthorizederror": {rule.Authentication, true}, "unauthorised": {rule.Authentication, true},
	"unauthorizedexception": {rule.Authentication, true}, "unauthorizedaccess": {rule.Authentication, true},
	// authorization
	"permissiondenied": {rule.Authorization, false}, "insufficientscope": {rule.Authorization, false},
	"missingscope": {rule.Authorization, false}, "insufficientpermissions": {rule.Authorization, false},
	"insufficientpermission": {rule.Authorization, false}, "insufficientprivileges": {rule.Authorization, false},
	"notallowed": {rule.Authorization, false}, "unauthorizedoperation": {rule.Authorization, false},
	"authorizationfailed": {rule.Authorization, false}, "authorizationfailure": {rule.Authorization, false},
	"authorizationerror": {rule.Authorization, false}, "accessdeniedexception": {rule.Authorization, false},
	"permissiondeniedexception": {rule.Authorization, false}, "unauthorizedclient": {rule.Authorization, false},
	"operationnotpermitted": {rule.Authorization, false}, "notpermitted": {rule.Authorization, false},
	"authorizationpermissionmismatch": {rule.Authorization, false}, "insufficientaccountpermissions": {rule.Authorization, false},
	"nopermission": {rule.Authorization, false}, "nopermissions": {rule.Authorization, false},
	"permissionerror": {rule.Authorization, false}, "insufficientaccess": {rule.Authorization, false},
	"insufficientrights": {rule.Authorization, false}, "missingpermission": {rule.Authorization, false},
	"missingpermissions": {rule.Authorization, false},
	"requestdenied":      {rule.Authorization, true},
	"forbidden":          {rule.Authorization, true}, "forbiddenerror": {rule.Authorization, true},
	"forbiddenexception": {rule.Authorization, true}, "accessdenied": {rule.Authorization, true},
	"notauthorized": {rule.Authorization, true}, "accessforbidden": {rule.Authorization, true},
	// neither: rate limits and request-forgery checks
	"ratelimited": {rule.Blocked, false}, "ratelimitexceeded": {rule.Blocked, false},
	"toomanyrequests": {rule.Blocked, false}, "toomanyrequestsexception": {rule.Blocked, false},
	"throttled": {rule.Blocked, false}, "throttling": {rule.Blocked, false},
	"throttlingexception": {rule.Blocked, false}, "requestlimitexceeded": {rule.Blocked, false},
	"quotaexceeded": {rule.Blocked, false}, "resourceexhausted": {rule.Blocked, false},
	"userratelimitexceeded": {rule.Blocked, false}, "slowdown": {rule.Blocked, false},
	"ratelimit": {rule.Blocked, false}, "ratelimiterror": {rule.Blocked, false}, "insufficientquota": {rule.Blocked, false},
	"overquerylimit": {rule.Blocked, false}, "dailylimitexceeded": {rule.Blocked, false}, "limitexceeded": {rule.Blocked, false},
	"toomanyattempts": {rule.Blocked, false}, "requestthrottled": {rule.Blocked, false},
	"dailylimitexceededunreg": {rule.Blocked, false}, "usagelimitexceeded": {rule.Blocked, false},
	"servicequotaexceeded": {rule.Blocked, false}, "provisionedthroughputexceeded": {rule.Blocked, false},
	"overquota": {rule.Blocked, false}, "outofquota": {rule.Blocked, false},
	// neither: the service over capacity (Anthropic's overloaded_error, EC2's
	// InsufficientInstanceCapacity), whoever asks
	"overloaded": {rule.Blocked, false}, "capacityexceeded": {rule.Blocked, false},
	"insufficientcapacity": {rule.Blocked, false}, "insufficientinstancecapacity": {rule.Blocked, false},
	// neither: the API, service or feature not enabled for the project,
	// account or organisation, or the account not subscribed to it (AWS's
	// OptInRequired and SubscriptionRequiredException, Azure's
	// MissingSubscriptionRegistration, Salesforce's API_DISABLED_FOR_ORG,
	// Google's SERVICE_DISABLED and accessNotConfigured); billing not set up
	// or exhausted
	"optinrequired": {rule.Blocked, false}, "subscriptionrequired": {rule.Blocked, false},
	"missingsubscriptionregistration": {rule.Blocked, false}, "subscriptionnotregistered": {rule.Blocked, false},
	"disabledsubscription": {rule.Blocked, false}, "readonlydisabledsubscription": {rule.Blocked, false},
	"apidisabledfororg": {rule.Blocked, false}, "apidisabled": {rule.Blocked, false}, "apinotenabled": {rule.Blocked, false},
	"servicedisabled": {rule.Blocked, false}, "accessnotconfigured": {rule.Blocked, false},
	"featuredisabled": {rule.Blocked, false}, "featurenotenabled": {rule.Blocked, false},
	"billingdisabled": {rule.Blocked, false}, "billingnotenabled": {rule.Blocked, false},
	"billinghardlimitreached": {rule.Blocked, false}, "insufficientbalance": {rule.Blocked, false},
	"insufficientfunds": {rule.Blocked, false}, "insufficientcredits": {rule.Blocked, false},
	"paymentrequired": {rule.Blocked, false},
	// neither, nor a refusal: the request was malformed, the resource is
	// missing, the server or the network failed. Generic: they never
	// override a refusal status, and any wording that names an identity
	// failure outweighs them.
	"schemavalidation": {rule.None, true}, "validationerror": {rule.None, true}, "validationfailed": {rule.None, true},
	"invalidparameter": {rule.None, true}, "invalidparametervalue": {rule.None, true}, "invalidargument": {rule.None, true},
	"missingparameter": {rule.None, true}, "malformedrequest": {rule.None, true}, "badrequest": {rule.None, true},
	"notfound": {rule.None, true}, "resourcenotfound": {rule.None, true}, "nosuchkey": {rule.None, true}, "nosuchbucket": {rule.None, true},
	"internalerror": {rule.None, true}, "internalservererror": {rule.None, true}, "serviceunavailable": {rule.None, true},
	"badgateway": {rule.None, true}, "gatewaytimeout": {rule.None, true}, "methodnotallowed": {rule.None, true},
	"unsupportedmediatype": {rule.None, true}, "payloadtoolarge": {rule.None, true}, "conflict": {rule.None, true},
	// a rule about where the request comes from: an IP access list
	// (MongoDB Atlas's IP_ADDRESS_NOT_ON_ACCESS_LIST, IP_NOT_ALLOWED)
	"notonaccesslist": {rule.Blocked, false}, "notinaccesslist": {rule.Blocked, false}, "notinallowlist": {rule.Blocked, false},
	"notwhitelisted": {rule.Blocked, false}, "ipnotallowed": {rule.Blocked, false}, "ipaddressnotallowed": {rule.Blocked, false},
	"ipnotwhitelisted": {rule.Blocked, false}, "ipblocked": {rule.Blocked, false}, "ipaddressblocked": {rule.Blocked, false},
	"ipforbidden": {rule.Blocked, false}, "iprestricted": {rule.Blocked, false},
	"ipdeniedaccess": {rule.Blocked, false}, "forbiddenbyfirewall": {rule.Blocked, false}, "forbiddenbyconnection": {rule.Blocked, false},
	"vpcservicecontrols": {rule.Blocked, false},
	// a rule no credential changes: the account's or bucket's standing with
	// the provider (S3's AllAccessDisabled and AccountProblem), the client's
	// network or software, the transport (RuleWordings)
	"allaccessdisabled": {rule.Blocked, false}, "accountproblem": {rule.Blocked, false},
	"accountsuspended": {rule.Blocked, false}, "suspendedaccount": {rule.Blocked, false},
	"vpndetected": {rule.Blocked, false}, "proxydetected": {rule.Blocked, false}, "geoblocked": {rule.Blocked, false},
	"georestricted": {rule.Blocked, false}, "regionblocked": {rule.Blocked, false},
	"useragentrequired": {rule.Blocked, false}, "missinguseragent": {rule.Blocked, false}, "invaliduseragent": {rule.Blocked, false},
	"sslrequired": {rule.Blocked, false}, "httpsrequired": {rule.Blocked, false},
	// an API key restricted to some clients, used from another (Google's
	// API_KEY_HTTP_REFERRER_BLOCKED, _IP_ADDRESS_BLOCKED, _ANDROID_APP_BLOCKED,
	// _IOS_APP_BLOCKED): a rule about where the request comes from
	"apikeyhttpreferrerblocked": {rule.Blocked, false}, "apikeyipaddressblocked": {rule.Blocked, false},
	"apikeyandroidappblocked": {rule.Blocked, false}, "apikeyiosappblocked": {rule.Blocked, false},
	// WS-Security's fault codes (OASIS WSS 1.1 §12)
	"failedauthentication": {rule.Authentication, false}, "invalidsecurity": {rule.Authentication, false},
	"failedcheck": {rule.Authentication, false}, "securitytokenunavailable": {rule.Authentication, false},
	"messageexpired":   {rule.Authentication, false},
	"invalidcsrftoken": {rule.Blocked, false}, "csrftokenmismatch": {rule.Blocked, false},
	"csrffailed": {rule.Blocked, false}, "csrftokeninvalid": {rule.Blocked, false},
	"badcsrftoken": {rule.Blocked, false}, "csrfverificationfailed": {rule.Blocked, false},
}

// codeLookup finds what an error code means; an exception or error class
// name ("MissingCredentialsException", "InsufficientPermissionsError")
// means what its stem does, and a code qualified by a namespace or a
// product prefix ("auth/id-token-expired", "rest_forbidden",
// "oauth.v2.InvalidApiKey", "jwt_auth_invalid_token") what its last
// segments do.
func codeLookup(v string) (codeMeaning, bool) {
	if len(v) > 64 {
		return codeMeaning{}, false
	}
	if m, ok := codeStem(normal(v)); ok {
		return m, true
	}
	// a code the table does not list, read by its words, before its last
	// segments alone ("SESSION_NOT_FOUND" is no missing resource)
	if m, ok := codeByWords(v); ok {
		return m, m.class != rule.Unknown
	}
	for i := 1; i < len(v); i++ {
		switch v[i-1] {
		case '_', '-', '.', '/', ':', '\\':
			if n := normal(v[i:]); len(n) >= 6 {
				if m, ok := codeStem(n); ok {
					return m, true
				}
			}
		}
	}
	return codeMeaning{}, false
}

// codeStem looks a normalised code up, as it is or without an exception,
// error or fault suffix.
func codeStem(n string) (codeMeaning, bool) {
	if m, ok := codeClass[n]; ok {
		return m, true
	}
	if stem, ok := strings.CutPrefix(n, "error"); ok && len(stem) >= 6 {
		// Exchange's ErrorSchemaValidation, ErrorAccessDenied
		if m, ok := codeClass[stem]; ok {
			return m, true
		}
	}
	for _, suffix := range []string{"exception", "error", "fault"} {
		if stem, ok := strings.CutSuffix(n, suffix); ok && len(stem) >= 6 {
			if m, ok := codeClass[stem]; ok {
				return m, true
			}
		}
	}
	for _, space := range []string{"exceptions", "exception", "errors"} {
		// a class in an exception namespace named by its failure alone
		// (Braintree\Exception\Authentication, Authorization): what the
		// same name with the namespace's suffix means
		if stem, ok := strings.CutPrefix(n, space); ok && len(stem) >= 6 {
			for _, suffix := range []string{"exception", "error"} {
				if m, ok := codeClass[stem+suffix]; ok {
					return m, true
				}
			}
		}
	}
	return codeMeaning{}, false
}

// Keys (normalised as codes are) whose string value is an error code.
var codeKeys = wordlist.Set{"code", "error", "errorcode", "status", "reason",
	"resultcode", "returncode", "retcode", "respcode", // an envelope's code ({"resultCode":"ERR_UNAUTHORIZED"})
	"type", "errortype", "kind", "name", "title", "errorname",
	"exceptiontype", "exception", "errorclass", "errorkey", "errcode", "statustext"}

// Keys whose numeric value is an HTTP status.
var statusKeys = wordlist.Set{"status", "statuscode", "httpstatus", "httpstatuscode",
	"code", "httpcode", "errorcode", "statuscodevalue", "retcode", "returncode",
	"resultcode", "respcode", "errno"}

// Keys whose string value (or list of strings: Jira's errorMessages,
// Vault's errors) is a message for people.
var messageKeys = map[string]bool{"message": true, "msg": true, "detail": true, "details": true, "errordescription": true,
	"errormessage": true, "description": true, "error": true, "title": true, "reason": true,
	"errmsg": true, "errormsg": true, "errmessage": true, "errdesc": true, "debuginfo": true,
	"faultstring": true, "errorsummary": true, "errormessages": true, "messages": true, "errors": true, "errordetail": true,
	"errordetails": true, "statusmessage": true, "statusdescription": true, "errortext": true, "errstr": true,
	"exceptionmessage": true, "usermessage": true, "developermessage": true, "localizedmessage": true, "displaymessage": true,
	"statustext": true, "statusmsg": true, "retmsg": true, "returnmsg": true, "returnmessage": true, "resultmsg": true,
	"resultmessage": true, "respmsg": true, "errinfo": true, "tip": true, "tips": true,
	"diagnostics":  true,                      // FHIR OperationOutcome's issue[].diagnostics
	"shortmessage": true, "longmessage": true, // one message in a short and a long form (Clerk's message and long_message)
	"mensagem": true, "mensaje": true, "messaggio": true, "meldung": true, // the same key in Portuguese, Spanish, Italian and German APIs
	// the error and message keys of APIs written in other languages: German,
	// Portuguese, Italian, French, Spanish, Dutch, Turkish, Polish, Swedish,
	// Indonesian (keys lose their non-ASCII letters when normalised)
	"fehler": true, "fehlermeldung": true, "nachricht": true, "hinweis": true, "erro": true, "errore": true, "erreur": true,
	"descrizione": true, "descripcion": true, "descripcin": true, "descricao": true, "descrio": true, "libelle": true, "libell": true,
	"fout": true, "foutmelding": true, "melding": true, "bericht": true, "mesaj": true, "hata": true, "aciklama": true,
	"komunikat": true, "meddelande": true, "felmeddelande": true, "pesan": true, "keterangan": true, "mensajeerror": true,
	"err":    true, // structured loggers' (zap, logrus, slog) error string: {"msg":"…","err":"token is expired by 2h3m0s"}
	"stderr": true} // a command's captured error output in the error object a runner logs (Node's child_process, Ansible's task result)

// Keys that hold the error object (statusinfo: a status object beside a
// numeric business status, {"status":40101,"status_info":{"message":…}}).
var containerKeys = map[string]bool{"error": true, "errors": true, "fault": true, "extensions": true, "err": true,
	"meta": true, "response": true, "status": true, "detail": true, "errorinfo": true, "statusinfo": true, "result": true,
	"errorcauses": true, "cause": true, "causes": true, "innererror": true, "errorchain": true, "rootcause": true,
	"faults": true, "failure": true, "failures": true, "body": true, "outcome": true,
	"details": true,                                                                           // Azure Resource Manager's DeploymentFailed: the operations' own errors ({"code":"DeploymentFailed","details":[{"code":…,"message":…}]})
	"issue":   true,                                                                           // FHIR OperationOutcome: {"resourceType":"OperationOutcome","issue":[{…}]}
	"fehler":  true, "erro": true, "errore": true, "erreur": true, "hata": true, "fout": true} // "error" in other languages

// maxListStrings is how many strings of a list of messages are read.
const maxListStrings = 8

// messagePhrase is a wording that names a failure; the first that occurs wins.
type messagePhrase struct {
	text    string // for a credential next to a failure word: "token … invalid"
	class   rule.Class
	generic bool
}

// RateLimitWordings are, lower case, the words a response uses for a rate
// limit or a used-up quota. The verdict reads them as blocked; rule AT8003
// (rate-limited) names them.
var RateLimitWordings = []string{"rate limit", "too many requests", "throttl", "quota exceeded", "quotaexceeded",
	"limiting requests", "limiting connections", "toomanyrequests", "rate exceeded", "request limit exceeded",
	"too many attempts", "too_many_attempts", "too_many_requests", "too many failed attempts", "limit exceeded", "out of call volume quota", "rate_limit",
	"request limit reached", "rate limit reached", "usage limit reached", "exceeded your current quota", "exceeded your daily",
	"exceeded the daily", "exceeded your request quota", "over_query_limit", "over query limit", "too many login attempts",
	"too many failed login", "daily limit reached", "quota has been exceeded", "quota was exceeded",
	"request rate too large", "request rate is large", "reduce your request rate", "abuse detection",
	// a used-up quota or plan allowance, whatever the status (YouTube's and
	// Google's 403 quotaExceeded, OpenAI's insufficient_quota)
	"exceeded your quota", "insufficient_quota", "usage limit exceeded", "exceeded your usage limit",
	// a request rate named in the refusal (Shopify's "Exceeded 2 calls per
	// second for api client. Reduce request rates to resume …")
	"calls per second", "calls per minute", "requests per second", "requests per minute", "reduce request rate",
	// a wait asked for in words (GitHub's secondary limit, Instagram's "fail"
	// answer: "Please wait a few minutes before you try again")
	"wait a few minutes before you try again", "wait a few minutes before trying again",
	// a person's account of it ("the GitHub API limit being hit from the
	// build box")
	"api limit", "limit being hit", "hit the limit", "hitting the limit", "hit the rate", "hitting the rate",
	// a pace or an allowance named without the word "limit" ("You are
	// sending requests too fast", "Daily quota exhausted for this key")
	"requests too fast", "requests too quickly", "quota exhausted", "quota has been exhausted", "quota is exhausted",
	// an allowance named as used up ("Maximum api usage reached", "API
	// usage limit hit for this month")
	"usage reached", "maximum api usage", "usage limit hit",
	// a quota the request would go over, named as a limit it exceeds or
	// reaches (Azure's "Operation could not be completed as it results in
	// exceeding approved Total Regional Cores quota", "Operation results in
	// exceeding quota limits of Core"): whoever asks, the allowance decides
	"exceeding approved", "exceeding quota", "exceeding the quota", "exceeds quota", "exceeds the quota",
	"exceeded quota", "quota limits of", "over quota", "out of quota", "quota reached", "reached your quota",
	"reached the quota",
	// a ban that lifts by itself after a while, after too many bad attempts
	// ("…with an invalid token, temporarily banned"): every request is
	// refused until it ends, the right credential included
	"temporarily banned",
	// the limit as a participle, hyphenated or run together ("This IP has
	// been rate-limited", "You are being ratelimited"), which "rate limit"
	// does not reach; only these forms, not "ratelimit" alone, which names
	// the X-RateLimit-* headers a client prints with any refusal
	"rate-limited", "ratelimited", "rate-limiting", "ratelimiting",
	// a limit on connections or on the pace, named without "limit" ("Too
	// many connections from your IP", "Excessive requests detected from
	// your IP address")
	"too many connections", "too many concurrent", "too many simultaneous", "excessive requests", "excessive number of requests"}

// CSRFWordings are, lower case, what a request-forgery check says when it
// refuses a request: the verdict reads them as blocked, and rule AT8004
// (csrf-rejected) names the check when the body's reading rests on one.
var CSRFWordings = []string{"csrf", "xsrf", "anti-forgery", "antiforgery", "request verification token", "authenticity token",
	"the change you wanted was rejected",           // Rails' default 422 page, for a failed authenticity-token check
	"the action you have requested is not allowed", // CodeIgniter's CSRF failure page
}

// CSRFFailureTexts are, lower case, the phrases in which a framework's
// request-forgery check states that it refused a request, in the body it
// sends or in the server's log record of the refusal (Django's "Forbidden
// (CSRF cookie not set.)", Spring Security's CsrfFilter "Invalid CSRF token
// found for …", Rails' "Can't verify CSRF token authenticity"): unlike a
// mere mention of a token, each says the check failed. Rule AT8004 reads
// them in the body, proseRule in the lines around a dump.
var CSRFFailureTexts = []string{"invalid csrf", "csrf token missing", "csrf token invalid", "missing csrf", "csrf validation failed",
	"csrf check failed", "csrf token mismatch", "invalid xsrf", "xsrf token mismatch", "csrf failed",
	"csrf cookie not set", "csrf verification failed", "verify csrf token authenticity", "csrf token incorrect",
	"csrf token missing or incorrect", "origin checking failed", "referer checking failed",
	"origin not allowed", // an Origin check (Grafana, many CSRF middlewares)
	"origin is not allowed", "invalid origin", "untrusted origin", "origin does not match", "origin header mismatch",
	"didn't match request.base_url",     // Rails' forgery protection checking the Origin header
	"blocking cross origin api request", // Jupyter's and Tornado's check of the Origin against the Host
	// Tornado's XSRF check (Jupyter Server, Notebook): the form field or
	// header missing, or not matching the _xsrf cookie
	"'_xsrf' argument missing", "'_xsrf' argument has invalid format", "xsrf cookie does not match"}

// WAFWordings are, lower case, what a web application firewall's or an
// edge's block page says: the verdict reads them as blocked, and rule AT8001
// (waf-block) names the firewall when the body's reading rests on one and
// no signature of a known product matched.
var WAFWordings = append([]string{"waf block", "blocked by waf", "blocked by the waf", "web application firewall",
	"request has been blocked", "request is blocked", "request was blocked", "request blocked", "request has to be blocked",
	"request will be blocked", "blocked by our security", "blocked by the security", "blocked by security rules",
	"security service to protect", "requested url was rejected", "request rejected by", "blocked by the firewall",
	"blocked by our firewall", "blocked by a firewall", "blocked by firewall", "denied by firewall", "denied by the firewall",
	// a security layer that says it found the request itself harmful
	"denied by our security", "rejected by our security", "malicious request", "suspicious request",
	"connection has been blocked", "connection was blocked",
	// a network's or an application's own firewall: Reddit's "You've been
	// blocked by network security", Spring Security's StrictHttpFirewall
	"blocked by network security", "blocked due to a network policy", "potentially malicious string", "requestrejectedexception",
	// the same sentence on a translated block page ("Ваш запрос … был
	// заблокирован", "您的请求已被拦截", "Ihre Anfrage wurde blockiert")
	"запрос заблокирован", "запрос был заблокирован", "был заблокирован", "请求已被拦截", "访问已被拦截", "已被防火墙拦截",
	"anfrage wurde blockiert", "requête a été bloquée", "demande a été bloquée", "solicitud ha sido bloqueada",
	"solicitud fue bloqueada", "solicitação foi bloqueada", "requisição foi bloqueada", "żądanie zostało zablokowane",
	// "the request (or access) is blocked" as edge and cloud WAF pages
	// translate it (Azure Front Door's "请求被阻止", a Chinese cloud WAF's
	// "您的访问被阻断", Japanese and Korean "… was blocked")
	"请求被阻止", "请求已被阻止", "请求被拦截", "访问被拦截", "访问被阻断", "访问已被阻断", "リクエストはブロックされました",
	"アクセスはブロックされました", "アクセスがブロックされました", "요청이 차단되었습니다", "접근이 차단되었습니다", "доступ заблокирован",
	"zugriff wurde blockiert", "zugriff blockiert", "accès a été bloqué", "accès bloqué", "acceso ha sido bloqueado", "acceso bloqueado",
	"acesso foi bloqueado", "acesso bloqueado", "richiesta è stata bloccata", "richiesta bloccata", "accesso bloccato", "dostęp zablokowany",
	"dostęp został zablokowany",
	// the firewall named in other languages (Azure Front Door's "Web
	// 应用程序防火墙(WAF)", a Chinese cloud's "Web应用防火墙", Korean "웹 방화벽")
	"应用程序防火墙", "应用防火墙", "應用程式防火牆", "ウェブアプリケーションファイアウォール", "webアプリケーションファイアウォール", "웹 방화벽",
	"웹방화벽", "웹 애플리케이션 방화벽", "брандмауэр веб-приложений", "межсетевой экран веб-приложений", "pare-feu applicatif",
	"pare-feu d'application web", "firewall de aplicaciones web", "cortafuegos de aplicaciones web", "firewall de aplicação web",
	"firewall de aplicações web",
	// a block page's title ("Blocked Notification Page", FortiGuard's "Web
	// Page Blocked!")
	"blocked notification", "page blocked", "blocked page", "url blocked",
	// a block page that tells the visitor they were blocked (Cloudflare's
	// and Wordfence's "Sorry, you have been blocked", an ISP's or an IPS's
	// "You have been blocked in view of security concerns")
	"you have been blocked", "you've been blocked",
	// a block page that names the site's access policy as what refused the
	// visit ("The access policies of a site define which visits are
	// allowed. Your current visit is not allowed according to those
	// policies.")
	"visit is not allowed", "access policies of a site", "site access policies",
	// an edge that tells clients apart by the TLS handshake they make (a
	// person's or a maintainer's account: "TLS fingerprinting on their side
	// blocking the proxy", a JA3 or JA4 fingerprint rule)
	"tls fingerprinting", "tls client fingerprint", "ja3 fingerprint", "ja4 fingerprint"},
	append(agentWordings(EdgeVendors), agentWordings(FirewallProducts)...)...)

// WebFilterWordings are, lower case, what the block page of a web filter on
// the client's network says (a forward proxy's or a security appliance's
// URL categories, the organisation's policy): the verdict reads them as
// blocked, and rule AT8006 (proxy-answered) names the filter when the
// body's reading rests on one and no signature of a known product matched.
var WebFilterWordings = []string{"blocked by your administrator", "web filter", "url filtering", "content filter",
	"blocked category", "category is blocked", "categorized as", "blocked by your organization", "blocked by your organisation",
	// a block page (or an account of one) that names the organisation's
	// policy as the reason ("blocked in accordance with company policy",
	// "blocked due to corporate policy")
	"blocked in accordance with", "blocked by company policy", "blocked by corporate policy", "blocked due to company policy",
	"blocked due to corporate policy", "blocked per company policy", "blocked per corporate policy",
	"blocked according to company policy"}

// EdgeVendors are, lower case, the names of the edge, bot-management and
// DDoS-protection products that put themselves in front of a site. Named as
// the one that blocked or refused a request ("The fetching was blocked by
// CloudFlare", "rejected by Imperva"), they make it an edge block
// (WAFWordings); named by a person around a 403, the edge's bot check
// (EdgeNamed).
var EdgeVendors = []string{"cloudflare", "akamai", "imperva", "incapsula", "sucuri", "datadome", "perimeterx", "ddos-guard",
	"stormwall", "kasada", "qrator"}

// FirewallProducts are, lower case, the names of web application firewalls
// and ban tools that sit in the web server or in front of it, not at a CDN's
// edge: named as the one that blocked a request ("Blocked by mod_security",
// "the request was denied by Wordfence", "fail2ban blocked me"), they make
// it a firewall's block as an edge vendor's name does (agentWordings). Only
// as the agent: a firewall merely mentioned near a 403 says nothing.
var FirewallProducts = []string{"mod_security", "modsecurity", "mod security", "coraza", "naxsi", "wordfence", "fortiweb",
	"barracuda", "big-ip asm", "f5 asm", "aws waf", "cloud armor", "azure waf", "front door waf", "application gateway waf",
	"crowdsec", "fail2ban"}

// agentWordings are the phrases that name one of vendors as the agent of a
// refusal: "blocked by cloudflare", "denied by akamai", "cloudflare blocked".
func agentWordings(vendors []string) []string {
	var ws []string
	for _, v := range vendors {
		for _, by := range []string{"blocked by ", "rejected by ", "denied by ", "refused by ", "stopped by "} {
			ws = append(ws, by+v, by+"the "+v)
		}
		ws = append(ws, v+" blocked", v+" is blocking", v+" blocks")
	}
	return ws
}

// BotWordings are, lower case, what a bot check says: the verdict reads them
// as blocked, and rule AT8002 (bot-challenge) names the check when the
// body's reading rests on one and no signature of a known product matched.
var BotWordings = []string{"not a robot", "unusual traffic", "complete the security check", "checking your browser",
	"enable javascript and cookies to continue", "think you were a bot", "using automation tools", "verify you are human",
	"undeclared automated tool", "are you a robot", "automated queries", "automated requests", "bot detection", "suspected bot",
	"prove you are human", "confirm you are human", "human verification", "captcha",
	// a DDoS shield's interstitial (BlazingFast's "Checking before accessing <site>."),
	// a JavaScript check a mirror or shield runs first ("Verifying your browser")
	"checking before accessing", "verifying your browser", "verify your browser", "human-verification",
	// a human check in its other usual wordings ("Please verify you are a
	// human", "Are you a human?", PerimeterX's "Press and hold"), and a
	// bot manager saying what it took the client for
	"verify you are a human", "verify that you are a human", "verify that you are human", "verify you're a human",
	"verify you're human", "are you a human", "are you human", "press and hold", "press & hold",
	"request looks automated", "requests look automated", "bot detected", "detected as a bot", "identified as a bot",
	"flagged as a bot", "unusual activity from your computer", "unusual activity from your network", "unusual activity from your ip",
	// a challenge named as such ("the page returns a 429, which looks like a
	// Kasada challenge", "DataDome's JS challenge")
	"js challenge", "javascript challenge", "managed challenge", "challenge page", "cloudflare challenge", "akamai challenge",
	"imperva challenge", "incapsula challenge", "datadome challenge", "perimeterx challenge", "kasada challenge",
	"ddos-guard challenge",
	// Google's and other search engines' "unusual traffic" page in Chinese
	// ("我们的系统检测到您的计算机网络中存在异常流量"), a Chinese site's human
	// check ("人机验证")
	"异常流量", "人机验证"}

// RuleWordings are, lower case, what a service says when a rule about the
// request's transport, the client's software or network, the path, or the
// account's standing refused it, whatever the credentials: PyPI's "SSL is
// required", IIS 403.4 and 403.14, GitHub's "make sure your request has a
// User-Agent header", a streaming service's VPN check, Apache's autoindex
// and nginx's deny rules, a suspended account. The verdict reads them as
// blocked and names the rule's kind (ruleMeaning).
var RuleWordings = []RuleWording{
	{"Blocked by a transport rule: this endpoint takes HTTPS only",
		"a transport rule: the endpoint takes HTTPS only, so the request must be sent over https, not with other credentials",
		"send the request to the https:// URL; no credential changes a transport rule",
		[]string{"ssl is required", "ssl required", "https is required", "https required", "requires https", "requires ssl",
			"require https", "require ssl", "must use https", "use https instead", "secured with secure sockets layer",
			"tls is required", "ssl/tls is required", "https only", "only https", "plain http is not", "http is not supported"}},
	{"Blocked by a rule about the client's User-Agent, not by identity",
		"a rule about the client's software: the service refuses requests without (or with this) User-Agent, whoever sends them",
		"send a descriptive User-Agent header (the service's policy says which form); the credentials are not the problem",
		[]string{"user-agent header", "user agent header", "your user agent", "your user-agent", "user-agent is blocked",
			"user agent is blocked", "user-agent not allowed", "user agent not allowed", "blocked user agent", "blocked user-agent",
			"invalid user-agent", "invalid user agent", "missing user-agent", "missing user agent", "user-agent required",
			"user agent required", "user_agent_required",
			// a person's finding that the User-Agent decides ("wget's default
			// user-agent gets 403", "with a browser user agent it works")
			"default user agent", "default user-agent", "browser user agent", "browser user-agent", "browser-like user agent",
			"browser-like user-agent", "browser's user agent", "browser's user-agent", "changing the user agent", "changing the user-agent",
			"changed the user agent", "changed the user-agent", "setting the user agent", "setting the user-agent", "setting a user agent",
			"setting a user-agent", "user agent filter", "user-agent filter", "by user agent", "by user-agent",
			// a client that sends none at all ("the session is created
			// without the User-Agent"), or a policy asking for one that names
			// the application (Nominatim's, SEC EDGAR's fair-access rules)
			"without the user-agent", "without a user-agent", "without user-agent", "without the user agent",
			"without a user agent", "without any user agent", "without any user-agent", "no user-agent header", "no user agent header",
			"user agent that identifies", "user-agent that identifies", "user agent identifying", "user-agent identifying",
			// a policy asking for one (Wikimedia's "Please set a user-agent and
			// respect our robot policy")
			"set a user-agent", "set a user agent", "user-agent policy", "user agent policy"}},
	{"Blocked by a rule about the client's network (VPN, proxy, Tor or hosting range)",
		"a rule about the client's network: the service refuses VPNs, proxies, Tor or hosting networks, whoever the caller is",
		"retry from an ordinary connection, or ask the operator to allow the address; credentials do not change this rule",
		[]string{"vpn or proxy", "proxy or vpn", "vpn/proxy", "proxy/vpn", "vpn detected", "vpn_detected", "using a vpn",
			"tor exit", "anonymizing prox", "anonymising prox", "anonymous prox", "datacenter ip", "data center ip",
			"hosting provider ip", "hosting network"}},
	{"Refused by the network's egress rule: requests must go through its proxy, not a matter of identity",
		"a rule of the network the client sits in: its firewall or gateway refuses connections that bypass the configured forward proxy (an HTTP client that ignores HTTP_PROXY or HTTPS_PROXY), whoever makes them",
		"send the request through the network's proxy (set the proxy in the client, or use a client that honours HTTP_PROXY and HTTPS_PROXY); no credential for the site changes this rule",
		[]string{"use proxy server", "must use the proxy", "must go through the proxy", "direct internet access is not allowed",
			"direct access is not allowed", "bypassing the proxy"}},
	{"Blocked by the client's own network (a firewall or filter on the way), not by the site",
		"a rule of the network the client sits in: a company firewall, security appliance or filter between the client and the site refuses the request before the site sees it, whoever makes it",
		"try from another network or ask the network's administrators to allow the site or the protocol; no credential for the site changes this rule",
		[]string{"corporate firewall", "company firewall", "firewall was blocking", "firewall is blocking", "firewall was blocked",
			"firewall blocks", "firewall blocked", "blocked in our corporate network", "blocked in our company network",
			"blocked in the corporate network", "blocked in the company network", "blocked by our corporate", "blocked by the corporate",
			"blocked by our company", "corporate network blocks", "company network blocks"}},
	{"Blocked by an allow list of addresses: the client's IP is not on it, whoever asks",
		"a rule about the client's address: the service, its gateway or its firewall accepts only listed IP addresses or networks (an allow list, an IP restriction on the account or the key) and this client's address is not one of them, whatever the credentials",
		"call from an allowed address, or have the client's outbound address (as the service sees it, after NAT, a proxy or a container bridge) added to the allow list; credentials do not change this rule",
		[]string{"ip allow list", "ip allow-list", "ip allowlist", "ip whitelist", "ip white list", "ip restriction", "ip restrictions", "ip access list",
			"ip address is not allowed", "ip is not allowed", "ip not allowed", "ip address not allowed", "ip address is not permitted",
			"ip address is not authorized", "client address is not authorized", "not whitelisted", "not in the allowlist",
			// the list named after the address it holds, and the refusal that
			// names the address as what was not allowed (Transmission's RPC:
			// "Unauthorized IP Address. Either disable the IP address
			// whitelist or add your address to it.")
			"ip address whitelist", "ip address white list", "ip address allowlist", "ip address allow list",
			"unauthorized ip address", "unauthorised ip address",
			"not on the allowlist", "not in allowlist", "not on allowlist", "not in the whitelist", "not in whitelist",
			"not on the access list", "not on access list", "not in the access list", "not_on_access_list", "not_in_allowlist",
			"not_whitelisted", "不在白名单", "ip白名单",
			// a key or account bound to other addresses, in Chinese ("此 API
			// Key 不可用于当前 IP 地址": this key may not be used from the
			// current IP address; "当前 IP 不允许访问")
			"不可用于当前 ip", "不可用于当前ip", "当前 ip 不允许", "当前ip不允许", "ip 地址不允许", "ip地址不允许",
			// a proxy's allow-list middleware in its debug log (Traefik's
			// "source-IP … matched none of the white list - rejecting")
			"matched none of the white list", "matched none of the whitelist", "not in the white list", "not on the white list",
			// the address put on the list as the way out ("Can the server's
			// IP be whitelisted?", "ask them to allowlist our IP")
			"ip be whitelisted", "ip to be whitelisted", "ip address be whitelisted", "ip be allowlisted",
			"ip to be allowlisted", "whitelist my ip", "whitelist our ip", "whitelist the ip", "whitelist this ip",
			"allowlist my ip", "allowlist our ip", "allowlist the ip", "allowlist this ip",
			// the rule as the server's configuration writes it, quoted
			// beside the 403: nginx's "allow 10.0.0.0/8; deny all;",
			// Apache's "Require ip …" and "Deny from all", Caddy's "not
			// remote_ip" matcher, HAProxy's "{ src … }" ACL, Traefik's
			// IPAllowList middleware, ingress-nginx's source-range
			// annotation, IIS's ipSecurity section
			"deny all;", "require ip ", "require not ip ", "deny from all", "not remote_ip", "{ src ", "src -f ",
			"ipallowlist", "ipwhitelist", "whitelist-source-range", "allowlist-source-range", "<ipsecurity"}},
	{"Blocked by a rule about where the client is (country or region), not by identity",
		"a rule about where the request comes from: the service or its edge refuses this country or region (a geo block, a trade embargo or sanctions), whoever the caller is",
		"reach the service from an allowed region, or use a mirror the rule does not cover; no credential changes a geographic rule",
		[]string{"not available in your country", "not available in your region", "geo-block", "geoblock", "geo block",
			"geo-restrict", "georestrict", "geo restrict", "geo-fenc", "geofenc", "geographic restriction", "geographical restriction",
			"region-lock", "region lock", "trade embargo", "embargoed countr", "embargo against", "sanctioned countr", "sanctioned region",
			"due to sanctions", "because of sanctions", "export control", "blocked in my country", "blocked in our country",
			"users in my country", "users from my country", "users in our country", "users from our country",
			"your country or region",
			// an edge's geo restriction (CloudFront's "The Amazon CloudFront
			// distribution is configured to block access from your country"),
			// and the same words translated
			"access from your country", "access from your region", "from your country is", "from your region is",
			"您所在的国家", "您所在的地区", "お住まいの国", "お住まいの地域", "в вашей стране", "в вашем регионе",
			// an API that serves only some countries says the caller's is not
			// one of them (OpenAI's "Country, region, or territory not
			// supported", Gemini's "User location is not supported for the API
			// use", "not available in this region")
			"country, region, or territory", "country, region or territory", "unsupported_country", "unsupported country",
			"unsupported region", "location is not supported", "region is not supported", "country is not supported",
			"not supported in your country", "not supported in your region", "not available in your location",
			"not available in this country", "not available in this region", "unavailable in your country", "unavailable in your region",
			"only available in certain countries", "only available in certain regions",
			"by geographic location", "by geographical location", "based on geographic location", "based on geographical location",
			"geolocation restriction", "geo-location restriction",
			// a country's own filtering of its internet, named by the person
			// ("because of the new internet restrictions here", "the Great Firewall")
			"internet restrictions", "internet censorship", "great firewall",
			// a rule on traffic between jurisdictions (a data-export or
			// cross-border isolation policy at a company's edge)
			"cross-border"}},
	{"Blocked by a list of banned addresses (a reputation or spam block list), not by identity",
		"a rule about the client's address: the service or its firewall refuses addresses found on a block list (a spam or abuse reputation list, a ban list of its own), whoever is behind them",
		"ask the list's operator (or the site's) to delist the address, or use another network; signing in or a new credential does not lift an address ban",
		[]string{"ip blacklist", "ip blocklist", "ip block list", "ip-based block", "ip based block", "ip-based blacklist",
			"blacklisted ip", "blocklisted ip", "ip address is blacklisted", "ip address has been blacklisted", "ip is blacklisted",
			"ip has been blacklisted", "ip address is blocklisted", "ip address has been blocklisted", "ip address is on a block list",
			"address is on a blocklist", "ip reputation", "banned your ip", "spam block list", "spam blocklist", "spamhaus", "stop forum spam", "stopforumspam", "dnsbl",
			// the ban in a person's or an operator's words in other languages
			// ("IP被封了", "IP 차단", "보안시스템에서 차단", "IP заблокирован")
			"ip被封", "ip 被封", "封了ip", "封ip", "ip被ban", "ip被屏蔽", "ip被拉黑", "ip 被拉黑",
			"ip 차단", "ip가 차단", "ip를 차단", "보안시스템에서 차단", "보안 시스템에서 차단",
			"ip заблокирован", "ip-адрес заблокирован", "ip адрес заблокирован", "ipがブロック", "ipアドレスがブロック"}},
	{"Blocked because of traffic from the client's network: an abuse rule about its address, not identity",
		"a rule about the client's address: the service (a public mirror, a search engine, an API's shield) blocks addresses or networks that recently sent abnormal traffic, often for a while, whoever the caller is",
		"wait for the block to lapse and send fewer requests, or retry from another network (another address, IPv6); ask the operator to unblock the address if it persists; no credential lifts an address block",
		// the block page says what the address was seen doing (a mirror's
		// "the IP address that you are using is in the subnets that have had
		// abnormal requests recently", "本站会检查您所使用的 IP 地址是否位于近
		// 期有异常请求的网段"; a shield's "abnormal traffic from your network")
		[]string{"abnormal requests", "abnormal traffic", "异常请求"}},
	{"Refused for this host or endpoint: the service says to call another one, not a matter of identity",
		"a rule about where the request was sent: the service serves this method or API on another host, domain or endpoint and says so, whatever the credentials",
		"send the request to the host or endpoint the response names (the API's own domain, the region's endpoint); the credentials are not the problem",
		[]string{"restricted for current domain", "restricted for this domain", "not available on this domain", "not available on this host",
			"not allowed on this domain", "not allowed on this host", "not supported on this domain", "not supported on this host",
			"please use domain", "please use the domain", "please use host", "please use the host", "please use the endpoint",
			"please use the correct endpoint", "please use the correct host", "please use the correct domain", "use the correct endpoint"}},
	{"Refused by a server rule for this path, not by a login",
		"a server rule about the path: it does not list this directory or denies the location to every client, before any login",
		"check the URL (a file, not a directory) and the server's allow and deny rules for this location; its error log names the rule",
		[]string{"directory listing", "directory browsing", "directory index forbidden", "cannot serve directory",
			"list the contents of this directory", "access forbidden by rule",
			// Apache 2.4's 403 page for a directory with no index file and no
			// autoindex ("There is either no index document or the directory
			// is read-protected.")
			"no index document", "directory is read-protected",
			// nginx's error-log record of the same refusals, as people paste
			// it under their 403: `directory index of "/srv/site/" is
			// forbidden, client: …` (no index file, autoindex off) and
			// `open() "/srv/site/index.html" failed (13: Permission denied),
			// client: …` (the worker may not read the file or a directory
			// above it)
			"is forbidden, client: ", "(13: permission denied), client: "}},
	{"Blocked by a web application firewall's rule, not by identity",
		"a web application firewall's rule (ModSecurity's core rule set or the like) that matched what the request looks like, before the application saw it",
		"find the rule id in the firewall's log (ModSecurity's audit or error log) and change the request or add an exclusion; credentials make no difference",
		[]string{"modsecurity: access denied", "mod_security: access denied", "inbound anomaly score exceeded", "modsecurity: warning. matched",
			// the engine's own message in an audit log or a cloud WAF's log
			// field without the module's prefix ("Message: Access denied with
			// code 403 (phase 2)", Azure Application Gateway's "Access denied
			// with code 403. Found condition 0 in RemoteAddr")
			"access denied with code"}},
	{"Refused because the site is in maintenance mode, not by identity",
		"the site's maintenance mode: while it lasts the site (or its writes) refuses every request with this page, whoever asks, and a login or a permission does not change that",
		"wait for the maintenance to end (the page or the operator's status page may say when) and retry; credentials are not the problem",
		[]string{"under maintenance", "down for maintenance", "maintenance mode", "scheduled maintenance", "undergoing maintenance",
			"performing maintenance", "currently in maintenance", "en maintenance", "in wartung", "wartungsmodus", "en mantenimiento", "em manutenção", "维护中"}},
	{"Refused because a licence, trial or plan has run out, not by identity",
		"the standing of the product or the plan: its licence, trial or subscription has expired (or the plan's allowance is used up), so it refuses the request whoever asks and whatever the credentials",
		"renew the licence or subscription, or upgrade the plan (the operator or the account's owner can); signing in again or a new token will not lift it",
		[]string{"license expired", "licence expired", "license has expired", "licence has expired", "license is expired",
			"licence is expired", "license has been expired", "trial expired", "trial has expired", "trial period has ended",
			"trial has ended", "subscription expired", "subscription has expired", "subscription is expired",
			"upgrade your plan", "plan limit", "plan's limit", "exceeded your plan",
			"许可证已过期", "授权已过期", "ライセンスの有効期限", "lizenz abgelaufen", "lizenz ist abgelaufen", "licence expirée", "licencia expirada",
			"licença expirada",
			// the account's balance or billing, not its identity: no credit
			// left, billing not set up or capped (Anthropic's "Your credit
			// balance is too low to access the Anthropic API", OpenAI's
			// "Billing hard limit has been reached", "check your plan and
			// billing details", a 402's "Payment Required")
			"credit balance is too low", "credit balance too low", "insufficient balance", "insufficient credit",
			"insufficient funds", "out of credits", "purchase credits", "buy credits", "add credits", "payment required",
			"plan and billing", "billing details", "billing hard limit", "billing_hard_limit", "enable billing",
			"billing to be enabled", "billing is not enabled", "billing is disabled", "billing disabled",
			"not available on your plan", "not available on your current plan", "not included in your plan",
			"requires a paid plan", "upgrade to a paid plan", "upgrade your subscription"}},
	{"Refused because the API, service or feature is not enabled for this project or account, not by identity",
		"a setting of the project, account or organisation the call counts against: the API, service or feature is not enabled (or was switched off, or the account is not subscribed to it there), so it refuses the request whoever asks and whatever the credentials",
		"enable the API or feature, or subscribe the account to the service, where the provider says (its console or the administrator's settings), wait a few minutes and retry; a new token or login will not change it",
		[]string{
			// the API or service not switched on for the project or the
			// organisation (Google's "… API has not been used in project …
			// before or it is disabled", Google Maps' "Google has disabled
			// the use of APIs from this API project", Salesforce's "The REST
			// API is not enabled for this Organization")
			"has not been used in project", "api has not been enabled", "api is not enabled", "api not enabled",
			"api is disabled", "api has been disabled", "disabled the use of api", "not enabled for this project",
			"not enabled for your project", "not enabled for this organization", "not enabled for this organisation",
			"not enabled for your organization", "not enabled for your organisation", "service has been disabled",
			"service is disabled", "feature is disabled", "feature is not enabled", "feature not enabled",
			"feature has been disabled", "feature is turned off",
			// the account not subscribed to the service, or the subscription
			// not registered for it (AWS's OptInRequired "You are not
			// subscribed to this service" and "The AWS Access Key Id needs a
			// subscription for the service", Azure's
			// MissingSubscriptionRegistration "The subscription is not
			// registered to use namespace …")
			"not subscribed to this service", "not subscribed to the service", "needs a subscription for",
			"subscription is required", "not registered to use namespace", "subscription is not registered",
			"subscription is disabled", "subscription has been disabled"}},
	{"Refused because the service is over capacity, not by identity",
		"the service's capacity: it is overloaded or over capacity and turns requests away for a while, whoever asks and whatever the credentials",
		"retry later with backoff (honour Retry-After when it is sent); the credentials are not the problem",
		[]string{"over capacity", "overcapacity", "overloaded", "server is busy", "servers are busy", "insufficient capacity",
			"out of capacity", "capacity exceeded", "provisioned throughput", "throughput exceeded"}},
	{"Blocked: the account or resource is suspended or disabled",
		"the standing of the account or resource: the provider suspended or disabled it, so it refuses every caller whatever the credentials (support, not a login, can lift it)",
		"contact the service's support about the suspension; signing in again or a new token will not lift it",
		[]string{"account has been suspended", "account is suspended", "account suspended", "account_suspended",
			"account has been terminated", "app has been suspended", "application has been suspended",
			"access to this bucket has been disabled", "problem with your aws account", "problem with your account"}},
}

// WorksElsewhere is a person's finding that the URL refused with 403 works
// from another client (a browser, Postman, curl, another HTTP library):
// with no credential involved, the server or its edge reacts to how this
// client makes the request. Read only in the text around a dump
// (proseRule), and only when that text names no credential or session.
var WorksElsewhere = RuleWording{"Refused for this client, not for who is asking: the same URL works from other clients",
	"a rule about the client: the same URL works from a browser or another client, so the server or its edge reacts to how this one makes the request (its User-Agent, headers, TLS fingerprint or URL encoding), not to an identity",
	"compare this client's request with the one that works (User-Agent, headers, URL encoding) and make them match; no credential is involved",
	[]string{"works in the browser", "works in a browser", "works from the browser", "works from a browser", "works fine in the browser",
		"works fine in a browser", "works fine from the browser", "works in firefox", "works in chrome", "works in postman", "works from postman",
		"works fine in postman", "works with postman", "in the browser it works", "in a browser it works", "from the browser it works",
		"the browser are ok", "the browser is ok", "browsers are ok", "browser works fine", "browsers work fine",
		"same url works", "the same url works", "opens fine in the browser", "loads fine in the browser", "loads it fine", "the browser loads it"}}

// NetworkElsewhere is a person's finding that the refused request goes
// through from another network ("with a VPN turned on it works", "on a
// mobile hotspot the error goes away"): the service or its edge refuses
// the client's network or address, not an identity. Read only in the text
// around a dump and in a pasted account (proseRule, networkDecides); its
// Words are unused, the finding needs a network change and an outcome.
var NetworkElsewhere = RuleWording{"Refused for this client's network or address, not for who is asking: it works from another network",
	"a rule about the client's network or address: the same request goes through from another network (a VPN, a mobile hotspot, another address), so the service or its edge refuses this network, address range or region (an IP or region block, a reputation list), not an identity",
	"use the network that works, or ask the operator to allow this address or region (give them the address and the time); no credential changes the rule",
	nil}

// MethodElsewhere is a person's finding that the URL refused with 403
// answers another request method ("A plain `GET` of the same URL still
// works", "changing `post` to `get` makes the request go through"): with
// no credential involved, the refusal is about the method (a request-forgery
// check on state-changing requests, a firewall rule on HEAD or PUT, a route
// that takes only some methods), not about who asks. Read only in the text
// around a dump (proseRule, methodDecides).
var MethodElsewhere = RuleWording{"Refused for this request method, not for who is asking: the same URL works with another method",
	"a rule about the request's method: the same URL goes through with another method, so a check on this method (a CSRF check on state-changing requests, a firewall rule, a route that takes only some methods) refuses it, not an identity",
	"compare what the working method sends with this one (a CSRF token, the headers a firewall expects) or use the method the endpoint takes; no credential is involved",
	nil}

// OriginDecides is a person's finding that the request's Origin header
// decides whether it goes through ("they say you have to send an Origin
// header", "that's because Postman sends its own origin"): the server, or
// its CSRF or CORS middleware, takes requests only from origins it knows,
// whoever asks. Read only in the text around a dump (proseRule,
// originDecides); its Words are unused, since in a body "Origin header"
// is as often a browser's CORS message about a response header.
var OriginDecides = RuleWording{"Refused for the request's Origin header, not for who is asking",
	"a rule about the request's Origin header: the server (or its CSRF or CORS middleware) accepts requests only from origins it knows, so sending, dropping or changing the Origin decides, not an identity",
	"send the Origin the service expects (or none, as a server-side client does), or have the operator add this origin to its allowed list; no credential changes this check",
	nil}

// EdgeNamed is a person's account that a bot-protection or DDoS-protection
// edge stands in front of the site that refused with 403 ("Cloudflare in
// front as CDN", "I used another cloudflare scraper before"): with no
// credential involved, the edge's bot check is what turns an automated
// client away (Cloudflare's Bot Fight Mode and Browser Integrity Check
// answer 403 to clients that look automated:
// https://developers.cloudflare.com/bots/get-started/bot-fight-mode/).
// Read only in the text around a dump (proseRule), only when that text
// names no credential or session, and never when the request went to the
// edge vendor's own API (EdgeAPIWords).
var EdgeNamed = RuleWording{"Refused by the site's edge protection, not by identity: a bot or DDoS check in front of the site",
	"the site's edge (a CDN's bot or DDoS protection) in front of it, which refuses clients that look automated — their User-Agent, TLS fingerprint, missing cookies or a hosting network's address — before the site sees the request, not an identity",
	"make the request as a browser would (or from another network), ask the site's operator to allow the client (a bot-protection exception or an API endpoint meant for it), or use the site's official API; no credential changes the edge's verdict",
	append([]string{"bot protection", "bot fight mode", "browser integrity check", "ddos protection",
		"anti-bot", "antibot", "bot management",
		// the cookie Cloudflare sets once its challenge is passed: named
		// around a 403, the challenge is what the client must get through
		"cf_clearance",
		// Cloudflare by its short name in Chinese threads ("CF 返回的 403",
		// "被 CF 拦截", its "5 秒盾" challenge)
		"cf 返回", "cf返回", "被cf", "被 cf", "cf盾", "cf 盾", "cf拦截", "cf 拦截", "5秒盾", "五秒盾"}, EdgeVendors...)}

// EdgeAPIWords name an edge vendor's own API or sign-in product, whose
// refusals are about its own tokens, not about bots: Cloudflare's, and
// Akamai's (its API hosts under akamaiapis.net, signed with EdgeGrid,
// called through egcurl or the akamai CLI), Imperva's and Fastly's.
var EdgeAPIWords = []string{"api.cloudflare.com", "cloudflare api", "cloudflare access", "cloudflared", "wrangler", "zero trust",
	"cloudflare r2", "r2.cloudflarestorage", "cloudflare provider", "workers",
	"akamaiapis.net", "edgegrid", "egcurl", ".edgerc", "akamai api", "api.imperva.com", "my.imperva.com/api", "my.incapsula.com/api",
	"api.fastly.com"}

// RuleWording is one kind of rule of RuleWordings: the headline, what it
// means, the next step, and the words that name it.
type RuleWording struct {
	Headline, Meaning, Next string
	Words                   []string
}

// RuleNamed is the RuleWordings kind named in lower-cased l, and not ruled
// out by a negation before it ("the site is not blocked in our company
// network").
func RuleNamed(l string) (RuleWording, bool) {
	l = plainWords(l)
	for _, g := range RuleWordings {
		for _, w := range g.Words {
			if strings.Contains(l, w) && (!wordOnly.Has(w) || ascii.ContainsWord(l, w)) && Stated(l, w) >= 0 {
				return g, true
			}
		}
	}
	return RuleWording{}, false
}

var messagePhrases = append(func() []messagePhrase {
	var ps []messagePhrase
	for _, ws := range [][]string{RateLimitWordings, CSRFWordings, WAFWordings, BotWordings, WebFilterWordings} {
		for _, w := range ws {
			ps = append(ps, messagePhrase{w, rule.Blocked, false})
		}
	}
	for _, g := range RuleWordings {
		for _, w := range g.Words {
			ps = append(ps, messagePhrase{w, rule.Blocked, false})
		}
	}
	// a terms or licence gate: the account is known and must accept the
	// terms of the data or service first (the corpus labels such gates
	// authorization)
	for _, w := range termsGateWords {
		ps = append(ps, messagePhrase{w, rule.Authorization, false})
	}
	return ps
}(), []messagePhrase{
	{"origin not allowed", rule.Blocked, false},
	{"network authentication required", rule.Blocked, false}, // 511: a captive portal, not the site (before "authentication required")
	// a rule about the request's Referer or Origin (hotlink protection, a
	// CSRF-style check in front of the application)
	{"neither referer nor origin", rule.Blocked, false}, {"referer nor origin", rule.Blocked, false},
	{"requests from referer", rule.Blocked, false}, {"requests from this referer", rule.Blocked, false},
	{"invalid referer", rule.Blocked, false}, {"missing referer", rule.Blocked, false}, {"referer not allowed", rule.Blocked, false},
	{"referrer not allowed", rule.Blocked, false}, {"hotlinking", rule.Blocked, false}, {"hotlink protection", rule.Blocked, false},
	// a usage policy that demands a Referer (OpenStreetMap's tile servers:
	// "Referer is required by tile usage policy")
	{"referer is required", rule.Blocked, false}, {"referrer is required", rule.Blocked, false},
	{"referer required", rule.Blocked, false}, {"referrer required", rule.Blocked, false},
	// a rule about where the request comes from, or a check for bots
	{"site owner may have set restrictions", rule.Blocked, false},                                                     // an edge's block page (Cloudflare 1020, StackPath)
	{"ip address of the client has been rejected", rule.Blocked, false}, {"ip address rejected", rule.Blocked, false}, // IIS 403.6, 403.503
	{"ip address has been blocked", rule.Blocked, false}, {"ip has been blocked", rule.Blocked, false}, {"ip address has been banned", rule.Blocked, false},
	{"ip has been temporarily blocked", rule.Blocked, false}, {"ip address has been temporarily blocked", rule.Blocked, false},
	{"ip has been automatically blocked", rule.Blocked, false}, {"ip address has been automatically blocked", rule.Blocked, false},
	{"ip has been permanently blocked", rule.Blocked, false}, {"ip address has been permanently blocked", rule.Blocked, false},
	{"ip has been banned", rule.Blocked, false},
	// network rules of clouds and gateways: an allow list of addresses, a
	// service firewall, private-link-only access, a service perimeter
	// (GitHub's organization IP allow list, Kong's ip-restriction, Apigee's
	// Access Control policy, Azure Key Vault's, Cosmos DB's and SQL's
	// firewalls, Google's VPC Service Controls): whatever the credentials
	{"for client ip", rule.Blocked, false}, {"client with ip address", rule.Blocked, false},
	{"public network access is disabled", rule.Blocked, false},
	{"not from a trusted service", rule.Blocked, false}, {"through public internet", rule.Blocked, false},
	{"account firewall settings", rule.Blocked, false}, {"blocked by the firewall rules", rule.Blocked, false},
	{"vpcservicecontrols", rule.Blocked, false}, {"vpc service controls", rule.Blocked, false},
	// a database's rule about the client's host, before any password is
	// checked (MySQL's "Host … is not allowed to connect to this MySQL
	// server", PostgreSQL's "no pg_hba.conf entry for host")
	{"is not allowed to connect to this", rule.Blocked, false}, {"no pg_hba.conf entry", rule.Blocked, false},
	// forward proxies' and web filters' block pages (URL categories,
	// malware scanning, an organisation's policy)
	{"access has been blocked", rule.Blocked, false}, {"site has been blocked", rule.Blocked, false}, {"site is blocked", rule.Blocked, false},
	{"website has been blocked", rule.Blocked, false}, {"website is blocked", rule.Blocked, false}, {"page has been blocked", rule.Blocked, false},
	{"url has been blocked", rule.Blocked, false},
	{"blocked by the administrator", rule.Blocked, false},
	{"website blocked", rule.Blocked, false}, {"following website has been denied", rule.Blocked, false}, // a DNS filter's page (Pi-hole)
	// a signed-in caller told to sign in as someone allowed (SonarQube's
	// "Please log in with more privileges"): the sign-in words are about
	// another account, so before the sign-in wordings below
	{"log in with more privileges", rule.Authorization, false}, {"login with more privileges", rule.Authorization, false},
	{"sign in with more privileges", rule.Authorization, false}, {"log in as a user with", rule.Authorization, false},
	{"sign in as a user with", rule.Authorization, false}, {"log in with an account that has", rule.Authorization, false},
	{"sign in with an account that has", rule.Authorization, false},
	// a document shared with others (Google Drive's and SharePoint's
	// "You need access … switch to an account with access")
	{"switch to an account with access", rule.Authorization, false}, {"ask for access, or switch", rule.Authorization, false},
	{"you need access", rule.Authorization, false},
	// a permission checked and failed (Proxmox's "Permission check failed
	// (/vms/100, VM.Allocate)")
	{"permission check failed", rule.Authorization, false},
	// the server process's own file-system rights, in .NET's IO error and
	// ASP.NET's error page ("Access to the path 'D:\\site\\x' is denied.",
	// "ASP.NET is not authorized to access the requested resource"): the
	// account the site runs as may not write a file, whoever the visitor is
	{"access to the path", rule.None, false}, {"asp.net is not authorized to access", rule.None, false},

	{"not authenticated", rule.Authentication, false}, {"unauthenticated", rule.Authentication, false},
	{"authentication required", rule.Authentication, false}, {"authentication failed", rule.Authentication, false},
	// the title of a 401 as Apache and nginx write it ("401 Authorization
	// Required"), and what clients print for one (Mercurial's "abort: http
	// authorization required for URL")
	{"authorization required", rule.Authentication, false},
	{"authentication credentials were not provided", rule.Authentication, false},
	// the standard description of a 401 that servers' error pages print
	// (Tomcat's "… because it lacks valid authentication credentials for
	// the target resource", MDN's and RFC 9110's wording)
	{"lacks valid authentication credentials", rule.Authentication, false},
	{"requires authentication", rule.Authentication, false}, {"must be authenticated", rule.Authentication, false},
	{"must be logged in", rule.Authentication, false}, {"login required", rule.Authentication, false},
	{"please log in", rule.Authentication, false}, {"please login", rule.Authentication, false},
	{"invalid token", rule.Authentication, false}, {"invalid access token", rule.Authentication, false},
	{"token is invalid", rule.Authentication, false}, {"token expired", rule.Authentication, false},
	{"token has expired", rule.Authentication, false}, {"jwt expired", rule.Authentication, false},
	{"expired token", rule.Authentication, false}, {"invalid api key", rule.Authentication, false},
	{"api key is invalid", rule.Authentication, false}, {"invalid credentials", rule.Authentication, false},
	{"bad credentials", rule.Authentication, false}, {"could not verify that you are authorized", rule.Authentication, false},
	{"wrong credentials", rule.Authentication, false}, {"http basic: access denied", rule.Authentication, false}, {"signature we calculated does not match", rule.Authentication, false},
	{"signature does not match", rule.Authentication, false}, {"signature doesn't match", rule.Authentication, false}, {"credentials not found", rule.Authentication, false},
	{"credentials were not found", rule.Authentication, false}, {"incorrect username or password", rule.Authentication, false},
	{"invalid username or password", rule.Authentication, false}, {"wrong username or password", rule.Authentication, false}, {"not logged in", rule.Authentication, false},
	{"need to sign in", rule.Authentication, false}, {"need to log in", rule.Authentication, false},
	{"please sign in", rule.Authentication, false}, {"must sign in", rule.Authentication, false}, {"session expired", rule.Authentication, false},
	{"session has expired", rule.Authentication, false}, {"security token included in the request is invalid", rule.Authentication, false},
	{"missing authorization header", rule.Authentication, false}, {"no authorization header", rule.Authentication, false},
	{"authorization header is missing", rule.Authentication, false}, {"invalid authentication", rule.Authentication, false},
	{"authentication is required", rule.Authentication, false}, {"authentication is needed", rule.Authentication, false},
	{"must log in", rule.Authentication, false}, {"must login", rule.Authentication, false}, {"need to login", rule.Authentication, false},
	{"log in to continue", rule.Authentication, false}, {"login to continue", rule.Authentication, false}, {"sign in to continue", rule.Authentication, false},
	{"log in first", rule.Authentication, false}, {"login first", rule.Authentication, false}, {"sign in first", rule.Authentication, false},
	{"must authenticate", rule.Authentication, false}, {"need to authenticate", rule.Authentication, false},
	{"invalid login", rule.Authentication, false}, {"login invalid", rule.Authentication, false}, {"incorrect login", rule.Authentication, false},
	{"invalid username/password", rule.Authentication, false}, {"invalid user name or password", rule.Authentication, false},
	{"not logged-in", rule.Authentication, false}, {"not logged on", rule.Authentication, false},
	{"not signed in", rule.Authentication, false}, {"please authenticate", rule.Authentication, false},
	{"anonymous access", rule.Authentication, false}, {"anonymous user", rule.Authentication, false},
	// the anonymous principal named as the user refused (Artifactory's
	// "… is forbidden for user: 'anonymous'.", Elasticsearch's "for user
	// [_anonymous]", an access gateway's "not authorized to user
	// <anonymous>"): nobody signed in
	{"user: 'anonymous'", rule.Authentication, false}, {"user 'anonymous'", rule.Authentication, false},
	{"user <anonymous>", rule.Authentication, false}, {"user: <anonymous>", rule.Authentication, false},
	{"user: \"anonymous\"", rule.Authentication, false}, {"user \"anonymous\"", rule.Authentication, false},
	{"user [_anonymous]", rule.Authentication, false}, {"for user anonymous", rule.Authentication, false},
	{"anonymous requests are not", rule.Authentication, false},
	{"no token", rule.Authentication, false}, {"no api key", rule.Authentication, false}, {"no credentials", rule.Authentication, false},
	{"no auth token", rule.Authentication, false}, {"no authentication token", rule.Authentication, false}, {"no access token", rule.Authentication, false},
	{"no bearer token", rule.Authentication, false}, {"no authorization token", rule.Authentication, false},
	// mutual TLS without the client's certificate (a gateway's "No client
	// certificate presented")
	{"no client certificate", rule.Authentication, false},
	// a key of another region or data centre of the service (Mailchimp's
	// "The API key provided is linked to a different datacenter"): not
	// known where it was sent
	{"linked to a different datacenter", rule.Authentication, false}, {"wrong datacenter", rule.Authentication, false},
	{"linked to a different data center", rule.Authentication, false}, {"wrong data center", rule.Authentication, false},
	{"abort: authorization failed", rule.Authentication, false}, // Mercurial's abort on a 401
	{"(using password:", rule.Authentication, false},            // MySQL's "Access denied for user 'u'@'h' (using password: YES)"
	{"could not read username", rule.Authentication, false},     // git asking for credentials it cannot prompt for
	{"no basic auth credentials", rule.Authentication, false},   // docker push/pull with no login for the registry
	// a sign-in refused, whatever status the server chose for it (docker
	// login's "login attempt to https://…/v2/ failed with status: 403
	// Forbidden": registries that answer a wrong password with 403)
	{"login attempt to", rule.Authentication, false}, {"login attempt failed", rule.Authentication, false},
	{"failed login", rule.Authentication, false}, {"failed to login", rule.Authentication, false}, {"failed sign-in", rule.Authentication, false},
	{"failed logon", rule.Authentication, false}, {"failed authentication", rule.Authentication, false}, {"invalid login attempt", rule.Authentication, false},
	{"failed password for", rule.Authentication, false}, // sshd and PAM logs
	{"login attempt was not successful", rule.Authentication, false}, {"login attempt failed", rule.Authentication, false},
	{"login was unsuccessful", rule.Authentication, false}, {"unsuccessful login", rule.Authentication, false}, {"sign-in was unsuccessful", rule.Authentication, false},
	{"did not match our records", rule.Authentication, false}, {"does not match our records", rule.Authentication, false},
	{"account has been locked", rule.Authentication, false}, {"account is locked", rule.Authentication, false}, {"account locked", rule.Authentication, false},
	{"failed to log on", rule.Authentication, false}, {"logon failure", rule.Authentication, false}, {"logon failed", rule.Authentication, false},
	{"unknown user name or bad password", rule.Authentication, false}, // Windows' logon failure reason
	{"no active account", rule.Authentication, false}, {"have an active account selected", rule.Authentication, false},
	{"no authentication", rule.Authentication, false}, {"jwt must be provided", rule.Authentication, false}, {"jwt malformed", rule.Authentication, false},
	{"couldn't authenticate", rule.Authentication, false}, {"could not authenticate", rule.Authentication, false},
	{"cannot authenticate", rule.Authentication, false}, {"can't authenticate", rule.Authentication, false},
	{"authentication error", rule.Authentication, false}, {"authentication failure", rule.Authentication, false},
	{"not currently logged in", rule.Authentication, false}, {"not currently signed in", rule.Authentication, false},
	{"must be signed in", rule.Authentication, false}, {"need to be signed in", rule.Authentication, false}, {"need to be logged in", rule.Authentication, false},
	{"have to be logged in", rule.Authentication, false}, {"have to log in", rule.Authentication, false}, {"have to sign in", rule.Authentication, false},
	{"asking you to sign in", rule.Authentication, false}, // Chrome's dialog for a Basic or Digest challenge
	{"re-authenticate", rule.Authentication, false}, {"reauthenticate", rule.Authentication, false},
	{"need to be authenticated", rule.Authentication, false}, {"needs to be authenticated", rule.Authentication, false},
	{"have to be authenticated", rule.Authentication, false}, {"has to be authenticated", rule.Authentication, false},
	// a refusal that names signing in as what was missing ("Not allowed to
	// access this resource without authentication"): before the
	// permission wordings it comes with
	{"without authentication", rule.Authentication, false}, {"without being authenticated", rule.Authentication, false},
	{"without logging in", rule.Authentication, false}, {"without signing in", rule.Authentication, false},
	{"without being logged in", rule.Authentication, false}, {"without being signed in", rule.Authentication, false},
	// a resource kept for callers who signed in ("Access restricted to
	// authenticated users", "only available to logged-in users")
	{"only authenticated users", rule.Authentication, false}, {"restricted to authenticated users", rule.Authentication, false},
	{"available to authenticated users", rule.Authentication, false}, {"only logged-in users", rule.Authentication, false},
	{"only logged in users", rule.Authentication, false}, {"restricted to logged-in users", rule.Authentication, false},
	{"restricted to logged in users", rule.Authentication, false}, {"available to logged-in users", rule.Authentication, false},
	{"available to logged in users", rule.Authentication, false}, {"only signed-in users", rule.Authentication, false},
	// a request that carries no signature where one is the credential
	// (signed API requests, HTTP message signatures)
	{"request was not signed", rule.Authentication, false}, {"request is not signed", rule.Authentication, false},
	{"request not signed", rule.Authentication, false}, {"request must be signed", rule.Authentication, false},
	// SSH's refusal of every key or password offered ("git@host:
	// Permission denied (publickey)."), before the permission wordings
	{"permission denied (publickey", rule.Authentication, false}, {"permission denied (password", rule.Authentication, false},
	{"permission denied (keyboard-interactive", rule.Authentication, false},
	// the caller is refused as anonymous or without an identity: not known,
	// whatever the status ("user anonymous not allowed to publish", Google's
	// "unregistered callers (callers without established identity)")
	{"user anonymous", rule.Authentication, false}, {"anonymous is not allowed", rule.Authentication, false},
	{"authenticated as: anonymous", rule.Authentication, false}, {"authenticated as anonymous", rule.Authentication, false},
	{"anonymoususer", rule.Authentication, false}, // Django's request.user when nobody signed in
	{"anonymous not allowed", rule.Authentication, false}, {"anonymous caller", rule.Authentication, false},
	{"anonymous request", rule.Authentication, false}, {"anonymous users", rule.Authentication, false},
	{"authorization has been denied for this request", rule.Authentication, false}, // ASP.NET Web API's 401 to an unauthenticated caller
	{"requires http authentication", rule.Authentication, false}, {"requires login", rule.Authentication, false},
	{"login is required", rule.Authentication, false}, {"sign in required", rule.Authentication, false}, {"sign-in required", rule.Authentication, false},
	{"state information lost", rule.Authentication, false}, // SimpleSAMLphp: the sign-in's state is gone (NOSTATE)
	{"login failed", rule.Authentication, false}, {"login fails", rule.Authentication, false}, {"authentication fails", rule.Authentication, false},
	{"sign-in fails", rule.Authentication, false}, {"sign in fails", rule.Authentication, false}, {"login was refused", rule.Authentication, false}, {"sign-in failed", rule.Authentication, false}, {"sign in failed", rule.Authentication, false},
	{"couldn't sign you in", rule.Authentication, false}, {"could not sign you in", rule.Authentication, false}, {"unable to sign in", rule.Authentication, false},
	{"unable to log in", rule.Authentication, false}, {"failed to log in", rule.Authentication, false}, {"failed to sign in", rule.Authentication, false},
	{"unregistered caller", rule.Authentication, false}, {"without established identity", rule.Authentication, false},
	// a guest as forums and package registries call one (Sinopia's and
	// Verdaccio's "unregistered users are not allowed to access package x")
	{"unregistered user", rule.Authentication, false},
	{"(role: guest)", rule.Authentication, false}, {"role: guest", rule.Authentication, false},
	// a sign-in that lapsed, and a second factor turned down (a one-time
	// or verification code)
	{"login expired", rule.Authentication, false}, {"login has expired", rule.Authentication, false},
	{"invalid otp", rule.Authentication, false}, {"otp is invalid", rule.Authentication, false}, {"otp expired", rule.Authentication, false},
	{"otp has expired", rule.Authentication, false}, {"invalid one-time", rule.Authentication, false}, {"invalid totp", rule.Authentication, false},
	{"invalid verification code", rule.Authentication, false}, {"verification code is invalid", rule.Authentication, false},
	{"verification code has expired", rule.Authentication, false}, {"invalid 2fa", rule.Authentication, false},
	{"invalid two-factor", rule.Authentication, false}, {"invalid mfa", rule.Authentication, false},
	// a kind of credential the server no longer takes ("Basic auth with
	// password is not allowed on this instance", "password authentication is
	// not supported"): the fix is another credential, not a permission
	{"auth with password is not allowed", rule.Authentication, false}, {"authentication with password is not allowed", rule.Authentication, false},
	{"password authentication is not", rule.Authentication, false}, {"password is not allowed", rule.Authentication, false},
	{"password authentication was removed", rule.Authentication, false}, {"stopped supporting account passwords", rule.Authentication, false},
	{"stopped supporting passwords", rule.Authentication, false}, {"no longer supports account passwords", rule.Authentication, false},
	{"no longer supports password", rule.Authentication, false}, {"no longer accepts account passwords", rule.Authentication, false},
	{"no longer accepts password", rule.Authentication, false}, {"app passwords are recommended", rule.Authentication, false},
	{"passwords are not allowed", rule.Authentication, false},
	// the same in the languages pastes come in most (Spanish, Portuguese, French,
	// German, Dutch, Italian, Russian, Chinese, Japanese, Korean)
	{"no autenticado", rule.Authentication, false}, {"não autenticado", rule.Authentication, false},
	{"non authentifié", rule.Authentication, false}, {"nicht angemeldet", rule.Authentication, false},
	{"nicht authentifiziert", rule.Authentication, false}, {"niet ingelogd", rule.Authentication, false},
	{"non autenticato", rule.Authentication, false}, {"не авторизован", rule.Authentication, false},
	{"未登录", rule.Authentication, false}, {"未授权", rule.Authentication, false}, {"登录已过期", rule.Authentication, false},
	{"令牌无效", rule.Authentication, false}, {"认证失败", rule.Authentication, false}, {"身份验证失败", rule.Authentication, false},
	// a login that timed out, a signature check that failed, an OAuth client
	// not recognised ("无效的客户端": invalid_client in words)
	{"登录超时", rule.Authentication, false}, {"验签失败", rule.Authentication, false}, {"无效的客户端", rule.Authentication, false},
	{"anmeldung fehlgeschlagen", rule.Authentication, false}, {"authentifizierung fehlgeschlagen", rule.Authentication, false},
	{"ungültige anmeldedaten", rule.Authentication, false}, {"sitzung abgelaufen", rule.Authentication, false}, {"ungültiges token", rule.Authentication, false},
	{"échec de l'authentification", rule.Authentication, false}, {"authentification échouée", rule.Authentication, false},
	{"identifiants invalides", rule.Authentication, false}, {"jeton invalide", rule.Authentication, false}, {"jeton expiré", rule.Authentication, false},
	{"session expirée", rule.Authentication, false}, {"veuillez vous connecter", rule.Authentication, false},
	{"credenciales inválidas", rule.Authentication, false}, {"credenciales incorrectas", rule.Authentication, false}, {"token inválido", rule.Authentication, false},
	{"token expirado", rule.Authentication, false}, {"token no válido", rule.Authentication, false}, {"sesión expirada", rule.Authentication, false},
	{"sesión ha expirado", rule.Authentication, false}, {"debe iniciar sesión", rule.Authentication, false}, {"contraseña incorrect", rule.Authentication, false},
	{"credenciais inválidas", rule.Authentication, false}, {"sessão expirada", rule.Authentication, false}, {"senha inválid", rule.Authentication, false},
	{"senha incorreta", rule.Authentication, false}, {"credenziali non valide", rule.Authentication, false}, {"token non valido", rule.Authentication, false},
	{"token scaduto", rule.Authentication, false}, {"sessione scaduta", rule.Authentication, false}, {"ongeldige inloggegevens", rule.Authentication, false},
	{"sessie verlopen", rule.Authentication, false}, {"неверный токен", rule.Authentication, false}, {"токен недействителен", rule.Authentication, false},
	{"неверный логин или пароль", rule.Authentication, false}, {"неверный пароль", rule.Authentication, false}, {"сессия истекла", rule.Authentication, false},
	{"требуется авторизация", rule.Authentication, false}, {"необходимо авторизоваться", rule.Authentication, false}, {"необходима авторизация", rule.Authentication, false},
	{"ошибка авторизации", rule.Authentication, false}, {"ошибка аутентификации", rule.Authentication, false},
	{"请先登录", rule.Authentication, false}, {"请登录", rule.Authentication, false}, {"请登陆", rule.Authentication, false},
	{"請登入", rule.Authentication, false}, {"請先登入", rule.Authentication, false}, {"需要登录", rule.Authentication, false},
	{"尚未登录", rule.Authentication, false}, {"没有登录", rule.Authentication, false}, {"未登陆", rule.Authentication, false},
	{"登陆失效", rule.Authentication, false}, {"登陆过期", rule.Authentication, false}, {"请重新登录", rule.Authentication, false}, {"登录失效", rule.Authentication, false}, {"登录过期", rule.Authentication, false},
	{"token已过期", rule.Authentication, false}, {"token过期", rule.Authentication, false}, {"token失效", rule.Authentication, false}, {"token无效", rule.Authentication, false},
	{"用户名或密码错误", rule.Authentication, false}, {"密码错误", rule.Authentication, false}, {"签名错误", rule.Authentication, false}, {"签名无效", rule.Authentication, false},
	{"签名验证失败", rule.Authentication, false}, {"未认证", rule.Authentication, false}, {"认证失效", rule.Authentication, false}, {"会话已过期", rule.Authentication, false},
	{"ログインしてください", rule.Authentication, false}, {"ログインが必要", rule.Authentication, false}, {"セッションの有効期限", rule.Authentication, false},
	{"トークンが無効", rule.Authentication, false}, {"無効なトークン", rule.Authentication, false}, {"パスワードが間違", rule.Authentication, false},
	{"로그인이 필요", rule.Authentication, false}, {"인증이 필요", rule.Authentication, false}, {"토큰이 만료", rule.Authentication, false},
	{"유효하지 않은 토큰", rule.Authentication, false}, {"세션이 만료", rule.Authentication, false},
	{"keine berechtigung", rule.Authorization, false}, {"unzureichende berechtigung", rule.Authorization, false},
	{"vous n'avez pas les droits", rule.Authorization, false}, {"vous n'avez pas la permission", rule.Authorization, false}, {"permission refusée", rule.Authorization, false},
	{"no tiene permiso", rule.Authorization, false}, {"no tienes permiso", rule.Authorization, false}, {"permiso denegado", rule.Authorization, false},
	{"não tem permissão", rule.Authorization, false}, {"sem permissão", rule.Authorization, false}, {"permissão negada", rule.Authorization, false},
	{"non hai i permessi", rule.Authorization, false}, {"non si dispone dei permessi", rule.Authorization, false}, {"non disponi dei permessi", rule.Authorization, false},
	{"non hai il permesso", rule.Authorization, false}, {"non si dispone dell'autorizzazione", rule.Authorization, false}, {"permesso negato", rule.Authorization, false}, {"onvoldoende rechten", rule.Authorization, false},
	{"geen toestemming", rule.Authorization, false}, {"недостаточно прав", rule.Authorization, false}, {"нет прав", rule.Authorization, false},
	{"нет доступа", rule.Authorization, false}, {"无访问权限", rule.Authorization, false}, {"访问被拒绝", rule.Authorization, false}, {"拒绝访问", rule.Authorization, false},
	{"禁止访问", rule.Authorization, false}, {"アクセスが拒否", rule.Authorization, false}, {"접근 권한이 없", rule.Authorization, false}, {"접근이 거부", rule.Authorization, false},
	{"zu viele anfragen", rule.Blocked, false}, {"trop de requêtes", rule.Blocked, false}, {"demasiadas solicitudes", rule.Blocked, false},
	{"muitas requisições", rule.Blocked, false}, {"troppe richieste", rule.Blocked, false}, {"слишком много запросов", rule.Blocked, false},
	{"请求过于频繁", rule.Blocked, false}, {"访问频繁", rule.Blocked, false}, {"频率限制", rule.Blocked, false}, {"リクエストが多すぎ", rule.Blocked, false},
	{"요청이 너무 많", rule.Blocked, false},
	// rate limits and address rules in the languages pastes come in most
	{"请求太频繁", rule.Blocked, false}, {"访问过于频繁", rule.Blocked, false}, {"操作过于频繁", rule.Blocked, false}, {"操作太频繁", rule.Blocked, false},
	{"アクセスが集中", rule.Blocked, false}, {"quota d'appels dépassé", rule.Blocked, false}, {"limite de requêtes", rule.Blocked, false},
	{"límite de solicitudes", rule.Blocked, false}, {"limite de requisições", rule.Blocked, false}, {"превышен лимит запросов", rule.Blocked, false},
	{"anfragelimit", rule.Blocked, false},
	{"ip-adresse wurde gesperrt", rule.Blocked, false}, {"ip-адреса запрещ", rule.Blocked, false}, {"dirección ip bloqueada", rule.Blocked, false},
	{"adresse ip bloquée", rule.Blocked, false}, {"endereço ip bloqueado", rule.Blocked, false},
	{"没有该操作的权限", rule.Authorization, false}, {"没有操作权限", rule.Authorization, false}, {"无操作权限", rule.Authorization, false},
	{"認証に失敗", rule.Authentication, false}, {"認証エラー", rule.Authentication, false}, {"인증 실패", rule.Authentication, false},
	// Korean with its particle: "인증에 실패했습니다", "로그인에 실패했습니다"
	{"인증에 실패", rule.Authentication, false}, {"로그인에 실패", rule.Authentication, false},
	{"acceso denegado", rule.Authorization, false}, {"acesso negado", rule.Authorization, false},
	{"accès refusé", rule.Authorization, false}, {"zugriff verweigert", rule.Authorization, false},
	{"toegang geweigerd", rule.Authorization, false}, {"accesso negato", rule.Authorization, false},
	{"доступ запрещен", rule.Authorization, false}, {"доступ запрещён", rule.Authorization, false},
	{"没有权限", rule.Authorization, false}, {"无权限", rule.Authorization, false}, {"权限不足", rule.Authorization, false},
	// the same in traditional Chinese (Taiwan's and Hong Kong's APIs)
	{"沒有權限", rule.Authorization, false}, {"無權限", rule.Authorization, false}, {"權限不足", rule.Authorization, false},
	{"権限がありません", rule.Authorization, false}, {"アクセス権がありません", rule.Authorization, false}, {"권한이 없습니다", rule.Authorization, false},
	// Django REST framework's NotAuthenticated in its shipped translations,
	// and the words of Polish, Turkish, Italian and Vietnamese APIs
	{"учетные данные не были предоставлены", rule.Authentication, false}, {"учётные данные не были предоставлены", rule.Authentication, false},
	{"informations d'authentification non fournies", rule.Authentication, false}, {"credenciales de autenticación no se proveyeron", rule.Authentication, false},
	{"credenciais de autenticação não foram fornecidas", rule.Authentication, false}, {"anmeldedaten fehlen", rule.Authentication, false},
	{"falha na autenticação", rule.Authentication, false}, {"falha de autenticação", rule.Authentication, false}, {"autenticación falló", rule.Authentication, false},
	{"error de autenticación", rule.Authentication, false}, {"fallo de autenticación", rule.Authentication, false}, {"échec d'authentification", rule.Authentication, false},
	{"erreur d'authentification", rule.Authentication, false}, {"errore di autenticazione", rule.Authentication, false}, {"autenticazione fallita", rule.Authentication, false},
	{"鉴权失败", rule.Authentication, false}, {"kimlik doğrulama başarısız", rule.Authentication, false}, {"uwierzytelnianie nie powiodło", rule.Authentication, false},
	{"błąd uwierzytelniania", rule.Authentication, false}, {"xác thực thất bại", rule.Authentication, false},
	{"brak autoryzacji", rule.Authentication, false}, {"nieautoryzowany", rule.Authentication, false}, {"zaloguj się", rule.Authentication, false},
	{"yetkisiz", rule.Authentication, false}, {"giriş yapın", rule.Authentication, false}, {"oturum açın", rule.Authentication, false},
	{"chưa đăng nhập", rule.Authentication, false}, {"vui lòng đăng nhập", rule.Authentication, false}, {"chưa xác thực", rule.Authentication, false},
	{"brak dostępu", rule.Authorization, false}, {"brak uprawnień", rule.Authorization, false}, {"nie masz uprawnień", rule.Authorization, false},
	{"odmowa dostępu", rule.Authorization, false}, {"erişim reddedildi", rule.Authorization, false}, {"yetkiniz yok", rule.Authorization, false},
	{"non disponi delle autorizzazioni", rule.Authorization, false}, {"non hai l'autorizzazione", rule.Authorization, false},
	{"không có quyền", rule.Authorization, false}, {"truy cập bị từ chối", rule.Authorization, false},
	{"没有访问权限", rule.Authorization, false}, {"アクセス権限がありません", rule.Authorization, false}, {"禁止されています", rule.Authorization, false},
	// "access denied" and "no permission" as Windows, browsers and APIs word
	// them in Turkish (Windows' "Erişim engellendi." before the block pages'
	// "engellendi"), Polish, French, Spanish, Portuguese, German, Indonesian,
	// Hebrew, Arabic, Hindi and Korean; then "sign in" and "invalid token"
	{"erişim engellendi", rule.Authorization, false}, {"dostęp zabroniony", rule.Authorization, false}, {"accès interdit", rule.Authorization, false},
	{"acceso prohibido", rule.Authorization, false}, {"acesso proibido", rule.Authorization, false}, {"nicht berechtigt", rule.Authorization, false},
	{"akses ditolak", rule.Authorization, false}, {"tidak memiliki izin", rule.Authorization, false}, {"tidak memiliki akses", rule.Authorization, false},
	{"tidak punya akses", rule.Authorization, false}, {"אין הרשאה", rule.Authorization, false}, {"הגישה נדחתה", rule.Authorization, false},
	{"אין לך הרשאה", rule.Authorization, false}, {"تم رفض الوصول", rule.Authorization, false}, {"ليس لديك صلاحية", rule.Authorization, false},
	{"ليس لديك إذن", rule.Authorization, false}, {"पहुँच अस्वीकृत", rule.Authorization, false}, {"पहुंच अस्वीकृत", rule.Authorization, false},
	{"अनुमति नहीं है", rule.Authorization, false}, {"접근이 거부", rule.Authorization, false}, {"액세스가 거부", rule.Authorization, false},
	{"접근 권한이 없", rule.Authorization, false},
	{"認証が必要", rule.Authentication, false}, {"token tidak valid", rule.Authentication, false}, {"tidak terautentikasi", rule.Authentication, false},
	{"silakan login", rule.Authentication, false}, {"silakan masuk", rule.Authentication, false}, {"נדרשת הזדהות", rule.Authentication, false},
	{"נדרשת התחברות", rule.Authentication, false}, {"يجب تسجيل الدخول", rule.Authentication, false}, {"प्रमाणीकरण विफल", rule.Authentication, false},
	{"कृपया लॉग इन करें", rule.Authentication, false}, {"geçersiz token", rule.Authentication, false}, {"oturum süresi doldu", rule.Authentication, false},
	{"ungültiger token", rule.Authentication, false}, {"недействительный токен", rule.Authentication, false},
	// a filter's or firewall's block page
	{"ブロックされました", rule.Blocked, false}, {"已被拦截", rule.Blocked, false}, {"请求被拦截", rule.Blocked, false},
	{"访问已被阻止", rule.Blocked, false}, {"차단되었습니다", rule.Blocked, false}, {"차단됐습니다", rule.Blocked, false}, {"wurde blockiert", rule.Blocked, false},
	{"a été bloquée", rule.Blocked, false}, {"a été bloqué", rule.Blocked, false}, {"ha sido bloquead", rule.Blocked, false},
	{"foi bloquead", rule.Blocked, false}, {"è stata bloccata", rule.Blocked, false}, {"был заблокирован", rule.Blocked, false},
	{"была заблокирована", rule.Blocked, false}, {"engellendi", rule.Blocked, false}, {"została zablokowana", rule.Blocked, false},
	{"đã bị chặn", rule.Blocked, false},
	// "sign in (again)", "session expired", "you have no access" in more of
	// the languages UIs and APIs answer in: German, French, Spanish,
	// Portuguese, Italian, Dutch, Swedish, Danish, Norwegian, Finnish,
	// Czech, Ukrainian, Greek, Hungarian, Romanian, Thai, Korean, Japanese,
	// Vietnamese
	{"melden sie sich an", rule.Authentication, false}, {"melden sie sich erneut an", rule.Authentication, false}, {"bitte anmelden", rule.Authentication, false},
	// the same addressed informally, as community sites, forums and
	// consumer apps write to their users (German "du", French "tu",
	// Spanish "tú", Italian "tu"), and a sign-in that has run out
	{"melde dich an", rule.Authentication, false}, {"melde dich erneut an", rule.Authentication, false}, {"melde dich bitte an", rule.Authentication, false},
	{"melde dich bitte erneut an", rule.Authentication, false}, {"melde dich neu an", rule.Authentication, false}, {"logge dich ein", rule.Authentication, false},
	{"logge dich erneut ein", rule.Authentication, false}, {"erneut einloggen", rule.Authentication, false}, {"bitte einloggen", rule.Authentication, false},
	{"anmeldung ist abgelaufen", rule.Authentication, false}, {"anmeldung abgelaufen", rule.Authentication, false},
	{"connecte-toi", rule.Authentication, false}, {"reconnecte-toi", rule.Authentication, false},
	{"inicia sesión", rule.Authentication, false}, {"vuelve a iniciar sesión", rule.Authentication, false},
	{"accedi di nuovo", rule.Authentication, false}, {"accedi nuovamente", rule.Authentication, false},
	{"erneut anmelden", rule.Authentication, false}, {"veuillez vous reconnecter", rule.Authentication, false}, {"reconnectez-vous", rule.Authentication, false},
	{"inicie sesión", rule.Authentication, false}, {"iniciar sesión de nuevo", rule.Authentication, false}, {"vuelva a iniciar sesión", rule.Authentication, false},
	{"faça login", rule.Authentication, false}, {"faça o login", rule.Authentication, false}, {"efetue login", rule.Authentication, false},
	{"effettua il login", rule.Authentication, false}, {"effettua l'accesso", rule.Authentication, false}, {"effettuare l'accesso", rule.Authentication, false},
	{"log opnieuw in", rule.Authentication, false}, {"opnieuw inloggen", rule.Authentication, false}, {"sessie is verlopen", rule.Authentication, false},
	{"niet ingelogd", rule.Authentication, false}, {"logga in igen", rule.Authentication, false}, {"sessionen har gått ut", rule.Authentication, false},
	{"log ind igen", rule.Authentication, false}, {"logg inn på nytt", rule.Authentication, false}, {"kirjaudu uudelleen", rule.Authentication, false},
	{"istunto on vanhentunut", rule.Authentication, false}, {"přihlaste se", rule.Authentication, false}, {"relace vypršela", rule.Authentication, false},
	{"не авторизований", rule.Authentication, false}, {"увійдіть", rule.Authentication, false}, {"сесія закінчилася", rule.Authentication, false},
	{"συνδεθείτε ξανά", rule.Authentication, false}, {"jelentkezzen be", rule.Authentication, false}, {"autentificați-vă", rule.Authentication, false},
	{"กรุณาเข้าสู่ระบบ", rule.Authentication, false}, {"다시 로그인", rule.Authentication, false}, {"ログインし直して", rule.Authentication, false},
	{"再ログイン", rule.Authentication, false}, {"đăng nhập lại", rule.Authentication, false}, {"重新登录", rule.Authentication, false},
	{"kein zugriff", rule.Authorization, false}, {"keine zugriffsrechte", rule.Authorization, false}, {"n'avez pas accès", rule.Authorization, false},
	{"no tienes acceso", rule.Authorization, false}, {"no tiene acceso", rule.Authorization, false}, {"não tem acesso", rule.Authorization, false},
	{"sem acesso", rule.Authorization, false}, {"non hai accesso", rule.Authorization, false}, {"non sei autorizzato", rule.Authorization, false},
	{"geen toegang", rule.Authorization, false}, {"geen rechten", rule.Authorization, false}, {"åtkomst nekad", rule.Authorization, false},
	{"inte behörighet", rule.Authorization, false}, {"behörighet saknas", rule.Authorization, false}, {"adgang nægtet", rule.Authorization, false},
	{"ingen adgang", rule.Authorization, false}, {"tilgang nektet", rule.Authorization, false}, {"ingen tilgang", rule.Authorization, false},
	{"pääsy estetty", rule.Authorization, false}, {"ei käyttöoikeutta", rule.Authorization, false}, {"přístup odepřen", rule.Authorization, false},
	{"nemáte oprávnění", rule.Authorization, false}, {"доступ заборонено", rule.Authorization, false}, {"немає прав", rule.Authorization, false},
	{"немає доступу", rule.Authorization, false}, {"δεν έχετε δικαίωμα", rule.Authorization, false}, {"άρνηση πρόσβασης", rule.Authorization, false},
	{"hozzáférés megtagadva", rule.Authorization, false}, {"nincs jogosultság", rule.Authorization, false}, {"acces interzis", rule.Authorization, false},
	{"nu aveți permisiunea", rule.Authorization, false}, {"ไม่มีสิทธิ์", rule.Authorization, false},
	// "authentication required", "you must be signed in", "wrong user name
	// or password", "you are not allowed to" in more of the languages
	// pastes come in: Spanish, Portuguese, French, German, Italian, Dutch,
	// Russian, Chinese, Japanese, Korean, Turkish, Polish
	{"authentification requise", rule.Authentication, false}, {"autenticación requerida", rule.Authentication, false},
	{"autenticación necesaria", rule.Authentication, false}, {"autenticação necessária", rule.Authentication, false},
	{"autenticação obrigatória", rule.Authentication, false}, {"authentifizierung erforderlich", rule.Authentication, false},
	{"anmeldung erforderlich", rule.Authentication, false}, {"autenticazione richiesta", rule.Authentication, false},
	{"authenticatie vereist", rule.Authentication, false}, {"требуется аутентификация", rule.Authentication, false},
	{"需要身份验证", rule.Authentication, false}, {"需要认证", rule.Authentication, false}, {"kimlik doğrulaması gerekli", rule.Authentication, false},
	{"wymagane uwierzytelnienie", rule.Authentication, false}, {"wymagane logowanie", rule.Authentication, false},
	{"debe autenticarse", rule.Authentication, false}, {"precisa estar logado", rule.Authentication, false},
	{"precisa fazer login", rule.Authentication, false}, {"devez être connecté", rule.Authentication, false},
	{"devez vous connecter", rule.Authentication, false}, {"müssen angemeldet sein", rule.Authentication, false},
	{"müssen sich anmelden", rule.Authentication, false}, {"devi effettuare l'accesso", rule.Authentication, false},
	{"devi essere autenticato", rule.Authentication, false}, {"не вошли в систему", rule.Authentication, false},
	{"необходимо войти", rule.Authentication, false}, {"尚未登录", rule.Authentication, false}, {"ログインしていません", rule.Authentication, false},
	{"로그인하지 않았", rule.Authentication, false}, {"로그인되어 있지 않", rule.Authentication, false},
	{"usuario o contraseña", rule.Authentication, false}, {"usuário ou senha", rule.Authentication, false},
	{"nom d'utilisateur ou mot de passe", rule.Authentication, false}, {"identifiant ou mot de passe", rule.Authentication, false},
	{"benutzername oder passwort", rule.Authentication, false}, {"benutzername oder kennwort", rule.Authentication, false},
	{"utente o password", rule.Authentication, false}, {"gebruikersnaam of wachtwoord", rule.Authentication, false},
	{"имя пользователя или пароль", rule.Authentication, false}, {"логин или пароль", rule.Authentication, false},
	{"用户名或密码", rule.Authentication, false}, {"账号或密码", rule.Authentication, false}, {"帳號或密碼", rule.Authentication, false},
	{"ユーザー名またはパスワード", rule.Authentication, false}, {"パスワードが正しくありません", rule.Authentication, false},
	{"아이디 또는 비밀번호", rule.Authentication, false}, {"비밀번호가 일치하지", rule.Authentication, false},
	{"kullanıcı adı veya şifre", rule.Authentication, false}, {"şifre hatalı", rule.Authentication, false},
	{"nazwa użytkownika lub hasło", rule.Authentication, false}, {"сеанс истек", rule.Authentication, false},
	{"сеанс истёк", rule.Authentication, false}, {"セッションが切れ", rule.Authentication, false},
	// a known caller who is not an administrator, or whose key may only
	// read ("You are not an administrator", "read-only token cannot …")
	{"not an administrator", rule.Authorization, false}, {"not an admin ", rule.Authorization, false}, {"not an admin.", rule.Authorization, false},
	{"read-only token", rule.Authorization, false}, {"read only token", rule.Authorization, false}, {"read-only api key", rule.Authorization, false},
	{"read-only key", rule.Authorization, false}, {"token is read-only", rule.Authorization, false}, {"key is read-only", rule.Authorization, false},
	{"n'êtes pas autorisé à", rule.Authorization, false}, {"no está autorizado para", rule.Authorization, false},
	{"não está autorizado a", rule.Authorization, false}, {"não tem autorização", rule.Authorization, false},
	{"no tiene autorización", rule.Authorization, false}, {"sin permiso", rule.Authorization, false},
	{"无权访问", rule.Authorization, false}, {"无权操作", rule.Authorization, false},
	{"権限が不足", rule.Authorization, false}, {"권한이 부족", rule.Authorization, false}, {"yetkiniz bulunmamaktadır", rule.Authorization, false},
	// a directory's bind refused (LDAP result 49, Active Directory's
	// AcceptSecurityContext data codes) and an identity provider's account
	// picker shown where an answer was wanted
	{"ldap: error code 49", rule.Authentication, false}, {"ldap error code 49", rule.Authentication, false},
	{"acceptsecuritycontext error", rule.Authentication, false}, {"pick an account", rule.Authentication, false},
	{"choose an account", rule.Authentication, false},
	// a known account refused by a policy flag ("Your account has been
	// blocked as it was identified to be violating our security policy"):
	// the account is recognised and refused (a suspension is a rule of its
	// own: RuleWordings)
	{"account has been blocked", rule.Authorization, false}, {"account is blocked", rule.Authorization, false},
	{"account was blocked", rule.Authorization, false},
	// OAuth token-endpoint errors quoted in a client's message (RFC 6749 §5.2)
	{"invalid_grant", rule.Authentication, false}, {"invalid_client", rule.Authentication, false},
	{"could not be authenticated", rule.Authentication, false}, {"security token in the message could not be", rule.Authentication, false},
	// a token or SAML assertion refused for whom or when it was issued
	// (often surfaced as a 500 by the service provider's library)
	{"audience restriction", rule.Authentication, false}, {"invalid audience", rule.Authentication, false},
	{"audience is invalid", rule.Authentication, false}, {"audience validation failed", rule.Authentication, false},
	{"saml response is not valid", rule.Authentication, false}, {"invalid saml response", rule.Authentication, false},
	{"saml assertion is not valid", rule.Authentication, false}, {"assertion is not yet valid", rule.Authentication, false},
	// servers' own log messages about a caller they could not authenticate
	{"unable to authenticate", rule.Authentication, false}, {"failed to authenticate", rule.Authentication, false},
	// the server could not tell who sent the credential: it resolves to no
	// identity (WS-Security's "Failed to assert identity with
	// UsernameToken", "Error retrieving user associated with token", "no
	// user found for this API key")
	{"assert identity", rule.Authentication, false}, {"establish identity", rule.Authentication, false},
	{"identity could not be", rule.Authentication, false}, {"could not identify the caller", rule.Authentication, false},
	{"unable to identify the caller", rule.Authentication, false}, {"could not identify the user", rule.Authentication, false},
	{"unable to identify the user", rule.Authentication, false}, {"could not identify you", rule.Authentication, false},
	{"user associated with token", rule.Authentication, false}, {"user associated with the token", rule.Authentication, false},
	{"user associated with this token", rule.Authentication, false}, {"no user associated with", rule.Authentication, false},
	{"no user found for", rule.Authentication, false}, {"no user found with", rule.Authentication, false},
	{"no user matches", rule.Authentication, false}, {"no user matching", rule.Authentication, false},
	{"invalid_user_credentials", rule.Authentication, false}, {"invalid_client_credentials", rule.Authentication, false},
	// a credential the server has no record of ("No such API key", "no
	// such token"), as "does not exist" says it next to one
	{"no such api key", rule.Authentication, false}, {"no such token", rule.Authentication, false},
	{"no such access token", rule.Authentication, false}, {"no such session", rule.Authentication, false},
	{"no such credential", rule.Authentication, false},
	// the stock error page of NCSA-derived servers (Boa, GoAhead,
	// embedded cameras and routers, Google's front end) says this under
	// 401 and 403 alike: it restates the status and no more
	{"your client does not have permission to get url", rule.Authorization, true},
	{"permission denied", rule.Authorization, false}, {"insufficient permission", rule.Authorization, false},
	{"insufficient scope", rule.Authorization, false}, {"does not have permission", rule.Authorization, false},
	{"doesn't have permission", rule.Authorization, false}, {"do not have permission", rule.Authorization, false},
	{"do not currently have permission", rule.Authorization, false}, {"don't currently have permission", rule.Authorization, false}, // Moodle's nopermissions
	{"do not have the permission", rule.Authorization, false}, {"don't have the permission", rule.Authorization, false},
	{"does not have the permission", rule.Authorization, false}, {"doesn't have the permission", rule.Authorization, false},
	{"don't have permission", rule.Authorization, false}, {"not permitted to", rule.Authorization, false}, {"lacks permission", rule.Authorization, false},
	{"insufficient privileges", rule.Authorization, false}, {"is not authorized to perform", rule.Authorization, false},
	{"not allowed to", rule.Authorization, false}, {"you do not have access", rule.Authorization, false},
	// a known account kept out by a rule of its own (an access schedule,
	// parental controls, a disabled feature): "This user account is not
	// allowed access at this time", "User is not allowed access to this
	// library"
	{"not allowed access", rule.Authorization, false},
	// the same refusal naming whom it is for ("This action is not allowed
	// for your account", "not permitted for this user"): a known caller
	{"not allowed for your account", rule.Authorization, false}, {"not allowed for this account", rule.Authorization, false},
	{"not allowed for this user", rule.Authorization, false}, {"not allowed for your user", rule.Authorization, false},
	{"not allowed for your role", rule.Authorization, false}, {"not permitted for your account", rule.Authorization, false},
	{"not permitted for this account", rule.Authorization, false}, {"not permitted for this user", rule.Authorization, false},
	{"not permitted for your role", rule.Authorization, false},
	{"does not have access", rule.Authorization, false}, {"doesn't have access", rule.Authorization, false},
	{"don't have access", rule.Authorization, false}, {"has no access", rule.Authorization, false}, {"have no access", rule.Authorization, false},
	{"no access to", rule.Authorization, false}, {"insufficient rights", rule.Authorization, false}, {"insufficient access", rule.Authorization, false},
	{"not enough permission", rule.Authorization, false}, {"not enough privilege", rule.Authorization, false}, {"not enough rights", rule.Authorization, false},
	{"necessary rights", rule.Authorization, false}, {"necessary privileges", rule.Authorization, false}, {"has been disallowed", rule.Authorization, false}, {"missing permission", rule.Authorization, false},
	{"required role", rule.Authorization, false}, {"missing role", rule.Authorization, false}, {"insufficient role", rule.Authorization, false},
	{"not a member of", rule.Authorization, false}, {"missing_scope", rule.Authorization, false},
	// a known user the application was not assigned to ("User is not
	// assigned to a role for the application", "…to the client application")
	{"user is not assigned to", rule.Authorization, false}, {"you are not assigned to", rule.Authorization, false},
	{"not assigned to a role", rule.Authorization, false}, {"not assigned to the application", rule.Authorization, false},
	{"not assigned to this application", rule.Authorization, false}, {"not been assigned to", rule.Authorization, false}, {"required_scope", rule.Authorization, false},
	{"insufficient_scope", rule.Authorization, false}, {"row-level security", rule.Authorization, false}, {"row level security", rule.Authorization, false},
	// an access policy refused a known caller: service meshes and gateways
	{"ask an administrator to give you access", rule.Authorization, false}, {"ask your administrator for access", rule.Authorization, false},
	{"ask the owner for access", rule.Authorization, false}, {"request access from", rule.Authorization, false},
	{"need additional access", rule.Authorization, false}, {"this app is blocked", rule.Authorization, false},
	{"restricted by polic", rule.Authorization, false}, {"admin_policy_enforced", rule.Authorization, false}, // an organisation's policy refuses a known user or app
	{"policy rejection", rule.Authorization, false}, {"rejected by policy", rule.Authorization, false},
	{"denied by policy", rule.Authorization, false}, {"explicitly denied by", rule.Authorization, false},
	{"rbac: access denied", rule.Authorization, false}, {"rbac deny", rule.Authorization, false}, {"rbac_access_denied", rule.Authorization, false},
	// Envoy's RBAC filter (HTTP and network) logs its decision as "enforced
	// denied, matched policy none" (Istio, OSM, Consul and Gloo run it)
	{"enforced denied", rule.Authorization, false},
	{"is not authorized to", rule.Authorization, false}, {"no permissions for", rule.Authorization, false}, {"no permission for", rule.Authorization, false},
	{"not authorized to access", rule.Authorization, false}, {"not authorized to view", rule.Authorization, false},
	{"not authorised to", rule.Authorization, false}, {"sufficient permission", rule.Authorization, false},
	{"sufficient privileges", rule.Authorization, false}, {"necessary permission", rule.Authorization, false},
	{"required permission", rule.Authorization, false}, {"not accessible by", rule.Authorization, false},
	{"must have admin", rule.Authorization, false}, {"admin rights", rule.Authorization, false}, {"administrator privileges", rule.Authorization, false},
	{"admin privileges", rule.Authorization, false}, {"requires admin", rule.Authorization, false}, {"admin access required", rule.Authorization, false},
	{"role required", rule.Authorization, false}, {"requires the role", rule.Authorization, false}, {"requires role", rule.Authorization, false},
	{"evaluation resulted in deny", rule.Authorization, false}, {"scope mismatch", rule.Authorization, false}, {"scope_mismatch", rule.Authorization, false},
	{"invalid oauth scope", rule.Authorization, false}, {"access control exception", rule.Authorization, false}, {"refused for user", rule.Authorization, false}, {"missing scope", rule.Authorization, false},
	{"missing required scope", rule.Authorization, false}, {"requires scope", rule.Authorization, false},
	// sharing and access requests: a signed-in user without access to the item
	{"need permission", rule.Authorization, false}, {"needs permission", rule.Authorization, false},
	// a role-based check that names what is missing ("You'll need additional
	// permissions to perform this action. Permissions needed: dashboards:read")
	{"need additional permissions", rule.Authorization, false}, {"needs additional permissions", rule.Authorization, false},
	{"additional permissions are required", rule.Authorization, false}, {"permissions needed:", rule.Authorization, false},
	{"permissions required:", rule.Authorization, false},
	{"hasn't been shared with you", rule.Authorization, false}, {"has not been shared with you", rule.Authorization, false},
	{"not been granted", rule.Authorization, false}, {"permissions error", rule.Authorization, false}, {"permission error", rule.Authorization, false},
	{"this action is unauthorized", rule.Authorization, false}, // Laravel's policy refusal, whatever status
	// the same refusal worded the other way round: Laravel's documented
	// abort(403, 'Unauthorized action.'), which role and permission
	// packages raise as an HttpException, and other APIs' "unauthorized
	// action" for a caller they know
	{"unauthorized action", rule.Authorization, false},
	// Ory's (Oathkeeper, Kratos, Keto) ErrForbidden: "Access credentials are
	// not sufficient to access this resource", an access rule's refusal
	{"credentials are not sufficient", rule.Authorization, false},
	// a known account that does not own the thing, or may not do this
	// (crates.io's "you don't seem to be an owner", Twilio's "Account not
	// authorized to call …"), whatever status
	{"not an owner of", rule.Authorization, false}, {"seem to be an owner", rule.Authorization, false},
	{"you are not an owner", rule.Authorization, false}, {"you are not the owner", rule.Authorization, false},
	{"account not authorized to", rule.Authorization, false}, {"user not authorized to", rule.Authorization, false},
	// databases' and caches' own refusals of a grant the account lacks
	// (MySQL's "DROP command denied to user", Redis ACL's "has no
	// permissions to run")
	{"command denied to user", rule.Authorization, false}, {"no permissions to", rule.Authorization, false},
	{"no permission to", rule.Authorization, false},
	// a forward proxy's access rules (Squid's ERR_ACCESS_DENIED page)
	{"access control configuration prevents", rule.Blocked, false},
	// a filter on the client's own network: its ISP, a DNS blocklist
	{"isp blocking", rule.Blocked, false}, {"isp is blocking", rule.Blocked, false}, {"blocked by my isp", rule.Blocked, false},
	{"blocked by the isp", rule.Blocked, false}, {"blocked by your isp", rule.Blocked, false}, {"blocked url", rule.Blocked, false},
	{"blocked domain", rule.Blocked, false}, {"on the blocklist", rule.Blocked, false}, {"on my blocklist", rule.Blocked, false},
	// a block or deny list of addresses or sites, in the languages block
	// pages come in (a school's or an office's filter: "занесён в чёрный
	// список")
	{"blacklisted", rule.Blocked, false}, {"on the blacklist", rule.Blocked, false}, {"in the blacklist", rule.Blocked, false},
	{"on a blacklist", rule.Blocked, false}, {"blocklisted", rule.Blocked, false}, {"denylisted", rule.Blocked, false},
	{"on the denylist", rule.Blocked, false}, {"чёрный список", rule.Blocked, false}, {"черный список", rule.Blocked, false},
	{"чёрном списке", rule.Blocked, false}, {"черном списке", rule.Blocked, false}, {"lista negra", rule.Blocked, false},
	{"schwarze liste", rule.Blocked, false}, {"schwarzen liste", rule.Blocked, false}, {"liste noire", rule.Blocked, false}, {"黑名单", rule.Blocked, false},
	// a traffic or terms policy of the service (crates.io's data access policy)
	{"in violation of our", rule.Blocked, false},
	{"violated the usage policy", rule.Blocked, false}, {"violated our usage policy", rule.Blocked, false},
	{"violating the usage policy", rule.Blocked, false}, {"violation of the usage policy", rule.Blocked, false},
	// a ban of the client or its address, whoever signs in (an abuse
	// limiter's or a brute-force lockout's "IP banned", a block page's "You
	// have been blocked")
	{"ip banned", rule.Blocked, false}, {"ip is banned", rule.Blocked, false}, {"ip was banned", rule.Blocked, false},
	{"ip got banned", rule.Blocked, false}, {"ip address banned", rule.Blocked, false}, {"banned ip", rule.Blocked, false},
	{"ip ban", rule.Blocked, false}, {"ip is blocked", rule.Blocked, false}, {"ip was blocked", rule.Blocked, false},
	{"ip got blocked", rule.Blocked, false}, {"ip address is blocked", rule.Blocked, false},
	// a network's own filter (a managed browser's URL blocklist, a DNS
	// filter's or a router's malware block): no site answered
	{"allow you to view this site", rule.Blocked, false}, {"domain is blocked", rule.Blocked, false},
	{"domain has been blocked", rule.Blocked, false}, {"blocked due to a security threat", rule.Blocked, false},
	{"malicious domain", rule.Blocked, false}, {"categorised as malware", rule.Blocked, false}, {"categorized as malware", rule.Blocked, false},
}...)

// wordOnly lists phrases that count only as words of their own: "CSRF token
// missing", not a setting's or header's name (xsrfCookieName, X-XSRF-TOKEN,
// csrf_token) in a dumped client configuration.
var wordOnly = wordlist.Set{"csrf", "xsrf",
	// an address's ban, not "relationship banner" or "zip banks"
	"ip banned", "ip is banned", "ip was banned", "ip got banned", "ip ban", "banned ip",
	"ip is blocked", "ip was blocked", "ip got blocked", "api limit",
	// an address rule, not "ownership restriction" or "zip is not allowed"
	"ip allow list", "ip allow-list", "ip allowlist", "ip whitelist", "ip white list", "ip restriction", "ip restrictions",
	"ip access list", "ip is not allowed", "ip not allowed"}

// genericPhrases only restate a refusal; they are tried last.
var genericPhrases = []messagePhrase{
	{"unauthorized", rule.Authentication, true}, {"unauthorised", rule.Authentication, true},
	{"not authorized", rule.Authorization, true}, {"not authorised", rule.Authorization, true},
	{"access denied", rule.Authorization, true}, {"access is denied", rule.Authorization, true}, {"forbidden", rule.Authorization, true},
	{"is denied", rule.Authorization, true},
	// "unauthorized" and "not authorized" as other languages word the status
	{"acceso no autorizado", rule.Authentication, true}, {"acesso não autorizado", rule.Authentication, true},
	{"accès non autorisé", rule.Authentication, true}, {"nicht autorisiert", rule.Authentication, true},
	{"no autorizado", rule.Authentication, true}, {"não autorizado", rule.Authentication, true}, {"non autorisé", rule.Authentication, true},
	{"non autorizzato", rule.Authentication, true}, {"неавторизованный", rule.Authentication, true},
	{"未经授权", rule.Authentication, true}, {"未經授權", rule.Authentication, true},
}

// A credential named next to a failure word is an authentication failure:
// "Token does not exist", "API key not valid", "session is expired",
// "incorrect password".
var (
	credentialWords = []string{"token", "api key", "apikey", "api_key", "access key", "access-key", "access_key", "key header", "session key", "credential", "session", "password", "secret", "signature", "jwt",
		"auth key", "authkey", "subscription key", "auth-key", "api-key", "authorization head", "auth header", "auth-header", "authentication", "authorization grant",
		// the same in Chinese, Japanese and Korean: token, password, signature, key, credential, session
		"令牌", "密码", "签名", "密钥", "秘钥", "凭证", "会话", "トークン", "パスワード", "토큰", "비밀번호",
		// and in the European languages, Turkish and Vietnamese: token, session, password
		"jeton", "sitzung", "sesión", "sessão", "sessione", "сесси", "токен", "passwort", "kennwort", "mot de passe",
		"contraseña", "senha", "пароль", "oturum", "şifre", "parola", "hasło", "sesja", "phiên", "mật khẩu", "wachtwoord",
		// a sign-in's state ("登录状态已过期": the session expired)
		"登录状态", "登陆状态", "登录信息", "ログイン状態", "로그인 상태",
		// Korean "credentials" (인증 정보) and "session" (세션)
		"인증 정보", "인증정보", "세션",
		// traditional Chinese: password, credential, session, token, key;
		// Japanese session and signature
		"密碼", "憑證", "會話", "權杖", "金鑰", "セッション", "署名",
		// key, session and credentials in the European languages
		"schlüssel", "clé", "clef", "clave", "chave", "chiave", "sleutel", "sessie", "ключ", "сесі", "nøgle", "nøkkel", "nyckel",
		"credencial", "credenciais", "credenziali", "apiキー", "api 키", "api키", "identifiants", "zugangsdaten", "anmeldedaten",
		// an OAuth client's own credentials (RFC 6749 client authentication)
		"client_id", "client id", "client_secret", "client secret",
		// an application's key pair or id as app platforms and signed APIs
		// name it ("Invalid AppKey", "appid missing", "consumer key
		// unknown")
		"app key", "appkey", "app_key", "app secret", "appsecret", "app_secret", "app id", "appid", "app_id",
		"consumer key", "consumer secret", "accesskeyid",
		// Turkish: signature, key, credentials, API credentials (payment and
		// e-invoice APIs: "Geçersiz imza", "api bilgileri bulunamadı")
		"imza", "anahtar", "kimlik bilgi", "api bilgi",
		// the certificate a client proves itself with in mutual TLS ("Client
		// certificate required", "client certificate has expired")
		"client certificate", "client cert"}
	failureWords = append([]string{"does not exist", "doesn't exist", "not found", "unknown", "not valid", "not a valid", "isn't a valid", "invalid", "expired",
		"terminated", "mismatch", "verify failed", "validation failed", "could not validate", "could not be validated", "could not be verified", "could not verify", "failed to verify", "verification failed",
		"revoked", "missing", "required", "incorrect", "wrong", "malformed", "not recognized", "not recognised", "bad ",
		"not provided", "must be provided", "must be sent", "must be supplied", "must be included", "must be present", "must be set", "timed out", "not active", "no longer valid", "provide a valid", "provide valid", "no valid",
		"without a valid", "without valid", "without a ", "without an ", "without any ",
		// a request said not to carry a good one ("Request doesn't include
		// valid authentication header")
		"include valid", "include a valid",
		// a credential's check that needs a good one ("OSS authentication
		// requires a valid Date", "the signature requires a valid timestamp")
		"requires a valid", "require a valid", "requires valid", "error decoding", "could not decode", "unable to decode", "failed to decode",
		"unable to locate", "could not find", "couldn't find", "cannot find", "can't find", "could not load", "unable to load",
		"不存在", "缺失", "为空", "invalid format", "did not include", "not included", "inactive", "could not determine", "automatically determine",
		"unable to verify", "unable to validate", "failed to validate", "cannot verify", "cannot validate", "can't verify",
		"can't validate",
		// a demand for one ("You must provide an API key", "Please supply
		// your access token")
		"please provide", "must provide", "need to provide", "please supply", "must supply", "please include", "must include",
		"please send", "must send", "please pass", "must pass", "supply a valid", "supply valid", "supply your", "provide your",
		"failed to retrieve", "failed to obtain", "could not obtain", "unable to obtain", "failed to get", "unable to get", "failed to acquire", "deactivated", "rejected", "is disabled", "has been disabled",
		"not accepted",
		// Turkish "could not be found", "faulty"
		"bulunamad", "hatalı"},
		append(refusedAbroad, missingAbroad...)...)
)

// inBandError reports the text after an "error:" that opens a value, as a
// field of an ordinary answer holds it when the server wrote its error
// there instead of the value ("error: invalid client_id").
func inBandError(val string) (string, bool) {
	t := strings.TrimSpace(val)
	if len(t) < 8 || !strings.EqualFold(t[:6], "error:") {
		return "", false
	}
	return strings.TrimSpace(t[6:]), true
}

// refusalCredentialWords are the credentialWords and the words that name a
// credential only in a message that already refuses access ("not permitted
// … the API username or key is invalid"): elsewhere a key or a user name
// may be a map's key or a form's field.
var refusalCredentialWords = append([]string{"username", "user name", " key ", " key,"}, credentialWords...)

// refusedFailureWords are the failureWords that say a credential was read
// and turned down ("token expired", "令牌已过期", "Passwort ungültig"), not
// that none came ("token missing").
var refusedFailureWords = append([]string{"not valid", "not a valid", "isn't a valid", "invalid", "expired", "revoked", "incorrect", "wrong", "malformed", "mismatch", "not accepted",
	"no longer valid"}, refusedAbroad...)

// validDemandWords, next to a credential in a message that refuses
// access, demand a valid one ("You are not authorized to access this
// resource. Please provide a valid token.", "Permission denied. Please
// check your credentials."): the one sent was not valid, or none was sent.
// A message that names a grant as well ("check your token's permissions")
// is about the grant.
var validDemandWords = []string{"provide a valid", "provide valid", "supply a valid", "supply valid", "send a valid", "use a valid",
	"requires a valid", "require a valid", "requires valid",
	"without a valid", "without valid", "check your", "verify your"}

// refusedAbroad are, in the languages pastes come in most, the words that
// say a credential was turned down: invalid, expired, wrong or incorrect
// (Chinese, Japanese, Korean, German, French, Spanish, Portuguese,
// Italian, Russian, Turkish, Polish, Vietnamese, Dutch).
var refusedAbroad = []string{"失效", "过期", "无效", "错误", "不正确", "不合法", "非法", "無効", "期限切れ", "期限が切れ", "만료", "유효하지",
	"abgelaufen", "ungültig", "expiré", "invalide", "expirad", "inválid", "no válid", "scadut", "non valid", "истек", "истёк",
	"недействител", "невалидн", "недопустим", "неверн", "süresi dol", "geçersiz", "wygasł", "nieprawidłow", "nieważn", "hết hạn", "không hợp lệ",
	"falsch", "verkeerd", "errat", "errôn", "неправильн", "yanlış", "błędn", "sbagliat",
	// Turkish "invalid" and "faulty" as often typed without its letters
	// (a keyboard without them: "Gecersiz imza", "hatali sifre")
	"gecersiz", "hatalı", "hatali",
	// a negated "valid" (French, German, Italian, Spanish, Portuguese) and
	// more languages: Dutch, Japanese, traditional Chinese, Czech,
	// Ukrainian, the Nordic languages, Finnish, Indonesian, Korean,
	// Hungarian, Romanian
	"pas valide", "plus valide", "erroné", "nicht gültig", "nicht mehr gültig", "non è valid", "no es válid", "no son válid",
	"não é válid", "ongeldig", "verlopen", "不正", "無效", "過期", "錯誤", "neplatn", "vypršel", "недійсн", "невірн", "ugyldig",
	"ogiltig", "virheellinen", "tidak valid", "kedaluwarsa", "caducad", "vencid", "잘못된", "érvénytelen", "lejárt", "expirat", "expirou"}

// missingAbroad are, in the languages pastes come in most, the words that
// say a credential was not sent: missing, lacking, absent, not provided
// (Portuguese and Spanish "falta das credenciais", French "jeton
// manquant", German "Token fehlt", Italian, Russian, Chinese, Korean,
// Turkish, Polish, Dutch).
var missingAbroad = []string{"falta ", "faltan ", "ausência", "ausencia", "não informad", "não enviad", "não fornecid",
	"no proporcionad", "no se proporcion", "no enviad", "manquant", "non fourni", "fehlt", "fehlend", "nicht angegeben",
	"nicht übermittelt", "mancant", "non fornit", "отсутству", "не указан", "не передан", "缺少", "未提供", "未携带",
	"没有提供", "누락", "eksik", "brak ", "ontbreekt"}

// noneAbroad are the word "no" before a noun in the languages that inflect
// or spell it apart from English's (Portuguese, Spanish, French, German,
// Italian, Dutch, Swedish and Norwegian, Danish): "Nenhum token
// fornecido", "Aucun jeton fourni", "Kein Token angegeben".
var noneAbroad = []string{"nenhum", "nenhuma", "ningún", "ninguna", "ningun", "aucun", "aucune", "kein", "keine", "keinen", "nessun",
	"nessuna", "geen", "ingen", "intet"}

// noCredentialAbroad reads a message that says no credential came in one
// of those languages, the word right before the credential's, as English
// messages say "no token" (messagePhrases): "no" further away qualifies
// something else ("das Token hat keine Rechte").
func noCredentialAbroad(l string) (messagePhrase, bool) {
	for _, n := range noneAbroad {
		for from := 0; from < len(l); {
			k := strings.Index(l[from:], n)
			if k < 0 {
				break
			}
			i := from + k
			from = i + len(n)
			if i > 0 && isWordByte(l[i-1]) || from >= len(l) || l[from] != ' ' {
				continue
			}
			rest := l[from+1:]
			for _, c := range credentialWords {
				if strings.HasPrefix(rest, c) {
					return messagePhrase{text: n + " " + c, class: rule.Authentication}, true
				}
			}
		}
	}
	return messagePhrase{}, false
}

// A permission, role or scope named next to what the caller lacks, or a
// rule that only some callers may act, is an authorization failure: "Your
// role does not allow this action", "This endpoint requires the 'repo'
// scope", "Only project owners can delete projects".
var (
	grantWords = []string{"permission", "privilege", "role", "scope", "capabilit", "entitlement"}
	lackWords  = []string{"requires", "required", "lack", "missing", "does not allow", "doesn't allow", "not allowed", "insufficient",
		"not granted", "because of your", "need the", "needs the", "don't have the", "do not have the", "doesn't have the",
		"does not have the", "without the"}
	onlyWhoWords = []string{"owner", "admin", "staff", "member", "maintainer", "superuser", "moderator", "manager", "editor"}
)

// rolePhrase finds such a wording in a lower-cased message.
func rolePhrase(l string) (messagePhrase, bool) {
	for _, g := range grantWords {
		i := strings.Index(l, g)
		if i < 0 {
			continue
		}
		// in one clause, close to the grant word
		lo, hi := max(0, i-32), min(len(l), i+len(g)+32)
		near := l[lo:hi]
		if j := strings.LastIndexAny(l[lo:i], ".;"); j >= 0 {
			near = l[lo+j+1 : hi]
		}
		for _, w := range lackWords {
			if strings.Contains(near, w) {
				return messagePhrase{text: g + grantSep + w, class: rule.Authorization}, true
			}
		}
	}
	// "only project owners can …", "restricted to administrators"
	for _, lead := range []string{"only ", "restricted to "} {
		i := strings.Index(l, lead)
		if i < 0 || i > 0 && isWordByte(l[i-1]) {
			continue
		}
		after := l[i+len(lead) : min(len(l), i+len(lead)+32)]
		for _, w := range onlyWhoWords {
			if k := strings.Index(after, w); k >= 0 && (lead == "restricted to " || strings.Contains(after[k:], " can") || strings.Contains(after[k:], " may") || strings.Contains(after[k:], " are allowed") ||
				onlyBy(after[:k])) {
				return messagePhrase{text: strings.TrimSpace(lead) + grantSep + w, class: rule.Authorization}, true
			}
		}
	}
	return messagePhrase{}, false
}

// onlyBy reports whether between, the words after "only" and before the
// callers it names, restricts an action to them in the passive or by an
// adjective ("can only be run by a system administrator", "is only
// available to admins", "only accessible to project members"): no more
// than a verb between, so that "only the first page … by the owner" does
// not count.
func onlyBy(between string) bool {
	if strings.HasPrefix(between, "be ") {
		if j := strings.Index(between, " by "); j > 0 && len(strings.Fields(between[:j])) <= 3 {
			return true
		}
	}
	for _, p := range []string{"available to ", "accessible to ", "accessible by ", "allowed for ", "allowed to ", "permitted for ", "permitted to ", "for "} {
		if strings.HasPrefix(between, p) && len(strings.Fields(between)) <= len(strings.Fields(p))+2 {
			return true
		}
	}
	return false
}

// A refusal that lifts by itself after a wait ("After waiting 4-5 minutes it
// works again", "Retrying the same files a bit later works") was a rate
// limit or a temporary ban, not a decision about the caller: nothing about
// the credentials changed in between.
var (
	waitWords   = []string{"after waiting", "after a wait", "a bit later", "a while later", "minutes later", "after a while", "after some time", "after a few minutes"}
	passedWords = []string{"works", "worked", "work again", "goes through", "went through", "succeeds", "succeeded"}
)

// passesLater finds such a wording in a lower-cased message: a wait and a
// success in one sentence.
func passesLater(l string) (messagePhrase, bool) {
	for _, w := range waitWords {
		i := strings.Index(l, w)
		if i < 0 {
			continue
		}
		// what follows the wait in its sentence ("… a bit later works"),
		// or "works again" just before it ("it works again after a while")
		hi := min(len(l), i+len(w)+48)
		if j := strings.IndexAny(l[i:hi], ".;!?"); j >= 0 {
			hi = i + j
		}
		for _, p := range passedWords {
			if strings.Contains(l[i:hi], p) {
				return messagePhrase{text: w + grantSep + p, class: rule.Blocked}, true
			}
		}
		if before := l[max(0, i-24):i]; strings.Contains(before, "works again") || strings.Contains(before, "worked again") {
			return messagePhrase{text: "works again" + grantSep + w, class: rule.Blocked}, true
		}
	}
	return messagePhrase{}, false
}

// compoundSep joins the two words of a compound phrase: a credential and a
// failure word, trusted in a short error, a record or the sentence stating
// the status. grantSep joins a grant and what the caller lacks ("role ⋯
// does not allow"), trusted in a person's text as well, not in a page's
// running text.
const (
	compoundSep = " … "
	grantSep    = " ⋯ "
)

// phraseOf finds what a lower-cased message says: a specific wording, then a
// credential next to a failure word, then a wording that only restates a refusal.
func phraseOf(l string) (messagePhrase, bool) {
	// typographic apostrophes (a translated message, a chat app's or an
	// editor's smart quotes) read as the ASCII one the wordings use
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	if strings.Contains(l, " 되") || strings.Contains(l, " 됐") {
		// Korean writes the verb 되다 after its noun with or without a
		// blank ("차단 되었습니다", "차단되었습니다": blocked; "만료 되었습니다":
		// expired): the wordings have none
		l = strings.NewReplacer(" 되", "되", " 됐", "됐").Replace(l)
	}
	l = unescapeText(l)
	if strings.Contains(l, "</a>") {
		// a link inside the message ("you have exceeded your <a
		// href="/youtube/v3/getting-started#quota">quota</a>"): its text
		l = stripAnchors(l)
	}
	l = joinHanSpaces(plainWords(l))
	set := phraseSet()
	buf, _ := phraseOffsets.Get().(*[]int)
	if buf == nil {
		buf = new([]int)
	}
	defer phraseOffsets.Put(buf)
	*buf = set.IndexInto(*buf, l)
	for id, off := range *buf {
		if p := messagePhrases[id]; off >= 0 && (!wordOnly.Has(p.text) || ascii.ContainsWord(l, p.text)) {
			if p.class == rule.Authorization {
				// "You are not permitted to view the requested resource.
				// The API username or key is invalid.": a refusal that also
				// says the credential itself was turned down names the
				// cause, and the permission words are its consequence
				if c, f, ok := credentialFailureOf(l, refusalCredentialWords, refusedFailureWords); ok {
					return messagePhrase{text: c + compoundSep + strings.TrimSpace(f), class: rule.Authentication}, true
				}
				if c, f, ok := credentialFailureOf(l, refusalCredentialWords, validDemandWords); ok && !hasAny(strings.Replace(l, p.text, "", 1), grantWords) {
					return messagePhrase{text: c + compoundSep + strings.TrimSpace(f), class: rule.Authentication}, true
				}
			}
			if p.class == rule.Blocked {
				// "URL Blocked: … the redirect URI is not whitelisted in the
				// app's OAuth settings": a sign-in flow refusing the client's
				// redirect URI borrows a block page's and an allow list's
				// words; the flow's refusal is what the message is about
				if r, ok := redirectURIRefused(l); ok {
					return r, true
				}
			}
			return p, true
		}
	}
	return phraseAround(l)
}

// phraseSet finds the message phrases in one pass over a message (package
// anyof): a strings.Contains per phrase, some 1,200 of them, was 2% of a
// bulk analysis (issue #14). Built on first use, by a function rather than
// a sync.OnceValue in a variable's initialiser, which would keep the
// compiler from laying the package's tables out statically.
func phraseSet() *anyof.Set {
	phraseSetOnce.Do(func() {
		ps := make([]string, len(messagePhrases))
		for i, p := range messagePhrases {
			ps[i] = p.text
		}
		phraseSetAny = anyof.New(ps...)
	})
	return phraseSetAny
}

var (
	phraseSetOnce sync.Once
	phraseSetAny  *anyof.Set
	phraseOffsets sync.Pool // *[]int: the offsets of the phrases in a message
)

// phraseAround reads a line (plain words, typographic apostrophes undone)
// that quotes none of messagePhrases: sent to a sign-in page, a final URL
// that is one, a role, a refused credential, a generic phrase. A function
// of its own: under js/wasm a function is compiled whole on its first call,
// and a paste whose message is one of messagePhrases does not need these
// (issue #14).
func phraseAround(l string) (messagePhrase, bool) {
	// "forwards me to the GitLab sign in page", "redirected to the login
	// page": a request sent to sign in first
	// (the page's name may be quoted: "came back with the HTML of the "sign
	// in" page")
	lq := l
	if strings.ContainsAny(lq, "\"'") {
		lq = strings.NewReplacer("\"", "", "'", "").Replace(lq)
	}
	for _, pg := range []string{"sign in page", "sign-in page", "signin page", "login page", "log in page", "log-in page"} {
		if k := strings.Index(lq, pg); k > 0 {
			before := lq[max(0, k-60):k]
			for _, v := range []string{"redirect", "forward", "sent to", "taken to", "sends me to", "land on", "lands on", "bounce",
				"returns", "returned", "return the", "get the", "gets the", "got the", "shows", "showed", "serves", "served", "displays", "renders",
				"came back", "comes back", "come back"} {
				if strings.Contains(before, v) {
					return messagePhrase{text: v + " to the " + pg, class: rule.Authentication}, true
				}
			}
		}
	}
	// a client's final URL after following redirects is a sign-in page
	// (requests' r.url, fetch's res.url, curl's url_effective, .NET's
	// ResponseUri, Node's responseUrl, Go's resp.Request.URL)
	if k := strings.Index(l, "http"); k >= 0 {
		for _, key := range []string{"r.url", "res.url", "response.url", "resp.url", "url_effective", "responseuri", "responseurl", "request.url", "effective url", "final url", "redirected"} {
			if strings.Contains(l, key) || strings.Contains(l[:k], ".url") {
				u := l[k:]
				if e := strings.IndexAny(u, " '\"\t"); e > 0 {
					u = u[:e]
				}
				for _, m := range loginMarkers {
					if strings.Contains(u, m) && !strings.Contains(u, "error=") {
						return messagePhrase{text: "final url " + m, class: rule.Authentication}, true
					}
				}
				break
			}
		}
	}
	// "the request to /api/me was redirected to /users/sign_in": sent to a
	// sign-in path instead of the answer
	for _, m := range []string{"/login", "/signin", "/sign-in", "/sign_in", "/logon", "wp-login.php", "/cas/login"} {
		if k := strings.Index(l, m); k > 0 {
			before := l[max(0, k-60):k]
			for _, v := range []string{"redirected to", "redirects to", "redirecting to", "redirect to", "forwarded to", "forwards to", "bounced to", "sent to"} {
				if strings.Contains(before, v) && !strings.Contains(l[k:min(len(l), k+80)], "error=") {
					return messagePhrase{text: v + " " + m, class: rule.Authentication}, true
				}
			}
		}
	}
	if p, ok := rolePhrase(l); ok {
		return p, true
	}
	if p, ok := passesLater(l); ok {
		return p, true
	}
	if c, f, ok := credentialFailure(l, failureWords); ok {
		return messagePhrase{text: c + compoundSep + strings.TrimSpace(f), class: rule.Authentication}, true
	}
	if p, ok := noCredentialAbroad(l); ok {
		return p, true
	}
	if p, ok := authenticationOfFailed(l); ok {
		return p, true
	}
	if p, ok := credentialHeaderMissing(l); ok {
		return p, true
	}
	if p, ok := redirectURIRefused(l); ok {
		return p, true
	}
	if p, ok := attemptFailed(l); ok {
		return p, true
	}
	if p, ok := signInDemanded(l); ok {
		return p, true
	}
	if f, ok := bareKeyFailure(l); ok {
		return messagePhrase{text: "key" + compoundSep + f, class: rule.Authentication}, true
	}
	for _, p := range genericPhrases {
		if strings.Contains(l, p.text) {
			return p, true
		}
	}
	return messagePhrase{}, false
}

// authenticationOfFailed reads "Authentication of Username Password Token
// Failed", "authentication for user svc-export has failed": the
// authentication of something named, said to have failed later in the
// same clause.
func authenticationOfFailed(l string) (messagePhrase, bool) {
	for _, lead := range []string{"authentication of ", "authentication for "} {
		i := strings.Index(l, lead)
		if i < 0 || i > 0 && isWordByte(l[i-1]) {
			continue
		}
		rest := l[i+len(lead) : min(len(l), i+len(lead)+64)]
		if j := strings.IndexAny(rest, ".;:!?"); j >= 0 {
			rest = rest[:j]
		}
		for _, f := range []string{"failed", "was unsuccessful", "did not succeed", "was rejected"} {
			if strings.Contains(rest, f) && !strings.Contains(rest, "not "+f) {
				return messagePhrase{text: strings.TrimSpace(lead) + compoundSep + f, class: rule.Authentication}, true
			}
		}
	}
	return messagePhrase{}, false
}

// headerAbsentWords say that a header the server reads was not in the
// request.
var headerAbsentWords = []string{"missing", "not present", "is required", "required request header", "absent", "was not found", "not provided"}

// credentialHeaderMissing reads a framework's refusal of a request that
// lacks a header the handler needs, when that header is a credential's:
// Spring's "Required request header 'Authorization' for method parameter
// type String is not present", "Missing request header 'X-API-KEY' for
// method parameter of type String". The header's name follows the word
// "header", quoted or not; the absence is said in the same sentence.
func credentialHeaderMissing(l string) (messagePhrase, bool) {
	for from := 0; from < len(l); {
		k := strings.Index(l[from:], "header")
		if k < 0 {
			break
		}
		i := from + k
		from = i + len("header")
		rest := strings.TrimLeft(strings.TrimPrefix(l[from:], "s"), " '\"`:")
		n := 0
		for n < len(rest) && n < 64 && (isWordByte(rest[n]) || rest[n] == '-') {
			n++
		}
		name := rest[:n]
		if name == "" || name != "authorization" && name != "proxy-authorization" && !secret.IsAPIKeyHeader(name) {
			continue
		}
		// the absence said before the word "header" ("Missing request
		// header …") or after the name, in the same clause
		before := l[runesBack(l, i, 24):i]
		if j := strings.LastIndexAny(before, ".;,"); j >= 0 {
			before = before[j+1:]
		}
		end := len(l) - len(rest) + n
		after := l[end:runesOn(l, end, 72)]
		if j := strings.IndexAny(after, ".;"); j >= 0 {
			after = after[:j]
		}
		if j := strings.Index(after, " but "); j >= 0 {
			after = after[:j]
		}
		for _, w := range headerAbsentWords {
			if strings.Contains(before, w) || strings.Contains(after, w) {
				return messagePhrase{text: "header " + name + compoundSep + w, class: rule.Authentication}, true
			}
		}
	}
	return messagePhrase{}, false
}

// redirectURINames name an OAuth client's redirect URI as sign-in pages
// and identity providers word it; redirectURIFailures qualify one as not
// registered for the client.
var (
	redirectURINames    = []string{"redirect_uri", "redirect uri", "redirect url", "redirect_url", "redirecturi", "callback url", "reply url"}
	redirectURIFailures = []string{"invalid", "unregistered", "not registered", "mismatch", "not allowed", "not whitelisted",
		"not in the list", "does not match", "doesn't match", "not valid"}
)

// redirectURIRefused reads an authorization server's refusal of the
// redirect URI a client sent, in the server's words ("Unregistered
// redirect_uri", "Invalid OAuth2 redirect_uri", "redirect_uri mismatch",
// "The redirect URL is not whitelisted"): the sign-in stops before any
// user can authenticate, which the corpus labels authentication. The
// failure word stands in the same clause, a few words before or after the
// name, and is not negated ("the redirect URI is not invalid").
func redirectURIRefused(l string) (messagePhrase, bool) {
	for _, n := range redirectURINames {
		i := strings.Index(l, n)
		if i < 0 {
			continue
		}
		lo, hi := runesBack(l, i, 24), runesOn(l, i+len(n), 32)
		if j := strings.LastIndexAny(l[lo:i], ".;:!?"); j >= 0 {
			lo += j + 1
		}
		if j := strings.IndexAny(l[i+len(n):hi], ".;!?("); j >= 0 {
			hi = i + len(n) + j
		}
		near := l[lo:hi]
		for _, f := range redirectURIFailures {
			if k := strings.Index(near, f); k >= 0 && !strings.Contains(near, "not "+f) && !strings.Contains(near, "no "+f) {
				return messagePhrase{text: n + compoundSep + f, class: rule.Authentication}, true
			}
		}
	}
	return messagePhrase{}, false
}

// attemptWords name an attempt to prove an identity; attemptFailures
// qualify one as refused.
var (
	attemptWords    = []string{"authentication attempt", "login attempt", "log-in attempt", "sign-in attempt", "signin attempt", "logon attempt", "auth attempt"}
	attemptFailures = []string{"unsuccessful", "failed", "failure", "invalid", "rejected", "denied", "refused"}
)

// attemptFailed reads an identity provider's or a server's log of a
// refused attempt to sign in, the factor or the method named in between
// ("Unsuccessful 1FA authentication attempt by user 'ops'", "Failed
// password authentication attempt", "login attempt for admin was
// rejected"): the failure word in the same clause, before or after.
func attemptFailed(l string) (messagePhrase, bool) {
	for _, a := range attemptWords {
		i := strings.Index(l, a)
		if i < 0 {
			continue
		}
		lo, hi := max(0, i-32), min(len(l), i+len(a)+40)
		near := l[lo:hi]
		if j := strings.LastIndexAny(l[lo:i], ".;!?"); j >= 0 {
			near = l[lo+j+1 : hi]
		}
		for _, f := range attemptFailures {
			if k := strings.Index(near, f); k >= 0 && !strings.Contains(near, "no "+f) && !strings.Contains(near, "not "+f) {
				return messagePhrase{text: a + compoundSep + f, class: rule.Authentication}, true
			}
		}
	}
	return messagePhrase{}, false
}

// demandsBefore ask for what follows them before the request can go on
// ("requires user authentication", "must be logged in"); demandsAfter for
// what precedes them ("authentication is required", "login needed").
// demandedSignIns name a sign-in, or its state, as what is asked for.
var (
	demandsBefore   = []string{"requires", "require", "need to be", "needs to be", "must be", "have to be", "has to be"}
	demandsAfter    = []string{"required", "needed"}
	demandedSignIns = []string{"authentication", "authenticated", "logged in", "signed in", "log in", "sign in", "login"}
)

// signInDemanded reads a refusal that asks for a sign-in in its own words,
// a qualifier in between ("The request requires user authentication", the
// 401's description since RFC 2616; "You need to be authenticated to
// access this resource", "Valid authentication is required"): a demand
// word and the sign-in it asks for in one clause, close together, with no
// negation ("authentication is not required", "no login needed"). A
// sign-in word that is not what is asked for ("Logged in account must be
// an admin") does not count.
func signInDemanded(l string) (messagePhrase, bool) {
	for _, after := range []bool{false, true} {
		ds := demandsBefore
		if after {
			ds = demandsAfter
		}
		for _, d := range ds {
			i := strings.Index(l, d)
			if i < 0 || i > 0 && isWordByte(l[i-1]) || i+len(d) < len(l) && isWordByte(l[i+len(d)]) {
				continue
			}
			// the words the demand is about, up to the clause's end
			var near string
			if after {
				lo := runesBack(l, i, 32)
				if j := strings.LastIndexAny(l[lo:i], ".;:!?,"); j >= 0 {
					lo += j + 1
				}
				near = l[lo:i]
			} else {
				hi := runesOn(l, i+len(d), 32)
				if j := strings.IndexAny(l[i+len(d):hi], ".;:!?,"); j >= 0 {
					hi = i + len(d) + j
				}
				near = l[i+len(d) : hi]
			}
			if hasAny(" "+near, []string{" not ", " no ", "n't ", " without "}) {
				continue
			}
			for _, w := range demandedSignIns {
				if k := strings.Index(near, w); k >= 0 && (k == 0 || !isWordByte(near[k-1])) {
					return messagePhrase{text: w + compoundSep + d, class: rule.Authentication}, true
				}
			}
		}
	}
	return messagePhrase{}, false
}

// plainWords undoes what a copy or Markdown adds between a message's words:
// code and emphasis marks ("created without the `User-Agent`", "you do
// **not** have") and runs of blanks ("you do  not currently have", a
// page's text copied with its line breaks turned into spaces). A line with
// none of them is returned as it is.
func plainWords(l string) string {
	if !strings.ContainsAny(l, "`*\t") && !strings.Contains(l, "  ") {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	blank := false
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch c {
		case '`', '*':
			continue
		case ' ', '\t':
			if blank {
				continue
			}
			blank = true
			b.WriteByte(' ')
			continue
		}
		blank = false
		b.WriteByte(c)
	}
	return b.String()
}

// credentialFailure finds a credential word in lower-cased l qualified by
// one of failures: close to it, in one clause.
func credentialFailure(l string, failures []string) (cred, failure string, ok bool) {
	return credentialFailureOf(l, credentialWords, failures)
}

// credentialFailureOf is credentialFailure with other credential words.
func credentialFailureOf(l string, creds, failures []string) (cred, failure string, ok bool) {
	for _, c := range creds {
		// every place the word stands, not only the first: a path or a
		// header named earlier ("/v1/acl/token/self … when the ACL token
		// doesn't exist") does not hide the clause that qualifies it
		for from := 0; from < len(l); {
			k := strings.Index(l[from:], c)
			if k < 0 {
				break
			}
			i := from + k
			from = i + len(c)
			// the clause after the word counts from the word's end, not
			// the stem's: "the credentials for the backend have expired"
			// reaches as far as "the credential for the backend has expired"
			end := i + len(c)
			for end < len(l) && end-i < len(c)+4 && ascii.IsLetter(l[end]) {
				end++
			}
			lo, hi := runesBack(l, i, 24), runesOn(l, end+carrierClause(l[end:]), 32)
			near := l[lo:hi]
			if strings.ContainsAny(near, ".;") {
				if j := strings.LastIndexAny(l[lo:i], ".;"); j >= 0 {
					lo += j + 1
					near = l[lo:hi]
				}
			}
			for _, f := range failures {
				if k := strings.Index(near, f); k >= 0 && !reasonPhrase(l[lo+k:]) && !negatedStem(l, lo+k) {
					return c, f, true
				}
			}
		}
	}
	return "", "", false
}

// carrierWords open the words after a credential that say how it travelled
// ("The bearer token included in the request is invalid", "the API key you
// provided with this call has expired", "the access token sent in the
// Authorization header was revoked"): they describe the credential, so the
// clause that qualifies it starts after them.
var carrierWords = []string{" included in ", " provided in ", " provided with ", " sent in ", " sent with ", " passed in ", " passed with ",
	" supplied in ", " supplied with ", " specified in ", " used in ", " used for ", " used with ", " presented in ", " submitted in ",
	" you provided", " you supplied", " you sent", " you passed", " you used", " you specified"}

// carrierClause is the length of such words and what they name, from the
// start of after (the text right after a credential's word) to the verb
// that qualifies the credential ("is", "was", "has", "does"), at most 40
// letters and within the clause; 0 when after opens with none of
// carrierWords.
func carrierClause(after string) int {
	for _, w := range carrierWords {
		if !strings.HasPrefix(after, w) {
			continue
		}
		rest := after[len(w):min(len(after), len(w)+40)]
		if j := strings.IndexAny(rest, ".;,:!?"); j >= 0 {
			rest = rest[:j]
		}
		for _, v := range []string{" is ", " was ", " has ", " have ", " are ", " were ", " does ", " did ", " could ", " cannot ", " can't "} {
			if k := strings.Index(" "+rest, v); k >= 0 {
				return len(w) + k
			}
		}
		return 0
	}
	return 0
}

// negatedStem reports whether the failure word at offset i of lower-cased l
// is the stem of a word that negates it ("credentialsNonExpired: true",
// "accountNonLocked", "an unexpired token"): a state that is fine, as a
// dumped principal or account record spells it.
func negatedStem(l string, i int) bool {
	for _, p := range []string{"non", "non-", "un"} {
		if j := i - len(p); j >= 0 && l[j:i] == p && (j == 0 || !ascii.IsLetter(l[j-1]) || p != "un") {
			return true
		}
	}
	return false
}

// reasonPhrase reports whether lower-cased t opens with the reason phrase of
// an HTTP status ("bad request", "bad gateway"): a client's "failed to
// fetch oauth token: unexpected status: 400 Bad Request" says nothing bad
// of the token.
func reasonPhrase(t string) bool {
	return strings.HasPrefix(t, "bad request") || strings.HasPrefix(t, "bad gateway")
}

// runesBack is the offset n characters before offset i of s (a word of
// Cyrillic or Greek takes two bytes a letter, CJK three: the distance is
// counted in letters, not bytes).
func runesBack(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
	}
	return i
}

// runesOn is the offset n characters after offset i of s.
func runesOn(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		i++
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
	}
	return i
}

// CSRFReading returns the reading of the response body the verdict rests on
// when it is a request-forgery check's refusal: the strongest body signal is
// blocked and the words it quotes name the check (CSRFWordings).
func CSRFReading(x *parse.Exchange, facts *rule.Facts) (rule.Signal, bool) {
	return BlockedReading(x, facts, CSRFWordings)
}

// BlockedReading returns the strongest reading of the response body when it
// is blocked and the words it quotes are among words (CSRFWordings,
// WAFWordings, BotWordings).
func BlockedReading(x *parse.Exchange, facts *rule.Facts, words []string) (rule.Signal, bool) {
	var best *rule.Signal
	for _, s := range BodySignals(x, facts) {
		if best == nil || s.Weight > best.Weight {
			c := s
			best = &c
		}
	}
	if best == nil {
		return rule.Signal{}, false
	}
	return blockedBy(*best, words)
}

// ProseBlockedReading is BlockedReading for the person's words around a
// dump: their reading of the refusal (proseRule) when it is blocked and
// its line, or the rule it names, states one of words ("The 403 comes from
// the Application Gateway WAF in front of the API"). Rules that name the
// layer ask for it when the body names none.
func ProseBlockedReading(x *parse.Exchange, facts *rule.Facts, words []string) (rule.Signal, bool) {
	if x.Response == nil || facts == nil {
		return rule.Signal{}, false
	}
	s, ok := proseRule(x, facts)
	if !ok {
		return rule.Signal{}, false
	}
	return blockedBy(s, words)
}

// blockedBy returns s when it reads blocked and its evidence or reason
// states one of words.
func blockedBy(s rule.Signal, words []string) (rule.Signal, bool) {
	if s.Class != rule.Blocked || s.Evidence == nil {
		return rule.Signal{}, false
	}
	// The reason ends in what the class means; the generic meaning of
	// Blocked lists every kind of rule, so it names none of them.
	reason := strings.Replace(s.Reason, classMeaning(rule.Blocked), "", 1)
	l := strings.ToLower(s.Evidence.Text + " " + reason)
	for _, w := range words {
		if strings.Contains(l, w) && (!wordOnly.Has(w) || ascii.ContainsWord(l, w)) && Stated(l, w) >= 0 {
			return s, true
		}
	}
	return rule.Signal{}, false
}

// SaysIdentityFailure reports the class a body's words name when they name
// an authentication or authorization failure with a specific wording (not
// one that only restates a status, such as "Forbidden"), whatever the
// status: rules that weigh a weak infrastructure hint against the body use
// it, since a message that agrees with a refusal status adds no signal.
func SaysIdentityFailure(body string) (rule.Class, bool) {
	if len(body) > maxErrorBody {
		body = body[:maxErrorBody]
	}
	p, ok := phraseOf(lowered.Text(body))
	if !ok || p.generic || (p.class != rule.Authentication && p.class != rule.Authorization) {
		return "", false
	}
	return p.class, true
}

// BodySignals reads generic error shapes and sign-in pages in the response
// body; see the comment on the weights above.
func BodySignals(x *parse.Exchange, facts *rule.Facts) []rule.Signal {
	if facts == nil {
		return bodySignals(x)
	}
	return rule.Get(facts, bodyFact, func() []rule.Signal { return bodySignals(x) })
}

// bodyFact is BodySignals, worked out once per exchange.
var bodyFact = rule.NewFact[[]rule.Signal]("verdict.bodySignals")

func bodySignals(x *parse.Exchange) []rule.Signal {
	out := errorBodySignals(x)
	if len(out) == 0 {
		if s, ok := quietHeaders(x); ok {
			out = append(out, s)
		}
	}
	return out
}

// refusalFields are response fields that come with a refusal or a limit.
var refusalFields = []string{"www-authenticate", "proxy-authenticate", "retry-after", "cf-mitigated", "x-amzn-errortype",
	"x-ms-error-code", "x-squid-error", "x-error", "x-error-code", "x-errortype"}

// quietHeaders recognises a response shown without its status whose
// header fields (three or more) carry no challenge, error field or spent
// rate limit, and whose body says nothing of a failure: an ordinary
// answer, as controls show one ("the response headers were: …").
func quietHeaders(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	if r == nil || r.Status != 0 || len(r.Fields) < 3 {
		return rule.Signal{}, false
	}
	for _, n := range refusalFields {
		if r.Fields.Has(n) {
			return rule.Signal{}, false
		}
	}
	for _, n := range []string{"x-ratelimit-remaining", "ratelimit-remaining", "x-rate-limit-remaining"} {
		if v, ok := r.Fields.Lookup(n); ok && strings.TrimSpace(v.Value) == "0" {
			return rule.Signal{}, false
		}
	}
	if b := strings.TrimSpace(r.Body.Text); b != "" {
		lb := lowered.Text(b[:min(len(b), maxTextBody)])
		if strings.Contains(lb, "error") || strings.Contains(lb, "denied") || strings.Contains(lb, "fail") {
			return rule.Signal{}, false
		}
	}
	f := r.Fields[0]
	return rule.SignSuccessBody.Signal(rule.None,
		"no status shown; the "+strconv.Itoa(len(r.Fields))+" response header fields carry no challenge, no error and no spent rate limit: an ordinary answer",
		fieldEv(x, f)), true
}

func errorBodySignals(x *parse.Exchange) []rule.Signal {
	r := x.Response
	if r == nil {
		return nil
	}
	var out []rule.Signal
	if s, ok := loginPage(x); ok {
		out = append(out, s)
	}
	if s, ok := blockTitle(x); ok {
		out = append(out, s)
	}
	if s, ok := loginRedirect(x); ok {
		out = append(out, s)
	} else if s, ok := blockRedirect(x); ok {
		out = append(out, s)
	}
	if s, ok := textSignInForm(x); ok {
		out = append(out, s)
	}
	if s, ok := callerSignal(x); ok {
		out = append(out, s)
	}
	body := r.Body.Text
	if len(body) > maxErrorBody {
		return out
	}
	success := r.Status >= 200 && r.Status < 300
	if success && len(body) > maxSuccessErrorLen {
		return out
	}
	if success && !strings.Contains(body, "rror") && !strings.Contains(body, `"ok"`) && !strings.Contains(body, `"success"`) &&
		!strings.Contains(body, `"status"`) && !strings.Contains(body, `"code"`) && !strings.Contains(body, "ault") &&
		!envelopeKeys(body) {
		// no member that could mark an error object; a short text answer
		// or a person's account may still name the failure
		if s, ok := textMessage(x); ok {
			out = append(out, s)
		}
		return out
	}
	if s, ok := metricsBody(x); ok {
		return append(out, s)
	}
	hits, marker, out, done := bodyHits(x, r, body, success, out)
	if done {
		return out
	}
	// A refusal status already says what a restating code would say.
	refusal := r.Status == 401 || r.Status == 403 || r.Status == 407 || r.Status == 429
	if len(hits) == 0 && !marker && len(out) == 0 {
		// the JSON found was a part that says nothing (a nested settings
		// object in a tool's dump cut before its end): read the text
		if s, ok := textMessageIn(x, true); ok {
			out = append(out, s)
		} else if s, ok := otherFailureText(x); ok {
			out = append(out, s)
		} else if s, ok := cutDataBody(x); ok {
			out = append(out, s)
		}
		return out
	}
	if len(hits) == 0 || (success && !marker) {
		return out
	}
	return appendBestHits(out, x, r, body, hits, refusal)
}

// bodyHits reads the error members of body, the response's to x: JSON (a
// record of JSON lines too) or XML, with whether the body is an error
// object (marker). A body that is neither is read as text: out gains what
// the text says, and done is true. (errorBodySignals is split in parts:
// V8 recompiles a large function of the page's module whole once it has
// run a while, and a first visit paid its optimising compiler for a
// function called once per exchange; issue #14.)
func bodyHits(x *parse.Exchange, r *parse.Response, body string, success bool, out []rule.Signal) (hits []bodyHit, marker bool, _ []rule.Signal, done bool) {
	if root, start, ok := decodeJSON(body); ok {
		collect(root, 0, true, &hits)
		marker = hasErrorMarker(root)
		// JSON lines (an audit or access log pasted as the body): a later
		// record may hold the error
		for n := 0; len(hits) == 0 && !marker && n < 20; n++ {
			nl := strings.IndexByte(body[start:], '\n')
			if nl < 0 {
				break
			}
			next := start + nl + 1
			r2, s2, ok2 := decodeJSON(body[next:])
			if !ok2 {
				break
			}
			var h2 []bodyHit
			collect(r2, 0, true, &h2)
			if len(h2) > 0 || hasErrorMarker(r2) {
				root, start, hits, marker = r2, next+s2, h2, hasErrorMarker(r2)
				break
			}
			start = next + s2
		}
		if success && !marker {
			marker = failureEnvelope(root, hits)
		}
		for i := range hits {
			hits[i].off = keyOffset(body, start, hits[i].key, hits[i].text)
		}
		if r.Status == 0 && len(hits) == 0 && !marker {
			if s, ok := successBody(x, root, body, start); ok {
				out = append(out, s)
			} else if s, ok := textMessageIn(x, true); ok && s.Class != rule.None {
				// the object is one part of the text (a table row, the
				// arguments a traceback prints): a line that says it is
				// an error and names the failure tells more than members
				// that look like data
				out = append(out, s)
			} else if s, ok := envelopeBody(x, root, body, start); ok {
				out = append(out, s)
			} else if s, ok := dataBody(x, root, body, start); ok {
				out = append(out, s)
			}
		}
	} else if xh, xm := collectXML(body); len(xh) > 0 {
		hits, marker = xh, xm
	} else {
		if s, ok := textMessage(x); ok {
			out = append(out, s)
		} else if s, ok := successText(x); ok {
			out = append(out, s)
		} else if s, ok := otherFailureText(x); ok {
			out = append(out, s)
		} else if s, ok := cutDataBody(x); ok {
			out = append(out, s)
		}
		return nil, false, out, true
	}
	return hits, marker, out, false
}

// appendBestHits appends the signals of the strongest hit of each kind,
// leaving out what a refusal status already says.
func appendBestHits(out []rule.Signal, x *parse.Exchange, r *parse.Response, body string, hits []bodyHit, refusal bool) []rule.Signal {
	best := map[rule.Kind]*bodyHit{}
	for i := range hits {
		h := &hits[i]
		if h.generic && refusal {
			continue
		}
		if h.sign == rule.SignBodyStatus && (refusal || (r.Status != 0 && r.Status == h.status)) {
			continue
		}
		// A message that only agrees with a refusal status adds a line, not a reason.
		if h.sign.Kind() == rule.KindErrorMessage && refusal && h.class == statusClass(r.Status) && !anonymousWhole(x) {
			continue
		}
		if b := best[h.sign.Kind()]; b == nil || h.sign.Weight() > b.sign.Weight() {
			best[h.sign.Kind()] = h
		}
	}
	if c, m := best[rule.KindErrorCode], best[rule.KindErrorMessage]; c != nil && m != nil && c.generic && c.class == rule.None &&
		(m.class == rule.Authentication || m.class == rule.Authorization) {
		// a catch-all code (INTERNAL_SERVER_ERROR, BAD_REQUEST) only names
		// the kind of status the server chose; the message beside it says
		// the caller was refused ("Not Authorised!")
		delete(best, rule.KindErrorCode)
	}
	for _, kind := range []rule.Kind{rule.KindErrorCode, rule.KindErrorMessage, rule.KindBodyStatus} {
		h := best[kind]
		if h == nil {
			continue
		}
		why := h.reason()
		if r.Status == 0 {
			why = "no status shown; " + why
		}
		s := h.sign.Signal(h.class, why, nil)
		if off := h.off; off >= 0 {
			line := body[off:]
			if i := strings.IndexByte(line, '\n'); i >= 0 {
				line = line[:i]
			}
			s.Evidence = &rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(off), Text: cutText(strings.TrimSpace(line), 120)}
		}
		out = append(out, s)
	}
	return out
}

type bodyHit struct {
	sign    rule.Sign // SignBodyStatus, SignBodyCode(Generic), SignBodyMessage(Generic)
	class   rule.Class
	generic bool
	key     string // the key as written
	text    string // the value as written
	status  int
	off     int    // where in the body the member or element is, -1 if unknown
	field   string // the request field a validation error is about
}

func (h *bodyHit) reason() string {
	q := strconv.Quote(cutText(h.text, 80))
	what := meaningOf(h.class, strings.ToLower(h.text))
	switch h.sign.Kind() {
	case rule.KindBodyStatus:
		return "the body's " + strconv.Quote(h.key) + " field holds status " + h.text + ": " + what
	case rule.KindErrorCode:
		if h.field != "" {
			return "the body's error about the request's " + strconv.Quote(h.field) + " field has code " + q + ": " + what
		}
		return "the body's error code " + h.key + " = " + q + " says " + what
	}
	return "the body's " + strconv.Quote(h.key) + " says " + q + ": " + what
}

// decodeJSON decodes the JSON object or array the body holds, and the
// offset it starts at: the body itself, or the first of a few values that
// start a line (after a log prefix such as "--> " or "body: "), as in a dump
// that prints the body inside other text.
func decodeJSON(body string) (any, int, bool) {
	tries := 0
	for from := 0; from < len(body) && tries < 8; {
		i := strings.IndexAny(body[from:], "{[")
		if i < 0 {
			break
		}
		start := from + i
		from = start + 1
		ls := strings.LastIndexByte(body[:start], '\n') + 1
		if start-ls > 24 && !(start-ls <= 160 && afterLabel(body[ls:start])) {
			continue // inside prose or a value, not a printed body
		}
		if requestLabel(body[ls:start]) {
			// the request's payload a log printed before the answer, not
			// the answer: nothing more on its line is the body
			if nl := strings.IndexByte(body[start:], '\n'); nl >= 0 {
				from = start + nl + 1
			} else {
				break
			}
			continue
		}
		tries++
		if v, ok := decodeOne(body[start:]); ok {
			if scalarList(v) {
				continue // R's "[1] …" index, a printed list of numbers: no document
			}
			if emptyValue(v) && strings.TrimSpace(body[:start]) != "" {
				continue // "after={}".format(…), "headers: {}": a placeholder inside text, no document
			}
			return v, start, true
		}
		// A dict or hash printed by Python or Ruby: {'ok': False, 'error': 'not_authed'}.
		if j, ok, bare := printedLiteral(body[start:]); ok {
			if v, ok := decodeOne(j); ok {
				if bare && !errorShaped(v) {
					// an object a program printed with bare keys (its
					// options, its arguments) is a response body only
					// when it reads as an error
					continue
				}
				return v, start, true
			}
		}
	}
	return nil, 0, false
}

// emptyValue reports whether v is an empty object or array.
func emptyValue(v any) bool {
	switch t := v.(type) {
	case map[string]any:
		return len(t) == 0
	case []any:
		return len(t) == 0
	}
	return false
}

// scalarList reports whether v is an array of numbers only ([1], [200, 404]):
// what R prints before a vector's values, never an error document.
func scalarList(v any) bool {
	a, ok := v.([]any)
	if !ok || len(a) == 0 {
		return false
	}
	for _, e := range a {
		switch e.(type) {
		case float64, jsonlite.Number:
		default:
			return false
		}
	}
	return true
}

// requestLabels end the label of a value a client or its log printed as
// what it sent ("Request: {…}", "request body: {…}", "payload={…}"): that
// value is the request's, and the answer follows it (Flexget's log of a
// Transmission RPC call: `Request: "{"method": "session-get"}"` and then
// `HTTP data: "<h1>403: Forbidden</h1>…"`).
var requestLabels = []string{"request", "request body", "request data", "request payload", "req", "payload", "sending", "sent"}

// requestLabel reports whether pre, the text before a printed value on its
// line, ends with a label that names the value as the request's.
func requestLabel(pre string) bool {
	pre = strings.TrimRight(pre, " \t`'\"")
	if pre == "" || !strings.ContainsRune(":=", rune(pre[len(pre)-1])) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(pre[:len(pre)-1]))
	for _, w := range requestLabels {
		if rest, ok := strings.CutSuffix(l, w); ok && (rest == "" || !isWordByte(rest[len(rest)-1])) {
			// "400 Bad Request: {…}" labels the answer by its status
			prev := strings.TrimSpace(rest)
			return !strings.HasSuffix(prev, "bad") && !strings.HasSuffix(prev, "invalid") && !strings.HasSuffix(prev, "malformed")
		}
	}
	return false
}

// afterLabel reports whether the text before a printed value ends like a
// label ("responded with: ", "body=", "--> ").
func afterLabel(pre string) bool {
	pre = strings.TrimRight(pre, " \t`'\"")
	if pre != "" && strings.ContainsRune(":=>", rune(pre[len(pre)-1])) {
		return true
	}
	// "the response is `{…}`", "it returns {…}", "I get back {…}"
	lp := strings.ToLower(pre)
	for _, w := range []string{"response is", "response was", "returns", "returned", "answers", "answered", "get back", "got back", "i get", "i got", "gives me", "gave me", "responds with", "responded with",
		"comes back with", "came back with", "fails with", "failed with"} {
		if strings.HasSuffix(lp, w) {
			return true
		}
	}
	return false
}

// decodeOne decodes the JSON object or array at the start of s. A line
// break inside one of its strings, which JSON never holds, is where a
// terminal or an editor cut a long line: the pieces are joined again.
func decodeOne(s string) (any, bool) {
	v, err := jsonlite.First(s, true) // json.Decoder's first value, with UseNumber
	if err != nil {
		j, ok := joinBrokenStrings(s)
		if !ok {
			return nil, false
		}
		if v, err = jsonlite.First(j, true); err != nil {
			return nil, false
		}
	}
	switch v.(type) {
	case map[string]any, []any:
		return v, true
	}
	return nil, false
}

// joinBrokenStrings removes the line breaks that stand inside the string
// literals of the JSON value at the start of s (and the carriage returns
// before them), and reports whether it removed any. It reads up to the
// value's end, or maxErrorBody bytes.
func joinBrokenStrings(s string) (string, bool) {
	if len(s) > maxErrorBody {
		s = s[:maxErrorBody]
	}
	if strings.IndexByte(s, '\n') < 0 {
		return "", false
	}
	var b strings.Builder
	in, depth, cut := false, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case in && c == '\\' && i+1 < len(s) && s[i+1] != '\n':
			b.WriteByte(c)
			b.WriteByte(s[i+1])
			i++
			continue
		case in && (c == '\n' || c == '\r' && i+1 < len(s) && s[i+1] == '\n'):
			cut = true
			continue
		case c == '"':
			in = !in
		case !in && (c == '{' || c == '['):
			depth++
		case !in && (c == '}' || c == ']'):
			depth--
			if depth <= 0 {
				b.WriteByte(c)
				return b.String(), cut
			}
		}
		b.WriteByte(c)
	}
	return b.String(), cut
}

// reprToJSON rewrites the Python or Ruby literal at the start of s (a dict,
// a list, a hash) as JSON: single-quoted strings double-quoted, True, False,
// None and nil as JSON words, "=>" as ":". It stops where the outermost
// bracket closes and reports false when s does not look like such a literal.
func reprToJSON(s string) (string, bool) {
	j, ok, _ := printedLiteral(s)
	return j, ok
}

// errorShaped reports whether a decoded value reads as an error object:
// a member that marks one, or a code, message or status the error reader
// recognises.
func errorShaped(v any) bool {
	if hasErrorMarker(v) {
		return true
	}
	var hits []bodyHit
	collect(v, 0, true, &hits)
	return len(hits) > 0
}

// printedLiteral is reprToJSON, and also reports whether the literal wrote
// an object's keys without quotes, as JavaScript's consoles and Ruby's
// symbol keys do.
func printedLiteral(s string) (j string, ok, bare bool) {
	if len(s) > maxErrorBody {
		s = s[:maxErrorBody]
	}
	var b strings.Builder
	depth, changed := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			q := c
			b.WriteByte('"')
			j := i + 1
			for ; j < len(s) && s[j] != q; j++ {
				switch {
				case s[j] == '\\' && j+1 < len(s):
					if s[j+1] == '\'' {
						b.WriteByte('\'')
					} else {
						b.WriteByte('\\')
						b.WriteByte(s[j+1])
					}
					j++
				case s[j] == '"':
					b.WriteString(`\"`)
				case s[j] == '\n':
					return "", false, false
				default:
					b.WriteByte(s[j])
				}
			}
			if j >= len(s) {
				return "", false, false
			}
			b.WriteByte('"')
			changed = changed || q == '\''
			i = j
		case c == '{' || c == '[':
			depth++
			b.WriteByte(c)
		case c == '}' || c == ']':
			depth--
			b.WriteByte(c)
			if depth == 0 {
				return b.String(), changed, bare
			}
		case c == '=' && i+1 < len(s) && s[i+1] == '>':
			b.WriteByte(':')
			i++
			changed = true
		case isWordByte(c) && (i == 0 || !isWordByte(s[i-1])):
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			w := s[i:j]
			switch w {
			case "True":
				w, changed = "true", true
			case "False":
				w, changed = "false", true
			case "None", "nil":
				w, changed = "null", true
			case "u", "b":
				if j < len(s) && (s[j] == '\'' || s[j] == '"') {
					w = "" // a Python string prefix
				}
			case "undefined":
				w, changed = "null", true
			}
			if w != "" && bareKey(s, i, j) {
				// JavaScript's object literal as Node's util.inspect and
				// the browsers' consoles print it, and Ruby's symbol
				// keys: { code: 'failure', message: '…' }
				w, changed, bare = `"`+w+`"`, true, true
			}
			b.WriteString(w)
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return "", false, false
}

// bareKey reports whether the word s[i:j] of a printed literal is an
// object's key written without quotes: it follows the opening brace or a
// comma and a colon follows it (not Ruby's "::" or a "key => value").
func bareKey(s string, i, j int) bool {
	k := i - 1
	for k >= 0 && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
		k--
	}
	if k < 0 || s[k] != '{' && s[k] != ',' {
		return false
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j < len(s) && s[j] == ':' && (j+1 >= len(s) || s[j+1] != ':')
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// collect walks the error object: the root (when it is an object) and the
// values under container keys, at most four levels deep.
func collect(v any, depth int, root bool, hits *[]bodyHit) {
	if depth > 4 {
		return
	}
	switch t := v.(type) {
	case []any:
		for i, e := range t {
			if i >= 8 {
				break
			}
			collect(e, depth+1, false, hits)
		}
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys) // map order is random; reasons must not be
		if h, ok := credentialFieldError(t, keys); ok {
			*hits = append(*hits, h)
		}
		if h, ok := typedValueCode(t, root); ok {
			*hits = append(*hits, h)
		}
		for _, k := range keys {
			val := t[k]
			nk := normal(k)
			switch val := val.(type) {
			case jsonlite.Number:
				if statusKeys.Has(nk) {
					if n, err := strconv.Atoi(val.String()); err == nil {
						statusHit(k, n, val.String(), hits)
					}
				}
			case string:
				if statusKeys.Has(nk) && len(val) == 3 {
					if n, err := strconv.Atoi(val); err == nil {
						statusHit(k, n, val, hits)
						continue
					}
				}
				if nk == "action" && wafAction(val) && ruleNamed(t) {
					// a firewall's event record: the rule that matched and
					// what it did ({"action":"block","ruleId":…})
					*hits = append(*hits, bodyHit{sign: rule.SignBodyCode, class: rule.Blocked, key: k, text: val})
					continue
				}
				if nk == "responseflags" {
					if c, ok := envoyFlags(val); ok {
						*hits = append(*hits, bodyHit{sign: rule.SignBodyCodeGeneric, class: c, generic: true, key: k, text: val})
						continue
					}
				}
				// a failed envelope's data as a string is its message
				// (JSend's {"status":"error","data":"Unauthorized"})
				collectString(k, nk, val, root && !failedData(nk, root, t), hits)
			case []any:
				if containerKeys[nk] || failedData(nk, root, t) {
					collect(val, depth+1, false, hits)
				}
				if messageKeys[nk] {
					// a list of messages: ["permission denied"]
					n := 0
					for _, e := range val {
						if str, ok := e.(string); ok && n < maxListStrings {
							n++
							collectString(k, nk, str, root, hits)
						}
					}
				}
			case map[string]any:
				if messageKeys[nk] {
					// OData's {"message":{"lang":"en-US","value":"…"}}
					if str, ok := val["value"].(string); ok {
						collectString(k, nk, str, root, hits)
					}
				}
				if containerKeys[nk] || failedData(nk, root, t) {
					collect(val, depth+1, false, hits)
				} else if nk == "properties" {
					// an Azure diagnostic log record puts the event in
					// "properties"
					if a, ok := val["action"].(string); ok && wafAction(a) && ruleNamed(val) {
						*hits = append(*hits, bodyHit{sign: rule.SignBodyCode, class: rule.Blocked, key: "action", text: a})
					}
				}
			}
		}
	}
}

// failedData reports whether the member nk of m, an envelope at the root
// of the body, is the data of an answer the envelope itself calls failed:
// JSend's {"status":"fail","data":{"message":…}}, WordPress's
// {"success":false,"data":{"message":…}}. Such data holds the error; the
// data of any other answer is data.
func failedData(nk string, root bool, m map[string]any) bool {
	return root && nk == "data" && errorMarker(m, 0)
}

// A validation error about one field of the request ({"resource":
// "Athlete","field":"access_token","code":"invalid"}, {"param":"api_key",
// "reason":"missing"}): when the field is a credential (secret.
// CredentialName) and the code says it was absent or turned down, the
// server refused the credential, whatever the surrounding message says.
var (
	fieldNameKeys  = wordlist.Set{"field", "fieldname", "param", "parameter", "paramname", "property", "attribute", "argument"}
	fieldCodeKeys  = wordlist.Set{"code", "reason", "type", "errortype", "error", "kind"}
	fieldFailCodes = wordlist.Set{"invalid", "missing", "missingfield", "required", "expired", "revoked", "incorrect", "wrong",
		"malformed", "notfound", "invalidvalue", "blank", "empty", "unknown", "notvalid", "mismatch"}
)

// credentialFieldError finds such an error in m (keys sorted).
func credentialFieldError(m map[string]any, keys []string) (bodyHit, bool) {
	field := ""
	for _, k := range keys {
		if v, ok := m[k].(string); ok && fieldNameKeys.Has(normal(k)) && secret.CredentialName(v) {
			field = v
		}
	}
	if field == "" {
		return bodyHit{}, false
	}
	for _, k := range keys {
		if v, ok := m[k].(string); ok && fieldCodeKeys.Has(normal(k)) && fieldFailCodes.Has(normal(v)) {
			return bodyHit{sign: rule.SignBodyCode, class: rule.Authentication, key: k, text: v, field: field}, true
		}
	}
	return bodyHit{}, false
}

// typedValueCode reads an error entry that gives its code as a "value"
// under a "type" naming the kind of error ({"errors":[{"type":"oauth",
// "value":"token_expired"}]}, as HeadHunter's API and others do): inside an
// error container only, where "value" is not data.
func typedValueCode(m map[string]any, root bool) (bodyHit, bool) {
	if root {
		return bodyHit{}, false
	}
	t, ok1 := m["type"].(string)
	v, ok2 := m["value"].(string)
	if !ok1 || !ok2 || t == "" || len(m) > 4 {
		return bodyHit{}, false
	}
	c, ok := codeLookup(v)
	if !ok || c.generic {
		return bodyHit{}, false
	}
	return bodyHit{sign: rule.SignBodyCode, class: c.class, key: "value", text: v}, true
}

// wafAction reports whether a firewall event's action (Cloudflare's,
// Azure Front Door's, AWS WAF's, a WAF log's) stopped the request.
func wafAction(v string) bool {
	switch normal(v) {
	case "block", "blocked", "challenge", "jschallenge", "managedchallenge", "captcha", "drop", "ban":
		return true
	}
	return false
}

// ruleNamed reports whether an event record names the firewall rule or
// policy it applied (ruleId, ruleName, terminatingRuleId, policy).
func ruleNamed(m map[string]any) bool {
	for k := range m {
		switch normal(k) {
		case "ruleid", "rulename", "rule", "terminatingruleid", "ruleset", "rulesetid", "policy", "policyname", "securitypolicy", "source":
			return true
		}
	}
	return false
}

// collectString reads the string value of member k (nk normalised): an
// error code when the key names one, else a message when the key names one.
func collectString(k, nk, val string, root bool, hits *[]bodyHit) {
	if len(val) > 400 {
		val = val[:400]
	}
	if codeKeys.Has(nk) {
		if m, ok := codeLookup(val); ok {
			g := rule.SignBodyCode
			if m.generic {
				g = rule.SignBodyCodeGeneric
			}
			*hits = append(*hits, bodyHit{sign: g, class: m.class, generic: m.generic, key: k, text: val})
			return
		}
	}
	if !messageKeys[nk] && !codeKeys.Has(nk) {
		if rest, ok := inBandError(val); ok {
			// an answer's own field holding an error in place of its
			// value (a token endpoint's {"access_token": "error: invalid
			// client_id"}): the text after "error:" is the message
			if p, ok := phraseOf(strings.ToLower(rest)); ok {
				g := rule.SignBodyMessage
				if p.generic {
					g = rule.SignBodyMessageGeneric
				}
				*hits = append(*hits, bodyHit{sign: g, class: p.class, generic: p.generic, key: k, text: val})
			}
			return
		}
	}
	if messageKeys[nk] || nk == "data" && !root {
		// JSON-RPC 2.0 puts the detail in the error object's
		// "data" ("Invalid params." / "Not authorised.")
		if !strings.ContainsAny(val, " \t") && strings.ContainsAny(val, "._:/") {
			// a message that is a code of its own, namespaced by the
			// product (UniFi's "api.err.LoginRequired",
			// "auth/session-expired")
			if m, ok := codeLookup(val); ok {
				g := rule.SignBodyCode
				if m.generic {
					g = rule.SignBodyCodeGeneric
				}
				*hits = append(*hits, bodyHit{sign: g, class: m.class, generic: m.generic, key: k, text: val})
				return
			}
		}
		if p, ok := phraseOf(strings.ToLower(val)); ok {
			g := rule.SignBodyMessage
			if p.generic {
				g = rule.SignBodyMessageGeneric
			}
			*hits = append(*hits, bodyHit{sign: g, class: p.class, generic: p.generic, key: k, text: val})
		} else if h, ok := shoutedCode(k, val); ok {
			*hits = append(*hits, h)
		}
	}
}

// shoutedCode reads a message that is an error code written out in
// capitals ("AUTHORIZATION FAILED", "INVALID TOKEN", "PERMISSION-DENIED"),
// as SOAP services and older APIs put in their fault string, the way
// codeLookup reads a code: the words of such a message are its code.
func shoutedCode(k, val string) (bodyHit, bool) {
	v := strings.TrimRight(strings.TrimSpace(val), ".!")
	if len(v) < 6 || len(v) > 48 || strings.Count(v, " ") > 3 {
		return bodyHit{}, false
	}
	letters := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			return bodyHit{}, false
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '_' || c == '-' || c >= '0' && c <= '9':
		default:
			return bodyHit{}, false
		}
	}
	m, ok := codeLookup(v)
	if letters < 6 || !ok {
		return bodyHit{}, false
	}
	g := rule.SignBodyCode
	if m.generic {
		g = rule.SignBodyCodeGeneric
	}
	return bodyHit{sign: g, class: m.class, generic: m.generic, key: k, text: val}, true
}

// anonymousWhole reports whether x is a 403 to a request the paste shows
// with every credential it could carry, which carried none: the status
// alone then says nothing of a permission (anonymousBare), so an error
// object's message that names one is no restatement. (A page's text may
// be a server's stock description of the status, which its default-page
// signature reads.)
func anonymousWhole(x *parse.Exchange) bool {
	return x.Response != nil && x.Response.Status == 403 && x.Request != nil && shownWhole(x.Request) &&
		x.Credentials().State == parse.CredNone
}

// statusClass is the class a refusal status suggests on its own.
func statusClass(st int) rule.Class {
	switch st {
	case 401, 407:
		return rule.Authentication
	case 403:
		return rule.Authorization
	case 429, 451:
		return rule.Blocked
	}
	return rule.None
}

func statusHit(key string, n int, text string, hits *[]bodyHit) {
	var c rule.Class
	switch n {
	case 401, 407:
		c = rule.Authentication
	case 403:
		c = rule.Authorization
	case 429, 451:
		c = rule.Blocked
	default:
		return
	}
	*hits = append(*hits, bodyHit{sign: rule.SignBodyStatus, class: c, generic: true, key: key, text: text, status: n})
}

// successKeys name, normalised, an envelope's member whose boolean says
// whether the call succeeded ({"ok":false}, {"Success":true}); the word in
// Portuguese, Spanish, Italian, German, Turkish, Indonesian, Polish and
// French too (as keys lose non-ASCII letters).
var successKeys = wordlist.Set{"ok", "success", "successful", "issuccess", "sucesso", "exito", "xito", "successo", "erfolg",
	"erfolgreich", "basarili", "baarl", "berhasil", "sukces", "succes"}

// hasErrorMarker reports whether a JSON body in a 2xx response is an error
// object: an error/errors/fault member, ok or success false, or a status or
// code member outside 2xx.
func hasErrorMarker(v any) bool { return errorMarker(v, 0) }

// errorMarker is hasErrorMarker, looking into an envelope's meta or
// response object too ({"meta":{"rc":"error","msg":"…"},"data":[]}).
func errorMarker(v any, depth int) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for k, val := range m {
		if str, ok := val.(string); ok && depth == 0 {
			if _, ok := inBandError(str); ok {
				return true // a field of the answer holding an error in its place
			}
		}
		switch nk := normal(k); nk {
		case "meta", "response", "header", "head":
			if depth == 0 && errorMarker(val, 1) {
				return true
			}
		case "result", "rc", "stat", "esito", "estado", "resultado":
			// {"result":"error","reason":"session_expired"}, UniFi's
			// "rc":"error", Flickr's "stat":"fail"
			if l, ok := val.(string); ok {
				switch strings.ToLower(l) {
				case "error", "fail", "failure", "failed", "ko", "erro", "errore", "erreur", "fehler":
					return true
				}
			}
		}
		if successKeys.Has(normal(k)) {
			if b, ok := val.(bool); ok && !b {
				return true
			}
			if s, ok := val.(string); ok && strings.EqualFold(s, "false") {
				return true
			}
		}
		switch normal(k) {
		case "error", "errors", "fault", "errormessage", "errorcode", "errormessages", "errorsummary", "faultstring",
			"fehler", "erro", "errore", "erreur", "hata", "fout": // the same in other languages
			if val != nil && val != false && val != "" {
				return true
			}
		case "level", "severity", "loglevel", "levelname":
			// a log record at error or warning level: the server logged a failure
			if l, ok := val.(string); ok {
				switch strings.ToLower(l) {
				case "error", "err", "warn", "warning", "fatal", "critical", "crit":
					return true
				}
			}
		case "status", "code", "statuscode", "resultcode", "returncode", "retcode", "respcode", "errcode":
			switch t := val.(type) {
			case bool:
				if !t {
					return true // {"status":false,"info":"…"}
				}
			case jsonlite.Number:
				if n, err := strconv.Atoi(t.String()); err == nil && (n >= 400 && n < 600 || n < 0) {
					return true // an HTTP error status, or a negative result code ({"status":-1})
				}
			case string:
				if n, err := strconv.Atoi(t); err == nil && n >= 400 && n < 600 {
					return true // the status written as a string ({"code":"401"})
				}
				if _, ok := codeLookup(t); ok {
					return true
				}
				if l := strings.ToLower(t); l == "error" || l == "fail" || l == "failure" || l == "failed" {
					return true
				}
			}
		}
	}
	return false
}

// envelopeKeys reports whether a 2xx body names a member an envelope's
// error goes in under another spelling than the usual ones: an error code
// or message abbreviated or prefixed ("err", "errcode", "err_code",
// "returnCode", "retMsg"), Flickr's "stat", an XML reply's <status>.
func envelopeKeys(body string) bool {
	l := lowered.Text(body)
	return strings.Contains(l, `"err`) || strings.Contains(l, `code"`) || strings.Contains(l, `msg"`) || strings.Contains(l, `"stat"`) ||
		strings.Contains(l, "<status>") || strings.Contains(l, "<stat>") || strings.Contains(l, "<result>")
}

// maxEnvelopeMembers is how many members a success-status envelope that
// carries only an error may have ({"code":40001,"msg":"…"}).
const maxEnvelopeMembers = 8

// failureEnvelope reports whether root, the body of a 2xx that names no
// error member, is an envelope carrying only a refusal: a small object of
// scalar members (a code, a message, an empty data), one of them, at its
// top, a message or code that names an identity failure in so many words
// ({"code":40001,"msg":"invalid credential, access_token is invalid"},
// {"stat":"fail","err":"Login failed"}). A body that carries data (a
// non-empty object or list) is an answer, whatever its strings say.
func failureEnvelope(root any, hits []bodyHit) bool {
	m, ok := root.(map[string]any)
	if !ok || len(m) > maxEnvelopeMembers {
		return false
	}
	for _, v := range m {
		switch t := v.(type) {
		case map[string]any:
			if len(t) > 0 {
				return false
			}
		case []any:
			if len(t) > 0 {
				return false
			}
		}
	}
	for _, h := range hits {
		if h.generic || h.class != rule.Authentication && h.class != rule.Authorization {
			continue
		}
		if k := h.sign.Kind(); k != rule.KindErrorMessage && k != rule.KindErrorCode {
			continue
		}
		if _, top := m[h.key]; top {
			return true
		}
	}
	return false
}

// normal lower-cases s and drops every byte that is not a letter or digit.
func normal(s string) string {
	if len(s) > 64 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
}

// keyOffset finds the member key: value in body (from start), for evidence.
func keyOffset(body string, start int, key, value string) int {
	q := `"` + key + `"`
	from := start
	for n := 0; n < 64; n++ {
		i := strings.Index(body[from:], q)
		if i < 0 {
			break
		}
		at := from + i
		rest := body[at+len(q):]
		if j := strings.Index(rest, value); j >= 0 && j < 16 {
			return at
		}
		from = at + len(q)
	}
	if i := strings.Index(body[start:], q); i >= 0 {
		return start + i
	}
	return -1
}

// loginPage recognises a sign-in form served with a success status to a
// client that wanted data, not a page: the API answered "log in first" in the
// shape of a page. Only a request that shows it came from an API client
// counts (an Accept without text/html, a JSON body, a bearer token, an
// XMLHttpRequest, a command-line or library User-Agent, an API path).
//
// A paste that shows no status but a sign-in page where an answer was
// wanted (a page printed by the client that failed to read it as JSON, the
// body pasted as "what I get") is the same demand: the status was a 200 or
// a redirect the client followed. Without an API client, only a page the
// request did not ask for counts (not a request to a sign-in step).
func loginPage(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	if r.Status != 0 && (r.Status < 200 || r.Status > 299) {
		return rule.Signal{}, false
	}
	why, ok := apiClient(x)
	if !ok && r.Status == 0 && (x.Request == nil || !signInStep(x.Request.Target+" "+x.Request.URL)) {
		why, ok = "the paste shows it as what came back instead of the answer", true
	}
	if !ok {
		return rule.Signal{}, false
	}
	body := r.Body.Text
	if len(body) > maxErrorBody*4 {
		body = body[:maxErrorBody*4]
	}
	ct := strings.ToLower(r.Fields.Get("content-type"))
	head := lowered.Text(body[:min(len(body), 512)])
	if !strings.Contains(ct, "html") && !strings.Contains(head, "<html") && !strings.Contains(head, "<!doctype html") {
		return rule.Signal{}, false
	}
	lb := lowered.Text(body)
	pw := -1
	if strings.Contains(body, "assword") || strings.Contains(body, "ASSWORD") {
		pw = passwordInput(lb)
	}
	if pw < 0 || !strings.Contains(lb, "<form") {
		return loginTitle(x, body, lb, why)
	}
	line := body[pw:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return rule.SignLoginPage.Signal(rule.Authentication,
		responseWords(r)+" carries a sign-in form (a password field) although "+why+": the server wants the caller to log in and answered with its login page instead of a 401",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(pw), Text: cutText(strings.TrimSpace(line), 120)}), true
}

// loginTitles are, lower case, the words of a sign-in page's title: an
// identity provider's page draws its form with a script (Microsoft's "Sign
// in to your account", Okta's "Sign In"), and a pasted page is often cut
// before its form.
var loginTitles = []string{"sign in", "sign-in", "signin", "log in", "log-in", "login", "logon", "log on", "single sign-on", "anmelden",
	// a single sign-on layer's own page ("YunoHost Portal", "SSO"), served
	// in front of every application it guards
	"sso", "portal",
	"connexion", "iniciar sesión", "inicio de sesión", "entrar", "accedi", "inloggen", "вход", "登录", "登入", "ログイン", "サインイン", "로그인"}

// loginTitle recognises a sign-in page served with 2xx to an API client by
// its title when the body shows no password form (drawn by a script, or cut
// short in the paste). The request's own target must not be a sign-in step:
// asking for the sign-in page and getting it is no refusal.
func loginTitle(x *parse.Exchange, body, lb, why string) (rule.Signal, bool) {
	i, start, end, ok := pageTitle(lb)
	if !ok {
		return rule.Signal{}, false
	}
	title := lb[start : start+end]
	hit := ""
	for _, w := range loginTitles {
		if k := strings.Index(title, w); k >= 0 && (k == 0 || !isWordByte(title[k-1])) && (k+len(w) == len(title) || !isWordByte(title[k+len(w)])) {
			hit = w
			break
		}
	}
	if hit == "" || x.Request != nil && signInStep(x.Request.Target+" "+x.Request.URL) {
		return rule.Signal{}, false
	}
	line := body[i:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	return rule.SignLoginTitle.Signal(rule.Authentication,
		responseWords(x.Response)+" is a page titled "+strconv.Quote(strings.TrimSpace(body[start:start+end]))+" although "+why+
			": a sign-in page instead of the answer, the server's way of asking the caller to log in (a 401 would say so to an API client)",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: x.Response.Body.LinePos(i), Text: cutText(strings.TrimSpace(line), 120)}), true
}

// pageTitle finds, in a lower-cased HTML body, the <title> element near the
// top: the offset of its tag, and the start and length of its text.
func pageTitle(lb string) (tag, start, n int, ok bool) {
	i := strings.Index(lb, "<title")
	if i < 0 || i > 8<<10 {
		return 0, 0, 0, false
	}
	j := strings.IndexByte(lb[i:], '>')
	if j < 0 {
		return 0, 0, 0, false
	}
	start = i + j + 1
	n = strings.Index(lb[start:], "</title")
	if n < 0 || n > 200 {
		return 0, 0, 0, false
	}
	return i, start, n, true
}

// blockTitle recognises a block page served with 2xx by its title: an
// ISP's or a network's filter, an IPS or a firewall that answers with its
// own page and a success status ("Blocked Notification Page", "Web Page
// Blocked!", "Request blocked"). The page says nothing of who asks; the
// status only says that the block page itself was delivered.
func blockTitle(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	if r.Status < 200 || r.Status > 299 {
		return rule.Signal{}, false
	}
	body := r.Body.Text
	if len(body) > maxErrorBody*4 {
		body = body[:maxErrorBody*4]
	}
	lb := lowered.Text(body)
	i, start, n, ok := pageTitle(lb)
	if !ok {
		return rule.Signal{}, false
	}
	title := plainWords(strings.TrimSpace(lb[start : start+n]))
	hit := ""
	for _, ws := range [][]string{WAFWordings, BotWordings} {
		for _, w := range ws {
			if Stated(title, w) >= 0 {
				hit = w
				break
			}
		}
		if hit != "" {
			break
		}
	}
	if hit == "" {
		return rule.Signal{}, false
	}
	line := body[i:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	return rule.SignTextMessage.Signal(rule.Blocked,
		responseWords(r)+" is a page titled "+strconv.Quote(strings.TrimSpace(body[start:start+n]))+" (\""+hit+"\"): a filter or firewall in front of the site answered with its block page and a success status, so the request was stopped for what it looked like or where it came from, not for who sent it",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(i), Text: cutText(strings.TrimSpace(line), 120)}), true
}

// passwordLabels are, lower case, a sign-in form's password label as a
// page copied as text shows it, in the languages pastes come in.
var passwordLabels = []string{"password", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "пароль", "密码", "パスワード",
	"비밀번호", "wachtwoord", "lösenord", "hasło", "şifre", "heslo", "salasana", "parola", "mật khẩu", "kata sandi"}

// textSignInForm recognises, with no status shown, a sign-in page copied as
// text ("Welcome to Grafana / Email or username / Password / Log in"): a
// line that is a password label and a line that is a sign-in button or
// title. What came back was a sign-in form instead of the answer.
func textSignInForm(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	body := r.Body.Text
	if r.Status != 0 || len(body) > 4<<10 || strings.Contains(body, "<") || x.Request != nil && signInStep(x.Request.Target+" "+x.Request.URL) {
		return rule.Signal{}, false
	}
	pw, title, at := false, "", -1
	for off, n := 0, 0; off < len(body) && n < 60; n++ {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		line := strings.ToLower(strings.Trim(body[off:off+end], " \t\r*:|#>-"))
		lineOff := off
		off += end + 1
		if len(line) > 60 {
			continue
		}
		for _, w := range passwordLabels {
			if line == w {
				pw = true
			}
		}
		if title != "" {
			continue
		}
		for _, w := range loginTitles {
			if line == w || strings.HasPrefix(line, w+" to ") || strings.HasPrefix(line, w+" with ") {
				title, at = strings.TrimSpace(body[lineOff:lineOff+end]), lineOff
				break
			}
		}
	}
	if !pw || title == "" {
		return rule.Signal{}, false
	}
	return rule.SignLoginTitle.Signal(rule.Authentication,
		"no status shown; the text is a sign-in form (a password field and "+strconv.Quote(cutText(title, 60))+"): the server answered with its sign-in page, asking the caller to log in",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(at), Text: cutText(title, 120)}), true
}

// loginMarkers in a redirect's Location point at a sign-in page or an
// identity provider's authorization endpoint (oauth2-proxy's /oauth2/start,
// Jenkins' securityRealm/commenceLogin, WordPress's wp-login.php,
// PingFederate's /as/authorization.oauth2, F5 APM's /my.policy, SharePoint's
// authenticate.aspx, Azure AD B2C and the older Microsoft sign-in hosts).
var loginMarkers = []string{"/login", "/signin", "/sign-in", "/sign_in", "/logon", "/sso", "/saml", "/authorize", "/oauth2/auth",
	"/openid-connect/auth", "/cas/login", "/adfs/ls", "/auth/realms/", "login.microsoftonline.com", "accounts.google.com",
	"/oauth2/start", "commencelogin", "wp-login.php", "/as/authorization", "/my.policy", "authenticate.aspx", "b2clogin.com",
	"login.windows.net", "login.live.com"}

// loginRedirect recognises a redirect to a sign-in page answered to an API
// client: the server's way of saying "authenticate first", in the shape a
// browser needs and an API client cannot follow.
func loginRedirect(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	switch r.Status {
	case 301, 302, 303, 307, 308:
	case 200:
		return clientLoginRedirect(x)
	case 0:
		// no status shown: a Location field is what a redirect carries
		// (a client's verbose lines cut to the headers that matter)
		if _, ok := r.Fields.Lookup("location"); !ok {
			return clientLoginRedirect(x)
		}
	default:
		return rule.Signal{}, false
	}
	loc, ok := r.Fields.Lookup("location")
	if !ok {
		return rule.Signal{}, false
	}
	l := strings.ToLower(loc.Value)
	hit := ""
	for _, m := range loginMarkers {
		if strings.Contains(l, m) {
			hit = m
			break
		}
	}
	if hit == "" {
		return rule.Signal{}, false
	}
	if e := loginErrorParam(l); e != "" {
		// Spring Security's /login?error, NextAuth's ?error=CredentialsSignin:
		// the sign-in page again, with the failure named
		return rule.SignLoginRedirect.Signal(rule.Authentication,
			responseWords(r)+" sends the client back to the sign-in page with "+strconv.Quote(e)+": the sign-in failed, answered with a redirect instead of a 401",
			fieldEv(x, loc)), true
	}
	if q := x.Request; q != nil && strings.EqualFold(q.Method, "POST") && signInStep(q.Target+" "+q.URL) && backToSignIn(l) {
		// credentials posted to the sign-in step and the answer sends the
		// browser back to a sign-in page (a router's loginpserr.stm, a
		// form's /login): a sign-in that worked goes on elsewhere
		return rule.SignLoginRedirect.Signal(rule.Authentication,
			responseWords(r)+" answers the sign-in POST by sending the browser back to a sign-in page: the sign-in failed (a working one goes on to the application), answered with a redirect instead of a 401",
			fieldEv(x, loc)), true
	}
	why, ok := apiClient(x)
	if ok {
		return rule.SignLoginRedirect.Signal(rule.Authentication,
			responseWords(r)+" sends the client to a sign-in page although "+why+": the server wants the caller to authenticate and answered as it would a browser, not with a 401",
			fieldEv(x, loc)), true
	}
	if x.Request == nil || strings.Contains(l, "error=") || signInStep(x.Request.Target+" "+x.Request.URL) {
		// nothing shows what was asked for; an identity provider's
		// refusal on its way back (its own rule reads it); or a step of
		// signing in or out (GET /login handing over to the identity
		// provider, /logout landing on the sign-in page): the redirect is
		// the flow, not a refusal
		return rule.Signal{}, false
	}
	// A browser sent where it asked to go to a sign-in page instead: the
	// server's way of asking it to authenticate first.
	session := ""
	if x.Request.Fields.Get("cookie") != "" {
		session = ", and the cookies the request carried did not count as a session it accepts"
	}
	return rule.SignLoginRedirect.Signal(rule.Authentication,
		responseWords(r)+" sends the browser to a sign-in page instead of what it asked for: the server wants the caller to authenticate first"+session,
		fieldEv(x, loc)), true
}

// blockPageWords name, in a redirect target's host or path, the page a URL
// filter shows instead of the site (block.opendns.com, blocked.cgi,
// warn.html, /denied, /filtered).
var blockPageWords = []string{"block", "warn", "denied", "filtered", "restricted"}

// blockRedirect recognises a redirect to a URL filter's block or warning
// page: the client's network (a DNS or proxy filter, a router's security
// service) sends the browser to its own page on another host, carrying the
// address it stopped as a parameter, instead of answering for the site. A
// page of the site itself (an /account/blocked, ASP.NET's AccessDenied) is
// on the site's host and stays the site's refusal.
func blockRedirect(x *parse.Exchange) (rule.Signal, bool) {
	r, q := x.Response, x.Request
	switch r.Status {
	case 0, 301, 302, 303, 307, 308:
	default:
		return rule.Signal{}, false
	}
	loc, ok := r.Fields.Lookup("location")
	if !ok || q == nil {
		return rule.Signal{}, false
	}
	host := hostOfURL(strings.ToLower(q.URL))
	if host == "" {
		host = strings.ToLower(strings.TrimSpace(q.Fields.Get("host")))
	}
	l := strings.ToLower(strings.TrimSpace(loc.Value))
	to := hostOfURL(l)
	if host == "" || to == "" || to == host || strings.HasSuffix(to, "."+host) || strings.HasSuffix(host, "."+to) {
		return rule.Signal{}, false
	}
	path, query, _ := strings.Cut(l, "?")
	if query == "" || !strings.Contains(query, host) && !strings.Contains(query, "url=") {
		return rule.Signal{}, false
	}
	hit := ""
	for _, w := range blockPageWords {
		if strings.Contains(path, w) {
			hit = w
			break
		}
	}
	if hit == "" {
		return rule.Signal{}, false
	}
	return rule.SignTextMessage.Signal(rule.Blocked,
		responseWords(r)+" sends the browser to "+strconv.Quote(cutText(to, 60))+", another host's "+strconv.Quote(hit)+" page that carries the requested address: a URL filter on the client's network (DNS, proxy or router security) stopped the request and shows its own page, so the site never answered",
		fieldEv(x, loc)), true
}

// hostOfURL returns the host of an absolute URL ("" when it is relative),
// lower-cased, without port or credentials (fields.Host).
func hostOfURL(u string) string {
	if !strings.Contains(u, "://") {
		return ""
	}
	return fields.Host(u)
}

// backToSignIn reports whether a lower-cased redirect target is a sign-in
// page of the site itself, not a hand-over to an identity provider or the
// next step of a sign-in (a second factor, a consent).
func backToSignIn(l string) bool {
	for _, m := range []string{"authorize", "saml", "/sso", "oauth", "openid", "2fa", "two-factor", "two_factor", "mfa", "otp", "verify",
		"challenge", "consent", "callback", "redirect_uri", "return", "next=", "continue"} {
		if strings.Contains(l, m) {
			return false
		}
	}
	for _, m := range []string{"/login", "/signin", "/sign-in", "/sign_in", "/logon", "wp-login.php"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// signInStep reports whether a lower-cased request target is itself a
// step of signing in or out, whose redirects are the flow rather than a
// refusal.
func signInStep(target string) bool {
	t := strings.ToLower(target)
	for _, m := range loginMarkers {
		if strings.Contains(t, m) {
			return true
		}
	}
	for _, m := range []string{"/logout", "/signout", "/sign-out", "/sign_out", "/logoff", "/callback", "/oauth2/", "/oidc/", "/acs"} {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// clientLoginRedirect recognises a 200 whose small HTML page only sends the
// browser on to a sign-in page (a meta refresh, or a script setting
// window.location): a login redirect made by the page, which an API client
// reads as a successful answer.
func clientLoginRedirect(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	body := r.Body.SentText()
	if len(body) == 0 || len(body) > 4<<10 {
		return rule.Signal{}, false
	}
	lb := lowered.Text(body)
	if !strings.Contains(lb, "<html") && !strings.Contains(lb, "<!doctype html") && !strings.Contains(lb, "<meta") && !strings.Contains(lb, "<script") {
		return rule.Signal{}, false
	}
	at, target := -1, ""
	for _, cue := range []string{"http-equiv=\"refresh\"", "http-equiv='refresh'", "http-equiv=refresh", "location.href", "location.replace(", "location.assign(", "window.location", "document.location"} {
		i := strings.Index(lb, cue)
		if i < 0 {
			continue
		}
		rest := lb[i+len(cue):]
		if len(rest) > 300 {
			rest = rest[:300]
		}
		if j := strings.Index(rest, "url="); j >= 0 && strings.HasPrefix(cue, "http-equiv") {
			rest = rest[j+len("url="):]
		} else if j := strings.IndexAny(rest, "\"'"); j >= 0 {
			rest = rest[j+1:]
		} else {
			continue
		}
		if k := strings.IndexAny(rest, "\"' >;)"); k >= 0 {
			rest = rest[:k]
		}
		at, target = i, rest
		break
	}
	handoff := false
	if at < 0 || target == "" {
		// a service provider handing the browser to its identity provider:
		// a form that posts a SAMLRequest (submitted by the page's onload)
		i := strings.Index(lb, "name=\"samlrequest\"")
		f := strings.LastIndex(lb[:max(i, 0)], "<form")
		if i < 0 || f < 0 {
			return rule.Signal{}, false
		}
		at, handoff = f, true
		target = lb[f:i]
		if a := strings.Index(target, "action=\""); a >= 0 {
			target = target[a+len("action=\""):]
			if e := strings.IndexByte(target, '"'); e >= 0 {
				target = target[:e]
			}
		}
	}
	hit := handoff
	for _, m := range loginMarkers {
		if strings.Contains(target, m) {
			hit = true
			break
		}
	}
	if !hit {
		return rule.Signal{}, false
	}
	why, ok := apiClient(x)
	if !ok && handoff && x.Request == nil {
		// no request shown, the page pasted as what came back: a browser
		// would have posted the form on, so the client that kept it was
		// not one
		why, ok = "the page was kept as the answer instead of being posted on", true
	}
	if !ok {
		return rule.Signal{}, false
	}
	line := body[at:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return rule.SignLoginRedirect.Signal(rule.Authentication,
		responseWords(r)+" is a page that only sends the browser on to a sign-in page ("+cutText(target, 60)+") although "+why+": the server wants the caller to authenticate and answered as it would a browser, not with a 401",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(at), Text: cutText(strings.TrimSpace(line), 120)}), true
}

// responseWords names a response in a reason: "the 302", or "the response
// (its status not shown)".
func responseWords(r *parse.Response) string {
	if r.Status == 0 {
		return "the response (its status not shown)"
	}
	return "the " + strconv.Itoa(r.Status)
}

// loginErrorParam returns the query parameter of a lower-cased sign-in
// URL that names a failed sign-in ("error", "error=credentialssignin",
// "login_error", "failed"), or "".
func loginErrorParam(l string) string {
	q := strings.IndexByte(l, '?')
	if q < 0 {
		return ""
	}
	for _, p := range strings.FieldsFunc(l[q+1:], func(r rune) bool { return r == '&' || r == ';' || r == '#' }) {
		name, val, _ := strings.Cut(p, "=")
		switch name {
		case "error", "login_error", "loginerror", "auth_error", "failed", "login_failed", "authfailed":
			if val == "access_denied" {
				return "" // an identity provider's refusal, which its own rule reads
			}
			return cutText(p, 60)
		}
	}
	return ""
}

// passwordInput returns the offset of an <input type=password> in a
// lower-cased page, or -1.
func passwordInput(lb string) int {
	for _, q := range []string{`type="password"`, `type='password'`, `type=password`} {
		if i := strings.Index(lb, q); i >= 0 {
			return i
		}
	}
	return -1
}

// nonBrowserAgents start the User-Agent of command-line tools and HTTP libraries.
var nonBrowserAgents = []string{"curl/", "wget/", "python-requests", "python-urllib", "python-httpx", "aiohttp", "go-http-client",
	"okhttp", "axios", "node-fetch", "undici", "java/", "apache-httpclient", "postmanruntime", "insomnia", "httpie",
	"libwww-perl", "powershell", "windowspowershell", "guzzlehttp", "ruby", "faraday", "rest-client", "dart:io", "reqwest",
	"restsharp", "got (", "kubectl", "terraform", "aws-cli", "aws-sdk", "azure-cli", "google-api-", "gh/", "git/"}

// apiClient says why the request looks like it came from an API client.
func apiClient(x *parse.Exchange) (string, bool) {
	q := x.Request
	tool := ""
	switch {
	case strings.HasPrefix(x.Format, "curl"):
		tool = "curl"
	case x.Format == "httpie":
		tool = "HTTPie"
	case x.Format == "wget":
		tool = "wget"
	}
	if q == nil {
		if tool != "" {
			return "the request was made with " + tool, true
		}
		return "", false
	}
	if a := strings.ToLower(q.Fields.Get("accept")); a != "" && !strings.Contains(a, "html") && !strings.Contains(a, "*/*") {
		return "the request asked for " + cutText(q.Fields.Get("accept"), 40), true
	}
	if ct := strings.ToLower(q.Fields.Get("content-type")); strings.Contains(ct, "json") {
		return "the request sent JSON", true
	}
	if strings.EqualFold(q.Fields.Get("x-requested-with"), "XMLHttpRequest") {
		return "the request was an XMLHttpRequest", true
	}
	if a := q.Fields.Get("authorization"); len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		return "the request sent a bearer token, which browsers do not send when navigating", true
	}
	if ua := strings.ToLower(q.Fields.Get("user-agent")); ua != "" {
		for _, p := range nonBrowserAgents {
			if strings.HasPrefix(ua, p) {
				return "the request came from " + cutText(q.Fields.Get("user-agent"), 40), true
			}
		}
	}
	if tool != "" && q.Fields.Get("user-agent") == "" {
		return "the request was made with " + tool, true
	}
	t := strings.ToLower(q.Target + " " + q.URL)
	if strings.Contains(t, "/api/") || strings.Contains(t, "/graphql") || strings.Contains(t, "/v1/") || strings.Contains(t, "/v2/") {
		return "the request went to an API path", true
	}
	return "", false
}

// Text bodies (a rendered page, a plain-text error) state the failure in
// words less reliably than a JSON error object: only the lines a person
// would read as the message count (short lines near the top, a page's title
// and headings), only wordings that name the failure (not "Forbidden" or
// "Access denied", which restate a status), and a little weaker than a JSON
// message (rule.SignTextMessage).
const (
	maxTextBody  = 16 << 10
	maxTextLines = 40
	maxTextLine  = 300
)

// maxShortText is the size of a plain-text error short enough to be one
// message (an envoy filter's or a gateway's one-line refusal).
const maxShortText = 256

func textMessage(x *parse.Exchange) (rule.Signal, bool) { return textMessageIn(x, false) }

// errorLineWords mark a line as an error a program printed, not a person's
// prose: what textMessageIn reads when errorLines is set.
var errorLineWords = []string{"error", "fatal", "exception", "failed", "denied", "refused"}

// textMessageIn is textMessage; with errorLines it reads only lines that say
// they are an error ("stderr": "Error response from daemon: …").
func textMessageIn(x *parse.Exchange, errorLines bool) (rule.Signal, bool) {
	r := x.Response
	body := r.Body.Text
	refusal := r.Status == 401 || r.Status == 403 || r.Status == 407 || r.Status == 429
	success := r.Status >= 200 && r.Status < 300
	// An HTML page's text often follows kilobytes of styles and scripts:
	// those are skipped, and lines of markup alone are not counted.
	head := lowered.Text(body[:min(len(body), 1024)])
	html := strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body")
	// A credential named next to a failure word ("Token is not valid yet") is
	// trusted in a short plain-text error, not in a page's running text.
	short := len(body) <= maxShortText && !strings.Contains(body, "<")
	// With no status, or one a person stated in words ("the session endpoint
	// returns 200"), the text is the page they copied or their account of
	// it: each sentence of a long paragraph is read.
	person := r.Status == 0 || r.StatusConf == parse.StatusProse
	// A page served with 2xx says many things (a sign-in form counts on its
	// own: loginPage): only a short plain-text answer, an error record, or a
	// person's account of the exchange is read.
	recordsOnly := success && !short && !person
	var generic rule.Signal
	found := false
	// lineErr marks a line that says it is an error ("Error: No valid
	// credential sources found"), whose part may have lost the word
	lineErr := false
	// judge reads one part; stated marks the line the status was read from.
	judge := func(pt textPart, pos parse.Pos, stated bool) (rule.Signal, bool, bool) {
		text, record := pt.text, pt.record
		if text == "" || len(text) > maxTextLine || recordsOnly && !record && !stated {
			return rule.Signal{}, false, false
		}
		l := strings.ToLower(text)
		if errorLines && !stated && !lineErr && !hasAny(l, errorLineWords) {
			return rule.Signal{}, false, false
		}
		where := "response body"
		if stated {
			where = "status line"
		}
		ev := &rule.Evidence{Exchange: x.Index, Where: where, Pos: pos, Text: cutText(text, 120)}
		if stated || person && r.Status != 0 && strings.Contains(text, strconv.Itoa(r.Status)) {
			// "returns 500 instead of 401", "always returns 200, whether
			// the login worked or not": the person says what the status hides
			if c, w, ok := statusMisuse(l, r.Status); ok {
				return rule.SignTextMessage.Signal(c, "the text says the "+strconv.Itoa(r.Status)+" stands for something else ("+strconv.Quote(w)+" in "+
					strconv.Quote(cutText(text, 100))+"): "+classMeaning(c), ev), true, true
			}
		}
		// with no status, a line of a person's text that says it is an
		// error ("Error while syncing: the access token you supplied has
		// expired", "The sync failed: Unauthorized") is the error's own words
		if r.Status == 0 && hasAny(l, failedWords) {
			record = true
		}
		p, ok := phraseOf(l)
		if ok && disowned(l, p.text) {
			// "Is this a permission denied?", "Not rate limited,
			// remaining is in the thousands": a person asking about the
			// wording or ruling it out, not the server saying it
			ok = false
		}
		if ok && categoryOfStatus(l, p, r.Status) {
			p.generic = true
		}
		if !ok && (record || short) {
			// "An API error occurred: not_authed", "… (AUTHENTICATION_FAILED)":
			// an error line naming the server's code
			p, ok = codeInText(text)
		} else if ok && p.generic {
			// "Code=NOT_AUTHENTICATED Message=Access denied.": the code
			// the line names says more than a wording that only restates
			// a refusal
			if c, cok := codeInText(text); cok {
				p = c
			}
		}
		if ok && p.generic && strings.Trim(l, " .!:-–—*#>`'\"|()[]") == p.text {
			// a line that is nothing but the wording ("Forbidden",
			// "Unauthorized."): the page's title or heading, the status in words
			record = true
		}
		if person && (!ok || p.generic || !record && strings.Contains(p.text, compoundSep)) {
			// "gives the error "Access denied to this dashboard"": a
			// wording quoted in a person's text is what the server said
			if q, qok := quotedPhrase(text); qok && (!ok || p.generic || !q.phrase.generic) {
				record, ok = true, true
				p, text = q.phrase, q.text
				ev.Text = cutText(text, 120)
			}
		}
		if ok && p.generic && r.Status == 0 && p.class != rule.Blocked && hasAny(l, signedInWords) {
			// "Right after logging in I only get the "Unauthorized"
			// page": a refusal of a user who says they are signed in
			return rule.SignTextMessage.Signal(rule.Authorization,
				"no status shown; the text says "+strconv.Quote(cutText(text, 100))+" of a user who is signed in: "+classMeaning(rule.Authorization), ev), true, true
		}
		if ok && p.generic && r.Status == 0 && (len(body) <= maxShortText || record) {
			// With no status at all, a short error that only says "Access
			// denied" or "Unauthorized" is still what the server meant,
			// unless a later line names the failure (Squid's "Access
			// Denied." above its reason).
			if !found {
				generic = rule.SignBodyMessageGeneric.Signal(p.class,
					"the body says "+strconv.Quote(cutText(text, 100))+" and the paste shows no status: "+meaningOf(p.class, l), ev)
				found = true
			}
			return rule.Signal{}, false, false
		}
		// A credential next to a failure word counts in a short error, a
		// record, the sentence where a person states the status ("calling
		// the API without a valid token still gets HTTP 200"), or, with no
		// status, a program's one-line message among the person's lines
		// ("Credentials were rejected.").
		states := stated || person && r.Status != 0 && strings.Contains(text, strconv.Itoa(r.Status)) ||
			r.Status == 0 && outputLine(l)

		if ok && !p.generic && (short || record || states || person && strings.Contains(p.text, grantSep) || !strings.Contains(p.text, compoundSep)) {
			if refusal && p.class == statusClass(r.Status) {
				return rule.Signal{}, false, true // agrees with the status: nothing to add
			}
			why := "the body says "
			switch {
			case r.Status == 0:
				why = "no status shown; the body says "
			case stated:
				why = "the line stating the status says "
			}
			return rule.SignTextMessage.Signal(p.class, why+strconv.Quote(cutText(text, 100))+": "+meaningOf(p.class, l), ev), true, true
		}
		return rule.Signal{}, false, false
	}
	// The line a person stated the status in, when the body does not hold it.
	if person && r.StatusText != "" {
		for _, pt := range textParts(r.StatusText, true) {
			if s, ok, done := judge(pt, r.Pos, true); done {
				return s, ok
			}
		}
	}
	if len(body) > maxTextBody && !(html && len(body) <= maxErrorBody) || strings.TrimSpace(body) == "" {
		return generic, found
	}
	if t := strings.TrimSpace(body); success && (t[0] == '{' || t[0] == '[') {
		return generic, found // data, which the error-object reader has seen
	}
	off := 0
	skip := "" // the closing tag of the <style> or <script> block being skipped
	// A person's line that ends in a colon ("I get this message at the
	// bottom many times:") introduces what the program said: the next short
	// line is its message, quoted or not.
	introduced := false
	// A person's sentence that ends in a colon introduces what the program
	// printed, and often names it in its own words on the way ("every
	// dashboard shows, for visitors who are not signed in:"): its reading
	// waits for the next lines, the program's own words, and stands only
	// when none of them gives one.
	var intro *rule.Signal
	introOK, introLeft := false, 0
	for n := 0; n < maxTextLines && off < len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		line := body[off : off+end]
		lineOff := off
		off += end + 1
		if person && !html {
			// a sentence wrapped by a terminal or a narrow page goes on in
			// the next line, which starts in lower case
			for j := 0; j < 4 && off < len(body) && wrapsOn(line, body[off:]); j++ {
				e := strings.IndexByte(body[off:], '\n')
				if e < 0 {
					e = len(body) - off
				}
				line = strings.TrimRight(line, " \r") + " " + strings.TrimSpace(body[off:off+e])
				off += e + 1
			}
		}
		if html && strings.Contains(line, "<") || skip != "" {
			ll := strings.ToLower(line)
			if skip != "" {
				if strings.Contains(ll, skip) {
					skip = ""
				}
				continue
			}
			opens := len(line)
			for _, tag := range []string{"style", "script"} {
				if k := strings.Index(ll, "<"+tag); k >= 0 && !strings.Contains(ll, "</"+tag) {
					skip, opens = "</"+tag, min(opens, k)
				}
			}
			if skip != "" {
				// a page's head written on one line ("<title>Your request
				// was blocked</title><link …><style>"): what comes before
				// the block is still the page's text
				line = line[:opens]
			}
			if strings.TrimSpace(stripTags(line)) == "" {
				continue // styles, scripts, markup alone
			}
		}
		if parse.BrowserConsoleLine(line) {
			// the browser's own words about the request ("Cross-Origin
			// Request Blocked", "net::ERR_FAILED"), not the server's
			continue
		}
		if !html && sourceLine(line) {
			// a statement of the person's own code quoted next to the
			// answer ("$session->setFlash('danger', 'Wrong password.');"):
			// the strings in it are what the code may say, not what the
			// server said
			continue
		}
		n++
		lineErr = errorLines && hasAny(strings.ToLower(line), errorLineWords)
		tl := strings.TrimSpace(line)
		quoted := person && !html && introduced && len(tl) <= 200
		if tl != "" {
			introduced = strings.HasSuffix(tl, ":")
		}
		if intro != nil && tl != "" {
			if introLeft == 0 {
				return *intro, introOK
			}
			introLeft--
		}
		for _, pt := range textParts(line, person) {
			pt.record = pt.record || quoted
			if s, ok, done := judge(pt, r.Body.LinePos(lineOff+pt.off), false); done {
				if person && !html && intro == nil && introduced && ok {
					intro, introOK, introLeft = &s, ok, 3
					break
				}
				if intro != nil && !ok {
					// the program's words only agree with the status:
					// the person's account said more
					return *intro, introOK
				}
				return s, ok
			}
		}
	}
	if intro != nil {
		return *intro, introOK
	}
	return generic, found
}

// failureStems mark a wording that names a failure by itself ("rate
// limited", "permission denied"): a negation before it rules it out, while
// before an affirmative wording ("seem to be an owner", "allow you to")
// the negation is the failure.
var failureStems = []string{"denied", "limited", "limit", "invalid", "expired", "failed", "failure", "forbidden", "refused", "rejected",
	"blocked", "missing", "exceeded", "revoked", "unauthorized", "unauthorised", "unauthenticated", "throttled", "insufficient", "wrong", "incorrect", "abnormal"}

// doubts open a question that asks whether a wording applies ("Is this a
// permission denied?", "could it be an expired token?"), unlike one that
// reports it ("why do I get permission denied?").
var doubts = []string{"is this ", "is it ", "is that ", "is the ", "are these ", "are they ", "could this ", "could it ", "could that ",
	"might this ", "might it ", "can this ", "can it ", "would this ", "does this mean ", "does that mean ", "maybe ", "perhaps "}

// disowned reports whether wording w, found in lower-cased text l, is not
// what the server said but a person doubting it or ruling it out: a question
// asking whether it applies ("Is this a permission denied? If so …"), or,
// wherever the wording stands, a negation before it in its clause (Denied:
// "Not rate limited, remaining is in the thousands", "the token has not
// expired"). Only a wording that names a failure by itself (failureStems)
// is ruled out by a negation; of a compound wording ("token … expired")
// that is its failure word. A wording that holds its own negation ("not
// authorized") is not ruled out by it, and a question that reports the
// wording ("why do I get permission denied?") keeps it.
func disowned(l, w string) bool {
	if i := strings.Index(w, compoundSep); i >= 0 {
		w = w[i+len(compoundSep):]
	}
	k := strings.Index(l, w)
	if k < 0 || w == "" {
		return false
	}
	// an affirmative wording's failure is the negation before it ("you
	// don't seem to be an owner"): only a wording that names a failure by
	// itself is ruled out by one
	if hasAny(w, failureStems) && Stated(l, w) < 0 {
		return true
	}
	if goodToken(l, k, w) {
		return true
	}
	from := 0 // the start of the sentence w stands in
	for i := k - 1; i > 0; i-- {
		if c := l[i-1]; (c == '.' || c == '?' || c == '!' || c == ':') && l[i] == ' ' || l[i] == '\n' {
			from = i + 1
			break
		}
	}
	sentence := strings.TrimLeft(l[from:k], " \t>*`\"'(")
	asks := false
	for _, d := range doubts {
		if strings.HasPrefix(sentence, d) {
			asks = true
			break
		}
	}
	if !asks {
		return false
	}
	for i := k + len(w); i < len(l); i++ {
		switch l[i] {
		case '?':
			return true
		case '.', '!', ';', '\n':
			return false
		}
	}
	return false
}

// sourceLine reports whether a line is a statement of program source: it
// ends a statement or opens a block (";" or "{") after a call, and calls
// through an object or a class ("->", "::", "$x.", "this.") or assigns.
func sourceLine(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) < 8 || !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, "{") || !strings.Contains(t, "(") {
		return false
	}
	for _, m := range []string{"->", "::", "this.", " = ", "await ", "return ", "if ("} {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// statusMisuse reads, in a lower-cased sentence that states status st, a
// person saying the status hides the meaning: the status it should have been
// ("should be a 401", "instead of 403"), or a success the same whatever the
// sign-in's outcome ("always returns 200, whether the login worked or not").
func statusMisuse(l string, st int) (rule.Class, string, bool) {
	for _, lead := range []string{"should be ", "should be a ", "should return ", "should return a ", "should answer ", "should respond with ",
		"instead of ", "instead of a ", "rather than ", "rather than a ", "expected ", "expected a ", "expecting ", "expecting a "} {
		for from := 0; from < len(l); {
			i := strings.Index(l[from:], lead)
			if i < 0 {
				break
			}
			at := from + i + len(lead)
			from = at
			for _, c := range []struct {
				code  string
				class rule.Class
			}{{"401", rule.Authentication}, {"407", rule.Authentication}, {"403", rule.Authorization}, {"429", rule.Blocked}} {
				if strings.HasPrefix(l[at:], c.code) && c.code != strconv.Itoa(st) && (len(l) == at+3 || !isWordByte(l[at+3])) {
					return c.class, strings.TrimSpace(lead) + " " + c.code, true
				}
			}
		}
	}
	if st >= 200 && st < 300 && hasAny(l, []string{"whether", "regardless", "even if", "even when", "even with", "no matter"}) {
		for _, w := range []string{"login", "log in", "sign in", "sign-in", "password", "credential", "authenticat", "logged in", "signed in", "token"} {
			if strings.Contains(l, w) {
				return rule.Authentication, w, true
			}
		}
	}
	return "", "", false
}

// wrapsOn reports whether the text after line continues its sentence: line
// is long and does not end a sentence, and next starts with a lower-case
// letter or with the sentence's closing mark (a terminal cut it just before
// the colon).
func wrapsOn(line, next string) bool {
	t := strings.TrimRight(line, " \r")
	if len(t) < 40 || len(t) > maxTextLine || strings.ContainsAny(t[len(t)-1:], ".!?:;,{}[]()\"'`") {
		return false
	}
	n := strings.TrimLeft(next, " \t")
	if n != "" && strings.IndexByte(":;,.!?", n[0]) >= 0 {
		// the sentence's own closing mark, cut onto a line of its own
		return len(n) == 1 || n[1] == ' ' || n[1] == '\r' || n[1] == '\n'
	}
	return n != "" && n[0] >= 'a' && n[0] <= 'z'
}

// quoted is a wording found between quotes.
type quoted struct {
	phrase messagePhrase
	text   string
}

// quotedPhrase finds, in a line of a person's text, a wording between
// quotes ("…", “…”, `…`) that names or restates a refusal.
func quotedPhrase(t string) (quoted, bool) {
	if q, ok := quotedObject(t); ok {
		return q, true
	}
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"`", "`"}, {"'", "'"}} {
		rest := t
		for n := 0; n < 8; n++ {
			i := strings.Index(rest, q[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(q[0]):]
			j := strings.Index(rest, q[1])
			if j < 0 {
				break
			}
			in := rest[:j]
			rest = rest[j+len(q[1]):]
			if len(in) < 4 || len(in) > 160 {
				continue
			}
			if p, ok := phraseOf(strings.ToLower(in)); ok {
				return quoted{p, in}, true
			}
			if m, ok := codeClass[normal(in)]; ok && !m.generic && codeToken(in) {
				// "I get the message "expired_access_token"": an error
				// code quoted as the message
				return quoted{messagePhrase{text: strings.ToLower(in), class: m.class}, in}, true
			}
		}
	}
	return quoted{}, false
}

// quotedObject finds, in a person's sentence, a one-level JSON error object
// the server sent ("… and I'm getting "{"message":"Unauthorized"}"."): its
// message is what the server said, however the sentence quotes around it.
func quotedObject(t string) (quoted, bool) {
	rest := t
	for n := 0; n < 4; n++ {
		i := strings.Index(rest, `{"`)
		if i < 0 {
			return quoted{}, false
		}
		rest = rest[i:]
		j := strings.IndexByte(rest, '}')
		if j < 0 {
			return quoted{}, false
		}
		obj := rest[:j+1]
		rest = rest[j+1:]
		if len(obj) > 400 {
			continue
		}
		v, ok := decodeOne(obj)
		m, isMap := v.(map[string]any)
		if !ok || !isMap {
			continue
		}
		for _, k := range []string{"message", "error", "error_description", "detail", "msg"} {
			in, _ := m[k].(string)
			if len(in) < 4 || len(in) > 160 {
				continue
			}
			if p, ok := phraseOf(strings.ToLower(in)); ok {
				return quoted{p, in}, true
			}
		}
	}
	return quoted{}, false
}

// codeInText finds, in a line of text, a word written as an error code
// (codeToken) whose meaning is known and specific: the code a client's
// error message or a server's log line names ("An API error occurred:
// not_authed", "DB::Exception: … (AUTHENTICATION_FAILED)",
// "StatusCode.PERMISSION_DENIED").
func codeInText(t string) (messagePhrase, bool) {
	for n := 0; n < 64 && t != ""; n++ {
		i := strings.IndexFunc(t, codeRune)
		if i < 0 {
			break
		}
		t = t[i:]
		j := strings.IndexFunc(t, func(r rune) bool { return !codeRune(r) })
		if j < 0 {
			j = len(t)
		}
		w := strings.Trim(t[:j], ".-/")
		t = t[j:]
		if len(w) < 6 || len(w) > 64 || !codeToken(w) {
			continue
		}
		last := strings.LastIndexAny(w, "./\\")
		for _, c := range []string{w, w[last+1:]} {
			if m, ok := codeClass[normal(c)]; ok && !m.generic && len(c) >= 6 && codeToken(c) {
				return messagePhrase{text: c, class: m.class}, true
			}
		}
		if c := w[last+1:]; exceptionClass(c) {
			// a class named by a known code and its kind's suffix
			// (Volley's AuthFailureError, an SDK's TokenExpiredException)
			if m, ok := codeStem(normal(c)); ok && !m.generic {
				return messagePhrase{text: c, class: m.class}, true
			}
		}
		if last > 0 {
			// PHP's Braintree\Exception\Authentication: a class named by
			// its failure alone in an exception namespace (codeStem)
			ns := w[strings.LastIndexAny(w[:last], "./\\")+1:]
			if m, ok := codeStem(normal(ns)); ok && !m.generic && strings.HasPrefix(normal(ns), "exception") {
				return messagePhrase{text: ns, class: m.class}, true
			}
		}
	}
	return messagePhrase{}, false
}

// exceptionClass reports whether s is written as a class name of an
// error: capitalised, a capital inside, ending in Error, Exception or Fault.
func exceptionClass(s string) bool {
	return len(s) > 8 && s[0] >= 'A' && s[0] <= 'Z' && codeToken(s) &&
		(strings.HasSuffix(s, "Error") || strings.HasSuffix(s, "Exception") || strings.HasSuffix(s, "Fault"))
}

func codeRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' || r == '/' || r == '\\'
}

// codeToken reports whether s is written as an error code: one token of
// letters, digits, '_', '-', '.' or '/', with an underscore or an inner
// capital ("expired_access_token", "InvalidAuthenticationToken").
func codeToken(s string) bool {
	mark := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c >= 'A' && c <= 'Z' && i > 0:
			mark = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '/' || c == '\\':
		default:
			return false
		}
	}
	return mark
}

// failedWords say that a line reports a failure, apart from any wording
// that names or restates a refusal.
var failedWords = []string{"error", "failed", "fatal", "exception"}

// signedInWords say that the user was signed in when refused.
var signedInWords = []string{"after logging in", "after login", "after log in", "after signing in", "after sign in", "after sign-in",
	"logged in as", "signed in as", "i'm logged in", "i am logged in", "i'm signed in", "i am signed in", "while logged in",
	"while signed in", "when logged in", "successfully logged in", "successfully signed in", "after a successful login"}

// textPart is what a line of a text body says, where in the line it is, and
// whether it is a program's error record rather than running text.
type textPart struct {
	text   string
	off    int
	record bool
}

// maxSentences caps the sentences read from one long line.
const maxSentences = 16

// textParts splits a line of a text body into what is read: the line
// (without markup), a log record's message, a long printed error's opening
// words, and of a long paragraph its opening sentence, or every sentence
// when person is set.
func textParts(line string, person bool) []textPart {
	text := strings.TrimSpace(line)
	if !exceptionMessage(text) {
		// markup, but not a printed object ("<Fault AccessDenied: …>")
		text = strings.TrimSpace(stripTags(line))
	}
	if m := recordMessage(text); m != "" {
		// a log record: what its error or message key says, a short
		// error message of its own
		return []textPart{{text: m, record: true}}
	}
	if m, ok := memberMessage(text); ok {
		// a member of an error object the JSON reader could not decode (cut
		// short, printed by a language, YAML): "message": "Token does not exist",
		off := strings.Index(line, m)
		if len(m) > maxTextLine {
			m = m[:maxTextLine]
		}
		return []textPart{{text: m, off: max(off, 0), record: true}}
	}
	if len(text) <= maxTextLine {
		// "[…][ERROR] Username or password is incorrect.",
		// "xmlrpclib.Fault: <Fault AccessDenied: 'Access denied.'>"
		rec := errorLevel(text) || exceptionMessage(strings.TrimLeft(text, "`'\"")) || exceptionMessage(afterConsoleSource(text))
		return []textPart{{text: text, record: rec}}
	}
	if t := strings.TrimLeft(strings.TrimSpace(line), "`'\""); exceptionMessage(t) || exceptionMessage(afterConsoleSource(t)) {
		// a long printed error ("Error: no permissions for […] and
		// User […]: [security_exception] …"): its opening words, with
		// the URLs it names shortened to their host ("<HttpError 403
		// when requesting https://…?…&key=… returned "…"">: a client's
		// message that quotes the server's after a long request URL)
		if u := shortURLs(t); len(u) < len(t) {
			t = u
		}
		return []textPart{{text: t[:min(len(t), maxTextLine)], record: true}}
	}
	q := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), ">"))
	if len(q) <= maxTextLine {
		return nil
	}
	qOff := strings.Index(line, q)
	if !person {
		// a long message on one line ("The application you attempted to
		// authenticate to is not authorized to use CAS. This usually
		// indicates …"): its opening sentence
		if k := strings.Index(q[:maxTextLine], ". "); k > 0 {
			return []textPart{{text: q[:k+1], off: qOff}}
		}
		return nil
	}
	var out []textPart
	for from := 0; from < len(q) && len(out) < maxSentences; {
		end := sentenceEnd(q, from)
		sn := strings.TrimSpace(q[from:end])
		if len(sn) > maxTextLine {
			sn = sn[:maxTextLine]
		}
		if sn != "" {
			out = append(out, textPart{text: sn, off: qOff + from})
		}
		from = end
	}
	return out
}

// shortURLs replaces each http(s) URL in t by its scheme and host
// followed by "/…", so that a long request URL does not push the words
// around it out of a bounded window.
func shortURLs(t string) string {
	var b strings.Builder
	for {
		i := strings.Index(t, "://")
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		start := i
		for start > 0 && isWordByte(t[start-1]) {
			start--
		}
		host := i + 3
		for host < len(t) && (isWordByte(t[host]) || t[host] == '.' || t[host] == '-' || t[host] == ':' || t[host] == '@') {
			host++
		}
		end := host
		for end < len(t) && !strings.ContainsRune(" \t\"'<>`", rune(t[end])) {
			end++
		}
		b.WriteString(t[:host])
		if end > host {
			b.WriteString("/…")
		}
		t = t[end:]
	}
}

// sentenceEnd returns where the sentence of q that starts at from ends:
// after its full stop, question or exclamation mark and the space after it,
// or at the end of q.
func sentenceEnd(q string, from int) int {
	for i := from; i+1 < len(q); i++ {
		switch q[i] {
		case '.', '?', '!':
			if q[i+1] == ' ' {
				return i + 2
			}
		}
	}
	return len(q)
}

// Caller fields: a log record's or error object's member naming who the
// server took the caller to be. A value that names nobody (authentik's
// auth_via "unauthenticated", Django's AnonymousUser, Kubernetes'
// system:anonymous, user=anonymous in an access log) makes a refusal an
// authentication failure: the server never knew the caller.
var (
	// callerKeySpellings are the keys as written, lower case.
	callerKeySpellings = []string{"auth_via", "auth_method", "auth_type", "user", "username", "user_name", "principal",
		"identity", "caller", "remote_user", "authenticated_as"}
	nobodyValues = wordlist.Set{"unauthenticated", "anonymous", "anonymoususer", "systemanonymous",
		"notauthenticated", "anon"}
)

// callerField finds in one lower-cased line a caller field whose value names
// nobody ("auth_via": "unauthenticated", user=anonymous) and returns it as
// "key: value", without the quotes a JSON record puts around both.
func callerField(l string) (string, bool) {
	if len(l) > 8<<10 {
		l = l[:8<<10]
	}
	for _, k := range callerKeySpellings {
		for from := 0; from < len(l); {
			i := strings.Index(l[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			if i > 0 && (isWordByte(l[i-1]) || l[i-1] == '.' || l[i-1] == '-') {
				continue // part of a longer name (x_user, request.user)
			}
			j := from
			if j < len(l) && (l[j] == '"' || l[j] == '\'') {
				j++
			}
			for j < len(l) && l[j] == ' ' {
				j++
			}
			if j >= len(l) || l[j] != ':' && l[j] != '=' {
				continue
			}
			j++
			for j < len(l) && (l[j] == ' ' || l[j] == '"' || l[j] == '\'') {
				j++
			}
			e := j
			for e < len(l) && e-j < 40 && (isWordByte(l[e]) || l[e] == ':' || l[e] == '-') {
				e++
			}
			if v := l[j:e]; nobodyValues.Has(normal(v)) {
				return k + ": " + v, true
			}
		}
	}
	return "", false
}

// refusalWords mark a line of a paste with no status as being about a refusal.
var refusalWords = []string{"401", "403", "forbidden", "denied", "unauthorized", "unauthorised", "not allowed"}

// callerSignal reads the log record the status was read from, then the
// body's first lines, whatever their format (JSON log records, key=value
// pairs, a printed object), for a caller field that names nobody, on a 401
// or 403, or with no status on a line that speaks of a refusal.
func callerSignal(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	if r.Status != 0 && r.Status != 401 && r.Status != 403 {
		return rule.Signal{}, false
	}
	if r.StatusRecord != "" {
		if f, ok := callerField(strings.ToLower(r.StatusRecord)); ok {
			return rule.SignBodyMessage.Signal(rule.Authentication,
				"the log record stating the status says "+strconv.Quote(cutText(f, 80))+": the server did not know the caller, who was not authenticated",
				&rule.Evidence{Exchange: x.Index, Where: "log record", Pos: r.Pos, Text: cutText(r.StatusRecord, 120)}), true
		}
	}
	body := r.Body.Text
	if len(body) > maxErrorBody {
		body = body[:maxErrorBody]
	}
	off := 0
	for n := 0; n < 4*maxTextLines && off < len(body); n++ {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		line, lineOff := body[off:off+end], off
		off += end + 1
		if !strings.ContainsAny(line, ":=") {
			continue // no "key: value" or key=value: callerField finds nothing (lowering makes no ':' or '=')
		}
		l := strings.ToLower(line)
		if r.Status == 0 && !hasAny(l, refusalWords) {
			continue
		}
		if f, ok := callerField(l); ok {
			return rule.SignBodyMessage.Signal(rule.Authentication,
				"the body says "+strconv.Quote(cutText(f, 80))+": the server did not know the caller, who was not authenticated",
				&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(lineOff), Text: cutText(strings.TrimSpace(line), 120)}), true
		}
	}
	return rule.Signal{}, false
}

// exceptionMessage reports whether a line is the message of an exception a
// program printed: a class name ending in Error, Exception or Fault, maybe
// qualified, then ": " ("xmlrpclib.Fault: <Fault AccessDenied: …>",
// "requests.exceptions.HTTPError: 403 …").
func exceptionMessage(t string) bool {
	i := strings.Index(t, ": ")
	if i <= 0 || i > 80 {
		return false
	}
	name := t[:i]
	for j := 0; j < len(name); j++ {
		if c := name[j]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '$') {
			return false
		}
	}
	return strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception") || strings.HasSuffix(name, "Fault")
}

// errorLevel reports whether a line is a log record at error or warning
// level: its level stands as a word near its start ("[ERROR]", " ERROR ",
// "level=error", "[warn]").
func errorLevel(t string) bool {
	head := t
	if len(head) > 96 {
		head = head[:96]
	}
	lh := strings.ToLower(head)
	for _, w := range []string{"[error]", "[err]", "[warn]", "[warning]", "level=error", "level=warn", "lvl=eror", "lvl=warn", "level=\"error\"", "level=\"warn"} {
		if strings.Contains(lh, w) {
			return true
		}
	}
	// a command-line tool's own error line ("error: …", "ERROR: (gcloud…) …",
	// "fatal: …", "npm ERR! …")
	// and logrus's text format without timestamps ("FATA[0000] …", "ERRO[0003] …")
	for _, w := range []string{"error:", "fatal:", "npm err!", "err!", "fata[", "erro[", "warn["} {
		if strings.HasPrefix(lh, w) {
			return true
		}
	}
	if strings.Contains(head, " ERROR ") || strings.Contains(head, " WARN ") || strings.HasPrefix(head, "ERROR ") || strings.HasPrefix(head, "WARN ") {
		return true
	}
	// a record a program logged with only a timestamp before its words
	// (Go's log package: "2020/03/11 09:42:52 http error: …"): the same
	// words after the timestamp, or a short subsystem's "… error:"
	if k := parse.TimestampEnd(t); k > 0 && k < len(t) {
		rest := t[k:]
		if errorLevel(rest) {
			return true
		}
		if h, _, ok := strings.Cut(rest[:min(len(rest), 32)], ": "); ok && strings.Count(h, " ") <= 2 {
			return strings.HasSuffix(strings.ToLower(h), " error")
		}
	}
	return false
}

// memberMessage returns the value of a line that is one member of an
// error object, "key": "value" or key: value or key => 'value', when the
// key names a message or an error code (messageKeys, codeKeys).
func memberMessage(t string) (string, bool) {
	t = strings.TrimLeft(t, " \t{[,")
	if t == "" {
		return "", false
	}
	q := t[0]
	if q == '"' || q == '\'' {
		t = t[1:]
	}
	k := 0
	for k < len(t) && k < 40 && (isWordByte(t[k]) || t[k] == '-') {
		k++
	}
	if k == 0 || k >= len(t) {
		return "", false
	}
	key := t[:k]
	rest := t[k:]
	if q == '"' || q == '\'' {
		if rest[0] != q {
			return "", false
		}
		rest = rest[1:]
	}
	rest = strings.TrimLeft(rest, " \t")
	switch {
	case strings.HasPrefix(rest, "=>"):
		rest = rest[2:]
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "="):
		rest = rest[1:]
	default:
		return "", false
	}
	nk := normal(key)
	if !messageKeys[nk] && !codeKeys.Has(nk) {
		return "", false
	}
	v := strings.TrimSpace(rest)
	v = strings.TrimRight(v, ",;")
	v = strings.Trim(v, "\"'` ")
	if len(v) < 4 || strings.HasPrefix(v, "{") || strings.HasPrefix(v, "[") {
		return "", false
	}
	return v, true
}

// recordMessage returns the quoted value of a long key=value log record's
// error or message key (error="…", msg="…"), or "".
func recordMessage(t string) string {
	if len(t) > 1<<16 {
		t = t[:1<<16]
	}
	for _, k := range []string{"error=\"", "err=\"", "msg=\"", "message=\"", "reason=\""} {
		i := strings.Index(t, k)
		if i < 0 || i > 0 && t[i-1] != ' ' && t[i-1] != '\t' && t[i-1] != '.' {
			continue
		}
		v := t[i+len(k):]
		if j := strings.IndexByte(v, '"'); j >= 0 {
			return v[:j]
		}
	}
	return printedMember(t)
}

// printedMember returns the message member of an object a language printed
// inside a log line, unquoted or in single quotes, ended by the next member
// or the object's closing bracket: Java's toString ("ReturnT [code=500,
// msg=The access token is wrong., content=null]"), a Python or Kotlin data
// class ("Result(code=401, message='token expired')"), or "".
func printedMember(t string) string {
	open := strings.IndexAny(t, "[({")
	if open < 0 {
		return ""
	}
	lt := ascii.Lower(t) // byte for byte
	for _, k := range []string{"msg=", "message=", "errmsg=", "errormessage=", "errormsg=", "error="} {
		for from, n := 0, 0; from < len(t) && n < 16; n++ {
			i := strings.Index(lt[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			if i <= open || strings.IndexByte("[({, ", t[i-1]) < 0 {
				continue
			}
			v := t[i+len(k):]
			if len(v) > maxTextLine {
				v = v[:maxTextLine]
			}
			if v != "" && (v[0] == '"' || v[0] == '\'') {
				if j := strings.IndexByte(v[1:], v[0]); j >= 0 {
					v = v[1 : j+1]
				}
			} else {
				end := len(v)
				for j := 0; j+2 < len(v); j++ {
					if v[j] == ',' && v[j+1] == ' ' && memberKeyAt(v[j+2:]) {
						end = j
						break
					}
				}
				if j := strings.IndexAny(v[:end], "])}"); j >= 0 && end == len(v) {
					end = j
				}
				v = v[:end]
			}
			if v = strings.TrimSpace(v); len(v) >= 4 && v != "null" && v != "None" && v != "nil" {
				return v
			}
		}
	}
	return ""
}

// memberKeyAt reports whether s starts with a member's key and its "=":
// a word of letters, digits or underscores.
func memberKeyAt(s string) bool {
	k := 0
	for k < len(s) && k < 40 && isWordByte(s[k]) {
		k++
	}
	return k > 0 && k < len(s) && s[k] == '='
}

// classMeaning says what a body's words mean for the class.
func classMeaning(c rule.Class) string {
	switch c {
	case rule.Authentication:
		return "the caller was not authenticated (credentials missing, invalid or expired)"
	case rule.Authorization:
		return "the caller is known and not allowed"
	case rule.None:
		return "the failure is not about identity (a malformed request, a missing resource, a server or network fault)"
	}
	return "the request was refused for a reason other than identity (a rate limit, a rule about the client's address or a request-forgery check)"
}

// termsGateWords are what a service says when the account must accept the
// terms or a licence of the data or service first.
var termsGateWords = []string{"not agreed to the required terms", "not agreed to the terms", "not accepted the terms", "not accepted the required",
	"licences not accepted", "licenses not accepted", "must accept the terms", "need to accept the terms"}

// termsGate reports whether lower-cased l says so.
func termsGate(l string) bool {
	for _, w := range termsGateWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// meaningOf is classMeaning, naming the kind of rule when lower-cased l
// names one of RuleWordings.
func meaningOf(c rule.Class, l string) string {
	if c == rule.Blocked {
		if g, ok := RuleNamed(l); ok {
			return "the request was refused by " + g.Meaning
		}
	}
	if _, ok := credentialHeaderMissing(l); ok && c == rule.Authentication {
		return "the request lacked the credential header the server reads (no credentials reached it)"
	}
	if c == rule.Authorization && termsGate(l) {
		return "the account is known but has not accepted the terms or licence this resource requires"
	}
	if _, ok := redirectURIRefused(l); ok && c == rule.Authentication {
		return "the authorization server does not accept the redirect URI the client sent (not registered for that client, or written differently), so the sign-in stops before anyone can authenticate"
	}
	return classMeaning(c)
}

// joinHanSpaces drops a blank that stands between two Chinese or Japanese
// characters (Han, Hiragana, Katakana): those languages write no space
// between words, so one there is layout, the edge of a link or a bold word
// ("请 <a href=…>登录</a> 后使用": please log in before using), and the
// wordings are written without it. Korean, which spaces its words, keeps
// its blanks.
func joinHanSpaces(l string) string {
	if !strings.Contains(l, " ") || !strings.ContainsFunc(l, hanOrKana) {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	for i := 0; i < len(l); {
		r, n := utf8.DecodeRuneInString(l[i:])
		if r == ' ' && i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(l[:i])
			j := i
			for j < len(l) && l[j] == ' ' {
				j++
			}
			next, _ := utf8.DecodeRuneInString(l[j:])
			if hanOrKana(prev) && hanOrKana(next) {
				i = j
				continue
			}
		}
		b.WriteString(l[i : i+n])
		i += n
	}
	return b.String()
}

// hanOrKana reports whether r is a Chinese character or Japanese kana.
func hanOrKana(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// stripAnchors drops the <a …> and </a> tags of lower-cased l, keeping
// the link's text.
func stripAnchors(l string) string {
	var b strings.Builder
	for {
		i := strings.Index(l, "<a ")
		j := strings.Index(l, "</a>")
		switch {
		case i < 0 && j < 0:
			b.WriteString(l)
			return b.String()
		case j >= 0 && (i < 0 || j < i):
			b.WriteString(l[:j])
			l = l[j+len("</a>"):]
		default:
			k := strings.IndexByte(l[i:], '>')
			if k < 0 {
				b.WriteString(l)
				return b.String()
			}
			b.WriteString(l[:i])
			l = l[i+k+1:]
		}
	}
}

// stripTags drops HTML tags from one line. A word in angle brackets that no
// HTML element is named ("user <anonymous>", "<none>", "<redacted>") is a
// placeholder a log or a person wrote: its word stays.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<' && !in:
			if w, n := placeholderAt(s[i:]); n > 0 && !strings.Contains(s, "</"+w) {
				b.WriteString(w)
				i += n - 1
				continue
			}
			if i+1 >= len(s) || !tagStart(s[i+1]) || strings.IndexByte(s[i:], '>') < 0 {
				// a '<' that opens no tag ("Unexpected token '<'", "a < b",
				// "<!DOCTYPE "... is not valid JSON: no '>' closes it)
				b.WriteByte(c)
				continue
			}
			in = true
		case c == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// tagStart reports whether c may follow the '<' of a tag: a letter, '/',
// '!' or '?'.
func tagStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?'
}

// placeholderAt reads "<word>" at the start of s when word (letters, digits,
// '-' and '_', no attributes) names no HTML element, returning the word and
// the length read. The caller checks that no "</word>" closes it (an XML
// element: <Message>…</Message>).
func placeholderAt(s string) (string, int) {
	e := strings.IndexByte(s, '>')
	if e < 2 || e > 40 {
		return "", 0
	}
	w := s[1:e]
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return "", 0
		}
	}
	if htmlElements[strings.ToLower(w)] {
		return "", 0
	}
	return w, e + 1
}

// htmlElements are the HTML element names error pages use.
var htmlElements = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`a abbr address article aside b base blockquote body br button center code dd details div dl dt em
		font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link main meta nav noscript ol option
		p pre s script section select small span strong style sub summary sup table tbody td textarea th thead title tr tt u ul
		svg path g noindex`) {
		m[n] = true
	}
	return m
}()

// Element names (lower case, namespace prefix dropped) of XML error bodies:
// S3 and its look-alikes, Azure Storage, SOAP faults, generic <error> documents.
var (
	xmlCodeTags    = wordlist.Set{"code", "errorcode", "faultcode", "error", "type", "reason", "value"} // SOAP 1.2: <Code><Value>, <Subcode><Value>
	xmlStatusTags  = wordlist.Set{"status", "statuscode", "httpstatus", "code", "httpcode"}
	xmlMessageTags = wordlist.Set{"message", "faultstring", "detail", "description", "error", "reason", "authenticationerrordetail", "text"} // SOAP 1.2: <Reason><Text>
	xmlErrorRoots  = wordlist.Set{"error", "errors", "fault", "errorresponse", "exception"}
)

const maxXMLElements = 64

// collectXML reads the text of the first elements of an XML body: codes,
// statuses and messages, as collect does for JSON. marker is set when an
// element names an error (Error, Fault, ErrorResponse…).
func collectXML(body string) (hits []bodyHit, marker bool) {
	t := strings.TrimSpace(body)
	if ascii.HasPrefixFold(t, "<!doctype html") || ascii.HasPrefixFold(t, "<html") {
		return nil, false
	}
	base := len(body) - len(strings.TrimLeft(body, " \t\r\n"))
	if !strings.HasPrefix(t, "<") {
		// a fault or an error document the person quoted inside their
		// own words, or printed after the request they sent ("The answer
		// I get back is: "<faultcode>wsse:FailedAuthentication</faultcode>
		// …""): read from its first element
		at, ok := embeddedXMLError(body)
		if !ok {
			return nil, false
		}
		base, t = at, strings.TrimRight(body[at:], " \t\r\n")
	}
	member := "" // the <name> of the XML-RPC <member> being read
	for i, n := 0, 0; i < len(t) && n < maxXMLElements; n++ {
		lt := strings.IndexByte(t[i:], '<')
		if lt < 0 {
			break
		}
		open := i + lt
		gt := strings.IndexByte(t[open:], '>')
		if gt < 0 {
			break
		}
		tag := t[open+1 : open+gt]
		i = open + gt + 1
		if tag == "" || tag[0] == '/' || tag[0] == '?' || tag[0] == '!' {
			continue
		}
		name, attrs := tag, ""
		if sp := strings.IndexAny(name, " \t\r\n/"); sp >= 0 {
			name, attrs = name[:sp], name[sp:]
		}
		if c := strings.LastIndexByte(name, ':'); c >= 0 {
			name = name[c+1:]
		}
		ln := strings.ToLower(name)
		if xmlErrorRoots.Has(ln) {
			marker = true
		}
		if strings.Contains(attrs, "=") {
			am, ah := xmlAttrHits(ln, attrs, base+open)
			marker = marker || am
			hits = append(hits, ah...)
		}
		if strings.HasSuffix(tag, "/") {
			continue
		}
		end := strings.IndexByte(t[i:], '<')
		if end < 0 {
			break
		}
		text := strings.TrimSpace(t[i : i+end])
		if text == "" || len(text) > 400 {
			continue
		}
		off := base + open
		if ln == "name" {
			member = strings.ToLower(text)
			continue
		}
		if ln == "status" || ln == "stat" || ln == "result" {
			switch strings.ToLower(text) {
			case "error", "fail", "failure", "failed":
				marker = true // <response><status>error</status><message>…</message></response>
			}
		}
		if member == "faultstring" && ln == "string" {
			// an XML-RPC fault: <member><name>faultString</name>
			// <value><string>Incorrect username or password.</string>
			ln = "faultstring"
		}
		if xmlStatusTags.Has(ln) && len(text) == 3 {
			if st, err := strconv.Atoi(text); err == nil {
				before := len(hits)
				statusHit(name, st, text, &hits)
				for k := before; k < len(hits); k++ {
					hits[k].off = off
				}
				continue
			}
		}
		if xmlCodeTags.Has(ln) {
			if m, ok := codeLookup(text); ok {
				g := rule.SignBodyCode
				if m.generic {
					g = rule.SignBodyCodeGeneric
				}
				hits = append(hits, bodyHit{sign: g, class: m.class, generic: m.generic, key: name, text: text, off: off})
				continue
			}
		}
		if xmlMessageTags.Has(ln) {
			if p, ok := phraseOf(strings.ToLower(text)); ok {
				g := rule.SignBodyMessage
				if p.generic {
					g = rule.SignBodyMessageGeneric
				}
				hits = append(hits, bodyHit{sign: g, class: p.class, generic: p.generic, key: name, text: text, off: off})
			} else if h, ok := shoutedCode(name, text); ok {
				h.off = off
				hits = append(hits, h)
			}
		}
	}
	return hits, marker
}

// xmlAttrErrors are the elements (lower case, namespace prefix dropped)
// whose attributes carry an error's code and message (`<error
// code="auth" message="…"/>`, Flickr's `<err code="98" msg="…"/>`).
var xmlAttrErrors = wordlist.Set{"error", "errors", "fault", "errorresponse", "exception", "err"}

// xmlAttrHits reads the attributes of an element named ln (attrs: the tag
// after its name): on an error element, a message attribute names the
// failure as a message element would and a code attribute as a code
// element; a status attribute of any element saying "fail" or "error"
// (`<rsp stat="fail">`) marks the document as an error.
func xmlAttrHits(ln, attrs string, off int) (marker bool, hits []bodyHit) {
	for attrs != "" {
		attrs = strings.TrimLeft(attrs, " \t\r\n/")
		eq := strings.IndexByte(attrs, '=')
		if eq <= 0 || eq+1 >= len(attrs) || attrs[eq+1] != '"' && attrs[eq+1] != '\'' {
			return marker, hits
		}
		key := strings.ToLower(strings.TrimSpace(attrs[:eq]))
		q := attrs[eq+1]
		end := strings.IndexByte(attrs[eq+2:], q)
		if end < 0 {
			return marker, hits
		}
		val := strings.TrimSpace(attrs[eq+2 : eq+2+end])
		attrs = attrs[eq+2+end+1:]
		if c := strings.LastIndexByte(key, ':'); c >= 0 {
			key = key[c+1:]
		}
		switch {
		case key == "stat" || key == "status" || key == "result":
			switch strings.ToLower(val) {
			case "error", "fail", "failure", "failed":
				marker = true
			}
		case !xmlAttrErrors.Has(ln) || val == "" || len(val) > 400:
		case key == "code" || key == "errorcode" || key == "type":
			if m, ok := codeLookup(val); ok {
				g := rule.SignBodyCode
				if m.generic {
					g = rule.SignBodyCodeGeneric
				}
				hits = append(hits, bodyHit{sign: g, class: m.class, generic: m.generic, key: key, text: val, off: off})
			}
		case key == "message" || key == "msg" || key == "description" || key == "text" || key == "reason":
			if p, ok := phraseOf(strings.ToLower(val)); ok {
				g := rule.SignBodyMessage
				if p.generic {
					g = rule.SignBodyMessageGeneric
				}
				hits = append(hits, bodyHit{sign: g, class: p.class, generic: p.generic, key: key, text: val, off: off})
			}
		}
	}
	return marker, hits
}

// xmlFaultStarts are the elements (lower case, namespace prefix dropped)
// that open an error document or a SOAP fault quoted inside other text.
var xmlFaultStarts = wordlist.Set{"fault", "faultcode", "faultstring", "error", "errorresponse"}

// embeddedXMLError finds, in a body that is not itself XML, the offset of
// the first element that opens an XML error (<soap:Fault>, <faultcode>,
// S3's <Error>): a fault quoted in a person's sentence, or the response
// printed below the request's envelope.
func embeddedXMLError(body string) (int, bool) {
	for i, n := 0, 0; i < len(body) && i < maxErrorBody && n < maxXMLElements; n++ {
		lt := strings.IndexByte(body[i:], '<')
		if lt < 0 {
			break
		}
		open := i + lt
		i = open + 1
		end := strings.IndexAny(body[i:], "> \t\r\n")
		if end <= 0 || body[i+end] != '>' && body[i+end] != ' ' {
			continue
		}
		name := body[i : i+end]
		if c := strings.LastIndexByte(name, ':'); c >= 0 {
			name = name[c+1:]
		}
		if xmlFaultStarts.Has(strings.ToLower(name)) {
			// the element's text or a child must follow: "<error>" in a
			// sentence about markup is no document
			if gt := strings.IndexByte(body[open:], '>'); gt > 0 && strings.Contains(body[open+gt:min(len(body), open+gt+2048)], "</") {
				return open, true
			}
		}
	}
	return 0, false
}

// successBody recognises, in a paste with no status, a body only a success
// carries: an OAuth token response (access_token with token_type or
// expires_in), or an object that says ok or success is true.
func successBody(x *parse.Exchange, root any, body string, start int) (rule.Signal, bool) {
	m, ok := root.(map[string]any)
	if !ok {
		return rule.Signal{}, false
	}
	key, why := "", ""
	if _, ok := m["access_token"].(string); ok {
		_, tt := m["token_type"]
		_, ei := m["expires_in"]
		if tt || ei {
			key, why = "access_token", "the body is a token response (access_token"+map[bool]string{true: ", token_type", false: ", expires_in"}[tt]+"): the token request succeeded"
		}
	}
	keys := sortedKeys(m)
	for _, k := range keys {
		if b, isBool := m[k].(bool); key == "" && isBool && b && successKeys.Has(normal(k)) {
			key, why = k, "the body says "+strconv.Quote(k)+": true: the call succeeded"
		}
	}
	if key == "" {
		key, why = outcomeSuccess(m, 0)
	}
	if key == "" {
		key, why = resourceObject(m)
	}
	for _, k := range []string{"message", "msg", "status", "result"} {
		if v, ok := m[k].(string); key == "" && ok && parse.SaysSuccess(strings.ToLower(v)) != "" {
			key, why = k, "the body's "+strconv.Quote(k)+" says "+strconv.Quote(cutText(v, 80))+": the call succeeded"
		}
	}
	return successSignal(x, body, start, key, why)
}

// envelopeBody recognises, in a paste with no status, an API envelope that
// says the call succeeded (envelopeSuccess).
func envelopeBody(x *parse.Exchange, root any, body string, start int) (rule.Signal, bool) {
	m, ok := root.(map[string]any)
	if !ok {
		return rule.Signal{}, false
	}
	keys := sortedKeys(m)
	key, why := envelopeSuccess(m, keys)
	return successSignal(x, body, start, key, why)
}

// sortedKeys returns m's keys in order, so that the member a reading cites
// does not change from run to run.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// successSignal is the signal of a success body read at member key.
func successSignal(x *parse.Exchange, body string, start int, key, why string) (rule.Signal, bool) {
	if key == "" {
		return rule.Signal{}, false
	}
	s := rule.SignSuccessBody.Signal(rule.None, "no status shown; "+why, nil)
	if off := keyOffset(body, start, key, ""); off >= 0 {
		line := body[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		s.Evidence = &rule.Evidence{Exchange: x.Index, Where: "response body", Pos: x.Response.Body.LinePos(off), Text: cutText(strings.TrimSpace(line), 120)}
	}
	return s, true
}

// successValues are, lower case, the whole value of an envelope's status
// or message member when the call succeeded ({"code":0,"msg":"success"},
// {"status":"ok"}, {"errmsg":"ok"}, {"ret":0,"msg":"操作成功"}).
var successValues = wordlist.Set{"ok", "success", "succeeded", "successful", "成功", "操作成功", "请求成功", "处理成功"}

// envelopeSuccess finds, in an API's envelope, a status or message member
// that says the call succeeded, when every code member beside it says no
// error (0, or 200) and no other message member holds anything; it returns
// the key and why.
func envelopeSuccess(m map[string]any, keys []string) (string, string) {
	key := ""
	for _, k := range keys {
		nk := normal(k)
		v, ok := m[k].(string)
		if ok && key == "" && (messageKeys[nk] || statusKeys.Has(nk) || nk == "result" || nk == "state") &&
			successValues.Has(strings.ToLower(strings.TrimSpace(v))) {
			key = k
		}
	}
	if key == "" {
		return "", ""
	}
	for _, k := range keys {
		nk := normal(k)
		if k == key || !messageKeys[nk] && !codeKeys.Has(nk) && !statusKeys.Has(nk) {
			continue
		}
		switch v := m[k].(type) {
		case nil:
		case jsonlite.Number:
			if n := v.String(); n != "0" && n != "200" {
				return "", ""
			}
		case string:
			if t := strings.ToLower(strings.TrimSpace(v)); t != "" && t != "0" && t != "200" && !successValues.Has(t) {
				return "", ""
			}
		case []any:
			if len(v) > 0 {
				return "", ""
			}
		default:
			return "", "" // an error object, a flag
		}
	}
	return key, "the body's " + strconv.Quote(key) + " says " + strconv.Quote(cutText(m[key].(string), 40)) + " and no member names an error: the call succeeded"
}

// envoyFlags reads the response flags of an Envoy (Istio, Contour,
// Emissary) access-log record: the proxy's own reason for the answer. A rate
// limit (RL) is a block; no route, no healthy upstream, a failed or reset
// upstream connection are routing or network failures, not identity.
func envoyFlags(v string) (rule.Class, bool) {
	class, ok := rule.Class(""), false
	for _, f := range strings.Split(v, ",") {
		switch strings.TrimSpace(f) {
		case "RL", "RLSE":
			return rule.Blocked, true
		case "NR", "UH", "UF", "URX", "UO", "UT", "UC", "LH", "NC", "DC", "UMSDR", "DPE", "UPE":
			class, ok = rule.None, true
		}
	}
	return class, ok
}

// dataBody recognises, in a paste with no status, a JSON body that is data:
// an object of two or more members none of which names an error, a message,
// a code or a status (a profile, a list, GraphQL's data and extensions).
func dataBody(x *parse.Exchange, root any, body string, start int) (rule.Signal, bool) {
	m, ok := root.(map[string]any)
	if !ok || len(m) < 2 && !dataOnly(m) || sentLabel(body[strings.LastIndexByte(body[:start], '\n')+1:start]) || inTraceback(x, body, start) {
		return rule.Signal{}, false
	}
	for k := range m {
		nk := normal(k)
		if messageKeys[nk] || codeKeys.Has(nk) || statusKeys.Has(nk) || nk == "fault" || nk == "faults" || nk == "exception" || nk == "failure" {
			return rule.Signal{}, false
		}
	}
	return rule.SignSuccessBody.Signal(rule.None,
		"no status shown; the body is data ("+strconv.Itoa(len(m))+" members, none an error, a message, a code or a status): an ordinary answer",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: x.Response.Body.Pos, Text: cutText(strings.TrimSpace(firstLine(x.Response.Body.Text)), 120)}), true
}

// sentWords, in the text an object follows on its line, name what a
// client sent or was given: its arguments, its request, its settings.
// answerWords name what came back.
var (
	sentWords   = []string{"kwargs", "args", "argument", "param", "request", "payload", "sending", "called with", "calling", "query", "config", "option", "setting", "input"}
	answerWords = []string{"response", "result", "return", "reply", "answer", "got", "get ", "output", "received"}
)

// sentLabel reports whether pre, the text before an object on its line,
// labels it as what the client sent ("API called with kwargs: {…}",
// "Request payload: {…}") rather than what came back: such an object says
// nothing about the answer.
func sentLabel(pre string) bool {
	lp := strings.ToLower(pre)
	return hasAny(lp, sentWords) && !hasAny(lp, answerWords)
}

// dataOnly reports whether m is an answer's data member alone, holding
// something (GraphQL's {"data":{"viewer":{…}}}, JSON:API's {"data":[…]}).
func dataOnly(m map[string]any) bool {
	switch v := m["data"].(type) {
	case map[string]any:
		return len(m) == 1 && len(v) > 0
	case []any:
		return len(m) == 1 && len(v) > 0
	}
	if len(m) != 1 {
		return false
	}
	// one member that wraps the answer's object ({"header":{"revision":
	// "2",…}}, {"user":{"id":…,"name":…}}): data when the object has two
	// or more members and neither it nor they name an error, a message, a
	// code or a status
	for k, v := range m {
		inner, ok := v.(map[string]any)
		if !ok || len(inner) < 2 || errorish(normal(k)) {
			return false
		}
		for ik := range inner {
			if errorish(normal(ik)) {
				return false
			}
		}
	}
	return true
}

// resourceObject recognises a Kubernetes-style API object (kind, apiVersion
// and metadata; an OpenShift or operator resource too) other than a Status:
// the API server answers with the object only when the call succeeded, and
// its own "status" member, if any, is the resource's state. It returns the
// key and why.
func resourceObject(m map[string]any) (string, string) {
	kind, _ := m["kind"].(string)
	api, _ := m["apiVersion"].(string)
	_, meta := m["metadata"].(map[string]any)
	if kind == "" || api == "" || !meta || kind == "Status" || strings.Contains(kind, "Error") {
		return "", ""
	}
	if st, ok := m["status"]; ok && !stateObject(st) {
		return "", ""
	}
	return "kind", "the body is a " + strconv.Quote(kind) + " object (" + api + "), which the API server sends back only when it served the call"
}

// stateObject reports whether v, the value of a "status" member, is an
// object that holds a resource's state (Kubernetes' {"phase":"Running"},
// an access review's {"allowed":true}) rather than the call's outcome: one
// or more members, none of which names an error, a message, a code or a
// status.
func stateObject(v any) bool {
	m, ok := v.(map[string]any)
	if !ok || len(m) == 0 {
		return false
	}
	for k := range m {
		if errorish(normal(k)) || normal(k) == "reason" {
			return false
		}
	}
	return true
}

// errorish reports whether nk, a normalised key, names an error, a
// message, a code, a status or an object that holds an error.
func errorish(nk string) bool {
	return messageKeys[nk] || codeKeys.Has(nk) || statusKeys.Has(nk) || containerKeys[nk] || nk == "faults" || nk == "exception"
}

// firstLine returns the first non-blank line of s.
func firstLine(s string) string {
	for _, l := range strings.Split(s[:min(len(s), 4096)], "\n") {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

// outcomeSuccess finds, in an event record (an audit or sign-in log: Okta's
// System Log, ECS's event.outcome, JSend's status), an outcome that says the
// event succeeded; it returns the key and why.
func outcomeSuccess(m map[string]any, depth int) (string, string) {
	if depth > 3 {
		return "", ""
	}
	keys := sortedKeys(m)
	for _, k := range keys {
		nk := normal(k)
		switch v := m[k].(type) {
		case string:
			lv := strings.ToLower(v)
			if (nk == "outcome" || nk == "eventoutcome" || nk == "outcomeresult" || depth == 0 && (nk == "status" || nk == "result")) && (lv == "success" || lv == "succeeded") {
				return k, "the record's " + strconv.Quote(k) + " says " + strconv.Quote(v) + ": the event it logs succeeded"
			}
		case map[string]any:
			if nk == "outcome" {
				if r, ok := v["result"].(string); ok && (strings.EqualFold(r, "success") || strings.EqualFold(r, "allow")) {
					return "result", "the record's outcome says " + strconv.Quote(r) + ": the event it logs succeeded"
				}
			}
			if key, why := outcomeSuccess(v, depth+1); key != "" {
				return key, why
			}
		}
	}
	return "", ""
}

// OtherFailureWordings are, lower case, what a client, a proxy or a server
// says of a failure that is about neither identity nor a block: the network,
// routing, the request's format, the server itself.
var OtherFailureWordings = []string{"page not found", "no route", "no healthy upstream", "upstream connect error",
	"connection refused", "connection reset", "could not resolve host", "name or service not known", "no such host",
	"bad gateway", "service unavailable", "gateway timeout", "gateway time-out", "certificate verify failed",
	"ssl certificate problem", "self signed certificate", "self-signed certificate", "schema validation",
	"internal server error", "econnrefused", "etimedout", "econnreset", "socket hang up", "i/o timeout",
	"context deadline exceeded", "tls handshake timeout", "proxy error", "not implemented", "protocol scheme",
	"method not allowed", "unsupported media type", "request entity too large", "uri too long",
	// a browser's, a CDN's or a platform's page for a site it could not reach or serve
	"can't be reached", "can’t be reached", "err_connection", "err_name_not_resolved", "dns_probe", "your connection is not private",
	"secure connection failed", "err_cert_", "ssl_error_", "temporarily unavailable", "no server is available",
	"default backend - 404", "origin is unreachable", "web server is down", "connection timed out", "deployment could not be found",
	"deployment not found", "application error", "function invocation failed", "upstream request timeout", "misdirected request"}

// otherFailureText recognises, in a text body with no status and no wording
// of an identity failure, a failure of another kind (OtherFailureWordings).
func otherFailureText(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	body := r.Body.Text
	if r.Status != 0 || len(body) > maxTextBody {
		return rule.Signal{}, false
	}
	lb := lowered.Text(body)
	for _, w := range OtherFailureWordings {
		i := strings.Index(lb, w)
		if i < 0 {
			continue
		}
		ls := strings.LastIndexByte(body[:i], '\n') + 1
		le := strings.IndexByte(body[i:], '\n')
		if le < 0 {
			le = len(body) - i
		}
		line := strings.TrimSpace(body[ls : i+le])
		return rule.SignBodyMessageGeneric.Signal(rule.None,
			"no status shown; the text says "+strconv.Quote(cutText(line, 100))+": "+classMeaning(rule.None),
			&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(ls), Text: cutText(line, 120)}), true
	}
	return rule.Signal{}, false
}

// successText recognises, in a text body with no status, a page or message
// that says the request or the sign-in succeeded (parse.SuccessWordings).
func successText(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	body := r.Body.Text
	if r.Status != 0 || len(body) > maxTextBody {
		return rule.Signal{}, false
	}
	lb := lowered.Text(body)
	w := parse.SaysSuccess(lb)
	if w == "" {
		return rule.Signal{}, false
	}
	i := strings.Index(lb, w)
	ls := strings.LastIndexByte(body[:i], '\n') + 1
	le := strings.IndexByte(body[i:], '\n')
	if le < 0 {
		le = len(body) - i
	}
	line := strings.TrimSpace(body[ls : i+le])
	return rule.SignSuccessBody.Signal(rule.None,
		"no status shown; the text says "+strconv.Quote(cutText(line, 100))+": the request or the sign-in succeeded",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(ls), Text: cutText(line, 120)}), true
}

// maxOutputLine bounds a line read as a program's own output line.
const maxOutputLine = 40

// personWords are the words of a person speaking of themselves.
var personWords = []string{"i", "i'm", "i've", "me", "my", "we", "we're", "our", "us"}

// outputLine reports whether lower-cased l, a line of a paste with no
// status, reads as a program's one-line message ("Credentials were
// rejected.", "Authentication failed"): short, one sentence, and no words
// of a person speaking of themselves.
func outputLine(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) > maxOutputLine || strings.Contains(strings.TrimRight(t, "."), ". ") || strings.HasSuffix(t, "?") {
		return false
	}
	for _, w := range personWords {
		if ascii.ContainsWord(t, w) {
			return false
		}
	}
	return true
}

// bareKeyFailure reads a message that opens on the word "key" and says in
// its first words that the key is unknown or bad ("key doesn't exist",
// "Key Not Found In Database"): an API's answer about the key the caller
// sent. Anywhere else the word names too many things (a map's key, an
// object's) to read it so.
func bareKeyFailure(l string) (string, bool) {
	t := strings.TrimLeft(l, " \"'`")
	if f, ok := keyFailedWhole(t); ok {
		return f, true
	}
	if !strings.HasPrefix(t, "key ") {
		return "", false
	}
	head := t[:min(len(t), 32)]
	for _, f := range []string{"does not exist", "doesn't exist", "not found", "invalid", "expired", "revoked", "is not valid", "unknown"} {
		if strings.Contains(head, f) {
			return f, true
		}
	}
	return "", false
}

// keyFailedWhole reads a message that is nothing but a failure word and the
// word "key" ("Invalid key", "Bad key.", "Key expired"): a service's whole
// answer about the key the caller sent (Zotero's 403 "Invalid key"). With
// any other word the key may be a map's or a form's ("Invalid key 'name' in
// section").
func keyFailedWhole(t string) (string, bool) {
	t = strings.TrimRight(strings.TrimSpace(t), " .!\"'`")
	for _, f := range keyWholeFailures {
		if t == f+" key" || t == "key "+f {
			return f, true
		}
	}
	return "", false
}

// keyWholeFailures are the words that turn a key down in keyFailedWhole.
var keyWholeFailures = []string{"invalid", "bad", "wrong", "expired", "revoked", "incorrect", "disabled"}

// csrfTokenNames are the CSRFWordings that only name the token.
var csrfTokenNames = []string{"csrf", "xsrf", "anti-forgery", "antiforgery", "request verification token", "authenticity token"}

// goodTokenWords, before a request-forgery token's bare name, say the
// person has a good one ("I get the right csrf", "with a valid XSRF
// token"); goodTokenAfter, after it, say the same ("the csrf token is
// fine").
var (
	goodTokenWords = []string{"right", "correct", "valid", "proper", "fresh"}
	goodTokenAfter = []string{" is fine", " is ok", " is correct", " is valid", " is right", " is there", " is present", " is sent", " works"}
)

// goodToken reports whether w, a bare name of a request-forgery token
// (CSRFWordings' "csrf", "xsrf", "authenticity token") found at k in
// lower-cased l, is a person's mention of a token they have and trust, not
// a check that failed: the word before it, or the words after it in its
// clause, call it good.
func goodToken(l string, k int, w string) bool {
	if !slices.Contains(csrfTokenNames, w) {
		return false
	}
	before := strings.Fields(l[max(0, k-24):k])
	for _, b := range before[max(0, len(before)-2):] {
		if slices.Contains(goodTokenWords, strings.Trim(b, "(\"'`")) {
			return true
		}
	}
	after := l[k+len(w):]
	if i := strings.IndexAny(after, ".;!?,\n"); i >= 0 {
		after = after[:i]
	}
	return hasAny(after, goodTokenAfter) && !hasAny(after, notWorkWords)
}

// statusCategories are the names clients and some APIs give every refusal
// of a kind, whatever its cause: "Authentication error (403)", "Proxmox
// authentication error … status=403", Cloudflare's "HTTP status 403:
// Authentication error (10000)". They name no credential and no failure
// of one.
var statusCategories = []string{"authentication error"}

// categoryOfStatus reports whether lower-cased l words its refusal only as
// one of statusCategories next to the 403 it was answered with: the
// client's or the service's name for any failed call, which says no more
// than the status.
func categoryOfStatus(l string, p messagePhrase, st int) bool {
	if st != 403 || p.class != rule.Authentication || !slices.Contains(statusCategories, p.text) {
		return false
	}
	for from := 0; ; {
		i := strings.Index(l[from:], "403")
		if i < 0 {
			return false
		}
		i += from
		if (i == 0 || !isWordByte(l[i-1])) && (i+3 == len(l) || !isWordByte(l[i+3])) {
			return true
		}
		from = i + 3
	}
}
