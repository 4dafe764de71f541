package verdict

import (
	"strconv"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// bodyClass is the class of the strongest body signal of a response with
// this status, conf and body ("" when there is none).
func bodyClass(status int, conf parse.StatusConfidence, body string) (rule.Class, string) {
	x := &parse.Exchange{Response: &parse.Response{Status: status, StatusConf: conf, Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
	var best *rule.Signal
	for _, s := range bodySignals(x) {
		if best == nil || s.Weight > best.Weight {
			c := s
			best = &c
		}
	}
	if best == nil {
		return "", ""
	}
	return best.Class, best.Reason
}

// TestErrorBodyShapes: API error bodies with no status say what they mean in
// their fields: codes qualified by a namespace, lists of messages, and the
// message keys vendors use (samples written for this test, after the
// vendors' documented shapes).
func TestErrorBodyShapes(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"errorMessages":["You do not have the permission to see the specified issue."],"errors":{}}`: rule.Authorization,
		`{"errors":["token expired"]}`:                                                               rule.Authentication,
		`{"error":{"code":"auth/id-token-expired","message":"x"}}`:                                   rule.Authentication,
		`{"code":"jwt_auth_invalid_token","message":"Expired","data":{}}`:                            rule.Authentication,
		`{"fault":{"faultstring":"Access Token expired","detail":{}}}`:                               rule.Authentication,
		`{"errorSummary":"Invalid token provided","errorCode":"E0"}`:                                 rule.Authentication,
		`{"ok":false,"error":"no_permission"}`:                                                       rule.Authorization,
		`{"error":{"type":"rate_limit_error","message":"slow"}}`:                                     rule.Blocked,
		`{"error":{"message":"(#4) Application request limit reached"}}`:                             rule.Blocked,
		`{"error_message":"You have exceeded your daily request quota","status":"OVER_QUERY_LIMIT"}`: rule.Blocked,
		`{"error":"Couldn't authenticate you"}`:                                                      rule.Authentication,
		`{"error":{"errors":[{"reason":"keyInvalid","message":"Bad Request"}],"code":400}}`:          rule.Authentication,
		`{"messages":["You are not currently logged in."]}`:                                          rule.Authentication,
	})
	// a code that only shares a word with a known one means nothing
	for _, code := range []string{"forbidden_fruit_list", "token", "x-rate", strings.Repeat("a_", 40) + "forbidden"} {
		if m, ok := codeLookup(code); ok {
			t.Errorf("codeLookup(%q) = %v, want no meaning", code, m)
		}
	}
}

// TestTextWithoutStatus: a page copied as text, or a person's account, with
// no status: each sentence of a long paragraph is read, a later line naming
// the failure beats an earlier one restating it, and a generic refusal of a
// user who says they are signed in is an authorization failure.
func TestTextWithoutStatus(t *testing.T) {
	para := "We have two kinds of accounts and only one of them is in the group that may open the app. " +
		"When the wrong one is signed in, the portal shows a page titled \"Permission denied\" and nothing else, " +
		"which confuses everybody because it does not say which account is signed in or how to switch to the other one."
	for _, c := range []struct {
		status int
		conf   parse.StatusConfidence
		body   string
		want   rule.Class
	}{
		{0, parse.StatusUnknown, para, rule.Authorization},
		{0, parse.StatusUnknown, "ERROR\nAccess Denied.\nAccess control configuration prevents your request from being allowed at this time.", rule.Blocked},
		{0, parse.StatusUnknown, "Access Denied", rule.Authorization},
		{0, parse.StatusUnknown, "I created the user and the group.\nRight after logging in I only get the \"Unauthorized\" page.\n" + strings.Repeat("More about the setup follows here. ", 10), rule.Authorization},
		{0, parse.StatusUnknown, "This site is asking you to sign in.\nUsername\nPassword", rule.Authentication},
		{0, parse.StatusUnknown, "You need permission to access this site.\nRequest access", rule.Authorization},
		// a 2xx a person states: their words are read
		{200, parse.StatusProse, "The session endpoint returns 200; it should return a status that tells the UI the session has expired.", rule.Authentication},
		// a 2xx short plain-text answer naming the failure
		{200, parse.StatusLine, "Invalid API key", rule.Authentication},
		// a 2xx page is not read for running text
		{200, parse.StatusLine, "<html><body><p>" + para + "</p>" + strings.Repeat("<p>more</p>", 40) + "</body></html>", ""},
		// a long paragraph with a status line: only its opening sentence
		{500, parse.StatusLine, para, ""},
	} {
		if got, why := bodyClass(c.status, c.conf, c.body); got != c.want {
			t.Errorf("%d %q: %q (%s), want %q", c.status, cutText(c.body, 60), got, why, c.want)
		}
	}
}

// Long text stays bounded: sentences are capped per line.
func TestTextPartsBounded(t *testing.T) {
	line := strings.Repeat("a. ", 1<<16)
	if n := len(textParts(line, true)); n > maxSentences {
		t.Errorf("%d parts, want at most %d", n, maxSentences)
	}
}

// TestSuccessWithoutStatus: a control with no status reads as a success when
// its record's outcome or its text says so, and not when it also names a
// failure.
func TestSuccessWithoutStatus(t *testing.T) {
	for _, c := range []struct {
		body string
		want rule.Class
	}{
		{`{"event":{"type":"user.session.start","outcome":{"result":"SUCCESS"}}}`, rule.None},
		{`{"event.outcome":"success","user":"x"}`, rule.None},
		{`{"status":"success","data":{"id":1}}`, rule.None},
		{"Authentication complete. You may now close this window.", rule.None},
		{"Welcome to nginx!\nIf you see this page, the nginx web server is successfully installed and working.", rule.None},
		// access modules logging each decision they grant (samples after
		// Envoy's, API Gateway's and Apache's debug log formats)
		{"[2025-03-01 08:00:00.001][12][debug][rbac] [source/extensions/filters/http/rbac/rbac_filter.cc:182] enforced allowed, matched policy internal-only", rule.None},
		{"(0a1b2c3d-0000-4000-8000-000000000001) Using valid authorizer policy for principal: svc-reporting", rule.None},
		{"[Mon Mar 02 10:00:00.000001 2026] [authz_core:debug] [pid 311] mod_authz_core.c(817): [client 192.0.2.9:50000] AH01626: authorization result of Require all granted: granted", rule.None},
		{"Login succeeded, but the next call says: Permission denied", rule.Authorization},
		{`{"outcome":{"result":"FAILURE","reason":"INVALID_CREDENTIALS"}}`, rule.Authentication},
	} {
		if got, why := bodyClass(0, parse.StatusUnknown, c.body); got != c.want {
			t.Errorf("%q: %q (%s), want %q", c.body, got, why, c.want)
		}
	}
}

// TestRoleAndOtherFailures: a grant the caller lacks is authorization; with
// no status, a failure of another kind (routing, the network, the request's
// format) is not an identity failure, and never outweighs one.
func TestRoleAndOtherFailures(t *testing.T) {
	for _, c := range []struct {
		body string
		want rule.Class
	}{
		{`{"message":"Your role does not allow this action"}`, rule.Authorization},
		{`{"message":"This endpoint requires the 'repo' scope"}`, rule.Authorization},
		{`{"detail":"Only staff users can access this endpoint"}`, rule.Authorization},
		{`{"message":"Access to this resource is restricted to administrators"}`, rule.Authorization},
		{"Unauthorized: user jdoe lacks role admin", rule.Authorization},
		{"Please complete the security check to access example.com", rule.Blocked},
		{"404 page not found", rule.None},
		{"upstream connect error or disconnect/reset before headers. reset reason: connection failure", rule.None},
		{`<Fault><faultcode>a:ErrorSchemaValidation</faultcode><faultstring>The request failed schema validation</faultstring></Fault>`, rule.None},
		{`{"code":"InvalidParameter","message":"The token is invalid"}`, rule.Authentication},
		{"curl: (7) Failed to connect: Connection refused\nerror: invalid token", rule.Authentication},
	} {
		if got, why := bodyClass(0, parse.StatusUnknown, c.body); got != c.want {
			t.Errorf("%q: %q (%s), want %q", c.body, got, why, c.want)
		}
	}
	// a code naming another failure never overrides a refusal status
	if got, why := bodyClass(403, parse.StatusLine, `{"code":"ValidationError","message":"x"}`); got == rule.None {
		t.Errorf("403 with a validation code: %q (%s)", got, why)
	}
}

// TestPageText: an HTML page's text is read past its styles and scripts;
// prose says a 2xx served the sign-in page; an organisation's policy.
func TestPageText(t *testing.T) {
	css := strings.Repeat("  .c { color: #123456; margin: 0 auto; }\n", 80)
	page := "<!DOCTYPE html>\n<html><head>\n<style>\n" + css + "</style>\n<script>\nvar a = 1;\n</script>\n</head>\n<body>\n<h2>Session expired</h2>\n<p>Your session has expired. Please sign in again.</p>\n</body></html>\n"
	if got, why := bodyClass(0, parse.StatusUnknown, page); got != rule.Authentication {
		t.Errorf("long page: %q (%s)", got, why)
	}
	if got, why := bodyClass(200, parse.StatusProse, "The API call returns 200 with the login page instead of JSON."); got != rule.Authentication {
		t.Errorf("prose 200 with the login page: %q (%s)", got, why)
	}
	if got, why := bodyClass(0, parse.StatusUnknown, "Error 400: admin_policy_enforced\nAccess to your account data is restricted by policies within your organization."); got != rule.Authorization {
		t.Errorf("admin policy: %q (%s)", got, why)
	}
}

// TestMoreWordings: wordings researched from vendors' error references and
// client libraries' exceptions (samples written for this test).
func TestMoreWordings(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"message":"The supplied authentication is invalid"}`:                                                       rule.Authentication,
		`{"detail":"Inactive client token","title":"Not authorized"}`:                                                rule.Authentication,
		`{"message":"The request did not include an authentication token or the authentication token was expired."}`: rule.Authentication,
		"botocore.exceptions.NoCredentialsError: Unable to locate credentials":                                       rule.Authentication,
		"azure.core.exceptions.ClientAuthenticationError: DefaultAzureCredential failed to retrieve a token":         rule.Authentication,
		`{"message":"Access is denied."}`:                                                                            rule.Authorization,
		`{"message":"Not enough privileges to perform this action"}`:                                                 rule.Authorization,
		`<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`:                    rule.Blocked,
		`{"message":"Authentication succeeded","token":"x"}`:                                                         rule.None,
	})
}

