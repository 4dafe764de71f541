package verdict

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

func TestReprToJSON(t *testing.T) {
	for in, want := range map[string]string{
		`{'ok': False, 'error': 'not_authed'} trailing`:      `{"ok": false, "error": "not_authed"}`,
		`{u'code': 401, u'msg': u'it\'s "gone"', 'x': None}`: `{"code": 401, "msg": "it's \"gone\"", "x": null}`,
		`{"error"=>"invalid_token", "ok"=>false, "n"=>nil}`:  `{"error":"invalid_token", "ok":false, "n":null}`,
		`[{'Truex': True}]`: `[{"Truex": true}]`,
		// Node's util.inspect, a browser console, Ruby's symbol keys
		`{ kind: 'failure', text: 'Sender key unknown', rows: [] }`: `{ "kind": "failure", "text": "Sender key unknown", "rows": [] }`,
		`{httpStatus: "403", reason: undefined}`:                    `{"httpStatus": "403", "reason": null}`,
		`{Foo::Bar => 1}`:                                           `{Foo::Bar : 1}`,
	} {
		got, ok := reprToJSON(in)
		if !ok || got != want {
			t.Errorf("reprToJSON(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{`{"plain": "json"}`, `{'unterminated: 1}`, "{'a':\n'b'", `{'a': 1`} {
		if got, ok := reprToJSON(in); ok {
			t.Errorf("reprToJSON(%q) = %q, want no rewrite", in, got)
		}
	}
}

func TestDecodeJSONPlacement(t *testing.T) {
	for _, c := range []struct {
		body string
		ok   bool
	}{
		{`{"a":1}`, true},
		{"Request failed.\n--> {\"a\":1}", true},
		{"The server responded with: {'ok': False, 'error': 'x'}", true},
		{"we discussed whether the value {\"a\":1} makes sense", false}, // inside prose
		// bare keys: a response's error printed by Node, or a program's own options
		{"I get this back:\n{ status: 'error', message: 'Sender key unknown', items: [] }", true},
		{"[10:02:11] Options: {\n  target: 'sync',\n  verbose: 2,\n  dryRun: false\n}", false},
	} {
		if _, _, ok := decodeJSON(c.body); ok != c.ok {
			t.Errorf("decodeJSON(%q) ok = %v, want %v", c.body, ok, c.ok)
		}
	}
}

// TestDecodeJSONCutByTerminal: a JSON body a terminal cut inside its strings
// is read whole again; a break between members was always fine; an object
// that does not parse once joined stays unread.
func TestDecodeJSONCutByTerminal(t *testing.T) {
	whole := `{"errorCode":"401","message":"The access token expired at 2026-12-05T08:00:00Z; request a new one","details":[]}`
	for _, w := range []int{40, 61, 80} {
		var cut []string
		for s := whole; s != ""; {
			n := min(w, len(s))
			cut = append(cut, s[:n])
			s = s[n:]
		}
		for _, eol := range []string{"\n", "\r\n"} {
			v, _, ok := decodeJSON(strings.Join(cut, eol))
			m, isMap := v.(map[string]any)
			if !ok || !isMap || m["message"] != "The access token expired at 2026-12-05T08:00:00Z; request a new one" {
				t.Errorf("cut at %d (%q): read %v, %v", w, eol, v, ok)
			}
		}
	}
	if _, _, ok := decodeJSON("{\"a\": \"one\ntwo\", }"); ok {
		t.Error("an object that is no JSON once joined was read")
	}
	if got, cut := joinBrokenStrings("{\"a\": \"x\\\ny\"}"); !cut || got != `{"a": "x\y"}` {
		t.Errorf("a break after an escape's backslash: %q, %v", got, cut)
	}
}

// Adversarial bodies stay bounded: many openers, deep nesting, long repr strings.
func TestBodyShapesBounded(t *testing.T) {
	for _, body := range []string{
		strings.Repeat("{", 60000),
		strings.Repeat("x: {'a': '", 5000),
		strings.Repeat("[", 30000) + strings.Repeat("]", 30000),
		strings.Repeat("<a>", 20000),
	} {
		decodeJSON(body)
		collectXML(body)
		phraseOf(strings.ToLower(body[:min(len(body), 4096)]))
		callerField(strings.ToLower(body))
	}
	// many keys without values, in one long line: linear in the line
	callerField(strings.Repeat("user user=", 100000))
}

// FuzzBodySignals: any body, any status: no panic, the same answer twice.
func FuzzBodySignals(f *testing.F) {
	for _, s := range []string{`{"ok":false,"error":"invalid_auth"}`, "<Error><Code>AccessDenied</Code></Error>",
		"x: {'a': True}", `{"errors":[{"extensions":{"code":"FORBIDDEN"}}]}`, "<form><input type=password></form>",
		`{"auth_via": "unauthenticated", "status": 403}`, "status=403 user=anonymous user= user"} {
		f.Add(200, s)
		f.Add(403, s)
	}
	f.Fuzz(func(t *testing.T, status int, body string) {
		x := &parse.Exchange{Response: &parse.Response{Status: status, Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}},
			Request: &parse.Request{Method: "GET", Target: "/api/x", Fields: parse.Fields{{Name: "Accept", Value: "application/json"}}}}
		a, b := bodySignals(x), bodySignals(x)
		if len(a) != len(b) {
			t.Fatalf("two runs differ: %v / %v", a, b)
		}
		for i := range a {
			if a[i].Reason != b[i].Reason || a[i].Class != b[i].Class {
				t.Fatalf("two runs differ: %v / %v", a[i], b[i])
			}
		}
	})
}

// TestCredentialFailurePhrases: a credential word next to a failure word is an
// authentication failure, whatever else the sentence says; an authorization
// wording without one stays authorization.
func TestCredentialFailurePhrases(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"The request signature we calculated does not match the signature you provided.": rule.Authentication,
		"Your session has timed out, please sign in again":                               rule.Authentication,
		"token is not active":                                                               rule.Authentication,
		"This API key is no longer valid":                                                   rule.Authentication,
		"You are not allowed to perform this action":                                        rule.Authorization,
		"Insufficient permissions to read the project":                                      rule.Authorization,
		"Error: user anonymous not allowed to publish it : widgets":                         rule.Authentication,
		"Method doesn't allow unregistered callers (callers without established identity).": rule.Authentication,
		"Basic auth with password is not allowed on this instance":                          rule.Authentication,
		"Password authentication is not supported for Git operations.":                      rule.Authentication,
		"User bob is not allowed to publish package widgets":                                rule.Authorization,
		"[Error] Message: User (role: guest) missing scope (account)":                       rule.Authentication,
		"Token is missing scope repo:write":                                                 rule.Authorization,
		"Sign-on policy evaluation resulted in DENY":                                        rule.Authorization,
		"TOO_MANY_ATTEMPTS_TRY_LATER":                                                       rule.Blocked,
		"Access has been blocked due to the category Gambling":                              rule.Blocked,
		"This website is blocked by your organization's web filter":                         rule.Blocked,
		"Sorry, we couldn't sign you in.":                                                   rule.Authentication,
		"Login failed for user 'svc_report'.":                                               rule.Authentication,
		"Authorization has been denied for this request.":                                   rule.Authentication,
		"Could not validate credentials":                                                    rule.Authentication,
		"JWT signature verification failed":                                                 rule.Authentication,
		"Resource not accessible by integration":                                            rule.Authorization,
		"You do not have sufficient permissions to access this page.":                       rule.Authorization,
		"Your IP address has been blocked":                                                  rule.Blocked,
		"Please verify you are human":                                                       rule.Blocked,
		"the link forwards me to the GitLab sign in page instead of the file":               rule.Authentication,
		"State information lost, and no way to restart the request":                         rule.Authentication,
		"invalid oauth scope to access this URL":                                            rule.Authorization,
		"ACCESS_REFUSED - access to queue 'events' in vhost '/' refused for user 'feeder'":  rule.Authorization,
		"ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN":           rule.Authentication,
		"Please log in to continue.":                                                        rule.Authentication,
		"Sorry, your request has neither Referer nor Origin set and is using a non safe method. Thus, your request has to be blocked.": rule.Blocked,
		"Invalid login or password.":                                                   rule.Authentication,
		"Invalid username/password":                                                    rule.Authentication,
		"Please provide a valid API key in the apikey header":                          rule.Authentication,
		"No valid session found for this request":                                      rule.Authentication,
		"You are authenticated as: anonymous":                                          rule.Authentication,
		"The request cannot be completed because you have exceeded your quota.":        rule.Blocked,
		"You exceeded your current quota, please check your plan and billing details.": rule.Blocked,
	})
}

