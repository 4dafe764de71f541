package secret

import (
	"fmt"
	"strings"
	"testing"
)

// Each notation plants one credential (or two); the masked text must hold
// none of them, and the text around them must stay.
func TestNotationsMasked(t *testing.T) {
	for _, c := range []struct {
		name, text string
		secrets    []string
		keep       []string
	}{
		{"French prose", "Le mot de passe est Qx7DummyPassFr et mon jeton est 9fQ2dummyTOKENfr8x7Kp0.\n", []string{"Qx7DummyPassFr", "9fQ2dummyTOKENfr8x7Kp0"}, []string{"Le mot de passe est"}},
		{"German field", "Passwort: Wz4DummyPassDe\nmein Token lautet 7hJ3dummyTOKENde9Qp2Lx, Antwort 403\n", []string{"Wz4DummyPassDe", "7hJ3dummyTOKENde9Qp2Lx"}, []string{"403"}},
		{"Spanish", "la contraseña: Kp9DummyPassEs; el token de acceso es 3mN8dummyTOKENes1Vb6Qw\n", []string{"Kp9DummyPassEs", "3mN8dummyTOKENes1Vb6Qw"}, nil},
		{"Chinese", "我的访问令牌是 5tR7dummyTOKENzh2Lk9Xc，密码：Hy6DummyPassZh\n", []string{"5tR7dummyTOKENzh2Lk9Xc", "Hy6DummyPassZh"}, nil},
		{"Japanese", "APIキー: 8uJ2dummyKEYja4Np7Vz を使うと 403 になります。パスワード=Tg5DummyPassJa\n", []string{"8uJ2dummyKEYja4Np7Vz", "Tg5DummyPassJa"}, []string{"403"}},
		{"English prose", "calling the API with bearer token w2PHdummyTOKEN51YQWCnR then 401\nError: The API key 'MCjv7dummyKEY10MPOGrr2x' is not authorized\n", []string{"w2PHdummyTOKEN51YQWCnR", "MCjv7dummyKEY10MPOGrr2x"}, []string{"401"}},
		{"Go %#v header", `Header:http.Header{"Authorization":[]string{"Bearer Wyyv1dummyTOKEN7AkD3w9Er3"}, "Accept":[]string{"*/*"}}`, []string{"Wyyv1dummyTOKEN7AkD3w9Er3"}, []string{"*/*"}},
		{"PHP var_export", "Request headers: array (\n  'Authorization' => \n  array (\n    0 => 'Bearer BmBTsdummyTOKEN1dZZzyx',\n  ),\n)\n", []string{"BmBTsdummyTOKEN1dZZzyx"}, nil},
		{"YAML list", "headers:\n  Authorization:\n    - Bearer Yl5tdummyTOKEN8sKq2Lm\n  Accept:\n    - application/json\n", []string{"Yl5tdummyTOKEN8sKq2Lm"}, []string{"application/json"}},
		{"encoded query", "Location: https://app.example.com/login?next=%2Fcb%3Faccess_token%3D4k7Ndummy9TOKENbn4bcM%26state%3Dabc\n", []string{"4k7Ndummy9TOKENbn4bcM"}, []string{"state%3Dabc"}},
		{"wrapped value", "> GET /v1/a HTTP/1.1\n> Authorization: Bearer D96oHGdummyTOKENpartOne3Jk\n7GoUu0dummyTOKENpartTwo9Zq\n>\n< HTTP/1.1 401 Unauthorized\n", []string{"D96oHGdummyTOKENpartOne3Jk", "7GoUu0dummyTOKENpartTwo9Zq"}, []string{"401 Unauthorized"}},
		{"Markdown table column", "| env | user | password |\n|-----|------|----------|\n| staging | admin | SSLVdummy7RflMcE |\n| prod | root | 9QkDummyProdPass |\n", []string{"SSLVdummy7RflMcE", "9QkDummyProdPass"}, []string{"staging", "admin"}},
		{"cookie table", "Name\tValue\tDomain\tPath\nsessionid\tJTPBdummySESSION38ckjnX\t.example.com\t/\n", []string{"JTPBdummySESSION38ckjnX"}, []string{"sessionid", ".example.com"}},
		{"Telegram bot URL", "401 Client Error: Unauthorized for url: https://api.telegram.org/bot1234567890:AAdqilwDUMMYtokenXL2BscbFu9Z0example/getMe\n", []string{"AAdqilwDUMMYtokenXL2BscbFu9Z0example"}, []string{"/getMe"}},
		{"Discord webhook", "POST https://discord.com/api/webhooks/112233445566778899/Yi49SbIzDUMMY516fuIKYRSPuwiPSVqx25VKp_h9rP58TVA -> 401\n", []string{"Yi49SbIzDUMMY516fuIKYRSPuwiPSVqx25VKp_h9rP58TVA"}, []string{"112233445566778899"}},
		{".pgpass", "db.example.com:5432:app:appuser:SjTjDummyPgpass2I\n", []string{"SjTjDummyPgpass2I"}, []string{"appuser"}},
		{"docker login -p", "$ docker login -u ci -p S3RfDummyDocker5yDO registry.example.com\n", []string{"S3RfDummyDocker5yDO"}, []string{"registry.example.com"}},
		{"mysql -p", "$ mysql -h db.example.com -u root -pSgv1DummyMysql6J2Ix app\n", []string{"Sgv1DummyMysql6J2Ix"}, []string{"root"}},
		{"docker run -p is a port", "$ docker run -p 8080:80 nginx\n", nil, []string{"8080:80"}},
		{"XML password", "<wsse:Username>svc</wsse:Username><wsse:Password Type=\"PasswordText\">SrS5DummyXml9v</wsse:Password>\n<Error><Code>InvalidClientTokenId</Code></Error>\n", []string{"SrS5DummyXml9v"}, []string{"InvalidClientTokenId", "svc"}},
		{"PuTTY key", "PuTTY-User-Key-File-3: ssh-rsa\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\nPrivate-Lines: 2\nriyIc4LFDUMMYNWRs5VJ2FV6atucF0U5nbSb\nEKSjj+xGDUMMYypQtCB7cLdVjrzO2FUybSbn5U\nPrivate-MAC: 0a1b2c\n", []string{"riyIc4LFDUMMYNWRs5VJ2FV6atucF0U5nbSb", "EKSjj+xGDUMMYypQtCB7cLdVjrzO2FUybSbn5U"}, []string{"AAAAB3NzaC1yc2EAAAADAQABAAABAQ", "0a1b2c"}},
		{"Kubernetes WebSocket bearer", "Sec-WebSocket-Protocol: v4.channel.k8s.io, base64url.bearer.authorization.k8s.io.bXVMR3E3DUMMYN0lnQTV2QjZi\n", []string{"bXVMR3E3DUMMYN0lnQTV2QjZi"}, []string{"v4.channel.k8s.io"}},
		{"value under a credential key", "{\n  \"SPRING_DATASOURCE_PASSWORD\": {\n    \"value\": \"SxswDummyEnv7sp\"\n  },\n  \"server.port\": {\n    \"value\": \"8080\"\n  }\n}\n", []string{"SxswDummyEnv7sp"}, []string{"8080"}},
		{"CSV column", "timestamp,user,token,status\n2026-12-05T01:00:00Z,alice,NovW3RxDUMMYCWi5JmNPbAZ3,401\n2026-12-05T01:00:01Z,bob,54EuPQTrDUMMYlGg61xgze2X,403\n", []string{"NovW3RxDUMMYCWi5JmNPbAZ3", "54EuPQTrDUMMYlGg61xgze2X"}, []string{"alice", "401", "2026-12-05T01:00:01Z"}},
		{"base64 text", "DEBUG request headers (b64): QXV0aG9yaXphdGlvbjogQmVhcmVyIDlmUTJkdW1teVRPS0VOYjY0eDdLcDA=\n{\"body\": \"eyJ1c2VybmFtZSI6ImFsaWNlIiwicGFzc3dvcmQiOiJEdW1teUI2NFBhc3M3In0=\", \"isBase64Encoded\": true}\n", []string{"QXV0aG9yaXphdGlvbjogQmVhcmVyIDlmUTJkdW1teVRPS0VOYjY0eDdLcDA=", "eyJ1c2VybmFtZSI6ImFsaWNlIiwicGFzc3dvcmQiOiJEdW1teUI2NFBhc3M3In0="}, []string{"isBase64Encoded"}},
		{"code setting a header", "xhr.setRequestHeader('Authorization', 'Bearer i2FLdummyTOKEN9XMXowcKFH');\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"Kq8dummyTOKENcsharp2Lm9\");\n", []string{"i2FLdummyTOKEN9XMXowcKFH", "Kq8dummyTOKENcsharp2Lm9"}, []string{"AuthenticationHeaderValue", "setRequestHeader"}},
		{"Basic-auth calls", "r = requests.get(url, auth=('admin', 'SSV2dummyTuple0z5k'))\nauth = HTTPBasicAuth('admin', 'Sh50dummyBasic8hdU')\nreq.basic_auth('admin', 'SI8Bdummy9HxXAFY')\ncurl_setopt($ch, CURLOPT_USERPWD, \"admin:Seypdummy7Sam7s\");\n", []string{"SSV2dummyTuple0z5k", "Sh50dummyBasic8hdU", "SI8Bdummy9HxXAFY", "Seypdummy7Sam7s"}, []string{"HTTPBasicAuth", "admin"}},
		{"environment default", "TOKEN = os.environ.get('API_TOKEN', 'RkQ6dummyDEFAULT5Xx7W5aw')\n", []string{"RkQ6dummyDEFAULT5Xx7W5aw"}, []string{"os.environ.get('API_TOKEN'"}},
		{"Postman environment", "{\"values\": [{\"key\": \"api_key\", \"value\": \"rb9mdummyPOSTMAN3Rvk94f\", \"enabled\": true}, {\"key\": \"base_url\", \"value\": \"https://api.example.com\"}]}\n", []string{"rb9mdummyPOSTMAN3Rvk94f"}, []string{"https://api.example.com"}},
		{"htpasswd -b", "$ htpasswd -b -c /etc/nginx/.htpasswd admin SKE5dummyHtpass9Gd\n", []string{"SKE5dummyHtpass9Gd"}, []string{"/etc/nginx/.htpasswd"}},
		{"cookies.txt", "# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tTRUE\t1799999999\tsession_id\tEZqRdummySESSION9Yok98K\n", []string{"EZqRdummySESSION9Yok98K"}, []string{"1799999999", "session_id"}},
	} {
		checkMasked(t, c.name, c.text, c.secrets, c.keep)
	}
}

