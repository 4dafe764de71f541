package planted

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
)

// The third round: what an adversarial new user pastes that the first two
// rounds did not hold: WS-Security binary tokens and decoded SAML, signed
// URLs in prose and Markdown, connection strings of more drivers, more
// tools' credential files, environments as JSON arrays, name/value lists
// and shell assignments of other shells, JWKs and legacy encrypted PEM,
// OAuth codes on custom schemes, more frameworks' cookies and cookie
// reprs, proxy credentials on the command line, GraphQL literals, client
// code that sets credentials in more languages, server-side dumps of the
// request (CGI variables, raw header arrays, span attributes, API Gateway
// logs), protocol transcripts (SMTP, IMAP, FTP, Redis, STOMP), capture
// tools' decoded credentials, quoted and escaped forms, HAR's WebSocket
// messages and HTTP/2 pseudo-headers.

func third(add func(string, func(g *gen) string)) {
	b64 := base64.StdEncoding.EncodeToString

	// SOAP and SAML.
	add("wsse-binary-token", func(g *gen) string {
		tk := g.encOf("DUMMY-kerberos-ap-req-"+g.tok("bst")+"-ticket", b64)
		return "POST /Service.svc HTTP/1.1\nHost: soap.example.com\nContent-Type: application/soap+xml\n\n<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header><o:Security s:mustUnderstand=\"1\" xmlns:o=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">" +
			"<o:BinarySecurityToken ValueType=\"http://docs.oasis-open.org/wss/oasis-wss-kerberos-token-profile-1.1#GSS_Kerberosv5_AP_REQ\" EncodingType=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">" + tk + "</o:BinarySecurityToken>" +
			"<o:UsernameToken><o:Username>svc</o:Username><o:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">" + g.pw() + "</o:Password></o:UsernameToken></o:Security></s:Header></s:Envelope>\n\n" +
			"HTTP/1.1 500 Internal Server Error\nContent-Type: application/soap+xml\n\n<s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>a:InvalidSecurity</s:Value></s:Subcode></s:Code><s:Reason><s:Text>An error occurred when verifying security for the message.</s:Text></s:Reason></s:Fault>\n"
	})
	add("soap-auth-header", func(g *gen) string {
		return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><tns:AuthHeader><tns:ApiKey>" + g.tok("sak") + "</tns:ApiKey><tns:SessionId>" + g.tok("ssid") + "</tns:SessionId></tns:AuthHeader></soapenv:Header><soapenv:Body><tns:Login><tns:user>bob</tns:user><tns:pass>" + g.pw() + "</tns:pass></tns:Login></soapenv:Body></soapenv:Envelope>\n" +
			"HTTP/1.1 401 Unauthorized\n"
	})
	add("saml-decoded-assertion", func(g *gen) string {
		return "Decoded SAMLResponse:\n<samlp:Response ID=\"_8e8dc5f69a98cc4c1ff3427e5ce34606fd672f91e6\" Version=\"2.0\"><saml:Assertion ID=\"_d71a3a8e9fcc45c9e9d248ef7049393fc8f04e5f75\"><ds:Signature><ds:SignedInfo><ds:DigestValue>fVlcVXNxV2RHNGlmbzRhYlFpVmJoWm5DSA==</ds:DigestValue></ds:SignedInfo><ds:SignatureValue>" + g.b64() + "</ds:SignatureValue></ds:Signature>" +
			"<saml:EncryptedAssertion><xenc:EncryptedData><xenc:CipherData><xenc:CipherValue>" + g.b64() + "</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></saml:EncryptedAssertion></saml:Assertion></samlp:Response>\n" +
			"then GET /app -> 403 Forbidden\n"
	})
	add("saml-autopost-form", func(g *gen) string {
		resp := g.encOf("<samlp:Response><saml:Assertion><ds:SignatureValue>"+g.tok("sap")+"</ds:SignatureValue></saml:Assertion></samlp:Response>", b64)
		return "<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"https://sp.example.com/saml/acs\"><input type=\"hidden\" name=\"SAMLResponse\" value=\"" + resp + "\"/><input type=\"hidden\" name=\"RelayState\" value=\"/home\"/></form></body>\n" +
			"GET https://sp.example.com/saml/acs?SAMLart=" + url.QueryEscape(g.b64()) + " -> 403 Forbidden\n"
	})

	// Signed URLs in prose, Markdown and logs.
	add("signed-urls-prose", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		return "Here is the link the backend gave me: [report.pdf](https://dummy-bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + id + "%2F20261205%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T010000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=" + g.hex64() + ") and it answers 403 AccessDenied.\n" +
			"The SAS one <https://dummyacct.blob.core.windows.net/c/a.txt?sp=r&st=2026-12-05T00:00:00Z&se=2026-12-06T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=" + url.QueryEscape(g.b64()) + "> works in the browser but not from curl.\n" +
			"Old-style GCS: `https://storage.googleapis.com/dummy-bucket/a.csv?GoogleAccessId=signer@dummy.iam.gserviceaccount.com&Expires=1733360400&Signature=" + url.QueryEscape(g.b64()) + "` gives 403 too.\n" +
			"And OSS: https://dummy.oss-cn-hangzhou.aliyuncs.com/a.txt?OSSAccessKeyId=" + g.tok("LTAI") + "&Expires=1733360400&Signature=" + url.QueryEscape(g.b64()) + " -> 403\n"
	})
	add("signed-url-json-log", func(g *gen) string {
		b, _ := json.Marshal(map[string]any{"level": "error", "msg": "download failed", "status": 403,
			"url": "https://storage.googleapis.com/dummy-bucket/x.bin?X-Goog-Algorithm=GOOG4-HMAC-SHA256&X-Goog-Credential=" + g.dummy("GOOG1EDUMMY%03dEXAMPLE", 0) + "%2F20261205%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261205T010000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=" + g.hex64()})
		return string(b) + "\n"
	})

	// Connection strings of more drivers.
	add("connection-strings-third", func(g *gen) string {
		return "$ sqlplus system/" + g.pw() + "@//db.example.com:1521/ORCLPDB1\nORA-01017: invalid username/password; logon denied\n" +
			"jdbc:oracle:thin:scott/" + g.pw() + "@db.example.com:1521:ORCL\n" +
			"SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://app:" + g.pw() + "@db.example.com/app'\n" +
			"snowflake://bob:" + g.pw() + "@dummy-acct/db/schema?warehouse=wh\n" +
			"ftp://uploader:" + g.pw() + "@ftp.example.com/incoming/\nsmtps://mailer%40example.com:" + g.pw() + "@smtp.example.com:465\n" +
			"$ psql \"host=db.example.com port=5432 dbname=app user=app password=" + g.pw() + " sslmode=require\"\n" +
			"Data Source=db;Initial Catalog=app;User Id=app;Password=\"" + g.dummy("Dummy%03d;Quoted=pw", 0) + "\";\n" +
			"psql: error: FATAL:  password authentication failed for user \"app\"\n"
	})

	// More tools' credential files.
	add("yarnrc-yml", func(g *gen) string {
		return "# .yarnrc.yml\nnpmRegistryServer: \"https://npm.example.com\"\nnpmAuthToken: \"" + g.tok("yarn") + "\"\nnpmScopes:\n  acme:\n    npmAuthIdent: \"builder:" + g.pw() + "\"\n    npmAlwaysAuth: true\n" +
			"➤ YN0041: │ Invalid authentication (as an anonymous user)\n➤ YN0000: └ Completed in 0s 210ms\nResponse Code: 401 (Unauthorized)\n"
	})
	add("npm-config-set", func(g *gen) string {
		return "$ npm config set \"//npm.pkg.example.com/:_authToken\" \"" + g.tok("ncs") + "\"\n$ yarn config set npmAuthToken " + g.tok("ycs") + "\n$ pnpm config set //registry.example.com/:_password " + g.enc(g.pw()) + "\nnpm ERR! code E401\n"
	})
	add("composer-auth-json", func(g *gen) string {
		return "{\n    \"http-basic\": {\n        \"repo.example.com\": {\n            \"username\": \"bob\",\n            \"password\": \"" + g.pw() + "\"\n        }\n    },\n    \"github-oauth\": {\n        \"github.com\": \"" + g.tok("gho") + "\"\n    },\n    \"gitlab-token\": {\n        \"gitlab.example.com\": \"" + g.tok("glt") + "\"\n    },\n    \"bearer\": {\n        \"packages.example.org\": \"" + g.tok("brr") + "\"\n    }\n}\n" +
			"  [Composer\\Downloader\\TransportException]\n  The \"https://repo.example.com/packages.json\" file could not be downloaded (HTTP/2 401 )\n"
	})
	add("gem-and-gh-hosts", func(g *gen) string {
		return "$ cat ~/.gem/credentials\n---\n:rubygems_api_key: " + g.tok("rubygems_") + "\n:github: Bearer " + g.tok("ghpkg") + "\n" +
			"$ cat ~/.config/gh/hosts.yml\ngithub.example.com:\n    user: octocat\n    oauth_token: " + g.tok("ght") + "\n    git_protocol: https\n" +
			"HTTP 401: Bad credentials (https://github.example.com/api/v3/user)\n"
	})
	add("tool-ini-files", func(g *gen) string {
		return "$ cat ~/.s3cfg\n[default]\naccess_key = " + g.tok("s3a") + "\nsecret_key = " + g.tok("s3s") + "\naccess_token = \n" +
			"$ cat ~/.config/rclone/rclone.conf\n[remote]\ntype = s3\nsecret_access_key = " + g.tok("rcs") + "\n[sftp]\ntype = sftp\npass = " + g.tok("rcp") + "\n" +
			"$ cat ~/.boto\n[Credentials]\ngs_oauth2_refresh_token = " + g.tok("gsr") + "\n" +
			"ERROR: S3 error: 403 (SignatureDoesNotMatch)\n"
	})
	add("gradle-properties", func(g *gen) string {
		return "# ~/.gradle/gradle.properties\nartifactoryUser=ci\nartifactoryPassword=" + g.pw() + "\nossrhPassword=" + g.pw() + "\nsigning.password=" + g.pw() + "\nsystemProp.https.proxyPassword=" + g.pw() + "\n" +
			"> Could not GET 'https://artifactory.example.com/libs/com/acme/app/1.0/app-1.0.pom'. Received status code 401 from server: Unauthorized\n"
	})
	add("terraformrc-hcl", func(g *gen) string {
		return "# ~/.terraformrc\ncredentials \"app.terraform.example.com\" {\n  token = \"" + g.tok("tfc") + "\"\n}\nprovider \"github\" {\n  token = \"" + g.tok("tfg") + "\"\n}\n\n│ Error: Failed to request discovery document: 401 Unauthorized\n"
	})
	add("git-extraheader", func(g *gen) string {
		return "$ git config --list --show-origin | grep extraheader\nfile:.git/config\thttp.https://github.com/.extraheader=AUTHORIZATION: basic " + g.basic("x-access-token") + "\n" +
			"$ git -c http.extraHeader=\"Authorization: Bearer " + g.tok("gxh") + "\" clone https://git.example.com/acme/app.git\nfatal: unable to access 'https://git.example.com/acme/app.git/': The requested URL returned error: 403\n"
	})
	add("dockercfg-legacy", func(g *gen) string {
		return "$ cat ~/.dockercfg\n{\"registry.example.com\":{\"auth\":\"" + g.basic("legacy") + "\",\"email\":\"ci@example.com\"}}\n" +
			"$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n{\"auths\":{\"registry.example.com\":{\"username\":\"ci\",\"password\":\"" + g.pw() + "\",\"auth\":\"" + g.basic("ci") + "\"}}}\n" +
			"Failed to pull image \"registry.example.com/acme/app:1.0\": 401 Unauthorized\n"
	})
	add("wp-config-and-code-constants", func(g *gen) string {
		return "define( 'DB_PASSWORD', '" + g.pw() + "' );\ndefine('AUTH_KEY', '" + g.tok("wpk") + "');\n$api_secret = '" + g.tok("phs") + "';\n" +
			"SECRET_KEY = '" + g.tok("djk") + "'\nconst API_TOKEN = \"" + g.tok("jsc") + "\";\nprivate static final String CLIENT_SECRET = \"" + g.tok("jcs") + "\";\n" +
			"private const string ApiKey = \"" + g.tok("csk") + "\";\nconfig.access_token = '" + g.tok("rbc") + "'\n" +
			"HTTP/1.1 401 Unauthorized\n"
	})

	// Environments.
	add("docker-inspect-env", func(g *gen) string {
		return "$ docker inspect app --format '{{json .Config.Env}}'\n[\"PATH=/usr/local/sbin:/usr/local/bin\",\"DB_PASSWORD=" + g.pw() + "\",\"API_TOKEN=" + g.tok("die") + "\",\"LANG=C.UTF-8\"]\n" +
			"$ docker inspect app\n[\n    {\n        \"Config\": {\n            \"Env\": [\n                \"STRIPE_SECRET=" + g.tok("dis") + "\",\n                \"NODE_ENV=production\"\n            ]\n        }\n    }\n]\n" +
			"app  | Error: 401 Unauthorized\n"
	})
	add("name-value-env-lists", func(g *gen) string {
		return "spec:\n  containers:\n  - name: app\n    env:\n    - name: API_TOKEN\n      value: \"" + g.tok("k8e") + "\"\n    - name: DB_PASSWORD\n      value: " + g.pw() + "\n    - name: LOG_LEVEL\n      value: debug\n" +
			"{\"family\":\"app\",\"containerDefinitions\":[{\"name\":\"app\",\"environment\":[{\"name\":\"CLIENT_SECRET\",\"value\":\"" + g.tok("ecs") + "\"},{\"name\":\"REGION\",\"value\":\"us-east-1\"}]}]}\n" +
			"[{\"ParameterKey\":\"DbPassword\",\"ParameterValue\":\"" + g.pw() + "\"}]\n" +
			"upstream returned 403 Forbidden\n"
	})
	add("shell-assignments", func(g *gen) string {
		return "C:\\> set API_KEY=" + g.tok("cmd") + "\nC:\\> setx GITHUB_TOKEN " + g.tok("setx") + "\nPS> $env:ACCESS_TOKEN = \"" + g.tok("pse") + "\"\n> set -gx NPM_TOKEN " + g.tok("fish") + "\n" +
			"ENV SERVICE_PASSWORD " + g.pw() + "\nARG NPM_AUTH_TOKEN=" + g.tok("arg") + "\nEnvironment=\"API_SECRET=" + g.tok("sysd") + "\"\n" +
			"curl : The remote server returned an error: (401) Unauthorized.\n"
	})
	add("java-map-tostring", func(g *gen) string {
		return "2026-12-05 01:00:00 INFO  env: {PATH=/usr/bin, DB_PASSWORD=" + g.pw() + ", API_TOKEN=" + g.tok("jmt") + ", HOME=/root}\n" +
			"2026-12-05 01:00:01 ERROR Method request headers: {Authorization=Bearer " + g.tok("apigw") + ", X-Api-Key=" + g.tok("apik") + ", Host=abc.execute-api.us-east-1.amazonaws.com}\n" +
			"2026-12-05 01:00:01 ERROR Method completed with status: 403\n"
	})
	add("ansible-and-jvm-props", func(g *gen) string {
		return "[web]\nweb1.example.com ansible_user=deploy ansible_password=" + g.pw() + " ansible_become_pass=" + g.pw() + "\n" +
			"$ java -Djavax.net.ssl.keyStorePassword=" + g.pw() + " -Dspring.datasource.password=" + g.pw() + " -jar app.jar\n" +
			"fatal: [web1.example.com]: UNREACHABLE! => {\"msg\": \"Invalid/incorrect password: Permission denied, please try again.\"}\n"
	})

	// Keys.
	add("jwk-private", func(g *gen) string {
		return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"dummy-1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\"," +
			"\"d\":\"" + g.tok("jwkd") + "X9jS5-Gg\",\"p\":\"" + g.tok("jwkp") + "\",\"q\":\"" + g.tok("jwkq") + "\",\"dp\":\"" + g.tok("jwkdp") + "\",\"dq\":\"" + g.tok("jwkdq") + "\",\"qi\":\"" + g.tok("jwkqi") + "\"}," +
			"{\"kty\":\"oct\",\"kid\":\"hmac\",\"k\":\"" + g.tok("jwkk") + "\"}]}\n" +
			"invalid_client: 401 Unauthorized\n"
	})
	add("pem-legacy-encrypted-and-pgp", func(g *gen) string {
		return "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9\n\n" + g.pem() + "\n-----END RSA PRIVATE KEY-----\n" +
			"-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n" + g.pem() + "\n=DUMY\n-----END PGP PRIVATE KEY BLOCK-----\n" +
			"> Authorization: Signature keyId=\"deploy\" -> 401\n"
	})

	// OAuth on custom schemes, Referer and OAuth 1.
	add("oauth-custom-scheme", func(g *gen) string {
		return "D/AppAuth: Redirect received: com.example.app:/oauth2redirect?code=" + g.tok("csc") + "&state=abc123\n" +
			"Navigated to myapp://auth/callback#access_token=" + g.tok("mya") + "&token_type=bearer&expires_in=3600\n" +
			"Referer: https://app.example.com/callback?code=" + g.tok("ref") + "&state=xyz\n" +
			"GET /oauth/callback?oauth_token=" + g.tok("o1t") + "&oauth_verifier=" + g.tok("o1v") + " HTTP/1.1\n" +
			"POST /token code_verifier=" + g.tok("pkce") + "&grant_type=authorization_code\n" +
			"GET /cas/login?service=https%3A%2F%2Fapp.example.com%2F&ticket=ST-" + g.dummy("12345-DUMMY%03dEXAMPLEcasTicket-cas01", 0) + "\n" +
			"HTTP/1.1 401 Unauthorized\n"
	})

	// Cookies of more frameworks and their reprs.
	add("cookies-frameworks", func(g *gen) string {
		return "HTTP/1.1 302 Found\nSet-Cookie: express:sess=" + g.encOf(`{"passport":{"user":"`+g.tok("exs")+`"}}`, b64) + "; path=/; httponly\nSet-Cookie: express:sess.sig=" + g.tok("exsig") + "; path=/; httponly\n" +
			"Set-Cookie: .ASPXAUTH=" + g.hexN(96) + "; path=/; HttpOnly\nSet-Cookie: ASP.NET_SessionId=" + g.dummy("dummy%03dexamplesessid0", 0) + "; path=/; HttpOnly\n" +
			"Set-Cookie: wordpress_logged_in_5f4dcc3b5aa765d61d8327deb882cf99=admin%7C1733360400%7C" + g.tok("wp") + "%7C" + g.hex64() + "; path=/\n" +
			"Set-Cookie: __Secure-next-auth.session-token=" + g.tok("nas") + "; Path=/; HttpOnly; Secure; SameSite=Lax\n" +
			"Set-Cookie: SSESS4a9b8c7d6e5f40312=" + g.tok("drupal") + "; path=/\nSet-Cookie: session=\"" + g.tok("quoted") + "\"; Path=/\n" +
			"Set-Cookie: AWSELBAuthSessionCookie-0=" + g.tok("albc") + "; path=/; secure\n\nGET /wp-admin/ -> 403 Forbidden\n"
	})
	add("cookie-reprs", func(g *gen) string {
		return ">>> s.cookies\n<RequestsCookieJar[<Cookie sessionid=" + g.cookie() + " for .example.com/>, <Cookie csrftoken=" + g.tok("rcj") + " for .example.com/>]>\n" +
			"> document.cookie\n'_ga=GA1.1.1; sid=" + g.cookie() + "; theme=dark'\n" +
			"Cookie[name=JSESSIONID,value=" + g.cookie() + ",domain=app.example.com,path=/]\n" +
			"{\"name\":\"auth_token\",\"value\":\"" + g.tok("pwc") + "\",\"domain\":\".example.com\",\"path\":\"/\",\"httpOnly\":true}\n" +
			"HTTP/1.1 403 Forbidden\n"
	})

	// Proxy credentials.
	add("proxy-credentials", func(g *gen) string {
		return "$ curl -v -x http://proxy.example.com:3128 -U bob:" + g.pw() + " https://api.example.com/\n$ curl --proxy-user 'alice:" + g.pw() + "' https://api.example.com/\n" +
			"$ export HTTPS_PROXY=http://svc:" + g.pw() + "@proxy.example.com:8080\n" +
			"> CONNECT api.example.com:443 HTTP/1.1\n> Proxy-Authorization: Negotiate " + g.encOf("`\x82DUMMY-spnego-"+g.tok("spn")+"-token", b64) + "\n>\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm=\"proxy\"\n"
	})

	// GraphQL literals.
	add("graphql-literals", func(g *gen) string {
		q := "mutation { login(email: \"bob@example.com\", password: \"" + g.pw() + "\") { token } }"
		b, _ := json.Marshal(map[string]any{"query": "mutation { createSession(apiKey: \"" + g.tok("gqk") + "\", secret: \"" + g.tok("gqs") + "\") { id } }"})
		return "POST /graphql HTTP/1.1\nHost: api.example.com\nContent-Type: application/graphql\n\n" + q + "\n\nHTTP/1.1 200 OK\n\n{\"errors\":[{\"message\":\"Not authorised!\",\"extensions\":{\"code\":\"FORBIDDEN\"}}]}\n\n" + string(b) + "\n"
	})

	// Client code in more languages.
	add("client-code-more", func(g *gen) string {
		return "req.Header.Set(\"Authorization\", \"Bearer " + g.tok("goh") + "\")\nreq.SetBasicAuth(\"bob\", \"" + g.pw() + "\")\n" +
			"conn.setRequestProperty(\"X-Api-Key\", \"" + g.tok("jup") + "\");\n.addHeader(\"Authorization\", \"Token " + g.tok("okh") + "\")\n" +
			"given().auth().preemptive().basic(\"admin\", \"" + g.pw() + "\")\nheaders.setBearerAuth(\"" + g.tok("spb") + "\");\n" +
			"req['Authorization'] = \"Bearer " + g.tok("rbh") + "\"\nreq.basic_auth 'bob', '" + g.pw() + "'\n" +
			"request.Headers.Add(\"X-Api-Key\", \"" + g.tok("csh") + "\");\nvar cred = new NetworkCredential(\"bob\", \"" + g.pw() + "\");\n" +
			"headers.append('Authorization', `Bearer " + g.tok("tpl") + "`);\nrequest.setValue(\"Bearer " + g.tok("swf") + "\", forHTTPHeaderField: \"Authorization\")\n" +
			"URLCredential(user: \"bob\", password: \"" + g.pw() + "\", persistence: .forSession)\n.bearer_auth(\"" + g.tok("rsb") + "\")\n" +
			"auth = httpx.BasicAuth(\"bob\", \"" + g.pw() + "\")\n'auth' => ['bob', '" + g.pw() + "'],\n" +
			"HTTP 401 Unauthorized\n"
	})

	// What the server printed of the request.
	add("cgi-variables", func(g *gen) string {
		return "Request information\nMETA:\nHTTP_AUTHORIZATION = 'Bearer " + g.tok("dj") + "'\nHTTP_COOKIE = 'sessionid=" + g.cookie() + "; csrftoken=" + g.tok("djc") + "'\nHTTP_X_API_KEY = '" + g.tok("djk") + "'\nREMOTE_ADDR = '10.0.0.1'\n" +
			"Array\n(\n    [HTTP_AUTHORIZATION] => Basic " + g.basic("php") + "\n    [PHP_AUTH_USER] => bob\n    [PHP_AUTH_PW] => " + g.pw() + "\n)\n" +
			"{'REQUEST_METHOD': 'GET', 'HTTP_AUTHORIZATION': 'Token " + g.tok("wsgi") + "', 'HTTP_X_AUTH_TOKEN': '" + g.tok("wsgx") + "'}\n" +
			"PermissionDenied at /api/ (403)\n"
	})
	add("raw-header-arrays", func(g *gen) string {
		b, _ := json.Marshal(map[string]any{"request": map[string]any{"url": "https://api.example.com/v1", "headers": [][]string{{"Authorization", "Bearer " + g.tok("sen")}, {"Cookie", "session=" + g.cookie()}, {"Accept", "*/*"}}}, "level": "error", "message": "403 Forbidden"})
		return "rawHeaders: [\n    'Host',\n    'api.example.com',\n    'Authorization',\n    'Bearer " + g.tok("raw") + "',\n    'X-Api-Key',\n    '" + g.tok("rawk") + "'\n  ],\n  statusCode: 401\n" + string(b) + "\n"
	})
	add("otel-span-attributes", func(g *gen) string {
		return "Span #0\n    Trace ID       : 4bf92f3577b34da6a3ce929d0e0e4736\n    Name           : GET /v1/items\nAttributes:\n     -> http.request.header.authorization: Slice([\"Bearer " + g.tok("otel") + "\"])\n     -> http.request.header.x-api-key: Slice([\"" + g.tok("otk") + "\"])\n     -> http.response.status_code: Int(401)\n" +
			"{\"attributes\":{\"http.request.header.cookie\":[\"sid=" + g.cookie() + "\"],\"http.status_code\":403}}\n"
	})
	add("access-log-headers", func(g *gen) string {
		return "10.0.0.1 - - [05/Dec/2026:01:00:00 +0000] \"GET /api HTTP/1.1\" 401 12 \"-\" \"curl/8.5.0\" \"Bearer " + g.tok("ngx") + "\"\n" +
			"{\"time\":\"2026-12-05T01:00:00Z\",\"status\":403,\"http_authorization\":\"Basic " + g.basic("ngx") + "\",\"http_x_api_key\":\"" + g.tok("ngk") + "\"}\n" +
			"[2026-12-05T01:00:00.000Z] \"GET /v1 HTTP/1.1\" 403 - 0 0 1 - \"10.0.0.1\" \"curl/8.5.0\" \"req-1\" \"api.example.com\" authorization=\"Bearer " + g.tok("envoy") + "\"\n"
	})

	// Protocol transcripts and capture tools.
	add("mail-transcripts", func(g *gen) string {
		plain := g.encOf("\x00bob@example.com\x00"+g.pw(), b64)
		return "S: 220 smtp.example.com ESMTP\nC: EHLO client\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN " + plain + "\nS: 535 5.7.8 Authentication credentials invalid\n" +
			"C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: Ym9iQGV4YW1wbGUuY29t\nS: 334 UGFzc3dvcmQ6\nC: " + g.enc(g.pw()) + "\nS: 535 5.7.8 Error: authentication failed\n" +
			"a001 LOGIN bob@example.com " + g.pw() + "\na001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\n" +
			"USER bob\n331 Password required\nPASS " + g.pw() + "\n530 Login incorrect.\n"
	})
	add("redis-stomp-transcripts", func(g *gen) string {
		return "127.0.0.1:6379> AUTH default " + g.pw() + "\n(error) WRONGPASS invalid username-password pair or user is disabled.\n" +
			">>> CONNECT\naccept-version:1.2\nhost:broker.example.com\nlogin:bob\npasscode:" + g.pw() + "\n\n<<< ERROR\nmessage:Access refused for user 'bob'\n" +
			"/msg NickServ IDENTIFY " + g.pw() + "\n"
	})
	add("capture-decoded", func(g *gen) string {
		return "Hypertext Transfer Protocol\n    GET /admin HTTP/1.1\\r\\n\n    Authorization: Basic " + g.basic("bob") + "\\r\\n\n        Credentials: bob:" + g.pw() + "\n    \\r\\n\n" +
			"Authorization Header is present: Basic " + g.basic("alice") + "\nDecoded Username:Password= alice:" + g.pw() + "\n" +
			"HTTP/1.1 401 Unauthorized\\r\\n\n"
	})
	add("cli-options-third", func(g *gen) string {
		return "$ openssl pkcs12 -export -in c.crt -inkey c.key -out c.p12 -passout pass:" + g.pw() + "\n$ openssl rsa -in enc.key -passin pass:" + g.pw() + "\n" +
			"$ keytool -importkeystore -srckeystore c.p12 -storepass " + g.pw() + " -keypass " + g.pw() + "\n" +
			"$ sqlcmd -S sql.example.com -U sa -P " + g.pw() + " -Q \"select 1\"\n$ smbclient //fs/share -U 'bob%" + g.pw() + "'\n$ xfreerdp /v:rdp.example.com /u:bob /p:" + g.pw() + "\n" +
			"$ az login --service-principal -u 00000000-0000-0000-0000-000000000000 -p " + g.tok("azp") + " --tenant example.onmicrosoft.com\n" +
			"$ kubectl config set-credentials dev --token=" + g.tok("kct") + "\n$ mosquitto_pub -h mq -u bob -P " + g.pw() + " -t t -m hi\n" +
			"$ aws configure set aws_secret_access_key " + g.tok("acs") + "\n$ curl -H \"X-Api-Key:" + g.tok("nsp") + "\" https://api.example.com/\n" +
			"Login failed for user 'sa'. (401)\n"
	})

	// Quoted, escaped and wrapped.
	add("markdown-quoted-wrapped", func(g *gen) string {
		t := g.tok("mq1") + "QzQzQzQz"
		g.values[len(g.values)-1] = t[:12] // the terminal's wrap and the quote split it
		g.keep(t[12:])
		return "> > I sent\n> > ```\n> > Authorization: Bearer " + t[:12] + "\n> > " + t[12:] + "\n> > ```\n> > and got 401 Unauthorized.\n> That header looks wrong.\n" +
			"```http\nGET /v1/me HTTP/1.1\nX-Api-Key: " + g.tok("fence") + "\n```\n"
	})
	add("escaped-forms", func(g *gen) string {
		pw := g.pw()
		tok := g.tok("php") + "/xyz"
		return "{\\u0022username\\u0022:\\u0022bob\\u0022,\\u0022password\\u0022:\\u0022" + pw + "\\u0022}\n" +
			"<div data-config=\"{&quot;apiKey&quot;:&quot;" + g.tok("ent") + "&quot;,&quot;env&quot;:&quot;prod&quot;}\"></div>\n" +
			"{\"token\":\"" + strings.ReplaceAll(tok, "/", "\\/") + "\",\"status\":401}\n" +
			"GET /proxy?headers=Authorization%3A%20Bearer%20" + g.tok("pct") + " HTTP/1.1\n" +
			"GET /cb?Authorization=Bearer+" + g.tok("plus") + " HTTP/1.1\nHTTP/1.1 401 Unauthorized\n"
	})
	add("laravel-sanctum-bearer", func(g *gen) string {
		return "GET /api/user HTTP/1.1\nHost: app.example.com\nAuthorization: Bearer " + g.dummy("3|DUMMY%03dEXAMPLEsanctumTOKEN0000000000", 0) + "\nAccept: application/json\n\nHTTP/1.1 401 Unauthorized\n\n{\"message\":\"Unauthenticated.\"}\n"
	})
	add("misnamed-auth-headers", func(g *gen) string {
		return "GET /v1 HTTP/1.1\nHost: api.example.com\nAuthentication: Bearer " + g.tok("authn") + "\nX-Authorization: " + g.tok("xauthz") + "\nX-Forwarded-Access-Token: " + g.tok("fwat") + "\nX-Auth-Request-Access-Token: " + g.tok("arat") +
			"\nX-Access-Token: " + g.tok("xat") + "\nX-Session-Token: " + g.tok("xst") + "\nX-Refresh-Token: " + g.tok("xrt") + "\nX-Client-Secret: " + g.tok("xcs") + "\nX-Secret-Key: " + g.tok("xsk") + "\nX-Parse-Master-Key: " + g.tok("pmk") +
			"\nAuthorization: Basic bob:" + g.pw() + "\nAuthorization: bearer " + g.tok("lower") + "\n\nHTTP/1.1 401 Unauthorized\n\n"
	})
	add("login-unlisted-client", func(g *gen) string {
		return "[N] ❯ nerdctl login registry.example.com -u ci -p " + g.pw() + " --debug\nFATA[0000] failed to fetch oauth token: unexpected status: 401 Unauthorized\n" +
			"$ buildah login --username robot --password " + g.pw() + " quay.example.org\nError: authenticating creds for \"quay.example.org\": unauthorized\n"
	})
	add("query-param-names-third", func(g *gen) string {
		return "GET /api/v4/projects?private_token=" + g.tok("gpt") + " HTTP/1.1\nGET /files?access_key=" + g.tok("ak") + "&secret=" + g.tok("sq") + " HTTP/1.1\nGET /api?apiKey=" + g.tok("camel") + "&auth_token=" + g.tok("aut") + " HTTP/1.1\n" +
			"GET /auth/verify?token_hash=" + g.tok("th") + "&type=magiclink HTTP/1.1\nGET /dl?jwt_token=" + g.tok("jtq") + "&session_id=" + g.tok("sidq") + " HTTP/1.1\nHTTP/1.1 403 Forbidden\n"
	})

	// HAR: WebSocket messages and HTTP/2 pseudo-headers.
	add("har-websocket-pseudo", func(g *gen) string {
		init, _ := json.Marshal(map[string]any{"type": "connection_init", "payload": map[string]string{"authToken": g.tok("wsm"), "Authorization": "Bearer " + g.tok("wsa")}})
		h := map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "WebInspector", "version": "537.36"},
			"entries": []any{map[string]any{"startedDateTime": "2026-12-05T01:00:00.000Z", "time": 5,
				"request": map[string]any{"method": "GET", "url": "wss://rt.example.com/graphql", "httpVersion": "HTTP/1.1",
					"headers": []map[string]string{{"name": ":path", "value": "/graphql?access_token=" + g.tok("pp")}, {"name": "Upgrade", "value": "websocket"}}, "cookies": []map[string]any{{"name": ".AspNetCore.Identity.Application", "value": g.tok("aspid"), "httpOnly": true}}, "queryString": []any{}, "headersSize": -1, "bodySize": 0},
				"response":           map[string]any{"status": 101, "statusText": "Switching Protocols", "httpVersion": "HTTP/1.1", "headers": []any{}, "cookies": []any{}, "content": map[string]any{"size": 0, "mimeType": "x-unknown"}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
				"_webSocketMessages": []map[string]any{{"type": "send", "time": 1733360400.1, "opcode": 1, "data": string(init)}, {"type": "receive", "time": 1733360400.2, "opcode": 1, "data": "{\"type\":\"connection_error\",\"payload\":{\"message\":\"401 Unauthorized\"}}"}},
				"cache":              map[string]any{}, "timings": map[string]any{"send": 0, "wait": 5, "receive": 0}}}}}
		b, _ := json.MarshalIndent(h, "", "  ")
		return string(b) + "\n"
	})

	// A client's command written as a whole line in one inline code span
	// (read as the request's credentials), and a client's constructor
	// given its credentials by name.
	add("code-span-client-commands", func(g *gen) string {
		return "This is what I run:\n\n`uv publish --publish-url https://pkgs.example.com/acme/pip/ --token " + g.tok("uvp") + " dist/app-1.0.tar.gz`\n\n" +
			"`twine upload --repository-url https://repo.example.com/pypi/ --username ci --password " + g.pw() + " dist/*`\n\n" +
			"`vendorctl sync --client-secret " + g.tok("vcs") + " https://sync.example.com/v1/jobs`\n\n" +
			"```\nDEBUG Response code for https://pkgs.example.com/acme/pip/: 401 Unauthorized\nerror: Upload failed with status code 401 Unauthorized\n```\n\n" +
			"box = RouterConnection(address=host, password=\"" + g.pw() + "\", user='admin')\napi = ShopClient(api_key=\"" + g.tok("shk") + "\", region='eu')\n" +
			"HTTPError: 403 Client Error: Forbidden for url: https://api.example.com/v2/orders\n"
	})

	// A client's options object written over several lines, the call that
	// sets authentication opened on the line before its members.
	add("multiline-auth-call", func(g *gen) string {
		return "```js\nconst gh = new Hub();\ngh.authenticate({\n  kind: 'pat',\n  token: '" + g.tok("ghm") + "'\n});\n```\n\n" +
			"```python\nshop = ShopClient(\n    region=\"eu\",\n    api_key=\"" + g.tok("shm") + "\",\n    password=\"" + g.pw() + "\",\n)\n```\n\n" +
			"shopsdk.errors.HTTPError: 403 Forbidden for url: https://api.shop.example.net/v2/orders\n"
	})

	// The Databricks SDKs' debug log, each header field marked "* " after
	// its direction.
	add("sdk-debug-star-fields", func(g *gen) string {
		return "GET /api/2.0/clusters/list\n> * Host: \n> * Authorization: Bearer " + g.tok("dapi") + "\n> * Cookie: session=" + g.cookie() + "\n> * X-Api-Key: " + g.tok("sxk") +
			"\n< HTTP/2.0 403 Forbidden\n< * Content-Type: application/json\n< {\n<   \"message\": \"Invalid access token.\"\n< }\n"
	})
}
