package secret

import "testing"

// What the second round's notations must not take: identifiers, hashes of
// public content, trace and request ids, ETags, subprotocols without a
// token, attributes and parts that name no credential, URLs without one,
// and prose around the new credential words.
func TestWiderNotationsLeaveTheRestAlone(t *testing.T) {
	noCredentialIn(t,
		`ETag: "33a64df551425fcc55e4d42a148795d9f25f8d80"`,
		`If-None-Match: W/"0815-33a64df551425fcc55e4d42a148795d9"`,
		`X-Request-Id: 7f3c2a1b-9d4e-4c6f-8a2b-1c3d5e7f9a0b`,
		`traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01`,
		`X-Amzn-Trace-Id: Root=1-67891233-abcdef012345678912345678`,
		`x-amz-request-id: 4442587FB7D0A2F9`,
		`x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
		`Digest: sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=`,
		`Content-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==`,
		`X-GitHub-Request-Id: 0C1E:2B2F:1A3B4C:1B2C3D:67891233`,
		`commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904`,
		`e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  app-1.4.2.tar.gz`,
		`Sec-WebSocket-Protocol: graphql-ws, graphql-transport-ws`,
		`Sec-WebSocket-Protocol: v4.channel.k8s.io, v4.binary.k8s.io`,
		`Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=`,
		`<meta name="viewport" content="width=device-width, initial-scale=1">`,
		`<input type="hidden" name="token_type" value="Bearer">`,
		`<input type="hidden" name="code" value="AuthorizationFailed">`,
		`<add key="PackageSourceName" value="https://nuget.example.com/v3/index.json" />`,
		`Content-Disposition: form-data; name="file"; filename="report.pdf"`,
		`GET /search?q=%22hello%20world%22&page=2 HTTP/1.1`,
		`Location: https://app.example.com/cb?next=https%253A%252F%252Fexample.com%252Fhome`,
		`https://o0.ingest.example.io/api/1/store/`,
		`ssh://git@github.com/acme/app.git`,
		`https://deploy@git.example.com/acme/app.git`,
		`Link: <https://api.example.com/items?page=2>; rel="next"`,
		`the password to the server was changed yesterday`,
		`the client was identified by the gateway as a bot`,
		`la chiave è sbagliata`,
		`SKU SK1234 is out of stock`,
		`token.ttl 3600`,
		`jwt.issuer https://id.example.com/`,
		`result: Some("ok")`,
		`X-Content-Type-Options: nosniff`,
	)
}

// Each new notation finds its value, and only it.
func TestWiderNotationsFindTheValue(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`Sec-WebSocket-Protocol: access_token, dummyWStok0123456789`, "dummyWStok0123456789"},
		{`Sec-WebSocket-Protocol: Bearer, dummyWStok0123456789`, "dummyWStok0123456789"},
		{`<SignatureProvided>9f2c1ab04d7e...c0ffee0123456789abcdef0123</SignatureProvided>`, "9f2c1ab04d7e...c0ffee0123456789abcdef0123"},
		{`<SessionToken>FwoGZXIvDUMMYexampleSessionToken01</SessionToken>`, "FwoGZXIvDUMMYexampleSessionToken01"},
		{`X-Hub-Signature-256: sha256=0d1f3c5e7a9b2d4f6a8c0e1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c`, "sha256=0d1f3c5e7a9b2d4f6a8c0e1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c"},
		{`<input type="hidden" name="authenticity_token" value="dUmMyAuthTok3n0123456789">`, "dUmMyAuthTok3n0123456789"},
		{`<add key="ClearTextPassword" value="DummyNuget01pw" />`, "DummyNuget01pw"},
		{`    [password] => DummyPrintR01`, "DummyPrintR01"},
		{`{"event":"{\"body\":\"{\\\"refresh_token\\\":\\\"dummyNested0123456\\\"}\"}"}`, "dummyNested0123456"},
		{`GET /cb?state=%7B%22token%22%3A%22dummyPctTok012345%22%7D HTTP/1.1`, "dummyPctTok012345"},
		{`config = Config { password: Some("DummyRust01pw") }`, "DummyRust01pw"},
		{`Driver={ODBC Driver 18};UID=sa;PWD={Dummy;Odbc01};`, "Dummy;Odbc01"},
		{`jwt.secret dummyPropSecret0123`, "dummyPropSecret0123"},
		{`mail.smtp.pass=DummySmtp01`, "DummySmtp01"},
		{`SENTRY_DSN=https://0f1e2d3c4b5a69788796a5b4c3d2e1f0@o0.ingest.example.io/1`, "0f1e2d3c4b5a69788796a5b4c3d2e1f0"},
		{`$ ldapsearch -x -D cn=admin -w DummyLdap01 '(uid=bob)'`, "DummyLdap01"},
		{`mysql> CREATE USER 'app'@'%' IDENTIFIED BY 'DummySql01pw';`, "DummySql01pw"},
		{`{"device_code":"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"}`, "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"},
	} {
		ss := Scan(tc.line)
		found := false
		for _, s := range ss {
			found = found || s.Value == tc.want
		}
		if !found {
			t.Errorf("%s: want %q among %+v", tc.line, tc.want, ss)
		}
	}
}

// Templates and algorithm names the new notations met in the tune corpus.
func TestWiderNotationsLeaveTemplatesAlone(t *testing.T) {
	noCredentialIn(t,
		`-H 'X-Sentry-Auth: Sentry sentry_version=7, sentry_key={INTEGRATION_KEY}, sentry_secret={INTEGRATION_SECRET}, sentry_client=raven-bash/0.1'`,
		`password={{ .Values.db.password }}`,
		"AWS4-HMAC-SHA256\n20240321T081402Z\n20240321/us-east-1/s3/aws4_request",
	)
}