// TestPrintedObjectBodies: an error object printed by Node's util.inspect
// or a browser console (keys without quotes, single-quoted strings) is read
// as the JSON it stands for (samples written for this test).
func TestPrintedObjectBodies(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"Got back:\n{ code: 'failure', message: 'Key Not Found In Database', data: [] }":    rule.Authentication,
		"{ ok: false, error: 'token_revoked', warning: undefined }":                         rule.Authentication,
		"[Log] {statusCode: \"429\", error: \"Too Many Requests\", message: \"slow down\"}": rule.Blocked,
	})
}

// TestHeadersWithoutStatus: a header block with no status line reads as an
// ordinary answer when nothing in it comes with a refusal, and as an
// authentication failure when it carries a challenge.
func TestHeadersWithoutStatus(t *testing.T) {
	fs := func(kv ...string) parse.Fields {
		var out parse.Fields
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, parse.Field{Name: kv[i], Value: kv[i+1], Pos: parse.Pos{Line: 1 + i/2}})
		}
		return out
	}
	quiet := &parse.Exchange{Response: &parse.Response{Fields: fs("Content-Type", "application/json", "Content-Length", "3184", "RateLimit-Remaining", "1997")}}
	if s, ok := quietHeaders(quiet); !ok || s.Class != rule.None {
		t.Errorf("quiet headers: %+v %v", s, ok)
	}
	for _, x := range []*parse.Exchange{
		{Response: &parse.Response{Fields: fs("Content-Type", "text/html", "Retry-After", "30", "Server", "nginx")}},
		{Response: &parse.Response{Fields: fs("Content-Type", "text/html", "X-RateLimit-Remaining", "0", "Server", "nginx")}},
		{Response: &parse.Response{Status: 200, Fields: fs("Content-Type", "text/html", "Date", "x", "Server", "nginx")}},
		{Response: &parse.Response{Fields: fs("Content-Type", "text/html", "Server", "nginx")}},
	} {
		if s, ok := quietHeaders(x); ok {
			t.Errorf("%v: %+v, want no reading", x.Response.Fields, s)
		}
	}
}

