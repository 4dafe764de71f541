package classifier_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Server and application logs as people paste them. Every value is
// invented; each paste stands for a notation of a family of servers.
func TestServerLogNotations(t *testing.T) {
	for name, c := range map[string]struct {
		paste    string
		statuses []int
		class    rule.Class // of the last exchange
		creds    bool       // the last exchange's request carried a credential
		finding  string     // a finding the last exchange must carry, "" for none
	}{
		// Kong's log plugins write one JSON record per request, the
		// request and the response as objects, the headers under them
		"a gateway's log plugin record with the request's key header": {
			paste: `{"request":{"method":"PUT","uri":"/ledger/v3/entries/77","url":"http://edge.test:8000/ledger/v3/entries/77","size":402,"querystring":{},"headers":{"host":"edge.test:8000","apikey":"Qm7tVb2nXc9LpR4sWe1d","user-agent":"Go-http-client/1.1"}},"upstream_uri":"","response":{"status":401,"size":96,"headers":{"content-type":"application/json; charset=utf-8","content-length":"45"}},"latencies":{"proxy":-1,"kong":1,"request":1},"client_ip":"192.0.2.61","started_at":1733991100000}
`,
			statuses: []int{401}, class: rule.Authentication, creds: true, finding: "credentials-sent"},
		// pino's and bunyan's request records: "req" and "res" objects
		"a Node logger's req object holds the request's headers": {
			paste: `{"level":30,"time":1733991100500,"pid":7,"hostname":"web-3","req":{"id":9,"method":"GET","url":"/v2/boards","headers":{"host":"boards.test","token":"Zx81mQp0Lr7Vn3Ws5Ty2"}},"res":{"statusCode":403,"headers":{"content-type":"application/json"}},"responseTime":3,"msg":"request completed"}
`,
			statuses: []int{403}, creds: true, class: rule.Authorization},
		// Django logs the CSRF refusal before the access line of the
		// request it refused, though the request before asked for the
		// same path
		"a framework's warning above the access line of the same path": {
			paste: `[03/Feb/2026 09:11:40] "GET /portal/signin/ HTTP/1.1" 200 4102
Forbidden (CSRF token missing.): /portal/signin/
[03/Feb/2026 09:11:47] "POST /portal/signin/ HTTP/1.1" 403 2511
`,
			statuses: []int{200, 403}, class: rule.Blocked, finding: "csrf-rejected"},
		// Serilog's compact JSON: three records of one request, tied by
		// their RequestId, one the request log's status
		"compact JSON records of one request": {
			paste: `{"@t":"2026-01-09T10:00:01.1000000Z","@mt":"Authorization failed. {0}","EventId":{"Id":2,"Name":"UserAuthorizationFailed"},"SourceContext":"Microsoft.AspNetCore.Authorization.DefaultAuthorizationService","RequestId":"0HNA1B2C3D4E:00000009","RequestPath":"/reports/7"}
{"@t":"2026-01-09T10:00:01.1010000Z","@mt":"AuthenticationScheme: {AuthenticationScheme} was forbidden.","AuthenticationScheme":"Bearer","RequestId":"0HNA1B2C3D4E:00000009","RequestPath":"/reports/7"}
{"@t":"2026-01-09T10:00:01.1020000Z","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","RequestMethod":"GET","RequestPath":"/reports/7","StatusCode":403,"Elapsed":2.5,"RequestId":"0HNA1B2C3D4E:00000009"}
`,
			statuses: []int{403}, class: rule.Authorization},
		// Vault's file audit device writes a request record and a
		// response record for every request
		"an audit device's request and response records": {
			paste: "```\n" + `{
  "time": "2026-01-09T10:00:02Z",
  "type": "request",
  "auth": {"display_name": "token-deploy", "policies": ["default", "deploy"]},
  "request": {"id": "f1e2d3c4-0000-4000-8000-aabbccddeeff", "operation": "read", "path": "kv/data/payments", "remote_address": "198.51.100.30"},
  "error": "permission denied"
}
{
  "time": "2026-01-09T10:00:02Z",
  "type": "response",
  "auth": {"display_name": "token-deploy", "policies": ["default", "deploy"]},
  "request": {"id": "f1e2d3c4-0000-4000-8000-aabbccddeeff", "operation": "read", "path": "kv/data/payments", "remote_address": "198.51.100.30"},
  "response": {"data": {"error": "hmac-sha256:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"}},
  "error": "1 error occurred:\n\t* permission denied\n\n"
}
` + "```\n",
			statuses: []int{0}, class: rule.Authorization},
		// the person's words after the access lines, a blank line
		// between: no body of the last line's, the prose of every one
		"the configuration quoted under an access log": {
			paste: `The status page is refused since the move:
198.51.100.14 - - [11/Jan/2026:08:02:10 +0000] "GET /metrics HTTP/1.1" 403 146 "-" "Prometheus/2.53.0"
198.51.100.14 - - [11/Jan/2026:08:02:25 +0000] "GET /metrics HTTP/1.1" 403 146 "-" "Prometheus/2.53.0"

server block: location /metrics { allow 127.0.0.1; deny all; }
`,
			statuses: []int{403, 403}, class: rule.Blocked},
		// the address rule quoted from the server's configuration
		"a proxy's address matcher quoted beside the 403": {
			paste: `My proxy config has ` + "`@lan not remote_ip 192.168.0.0/16`" + ` and ` + "`respond @lan 403`" + `, and from work I get:
{"level":"info","ts":1733991200.5,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"198.51.100.99","proto":"HTTP/2.0","method":"GET","host":"media.home.test","uri":"/"},"status":403,"size":0}
`,
			statuses: []int{403}, class: rule.Blocked},
	} {
		rep, err := classifier.Analyze(c.paste, classifier.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := responseStatuses(rep); !slices.Equal(got, c.statuses) {
			t.Errorf("%s: statuses %v, want %v", name, got, c.statuses)
			continue
		}
		for _, x := range rep.Exchanges {
			if x.Response != nil && x.Response.Status >= 400 && x.Verdict.Class != c.class {
				t.Errorf("%s: exchange %d: class %s (%s), want %s", name, x.Index, x.Verdict.Class, x.Verdict.Headline, c.class)
			}
		}
		x := rep.Exchanges[len(rep.Exchanges)-1]
		if x.Verdict.Class != c.class {
			t.Errorf("%s: class %s (%s), want %s", name, x.Verdict.Class, x.Verdict.Headline, c.class)
		}
		if sent := x.Request != nil && x.Request.Credentials.State == parse.CredSent; sent != c.creds {
			t.Errorf("%s: credentials sent %v, want %v", name, sent, c.creds)
		}
		if c.finding != "" {
			var names []string
			for _, f := range x.Findings {
				names = append(names, f.Name)
			}
			if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+c.finding+" ") {
				t.Errorf("%s: findings %v, want %s", name, names, c.finding)
			}
		}
	}
}

// responseStatuses lists the status of each response rep read, in order.
func responseStatuses(rep *classifier.Report) []int {
	var got []int
	for _, x := range rep.Exchanges {
		if x.Response != nil {
			got = append(got, x.Response.Status)
		}
	}
	return got
}