// TestErrmsgKeys: the errcode/errmsg convention (WeChat, many Chinese APIs)
// names the message key errmsg; its wording classifies a body without a status.
func TestErrmsgKeys(t *testing.T) {
	x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: `{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest"}`, Pos: parse.Pos{Line: 1}}}}
	for _, s := range bodySignals(x) {
		if s.Class == rule.Authentication {
			return
		}
	}
	t.Errorf("errmsg not read: %+v", bodySignals(x))
}

// TestShortTextCompound: a short plain-text refusal whose words name a
// credential failure classifies (apigee/istio-mixer-adapter#67, re-created);
// the same words in a long page's running text do not.
func TestShortTextCompound(t *testing.T) {
	short := &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: "PERMISSION_DENIED:handler.adapter.mesh-system:verifyJWT(): jwt.Parse(): Token is not valid yet\n", Pos: parse.Pos{Line: 9}}}}
	if s, ok := textMessage(short); !ok || s.Class != rule.Authentication {
		t.Errorf("short text: %+v %v", s, ok)
	}
	long := &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: strings.Repeat("Welcome to the archive. ", 12) + "\nYour session token is not valid yet for this area\n", Pos: parse.Pos{Line: 1}}}}
	if s, ok := textMessage(long); ok {
		t.Errorf("long text classified: %+v", s)
	}
}