// TestCSRFReading: the body's reading names a request-forgery check when the
// words it rests on do; an incidental mention in a refusal of another kind
// does not.
func TestCSRFReading(t *testing.T) {
	for body, want := range map[string]bool{
		"409: Conflict\n\nYour request had an invalid session-id header.\n\nTo fix this, follow these steps:\n\n" +
			"    When reading a response, get its X-Session-Id header and remember it\n    Add the updated header to your outgoing requests\n\n" +
			"This requirement has been added to help prevent CSRF attacks.": true,
		"An Error Was Encountered\nThe action you have requested is not allowed.": true,
		"Permission denied: you lack the role. See the csrf_token docs.":          false,
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
		if _, ok := CSRFReading(x, nil); ok != want {
			t.Errorf("%q: %v, want %v", body, ok, want)
		}
	}
}

// TestBlockedReadings: a firewall's or a bot check's words are read as
// blocked, and the reading names which.
func TestBlockedReadings(t *testing.T) {
	x := func(body string) *parse.Exchange {
		return &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
	}
	if _, ok := BlockedReading(x("Your request has been blocked by our firewall. Incident ID: 12345"), nil, WAFWordings); !ok {
		t.Error("firewall page not named")
	}
	if _, ok := BlockedReading(x("Please complete the security check to access example.com"), nil, BotWordings); !ok {
		t.Error("bot check not named")
	}
	if _, ok := BlockedReading(x("Please complete the security check to access example.com"), nil, WAFWordings); ok {
		t.Error("bot check named a firewall")
	}
	if _, ok := BlockedReading(x("Too many requests"), nil, WAFWordings); ok {
		t.Error("rate limit named a firewall")
	}
	// an edge product named as the one that blocked the request (a
	// scraper's exception page: "the download was blocked by Imperva")
	for _, body := range []string{"Fetching the feed failed. The download was blocked by Imperva. It screens out scripts.",
		"Status: 403\nThe request was rejected by the Akamai edge (anti-bot)."} {
		if _, ok := BlockedReading(x(body), nil, WAFWordings); !ok {
			t.Errorf("%q: edge block not named", body)
		}
	}
	if _, ok := BlockedReading(x("The site is served through Cloudflare. Invalid API token."), nil, WAFWordings); ok {
		t.Error("a site behind an edge that refuses a token named a firewall")
	}
}

// TestLogRecordInSuccess: a log record at error or warning level marks its
// JSON as an error object even beside a 2xx; wordings in the languages pastes
// come in are read too.
func TestLogRecordInSuccess(t *testing.T) {
	if got, why := bodyClass(200, parse.StatusField, `{"level":"warn","msg":"login failed for user x","status":200}`); got != rule.Authentication {
		t.Errorf("warn record in a 200: %q (%s)", got, why)
	}
	if got, why := bodyClass(200, parse.StatusField, `{"level":"info","msg":"token refresh scheduled","status":200}`); got != "" {
		t.Errorf("info record in a 200: %q (%s)", got, why)
	}
	wantBodyClasses(t, map[string]rule.Class{
		`{"msg":"token已过期，请重新登录"}`:                   rule.Authentication,
		`{"message":"Недостаточно прав"}`:            rule.Authorization,
		`{"error":"Sitzung abgelaufen"}`:             rule.Authentication,
		`{"mensaje":"x","error":"Permiso denegado"}`: rule.Authorization,
	})
}

// TestLoginRedirectWithError: a redirect back to the sign-in page with the
// failure named in its query is a failed sign-in, whoever the client.
func TestLoginRedirectWithError(t *testing.T) {
	for loc, want := range map[string]bool{
		"https://app.example/login?error":                                  true,
		"/api/auth/signin?error=CredentialsSignin":                         true,
		"https://app.example/login?next=%2Fdashboard":                      false,
		"https://idp.example/oauth2/authorize?error=access_denied&state=x": false,
	} {
		x := &parse.Exchange{Response: &parse.Response{Status: 302, Fields: parse.Fields{{Name: "Location", Value: loc, Pos: parse.Pos{Line: 2}}}}}
		s, ok := loginRedirect(x)
		if ok != want || ok && s.Class != rule.Authentication {
			t.Errorf("%s: %v %+v, want %v", loc, ok, s, want)
		}
	}
}

// TestUnreachablePages: a browser's or a platform's page for a site it
// could not reach is not an identity failure.
func TestUnreachablePages(t *testing.T) {
	for _, body := range []string{
		"This site can’t be reached\nexample.internal’s server IP address could not be found.\nERR_NAME_NOT_RESOLVED",
		"503 Service Unavailable\nNo server is available to handle this request.",
		"default backend - 404",
	} {
		if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.None {
			t.Errorf("%q: %q (%s), want none", body, got, why)
		}
	}
}