// Prose about credentials without one stays as it is: a word, an error
// code, a shortened token, a file, a request id after a non-credential word.
func TestProseWithoutCredential(t *testing.T) {
	for _, text := range []string{
		"the token is invalid for user alice",
		"Token endpoint rejects the app's client secret (invalid_client, AADSTS7000215)",
		`curl -H "Authorization: Bearer eyJhbGciOiJFUzI1NiIs..." https://registry.example.com/v2/`,
		"the password for user Admin123 expired",
		"the API key file is /etc/app/key.pem",
		"Postman-Token: 3f1c0a52-7f1e-4c3b-9d7e-2b8c0a9d1e4f",
		"token expired at 2024-05-01T10:00:00Z",
		"mot de passe oublié",
		"密码错误",
		"| status | request id |\n|---|---|\n| 401 | 4442587FB7D0A2F9 |",
		"Authorization: Bearer abc\n\nHTTP/1.1 401 Unauthorized",
		"ETag: \"MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=\" and x-request-id: ZGVhZGJlZWYtY2FmZS1iYWJlLWZhY2UtMDEyMzQ1Njc4OQ==",
	} {
		for _, s := range Scan(text) {
			if s.Label != "Authorization: Bearer" {
				t.Errorf("%q: %+v", text, s)
			}
		}
	}
}