// TestGenericTextWithoutStatus: with no status in the paste, a short body that
// only says "Access Denied" still classifies (weakly); with a status it adds
// nothing, and a long page saying it in passing does not classify.
func TestGenericTextWithoutStatus(t *testing.T) {
	for body, want := range map[string]rule.Class{
		"<html><body><h1>Access Denied</h1></body></html>": rule.Authorization,
		"Error: Request failed: Unauthorized":              rule.Authentication,
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
		if s, ok := textMessage(x); !ok || s.Class != want || s.Sign != rule.SignBodyMessageGeneric {
			t.Errorf("%q: %+v %v", body, s, ok)
		}
		x.Response.Status = 403
		if s, ok := textMessage(x); ok {
			t.Errorf("%q with a status: %+v", body, s)
		}
	}
	long := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: strings.Repeat("Read the guide before you start. ", 10) + "\nAccess denied pages explained\n", Pos: parse.Pos{Line: 1}}}}
	if s, ok := textMessage(long); ok {
		t.Errorf("long text classified: %+v", s)
	}
}

// TestCSRFAsWordOnly: a client configuration that names its CSRF settings is
// no CSRF failure.
func TestCSRFAsWordOnly(t *testing.T) {
	for _, l := range []string{"xsrfcookiename: 'xsrf-token',", "xsrfheadername: 'x-xsrf-token',", "csrf_token=abc"} {
		if p, ok := phraseOf(l); ok && p.class == rule.Blocked {
			t.Errorf("%q read as a CSRF failure", l)
		}
	}
}

// TestLoginRedirectFromCommandLineTools: a redirect to a sign-in page
// answers an API client; HTTPie and wget are such clients as curl is. A
// browser sent there is asked to authenticate too, in other words.
func TestLoginRedirectFromCommandLineTools(t *testing.T) {
	for _, format := range []string{"curl-v", "httpie", "wget"} {
		x := &parse.Exchange{Format: format,
			Request:  &parse.Request{Method: "GET", Target: "/admin"},
			Response: &parse.Response{Status: 302, Fields: parse.Fields{{Name: "Location", Value: "/login?next=/admin"}}}}
		if s, ok := loginRedirect(x); !ok || s.Class != rule.Authentication {
			t.Errorf("%s: %+v %v", format, s, ok)
		}
	}
	x := &parse.Exchange{Format: "raw", Request: &parse.Request{Method: "GET", Target: "/admin"},
		Response: &parse.Response{Status: 302, Fields: parse.Fields{{Name: "Location", Value: "/login?next=/admin"}}}}
	if s, ok := loginRedirect(x); !ok || strings.Contains(s.Reason, "although") {
		t.Errorf("a browser sent to sign in: %+v %v, want the browser's reason", s, ok)
	}
}