// TestStatusMisuseInProse: a person saying what the status they state
// should have been, or that a success is the same whatever the sign-in did.
func TestStatusMisuseInProse(t *testing.T) {
	for _, c := range []struct {
		status int
		text   string
		want   rule.Class
	}{
		{500, "With an expired session the API returns 500 instead of 401.", rule.Authentication},
		{401, "A read-only user gets 401 here; it should be a 403.", rule.Authorization},
		{200, "The login form always returns 200 and an HTML page, whether the login worked or not.", rule.Authentication},
		{200, "The list endpoint returns 200 with an empty array, as expected.", ""},
		{403, "It returns 403 and the docs say 403 too.", ""},
	} {
		got, why := bodyClass(c.status, parse.StatusProse, c.text)
		if c.want == "" && got != "" && why != "" && strings.Contains(why, "stands for something else") || c.want != "" && got != c.want {
			t.Errorf("%d %q: %q (%s), want %q", c.status, c.text, got, why, c.want)
		}
	}
}

// A command-line tool's own error line is a record: a wording that only
// restates a refusal counts there when no status is shown.
func TestToolErrorLine(t *testing.T) {
	body := "$ gcloud projects describe demo\n" + strings.Repeat("Fetching project metadata from the resource manager.\n", 8) +
		"ERROR: (gcloud.projects.describe) Forbidden: access denied for this project\n"
	if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authorization {
		t.Errorf("tool error line: %q (%s)", got, why)
	}
}

// TestMemberLines: the members of an error object the JSON reader could not
// decode (cut short, printed by a language, YAML) are read as its fields.
func TestMemberLines(t *testing.T) {
	for line, want := range map[string]string{
		`  "message": "Token does not exist or was revoked",`: "Token does not exist or was revoked",
		`  message: Session key not valid`:                    "Session key not valid",
		`  reason => 'Your role does not allow this',`:        "Your role does not allow this",
		`  "path": "/api/v1/orders",`:                         "",
		`  "details": [ ...`:                                  "",
		`I can log in: it works`:                              "",
	} {
		got, ok := memberMessage(strings.TrimSpace(line))
		if want == "" && ok || want != "" && got != want {
			t.Errorf("%q: %q %v, want %q", line, got, ok, want)
		}
	}
	body := "{\n  \"timestamp\": \"2024-05-01T10:00:00.000+00:00\",\n  \"path\": \"/api/v1/orders/export/monthly/summary\",\n" +
		"  \"requestId\": \"5f0c2a9e-1d3b-4c8e-9a7f-2b6d1e0c3a4f\",\n  \"message\": \"Token does not exist or was revoked\",\n  \"details\": [ ..."
	if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authentication {
		t.Errorf("cut JSON: %q (%s)", got, why)
	}
}

// A sentence wrapped by a terminal is read whole.
func TestWrappedSentence(t *testing.T) {
	body := "The client printed this when I ran the sync job against the staging server:\n" +
		"Error while syncing the repository mirror: the server answered that you are not\n" +
		"authenticated for this mirror, please create another token\n" + strings.Repeat("More context about the setup follows here.\n", 6)
	if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authentication {
		t.Errorf("wrapped: %q (%s)", got, why)
	}
	if wrapsOn("Short line", "and more") || wrapsOn(strings.Repeat("x", 50)+".", "and more") || !wrapsOn(strings.Repeat("x", 50), "and more") {
		t.Error("wrapsOn")
	}
}

// With no status, a line of a person's text that says it is an error is the
// error's own words: a credential next to a failure word counts there.
func TestErrorLineCompound(t *testing.T) {
	body := "We run the nightly export from the build agents and it stopped working last week.\n" +
		"Error while syncing the repository mirror: the access token you supplied has expired\n" +
		strings.Repeat("More context about the setup follows here.\n", 6)
	if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authentication {
		t.Errorf("error line: %q (%s)", got, why)
	}
	// running text with no error word does not count
	prose := "Our docs explain how an access token expires after a day and how to rotate it.\n" + strings.Repeat("More context about the setup follows here.\n", 6)
	if got, why := bodyClass(0, parse.StatusUnknown, prose); got == rule.Authentication {
		t.Errorf("prose: %q (%s)", got, why)
	}
}

// With no status, a line that says it is an error and only restates a
// refusal ("The sync failed: Unauthorized") still says what the server meant.
func TestErrorLineGeneric(t *testing.T) {
	body := "We run the nightly export from the build agents and it stopped working last week.\n" +
		"The sync failed: Unauthorized\n" + strings.Repeat("More context about the setup follows here.\n", 6)
	if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authentication {
		t.Errorf("generic error line: %q (%s)", got, why)
	}
}

// A wording quoted in a person's text is the server's: a credential next to a
// failure word counts there.
func TestQuotedCompound(t *testing.T) {
	body := "Since the upgrade the importer stops right at the start and prints \"Token does not exist\" and nothing else.\n" +
		strings.Repeat("More context about the setup follows here.\n", 6)
	if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authentication {
		t.Errorf("quoted compound: %q (%s)", got, why)
	}
}

