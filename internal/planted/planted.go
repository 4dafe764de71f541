// Package planted builds pastes with planted credentials for the masking
// tests: every common paste form (raw messages, curl -v, command lines,
// wire traces, DevTools copies, HAR pretty and minified, CR-only line
// endings, credential files, logs, client-library dumps) and, in a second
// round (wider.go), the notations the first did not hold, and in a third
// (third.go) what an adversarial user pastes beyond both, each holding
// dummy credentials that match the real shapes (checksums included) but
// are obviously not real: they spell DUMMY or EXAMPLE.
//
// The tests of cmd/authtriage, classifier and e2e/ run every output over
// Cases and check that no planted value (nor a long piece of one) is in it.
package planted

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/authtriage/authtriage/classifier/secret"
)

// Case is one paste and the credentials planted in it.
type Case struct {
	Name   string   // the paste form
	Text   string   // the paste
	Values []string // every planted credential, as it must never appear in a masked output
	// Derived are planted values written only in an encoded form (the
	// password inside Basic credentials, a token in a base64 HAR body):
	// they must not appear either, once the analysis decodes them.
	Derived []string
}

// gen makes unique dummy values.
type gen struct {
	n       *int
	values  []string
	derived []string
}

func (g *gen) next() int { *g.n++; return *g.n }

func (g *gen) keep(v ...string) { g.values = append(g.values, v...) }

// hide moves the last value kept to the derived ones: it is written encoded.
func (g *gen) hide() {
	n := len(g.values) - 1
	g.derived = append(g.derived, g.values[n])
	g.values = g.values[:n]
}

// enc writes v (the last value kept) in base64, keeping the encoding as the
// value and v as derived.
func (g *gen) enc(v string) string {
	g.hide()
	e := base64.StdEncoding.EncodeToString([]byte(v))
	g.keep(e)
	return e
}

// dummy formats format around the next number, cuts it to max bytes when
// max > 0, and keeps it as a planted value.
func (g *gen) dummy(format string, max int) string {
	v := fmt.Sprintf(format, g.next())
	if max > 0 && len(v) > max {
		v = v[:max]
	}
	g.keep(v)
	return v
}

// pw is a password.
func (g *gen) pw() string {
	return g.dummy("DummyPass%03dQz", 0)
}

// tok is an opaque token or API key.
func (g *gen) tok(prefix string) string {
	return g.dummy(strings.ReplaceAll(prefix, "%", "%%")+"DUMMYtok%03dAb9Cd8Ef7", 0)
}

// cookie is a session cookie value.
func (g *gen) cookie() string {
	return g.dummy("dummySESS%03dk2j3h4g5", 0)
}

