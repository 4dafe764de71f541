package classifier_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/secret"
	"github.com/authtriage/authtriage/internal/planted"
)

// outputs renders a report in every format the CLI and the page write,
// masked as they write it by default, and the share text.
func outputs(t *testing.T, text string) (map[string]string, *classifier.Report) {
	t.Helper()
	rep, err := classifier.Analyze(text, classifier.Options{})
	if err != nil {
		return nil, nil
	}
	m := rep.Masked()
	src := report.Source{Name: "paste", Report: m, Size: int64(len(text))}
	out := map[string]string{"share": rep.MaskText(text)}
	j, _ := json.Marshal(m)
	out["json"] = string(j)
	var b bytes.Buffer
	if err := report.Markdown(&b, src); err != nil {
		t.Fatal(err)
	}
	out["markdown"] = b.String()
	b.Reset()
	if err := report.Text(&b, src, report.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out["text"] = b.String()
	b.Reset()
	if err := report.SARIF(&b, []report.Source{src}, nil); err != nil {
		t.Fatal(err)
	}
	out["sarif"] = b.String()
	b.Reset()
	if err := report.Text(&b, src, report.TextOptions{Summary: true}); err != nil {
		t.Fatal(err)
	}
	out["summary"] = b.String()
	// the paste opened from a share link, masked by the reader's own list
	if in, err := parse.Parse(text); err == nil {
		out["link"] = secret.NewMasker(in.Secrets).Text(text)
	}
	return out, rep
}

// checkSpans fails when any output holds a value the finder marked (eight
// bytes or longer; shorter ones occur in ordinary words), or a decoded form
// of one, outside the masks.
func checkSpans(t *testing.T, name string, outs map[string]string, rep *classifier.Report) {
	t.Helper()
	for format, out := range outs {
		outside := strings.ReplaceAll(out, secret.Mask, "\x00")
		// JSON escapes < > & in strings: look at the decoded text too.
		if format == "json" || format == "sarif" {
			outside += "\x00" + strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&", `\/`, "/").Replace(outside)
		}
		for _, s := range rep.Secrets {
			for _, v := range secret.Forms(s.Value) {
				if len(v) >= 8 && strings.Contains(outside, v) {
					t.Errorf("%s: %s output holds %s %q (line %d)", name, format, s.Kind, v, s.Line)
				}
			}
		}
	}
}

// Property: for any paste, no value the finder marked is in any output.
// Pastes are built at random from the planted forms and the corpus: their
// lines shuffled, cut, joined, with LF, CRLF or CR line ends.
func TestNoMarkedValueInAnyOutput(t *testing.T) {
	var pool []string
	for _, c := range planted.Cases() {
		pool = append(pool, c.Text)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "cases", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			pool = append(pool, string(b))
		}
	}
	rng := rand.New(rand.NewSource(11))
	analysed := 0
	for i := 0; i < 300; i++ {
		var parts []string
		for k := 0; k < 1+rng.Intn(3); k++ {
			lines := strings.Split(strings.ReplaceAll(pool[rng.Intn(len(pool))], "\r", "\n"), "\n")
			switch rng.Intn(4) {
			case 0: // a run of lines
				a := rng.Intn(len(lines))
				lines = lines[a:min(len(lines), a+1+rng.Intn(40))]
			case 1: // two lines swapped
				if len(lines) > 2 {
					a, b := rng.Intn(len(lines)), rng.Intn(len(lines))
					lines[a], lines[b] = lines[b], lines[a]
				}
			}
			parts = append(parts, strings.Join(lines, "\n"))
		}
		text := strings.Join(parts, "\n\n")
		switch rng.Intn(3) {
		case 1:
			text = strings.ReplaceAll(text, "\n", "\r\n")
		case 2:
			text = strings.ReplaceAll(text, "\n", "\r")
		}
		outs, rep := outputs(t, text)
		if rep == nil {
			continue
		}
		analysed++
		checkSpans(t, fmt.Sprintf("paste %d", i), outs, rep)
	}
	if analysed < 150 {
		t.Errorf("only %d of 300 random pastes were analysed", analysed)
	}
}