// TestCutToolDumpReadsErrorLines: a tool's JSON dump cut before its end, in
// which only a nested settings object parses, is still read for the error
// line it prints; a person's prose next to JSON is not.
func TestCutToolDumpReadsErrorLines(t *testing.T) {
	dump := "fatal: [localhost]: FAILED! => {\n    \"changed\": true,\n    \"invocation\": {\n        \"module_args\": {\n            \"_uses_shell\": true\n        }\n    },\n    \"msg\": \"non-zero return code\",\n    \"stderr\": \"Error response from daemon: toomanyrequests: Rate exceeded\",\n    \"stdout\": \"\"\n"
	x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: dump, Pos: parse.Pos{Line: 1}, Pasted: true}}}
	found := false
	for _, s := range bodySignals(x) {
		found = found || s.Class == rule.Blocked
	}
	if !found {
		t.Errorf("the stderr line was not read: %+v", bodySignals(x))
	}
	// Terraform's diagnostics: the error's opening word is taken off the
	// message, which still comes from an error line
	tf := "Error: No valid credential sources found\nwith provider[\"registry.terraform.io/hashicorp/aws\"],\non main.tf line 1, in provider \"aws\":\n1: provider \"aws\" {\nError: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded\n"
	x = &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: tf, Pos: parse.Pos{Line: 1}, Pasted: true}}}
	found = false
	for _, s := range bodySignals(x) {
		found = found || s.Class == rule.Authentication
	}
	if !found {
		t.Errorf("the Error: line was not read: %+v", bodySignals(x))
	}
	prose := "| Request | Result |\n| No token | reaches the app |\n\n```json\n\"settings\": {\"allowed\": []}\n```\n"
	x = &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: prose, Pos: parse.Pos{Line: 1}, Pasted: true}}}
	if ss := bodySignals(x); len(ss) > 0 {
		t.Errorf("prose read as an error: %+v", ss)
	}
}

// TestRecordMessageCompound: a log record's message key is a short error of
// its own, whatever the length of the text around it: a credential next to
// a failure word in it classifies.
func TestRecordMessageCompound(t *testing.T) {
	body := strings.Repeat("We test the sign-in flow of the portal before the release; ", 6) +
		"\ntime=\"2026-03-02T10:00:00Z\" level=error msg=\"Credentials are wrong for user kim\" method=POST path=/api/firstfactor stack=\"main.go:12\"\n"
	x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
	if s, ok := textMessage(x); !ok || s.Class != rule.Authentication {
		t.Errorf("record message: %+v %v", s, ok)
	}
	leveled := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: strings.Repeat("Failed logins carry another target than the wiki says. ", 6) +
		"\nvault    | [2026-05-12 08:14:37.602][vault::api::identity][ERROR] Username or password is incorrect. Try again. IP: 203.0.113.8.\n", Pos: parse.Pos{Line: 1}}}}
	if s, ok := textMessage(leveled); !ok || s.Class != rule.Authentication {
		t.Errorf("error-level record: %+v %v", s, ok)
	}
	prose := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: strings.Repeat("Welcome to the archive. ", 12) + "\nYour credentials are wrong if the page says so\n", Pos: parse.Pos{Line: 1}}}}
	if s, ok := textMessage(prose); ok {
		t.Errorf("running text classified: %+v", s)
	}
}

// TestPrintedExceptionAndRPCErrors: the message of an exception printed
// under a traceback is a short error of its own (and its <…> is no markup);
// a JSON-RPC error's "data" holds the detail.
func TestPrintedExceptionAndRPCErrors(t *testing.T) {
	tb := "Traceback (most recent call last):\n" + strings.Repeat("  File \"/usr/lib/python3/xmlrpc/client.py\", line 1473, in parse_response\n    return u.close()\n", 6) +
		"xmlrpc.client.Fault: <Fault AccessDenied: 'Access denied.'>\n"
	x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: tb, Pos: parse.Pos{Line: 1}}}}
	if s, ok := textMessage(x); !ok || s.Class != rule.Authorization {
		t.Errorf("printed fault: %+v %v", s, ok)
	}
	inline := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: "Hi, sending a command to my bulb always fails, the response is `{'code': 1010, 'msg': 'token invalid', 'success': False, 't': 1714032761905}`.\n\nMy code:\n", Pos: parse.Pos{Line: 1}}}}
	found := false
	for _, s := range bodySignals(inline) {
		found = found || s.Class == rule.Authentication
	}
	if !found {
		t.Errorf("a printed dict after 'the response is': %+v", bodySignals(inline))
	}
	rpc := &parse.Exchange{Response: &parse.Response{Status: 200, Body: parse.Body{Text: `{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params.","data":"Session terminated, re-login, please."},"id":1}`, Pos: parse.Pos{Line: 1}}}}
	found = false
	for _, s := range bodySignals(rpc) {
		found = found || s.Class == rule.Authentication
	}
	if !found {
		t.Errorf("JSON-RPC error data: %+v", bodySignals(rpc))
	}
}