func b64url(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// jwt is a JWT; exp is its expiry (Unix seconds).
func (g *gen) jwt(exp int64) string {
	n := g.next()
	h := b64url(`{"alg":"HS256","typ":"JWT"}`)
	p := b64url(fmt.Sprintf(`{"sub":"dummy-user-%03d","aud":"api.example.com","exp":%d}`, n, exp))
	v := h + "." + p + "." + b64url(fmt.Sprintf("DUMMY-signature-%03d-not-real", n))
	g.keep(v)
	return v
}

// basic is Basic credentials; the password and the base64 are both kept.
func (g *gen) basic(user string) string {
	p := g.pw()
	g.hide()
	v := base64.StdEncoding.EncodeToString([]byte(user + ":" + p))
	g.keep(v)
	return v
}

// github is a classic GitHub token with a valid checksum.
func (g *gen) github(prefix string) string {
	random := fmt.Sprintf("DUMMYEXAMPLE%03dabcdefghijklmno", g.next())[:30]
	v := prefix + random + secret.GitHubChecksum(random)
	g.keep(v)
	return v
}

func (g *gen) githubPAT() string {
	return g.dummy("github_pat_11DUMMY%03dEXAMPLE0000_"+strings.Repeat("DummyExample", 5)[:59], 0)
}

func (g *gen) slack() string {
	return g.dummy("xoxb-000000000%03d-0000000000-DUMMYexampleTOKEN", 0)
}

// aws is an access key id and its secret access key.
func (g *gen) aws() (string, string) {
	n := g.next()
	id := fmt.Sprintf("AKIADUMMYEXAMPLE%03dX", n)[:20]
	sec := fmt.Sprintf("DummySecretKey%03d/EXAMPLEkeyEXAMPLEkey01", n)[:40]
	g.keep(id, sec)
	return id, sec
}

func (g *gen) google() string {
	return g.dummy("AIzaSyDUMMY%03dEXAMPLEkeyEXAMPLEkey0000000", 39)
}

func (g *gen) stripe() string {
	return g.dummy("sk_live_DUMMY%03dEXAMPLE0000000000000", 0)
}

func (g *gen) npm() string {
	return g.dummy("npm_DUMMY%03dEXAMPLE000000000000000000000", 40)
}

func (g *gen) gitlab() string {
	return g.dummy("glpat-DUMMY%03dEXAMPLE00000", 0)
}

// pem is a private key block body (two lines of dummy base64).
func (g *gen) pem() string {
	n := g.next()
	l1 := fmt.Sprintf("MIIEDUMMY%03dEXAMPLEPRIVATEKEYDATAnotARealKey0000000000000000000000", n)[:64]
	l2 := fmt.Sprintf("DUMMYKEY%03dEXAMPLE0000000000000000", n)
	g.keep(l1, l2)
	return l1 + "\n" + l2
}

// Past and future expiry times for JWTs.
const (
	Expired = 1000000000 // 2001
	Future  = 4102444800 // 2100
)

// Cases returns every paste form with its planted credentials.
func Cases() []Case {
	var out []Case
	counter := 0
	add := func(name string, build func(g *gen) string) {
		g := &gen{n: &counter}
		text := build(g)
		out = append(out, Case{Name: name, Text: text, Values: g.values, Derived: g.derived})
	}

	add("raw", func(g *gen) string {
		return "GET /api/orders?api_key=" + g.tok("ak") + " HTTP/1.1\nHost: api.example.com\nAuthorization: Basic " + g.basic("alice") +
			"\nCookie: sessionid=" + g.cookie() + "; csrftoken=" + g.tok("csrf") + "\nX-Api-Key: " + g.tok("xk") +
			"\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nSet-Cookie: sessionid=" + g.cookie() + "; Path=/; HttpOnly\n\n{\"detail\":\"You do not have permission to perform this action.\"}\n"
	})
	add("curl-v", func(g *gen) string {
		return "$ curl -v https://api.example.com/v1/me -H 'Authorization: Bearer " + g.jwt(Future) + "'\n" +
			"*   Trying 93.184.216.34:443...\n* Connected to api.example.com (93.184.216.34) port 443\n" +
			"> GET /v1/me HTTP/2\n> Host: api.example.com\n> user-agent: curl/8.5.0\n> accept: */*\n> authorization: Bearer " + g.values[0] + "\n> cookie: session=" + g.cookie() + "\n>\n" +
			"< HTTP/2 401\n< www-authenticate: Bearer error=\"invalid_token\"\n< set-cookie: refresh=" + g.tok("rf") + "; Secure; HttpOnly\n<\n{\"error\":\"invalid_token\"}\n"
	})
	add("curl-command", func(g *gen) string {
		return "curl -sS -u deploy:" + g.pw() + " -H 'X-Api-Key: " + g.tok("k") + "' -b 'sid=" + g.cookie() + "; theme=dark' \\\n" +
			"  --oauth2-bearer " + g.tok("ob") + " 'https://api.example.com/v1/items?access_token=" + g.tok("at") + "&page=2'\n" +
			"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"api\"\n\n"
	})
	add("wget", func(g *gen) string {
		return "$ wget -S --http-user=ops --http-password=" + g.pw() + " --header='PRIVATE-TOKEN: " + g.gitlab() + "' https://git.example.com/api/v4/projects\n" +
			"--2024-05-01 10:00:00--  https://git.example.com/api/v4/projects\nHTTP request sent, awaiting response... \n  HTTP/1.1 403 Forbidden\n  Content-Type: application/json\n\n{\"message\":\"403 Forbidden\"}\n"
	})
	add("httpie", func(g *gen) string {
		return "$ http -a admin:" + g.pw() + " POST https://api.example.com/v2/jobs X-Auth-Token:" + g.tok("xat") + " password=" + g.pw() + "\n" +
			"HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"error\": \"forbidden\"}\n"
	})
	add("wire-trace-ruby", func(g *gen) string {
		return "opening connection to api.example.com:443...\nopened\n<- \"GET /v3/account HTTP/1.1\\r\\nAuthorization: Bearer " + g.tok("rb") + "\\r\\nCookie: _app_session=" + g.cookie() + "\\r\\nHost: api.example.com\\r\\n\\r\\n\"\n" +
			"-> \"HTTP/1.1 401 Unauthorized\\r\\n\"\n-> \"WWW-Authenticate: Bearer realm=\\\"api\\\"\\r\\n\"\n-> \"Content-Length: 0\\r\\n\"\n-> \"\\r\\n\"\n"
	})
	add("wire-trace-java", func(g *gen) string {
		return "DEBUG org.apache.http.wire - http-outgoing-0 >> \"GET /rest/api/2/myself HTTP/1.1[\\r][\\n]\"\n" +
			"DEBUG org.apache.http.wire - http-outgoing-0 >> \"Authorization: Basic " + g.basic("jira-bot") + "[\\r][\\n]\"\n" +
			"DEBUG org.apache.http.wire - http-outgoing-0 >> \"Cookie: JSESSIONID=" + g.cookie() + "[\\r][\\n]\"\n" +
			"DEBUG org.apache.http.wire - http-outgoing-0 << \"HTTP/1.1 401 Unauthorized[\\r][\\n]\"\n" +
			"DEBUG org.apache.http.wire - http-outgoing-0 << \"WWW-Authenticate: Basic realm=\\\"protected-area\\\"[\\r][\\n]\"\n"
	})
	add("devtools-headers", func(g *gen) string {
		return "Request URL: https://app.example.com/api/profile?token=" + g.tok("q") + "\nRequest Method: GET\nStatus Code: 403 Forbidden\n\n" +
			"Request Headers\n:authority: app.example.com\n:method: GET\nauthorization: Bearer " + g.jwt(Expired) + "\ncookie: connect.sid=" + g.cookie() + "; _ga=GA1.2.3\n" +
			"x-csrf-token: " + g.tok("cs") + "\n\nResponse Headers\ncontent-type: application/json\n"
	})
	add("devtools-panel-copy", func(g *gen) string {
		return "General\nRequest URL\nhttps://app.example.com/api/me\nRequest Method\nGET\nStatus Code\n401 Unauthorized\n\nRequest Headers\n" +
			"Authorization\nBearer " + g.tok("dp") + "\nCookie\nsid=" + g.cookie() + "\nX-Api-Key\n" + g.tok("dk") + "\n"
	})
	add("devtools-copy-as-fetch", func(g *gen) string {
		return "fetch(\"https://api.example.com/graphql\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n    \"authorization\": \"Bearer " + g.jwt(Future) + "\",\n" +
			"    \"x-api-key\": \"" + g.tok("fk") + "\"\n  },\n  \"body\": \"{\\\"query\\\":\\\"{ me { id } }\\\",\\\"password\\\":\\\"" + g.pw() + "\\\"}\",\n  \"method\": \"POST\"\n});\n" +
			"HTTP/1.1 401 Unauthorized\n\n"
	})
	harEntry := func(g *gen) map[string]any {
		inner := g.tok("b64")
		g.hide()
		body := base64.StdEncoding.EncodeToString([]byte(`{"access_token":"` + inner + `","token_type":"Bearer"}`))
		return map[string]any{
			"startedDateTime": "2024-05-01T10:00:00.000Z", "time": 12,
			"request": map[string]any{"method": "POST", "url": "https://id.example.com/oauth/token?client_secret=" + g.tok("qs"), "httpVersion": "HTTP/1.1",
				"headers":     []map[string]string{{"name": "Authorization", "value": "Basic " + g.basic("client-app")}, {"name": "Cookie", "value": "idp_session=" + g.cookie()}, {"name": "Ocp-Apim-Subscription-Key", "value": g.tok("apim")}},
				"cookies":     []map[string]string{{"name": "idp_session", "value": g.values[len(g.values)-2]}, {"name": "other_cookie", "value": g.cookie()}},
				"queryString": []map[string]string{{"name": "client_secret", "value": g.values[0]}},
				"postData": map[string]any{"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=refresh_token&refresh_token=" + g.tok("rt"),
					"params": []map[string]string{{"name": "grant_type", "value": "refresh_token"}, {"name": "refresh_token", "value": g.values[len(g.values)-1]}, {"name": "client_assertion", "value": g.jwt(Future)}}},
				"headersSize": -1, "bodySize": -1},
			"response": map[string]any{"status": 401, "statusText": "Unauthorized", "httpVersion": "HTTP/1.1",
				"headers": []map[string]string{{"name": "Content-Type", "value": "application/json"}, {"name": "Set-Cookie", "value": "idp_session=" + g.cookie() + "; Secure"}},
				"cookies": []any{}, "content": map[string]any{"size": 60, "mimeType": "application/json", "text": body, "encoding": "base64"},
				"redirectURL": "", "headersSize": -1, "bodySize": -1},
			"cache": map[string]any{}, "timings": map[string]any{"send": 0, "wait": 10, "receive": 2},
		}
	}
	harOf := func(g *gen, indent bool) string {
		h := map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "Firefox", "version": "125.0"},
			"entries": []any{harEntry(g)}}}
		var b []byte
		if indent {
			b, _ = json.MarshalIndent(h, "", "  ")
		} else {
			b, _ = json.Marshal(h)
		}
		return string(b) + "\n"
	}
	add("har-pretty", func(g *gen) string { return harOf(g, true) })
	add("har-minified", func(g *gen) string { return harOf(g, false) })
	add("raw-cr-only", func(g *gen) string {
		return strings.ReplaceAll("POST /login HTTP/1.1\nHost: app.example.com\nProxy-Authorization: Basic "+g.basic("proxyuser")+"\nCookie: PHPSESSID="+g.cookie()+
			"\nContent-Type: application/x-www-form-urlencoded\n\nusername=bob&password="+g.pw()+"&remember=1\nHTTP/1.1 401 Unauthorized\nX-Amz-Security-Token: "+g.tok("sts")+"\n\n", "\n", "\r")
	})
	add("raw-crlf", func(g *gen) string {
		return strings.ReplaceAll("GET /v1/secrets HTTP/1.1\nHost: vault.example.com\nX-Vault-Token: hvs."+g.tok("vault")+"\nAuthorization: Bearer "+g.tok("crlf")+
			"\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\"errors\":[\"permission denied\"]}\n", "\n", "\r\n")
	})
	add("netrc", func(g *gen) string {
		return "$ cat ~/.netrc\nmachine api.example.com login deploy password " + g.pw() + "\nmachine ftp.example.com\n  login ftpuser\n  password " + g.pw() + "\n" +
			"$ curl -n -i https://api.example.com/v1/status\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"api\"\n\n"
	})
	add("npmrc", func(g *gen) string {
		return "# ~/.npmrc\nregistry=https://registry.example.com/\n//registry.example.com/:_authToken=" + g.npm() + "\n//npm.pkg.example.com/:_password=" + g.enc(g.pw()) + "\nalways-auth=true\n\n" +
			"npm ERR! code E401\nnpm ERR! 401 Unauthorized - GET https://registry.example.com/left-pad - authentication token seems to be invalid\n"
	})
	add("docker-config", func(g *gen) string {
		return "$ cat ~/.docker/config.json\n{\n  \"auths\": {\n    \"registry.example.com\": {\n      \"auth\": \"" + g.basic("ci-bot") + "\"\n    },\n    \"ghcr.io\": {\n      \"identitytoken\": \"" + g.tok("idt") + "\"\n    }\n  }\n}\n" +
			"$ docker pull registry.example.com/team/app:1.2\nError response from daemon: Head \"https://registry.example.com/v2/team/app/manifests/1.2\": unauthorized: authentication required\n"
	})
	add("kubeconfig", func(g *gen) string {
		return "apiVersion: v1\nkind: Config\nusers:\n- name: dev-admin\n  user:\n    token: " + g.tok("kube") + "\n- name: cert-user\n  user:\n    client-key-data: " + g.enc(g.tok("ckd")) + "\n    password: " + g.pw() + "\n" +
			"$ kubectl get pods\nError from server (Forbidden): pods is forbidden: User \"system:anonymous\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"\n"
	})
	add("dotenv", func(g *gen) string {
		id, sec := g.aws()
		return "# .env\nDATABASE_URL=postgres://app:" + g.pw() + "@db.example.com:5432/app\nAWS_ACCESS_KEY_ID=" + id + "\nAWS_SECRET_ACCESS_KEY=" + sec + "\nSTRIPE_SECRET_KEY=" + g.stripe() + "\nexport API_TOKEN=\"" + g.tok("env") + "\"\n" +
			"\n2024-05-01T10:00:00Z ERROR request failed: 403 Forbidden from https://api.example.com/v1/charges\n"
	})
	add("python-requests", func(g *gen) string {
		return ">>> r = requests.get(url, headers={'Authorization': 'Bearer " + g.tok("py") + "', 'X-Api-Key': '" + g.tok("pyk") + "'}, cookies={'sessionid': '" + g.cookie() + "'})\n" +
			">>> r.status_code\n401\n>>> r.request.headers\n{'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer " + g.values[0] + "', 'Cookie': 'sessionid=" + g.values[2] + "'}\n>>> r.text\n'{\"detail\":\"Invalid token.\"}'\n"
	})
	add("go-dump", func(g *gen) string {
		return "2024/05/01 10:00:00 request: GET https://api.example.com/v1/data headers=map[Authorization:[Basic " + g.basic("svc") + "] X-Auth-Token:[" + g.tok("go") + "] Cookie:[sid=" + g.cookie() + "]]\n" +
			"2024/05/01 10:00:00 response: 403 Forbidden map[Content-Type:[application/json]] body={\"message\":\"Forbidden\"}\n"
	})
	add("node-axios", func(g *gen) string {
		return "AxiosError: Request failed with status code 401\n  config: {\n    url: 'https://api.example.com/v1/users',\n    method: 'get',\n    headers: {\n      Accept: 'application/json',\n      Authorization: 'Bearer " + g.jwt(Expired) + "',\n      'x-api-key': '" + g.tok("ax") + "'\n    },\n" +
			"    auth: { username: 'svc', password: '" + g.pw() + "' }\n  },\n  response: { status: 401, statusText: 'Unauthorized', data: { message: 'jwt expired' } }\n"
	})
	add("spring-log", func(g *gen) string {
		return "2024-05-01 10:00:00.000 DEBUG 1 --- [nio-8080-exec-1] o.s.w.f.CommonsRequestLoggingFilter : Before request [POST /api/login, headers=[authorization:\"Bearer " + g.tok("sp") + "\", cookie:\"JSESSIONID=" + g.cookie() + "\"], payload={\"username\":\"admin\",\"password\":\"" + g.pw() + "\"}]\n" +
			"2024-05-01 10:00:00.010 DEBUG 1 --- [nio-8080-exec-1] o.s.s.w.a.ExceptionTranslationFilter : Responding with 403 status code\n"
	})
	add("oauth-token-request", func(g *gen) string {
		return "POST /oauth2/token HTTP/1.1\nHost: login.example.com\nContent-Type: application/x-www-form-urlencoded\n\n" +
			"grant_type=password&username=alice%40example.com&password=" + g.pw() + "&client_id=web-app&client_secret=" + g.tok("cs") + "\n\n" +
			"HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}\n"
	})
	add("json-login", func(g *gen) string {
		return "POST /api/v1/auth/login HTTP/1.1\nHost: app.example.com\nContent-Type: application/json\n\n{\n  \"email\": \"alice@example.com\",\n  \"password\": \"" + g.pw() + "\",\n  \"otp\": \"" + g.tok("otp") + "\"\n}\n\n" +
			"HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"access_token\":\"" + g.jwt(Future) + "\",\"refresh_token\":\"" + g.tok("rt") + "\",\"id_token\":\"" + g.jwt(Future) + "\"}\n"
	})
	add("location-fragment", func(g *gen) string {
		return "HTTP/1.1 302 Found\nLocation: https://app.example.com/callback#access_token=" + g.tok("frag") + "&token_type=Bearer&id_token=" + g.jwt(Future) + "&state=xyz\n\n" +
			"GET /callback?code=" + g.tok("code") + "&state=xyz HTTP/1.1\nHost: app.example.com\n\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("url-userinfo", func(g *gen) string {
		return "$ curl -i 'https://admin:" + g.pw() + "@es.example.com:9200/_cluster/health'\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"security\"\n\n" +
			"[2024-05-01 10:00:00] connecting to amqp://guest:" + g.pw() + "@mq.example.com:5672/ failed: 403 ACCESS_REFUSED\n" +
			"$ curl ':" + g.pw() + "@localhost:9200/'\n"
	})
	add("pem-key", func(g *gen) string {
		return "$ cat client.key\n-----BEGIN PRIVATE KEY-----\n" + g.pem() + "\n-----END PRIVATE KEY-----\n" +
			"$ curl --cert client.crt:" + g.pw() + " --key client.key -i https://mtls.example.com/\nHTTP/1.1 403 Forbidden\n\n" +
			"{\"key\": \"-----BEGIN RSA PRIVATE KEY-----\\n" + strings.ReplaceAll(g.pem(), "\n", "\\n") + "\\n-----END RSA PRIVATE KEY-----\\n\"}\n"
	})
	add("token-shapes-log", func(g *gen) string {
		id, sec := g.aws()
		return "2024-05-01 10:00:00 INFO using GITHUB_TOKEN " + g.github("ghp_") + " for https://api.github.com/repos/acme/app\n" +
			"2024-05-01 10:00:01 INFO fine-grained " + g.githubPAT() + "\n" +
			"2024-05-01 10:00:02 WARN slack notify with " + g.slack() + " failed: 403 invalid_auth\n" +
			"2024-05-01 10:00:03 DEBUG aws creds " + id + " " + sec + "\n" +
			"2024-05-01 10:00:04 DEBUG maps key=" + g.google() + " stripe " + g.stripe() + " npm " + g.npm() + " oauth " + g.github("gho_") + "\n" +
			"2024-05-01 10:00:05 ERROR GET https://api.github.com/user -> 401 Bad credentials\n"
	})
	add("proxy-407", func(g *gen) string {
		return "> CONNECT api.example.com:443 HTTP/1.1\n> Host: api.example.com:443\n> Proxy-Authorization: Basic " + g.basic("corp\\jdoe") + "\n>\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Negotiate\n<\n" +
			"> GET /v1/blobs HTTP/1.1\n> Ocp-Apim-Subscription-Key: " + g.tok("apim") + "\n> X-Amz-Security-Token: " + g.tok("sts") + "\n> PRIVATE-TOKEN: " + g.gitlab() + "\n>\n< HTTP/1.1 403 Forbidden\n<\n"
	})
	add("markdown-ticket", func(g *gen) string {
		return "Our calls fail since Monday:\n\n```http\nGET /api/v2/reports HTTP/1.1\nHost: reports.example.com\nAuthorization: Token " + g.tok("md") + "\nX-Api-Key: " + g.tok("mdk") + "\n```\n\n" +
			"> HTTP/1.1 403 Forbidden\n> Content-Type: application/json\n>\n> {\"detail\": \"Authentication credentials were not provided.\"}\n\nThe session cookie was `sessionid=" + g.cookie() + "`.\n"
	})
	add("powershell", func(g *gen) string {
		return "PS> Invoke-RestMethod -Uri 'https://api.example.com/v1/me' -Headers @{Authorization=\"Bearer " + g.tok("ps") + "\"; 'X-Api-Key'='" + g.tok("psk") + "'}\n" +
			"Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.\n"
	})
	add("digest-and-set-cookie", func(g *gen) string {
		return "GET /dir/index.html HTTP/1.1\nHost: www.example.com\nAuthorization: Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\", response=\"" + g.tok("dg") + "\", cnonce=\"" + g.tok("cn") + "\"\n\n" +
			"HTTP/1.1 401 Unauthorized\nSet-Cookie: __Host-session=" + g.cookie() + "; Path=/; Secure; HttpOnly\nSet-Cookie: remember_me=" + g.cookie() + "; Max-Age=2592000\nWWW-Authenticate: Digest realm=\"http-auth@example.org\", qop=\"auth\", nonce=\"7ypf\"\n\n"
	})
	add("api-key-headers", func(g *gen) string {
		return "GET /v1/resources HTTP/1.1\nHost: api.example.com\nX-Goog-Api-Key: " + g.google() + "\nX-Functions-Key: " + g.tok("fn") +
			"\nX-Shopify-Access-Token: " + g.tok("shp") + "\nDD-API-KEY: " + g.tok("dd") + "\nX-Algolia-API-Key: " + g.tok("alg") +
			"\nx-hasura-admin-secret: " + g.tok("has") + "\nX-Postmark-Server-Token: " + g.tok("pm") + "\nApi-Key: " + g.tok("gen") +
			"\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nForbidden\n"
	})
	add("signed-urls-log", func(g *gen) string {
		return "10.0.0.1 - - [01/May/2024:10:00:00 +0000] \"GET /bucket/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=" + g.tok("sig") + "a1b2c3d4e5f6 HTTP/1.1\" 403 243\n" +
			"10.0.0.1 - - [01/May/2024:10:00:01 +0000] \"GET /login?user=bob&password=" + g.pw() + " HTTP/1.1\" 401 12\n" +
			"10.0.0.1 - - [01/May/2024:10:00:02 +0000] \"GET /blob/x?sv=2022-11-02&sig=" + g.tok("sas") + "Zx9 HTTP/1.1\" 403 0\n" +
			"10.0.0.1 - - [01/May/2024:10:00:03 +0000] \"GET /api?apikey=" + g.tok("qk") + " HTTP/1.1\" 401 0\n"
	})
	add("application-yml", func(g *gen) string {
		return "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: " + g.pw() + "\n  security:\n    oauth2:\n      client:\n        registration:\n          okta:\n            client-id: 0oa1dummy\n            client-secret: " + g.tok("yml") + "\n" +
			"jwt:\n  signing-key: " + g.tok("sk") + "\n\n2024-05-01 10:00:00 WARN Login failed: 401 Unauthorized from https://dev-000.okta.example.com/oauth2/v1/token\n"
	})
	add("dotnet-httpclient", func(g *gen) string {
		return "System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n" +
			"Method: GET, RequestUri: 'https://graph.example.com/v1.0/me', Version: 1.1, Content: <null>, Headers:\n{\n  Authorization: Bearer " + g.jwt(Expired) + "\n  Cookie: .AspNetCore.Cookies=" + g.cookie() + "\n  Ocp-Apim-Subscription-Key: " + g.tok("net") + "\n}\n"
	})
	add("prose-languages", func(g *gen) string {
		return "Le mot de passe est " + g.pw() + " et mon jeton est " + g.tok("fr") + ".\n" +
			"Passwort: " + g.pw() + "\nmein Token lautet " + g.tok("de") + ", Antwort 403 Forbidden\n" +
			"la contraseña: " + g.pw() + "; el token de acceso es " + g.tok("es") + "\n" +
			"我的访问令牌是 " + g.tok("zh") + "，密码：" + g.pw() + "\n" +
			"APIキー: " + g.tok("ja") + " を使うと 403 になります。パスワード=" + g.pw() + "\n" +
			"calling the API with bearer token " + g.tok("en") + " gives 401; the API key '" + g.tok("ek") + "' is not authorized\n"
	})
	add("go-gostring-header", func(g *gen) string {
		return "&http.Request{Method:\"GET\", Header:http.Header{\"Authorization\":[]string{\"Bearer " + g.tok("gs") + "\"}, \"Accept\":[]string{\"*/*\"}}}\nresponse: 401 Unauthorized\n"
	})
	add("php-var-export", func(g *gen) string {
		return "GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.example.com/v1/users` resulted in a `401 Unauthorized` response\n" +
			"Request headers: array (\n  'Authorization' => \n  array (\n    0 => 'Bearer " + g.tok("php") + "',\n  ),\n  'X-Api-Key' => \n  array (\n    0 => '" + g.tok("phk") + "',\n  ),\n)\n"
	})
	add("yaml-header-list", func(g *gen) string {
		return "request:\n  method: GET\n  url: https://api.example.com/v1/a\n  headers:\n    Authorization:\n      - Bearer " + g.tok("yl") + "\n    Accept:\n      - application/json\nresponse:\n  status: 401\n"
	})
	add("encoded-nested-query", func(g *gen) string {
		return "HTTP/1.1 302 Found\nLocation: https://app.example.com/login?next=%2Fcallback%3Faccess_token%3D" + g.tok("enc") + "%26state%3Dabc\n\nGET /login HTTP/1.1\nHost: app.example.com\n\nHTTP/1.1 401 Unauthorized\n\n"
	})
	add("wrapped-terminal", func(g *gen) string {
		return "> GET /v1/a HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer " + g.tok("w1") + "\n" + g.tok("w2") + "\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer error=\"invalid_token\"\n<\n"
	})
	add("markdown-table-columns", func(g *gen) string {
		return "Logins that fail with 403:\n\n| env | user | password | api_key |\n|-----|------|----------|---------|\n| staging | admin | " + g.pw() + " | " + g.tok("mt") + " |\n| prod | root | " + g.pw() + " | " + g.tok("mt") + " |\n\nHTTP/1.1 403 Forbidden\n"
	})
	add("cookie-tables", func(g *gen) string {
		return "Name\tValue\tDomain\tPath\tExpires\nsessionid\t" + g.cookie() + "\t.example.com\t/\tSession\n\n# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tTRUE\t1799999999\tremember_token\t" + g.cookie() + "\n\n$ curl -b cookies.txt -i https://example.com/admin\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("kubectl-v8", func(g *gen) string {
		return "I1205 01:00:00.000000   12345 round_trippers.go:463] GET https://10.0.0.1:6443/api/v1/namespaces/default/pods?limit=500\n" +
			"I1205 01:00:00.000002   12345 round_trippers.go:469] Request Headers:\nI1205 01:00:00.000003   12345 round_trippers.go:473]     Authorization: Bearer " + g.jwt(Future) + "\n" +
			"I1205 01:00:00.000004   12345 round_trippers.go:574] Response Status: 403 Forbidden in 5 milliseconds\n" +
			"I1205 01:00:00.000005   12345 round_trippers.go:466] curl -v -XGET  -H \"Authorization: Bearer " + g.tok("kc") + "\" 'https://10.0.0.1:6443/api'\n"
	})
	add("aws-debug", func(g *gen) string {
		id, sec := g.aws()
		sig := fmt.Sprintf("%064d", g.next())
		sig = "dead" + sig[4:]
		g.keep(sig)
		return "2026-12-05 01:00:00,000 - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=ListBuckets) with params: {'url_path': '/', 'method': 'GET', 'headers': {'User-Agent': 'aws-cli/2.15.0', 'X-Amz-Security-Token': '" + g.tok("sts") + "', 'Authorization': 'AWS4-HMAC-SHA256 Credential=" + id + "/20261205/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + sig + "'}}\n" +
			"$ cat ~/.aws/credentials\n[default]\naws_access_key_id = " + id + "\naws_secret_access_key = " + sec + "\n" +
			"An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: 403\n"
	})
	add("git-trace-curl", func(g *gen) string {
		return "01:00:00.000000 http.c:715              => Send header: GET /org/repo.git/info/refs?service=git-upload-pack HTTP/1.1\n01:00:00.000000 http.c:715              => Send header: Host: git.example.com\n" +
			"01:00:00.000000 http.c:715              => Send header: Authorization: Basic " + g.basic("git") + "\n01:00:00.000000 http.c:715              <= Recv header: HTTP/1.1 403 Forbidden\n"
	})
	add("az-debug", func(g *gen) string {
		return "cli.azure.cli.core.sdk.policies: Request URL: 'https://management.azure.com/subscriptions?api-version=2022-09-01'\ncli.azure.cli.core.sdk.policies: Request headers:\n" +
			"cli.azure.cli.core.sdk.policies:     'Authorization': 'Bearer " + g.jwt(Expired) + "'\ncli.azure.cli.core.sdk.policies: Response status: 401\n"
	})
	add("axios-headers-class", func(g *gen) string {
		return "AxiosError: Request failed with status code 401\n  config: {\n    headers: AxiosHeaders {\n      Accept: 'application/json, text/plain, */*',\n      Authorization: 'Bearer " + g.tok("axh") + "',\n      'X-API-KEY': '" + g.tok("axk") + "'\n    },\n    method: 'get'\n  },\n  response: { status: 401, statusText: 'Unauthorized' }\n"
	})
	add("connection-strings", func(g *gen) string {
		return "DATABASE_URL=postgres://app:" + g.pw() + "@db.example.com:5432/app?sslmode=require\nmongodb+srv://admin:" + g.pw() + "@cluster0.example.mongodb.net/test\n" +
			"url = amqps://worker:" + g.pw() + "@rabbit.example.com:5671/vhost\nREDIS_URL=rediss://default:" + g.pw() + "@redis.example.com:6380/0\n" +
			"jdbc:mysql://db.example.com:3306/app?user=app&password=" + g.pw() + "&useSSL=true\nServer=tcp:sql.example.com,1433;Database=app;User ID=sa;Password=" + g.pw() + ";Encrypt=True;\n" +
			"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + g.tok("azk") + "==;EndpointSuffix=core.windows.net\n" +
			"FATAL:  password authentication failed for user \"app\" (401 from the proxy)\n"
	})
	add("signed-urls", func(g *gen) string {
		return "PUT https://acct.blob.core.windows.net/c/file.txt?sv=2022-11-02&sp=rw&se=2026-12-31T00:00:00Z&sig=" + g.tok("sas") + "%2B%3D\nHTTP/1.1 403 Server failed to authenticate the request.\n\n" +
			"curl -i 'https://bucket.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20261205&X-Amz-Security-Token=" + g.tok("st") + "&X-Amz-Signature=" + g.tok("as") + "'\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("service-account-json", func(g *gen) string {
		key := g.pem()
		return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"proj\",\n  \"private_key_id\": \"0a1b2c3d4e5f60718293a4b5c6d7e8f901234567\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + strings.ReplaceAll(key, "\n", "\\n") + "\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"sa@proj.iam.gserviceaccount.com\"\n}\n\ngoogle.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', 401)\n"
	})
	add("echoed-key-errors", func(g *gen) string {
		k := g.dummy("sk-proj-DUMMY%03dEXAMPLEkeyEXAMPLEkeyEXAMPLEkey0000", 0)
		return "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: " + k + ". You can find your API key at https://platform.example/account/api-keys.', 'code': 'invalid_api_key'}}\n" +
			"HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nInvalid API key: " + g.tok("ik") + "\n"
	})
	add("url-path-tokens", func(g *gen) string {
		return "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.telegram.org/bot1234567890:" + g.dummy("AADUMMY%03dEXAMPLEtelegramBotToken0000", 0) + "/getMe\n" +
			"POST https://discord.com/api/webhooks/112233445566778899/" + g.tok("discord") + " -> 401 Unauthorized\n"
	})
	add("password-commands", func(g *gen) string {
		return "$ docker login -u ci -p " + g.pw() + " registry.example.com\nError response from daemon: Get \"https://registry.example.com/v2/\": unauthorized: incorrect username or password\n" +
			"$ mysql -h db.example.com -u root -p" + g.pw() + " app\nERROR 1045 (28000): Access denied for user 'root'@'10.0.0.2' (using password: YES)\n" +
			"$ sshpass -p " + g.pw() + " ssh deploy@host.example.com\nPermission denied, please try again.\n" +
			"$ cat ~/.pgpass\ndb.example.com:5432:app:appuser:" + g.pw() + "\n"
	})
	add("xml-credentials", func(g *gen) string {
		return "POST /soap HTTP/1.1\nHost: svc.example.com\nContent-Type: text/xml\n\n<soap:Envelope><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>svc</wsse:Username><wsse:Password Type=\"PasswordText\">" + g.pw() + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header></soap:Envelope>\n\n" +
			"HTTP/1.1 401 Unauthorized\nContent-Type: text/xml\n\n<fault><client_secret>" + g.tok("xcs") + "</client_secret><code>InvalidSecurity</code></fault>\n"
	})
	add("putty-key", func(g *gen) string {
		key := g.pem()
		return "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7\nPrivate-Lines: 2\n" + key + "\nPrivate-MAC: 0a1b2c3d4e5f\nServer refused our key\n"
	})
	add("websocket-k8s-bearer", func(g *gen) string {
		return "GET /api/v1/namespaces/default/pods/web/exec?command=sh HTTP/1.1\nHost: k8s.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Protocol: v4.channel.k8s.io, base64url.bearer.authorization.k8s.io." + g.tok("ws") + "\n\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("env-actuator-json", func(g *gen) string {
		return "{\n  \"propertySources\": [\n    {\n      \"name\": \"systemEnvironment\",\n      \"properties\": {\n        \"SPRING_DATASOURCE_PASSWORD\": {\n          \"value\": \"" + g.pw() + "\"\n        },\n" +
			"        \"GITHUB_OAUTH_CLIENT_SECRET\": {\n          \"value\": \"" + g.tok("oauth") + "\"\n        },\n        \"SERVER_PORT\": {\n          \"value\": \"8080\"\n        }\n      }\n    }\n  ]\n}\n"
	})
	add("csv-export", func(g *gen) string {
		return "timestamp,user,token,status\n2026-12-05T01:00:00Z,alice," + g.tok("csv") + ",401\n2026-12-05T01:00:01Z,bob," + g.tok("csv") + ",403\n"
	})
	add("base64-logged", func(g *gen) string {
		hdr := "Authorization: Bearer " + g.tok("b64h")
		g.hide()
		g.keep(base64.StdEncoding.EncodeToString([]byte(hdr)))
		body := `{"username":"alice","password":"` + g.pw() + `"}`
		g.hide()
		enc := base64.StdEncoding.EncodeToString([]byte(body))
		g.keep(enc)
		return "DEBUG request headers (b64): " + g.values[0] + "\nHTTP/1.1 401 Unauthorized\n\n" +
			"{\"httpMethod\": \"POST\", \"path\": \"/login\", \"body\": \"" + enc + "\", \"isBase64Encoded\": true, \"statusCode\": 401}\n"
	})
	add("client-code", func(g *gen) string {
		return "r = requests.get('https://api.example.com/me', auth=('admin', '" + g.pw() + "'))\nauth = HTTPBasicAuth('svc', '" + g.pw() + "')\n" +
			"TOKEN = os.environ.get('API_TOKEN', '" + g.tok("envd") + "')\nxhr.setRequestHeader('Authorization', 'Bearer " + g.tok("xhr") + "');\n" +
			"client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"" + g.tok("cs") + "\");\n" +
			"curl_setopt($ch, CURLOPT_USERPWD, \"admin:" + g.pw() + "\");\n$ htpasswd -b -c /etc/nginx/.htpasswd admin " + g.pw() + "\n" +
			"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"api\"\n\n"
	})
	wider(add)
	third(add)
	probeForms(add)
	add("postman-environment", func(g *gen) string {
		return "{\n  \"name\": \"prod\",\n  \"values\": [\n    {\n      \"key\": \"api_key\",\n      \"value\": \"" + g.tok("pm") + "\",\n      \"enabled\": true\n    },\n    {\n      \"key\": \"base_url\",\n      \"value\": \"https://api.example.com\",\n      \"enabled\": true\n    }\n  ]\n}\n"
	})
	return out
}

// Leaks returns the planted values of c found in out: a value whole,
// URL-encoded, JSON-escaped, in base64 or as hex bytes (S3's
// CanonicalRequestBytes), and for longer ones its first or last three
// quarters (a quote cut at either end). Lines of a multi-line value count one by one.
func Leaks(out string, c Case) []string {
	var found []string
	for _, v := range append(append([]string(nil), c.Values...), c.Derived...) {
		for _, part := range strings.Split(v, "\n") {
			// the value, and the forms an output could carry it in once
			// encoded (a URL's query, base64)
			var probes []string
			js, _ := json.Marshal(part)
			for _, f := range []string{part, url.QueryEscape(part), base64.StdEncoding.EncodeToString([]byte(part)), string(js[1 : len(js)-1]), hexBytes(part)} {
				probes = append(probes, f)
				if len(f) >= 16 {
					probes = append(probes, f[:len(f)*3/4], f[len(f)/4:])
				}
			}
			for _, p := range probes {
				if strings.Contains(out, p) {
					found = append(found, v)
					break
				}
			}
		}
	}
	return found
}
