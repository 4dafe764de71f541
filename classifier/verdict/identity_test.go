package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestCredentialResolvesToNobody: a credential the server could not map to
// an identity ("no user found for this key", WS-Security's "Failed to
// assert identity", "Authentication of … Token Failed") is an
// authentication failure, whatever refusal word comes with it.
func TestCredentialResolvesToNobody(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"Could not load the user associated with the token":                               rule.Authentication,
		"No user associated with the supplied key":                                        rule.Authentication,
		"No user found for api key ending in 9fQ2":                                        rule.Authentication,
		"Unable to assert identity from the SAML token":                                   rule.Authentication,
		"Failed to establish identity for this request":                                   rule.Authentication,
		"WssSoapFaultException: Authentication of Username Password Token Failed; nested": rule.Authentication,
		"Authentication for user 'ops-bot' has failed":                                    rule.Authentication,
		// not a failure: the clause says it went well, or nothing failed
		"Access denied for the account that was authenticated": rule.Authorization,
	})
	for _, l := range []string{
		"authentication of the webhook is optional",
		"authentication for this route did not fail, the role check did",
	} {
		if p, ok := authenticationOfFailed(l); ok {
			t.Errorf("authenticationOfFailed(%q) = %q, want none", l, p.text)
		}
	}
}

// TestXMLFaultInsideText: an XML error document or SOAP fault that does not
// open the body (quoted after the person's words, or printed below the
// envelope that was sent) is read from its first element.
func TestXMLFaultInsideText(t *testing.T) {
	for body, want := range map[string]rule.Class{
		"The service keeps answering: \"<faultcode>wsse:InvalidSecurityToken</faultcode>\n<faultstring>Security token failed to validate</faultstring>\"\n":                                                                                                                             rule.Authentication,
		"Request I send:\n<env:Envelope><env:Body><q:get/></env:Body></env:Envelope>\nand what comes back:\n<env:Envelope><env:Body><env:Fault><faultcode>env:Client</faultcode><faultstring>Authentication of user token failed</faultstring></env:Fault></env:Body></env:Envelope>\n": rule.Authentication,
		"copied from the bucket page: <Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>\n":                                                                                                                                                                       rule.Authorization,
	} {
		hits, _ := collectXML(body)
		if len(hits) == 0 || hits[0].class != want {
			t.Errorf("collectXML(%q) = %+v, want a %v hit", body, hits, want)
		}
	}
	for _, body := range []string{
		"the docs say to wrap the message in <error> tags but never show one\n",
		"<!DOCTYPE html><html><body><p>Forbidden</p></body></html>",
	} {
		if hits, _ := collectXML(body); len(hits) != 0 {
			t.Errorf("collectXML(%q) = %+v, want no hit", body, hits)
		}
	}
	x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: "It answers with:\n  <soap:Fault>\n    <faultcode>wsse:FailedAuthentication</faultcode>\n    <faultstring>The security token could not be authenticated or authorized</faultstring>\n  </soap:Fault>\n", Pos: parse.Pos{Line: 1}}}}
	sigs := bodySignals(x)
	if len(sigs) == 0 || sigs[0].Class != rule.Authentication {
		t.Fatalf("bodySignals = %+v, want authentication", sigs)
	}
}