// What is not a credential stays readable: a cookie that holds a setting,
// MySQL's "(using password: YES)", a GraphQL variable's type, a word under
// a weak name, the "=" of "password = …".
func TestNotCredentials(t *testing.T) {
	for _, c := range []struct{ text, keep string }{
		{"Cookie: theme=dark; lang=en; consent=1; sid=9fQ2dummySESSION8x7Kp0", "theme=dark; lang=en; consent=1"},
		{"ERROR 1045 (28000): Access denied for user 'root'@'10.0.0.2' (using password: YES)", "password: YES"},
		{`{"query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"}`, "$password: String!"},
		{"MongoServerError: bad auth : Authentication failed.", "Authentication failed"},
		{"Status Code: 403; Error Code: AccessDenied; Request ID: 9BD1D7D4E3A1C2B0", "AccessDenied"},
		{"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcDUMMYexampleTOKEN0000000000000000000000000000000000", "password = "},
	} {
		if got := NewMasker(Scan(c.text)).Text(c.text); !strings.Contains(got, c.keep) {
			t.Errorf("%q masked:\n%s", c.keep, got)
		}
	}
	if got := NewMasker(Scan("Cookie: theme=dark; sid=9fQ2dummySESSION8x7Kp0")).Text("Cookie: theme=dark; sid=9fQ2dummySESSION8x7Kp0"); strings.Contains(got, "9fQ2dummy") {
		t.Errorf("the session cookie next to a setting is not masked: %s", got)
	}
}