// TestLongMessageLines: a message on one long line is read by its opening
// sentence, a long printed error by its opening words.
func TestLongMessageLines(t *testing.T) {
	for body, want := range map[string]rule.Class{
		"I come from my client app to /cas/login and get:\n\nThe application you attempted to authenticate to is not authorized to use CAS. " + strings.Repeat("This usually indicates that the application is not registered with CAS, or its authorization policy prevents it. ", 4) + "\n": rule.Authorization,
		"Every search shows:\n\n`Error: no permissions for [indices:data/read/search] and User [name=j.tanaka, roles=[" + strings.Repeat("gen_user_5e0c7d2a91b4f38e6a1d0c47b9e2f5a8, ", 8) + "]]: [security_exception] no permissions`\n":                                                     rule.Authorization,
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
		if s, ok := textMessage(x); !ok || s.Class != want {
			t.Errorf("%.60q: %+v %v", body, s, ok)
		}
	}
}

// TestCallerFieldNamesNobody: a record or error object whose caller field
// names nobody (authentik's access log, Django's AnonymousUser, an access
// log's user=anonymous) makes a 403 an authentication failure; a named user,
// a longer key or a line without a refusal (when no status is known) does not.
func TestCallerFieldNamesNobody(t *testing.T) {
	for _, c := range []struct {
		status int
		body   string
		want   bool
	}{
		{403, `{"auth_via": "unauthenticated", "event": "/api/v3/core/users/me/", "level": "info", "method": "GET", "status": 403, "user": ""}`, true},
		{403, `{"detail":"You do not have permission to perform this action.","user":"AnonymousUser"}`, true},
		{0, `time=2024-05-02T10:11:12Z level=warn msg="request refused" status=403 user=anonymous path=/admin`, true},
		{403, `{"auth_via": "session", "status": 403, "user": "marta"}`, false},
		{403, `{"x_user": "anonymous", "status": 403}`, false},
		{0, `time=2024-05-02T10:11:12Z level=info msg="served" status=200 user=anonymous path=/`, false},
		{200, `{"status": 403, "user": "anonymous"}`, false},
	} {
		x := &parse.Exchange{Response: &parse.Response{Status: c.status, Body: parse.Body{Text: c.body, Pos: parse.Pos{Line: 1}}}}
		s, ok := callerSignal(x)
		if ok != c.want || ok && s.Class != rule.Authentication {
			t.Errorf("%d %s: %+v %v, want %v", c.status, c.body, s, ok, c.want)
		}
	}
}

// TestCallerSignalSkipsLinesWithoutFields: a body line with neither ':'
// nor '=' holds no caller field, and is not lowered to be searched (an HTML
// page's prose lines, each a copy per line before); a field line further
// down is still found.
func TestCallerSignalSkipsLinesWithoutFields(t *testing.T) {
	prose := strings.Repeat("  <P>Your Badge Does Not Open This Door After Hours</P>\n", 40)
	x := &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: prose, Pos: parse.Pos{Line: 1}}}}
	if n := testing.AllocsPerRun(10, func() { callerSignal(x) }); n != 0 {
		t.Errorf("callerSignal on %d prose lines: %v allocations, want 0", 40, n)
	}
	if _, ok := callerSignal(x); ok {
		t.Errorf("prose lines read as a caller field")
	}
	x.Response.Body.Text = prose + `<!-- gate=north User=Anonymous -->` + "\n"
	if s, ok := callerSignal(x); !ok || s.Class != rule.Authentication {
		t.Errorf("the field line after the prose: %+v %v", s, ok)
	}
}

