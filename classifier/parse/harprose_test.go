package parse

import (
	"strings"
	"testing"
)

// TestHARBelowProse reads a HAR that a person pasted under their own words
// (a chat or issue message: "here is the HAR", in any language, a fence
// line) as the HAR it is, its lines counted from the top of the paste; a
// JSON log line whose "log" member is a string stays a log line.
func TestHARBelowProse(t *testing.T) {
	har := `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
{"request":{"method":"POST","url":"https://auth.example.com/oauth/token","headers":[]},
"response":{"status":0,"statusText":"","headers":[],"content":{"size":0,"mimeType":"x-unknown"},"_error":"net::ERR_CERT_AUTHORITY_INVALID"}}]}}`
	for _, prose := range []string{
		"Le login ne marche plus depuis hier, voici le HAR exporté de Chrome :\n\n",
		"Here is the HAR:\n```json\n",
		"ログインできません。HARファイルです：\n  ",
	} {
		in, err := Parse(prose + har)
		if err != nil {
			t.Fatalf("%q: %v", prose, err)
		}
		if in.Format != "har" || len(in.Exchanges) != 1 {
			t.Fatalf("%q: read as %q with %d exchanges, want one HAR entry", prose, in.Format, len(in.Exchanges))
		}
		want := strings.Count(prose, "\n") + 2
		if r := in.Exchanges[0].Request; r == nil || r.Pos.Line != want {
			t.Fatalf("%q: request at %+v, want line %d", prose, r, want)
		}
	}
	// the HAR blockquoted under the words ("> " before each of its lines,
	// as a reply quoting it): the same HAR, its lines where they stand
	quoted := "@dev the failing call, trimmed to one entry:\n\n"
	for _, l := range strings.Split(har, "\n") {
		quoted += "> " + l + "\n"
	}
	if in, err := Parse(quoted); err != nil || in.Format != "har" || len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Request.Pos.Line != 4 {
		t.Fatalf("a blockquoted HAR under prose: %+v, %v; want one HAR entry whose request is on line 4", in, err)
	}
	// another dump above the HAR: the paste is read as a whole, as before
	in, err := Parse("first try:\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Basic\n\nthen the HAR:\n" + har)
	if err != nil {
		t.Fatal(err)
	}
	if in.Format == "har" {
		t.Fatal("a curl -v dump above a HAR: read as the HAR alone, want the whole paste read")
	}
	in, err = Parse("log lines:\n{\"log\":\"GET /x 403\\n\",\"stream\":\"stdout\"}\n")
	if err == nil && in.Format == "har" {
		t.Fatal("a Docker json-file log line was read as a HAR")
	}
}

// TestLocalizedDevtoolsGeneral reads the "General" lines DevTools copies in
// the browser's own language: the request URL, the method and the status.
func TestLocalizedDevtoolsGeneral(t *testing.T) {
	for _, c := range []struct{ paste, method, target string }{
		{"URL de la requête : https://api.example.fr/v1/compte\nMéthode de la requête : GET\nCode d'état : 401 Unauthorized\n", "GET", "/v1/compte"},
		{"İstek URL'si: https://api.example.com.tr/hesap\nİstek Yöntemi: GET\nDurum Kodu: 403 Forbidden\n", "GET", "/hesap"},
		{"请求网址: https://api.example.cn/v1/orders\n请求方法: GET\n状态代码: 403 Forbidden\n", "GET", "/v1/orders"},
		{"リクエスト URL: https://api.example.jp/v1/me\nリクエスト メソッド: POST\nステータス コード: 401\n", "POST", "/v1/me"},
		{"URL de solicitud: https://api.example.es/v1/me\nMétodo de solicitud: DELETE\nCódigo de estado: 403 Forbidden\n", "DELETE", "/v1/me"},
		// labels capitalised in a non-Latin script: the table's lower case
		// must match "Метод", "МЕТОД ЗАПРОСА"
		{"URL запроса: https://shop.example.ru/api/korzina\nМетод запроса: PATCH\nКод статуса: 403 Forbidden\n", "PATCH", "/api/korzina"},
		{"URL ЗАПРОСА: https://shop.example.ru/api/zakaz/7\nМЕТОД ЗАПРОСА: PUT\nКОД СТАТУСА: 401 Unauthorized\n", "PUT", "/api/zakaz/7"},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatalf("%q: %v", c.paste, err)
		}
		var got *Exchange
		for _, x := range in.Exchanges {
			if x.Response != nil && x.Response.Status != 0 {
				got = x
			}
		}
		if got == nil || got.Request == nil || got.Request.Method != c.method || got.Request.Target != c.target {
			t.Errorf("%q: read %+v, want %s %s with its status", c.paste, got, c.method, c.target)
		}
	}
}

