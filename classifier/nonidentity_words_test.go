package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/verdict"
)

// Every paste here is invented. Each stands for a general cause of a wrong
// verdict found on the studied real cases: a refusal that the person's own
// words, a later exchange, or the page's wording tie to something other
// than identity (the client's software, a wait, a ban, a filter of the
// client's own network).

// firstVerdict is the verdict on the first exchange read from paste.
func firstVerdict(t *testing.T, paste string) verdict.Verdict {
	t.Helper()
	rep, err := classifier.Analyze(paste, classifier.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if len(rep.Exchanges) == 0 {
		t.Fatalf("no exchange read from %q", paste)
	}
	return rep.Exchanges[0].Verdict
}

// firstClass is the first exchange's class and its first reason.
func firstClass(t *testing.T, paste string) (rule.Class, string) {
	t.Helper()
	v := firstVerdict(t, paste)
	why := ""
	if len(v.Reasons) > 0 {
		why = v.Reasons[0].Reason
	}
	return v.Class, why
}

func TestRefusalsThatAreNotAboutIdentity(t *testing.T) {
	for name, c := range map[string]struct {
		paste string
		want  rule.Class
	}{
		// the person ties the 403 to the User-Agent, in words around the dump
		"user agent named in the prose": {`The mirror turns away our fetcher; any request whose user agent says "fetchbot" gets the 403 below.

$ curl -i https://mirror.example.net/pub/tools-1.2.tgz
HTTP/1.1 403 Forbidden
Server: nginx
Content-Length: 0
`, rule.Blocked},
		// wget -U changes only the User-Agent, and the second run succeeds
		"wget -U then success": {`$ wget -S https://files.example.org/dist/pkg-0.9.zip
--2024-03-02 10:00:01--  https://files.example.org/dist/pkg-0.9.zip
HTTP request sent, awaiting response...
  HTTP/1.1 403 Forbidden
  Content-Length: 0
2024-03-02 10:00:01 ERROR 403: Forbidden.

$ wget -S -U 'Mozilla/5.0' https://files.example.org/dist/pkg-0.9.zip
--2024-03-02 10:00:09--  https://files.example.org/dist/pkg-0.9.zip
HTTP request sent, awaiting response...
  HTTP/1.1 200 OK
  Content-Length: 5120
`, rule.Blocked},
		// a starship/pure prompt ("~/src ❯ ") in front of the commands
		"prompt with a chevron": {`~/src/tools ❯ curl -I https://cdn.example.com/app.js
HTTP/1.1 403 Forbidden
Server: edge

~/src/tools ❯ curl -I -A "Mozilla/5.0 (X11)" https://cdn.example.com/app.js
HTTP/1.1 200 OK
Content-Type: text/javascript
`, rule.Blocked},
		// a client built without the User-Agent a policy requires
		"no user agent sent": {"Every download stops with this:\n\n```\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://data.example.gov/files/r-2024.csv\n```\n\nOur wrapper opens its session **without a `User-Agent`**, so the default one goes out.\n", rule.Blocked},
		// the refusal lifts by itself after a wait
		"works after waiting": {"The board only shows\n\n```\nForbidden\n```\n\nThen after waiting ten minutes the same page works again, until I click around a bit more.\n", rule.Blocked},
		// a person naming an IP ban
		"ip banned": {"I typed the password wrong twice and now every call returns 403. Is my IP banned now, and for how long?\n", rule.Blocked},
		// a person naming an API limit
		"api limit": {"```\nclient error: GET https://api.example.dev/v3/tarball/abc resulted in a 403 Forbidden response\n```\n\nI think the hourly API limit being hit from our CI runners explains it.\n", rule.Blocked},
		// a managed browser's or a DNS filter's block page, no status shown
		"browser policy page": {"opening the docs site gives me:\n\nsite can't be reached\nYour organization doesn't allow you to view this site\n", rule.Blocked},
		"dns filter page":     {"from the office network only:\n\n> This domain is blocked due to a security threat.\n", rule.Blocked},
		// a usage-policy block page
		"usage policy": {"```\nAccess blocked\n\nYou have been blocked because you have violated the usage policy of this tile service.\n```\n", rule.Blocked},
		// a translated block page whose head is one line: the title comes
		// before the <style> block opens on the same line
		"translated title before style": {"HTTP/1.1 403 Forbidden\nServer: nginx\nContent-Type: text/html; charset=utf-8\n\n<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"/><title>Ваш запрос был заблокирован системой защиты</title><link href=\"/static/f.css\" rel=\"stylesheet\"/><style>\nbody{margin:0}.box{padding:8px}\n</style></head><body><div class=\"box\">Код: 7731</div></body></html>\n", rule.Blocked},
		"german block sentence":         {"HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nIhre Anfrage wurde blockiert. Referenz: 55-201-ab\n", rule.Blocked},
		// Deno's sandbox, not a server: no status at all
		"runtime sandbox": {"error: Uncaught (in promise) PermissionDenied: Requires net access to \"db.example.internal:5432\", run again with the --allow-net flag\n    at Object.connect (ext:deno_net/01_net.js:410:5)\n", rule.None},
	} {
		if got, why := firstClass(t, c.paste); got != c.want {
			t.Errorf("%s: %s (%s), want %s", name, got, why, c.want)
		}
	}
}

// TestPersonWordsStayIdentityWhenTheyAre: the same families of words do not
// turn a plain refusal into a block when they say nothing about the outcome.
func TestPersonWordsStayIdentityWhenTheyAre(t *testing.T) {
	for name, c := range map[string]struct {
		paste string
		want  rule.Class
	}{
		// a User-Agent header line in the prose says nothing about the outcome
		"user agent header quoted": {`We send ` + "`" + `User-Agent: reporter/2.1` + "`" + ` with every call, as the docs ask.

$ curl -i -H 'Authorization: Bearer abc.def.ghi' https://api.example.org/v1/reports
HTTP/1.1 403 Forbidden
Content-Type: application/json

{"message":"You do not have permission to read reports"}
`, rule.Authorization},
		// it worked before, then a wait brought the refusal: no success after the wait
		"refused after a while": {"The form works fine locally, but on the host after a few minutes I get this:\n\n```\n403\nForbidden\nAccess to this resource is denied\n```\n", rule.Authorization},
		// a code statement quoted next to the answer is not what the server said
		"code quoted": {"The site answers\n\n```\n403 Forbidden\n```\n\nand my handler is:\n\n```\n$flash->add('error', 'Invalid username or password.');\n```\n", rule.Authorization},
	} {
		if got, why := firstClass(t, c.paste); got != c.want {
			t.Errorf("%s: %s (%s), want %s", name, got, why, c.want)
		}
	}
}

// TestWordsAcrossMarkup: a message's words read the same with Markdown
// marks or doubled blanks between them.
func TestWordsAcrossMarkup(t *testing.T) {
	for _, paste := range []string{
		"The course page said:\n\n> \"Sorry, but you do  not currently have permissions to do that\"\n",
		"The course page said:\n\n> Sorry, but you do **not currently have permissions** to do that\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Authorization {
			t.Errorf("%q: %s (%s), want authorization", paste, got, why)
		}
	}
}