// TestDataBody: with no status, a JSON object that is data reads as an
// ordinary answer; one with an error or a message member does not.
func TestDataBody(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"id": 42, "login": "octo", "plan": {"name": "free"}}`:              rule.None,
		`{"data": {"viewer": {"login": "octo"}}, "extensions": {"cost": 3}}`: rule.None,
		`{"detail": "Something odd happened", "id": 42}`:                     "",
		`{"error": null, "id": 42}`:                                          "",
		`{"id": 42}`:                                                         "",
	})
	// the object is only part of the text: a table row or a traceback whose
	// error line names the failure says more than the object's members
	wantBodyClasses(t, map[string]rule.Class{
		"{\"group\": \"inventory\", \"limit\": 20}\nclient.errors.RemoteError: Error 88: Permission denied, caller may not list hosts": rule.Authorization,
		"| 2031-04-02 | {\"owner\": \"ana\", \"region\": \"north\"} |\n| error: invalid API token supplied for this project |":         rule.Authentication,
		// an object labelled as what the client sent is no answer at all
		`Job called with params: {"sheet": "q3", "rows": 500}`: "",
		`Request payload: {"sheet": "q3", "rows": 500}`:        "",
		`Response: {"sheet": "q3", "rows": 500}`:               rule.None,
		// a line of the person's that is no error keeps the object data
		"{\"group\": \"inventory\", \"limit\": 20}\nOnly admins can fix this, I think.": rule.None,
	})
}

// TestEnvelopeSuccessWithoutStatus: with no status, an API envelope whose
// status or message member says the call succeeded, with every code beside
// it saying no error, is an ordinary answer, as is a data member alone; an
// envelope whose code or other message says otherwise is not, and an error
// line beside the envelope is read first (samples written for this test,
// after the envelopes of WeChat-style, JSend-style and GraphQL APIs).
func TestEnvelopeSuccessWithoutStatus(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"code":0,"msg":"success","data":{"order":"A-118"}}`:                                           rule.None,
		`{"retcode":"200","retmsg":"OK","items":[3,4]}`:                                                 rule.None,
		`{"state":"ok","payload":{"seats":2}}`:                                                          rule.None,
		`{"ret":0,"msg":"操作成功","data":{}}`:                                                              rule.None,
		`{"IsSuccess":true,"Data":{"Seats":2}}`:                                                         rule.None,
		`{"data":{"account":{"plan":"team"}}}`:                                                          rule.None,
		`{"code":40014,"msg":"ok","data":null}`:                                                         "",
		`{"status":"ok","error":{"kind":"session"},"data":null}`:                                        "",
		`{"code":0,"msg":"success","detail":"signature check skipped"}`:                                 "",
		"{\"code\":0,\"msg\":\"success\",\"data\":{\"n\":1}}\nERROR sync aborted: access token expired": rule.Authentication,
	})
}

// TestSignInDemanded: a message that asks for a sign-in in its own words,
// a qualifier in between, is an authentication failure; a sign-in word that
// is not what is asked for, or a negated demand, is not (samples written for
// this test).
func TestSignInDemanded(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"message":"This operation requires user authentication"}`:         rule.Authentication,
		`{"detail":"You need to be authenticated to list invoices"}`:        rule.Authentication,
		`{"error":"Valid authentication is required for archived boards"}`:  rule.Authentication,
		`{"error":"Caller must be signed in with a work account"}`:          rule.Authentication,
		`{"message":"Signed in user must be a board owner"}`:                "",
		`{"message":"No login needed for previews, yet the preview fails"}`: "",
		`{"message":"The export requires a role of auditor"}`:               rule.Authorization,
		`{"error":"Field 'board' is required"}`:                             "",
	})
}

// TestCatchAllCodeWithRefusal: a catch-all code (INTERNAL_SERVER_ERROR,
// BAD_REQUEST) beside a message that refuses the caller is the kind of
// status the server chose, not the meaning; alone it still says the
// failure is not about identity.
func TestCatchAllCodeWithRefusal(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"errors":[{"message":"Access denied!","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`: rule.Authorization,
		`{"error":{"code":"BAD_REQUEST","message":"Unauthorized"}}`:                                           rule.Authentication,
		`{"errors":[{"message":"Cart is empty","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`:  rule.None,
	})
}

// TestEnvoyFlags: an Envoy access-log record's response flags say why the
// proxy answered.
func TestEnvoyFlags(t *testing.T) {
	for body, want := range map[string]rule.Class{
		`{"response_code":0,"response_flags":"UH","authority":null}`:    rule.None,
		`{"response_code":429,"response_flags":"RL","authority":"api"}`: rule.Blocked,
		`{"response_code":200,"response_flags":"-","authority":"api"}`:  "",
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: body, Pos: parse.Pos{Line: 1}}}}
		var got rule.Class
		for _, s := range bodySignals(x) {
			if s.Kind == rule.KindErrorCode {
				got = s.Class
			}
		}
		if got != want {
			t.Errorf("%s: %q, want %q", body, got, want)
		}
	}
}

// A line that is nothing but a refusal's wording is the page's title or
// heading: the status in words, read with no status in a long page too; a
// 511's wording names a captive portal, not the site.
func TestStatusInWords(t *testing.T) {
	page := "Forbidden\n\n" + strings.Repeat("The server administrator has configured this directory in a way that the page cannot be shown here. ", 4)
	if got, why := bodyClass(0, parse.StatusUnknown, page); got != rule.Authorization {
		t.Errorf("title Forbidden: %q (%s)", got, why)
	}
	if got, why := bodyClass(0, parse.StatusUnknown, "Network Authentication Required\nPlease sign in to the hotel Wi-Fi first."); got != rule.Blocked {
		t.Errorf("511 in words: %q (%s)", got, why)
	}
}

// A credential next to a failure word in Chinese, Japanese or Korean.
func TestCJKCredentialFailure(t *testing.T) {
	for _, body := range []string{`{"code":40100,"msg":"Token 已失效"}`, `{"code":1,"msg":"签名错误"}`, `{"message":"トークンが期限切れです"}`} {
		if got, why := bodyClass(0, parse.StatusUnknown, body); got != rule.Authentication {
			t.Errorf("%s: %q (%s)", body, got, why)
		}
	}
}