// TestCurlCmdCarets reads DevTools' "Copy as cURL (cmd)": every quote
// written ^", special characters ^X, a quote inside a value ^\^", lines
// continued by a caret; it reads as the bash copy does.
func TestCurlCmdCarets(t *testing.T) {
	paste := "curl ^\"https://api.example.com/v1/login?next=^%^2Fhome^&x=1^\" ^\n" +
		"  -H ^\"content-type: application/json^\" ^\n" +
		"  --data-raw ^\"^{^\\^\"username^\\^\":^\\^\"ana^\\^\"^}^\"\n\n" +
		"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid_credentials\"}\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	x := in.Exchanges[0]
	q := x.Request
	if q == nil || q.Method != "POST" || q.URL != "https://api.example.com/v1/login?next=%2Fhome&x=1" {
		t.Fatalf("request %+v", q)
	}
	if got := q.Fields.Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type %q", got)
	}
	if got := q.Body.Text; got != `{"username":"ana"}` {
		t.Errorf("body %q", got)
	}
	// the password inside the escaped body is a secret like any other
	paste2 := strings.Replace(paste, `^\^"ana^\^"`, `^\^"ana^\^",^\^"password^\^":^\^"Hunter22x^\^"`, 1)
	in2, err := Parse(paste2)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range FindSecrets(paste2, in2) {
		found = found || s.Value == "Hunter22x"
	}
	if !found {
		t.Error("the password in a cmd-escaped body was not found")
	}
	if got := uncaret("a^^b ^&", true); got != "a^b &" {
		t.Errorf("uncaret: %q", got)
	}
	if got := uncaret("a^b", false); got != "a^b" {
		t.Errorf("uncaret off: %q", got)
	}
}

// TestFirefoxCORSMessageURL reads the URL Firefox's CORS message names in
// words, in its English, German and French wording.
func TestFirefoxCORSMessageURL(t *testing.T) {
	for _, l := range []string{
		"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/v1/items. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 403.",
		"Quellübergreifende (Cross-Origin) Anfrage blockiert: Die Gleiche-Quelle-Regel verbietet das Lesen der externen Ressource auf https://api.example.com/v1/items. (Grund: CORS-Kopfzeile 'Access-Control-Allow-Origin' fehlt).",
		"Blocage d'une requête multiorigine (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://api.example.com/v1/items. Raison : l'en-tête CORS est manquant.",
	} {
		if _, u, _ := lineRequest(l, strings.ToLower(l)); u != "https://api.example.com/v1/items" {
			t.Errorf("%q: url %q", l, u)
		}
	}
}

// TestSafariConsoleOneFailure reads Safari's console lines about one failed
// request (two of them state its status) as one exchange, and two failures
// printed one after the other as two.
func TestSafariConsoleOneFailure(t *testing.T) {
	one := "[Error] Origin https://app.example.com is not allowed by Access-Control-Allow-Origin. Status code: 401\n" +
		"[Error] Fetch API cannot load https://api.example.com/v1/me due to access control checks.\n" +
		"[Error] Failed to load resource: Origin https://app.example.com is not allowed by Access-Control-Allow-Origin. Status code: 401 (me, line 0)\n"
	for paste, want := range map[string]int{one: 1, one + one: 2} {
		in, err := Parse(paste)
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Exchanges) != want {
			t.Errorf("%d exchanges, want %d:\n%s", len(in.Exchanges), want, paste)
		}
	}
}