// TestNotionNotShared: Notion's object_not_found that tells the caller to
// share the page with the integration is a refusal of a known integration,
// and the 404 may hide the page.
func TestNotionNotShared(t *testing.T) {
	paste := "`@notionhq/client warn: request fail {\n  code: 'object_not_found',\n  message: 'Could not find page with ID: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b. Make sure the relevant pages and databases are shared with your integration.'\n}`\n"
	if got, why := firstClass(t, paste); got != rule.Authorization {
		t.Errorf("%s (%s), want authorization", got, why)
	}
	if names := reportNames(t, paste); !names["404-hides-resource"] {
		t.Errorf("findings %v, want 404-hides-resource", names)
	}
}

// TestCredentialKindAndSignInWords: a credential kind the service no longer
// takes, and a sign-in page named (quoted) as what came back, are about
// authentication. Values invented.
func TestCredentialKindAndSignInWords(t *testing.T) {
	for _, paste := range []string{
		"```\nExample Cloud stopped supporting account passwords for API access.\nCreate an API token in your profile instead.\n```\n",
		"Every call to the reports API came back HTTP 203 with the HTML of the \"sign in\" page instead of JSON.\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Authentication {
			t.Errorf("%q: %s (%s), want authentication", paste, got, why)
		}
	}
}

// TestErrorObjectQuotedInASentence: a JSON error object quoted inside a
// person's long sentence is what the server said. Values invented.
func TestErrorObjectQuotedInASentence(t *testing.T) {
	paste := `When I run "curl https://api.example.net/v2/orders -d "{\"item\":\"tea\",\"qty\":2}"" from the build box I keep getting "{"message":"Unauthorized"}" back, while the same call from my laptop goes through.
Everything before this step worked and the client id is the one from the console.
`
	if got, why := firstClass(t, paste); got != rule.Authentication {
		t.Errorf("%s (%s), want authentication", got, why)
	}
}

// TestNotAnOwner: a known account told it does not own the thing, or that
// it may not do this, is refused by policy, whatever status came with it.
// Values invented.
func TestNotAnOwner(t *testing.T) {
	for _, paste := range []string{
		"```\n   Uploading widgetkit v2.0.1\nerror: api errors (status 200 OK): this package exists but you don't seem to be an owner of it.\n```\n",
		"exampleapi.exceptions.ApiError: HTTP 400 error: Unable to create record: Account not authorized to send to this region\n",
	} {
		if got, why := firstClass(t, paste); got != rule.Authorization {
			t.Errorf("%q: %s (%s), want authorization", paste, got, why)
		}
	}
}

// TestTitleBeforeStyleNearMiss: a page whose head is one line is read up to
// its <style> block whatever the title says; an authorization title there
// stays authorization.
func TestTitleBeforeStyleNearMiss(t *testing.T) {
	paste := "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<!DOCTYPE html>\n<html><head><title>Insufficient role: the editor role is required</title><style>\nh1{color:red}\n</style></head><body><h1>403</h1></body></html>\n"
	if got, why := firstClass(t, paste); got != rule.Authorization {
		t.Errorf("got %s (%s), want authorization", got, why)
	}
}