// checkMasked masks text with what Scan finds in it and fails for each of
// secrets still in the result and each of keep no longer in it.
func checkMasked(t *testing.T, name, text string, secrets, keep []string) {
	t.Helper()
	got := NewMasker(Scan(text)).Text(text)
	for _, v := range secrets {
		if strings.Contains(got, v) {
			t.Errorf("%s: %q not masked:\n%s", name, v, got)
		}
	}
	for _, k := range keep {
		if !strings.Contains(got, k) {
			t.Errorf("%s: %q masked:\n%s", name, k, got)
		}
	}
}

// A Markdown table quoted in a reply ("> " on every row) or copied with a
// code viewer's line numbers ("  5 | " before every row) is still a table:
// the margin is taken off its rows when its header and separator rows have
// the same. A table whose first column is numbers keeps its columns.
func TestTableBehindAMargin(t *testing.T) {
	rows := []string{"Request (from Postman):", "", "Header | Value", "--- | ---",
		"Authorization | Basic ZHVtbXk6ZHVtbXlQYXNzd29yZDQyIQ==", "X-Auth-Token | dummy0LTpujFOfnXXgwLlnGjhjvQOpPRzZ", "Content-Type | application/json", "",
		"Response: `401 Unauthorized`"}
	quoted, numbered := "", ""
	for i, r := range rows {
		if r == "" {
			quoted += ">\n"
		} else {
			quoted += "> " + r + "\n"
		}
		numbered += fmt.Sprintf("%3d | %s\n", i+1, r)
	}
	for name, text := range map[string]string{"quoted": quoted, "numbered": numbered, "twice quoted": strings.ReplaceAll(quoted, "> ", "> > ")} {
		checkMasked(t, name, text, []string{"ZHVtbXk6ZHVtbXlQYXNzd29yZDQyIQ", "dummy0LTpujFOfnXXgwLlnGjhjvQOpPRzZ"}, []string{"Content-Type | application/json", "401 Unauthorized"})
	}
	checkMasked(t, "a column of numbers", "id | user | password\n--- | --- | ---\n1 | alice | dummyPw-7Hq2xL9\n2 | bob | dummyPw-Kq81vZ3\n",
		[]string{"dummyPw-7Hq2xL9", "dummyPw-Kq81vZ3"}, []string{"1 | alice", "2 | bob"})
}