// TestHARStatusZeroWithoutError gives a HAR entry whose status is 0 with no
// _error (how Firefox and Safari record a request the browser failed) a
// browser error, so it is explained as one; an entry with no status member
// gets none.
func TestHARStatusZeroWithoutError(t *testing.T) {
	entry := func(resp string) string {
		return `{"log":{"version":"1.2","creator":{"name":"Firefox","version":"131.0"},"entries":[` +
			`{"request":{"method":"GET","url":"https://api.example.com/v1/me","headers":[{"name":"Origin","value":"https://app.example.com"}]},` +
			`"response":` + resp + `}]}}`
	}
	in, err := Parse(entry(`{"status":0,"statusText":"","headers":[],"content":{"size":0,"mimeType":""}}`))
	if err != nil {
		t.Fatal(err)
	}
	if r := in.Exchanges[0].Response; r == nil || r.Error != harNoResponse {
		t.Errorf("status 0: response %+v, want error %q", r, harNoResponse)
	}
	in, err = Parse(entry(`{"headers":[],"content":{"size":0,"mimeType":""}}`))
	if err != nil {
		t.Fatal(err)
	}
	if r := in.Exchanges[0].Response; r != nil && r.Error != "" {
		t.Errorf("no status member: error %q, want none", r.Error)
	}
}

// TestLowerAligned lower-cases every cased script in place: offsets in the
// result index the original, and a letter whose lower case has another byte
// length is kept.
func TestLowerAligned(t *testing.T) {
	for in, want := range map[string]string{
		"Метод Запроса: GET":   "метод запроса: get",
		"ΑΊΤΗΜΑ: POST":         "αίτημα: post",
		"Échec ÀÉ":             "échec àé",
		"plain ascii":          "plain ascii",
		"\u212a=Kelvin, İstek": "\u212a=kelvin, İstek",
		"请求方法: GET":            "请求方法: get",
		"\xff\xfeBAD":          "\xff\xfebad",
	} {
		got := lowerAligned(in)
		if got != want || len(got) != len(in) {
			t.Errorf("lowerAligned(%q) = %q, want %q of the same length", in, got, want)
		}
	}
}

// TestBracketedMethodLogLine reads the request a .NET client's log writes
// with its method in brackets ("Res: [PUT] https://…"), keeping a
// parenthesis the URL opened inside it ("&token=(hidden)") and ending it at
// one it did not open; a bracketed word that is no method, or a method in
// other case, is no request.
func TestBracketedMethodLogLine(t *testing.T) {
	for _, c := range []struct{ line, method, url string }{
		{"25-03-02 08:11:40.2|Warn|HttpClient|HTTP Error - Res: [PUT] https://media.example.net/svc/v2/item?id=7&token=(hidden) 403.Forbidden", "PUT", "https://media.example.net/svc/v2/item?id=7&token=(hidden)"},
		{"(after [DELETE] /api/queue/12) the reply was empty", "DELETE", "/api/queue/12"},
		{"Error while calling GET /wiki/Thing_(part) failed", "GET", "/wiki/Thing_(part)"},
		{"[INFO] https://media.example.net/svc/v2/item", "", ""},
		{"[Put] https://media.example.net/svc/v2/item", "", ""},
	} {
		m, u, _ := lineRequest(c.line, strings.ToLower(c.line))
		if m != c.method || u != c.url {
			t.Errorf("%q: got %q %q, want %q %q", c.line, m, u, c.method, c.url)
		}
	}
}