// TestLocalizedWordings: messages in the languages pastes come in are read
// as their English equivalents: the class, and whether a credential was
// read and refused (the explanation's "the credentials were refused").
func TestLocalizedWordings(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"不合法的access_token":                                               rule.Authentication, // DingTalk's errcode 40014
		"令牌已过期，请重新登录":                                                    rule.Authentication,
		"アクセストークンの有効期限が切れています":                                           rule.Authentication,
		"Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại":             rule.Authentication,
		"Учетные данные не были предоставлены.":                          rule.Authentication,
		"Yetkisiz erişim. Lütfen tekrar giriş yapın.":                    rule.Authentication,
		"Vous n’avez pas la permission d’effectuer cette action.":        rule.Authorization,
		"Nie masz uprawnień do tego zasobu":                              rule.Authorization,
		"Non disponi delle autorizzazioni necessarie.":                   rule.Authorization,
		"fatal: Falha na autenticação para 'https://example.com/r.git/'": rule.Authentication,
		"没有访问权限":                                                         rule.Authorization,
		"お客様のリクエストはWAFによってブロックされました。":                                    rule.Blocked,
		"IP不在白名单中，请联系管理员添加":                                              rule.Blocked,
		"请求太频繁，请稍后再试":                                                    rule.Blocked,
		"アクセスが集中しています。しばらく時間をおいてから再度お試しください。":                            rule.Blocked,
		"Ihre IP-Adresse wurde gesperrt.":                                rule.Blocked,
		"Доступ с вашего IP-адреса запрещён":                             rule.Blocked,
		"Has superado el límite de solicitudes.":                         rule.Blocked,
		"Limite de requisições excedido.":                                rule.Blocked,
		"Quota d'appels dépassé, veuillez réessayer plus tard":           rule.Blocked,
		"您没有该操作的权限，请联系管理员":                                               rule.Authorization,
		// a credential and a refusal in more languages: French, Dutch,
		// traditional Chinese, Japanese, Czech, Ukrainian, Danish, Spanish,
		// German, Italian, Portuguese, Hungarian, Swedish
		"Le jeton d'accès n'est plus valide":      rule.Authentication,
		"De API-sleutel is ongeldig of verlopen.": rule.Authentication,
		"帳號或密碼錯誤":                                 rule.Authentication,
		"アクセストークンが不正です":                           rule.Authentication,
		"Přístupový token je neplatný":            rule.Authentication,
		"Токен доступу недійсний":                 rule.Authentication,
		"Adgangsnøglen er ugyldig":                rule.Authentication,
		"La clave de API no es válida":            rule.Authentication,
		"Der API-Schlüssel ist nicht gültig":      rule.Authentication,
		"La chiave API non è valida":              rule.Authentication,
		"A chave de API expirou":                  rule.Authentication,
		"Érvénytelen hozzáférési token":           rule.Authentication,
		"Åtkomsttoken är ogiltig":                 rule.Authentication,
	})
	for msg, want := range map[string]bool{
		"令牌已过期": true,
		"アクセストークンの有効期限が切れています":            true,
		"jwt expired at 2026-12-05":       true,
		"登录状态已过期，请重新登录":                   true,
		"das passwort ist ungültig":       true,
		"token manquant":                  false,
		"authorization header is missing": false,
	} {
		if got := hasRefusedWord(strings.ToLower(msg)); got != want {
			t.Errorf("hasRefusedWord(%q) = %v, want %v", msg, got, want)
		}
	}
}

// TestLoggerErrKey: a structured logger's record holds the error string
// under "err" (zap, logrus, slog); "verify failed" qualifies a credential.
func TestLoggerErrKey(t *testing.T) {
	for _, body := range []string{
		`{"level":"warn","ts":1764899700.1,"msg":"request done","err":"token is expired by 2h3m0s"}`,
		`{"level":"warn","msg":"jwt verify failed"}`,
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
		ok := false
		for _, s := range bodySignals(x) {
			ok = ok || s.Class == rule.Authentication
		}
		if !ok {
			t.Errorf("%s: not read: %+v", body, bodySignals(x))
		}
	}
}