// The masked report is the analysed one: the same exchanges, verdicts,
// findings and evidence; a string differs only where a mask replaced text.
func TestMaskedIsTheReportApartFromMasks(t *testing.T) {
	differ := 0
	for _, c := range planted.Cases() {
		rep, err := classifier.Analyze(c.Text, classifier.Options{})
		if err != nil {
			continue
		}
		var shown, masked any
		a, _ := json.Marshal(rep)
		b, _ := json.Marshal(rep.Masked())
		_ = json.Unmarshal(a, &shown)
		_ = json.Unmarshal(b, &masked)
		if d := apartFromMasks(shown, masked, ""); d != "" {
			t.Errorf("%s: the masked report differs beyond masking at %s", c.Name, d)
		}
		if again, _ := json.Marshal(rep); !bytes.Equal(again, a) {
			t.Errorf("%s: masking changed the report it copied", c.Name)
		}
		if !bytes.Equal(a, b) {
			differ++
		}
	}
	if differ == 0 {
		t.Error("no masked report differs from its report: the comparison is blind")
	}
}

func apartFromMasks(shown, masked any, path string) string {
	switch s := shown.(type) {
	case map[string]any:
		m, ok := masked.(map[string]any)
		if !ok || len(m) != len(s) {
			return path
		}
		for k, v := range s {
			if d := apartFromMasks(v, m[k], path+"."+k); d != "" {
				return d
			}
		}
	case []any:
		m, ok := masked.([]any)
		if !ok || len(m) != len(s) {
			return path
		}
		for i := range s {
			if d := apartFromMasks(s[i], m[i], fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
	case string:
		m, ok := masked.(string)
		if !ok {
			return path
		}
		if m == s {
			return ""
		}
		parts := strings.Split(m, secret.Mask)
		for i := range parts {
			parts[i] = regexp.QuoteMeta(parts[i])
		}
		if len(parts) < 2 || !regexp.MustCompile(`^(?s)`+strings.Join(parts, ".+?")+`$`).MatchString(s) {
			return path + fmt.Sprintf(" (%q / %q)", s, m)
		}
	default:
		if fmt.Sprint(shown) != fmt.Sprint(masked) {
			return path
		}
	}
	return ""
}

func b64url(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func jwtExp(exp int64) string {
	return b64url(`{"alg":"HS256","typ":"JWT"}`) + "." + b64url(fmt.Sprintf(`{"sub":"dummy","exp":%d}`, exp)) + "." + b64url("DUMMY-signature-not-real")
}

// AT9001 names kind, line and a preview, never the value, and rates a
// credential by whether it still works: an expired JWT, or a GitHub token
// whose checksum does not match, is info.
func TestSecretsFindingSeverity(t *testing.T) {
	random := "DUMMYEXAMPLE000abcdefghijklmno"
	good := "ghp_" + random + secret.GitHubChecksum(random)
	bad := "ghp_" + random + "AAAAAA"
	for _, tc := range []struct {
		name, paste, value string
		want               rule.Severity
	}{
		{"expired JWT", "GET /me HTTP/1.1\nHost: a.example.com\nAuthorization: Bearer " + jwtExp(planted.Expired) + "\n\nHTTP/1.1 401 Unauthorized\nDate: Mon, 01 Jan 2024 00:00:00 GMT\n\n", jwtExp(planted.Expired), rule.Info},
		{"live JWT", "GET /me HTTP/1.1\nHost: a.example.com\nAuthorization: Bearer " + jwtExp(planted.Future) + "\n\nHTTP/1.1 401 Unauthorized\nDate: Mon, 01 Jan 2024 00:00:00 GMT\n\n", jwtExp(planted.Future), rule.High},
		{"expired JWT in a body", "POST /login HTTP/1.1\nHost: a.example.com\n\nHTTP/1.1 403 Forbidden\nDate: Mon, 01 Jan 2024 00:00:00 GMT\nContent-Type: application/json\n\n{\"id_token\":\"" + jwtExp(planted.Expired) + "\"}\n", jwtExp(planted.Expired), rule.Info},
		{"GitHub token, checksum valid", "GET /user HTTP/1.1\nHost: api.github.com\n\nHTTP/1.1 401 Unauthorized\n\n# token used: " + good + "\n", good, rule.High},
		{"GitHub token, checksum wrong", "GET /user HTTP/1.1\nHost: api.github.com\n\nHTTP/1.1 401 Unauthorized\n\n# token used: " + bad + "\n", bad, rule.Info},
	} {
		rep, err := classifier.Analyze(tc.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []rule.Finding
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				if f.Rule == "AT9001" {
					got = append(got, f)
				}
			}
		}
		if len(got) == 0 {
			t.Errorf("%s: no AT9001 finding", tc.name)
			continue
		}
		found := false
		for _, f := range got {
			for _, e := range f.Evidence {
				if strings.Contains(e.Text, tc.value) || strings.Contains(f.Message, tc.value) || strings.Contains(e.Text, tc.value[len(tc.value)/2:]) {
					t.Errorf("%s: AT9001 quotes the value: %q / %q", tc.name, f.Message, e.Text)
				}
				if strings.Contains(e.Text, "chars)") && e.Pos.Line > 0 {
					found = true
				}
			}
			if f.Severity != tc.want {
				t.Errorf("%s: AT9001 %s (%s), want %s", tc.name, f.Severity, f.Message, tc.want)
			}
		}
		if !found {
			t.Errorf("%s: no evidence with a line and a preview: %+v", tc.name, got)
		}
	}
}

// One credential printed twice (a chained exception restating the URL that
// carried it, a retried request's log line) is one AT9001 finding with both
// lines as evidence, not two findings saying the same; two credentials are
// two findings. Every value is invented.
func TestSecretsFindingOnePerCredential(t *testing.T) {
	key := "k7Qw2Lp9Zx4Rt6Yv1Bn8Mc3Hs5Jd0Fg"
	other := "Pz3Kd8Wq1Lm6Xc9Vb2Nj5Rt7Hy4Gf0Sa"
	line := func(k string) string {
		return "  Client error: `GET https://data.example.net/v2/items?api_key=" + k + "&page=2` resulted in a `403 Forbidden` response\n"
	}
	for _, tc := range []struct {
		name, paste string
		want        []int // evidence lines of each AT9001 finding
	}{
		{"the same key twice", "In Client.php line 88:\n\n" + line(key) + "\nIn RequestException.php line 113:\n\n" + line(key), []int{2}},
		{"two keys", "In Client.php line 88:\n\n" + line(key) + "\nIn RequestException.php line 113:\n\n" + line(other), []int{1, 1}},
	} {
		rep, err := classifier.Analyze(tc.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []int
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				if f.Rule == "AT9001" {
					got = append(got, len(f.Evidence))
				}
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: AT9001 findings with %v evidence lines each, want %v", tc.name, got, tc.want)
		}
	}
}

// Credentials count for the verdict wherever they travel (#10 part 3).
func TestCredentialsWhereverTheyTravel(t *testing.T) {
	for _, tc := range []struct{ name, paste, carried string }{
		{"form login", "POST /login HTTP/1.1\nHost: a.example.com\nContent-Type: application/x-www-form-urlencoded\n\nusername=bob&password=DummyPass01\n\nHTTP/1.1 401 Unauthorized\n\n", "password in the form body"},
		{"JSON login", "POST /api/login HTTP/1.1\nHost: a.example.com\nContent-Type: application/json\n\n{\"email\":\"a@example.com\",\"password\":\"DummyPass02\"}\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid credentials\"}\n", "password in the JSON body"},
		{"OAuth password grant", "POST /oauth/token HTTP/1.1\nHost: id.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=bob&password=DummyPass03&client_id=web\n\nHTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"invalid_grant\"}\n", "an OAuth password grant"},
		{"OAuth client credentials", "POST /oauth/token HTTP/1.1\nHost: id.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc&client_secret=DummySecret04x\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid_client\"}\n", "an OAuth client_credentials grant"},
		{"OAuth refresh", "POST /oauth/token HTTP/1.1\nHost: id.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token&refresh_token=DummyRefresh05xyz&client_id=web\n\nHTTP/1.1 400 Bad Request\n\n", "an OAuth refresh_token grant"},
		{"a .NET client's log line, method in brackets, key removed", "2025-03-02 08:11:40.2|Warn|HttpClient|HTTP Error - Res: [GET] https://media.example.net/svc/v2/feed?t=caps&token=(hidden) 401.Unauthorized\n<html><head><title>401 Unauthorized</title></head><body><h1>Unauthorized</h1></body></html>\n", "token in the URL query"},
		{"OAuth code with secret", "POST /oauth/token HTTP/1.1\nHost: id.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=authorization_code&code=DummyCode06abc&client_id=web&client_secret=DummySecret06x\n\nHTTP/1.1 401 Unauthorized\n\n", "an OAuth authorization_code grant"},
		{"URL userinfo", "GET https://bob:DummyPass07@a.example.com/x HTTP/1.1\nHost: a.example.com\n\nHTTP/1.1 401 Unauthorized\n\n", "password in the URL"},
		{"query key", "GET /v1/x?access_token=DummyToken08abc HTTP/1.1\nHost: a.example.com\n\nHTTP/1.1 401 Unauthorized\n\n", "access_token in the URL query"},
		{"query key a logger removed", "GET /v1/x?apikey=(removed)&page=2 HTTP/1.1\nHost: a.example.com\n\nHTTP/1.1 401 Unauthorized\n\n", "apikey in the URL query"},
		{"APIM key", "GET /v1/x HTTP/1.1\nHost: a.example.com\nOcp-Apim-Subscription-Key: DummyKey09abcdef\n\nHTTP/1.1 401 Unauthorized\n\n", ""},
		{"GitLab token", "GET /api/v4/user HTTP/1.1\nHost: gitlab.example.com\nPRIVATE-TOKEN: glpat-DUMMY10EXAMPLE00000\n\nHTTP/1.1 401 Unauthorized\n\n", ""},
		{"Shopify token", "GET /admin/api/shop.json HTTP/1.1\nHost: s.example.com\nX-Shopify-Access-Token: DummyShop11abcdef\n\nHTTP/1.1 401 Unauthorized\n\n", ""},
	} {
		rep, err := classifier.Analyze(tc.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		x := rep.Exchanges[0]
		c := x.Request.Credentials
		if c.State != "sent" {
			t.Errorf("%s: credentials %q, want sent", tc.name, c.State)
		}
		if tc.carried != "" && !contains(c.Carried, tc.carried) {
			t.Errorf("%s: carried %q, want %q among them", tc.name, c.Carried, tc.carried)
		}
		if strings.Contains(strings.ToLower(x.Verdict.Headline+" "+x.Verdict.Explanation), "no credentials were sent") {
			t.Errorf("%s: the verdict says no credentials were sent: %s", tc.name, x.Verdict.Headline)
		}
	}
	// And a request without any stays "none".
	rep, _ := classifier.Analyze("POST /search HTTP/1.1\nHost: a.example.com\nContent-Type: application/x-www-form-urlencoded\n\nq=passwords&page=2&grant_type=x\n\nHTTP/1.1 401 Unauthorized\n\n", classifier.Options{})
	if c := rep.Exchanges[0].Request.Credentials; c.State != "none" {
		t.Errorf("a search form: credentials %q %q, want none", c.State, c.Carried)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// Every planted credential is absent from every output of its paste: the
// exports (Markdown, JSON, SARIF, text), the share text, and a paste opened
// from a link, which the page masks again with what the finder sees in it
// alone (parse.Parse's secrets, or a plain scan when the reader refuses it).
// The CLI and the page run the same check on their own outputs; this one
// needs neither a build nor a browser.
func TestPlantedSecretsInEveryOutput(t *testing.T) {
	total, leaked := 0, 0
	for _, c := range planted.Cases() {
		outs, rep := outputs(t, c.Text)
		if rep == nil {
			outs = map[string]string{}
		}
		var ss []secret.Secret
		if in, err := parse.Parse(c.Text); err == nil {
			ss = in.Secrets
		} else {
			ss = secret.Scan(c.Text)
		}
		outs["link"] = secret.NewMasker(ss).Text(c.Text)
		for name, out := range outs {
			if name == "json" || name == "sarif" {
				out += "\x00" + strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&", `\/`, "/").Replace(out)
			}
			leaks := planted.Leaks(out, c)
			total += len(c.Values) + len(c.Derived)
			leaked += len(leaks)
			for _, v := range leaks {
				t.Errorf("%s: the %s output holds %q", c.Name, name, v)
			}
		}
		if len(planted.Leaks(c.Text, c)) == 0 {
			t.Errorf("%s: the check does not find the planted values in the paste itself", c.Name)
		}
	}
	t.Logf("%d of %d planted credentials masked over every output", total-leaked, total)
}

// A password the paste's code gives a call that takes a user and a
// password (node-soap's WSSecurity, a Basic-auth setter) was sent with the
// refused request, and no output shows it.
func TestPasswordCallSentAndMasked(t *testing.T) {
	paste := "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}\n\nwith this code:\n\n" +
		"client.setSecurity(new soap.WSSecurity('ledger-bot', 'DummyWsse77pw', {passwordType: 'PasswordText'}));\n"
	outs, rep := outputs(t, paste)
	if rep == nil || len(rep.Exchanges) == 0 {
		t.Fatal("not read")
	}
	if r := rep.Exchanges[0].Request; r == nil || r.Credentials.State != "sent" {
		t.Errorf("request %+v, want its credentials sent", r)
	}
	checkSpans(t, "WSSecurity", outs, rep)
	for format, out := range outs {
		if strings.Contains(out, "DummyWsse77pw") {
			t.Errorf("%s output shows the password", format)
		}
	}
}

// A credential in the query of a URL or a path a log line shows, beside a
// refusal with no request of its own, was sent; a masked one is reported
// as masked; and no output (the exports, the summary, the share text, a
// paste opened from a link) shows the value.
func TestLineQueryCredentialSentAndMasked(t *testing.T) {
	for _, c := range []struct{ name, paste, value string }{
		{"a label line", "endpoint:  api.example.test:8443/v2/items?access_token=5b8e2f0c-71aa-4c3d-9e26-0f4d7c9a3b21\n\nresult:  {\"error\":\"invalid_token\",\"error_description\":\"Invalid access token\"}\n", "5b8e2f0c-71aa-4c3d-9e26-0f4d7c9a3b21"},
		{"a debug log", "  relay POST http://gw.example.test/v2/verify +0ms\n  relay verify response: {\"error\":\"unauthorized\",\"message\":\"Invalid API key\"}\n  router mounted : /relay?api_key=h3k9vq2mz7wx4pr8tc6n +1ms\n", "h3k9vq2mz7wx4pr8tc6n"},
	} {
		outs, rep := outputs(t, c.paste)
		if rep == nil || len(rep.Exchanges) == 0 {
			t.Fatalf("%s: not read", c.name)
		}
		sent, finding := false, false
		for _, x := range rep.Exchanges {
			sent = sent || x.Request != nil && x.Request.Credentials.State == "sent"
			for _, f := range x.Findings {
				finding = finding || f.Rule == "AT1008"
			}
		}
		if !sent || !finding {
			t.Errorf("%s: sent %v, credentials-sent reported %v; want both", c.name, sent, finding)
		}
		checkSpans(t, c.name, outs, rep)
		for format, out := range outs {
			if strings.Contains(out, c.value) || strings.Contains(out, c.value[:12]) {
				t.Errorf("%s: the %s output shows the credential", c.name, format)
			}
		}
	}
	// masked in the person's sentence: sent, and its value unknown
	rep, err := classifier.Analyze("{\"errorCode\":\"3S290/2\",\"errorMessage\":\"INVALID_API_KEY\"}\n\nI keep calling /api/v1/reports?key=xxxxxx and every call is refused.\n", classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	masked := false
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			masked = masked || f.Rule == "AT9003"
		}
	}
	if !masked {
		t.Errorf("a masked key in a sentence's query: no redacted-value finding")
	}
}

// A command inside an inline code span over several lines carries its
// credential to the verdict, and no output shows the value.
func TestSpanCommandCredentialMasked(t *testing.T) {
	paste := "Every call lands on the sign-in page -\n\n" +
		"`<!DOCTYPE html>\n<html><head><title>Redirecting to http://192.0.2.40:9090/signin</title></head>\n" +
		"<body>Redirecting to <a href=\"http://192.0.2.40:9090/signin\">here</a>.</body></html>`\n\n" +
		"The call is -\n\n" +
		"`curl \"http://192.0.2.40:9090/api/v2/stats\" \\\n" +
		"\t-H 'X-Api-Key: 7QwErTy9uIoP3aSdFgHjKl' \\\n" +
		"\t-H 'Accept: application/json' `\n"
	outs, rep := outputs(t, paste)
	if rep == nil || len(rep.Exchanges) == 0 {
		t.Fatal("not read")
	}
	sent := false
	for _, x := range rep.Exchanges {
		sent = sent || x.Request != nil && x.Request.Credentials.State == "sent"
	}
	if !sent {
		t.Errorf("the span's command: credentials not sent")
	}
	checkSpans(t, "span command", outs, rep)
	for format, out := range outs {
		if strings.Contains(out, "7QwErTy9uIoP3aSdFgHjKl") {
			t.Errorf("the %s output shows the token", format)
		}
	}
}

// A key written inside the braces the docs put around where it goes
// ("X-Api-Key: {…}") is a key, not a variable's name: no output shows it,
// and no redacted-value finding says the paste masked it.
func TestBracedKeyMasked(t *testing.T) {
	const key = "q4Wz8nRt2XvLp7Kd"
	paste := "curl -v https://api.example.org/v3/boards -H \"X-Api-Key: {" + key + "}\"\n" +
		"> GET /v3/boards HTTP/1.1\n> Host: api.example.org\n> X-Api-Key: {" + key + "}\n>\n" +
		"< HTTP/1.1 401 Unauthorized\n< Content-Type: application/json\n<\n{\"message\":\"Invalid API key\"}\n"
	outs, rep := outputs(t, paste)
	if rep == nil || len(rep.Exchanges) == 0 {
		t.Fatal("not read")
	}
	for _, x := range rep.Exchanges {
		for _, f := range x.Findings {
			if f.Rule == "AT9003" {
				t.Errorf("a key in braces reported as masked in the paste: %s", f.Message)
			}
		}
	}
	checkSpans(t, "braced key", outs, rep)
	// The key on the command line and in the request is one value, with
	// or without the braces the command's quotes cut it from.
	if o := rep.Overview(10); o.SecretValues != 1 {
		t.Errorf("the braced key counted as %d values, want 1: %+v", o.SecretValues, o.Secrets)
	}
	for format, out := range outs {
		if strings.Contains(out, key) {
			t.Errorf("the %s output shows the key", format)
		}
	}
}

// A login body's password under a short name (pass=, pw=) beside a user
// field was sent whatever it looks like (a word, not a random value), and
// no output shows it: not the exports, not the share text.
func TestShortLoginPasswordSentAndMasked(t *testing.T) {
	for _, c := range []struct{ name, paste, value string }{
		{"wget --post-data as the next word", "$ wget -S --post-data 'login=olek&pass=bluebird' https://intranet.example.net/api/session\n" +
			"HTTP request sent, awaiting response...\n  HTTP/1.1 401 Unauthorized\n  Content-Length: 0\n", "bluebird"},
		{"curl form with pw", "$ curl -i -d 'user=tess&pw=marigold' https://box.example.org/cgi/login\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nbad login\n", "marigold"},
	} {
		outs, rep := outputs(t, c.paste)
		if rep == nil || len(rep.Exchanges) == 0 {
			t.Fatalf("%s: not read", c.name)
		}
		if r := rep.Exchanges[0].Request; r == nil || r.Credentials.State != "sent" {
			t.Errorf("%s: request %+v, want its credentials sent", c.name, r)
		}
		checkSpans(t, c.name, outs, rep)
		for format, out := range outs {
			if strings.Contains(out, c.value) {
				t.Errorf("%s: %s output shows the password", c.name, format)
			}
		}
	}
}

// A credential a command gives its program through the environment
// (docker run -e or --env, env NAME=…, NAME=… ./tool) before the program's
// log of a refusal was sent, and no output (the exports, the summary, the
// share text, a paste opened from a link) shows its value; a stand-in
// ($TOKEN, <token>) was sent with its value unknown and holds nothing to
// mask; settings that name no credential (TZ, LOG_LEVEL) give none.
func TestEnvCommandCredentialSentAndMasked(t *testing.T) {
	for _, c := range []struct{ name, paste, value string }{
		{"docker run -e", "```\ndocker run --rm -e LOG_LEVEL=info -e TZ=Europe/Paris -e PLOVER_API_KEY=pk_live_9Rt4Wq7Zn2Lx5Cv8Bm3D -e PLOVER_URL=https://plover.example.net plover/agent:2\n" +
			"2025-03-04T09:10:11Z ERROR sync failed: request returned 401 Unauthorized\n```\n", "pk_live_9Rt4Wq7Zn2Lx5Cv8Bm3D"},
		{"docker run --env", "```\ndocker run    --env PLOVER_PROXY_SECRETS=relay-secret-42x    --env PLOVER_URL=http://10.2.3.4:4242/api/    plover/relay\n" +
			"ERROR: repository error: request failed with status 401\n```\n", "relay-secret-42x"},
		{"NAME=… ./script", "```\nPLOVER_TOKEN=pt_3Kd8Wn5Qz1Rx7Lv4Hb6M PLOVER_HOST=plover.example.org LOG_LEVEL=debug ./push.sh\n" +
			"time=\"2025-03-04T09:10:11Z\" level=error msg=\"push refused\" status=403\n```\n", "pt_3Kd8Wn5Qz1Rx7Lv4Hb6M"},
	} {
		outs, rep := outputs(t, c.paste)
		if rep == nil || len(rep.Exchanges) == 0 {
			t.Fatalf("%s: not read", c.name)
		}
		finding := false
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				finding = finding || f.Rule == "AT1008"
			}
		}
		if !finding {
			t.Errorf("%s: credentials-sent not reported", c.name)
		}
		checkSpans(t, c.name, outs, rep)
		for format, out := range outs {
			if strings.Contains(out, c.value) || strings.Contains(out, c.value[:10]) {
				t.Errorf("%s: the %s output shows the credential", c.name, format)
			}
		}
	}
	for _, c := range []struct {
		name, paste string
		sent        bool
	}{
		{"a shell variable", "```\nPLOVER_TOKEN=$PLOVER_TOKEN PLOVER_HOST=plover.example.org LOG_LEVEL=debug ./push.sh\n" +
			"time=\"2025-03-04T09:10:11Z\" level=error msg=\"push refused\" status=403\n```\n", true},
		{"a word in angle brackets", "```\ndocker run -e LOG_LEVEL=info -e PLOVER_API_KEY=<api-key> -e PLOVER_URL=https://plover.example.net plover/agent:2\n" +
			"2025-03-04T09:10:11Z ERROR sync failed: request returned 401 Unauthorized\n```\n", true},
		{"no credential among the settings", "```\ndocker run --rm -e TZ=Europe/Paris -e LOG_LEVEL=debug -e PLOVER_URL=https://plover.example.net plover/agent:2\n" +
			"2025-03-04T09:10:11Z ERROR sync failed: request returned 401 Unauthorized\n```\n", false},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(rep.Secrets) != 0 {
			t.Errorf("%s: %d secrets marked, want none", c.name, len(rep.Secrets))
		}
		finding := false
		for _, x := range rep.Exchanges {
			for _, f := range x.Findings {
				finding = finding || f.Rule == "AT1008"
			}
		}
		if finding != c.sent {
			t.Errorf("%s: credentials-sent reported %v, want %v", c.name, finding, c.sent)
		}
	}
}