// TestSignInPageWithoutStatus: a sign-in page pasted as what came back, or
// a redirect to one, with no status shown is a demand to authenticate (the
// status was a 200 or a redirect the client followed); a request for the
// sign-in page itself is not (samples written for this test).
func TestSignInPageWithoutStatus(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>Sign in - Example SSO</title></head>\n<body><form method=\"post\" action=\"/sso/login\">\n<input type=\"password\" name=\"password\"></form>"
	titled := "'<!DOCTYPE html><html><head><title>Log in | Acme Portal</title></head><body><div id=\"root\"></div>'"
	for _, tc := range []struct {
		target, body string
		want         rule.Class
	}{
		{"", page, rule.Authentication},
		{"", titled, rule.Authentication},
		{"/api/v2/reports", page, rule.Authentication},
		{"/sso/login", page, ""},
		{"", "Uncaught SyntaxError: Unexpected token '<' is not valid JSON\nthe request to /api/me was redirected to /users/sign_in", rule.Authentication},
		{"", "after the change the form at /login redirects to /dashboard as before", ""},
	} {
		x := &parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: tc.body, Pos: parse.Pos{Line: 2}}}}
		if tc.target != "" {
			x.Request = &parse.Request{Method: "GET", Target: tc.target}
		}
		var got rule.Class
		var why string
		for _, s := range bodySignals(x) {
			got, why = s.Class, s.Reason
		}
		if got != tc.want {
			t.Errorf("%s %q: %q (%s), want %q", tc.target, cutText(tc.body, 60), got, why, tc.want)
		}
	}
	x := &parse.Exchange{Response: &parse.Response{Fields: parse.Fields{{Name: "Location", Value: "https://login.example.com/oauth2/authorize?client_id=x", Pos: parse.Pos{Line: 3}}}},
		Request: &parse.Request{Method: "GET", Target: "/api/export", Fields: parse.Fields{{Name: "Accept", Value: "application/json"}}}}
	if s, ok := loginRedirect(x); !ok || s.Class != rule.Authentication || !strings.Contains(s.Reason, "status not shown") {
		t.Errorf("Location to a sign-in page, no status: %v %+v", ok, s)
	}
}