func TestShortURLsAndAnchors(t *testing.T) {
	for in, want := range map[string]string{
		`GET https://api.example.com/a/b?c=d&e=f returned "x"`: `GET https://api.example.com/… returned "x"`,
		"see http://h.example:8080 then":                       "see http://h.example:8080 then",
		"no url here":                                          "no url here",
		"a://":                                                 "a://",
	} {
		if got := shortURLs(in); got != want {
			t.Errorf("shortURLs(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		`exceeded your <a href="/q">quota</a>.`: "exceeded your quota.",
		"a </a> b <a x":                         "a  b <a x",
	} {
		if got := stripAnchors(in); got != want {
			t.Errorf("stripAnchors(%q) = %q, want %q", in, got, want)
		}
	}
	shortURLs(strings.Repeat("://", 50000)) // linear, ends
	stripAnchors(strings.Repeat("<a </a>", 50000))
}

// TestStripTagsKeepsPlaceholders: "user <anonymous>" in a pasted log is a
// placeholder, not markup; real tags still go.
func TestStripTagsKeepsPlaceholders(t *testing.T) {
	for in, want := range map[string]string{
		`is not authorized to user <anonymous>, responding with 401`: `is not authorized to user anonymous, responding with 401`,
		`<h1>Forbidden</h1>`:             ` Forbidden `,
		`token <redacted> refused`:       `token redacted refused`,
		`<p class="x">denied</p> <none>`: ` denied  none`,
		`<a href="/login">sign in</a>`:   ` sign in `,
	} {
		if got := stripTags(in); got != want {
			t.Errorf("stripTags(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStripTagsXMLElements: an XML error's elements are tags even when no
// HTML element has their name.
func TestStripTagsXMLElements(t *testing.T) {
	if got := stripTags("<Message>Access denied.</Message>"); got != " Access denied. " {
		t.Errorf("got %q", got)
	}
}

// TestSignInAsSomeoneAllowed: "log in with more privileges" tells a
// signed-in caller to use another account: authorization, not sign-in.
func TestSignInAsSomeoneAllowed(t *testing.T) {
	for _, l := range []string{"you're not authorized to access this page. please log in with more privileges and try again.",
		"sign in with an account that has the admin role"} {
		if p, ok := phraseOf(l); !ok || p.class != rule.Authorization {
			t.Errorf("phraseOf(%q) = %+v", l, p)
		}
	}
	if p, ok := phraseOf("please log in to continue"); !ok || p.class != rule.Authentication {
		t.Errorf("a plain sign-in request: %+v", p)
	}
}

// TestSharedDocumentNeedsAccess: Drive's "You need access" page.
func TestSharedDocumentNeedsAccess(t *testing.T) {
	if p, ok := phraseOf("ask for access, or switch to an account with access."); !ok || p.class != rule.Authorization {
		t.Errorf("got %+v", p)
	}
}

// TestIISAddressRejected: IIS's 403.6 page refuses the client's address.
func TestIISAddressRejected(t *testing.T) {
	if p, ok := phraseOf("the ip address of the client has been rejected."); !ok || p.class != rule.Blocked {
		t.Errorf("got %+v", p)
	}
}

// TestLocalizedRefusalWordings holds the "access denied", "no permission"
// and "sign in" wordings of the other languages pastes come in to their
// class, Windows' Turkish "Erişim engellendi." (access is denied) before the
// block pages' "engellendi".
func TestLocalizedRefusalWordings(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"Erişim engellendi.": rule.Authorization,
		"İsteğiniz güvenlik duvarı tarafından engellendi": rule.Blocked,
		"Błąd 403 - Dostęp zabroniony":                    rule.Authorization,
		"Akses ditolak: Anda tidak memiliki izin":         rule.Authorization,
		"אין הרשאה":                                       rule.Authorization,
		"تم رفض الوصول":                                   rule.Authorization,
		"पहुँच अस्वीकृत":                                  rule.Authorization,
		"액세스가 거부되었습니다":                                    rule.Authorization,
		"Token tidak valid atau sudah kedaluwarsa":        rule.Authentication,
		"נדרשת הזדהות":                                    rule.Authentication,
		"このページを表示するには認証が必要です":                             rule.Authentication,
		"Geçersiz token":                                  rule.Authentication,
		// "Unauthorized" as Spanish, Portuguese and French servers word it;
		// Korean's "authentication failed" and "login failed" with their
		// particle; Russian's "authorization required"; a Chinese API's
		// login timeout, failed signature check and unrecognised OAuth
		// client; a permission refused in Spanish stays a permission
		"No autorizado":  rule.Authentication,
		"Não autorizado": rule.Authentication,
		"Non autorisé":   rule.Authentication,
		"인증에 실패했습니다. 다시 시도해 주세요":                        rule.Authentication,
		"로그인에 실패했습니다":                                   rule.Authentication,
		"Необходима авторизация":                        rule.Authentication,
		"登录超时，请重新进入":                                    rule.Authentication,
		"验签失败":                                          rule.Authentication,
		"无效的客户端":                                        rule.Authentication,
		"Usted no está autorizado para borrar facturas": rule.Authorization,
	})
}

// A person who asks whether a wording applies, or rules it out, is not
// quoting the server: the wording does not count. A question that reports
// the wording, or a wording that holds its own negation, still counts.
// Samples written for this test.
func TestDisownedWordings(t *testing.T) {
	for _, c := range []struct {
		l, w string
		want bool
	}{
		{"is this a permission denied? if so the message could say so", "permission denied", true},
		{"could it be an expired token? i renewed it yesterday", "expired token", true},
		{"maybe the token expired? no idea", "token expired", true},
		{"not rate limited, remaining is in the thousands.", "rate limited", true},
		{"it isn't a permission denied, the log says something else", "permission denied", true},
		{"the session is no longer expired after the fix", "expired", true},
		{"why do i get permission denied when the token is valid?", "permission denied", false},
		{"permission denied. is there a way to see which role is missing?", "permission denied", false},
		{"you are not authorized to access this page", "not authorized", false},
		{"the server says: rate limited, retry in 30s", "rate limited", false},
		{"cannot rate limited", "rate limited", false}, // "not" inside a word is no negation
		// an affirmative wording whose failure is the negation before it
		{"the project exists but you don't seem to be an owner of it", "seem to be an owner", false},
		{"your administrator doesn't allow you to view this page", "allow you to view", false},
	} {
		if got := disowned(c.l, c.w); got != c.want {
			t.Errorf("disowned(%q, %q) = %v, want %v", c.l, c.w, got, c.want)
		}
	}
	// in a text body: the doubted or ruled-out wording says nothing, the
	// reported one stands
	for body, want := range map[string]rule.Class{
		"Is this a permission denied? Whatever I change I get the same error.": "",
		"Not rate limited, the remaining count is in the thousands.":           "",
		"Why do I get permission denied when my token has the admin role?":     rule.Authorization,
	} {
		if got, why := bodyClass(0, parse.StatusUnknown, body); got != want {
			t.Errorf("%q: %q (%s), want %q", body, got, why, want)
		}
	}
}

// TestRefusalNamingRefusedCredential: a permission refusal whose message
// also says the credential was turned down is an authentication failure;
// a permission refusal about a valid or unnamed credential stays one.
func TestRefusalNamingRefusedCredential(t *testing.T) {
	checkPhraseClasses(t, map[string]rule.Class{
		"You are not permitted to open this board. The access key or user name is not valid.": rule.Authentication,
		"You don't have permission to view this report: your session token has expired.":      rule.Authentication,
		"Not permitted to list the boards here; the API user name or key is not valid.":       rule.Authentication,
		"You don't have permission to view this report.":                                      rule.Authorization,
		"You are not permitted to change this key: the key is owned by another team.":         rule.Authorization,
		"Your API key is valid but you are not permitted to delete projects.":                 rule.Authorization,
	})
}

// TestInBandErrorValue: an ordinary answer's field that holds "error: …" in
// place of its value (a token endpoint answering 200 with the error written
// into the token) is read as that error; a field that only mentions an error
// is not.
func TestInBandErrorValue(t *testing.T) {
	for body, want := range map[string]rule.Class{
		`{"token": "Error: invalid client secret", "expires": 0, "scope": ""}`: rule.Authentication,
		`{"token": "ey1.example.sig", "note": "no error: all fine"}`:           "",
		`{"result": "error: 2 rows skipped", "rows": 40}`:                      "",
	} {
		x := &parse.Exchange{Response: &parse.Response{Status: 200, Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
		var got rule.Class
		for _, s := range bodySignals(x) {
			got = s.Class
		}
		if got != want {
			t.Errorf("%s: %q, want %q (%+v)", body, got, want, bodySignals(x))
		}
	}
}

// checkPhraseClasses holds phraseOf's reading of each message (any case) to
// its class.
func checkPhraseClasses(t *testing.T, want map[string]rule.Class) {
	t.Helper()
	for msg, class := range want {
		p, ok := phraseOf(strings.ToLower(msg))
		if !ok || p.class != class {
			t.Errorf("phraseOf(%q) = %q %v (read: %v), want %v", msg, p.text, p.class, ok, class)
		}
	}
}