// TestGrantFixIsNoSignIn: a fix that gave the signed-in account a
// permission or a role is not a fix by signing in, though the sentence
// names the sign-in.
func TestGrantFixIsNoSignIn(t *testing.T) {
	for l, want := range map[string]bool{
		"i had to run `acme login` again, then it worked":                                                true,
		"check that the operator you log in with has the billing permission; adding it solved it":        false,
		"the user i log in as was missing the reviewer role, granting it fixed it":                       false,
		"after i logged in again with a fresh token it works now":                                        true,
		"make sure the service account you sign in with is granted the viewer scope, that did the trick": false,
	} {
		if got := signInFixed(l); got != want {
			t.Errorf("signInFixed(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestSSOPortalServedToAPIClient: a single sign-on layer's page ("… Portal",
// "SSO") answering an API call in place of the answer asks the caller to
// sign in; the same page asked for as a sign-in step is no refusal.
func TestSSOPortalServedToAPIClient(t *testing.T) {
	page := "<!DOCTYPE html>\n<html>\n<head>\n  <title>Nimbus Portal</title>\n  <link rel=\"stylesheet\" href=\"portal.css\">\n</head>\n<body><div id=\"app\"></div></body></html>\n"
	for target, want := range map[string]bool{"/feeds/api/": true, "/sso/login": false} {
		x := &parse.Exchange{Format: "raw",
			Request:  &parse.Request{Method: "POST", Target: target, Fields: parse.Fields{{Name: "Content-Type", Value: "application/json"}}},
			Response: &parse.Response{Status: 200, Fields: parse.Fields{{Name: "Content-Type", Value: "text/html"}}, Body: parse.Body{Text: page, Pos: parse.Pos{Line: 5}}}}
		s, ok := loginPage(x)
		if ok != want || ok && s.Class != rule.Authentication {
			t.Errorf("%s: loginPage = %v %+v, want %v", target, ok, s, want)
		}
	}
}

// TestSuccessEnvelopeCarryingRefusal: a 2xx whose body is a small envelope
// of a code and a message naming an identity failure is that failure,
// however the envelope spells its members; one that carries data is an
// answer.
func TestSuccessEnvelopeCarryingRefusal(t *testing.T) {
	for body, want := range map[string]rule.Class{
		`{"code":40013,"msg":"invalid credential, access_token is invalid or not latest"}`:  rule.Authentication,
		`{"stat":"fail","err_code":22,"err":"Login failed"}`:                                rule.Authentication,
		`{"retCode":"E403","retMsg":"Sie haben keine Berechtigung"}`:                        rule.Authorization,
		`{"response":{"status":-1,"message":"Authentifizierung fehlgeschlagen"}}`:           rule.Authentication,
		"<reply><status>fail</status><message>Invalid API key</message></reply>":            rule.Authentication,
		`{"code":0,"msg":"ok","data":{"items":[{"message":"token expired for device 7"}]}}`: rule.None,
	} {
		x := &parse.Exchange{Response: &parse.Response{Status: 200, Body: parse.Body{Text: body, Pos: parse.Pos{Line: 4}}}}
		got := rule.None
		for _, s := range bodySignals(x) {
			got = s.Class
			break
		}
		if got != want {
			t.Errorf("200 %s: read %v, want %v", body, got, want)
		}
	}
}

// TestRefusedSignInAttempt: a log of a refused attempt to sign in, with the
// factor or method named in between, is an authentication failure; an
// attempt that went through is not.
func TestRefusedSignInAttempt(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"level=error msg=\"Unsuccessful 2FA authentication attempt by user 'kwame'\"": rule.Authentication,
		"Login attempt for operator jlee was rejected":                                rule.Authentication,
		"WARN failed LDAP sign-in attempt from 203.0.113.9":                           rule.Authentication,
	})
	if p, ok := attemptFailed("authentication attempt by user 'kwame' succeeded, no failure recorded"); ok {
		t.Errorf("a successful attempt read as %q", p.text)
	}
}

// TestNewKeyFixedIt: a person's account that a new key made the refusal go
// away says it was the credential; a later sentence about the old key does
// not undo it.
func TestNewKeyFixedIt(t *testing.T) {
	for l, want := range map[string]bool{
		"eventually support issued a new api key and that one works. the old one that didn't is deleted": true,
		"i generated a new key but it still fails with 403":                                              false,
	} {
		if got := signInFixed(l); got != want {
			t.Errorf("signInFixed(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestMissingCredentialAbroad: a credential said to be missing or not sent,
// in the languages pastes come in, is an authentication failure; a
// permission said to be missing stays authorization.
func TestMissingCredentialAbroad(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"O erro vem da falta das credenciais de acesso no cabeçalho": rule.Authentication,
		"Faltan credenciales en la petición":                         rule.Authentication,
		"Jeton d'accès manquant":                                     rule.Authentication,
		"Das API-Token fehlt in der Anfrage":                         rule.Authentication,
		"请求头缺少token":                                                 rule.Authentication,
		"Отсутствует токен доступа":                                  rule.Authentication,
		"请登录后再试":                                                     rule.Authentication,
		"Faltan permisos para esta acción, no tiene permiso":         rule.Authorization,
	})
}

// TestMoreLanguagesIdentityWordings: "authentication required", "you must
// be signed in", "wrong user name or password" and "you may not" in more
// of the languages pastes come in.
func TestMoreLanguagesIdentityWordings(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"Erreur : authentification requise pour ce service":          rule.Authentication,
		"Se requiere: autenticación requerida":                       rule.Authentication,
		"Sie müssen angemeldet sein, um fortzufahren":                rule.Authentication,
		"Вы не вошли в систему. Войдите и повторите":                 rule.Authentication,
		"Usuário ou senha inválidos, tente novamente":                rule.Authentication,
		"ユーザー名またはパスワードが違います":                                         rule.Authentication,
		"아이디 또는 비밀번호를 확인하세요":                                         rule.Authentication,
		"La clé API est invalide":                                    rule.Authentication,
		"APIキーの有効期限切れ":                                               rule.Authentication,
		"Acceso no autorizado":                                       rule.Authentication,
		"Vous n'êtes pas autorisé à supprimer ce dossier":            rule.Authorization,
		"El usuario no está autorizado para modificar este registro": rule.Authorization,
		"Sin permiso de escritura en el proyecto":                    rule.Authorization,
		"没有权限，无权访问此项目":                                               rule.Authorization,
		"この操作を行う権限が不足しています":                                          rule.Authorization,
	})
}

// TestNotAdminOrReadOnly: a caller told it is not an administrator, that its
// key may only read, or that it lacks a capability is known and refused.
func TestNotAdminOrReadOnly(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"You are not an administrator of this instance":          rule.Authorization,
		"A read-only token cannot create webhooks":               rule.Authorization,
		"This action requires the edit_theme_options capability": rule.Authorization,
		"Your plan lacks the audit-log entitlement":              rule.Authorization,
		"The admin token is invalid":                             rule.Authentication,
	})
}

// TestCutCredentialName: a client's summariser that cuts the message inside
// the credential's name ("authorization head (truncated...)") still names it.
func TestCutCredentialName(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"Client error: 401 Invalid or missing authorization head (truncated...)": rule.Authentication,
		"Malformed Authorization header: expected Bearer":                        rule.Authentication,
	})
}