// TestEnvelopesInOtherLanguages: an API written in another language names
// its error and message members, and its success flag, in that language
// ("fehler", "erro", "mesaj", "sucesso": false); with no status, the words
// they hold say the class (samples written for this test).
func TestEnvelopesInOtherLanguages(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"fehler":"Nicht angemeldet","meldung":"Bitte melden Sie sich an, um fortzufahren."}`: rule.Authentication,
		`{"sucesso":false,"erro":"Você não tem permissão para acessar este recurso."}`:         rule.Authorization,
		`{"esito":"KO","descrizione":"Credenziali non valide"}`:                                rule.Authentication,
		`{"basarili":false,"mesaj":"Bu işlem için yetkiniz yok."}`:                             rule.Authorization,
		`{"resultCode":"ERR_UNAUTHORIZED","resultMsg":"인증 정보가 유효하지 않습니다."}`:                    rule.Authentication,
		`{"erreur":{"libelle":"Vous n'avez pas accès à ce dossier"}}`:                          rule.Authorization,
	})
	// a success in those languages is no refusal
	if got, why := bodyClass(200, parse.StatusLine, `{"sucesso":true,"mensagem":"Cadastro salvo"}`); got == rule.Authentication || got == rule.Authorization {
		t.Errorf("a success envelope: %q (%s)", got, why)
	}
}

// TestPageWordsInMoreLanguages: a page or a message copied as text, with
// no status, in languages the first lists did not cover.
func TestPageWordsInMoreLanguages(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"Åtkomst nekad. Du har inte behörighet att visa den här sidan.":  rule.Authorization,
		"Přístup odepřen. Nemáte oprávnění k zobrazení této stránky.":    rule.Authorization,
		"Доступ заборонено. У вас немає прав на цю дію.":                 rule.Authorization,
		"Geen toegang\nU heeft geen rechten om deze pagina te bekijken.": rule.Authorization,
		"Uw sessie is verlopen. Log opnieuw in om verder te gaan.":       rule.Authentication,
		"Sesja wygasła. Zaloguj się ponownie.":                           rule.Authentication,
		"Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.":            rule.Authentication,
		"Hozzáférés megtagadva: nincs jogosultsága.":                     rule.Authorization,
	})
}

// TestCodeNamedInErrorLine: an SDK's or a server's error line that names
// the error code (snake case, upper case, or CamelCase) says the class with
// no status shown; a code-like word of no known meaning says nothing
// (samples written for this test).
func TestCodeNamedInErrorLine(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"Error: An API error occurred: not_authed":                                                    rule.Authentication,
		"Code: 516. DB::Exception: u1: Authentication failed. (AUTHENTICATION_FAILED) (version 24.1)": rule.Authentication,
		"Error: status = StatusCode.PERMISSION_DENIED":                                                rule.Authorization,
		"com.example.ApiException: request refused: InvalidAuthenticationToken":                       rule.Authentication,
		// a class in an exception namespace named by its failure alone
		"PHP Fatal error:  Uncaught Paygate\\Exception\\Authentication in /srv/shop/vendor/Client.php:41": rule.Authentication,
		"Uncaught Paygate\\Exception\\Authorization in /srv/shop/vendor/Client.php:41":                    rule.Authorization,
	})
	for _, body := range []string{"Error: An API error occurred: channel_not_found_yet", "Error: failed to parse config_file_path",
		"Uncaught Paygate\\Exception\\NotFound in /srv/shop/vendor/Client.php:41", "see Paygate\\Authentication\\Config in Client.php"} {
		if got, why := bodyClass(0, parse.StatusUnknown, body); got == rule.Authentication || got == rule.Authorization {
			t.Errorf("%q: %q (%s), want no identity class", body, got, why)
		}
	}
}

// TestSignInFormAsText: a sign-in page copied as text (its labels and its
// button, one a line) with no status shown is the server asking to log in;
// text that only mentions a password is not (samples written for this test).
func TestSignInFormAsText(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"Welcome to Grafana\nEmail or username\nPassword\nLog in\nForgot your password?":                                                           rule.Authentication,
		"Anmelden\nBenutzername\nPasswort\nPasswort vergessen?":                                                                                    rule.Authentication,
		"Sign in to continue to Acme\nEmail\nPassword *\nNext":                                                                                     rule.Authentication,
		"Please reset the password for the service account, then log in again later.":                                                              "",
		"The response body: {\"id\":1}\nPassword\nchanged":                                                                                         "",
		"Uncaught SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON\nthe request to /api/me was redirected to /users/sign_in": rule.Authentication,
	})
}

// TestAccountRefusedAndCredentialDemanded: a known account blocked by a
// policy flag is authorization; a message demanding that a valid credential be
// sent is authentication, even when it opens with "Forbidden" (samples
// written for this test).
func TestAccountRefusedAndCredentialDemanded(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"An error occurred.\nYour account has been blocked by our abuse checks.":                                        rule.Authorization,
		"LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563": rule.Authentication,
		"Microsoft\nPick an account\nWhich account do you want to use?":                                                 rule.Authentication,
		`{"message":"Forbidden - a valid X-Api-Key header must be sent."}`:                                              rule.Authentication,
		`{"error":"an API token must be supplied in the Authorization header"}`:                                         rule.Authentication,
	})
}

// TestSignInPostedBackToSignIn: credentials posted to a sign-in step and a
// redirect back to a sign-in page is a failed sign-in; a redirect on to the
// application, or a hand-over to an identity provider or a second factor,
// is not (samples written for this test).
func TestSignInPostedBackToSignIn(t *testing.T) {
	for loc, want := range map[string]bool{
		"http://192.0.2.1/loginpserr.stm":                  true,
		"https://app.example/login":                        true,
		"https://app.example/dashboard":                    false,
		"https://app.example/login/two-factor":             false,
		"https://idp.example/oauth2/authorize?client_id=x": false,
	} {
		x := &parse.Exchange{
			Request:  &parse.Request{Method: "POST", Target: "/cgi-bin/login.exe", Fields: parse.Fields{{Name: "User-Agent", Value: "Mozilla/5.0"}}},
			Response: &parse.Response{Status: 302, Fields: parse.Fields{{Name: "Location", Value: loc, Pos: parse.Pos{Line: 9}}}},
		}
		s, ok := loginRedirect(x)
		if ok != want || ok && s.Class != rule.Authentication {
			t.Errorf("%s: %v %+v, want %v", loc, ok, s, want)
		}
	}
}

// TestFinalURLIsSignIn: a client's final URL after following redirects
// (r.url, resp.Request.URL, url_effective) that is a sign-in page says the
// server sent the caller to log in (samples written for this test).
func TestFinalURLIsSignIn(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"// err == nil, resp.StatusCode == 200, resp.Request.URL == https://grafana.example.com/login":                               rule.Authentication,
		">>> r.url\n'https://portal.example.com/users/sign_in'\n>>> r.url == 'https://portal.example.com/users/sign_in' # final url": rule.Authentication,
		"final url https://app.example.com/dashboard":                                                                                "",
	})
}

// wantBodyClasses checks the class bodyClass gives each body with no status
// shown.
func wantBodyClasses(t *testing.T, want map[string]rule.Class) {
	t.Helper()
	for body, w := range want {
		if got, why := bodyClass(0, parse.StatusUnknown, body); got != w {
			t.Errorf("%q: %q (%s), want %q", body, got, why, w)
		}
	}
}

// Error shapes of older and standard-bound APIs: a SOAP fault whose string
// is a code written in capitals, and a FHIR OperationOutcome, whose issue
// puts its message in "diagnostics". Samples written for this test.
func TestShoutedCodesAndOperationOutcome(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>" +
			"<faultcode>soap:Client</faultcode><faultstring>AUTHORIZATION FAILURE</faultstring></soap:Fault></soap:Body></soap:Envelope>": rule.Authorization,
		"<Fault><faultcode>Server</faultcode><faultstring>INVALID SESSION</faultstring></Fault>":                                                           rule.Authentication,
		`{"fault":{"faultstring":"AUTH FAILURE","detail":{}}}`:                                                                                             rule.Authentication,
		`{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"security","diagnostics":"Access token expired"}]}`:                        rule.Authentication,
		`{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Permission denied for scope patient/*.read"}]}`: rule.Authorization,
		// capitals that are no code, and a sentence in capitals, say nothing
		"<Fault><faultcode>Client</faultcode><faultstring>ORDER NOT PLACED</faultstring></Fault>": "",
	})
}

// An error line that names the server's code next to a wording that only
// restates a refusal reads the code ("Code=NOT_AUTHENTICATED Message=Access
// denied."); a wording in a language the lists did not hold yet reads as
// its English twin. Samples written for this test.
func TestCodeOverGenericWording(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"Error: create failed: Code=INVALID_API_KEY Message=Forbidden":              rule.Authentication,
		"ERROR request refused code=PERMISSION_DENIED message=Unauthorized":         rule.Authorization,
		"deploy: POST https://api.example.test/v2/jobs failed: Access denied":       rule.Authorization,
		"Non disponi dei permessi necessari per eliminare questo elemento.":         rule.Authorization,
		"Errore: non si dispone dei permessi necessari per eseguire questa azione.": rule.Authorization,
	})
}

// A person's sentence that ends in a colon introduces what the program
// printed: its own wording waits for the lines it introduces, and stands
// when none of them names the failure. Samples written for this test.
func TestIntroducedLinesOverTheIntroduction(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"Since the upgrade the reports page shows this for guests who are not logged in:\nError\nYou'll need additional permissions to perform this action. Permissions needed: reports:read\nAny idea?": rule.Authorization,
		"Since the upgrade the reports page shows this for guests who are not logged in:\nError\nSomething went wrong\nAny idea?":                                                                        rule.Authentication,
		// the same, with the colon cut onto a line of its own by a terminal
		"Since the upgrade the reports page shows this for the guest visitors of our site who are not logged in\n:\nError\nYou'll need additional permissions to perform this action. Permissions needed: reports:read": rule.Authorization,
		"The job stops with an expired token:\n\n  exit status 3\n": rule.Authentication,
	})
}

// When the lines a person introduces only agree with the status, the
// person's account, which said more, stands.
func TestIntroductionStandsWhenTheLinesAgreeWithTheStatus(t *testing.T) {
	body := "When I open a blocked URL, instead of the filter's block page I get this:\nAccess denied!\nYou do not have permission to access this directory.\nError 403"
	if got, why := bodyClass(403, parse.StatusProse, body); got != rule.Blocked {
		t.Errorf("%q: %q (%s), want blocked", body, got, why)
	}
}

// An object a language printed inside a log line holds the message as a
// member, unquoted or in single quotes (Java's toString, a data class);
// an empty object inside a line of code is a placeholder, not the body.
// Samples written for this test.
func TestPrintedMembersAndPlaceholders(t *testing.T) {
	// a log line longer than a message, whose printed result ends it
	prefix := "2026-01-02 10:00:00.123  WARN 4242 --- [sync-1] c.e.sync.UploadClient : upload refused, request: UploadRequest{bucket='nightly-archive-eu', key='exports/2026/01/02/ledger-full.csv.gz', size=48211734, checksum='5f0c9a1e7b', storageClass='STANDARD_IA', retries=3}, result: "
	wantBodyClasses(t, map[string]rule.Class{
		prefix + "Result [code=500, msg=The session key has expired., data=null]":                                                                    rule.Authentication,
		prefix + "ApiResult(code=200, message='user has no permission for this folder', payload=None)":                                               rule.Authorization,
		"The export comes back with `{u'message': u'X-Api-Key header is required'}` on page two.\n\n    r = get(base + '/export?page={}'.format(n))": rule.Authentication,
	})
	for _, status := range []int{500, 200} {
		body := prefix + "ReturnT [code=" + strconv.Itoa(status) + ", msg=The access token is wrong., content=null]"
		if got, why := bodyClass(status, parse.StatusImplied, body); got != rule.Authentication {
			t.Errorf("%q: %q (%s), want authentication", body, got, why)
		}
	}
	// adversarial: many members, none closed
	long := "Result [" + strings.Repeat("msg=", 20000)
	_, _ = bodyClass(0, parse.StatusUnknown, long)
}

// Envoy's RBAC filter logs its decision in its own words (samples written
// for this test, after the filter's debug log format).
func TestEnvoyRBACDecisionLog(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		"[2025-03-01 08:00:00.001][12][debug][rbac] [source/extensions/filters/http/rbac/rbac_filter.cc:200] enforced denied, matched policy deny-external": rule.Authorization,
		"[2025-03-01 08:00:00.002][13][debug][rbac] [source/extensions/filters/network/rbac/rbac_filter.cc:121] enforced denied, matched policy none":       rule.Authorization,
	})
}

// TestWrongCredentialAbroad: "wrong" or "incorrect" said of a credential in
// the languages pastes come in (samples written for this test).
func TestWrongCredentialAbroad(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"fehler":"Das Passwort ist falsch"}`:               rule.Authentication,
		`{"message":"Verkeerd wachtwoord opgegeven"}`:        rule.Authentication,
		`{"messaggio":"Token errato o mancante"}`:            rule.Authentication,
		`{"message":"Неправильный пароль для пользователя"}`: rule.Authentication,
		`{"mesaj":"API anahtarı yanlış: token yanlış"}`:      rule.Authentication,
		`{"komunikat":"Błędny token dostępu"}`:               rule.Authentication,
		`{"messaggio":"Password sbagliata, riprova"}`:        rule.Authentication,
	})
}

// TestCredentialFieldErrors: a validation error about a credential field
// of the request (the resource/field/code shape of GitHub-style APIs, a
// param/reason pair) is an authentication failure; the same shape about
// another field is not (samples written for this test).
func TestCredentialFieldErrors(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"message":"Request Error","errors":[{"resource":"Club","field":"access_token","code":"invalid"}]}`:     rule.Authentication,
		`{"error":{"message":"Bad request","errors":[{"param":"client_secret","reason":"missing"}]}}`:            rule.Authentication,
		`{"message":"Validation Failed","errors":[{"resource":"Issue","field":"title","code":"missing_field"}]}`: "",
	})
}

// TestTypedValueCodes: an error entry that gives its code as a "value"
// under a "type" is read as that code; a "value" outside an error
// container is data (samples written for this test).
func TestTypedValueCodes(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"errors":[{"type":"oauth","value":"token_revoked"}]}`:         rule.Authentication,
		`{"errors":[{"type":"forbidden","value":"permission_denied"}]}`: rule.Authorization,
		`{"type":"setting","value":"token_revoked"}`:                    "",
	})
}

// TestShortAndLongMessages: some APIs state one error twice, a short
// message and a long one (Clerk's message and long_message), and only the
// long one names the failure; a body whose long message reports success
// says nothing. Samples written for this test.
func TestShortAndLongMessages(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"errors":[{"short_message":"Request failed","long_message":"Your session token has expired, sign in again","code":"e_41"}]}`: rule.Authentication,
		`{"shortMessage":"Request failed","longMessage":"You do not have permission to delete this workspace"}`:                        rule.Authorization,
		`{"long_message":"The invoice INV-3312 was sent to the customer"}`:                                                             "",
	})
}
