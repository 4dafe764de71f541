package rules

import "github.com/authtriage/authtriage/classifier/rule"

// Sources for the protocol-level rules (challenges, Bearer/OAuth, caching,
// CORS, cookies, JWT), one value each so every rule links the same anchor.
var (
	pRFC9110_11_1   = rule.Ref{Title: "RFC 9110 §11.1 Authentication Scheme", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.1"}
	pRFC9110_11_2   = rule.Ref{Title: "RFC 9110 §11.2 Authentication Parameters", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.2"}
	pRFC9110_11_3   = rule.Ref{Title: "RFC 9110 §11.3 Challenge and Response", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.3"}
	pRFC9110_11_5   = rule.Ref{Title: "RFC 9110 §11.5 Establishing a Protection Space (Realm)", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.5"}
	pRFC9110_11_6_2 = rule.Ref{Title: "RFC 9110 §11.6.2 Authorization", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2"} // rule.RefRFC9110Authorization
	pRFC9110_11_7_2 = rule.Ref{Title: "RFC 9110 §11.7.2 Proxy-Authorization", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.2"}
	pRFC9110_12_5_5 = rule.Ref{Title: "RFC 9110 §12.5.5 Vary", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5"}
	pRFC9110_15_5_6 = rule.Ref{Title: "RFC 9110 §15.5.6 405 Method Not Allowed", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6"}

	pRFC6585_6 = rule.Ref{Title: "RFC 6585 §6 511 Network Authentication Required", URL: "https://www.rfc-editor.org/rfc/rfc6585#section-6"} // rule.RefRFC6585_511

	pRFC6750_2_1     = rule.Ref{Title: "RFC 6750 §2.1 Authorization Request Header Field", URL: "https://www.rfc-editor.org/rfc/rfc6750#section-2.1"}
	pRFC6750_3       = rule.Ref{Title: "RFC 6750 §3 The WWW-Authenticate Response Header Field", URL: "https://www.rfc-editor.org/rfc/rfc6750#section-3"}
	pRFC6750_3_1     = rule.Ref{Title: "RFC 6750 §3.1 Error Codes", URL: "https://www.rfc-editor.org/rfc/rfc6750#section-3.1"} // rule.RefRFC6750Errors
	pRFC6749_5_1     = rule.Ref{Title: "RFC 6749 §5.1 Successful Response", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-5.1"}
	pRFC6749_5_2     = rule.Ref{Title: "RFC 6749 §5.2 Error Response", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-5.2"}
	pRFC6749_4_1_2_1 = rule.Ref{Title: "RFC 6749 §4.1.2.1 Authorization Error Response", URL: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1"}
	pOIDC_3_1_2_6    = rule.Ref{Title: "OpenID Connect Core 1.0 §3.1.2.6 Authentication Error Response", URL: "https://openid.net/specs/openid-connect-core-1_0.html#AuthError"}
	pRFC9728_5_1     = rule.Ref{Title: "RFC 9728 §5.1 WWW-Authenticate Response", URL: "https://www.rfc-editor.org/rfc/rfc9728#section-5.1"}
	pMsClaims        = rule.Ref{Title: "Microsoft identity platform: claims challenges", URL: "https://learn.microsoft.com/en-us/entra/identity-platform/claims-challenge"}
	pMsCAE           = rule.Ref{Title: "Microsoft Entra: continuous access evaluation", URL: "https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-continuous-access-evaluation"}

	pRFC7616_3_3 = rule.Ref{Title: "RFC 7616 §3.3 The WWW-Authenticate Response Header Field", URL: "https://www.rfc-editor.org/rfc/rfc7616#section-3.3"}
	pRFC7616_5_1 = rule.Ref{Title: "RFC 7616 §5.1 Limitations (Security Considerations)", URL: "https://www.rfc-editor.org/rfc/rfc7616#section-5.1"}
	pRFC7617_4   = rule.Ref{Title: "RFC 7617 §4 Security Considerations", URL: "https://www.rfc-editor.org/rfc/rfc7617#section-4"}
	pRFC4559_4   = rule.Ref{Title: "RFC 4559 §4 HTTP Negotiate Authentication Scheme", URL: "https://www.rfc-editor.org/rfc/rfc4559#section-4"}
	pMsNLMPChal  = rule.Ref{Title: "[MS-NLMP] §2.2.1.2 CHALLENGE_MESSAGE", URL: "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/801a4681-8809-4be9-ab0d-61dcfe762786"}
	pMsNLMPAV    = rule.Ref{Title: "[MS-NLMP] §2.2.2.1 AV_PAIR", URL: "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/83f5e789-660d-4781-8491-5f8c6641f75e"}

	pRFC9421_5_1  = rule.Ref{Title: "RFC 9421 §5.1 The Accept-Signature Field", URL: "https://www.rfc-editor.org/rfc/rfc9421#section-5.1"}
	pWebBotAuth   = rule.Ref{Title: "draft-meunier-web-bot-auth-architecture", URL: "https://datatracker.ietf.org/doc/draft-meunier-web-bot-auth-architecture/"}
	pFetchWWWAuth = rule.Ref{Title: "Fetch: CORS-safelisted response-header name", URL: "https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name"}

	pRFC9111_3     = rule.Ref{Title: "RFC 9111 §3 Storing Responses in Caches", URL: "https://www.rfc-editor.org/rfc/rfc9111#section-3"}
	pRFC9111_3_5   = rule.Ref{Title: "RFC 9111 §3.5 Storing Responses to Authenticated Requests", URL: "https://www.rfc-editor.org/rfc/rfc9111#section-3.5"}
	pRFC9111_4_2_3 = rule.Ref{Title: "RFC 9111 §4.2.3 Calculating Age", URL: "https://www.rfc-editor.org/rfc/rfc9111#section-4.2.3"}
	pRFC9111_5_1   = rule.Ref{Title: "RFC 9111 §5.1 Age", URL: "https://www.rfc-editor.org/rfc/rfc9111#section-5.1"}
	pRFC9111_5_2_2 = rule.Ref{Title: "RFC 9111 §5.2.2 Response Directives", URL: "https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2"}

	pFetchCORS        = rule.Ref{Title: "Fetch: the HTTP CORS protocol", URL: "https://fetch.spec.whatwg.org/#http-cors-protocol"} // rule.RefFetchCORS
	pFetchCORSCheck   = rule.Ref{Title: "Fetch: CORS check", URL: "https://fetch.spec.whatwg.org/#cors-check"}
	pFetchPreflight   = rule.Ref{Title: "Fetch: CORS-preflight fetch", URL: "https://fetch.spec.whatwg.org/#cors-preflight-fetch"}
	pFetchCredentials = rule.Ref{Title: "Fetch: CORS protocol and credentials", URL: "https://fetch.spec.whatwg.org/#cors-protocol-and-credentials"}
	pFetchResponses   = rule.Ref{Title: "Fetch: HTTP responses (Access-Control-* headers)", URL: "https://fetch.spec.whatwg.org/#http-responses"}

	pCookieSecure   = rule.Ref{Title: "RFC 6265bis §4.1.2.5 The Secure Attribute", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.2.5"}
	pCookieHTTPOnly = rule.Ref{Title: "RFC 6265bis §4.1.2.6 The HttpOnly Attribute", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.2.6"}
	pCookieSameSite = rule.Ref{Title: "RFC 6265bis §4.1.2.7 The SameSite Attribute", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.2.7"}
	pCookiePrefixes = rule.Ref{Title: "RFC 6265bis §4.1.3 Cookie Name Prefixes", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.3"}
	pCookieStorage  = rule.Ref{Title: "RFC 6265bis §5.7 Storage Model", URL: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.7"}
	pRFC6265_3_1    = rule.Ref{Title: "RFC 6265 §3.1 Examples (deleting a cookie)", URL: "https://www.rfc-editor.org/rfc/rfc6265#section-3.1"}
	pOwaspFixation  = rule.Ref{Title: "OWASP: Session fixation", URL: "https://owasp.org/www-community/attacks/Session_fixation"}

	pRFC7519_4_1_4 = rule.Ref{Title: "RFC 7519 §4.1.4 \"exp\" (Expiration Time) Claim", URL: "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4"}
	pRFC7519_4_1_5 = rule.Ref{Title: "RFC 7519 §4.1.5 \"nbf\" (Not Before) Claim", URL: "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5"}
	pRFC7519_4_1   = rule.Ref{Title: "RFC 7519 §4.1 Registered Claim Names", URL: "https://www.rfc-editor.org/rfc/rfc7519#section-4.1"}
	pRFC7519_6     = rule.Ref{Title: "RFC 7519 §6 Unsecured JWTs", URL: "https://www.rfc-editor.org/rfc/rfc7519#section-6"}
	pRFC8725_3_1   = rule.Ref{Title: "RFC 8725 §3.1 Perform Algorithm Verification", URL: "https://www.rfc-editor.org/rfc/rfc8725#section-3.1"}
	pRFC8725_2_1   = rule.Ref{Title: "RFC 8725 §2.1 Weak Signatures and Insufficient Signature Validation", URL: "https://www.rfc-editor.org/rfc/rfc8725#section-2.1"}
)
