package planted

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
)

// The second round: notations the first set did not hold, as real pastes
// carry them (signed URLs of the clouds, HAR form data, multipart bodies,
// JSON inside JSON strings, package managers' and tools' configuration
// files, connection strings, keys, webhooks, the API-key and signature
// headers of common products in nine client notations, object dumps,
// values encoded twice, credentials in responses and in prose).

// hex64 is a 64-digit lower-case hex value (a SigV4 or HMAC-SHA256
// signature), kept.
func (g *gen) hex64() string {
	return g.hexN(64)
}

// hexN is n lower-case hex digits, kept.
func (g *gen) hexN(n int) string {
	k := g.next()
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		h := sha256.Sum256([]byte(fmt.Sprintf("DUMMY-hex-%03d-%d", k, i)))
		b.WriteString(hex.EncodeToString(h[:]))
	}
	v := b.String()[:n]
	g.keep(v)
	return v
}

// b64 is a base64 value with + / and padding (an HMAC or SAS signature), kept.
func (g *gen) b64() string {
	n := g.next()
	v := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("DUMMY-hmac-%03d-\xfb\xff\xfe-signature!", n)))
	g.keep(v)
	return v
}

// encOf writes the last value kept in base64 (derived), the base64 kept.
func (g *gen) encOf(raw string, enc func([]byte) string) string {
	g.hide()
	e := enc([]byte(raw))
	g.keep(e)
	return e
}

// headerCarrier writes one request header in a client's notation, with a
// 401 or 403 answer.
type headerCarrier struct {
	name  string
	write func(name, value string) string
}

var headerCarriers = []headerCarrier{
	{"raw", func(n, v string) string {
		return "GET /v1/things HTTP/1.1\nHost: api.example.com\n" + n + ": " + v + "\nAccept: application/json\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\":\"Unauthorized\"}\n"
	}},
	{"curl-v", func(n, v string) string {
		return "*   Trying 203.0.113.7:443...\n* Connected to api.example.com (203.0.113.7) port 443\n> GET /v1/things HTTP/2\n> Host: api.example.com\n> user-agent: curl/8.5.0\n> " +
			strings.ToLower(n) + ": " + v + "\n>\n< HTTP/2 403\n< content-type: application/json\n<\n{\"error\":\"forbidden\"}\n"
	}},
	{"har", func(n, v string) string {
		h := map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "WebInspector", "version": "537.36"},
			"entries": []any{map[string]any{"startedDateTime": "2026-12-05T01:00:00.000Z", "time": 20,
				"request": map[string]any{"method": "GET", "url": "https://api.example.com/v1/things", "httpVersion": "HTTP/1.1",
					"headers": []map[string]string{{"name": "Accept", "value": "*/*"}, {"name": n, "value": v}}, "cookies": []any{}, "queryString": []any{}, "headersSize": -1, "bodySize": 0},
				"response": map[string]any{"status": 401, "statusText": "Unauthorized", "httpVersion": "HTTP/1.1", "headers": []map[string]string{{"name": "Content-Type", "value": "application/json"}},
					"cookies": []any{}, "content": map[string]any{"size": 2, "mimeType": "application/json", "text": "{}"}, "redirectURL": "", "headersSize": -1, "bodySize": 2},
				"cache": map[string]any{}, "timings": map[string]any{"send": 1, "wait": 18, "receive": 1}}}}}
		b, _ := json.MarshalIndent(h, "", "  ")
		return string(b) + "\n"
	}},
	{"python-requests", func(n, v string) string {
		return ">>> r = requests.get('https://api.example.com/v1/things', headers={'" + n + "': '" + v + "'})\n>>> r.status_code\n401\n>>> r.reason\n'Unauthorized'\n"
	}},
	{"okhttp", func(n, v string) string {
		return "I/okhttp.OkHttpClient: --> GET https://api.example.com/v1/things\nI/okhttp.OkHttpClient: " + n + ": " + v + "\nI/okhttp.OkHttpClient: --> END GET\n" +
			"I/okhttp.OkHttpClient: <-- 401 Unauthorized https://api.example.com/v1/things (41ms)\nI/okhttp.OkHttpClient: content-type: application/json\nI/okhttp.OkHttpClient: <-- END HTTP (2-byte body)\n"
	}},
	{"go-header-map", func(n, v string) string {
		return "2026/12/05 01:00:00 GET https://api.example.com/v1/things header=map[Accept:[application/json] " + n + ":[" + v + "]] -> 403 Forbidden\n"
	}},
	{"ruby-hash", func(n, v string) string {
		return "D, [2026-12-05T01:00:00.000000 #1] DEBUG -- : request: GET https://api.example.com/v1/things {\"" + n + "\"=>\"" + strings.ReplaceAll(v, `"`, `\"`) + "\", \"Accept\"=>\"*/*\"}\n" +
			"D, [2026-12-05T01:00:00.100000 #1] DEBUG -- : response: 401 Unauthorized\n"
	}},
	{"powershell", func(n, v string) string {
		return "PS C:\\> Invoke-RestMethod -Uri https://api.example.com/v1/things -Headers @{ '" + n + "' = '" + v + "' }\n" +
			"Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.\nAt line:1 char:1\n"
	}},
	{"json-log", func(n, v string) string {
		b, _ := json.Marshal(map[string]any{"level": "warn", "msg": "upstream refused", "status": 403, "req": map[string]any{"method": "GET", "url": "/v1/things", "headers": map[string]string{n: v, "accept": "*/*"}}})
		return string(b) + "\n"
	}},
}

// headerNotations are the credential headers the carriers write, each a
// name and a value builder that keeps what it plants.
var headerNotations = []struct {
	name  string
	value func(g *gen) string
}{
	{"x-api-key", func(g *gen) string { return g.tok("xak") }},
	{"apikey", func(g *gen) string { return g.tok("supa") }},
	{"x-functions-key", func(g *gen) string { return g.tok("fnk") + "==" }},
	{"Ocp-Apim-Subscription-Key", func(g *gen) string { return g.hexN(32) }},
	{"PRIVATE-TOKEN", func(g *gen) string { return g.gitlab() }},
	{"X-Auth-Token", func(g *gen) string { return g.tok("gAAAAAB") }},
	{"X-Vault-Token", func(g *gen) string { return g.dummy("hvs.CAESIDUMMY%03dEXAMPLEvaultTOKENexample00", 0) }},
	{"X-Goog-Api-Key", func(g *gen) string { return g.google() }},
	{"DD-API-KEY", func(g *gen) string { return g.hexN(32) }},
	{"Circle-Token", func(g *gen) string { return g.dummy("CCIPAT_DUMMY%03dEXAMPLE_0a1b2c3d4e5f6a7b8c9d", 0) }},
	{"X-Riot-Token", func(g *gen) string { return g.dummy("RGAPI-dummy%03d-0000-4000-8000-example00000", 0) }},
	{"X-Auth-Key", func(g *gen) string { return g.hexN(37) }},
	{"Api-Token", func(g *gen) string { return g.tok("apt") }},
	{"X-Amz-Security-Token", func(g *gen) string { return g.tok("IQoJb3JpZ2luX2VjE") + "//////////wEaCXVzLWVhc3QtMSJH" }},
	{"Authorization", func(g *gen) string { return "Token " + g.tok("drf") }},
	{"Authorization", func(g *gen) string { return "SSWS " + g.tok("00") }},
	{"Authorization", func(g *gen) string { return "Bot " + g.tok("MTA") }},
	{"Authorization", func(g *gen) string {
		k := g.tok("esk")
		return "ApiKey " + g.encOf("VuaCfGcBCdbkQm-e5aOx:"+k, base64.StdEncoding.EncodeToString)
	}},
	{"Authorization", func(g *gen) string {
		return "Digest username=\"bob\", realm=\"api@example.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/v1/things\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"" + g.hexN(32) + "\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""
	}},
	{"Authorization", func(g *gen) string {
		return "NTLM " + g.encOf("NTLMSSP\x00\x03\x00\x00\x00DUMMY-ntlm-"+g.tok("ntlm")+"-response-blob", base64.StdEncoding.EncodeToString)
	}},
	{"Authorization", func(g *gen) string {
		return "Negotiate " + g.encOf("`\x82\x06\xa0DUMMY-kerberos-ap-req-"+g.tok("krb")+"-ticket-bytes", base64.StdEncoding.EncodeToString)
	}},
	{"Authorization", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1] // the secret key is not written
		return "AWS4-HMAC-SHA256 Credential=" + id + "/20261205/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + g.hex64()
	}},
	{"Authorization", func(g *gen) string { return "SharedKey dummyacct:" + g.b64() }},
	{"Authorization", func(g *gen) string {
		return "OAuth oauth_consumer_key=\"" + g.tok("ck") + "\", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", oauth_signature=\"" + url.QueryEscape(g.b64()) + "\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", oauth_token=\"" + g.tok("ot") + "\", oauth_version=\"1.0\""
	}},
	{"Authorization", func(g *gen) string {
		return "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", mac=\"" + g.b64() + "\""
	}},
	{"Signature", func(g *gen) string {
		return "keyId=\"rsa-key-1\",algorithm=\"hmac-sha256\",headers=\"(request-target) host date\",signature=\"" + g.b64() + "\""
	}},
	{"X-Hub-Signature-256", func(g *gen) string { return "sha256=" + g.hex64() }},
	{"Stripe-Signature", func(g *gen) string { return "t=1492774577,v1=" + g.hex64() + ",v0=" + g.hex64() }},
	{"X-Slack-Signature", func(g *gen) string { return "v0=" + g.hex64() }},
	{"Sec-WebSocket-Protocol", func(g *gen) string { return "access_token, " + g.tok("wsat") }},
	{"Sec-WebSocket-Protocol", func(g *gen) string {
		t := g.jwt(Future)
		return "base64url.bearer.authorization.k8s.io." + g.encOf(t, base64.RawURLEncoding.EncodeToString) + ", base64.binary.k8s.io"
	}},
}

func wider(add func(string, func(g *gen) string)) {
	for i, h := range headerNotations {
		for k := 0; k < 5; k++ {
			c := headerCarriers[(i+2*k)%len(headerCarriers)]
			h := h
			add(fmt.Sprintf("hdr-%s-%d-%s", strings.ToLower(h.name), i, c.name), func(g *gen) string { return c.write(h.name, h.value(g)) })
		}
	}

	// Signed URLs of the clouds.
	add("s3-presigned-curl", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		st := g.tok("IQoJb3JpZ2luX2VjEDUMMY") + "/AbC+dEf="
		return "$ curl -i 'https://dummy-bucket.s3.us-east-1.amazonaws.com/reports/q3.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + id + "%2F20261205%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T010000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=" + url.QueryEscape(st) + "&X-Amz-Signature=" + g.hex64() + "'\n" +
			"HTTP/1.1 403 Forbidden\nContent-Type: application/xml\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><RequestId>0PZ7QK3X9E1T2B4C</RequestId></Error>\n"
	})
	add("s3-response-only-sigv4", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		st := g.tok("FwoGZXIvYXdzEDUMMY")
		sig := g.hex64()
		cr := "GET\n/reports/q3.pdf\n\nhost:dummy-bucket.s3.amazonaws.com\nx-amz-content-sha256:UNSIGNED-PAYLOAD\nx-amz-date:20261205T010000Z\nx-amz-security-token:" + st + "\n\nhost;x-amz-content-sha256;x-amz-date;x-amz-security-token\nUNSIGNED-PAYLOAD"
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>" + id + "</AWSAccessKeyId>" +
			"<StringToSign>AWS4-HMAC-SHA256\n20261205T010000Z\n20261205/us-east-1/s3/aws4_request\n3f2a9c0d1e4b5a6978877665544332211ffeeddccbbaa99887766554433221100</StringToSign><SignatureProvided>" + sig + "</SignatureProvided>" +
			"<StringToSignBytes>41 57 53 34 2d 48 4d 41 43</StringToSignBytes><CanonicalRequest>" + cr + "</CanonicalRequest><CanonicalRequestBytes>" + hexBytes(cr) + "</CanonicalRequestBytes><RequestId>4442587FB7D0A2F9</RequestId><HostId>dummyHostIdAAAA=</HostId></Error>\n"
	})
	add("s3-response-only-presigned", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		st := g.tok("IQoJb3JpZ2luX2VjEPR")
		return "HTTP/1.1 403 Forbidden\nx-amz-request-id: 4442587FB7D0A2F9\nContent-Type: application/xml\n\n<Error>\n  <Code>SignatureDoesNotMatch</Code>\n  <AWSAccessKeyId>" + id + "</AWSAccessKeyId>\n  <StringToSign>AWS4-HMAC-SHA256\n20261205T010000Z\n20261205/us-east-1/s3/aws4_request\n9c0d1e4b5a69788776655443322110ffeeddccbbaa998877665544332211003f2a</StringToSign>\n" +
			"  <SignatureProvided>" + g.hex64() + "</SignatureProvided>\n  <CanonicalRequest>PUT\n/uploads/a.bin\nX-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=" + id + "%2F20261205%2Fus-east-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20261205T010000Z&amp;X-Amz-Expires=900&amp;X-Amz-Security-Token=" + st + "&amp;X-Amz-SignedHeaders=host\nhost:dummy-bucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest>\n</Error>\n"
	})
	add("s3-sigv2-response", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		return "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>" + id + "</AWSAccessKeyId><StringToSign>GET\n\n\n1733360400\n/dummy-bucket/a.txt</StringToSign><SignatureProvided>" + g.b64() + "</SignatureProvided></Error>\n"
	})
	add("gcs-signed-url", func(g *gen) string {
		return "$ curl -i \"https://storage.googleapis.com/dummy-bucket/data.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40dummy-proj.iam.gserviceaccount.com%2F20261205%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261205T010000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=" + g.hexN(512) + "\"\n" +
			"HTTP/2 403\ncontent-type: application/xml; charset=UTF-8\n\n<?xml version='1.0' encoding='UTF-8'?><Error><Code>ExpiredToken</Code><Message>Invalid argument.</Message><Details>Request has expired: 1733360400</Details></Error>\n"
	})
	add("azure-sas-url", func(g *gen) string {
		sig := g.b64()
		return "PS> azcopy copy 'https://dummyacct.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig=" + url.QueryEscape(sig) + "' .\n" +
			"RESPONSE Status: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\n" +
			"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.\nRequestId:1b2c3d4e-0001-0000-0000-000000000000\nTime:2026-12-05T01:00:00.0000000Z</Message><AuthenticationErrorDetail>Signature did not match. String to sign used was rwdlac\n2026-12-01T00:00:00Z\n2026-12-31T23:59:59Z\n/blob/dummyacct/backups/db.bak\n\n\nhttps\n2022-11-02\nb\n\n\n\n\n\n</AuthenticationErrorDetail></Error>\n"
	})
	add("azure-sas-connection", func(g *gen) string {
		return "BlobEndpoint=https://dummyacct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T00:00:00Z&spr=https&sig=" + url.QueryEscape(g.b64()) + "\n" +
			"Endpoint=sb://dummy-ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + g.b64() + "\n" +
			"Azure.RequestFailedException: Server failed to authenticate the request.\nStatus: 403 (Server failed to authenticate the request.)\nErrorCode: AuthenticationFailed\n"
	})
	add("cloudfront-signed-url", func(g *gen) string {
		sig := g.dummy("DUMMY%03dcfSig~Ab-Cd~Ef12Gh34Ij56Kl78Mn90Op~Qr-St__", 0)
		kp := g.dummy("K2DUMMY%03dEXAMPLE0", 0)
		return "GET https://d111111abcdef8.cloudfront.net/videos/intro.mp4?Expires=1733360400&Signature=" + sig + "&Key-Pair-Id=" + kp + " -> 403\n" +
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access denied</Message></Error>\n"
	})
	add("cloudfront-signed-cookies", func(g *gen) string {
		pol := g.encOf(`{"Statement":[{"Resource":"https://d111111abcdef8.cloudfront.net/*","Condition":{"DateLessThan":{"AWS:EpochTime":1733360400}}}],"Id":"`+g.tok("cfp")+`"}`, base64.StdEncoding.EncodeToString)
		pol = strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(pol)
		g.values[len(g.values)-1] = pol
		return "GET /private/index.html HTTP/1.1\nHost: d111111abcdef8.cloudfront.net\nCookie: CloudFront-Policy=" + pol + "; CloudFront-Signature=" + g.dummy("DUMMY%03dsig~Ab-Cd~Ef12Gh34Ij56Kl78Mn90", 0) + "; CloudFront-Key-Pair-Id=" + g.dummy("K3DUMMY%03dEXAMPLE0", 0) + "\n\nHTTP/1.1 403 Forbidden\nServer: CloudFront\nX-Cache: Error from cloudfront\n\n"
	})

	// HAR form data and bodies.
	harWithHeaders := func(req map[string]any, status int, resp map[string]any, respHeaders []map[string]string, respCookies []map[string]string) string {
		entry := map[string]any{"startedDateTime": "2026-12-05T01:00:00.000Z", "time": 30, "request": req,
			"response": map[string]any{"status": status, "statusText": "", "httpVersion": "HTTP/2.0", "headers": respHeaders, "cookies": respCookies, "content": resp, "redirectURL": "", "headersSize": -1, "bodySize": -1},
			"cache":    map[string]any{}, "timings": map[string]any{"send": 0, "wait": 28, "receive": 2}}
		for k, v := range map[string]any{"httpVersion": "HTTP/2.0", "cookies": []any{}, "queryString": []any{}, "headersSize": -1, "bodySize": -1} {
			if _, ok := req[k]; !ok {
				req[k] = v
			}
		}
		b, _ := json.MarshalIndent(map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]string{"name": "Firefox", "version": "133.0"}, "entries": []any{entry}}}, "", "  ")
		return string(b) + "\n"
	}
	harWith := func(req map[string]any, status int, resp map[string]any) string {
		return harWithHeaders(req, status, resp, []map[string]string{}, []map[string]string{})
	}
	add("har-postdata-params", func(g *gen) string {
		pw, sec := g.pw(), g.tok("hcs")
		return harWith(map[string]any{"method": "POST", "url": "https://id.example.com/connect/token",
			"headers": []map[string]string{{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}},
			"postData": map[string]any{"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=password&username=bob&password=" + url.QueryEscape(pw) + "&client_id=spa&client_secret=" + sec,
				"params": []map[string]string{{"name": "grant_type", "value": "password"}, {"name": "password", "value": pw}, {"name": "client_secret", "value": sec}}}},
			400, map[string]any{"size": 30, "mimeType": "application/json", "text": "{\"error\":\"invalid_grant\"}"})
	})
	add("har-postdata-json", func(g *gen) string {
		return harWith(map[string]any{"method": "POST", "url": "https://app.example.com/api/session",
			"headers":  []map[string]string{{"name": "content-type", "value": "application/json"}},
			"postData": map[string]any{"mimeType": "application/json", "text": "{\"login\":\"bob\",\"passwd\":\"" + g.pw() + "\",\"totp_secret\":\"" + g.dummy("JBSWY3DPEHPK3PXP%03dDUMMY", 0) + "\"}"}},
			401, map[string]any{"size": 30, "mimeType": "application/json", "text": "{\"error\":\"bad credentials\"}"})
	})
	add("har-postdata-multipart", func(g *gen) string {
		return harWith(map[string]any{"method": "POST", "url": "https://app.example.com/upload",
			"headers": []map[string]string{{"name": "content-type", "value": "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"}},
			"postData": map[string]any{"mimeType": "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
				"text": "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"api_token\"\r\n\r\n" + g.tok("mp") + "\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n"}},
			403, map[string]any{"size": 9, "mimeType": "text/plain", "text": "Forbidden"})
	})
	add("har-response-token", func(g *gen) string {
		return harWith(map[string]any{"method": "POST", "url": "https://id.example.com/oauth/token", "headers": []any{}},
			200, map[string]any{"size": 300, "mimeType": "application/json", "text": "{\"access_token\":\"" + g.jwt(Future) + "\",\"refresh_token\":\"" + g.tok("hrt") + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"}) +
			"then GET /api/me gives 401\n"
	})
	add("har-response-set-cookie", func(g *gen) string {
		return harWithHeaders(map[string]any{"method": "POST", "url": "https://app.example.com/login", "headers": []any{}}, 302, map[string]any{"size": 0, "mimeType": "text/html", "text": ""},
			[]map[string]string{{"name": "set-cookie", "value": "laravel_session=" + g.cookie() + "; path=/; httponly"}, {"name": "set-cookie", "value": "XSRF-TOKEN=" + g.tok("xsrf") + "; path=/"}},
			[]map[string]string{{"name": "remember_web", "value": g.cookie()}}) + "HTTP 401 on the next request\n"
	})

	// Multipart and form bodies.
	add("multipart-raw", func(g *gen) string {
		return "POST /api/login HTTP/1.1\r\nHost: app.example.com\r\nContent-Type: multipart/form-data; boundary=X-BOUNDARY\r\n\r\n--X-BOUNDARY\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nbob\r\n--X-BOUNDARY\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + g.pw() +
			"\r\n--X-BOUNDARY\r\nContent-Disposition: form-data; name=\"client_secret\"\r\n\r\n" + g.tok("mpc") + "\r\n--X-BOUNDARY--\r\n\r\nHTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"
	})
	add("curl-form-fields", func(g *gen) string {
		return "$ curl -v -F 'username=bob' -F 'password=" + g.pw() + "' -F 'token=" + g.tok("cf") + "' https://app.example.com/api/upload\n> POST /api/upload HTTP/1.1\n>\n< HTTP/1.1 403 Forbidden\n"
	})
	add("curl-data-urlencode", func(g *gen) string {
		return "curl -X POST https://id.example.com/oauth/token --data-urlencode 'client_secret=" + g.tok("du") + "' --data-urlencode \"refresh_token=" + g.tok("dur") + "\" -d grant_type=refresh_token\n{\"error\":\"invalid_client\"} (HTTP 401)\n"
	})

	// JSON inside JSON strings.
	add("json-in-json", func(g *gen) string {
		inner, _ := json.Marshal(map[string]string{"username": "bob", "password": g.pw(), "api_key": g.tok("jij")})
		outer, _ := json.Marshal(map[string]any{"level": "error", "msg": "login failed", "status": 401, "body": string(inner)})
		return string(outer) + "\n"
	})
	add("json-in-json-twice", func(g *gen) string {
		inner, _ := json.Marshal(map[string]string{"refresh_token": g.tok("jj2"), "client_secret": g.tok("jj2s")})
		mid, _ := json.Marshal(map[string]any{"body": string(inner)})
		outer, _ := json.Marshal(map[string]any{"event": string(mid), "statusCode": 400})
		return string(outer) + "\n"
	})
	add("lambda-event-headers", func(g *gen) string {
		return "{\"resource\":\"/items\",\"httpMethod\":\"GET\",\"headers\":{\"Authorization\":\"Bearer " + g.jwt(Future) + "\",\"x-api-key\":\"" + g.tok("lam") + "\"},\"multiValueHeaders\":{\"Cookie\":[\"session=" + g.cookie() + "\"]},\"body\":\"{\\\"password\\\":\\\"" + g.pw() + "\\\"}\"}\nEND RequestId: 6f1c0d2a\nREPORT status 403\n"
	})

	// Configuration files.
	add("kubeconfig-full", func(g *gen) string {
		key := "-----BEGIN RSA PRIVATE KEY-----\n" + g.pem() + "\n-----END RSA PRIVATE KEY-----\n"
		g.hide()
		g.hide()
		ckd := base64.StdEncoding.EncodeToString([]byte(key))
		g.keep(ckd)
		return "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n    server: https://203.0.113.10:6443\n  name: dev\nusers:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURDVENDQWZHZ0F3\n    client-key-data: " + ckd + "\n" +
			"- name: oidc\n  user:\n    auth-provider:\n      config:\n        client-id: kubernetes\n        client-secret: " + g.tok("kcs") + "\n        id-token: " + g.jwt(Future) + "\n        refresh-token: " + g.tok("krt") + "\n      name: oidc\n" +
			"error: You must be logged in to the server (Unauthorized)\n"
	})
	add("npmrc-auth", func(g *gen) string {
		return "; ~/.npmrc\n@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=" + g.tok("ghp") + "\n_auth=" + g.basic("builder") + "\nemail=ci@example.com\n" +
			"npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.\n"
	})
	add("pypirc", func(g *gen) string {
		return "[distutils]\nindex-servers =\n    pypi\n    private\n\n[pypi]\nusername = __token__\npassword = " + g.dummy("pypi-AgEIcHlwaS5vcmcDUMMY%03dEXAMPLEtokenEXAMPLEtokenEXAMPLE0000", 0) + "\n\n[private]\nrepository = https://pypi.example.com/\nusername = deploy\npassword = " + g.pw() + "\n" +
			"HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n"
	})
	add("pip-conf", func(g *gen) string {
		return "[global]\nindex-url = https://__token__:" + g.tok("pip") + "@pypi.example.com/simple\nextra-index-url = https://ci:" + g.pw() + "@nexus.example.com/repository/pypi/simple\n\n" +
			"ERROR: HTTP error 401 while getting https://pypi.example.com/simple/requests/\n"
	})
	add("docker-config-more", func(g *gen) string {
		return "{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"" + g.basic("dockeruser") + "\"\n\t\t},\n\t\t\"dummy.azurecr.io\": {\n\t\t\t\"auth\": \"" + g.basic("00000000-0000-0000-0000-000000000000") + "\",\n\t\t\t\"identitytoken\": \"" + g.jwt(Future) + "\"\n\t\t}\n\t},\n\t\"credsStore\": \"desktop\"\n}\nError response from daemon: pull access denied, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n"
	})
	add("maven-settings", func(g *gen) string {
		return "<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>" + g.pw() + "</password>\n    </server>\n    <server>\n      <id>ssh-repo</id>\n      <privateKey>${user.home}/.ssh/id_rsa</privateKey>\n      <passphrase>" + g.pw() + "</passphrase>\n    </server>\n  </servers>\n</settings>\n" +
			"[ERROR] Failed to deploy artifacts: Could not transfer artifact com.acme:app:jar:1.0 from/to nexus-releases: status code: 401, reason phrase: Unauthorized (401)\n"
	})
	add("nuget-config", func(g *gen) string {
		return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSourceCredentials>\n    <AcmeFeed>\n      <add key=\"Username\" value=\"build\" />\n      <add key=\"ClearTextPassword\" value=\"" + g.tok("nuget") + "\" />\n    </AcmeFeed>\n  </packageSourceCredentials>\n  <apikeys>\n    <add key=\"https://nuget.example.com/v3/index.json\" value=\"" + g.tok("nak") + "\" />\n  </apikeys>\n</configuration>\n" +
			"error NU1301: Unable to load the service index for source https://nuget.example.com/v3/index.json. Response status code does not indicate success: 401 (Unauthorized).\n"
	})
	add("git-credential-fill", func(g *gen) string {
		return "$ printf 'protocol=https\\nhost=github.com\\n' | git credential fill\nprotocol=https\nhost=github.com\nusername=octocat\npassword=" + g.github("ghp_") + "\n\n$ git push\nremote: Permission to acme/app.git denied to octocat.\nfatal: unable to access 'https://github.com/acme/app.git/': The requested URL returned error: 403\n"
	})
	add("git-credentials-file", func(g *gen) string {
		return "$ cat ~/.git-credentials\nhttps://octocat:" + g.github("gho_") + "@github.com\nhttps://oauth2:" + g.gitlab() + "@gitlab.example.com\n$ git remote -v\norigin\thttps://x-access-token:" + g.github("ghs_") + "@github.com/acme/app.git (fetch)\n" +
			"fatal: Authentication failed for 'https://gitlab.example.com/acme/app.git/' (HTTP 401)\n"
	})
	add("netrc-default", func(g *gen) string {
		return "$ cat ~/.netrc\ndefault login anonymous password " + g.pw() + "\nmachine api.heroku.example.com login me@example.com password " + g.tok("hk") + "\n\nHTTP/1.1 401 Unauthorized\n"
	})
	add("cargo-credentials-toml", func(g *gen) string {
		return "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"" + g.dummy("cioDUMMY%03dEXAMPLEcratesTOKEN0000", 0) + "\"\n\n[registries.acme]\ntoken = \"Bearer " + g.tok("crg") + "\"\n\nerror: failed to publish to registry at https://crates.example.com\n\nCaused by:\n  the remote server responded with an error (status 403 Forbidden): must be logged in\n"
	})
	add("ini-config", func(g *gen) string {
		return "[database]\nhost = db.example.com\nuser = app\npassword = " + g.pw() + "\n\n[mail]\nsmtp_password=" + g.pw() + "\n\n[app]\nsecret_key = " + g.tok("django") + "\n\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL: password authentication failed for user \"app\"\n"
	})
	add("java-properties", func(g *gen) string {
		return "spring.datasource.password=" + g.pw() + "\nspring.security.oauth2.client.registration.azure.client-secret: " + g.tok("spp") + "\njwt.secret " + g.tok("jws") + "\nmail.smtp.pass=" + g.pw() + "\n" +
			"2026-12-05 01:00:00.000 ERROR 1 --- [main] o.s.b.SpringApplication : Application run failed: 401 Unauthorized\n"
	})
	add("terraform-tfvars", func(g *gen) string {
		return "# terraform.tfvars\ncloudflare_api_token = \"" + g.tok("cft") + "\"\ndatadog_api_key     = \"" + g.hexN(32) + "\"\ndb_password         = \"" + g.pw() + "\"\n\n│ Error: failed to verify API token: Invalid API Token (9109) (HTTP 403)\n"
	})
	add("k8s-secret-yaml", func(g *gen) string {
		pw := g.pw()
		e := g.encOf(pw, base64.StdEncoding.EncodeToString)
		return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: " + e + "\n  api-token: " + g.encOf(g.tok("k8d"), base64.StdEncoding.EncodeToString) + "\nstringData:\n  webhook-secret: " + g.tok("whs") + "\n---\nError from server (Forbidden): secrets \"db\" is forbidden: User \"dev\" cannot get resource \"secrets\"\n"
	})
	add("kafka-jaas", func(g *gen) string {
		return "sasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"DUMMYKEY\" password=\"" + g.tok("kafka") + "\";\n" +
			"org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed: Invalid username or password\n"
	})
	add("docker-compose-env", func(g *gen) string {
		return "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: " + g.pw() + "\n      - MINIO_ROOT_PASSWORD=" + g.pw() + "\n  app:\n    environment:\n      - STRIPE_API_KEY=" + g.stripe() + "\n      - SENTRY_DSN=https://" + g.hexN(32) + "@o0.ingest.example.io/1\n" +
			"app_1  | Error: 401 Unauthorized from https://api.stripe.com/v1/charges\n"
	})
	add("printenv", func(g *gen) string {
		return "$ printenv | sort\nAWS_SESSION_TOKEN=" + g.tok("FwoGZXIvYXdz") + "\nGITHUB_TOKEN=" + g.github("ghs_") + "\nHOME=/home/runner\nNPM_TOKEN=" + g.npm() + "\nVAULT_TOKEN=" + g.dummy("hvs.DUMMY%03dEXAMPLEvaultEXAMPLE0000", 0) + "\nOPENAI_API_KEY=" + g.dummy("sk-DUMMY%03dEXAMPLEkeyEXAMPLEkeyEXAMPLEkey0000", 0) + "\n\nError: Request failed with status code 401\n"
	})
	add("docker-run-env", func(g *gen) string {
		return "$ docker run -e DB_PASSWORD=" + g.pw() + " -e API_KEY=" + g.tok("dre") + " --env AUTH_TOKEN=" + g.tok("drt") + " acme/app:1.2\n[app] 403 Forbidden from https://api.example.com\n"
	})
	add("kubectl-create-secret", func(g *gen) string {
		return "$ kubectl create secret generic api --from-literal=password=" + g.pw() + " --from-literal=token=" + g.tok("kcl") + "\nerror: failed to create secret secrets is forbidden: User \"dev\" cannot create resource \"secrets\" (403)\n"
	})
	add("helm-set", func(g *gen) string {
		return "$ helm upgrade --install app ./chart --set auth.password=" + g.pw() + " --set-string apiKey=" + g.tok("helm") + "\nError: UPGRADE FAILED: 401 Unauthorized\n"
	})

	// Connection strings.
	add("connection-strings-more", func(g *gen) string {
		pw := g.dummy("Dummy%03d@pass:w/rd", 0)
		return "psql \"postgresql://app:" + url.QueryEscape(pw) + "@db.example.com:5432/app?sslmode=verify-full\"\npsql: error: connection to server failed: FATAL:  password authentication failed for user \"app\"\n" +
			"mysql://root:" + g.pw() + "@127.0.0.1:3306/shop\nmongodb://admin:" + g.pw() + "@mongo-0.example.com:27017,mongo-1.example.com:27017/?replicaSet=rs0&authSource=admin\n" +
			"redis://:" + g.pw() + "@cache.example.com:6379/0\namqp://app:" + g.pw() + "@broker.example.com/%2f\n"
	})
	add("adonet-strings", func(g *gen) string {
		return "\"ConnectionStrings\": {\n  \"Default\": \"Server=tcp:dummy.database.windows.net,1433;Initial Catalog=app;Persist Security Info=False;User ID=sqladmin;Password=" + g.pw() + ";MultipleActiveResultSets=False;Encrypt=True;\",\n" +
			"  \"Legacy\": \"Data Source=SQL01;Initial Catalog=crm;uid=crm_user;pwd=" + g.pw() + ";\",\n  \"Odbc\": \"Driver={ODBC Driver 18 for SQL Server};Server=sql;UID=sa;PWD={" + g.pw() + "};\"\n}\n" +
			"Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sqladmin'.\n"
	})
	add("jdbc-strings", func(g *gen) string {
		return "jdbc:sqlserver://sql.example.com:1433;databaseName=app;user=sa;password=" + g.pw() + ";encrypt=true\njdbc:postgresql://db:5432/app?user=app&password=" + g.pw() + "\n" +
			"Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"app\"\n"
	})
	add("cli-passwords", func(g *gen) string {
		return "$ PGPASSWORD=" + g.pw() + " psql -h db -U app\n$ redis-cli -h cache -a " + g.pw() + " ping\n(error) WRONGPASS invalid username-password pair or user is disabled.\n" +
			"$ ldapsearch -x -H ldaps://ldap.example.com -D 'cn=admin,dc=example,dc=com' -w " + g.pw() + " '(uid=bob)'\nldap_bind: Invalid credentials (49)\n" +
			"$ mongosh \"mongodb+srv://cluster0.example.net/app\" --username app --password " + g.pw() + "\nMongoServerError: bad auth : Authentication failed.\n"
	})
	add("sql-statements", func(g *gen) string {
		return "mysql> CREATE USER 'app'@'%' IDENTIFIED BY '" + g.pw() + "';\npostgres=# ALTER USER app WITH PASSWORD '" + g.pw() + "';\nERROR:  permission denied (SQLSTATE 42501)\n"
	})

	// Keys.
	add("pem-ec-and-cert", func(g *gen) string {
		return "$ cat tls.pem\n-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUDUMMYCERTIFICATEpublicDATA0000000000wCgYIKoZI\nzj0EAwIwEjEQMA4GA1UEAwwHZXhhbXBsZTAeFw0yNjEyMDUwMDAwMDBaFw0yNzEy\n-----END CERTIFICATE-----\n-----BEGIN EC PRIVATE KEY-----\n" + g.pem() + "\n-----END EC PRIVATE KEY-----\n" +
			"curl: (58) unable to set private key file: 'tls.pem' type PEM\nHTTP/1.1 403 Forbidden\n"
	})
	add("pem-encrypted-in-yaml", func(g *gen) string {
		return "tls:\n  crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIUDUMMYCERTpublic\n    -----END CERTIFICATE-----\n  key: |\n    -----BEGIN ENCRYPTED PRIVATE KEY-----\n    " + strings.ReplaceAll(g.pem(), "\n", "\n    ") + "\n    -----END ENCRYPTED PRIVATE KEY-----\n  passphrase: " + g.pw() + "\n" +
			"x509: certificate signed by unknown authority; upstream answered 403\n"
	})
	add("openssh-key", func(g *gen) string {
		return "$ cat ~/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n" + g.pem() + "\n-----END OPENSSH PRIVATE KEY-----\n$ ssh -i ~/.ssh/id_ed25519 git@github.com\ngit@github.com: Permission denied (publickey).\n"
	})
	add("pem-in-json-env", func(g *gen) string {
		k := g.pem()
		return "{\"level\":\"debug\",\"env\":{\"GITHUB_APP_PRIVATE_KEY\":\"-----BEGIN RSA PRIVATE KEY-----\\n" + strings.ReplaceAll(k, "\n", "\\n") + "\\n-----END RSA PRIVATE KEY-----\"},\"msg\":\"401 A JSON web token could not be decoded\"}\n"
	})
	add("pem-one-line", func(g *gen) string {
		k := g.pem()
		return "PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----" + strings.ReplaceAll(k, "\n", "") + "-----END PRIVATE KEY-----\"\n"
	})

	// Webhooks.
	add("webhook-urls", func(g *gen) string {
		return "POST https://hooks.slack.com/services/T00000000/B00000000/" + g.dummy("DUMMY%03dEXAMPLEslackHOOK", 0) + " -> 403 invalid_token\n" +
			"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://dummy.webhook.office.com/webhookb2/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/" + g.hexN(32) + "/00000000-0000-0000-0000-000000000000\n" +
			"POST https://chat.googleapis.com/v1/spaces/AAAAdummy/messages?key=" + g.google() + "&token=" + g.tok("gchat") + " returned 401\n" +
			"curl -X POST https://hooks.zapier.com/hooks/catch/123456/" + g.dummy("dmy%03dzap", 0) + "/ -> 403\n"
	})

	// JWTs in fragments, cookies and forms.
	add("jwt-fragment-form-post", func(g *gen) string {
		return "Navigated to https://app.example.com/signin-oidc#id_token=" + g.jwt(Future) + "&session_state=abc.def\n" +
			"<form method=\"post\" action=\"https://app.example.com/signin-oidc\"><input type=\"hidden\" name=\"id_token\" value=\"" + g.jwt(Future) + "\" /><input type=\"hidden\" name=\"code\" value=\"" + g.tok("fpc") + "\" /></form>\n" +
			"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"The signature is invalid\"\n"
	})
	add("jwt-cookie", func(g *gen) string {
		return "GET /dashboard HTTP/1.1\nHost: app.example.com\nCookie: access_token=" + g.jwt(Expired) + "; refresh_token=" + g.tok("ckr") + "; _ga=GA1.1.123456789.1733360400\n\nHTTP/1.1 401 Unauthorized\nSet-Cookie: access_token=; Max-Age=0\n\n"
	})
	add("saml-form", func(g *gen) string {
		resp := g.encOf("<samlp:Response ID=\"_DUMMY\"><saml:Assertion><ds:SignatureValue>"+g.tok("saml")+"</ds:SignatureValue></saml:Assertion></samlp:Response>", base64.StdEncoding.EncodeToString)
		return "POST /saml/acs HTTP/1.1\nHost: sp.example.com\nContent-Type: application/x-www-form-urlencoded\n\nSAMLResponse=" + url.QueryEscape(resp) + "&RelayState=%2Fhome\n\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("csrf-meta", func(g *gen) string {
		return "<meta name=\"csrf-token\" content=\"" + g.tok("meta") + "\">\n<input type=\"hidden\" name=\"authenticity_token\" value=\"" + g.tok("auth") + "\">\nActionController::InvalidAuthenticityToken (422) then 403\n"
	})

	// Digest, NTLM, Negotiate and AWS in real exchanges.
	add("curl-digest", func(g *gen) string {
		return "$ curl -v --digest -u admin:" + g.pw() + " http://cam.example.com/ISAPI/System/status\n> GET /ISAPI/System/status HTTP/1.1\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Digest realm=\"IP Camera\", qop=\"auth\", nonce=\"4e6a5a7c8e9f\", opaque=\"\"\n<\n" +
			"> GET /ISAPI/System/status HTTP/1.1\n> Authorization: Digest username=\"admin\", realm=\"IP Camera\", nonce=\"4e6a5a7c8e9f\", uri=\"/ISAPI/System/status\", cnonce=\"ZTk0\", nc=00000001, qop=auth, response=\"" + g.hexN(32) + "\"\n>\n< HTTP/1.1 401 Unauthorized\n"
	})
	add("curl-ntlm", func(g *gen) string {
		t3 := g.encOf("NTLMSSP\x00\x03\x00\x00\x00DUMMY-"+g.tok("t3")+"-lm-nt-responses", base64.StdEncoding.EncodeToString)
		return "$ curl -v --ntlm -u 'CORP\\bob:" + g.pw() + "' https://intranet.example.com/\n> GET / HTTP/1.1\n> Authorization: NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgomiDUMMYchallenge==\n<\n> GET / HTTP/1.1\n> Authorization: NTLM " + t3 + "\n>\n< HTTP/1.1 401 Unauthorized\n"
	})
	add("sigv4-raw", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		return "POST / HTTP/1.1\nHost: sts.amazonaws.com\nX-Amz-Date: 20261205T010000Z\nX-Amz-Security-Token: " + g.tok("IQoJ") + "\nAuthorization: AWS4-HMAC-SHA256 Credential=" + id + "/20261205/us-east-1/sts/aws4_request,SignedHeaders=host;x-amz-date;x-amz-security-token,Signature=" + g.hex64() + "\n\nHTTP/1.1 403 Forbidden\n\n<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>\n"
	})
	add("sigv2-header", func(g *gen) string {
		id, _ := g.aws()
		g.values = g.values[:len(g.values)-1]
		return "PUT /dummy-bucket/a.txt HTTP/1.1\nHost: s3.amazonaws.com\nDate: Thu, 05 Dec 2026 01:00:00 GMT\nAuthorization: AWS " + id + ":" + g.b64() + "\n\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("azure-sharedkey-log", func(g *gen) string {
		return "Request headers:\n    'x-ms-version': '2023-11-03'\n    'Authorization': 'SharedKeyLite dummyacct:" + g.b64() + "'\n    'x-ms-date': 'Thu, 05 Dec 2026 01:00:00 GMT'\nResponse status: 403\n"
	})

	// Object dumps and printed reprs.
	add("python-repr-bytes", func(g *gen) string {
		return ">>> resp.request.headers\n{'User-Agent': 'python-requests/2.32.3', 'Authorization': b'Bearer " + g.tok("pyb") + "', 'Content-Type': 'application/json'}\n>>> resp.request.body\nb'{\"username\": \"bob\", \"password\": \"" + g.pw() + "\"}'\n>>> resp.status_code\n401\n"
	})
	add("python-repr-escaped", func(g *gen) string {
		return "DEBUG:urllib3.connectionpool:send: b'POST /login HTTP/1.1\\r\\nHost: app.example.com\\r\\nAuthorization: Basic " + g.basic("svc") + "\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\nusername=svc&password=" + g.pw() + "'\nreply: 'HTTP/1.1 401 Unauthorized\\r\\n'\n"
	})
	add("python-dataclass", func(g *gen) string {
		return "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    client.login()\nAuthError: 401 for Credentials(username='bob', password='" + g.pw() + "', api_key='" + g.tok("dc") + "')\n" +
			"locals: {'self': <Client>, 'token': '" + g.tok("loc") + "', 'retries': 3}\n"
	})
	add("ruby-inspect", func(g *gen) string {
		return "#<Faraday::Env method=:get url=#<URI::HTTPS https://api.example.com/v1/me> request_headers={\"Authorization\"=>\"Token token=" + g.tok("rbi") + "\", \"User-Agent\"=>\"Faraday v2.9.0\"} status=401>\n" +
			"#<User id: 1, email: \"bob@example.com\", encrypted_password: \"[FILTERED]\", api_token: \"" + g.tok("rbu") + "\">\n"
	})
	add("go-struct-dump", func(g *gen) string {
		return "2026/12/05 01:00:00 config: {Addr::8080 DB:{User:app Password:" + g.pw() + " Host:db} APIToken:" + g.tok("gos") + " Timeout:30s}\n2026/12/05 01:00:01 &{Username:bob Password:" + g.pw() + " Token:" + g.tok("gop") + "}\n2026/12/05 01:00:02 upstream: 401 Unauthorized\n"
	})
	add("java-tostring", func(g *gen) string {
		return "2026-12-05 01:00:00 ERROR c.a.AuthClient - login failed for Credentials{username='bob', password='" + g.pw() + "', clientSecret='" + g.tok("jts") + "'}: 401 Unauthorized\n" +
			"2026-12-05 01:00:00 DEBUG c.a.AuthClient - TokenResponse [accessToken=" + g.tok("jat") + ", refreshToken=" + g.tok("jrt") + ", expiresIn=3600]\n"
	})
	add("kotlin-data-class", func(g *gen) string {
		return "E/Auth: HTTP 403 for LoginRequest(email=bob@example.com, password=" + g.pw() + ", deviceToken=" + g.tok("kdt") + ")\n"
	})
	add("csharp-object", func(g *gen) string {
		return "fail: Api[0]\n      401 for { UserName = bob, Password = " + g.pw() + ", ApiKey = " + g.tok("cso") + " }\n"
	})
	add("node-util-inspect", func(g *gen) string {
		return "[Nest] 1  - 12/05/2026, 1:00:00 AM   ERROR [Auth] Unauthorized {\n  headers: [Object: null prototype] {\n    authorization: 'Bearer " + g.tok("nui") + "',\n    'x-api-key': '" + g.tok("nuk") + "'\n  },\n  body: { password: '" + g.pw() + "' }\n}\n"
	})
	add("php-print-r", func(g *gen) string {
		return "Array\n(\n    [username] => bob\n    [password] => " + g.pw() + "\n    [api_token] => " + g.tok("php") + "\n)\nHTTP/1.1 401 Unauthorized\n"
	})
	add("elixir-inspect", func(g *gen) string {
		return "** (Tesla.Error) 401 %Tesla.Env{headers: [{\"authorization\", \"Bearer " + g.tok("ex") + "\"}, {\"x-api-key\", \"" + g.tok("exk") + "\"}], status: 401}\n"
	})
	add("rust-debug", func(g *gen) string {
		return "Error: reqwest::Error { kind: Status(401), url: \"https://api.example.com/v1\" }\nconfig = Config { api_key: \"" + g.tok("rs") + "\", password: Some(\"" + g.pw() + "\") }\n"
	})

	// Encodings.
	add("url-encoded-twice", func(g *gen) string {
		t := g.tok("enc2")
		return "HTTP/1.1 302 Found\nLocation: https://sso.example.com/logout?redirect=https%253A%252F%252Fapp.example.com%252Fcb%253Faccess_token%253D" + t + "%2526state%253Dx\n\nGET /logout HTTP/1.1\nHost: sso.example.com\n\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("url-encoded-json-param", func(g *gen) string {
		return "GET /api/cb?state=%7B%22token%22%3A%22" + g.tok("uej") + "%22%2C%22next%22%3A%22%2Fhome%22%7D HTTP/1.1\nHost: app.example.com\n\nHTTP/1.1 401 Unauthorized\n\n"
	})
	add("basic-b64-in-log", func(g *gen) string {
		return "2026-12-05T01:00:00Z WARN proxy auth=" + g.basic("svc-user") + " upstream=https://api.example.com status=401\n" +
			"2026-12-05T01:00:01Z WARN credentials=" + g.basic("svc-two") + " status=401\n"
	})
	add("hex-keys", func(g *gen) string {
		return "api_key: " + g.hexN(40) + "\nsecret: " + g.hexN(64) + "\nCONSUMER_SECRET=" + g.hexN(48) + "\nHTTP/1.1 401 Unauthorized\n"
	})
	add("wrapped-long-token", func(g *gen) string {
		t := g.jwt(Future)
		g.values[len(g.values)-1] = t[:40] + "\n" + t[40:]
		return "PS C:\\> $headers\nName                           Value\n----                           -----\nAuthorization                  Bearer " + t[:40] + "\n" + t[40:] + "\n\nInvoke-WebRequest: Response status code does not indicate success: 401 (Unauthorized).\n"
	})
	add("wrapped-curl-continuation", func(g *gen) string {
		return "curl https://api.example.com/v1/me \\\n  -H \"Authorization: Bearer \\\n" + g.tok("cont") + "\" \\\n  -H 'X-Api-Key: " + g.tok("contk") + "'\n{\"message\":\"Unauthorized\"} 401\n"
	})
	add("logfmt", func(g *gen) string {
		return "time=2026-12-05T01:00:00Z level=warn msg=\"auth failed\" user=bob pass=" + g.pw() + " token=" + g.tok("lf") + " status=401\n" +
			"ts=1733360400 caller=client.go:42 api_key=" + g.tok("lfk") + " err=\"403 Forbidden\"\n"
	})

	// Prose in other languages.
	add("prose-more-languages", func(g *gen) string {
		return "Olá, minha senha é " + g.pw() + " e o token " + g.tok("pt") + " dá 401.\n" +
			"Ciao, la password è " + g.pw() + " e la chiave API è " + g.tok("it") + ".\n" +
			"Привет, мой пароль: " + g.pw() + ", токен: " + g.tok("ru") + ", ответ 403.\n" +
			"비밀번호: " + g.pw() + " 토큰: " + g.tok("ko") + "\n" +
			"Moje hasło to " + g.pw() + ", a token " + g.tok("pl") + " zwraca 401.\n" +
			"Mijn wachtwoord is " + g.pw() + " en de API-sleutel " + g.tok("nl") + ".\n" +
			"Şifrem " + g.pw() + " ve anahtar: " + g.tok("tr") + "\n"
	})
	add("json-non-english-keys", func(g *gen) string {
		return "{\"usuario\":\"bob\",\"contraseña\":\"" + g.pw() + "\",\"senha\":\"" + g.pw() + "\",\"mot_de_passe\":\"" + g.pw() + "\",\"passwort\":\"" + g.pw() + "\",\"пароль\":\"" + g.pw() + "\"}\nHTTP 401\n"
	})

	// Credentials in responses.
	add("response-token-endpoint", func(g *gen) string {
		return "HTTP/1.1 200 OK\nContent-Type: application/json;charset=UTF-8\nCache-Control: no-store\n\n{\n  \"access_token\": \"" + g.dummy("ya29.a0AfB_DUMMY%03dEXAMPLEgoogleACCESStoken000", 0) + "\",\n  \"expires_in\": 3599,\n  \"refresh_token\": \"" + g.dummy("1//0gDUMMY%03dEXAMPLErefreshTOKEN-abc", 0) + "\",\n  \"scope\": \"openid email\",\n  \"token_type\": \"Bearer\",\n  \"id_token\": \"" + g.jwt(Future) + "\"\n}\n" +
			"GET /userinfo -> HTTP/1.1 401 Unauthorized\n"
	})
	add("response-set-cookies", func(g *gen) string {
		return "HTTP/2 200\nset-cookie: __Host-session=" + g.cookie() + "; Path=/; Secure; HttpOnly; SameSite=Lax\nset-cookie: JSESSIONID=" + g.dummy("DUMMY%03dA1B2C3D4E5F6A7B8C9D0E1F2", 0) + "; Path=/\nset-cookie: remember_user_token=" + g.tok("rut") + "; expires=Fri, 05 Dec 2027 01:00:00 GMT\nset-cookie: theme=dark\n\n" +
			"GET /admin\nHTTP/2 403\n"
	})
	add("response-sts-xml", func(g *gen) string {
		id, sec := g.aws()
		return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials><AccessKeyId>" + id + "</AccessKeyId><SecretAccessKey>" + sec + "</SecretAccessKey><SessionToken>" + g.tok("FwoGZXIv") + "</SessionToken><Expiration>2026-12-05T02:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>\n" +
			"An error occurred (AccessDenied) when calling the GetObject operation: Access Denied (403)\n"
	})
	add("response-aws-cli-json", func(g *gen) string {
		id, sec := g.aws()
		id = strings.Replace(id, "AKIA", "ASIA", 1)
		g.values[len(g.values)-2] = id
		return "$ aws sts get-session-token\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"" + id + "\",\n        \"SecretAccessKey\": \"" + sec + "\",\n        \"SessionToken\": \"" + g.tok("IQoJb3Jp") + "\",\n        \"Expiration\": \"2026-12-05T13:00:00+00:00\"\n    }\n}\n$ aws s3 ls\nAn error occurred (AccessDenied) when calling the ListBuckets operation: 403\n"
	})
	add("response-graphql-login", func(g *gen) string {
		return "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"data\":{\"login\":{\"token\":\"" + g.jwt(Future) + "\",\"refreshToken\":\"" + g.tok("gqr") + "\",\"user\":{\"id\":\"42\"}}}}\n\nPOST /graphql -> {\"errors\":[{\"message\":\"Unauthorized\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]} 401\n"
	})
	add("response-created-key", func(g *gen) string {
		return "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"id\":\"key_123\",\"name\":\"ci\",\"apiKey\":\"" + g.tok("new") + "\",\"client_secret\":\"" + g.tok("ncs") + "\",\"created_at\":\"2026-12-05T01:00:00Z\"}\nthen 403 Forbidden with it\n"
	})
	add("response-device-code", func(g *gen) string {
		return "{\"device_code\":\"" + g.tok("dvc") + "\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://example.com/device\",\"expires_in\":900}\n{\"error\":\"authorization_pending\"} 400\n"
	})
	add("response-github-installation", func(g *gen) string {
		return "HTTP/2 201\ncontent-type: application/json; charset=utf-8\n\n{\"token\":\"" + g.github("ghs_") + "\",\"expires_at\":\"2026-12-05T02:00:00Z\",\"permissions\":{\"contents\":\"read\"}}\n\nHTTP/2 403\n{\"message\":\"Resource not accessible by integration\"}\n"
	})

	// Vendor token shapes in prose and logs.
	add("vendor-shapes", func(g *gen) string {
		return "2026-12-05 01:00:00 WARN hf " + g.dummy("hf_DUMMY%03dEXAMPLEhuggingFACEtoken00000", 0) + " -> 401\n" +
			"2026-12-05 01:00:01 WARN anthropic " + g.dummy("sk-ant-api03-DUMMY%03dEXAMPLEkeyEXAMPLEkeyEXAMPLEkey-AA", 0) + " -> 401\n" +
			"2026-12-05 01:00:02 WARN sendgrid " + g.dummy("SG.DUMMY%03dEXAMPLEsg0000.DUMMYEXAMPLEsendgridKEYexampleKEY00000000", 0) + " -> 403\n" +
			"2026-12-05 01:00:03 WARN shopify " + g.dummy("shpat_DUMMY%03dEXAMPLE0000000000000000000000", 0) + " -> 401\n" +
			"2026-12-05 01:00:04 WARN digitalocean " + g.dummy("dop_v1_%03d"+strings.Repeat("ab", 32), 0) + " -> 401\n" +
			"2026-12-05 01:00:05 WARN docker " + g.dummy("dckr_pat_DUMMY%03dEXAMPLEdockerHUB000", 0) + " -> 401\n" +
			"2026-12-05 01:00:06 WARN grafana " + g.dummy("glsa_DUMMY%03dEXAMPLEgrafanaTOKEN0000000000_abcd1234", 0) + " -> 401\n" +
			"2026-12-05 01:00:07 WARN linear " + g.dummy("lin_api_DUMMY%03dEXAMPLElinearKEY000000000000", 0) + " -> 401\n" +
			"2026-12-05 01:00:08 WARN postman " + g.dummy("PMAK-DUMMY%03dEXAMPLE00000000-0123456789abcdef0123456789abcdef00", 0) + " -> 401\n" +
			"2026-12-05 01:00:09 WARN twilio " + g.dummy("SK%03d"+strings.Repeat("0d", 15)[:29], 0) + " -> 401\n" +
			"2026-12-05 01:00:10 WARN databricks " + g.dummy("dapi%03d"+strings.Repeat("ab12", 8)[:29], 0) + " -> 403\n" +
			"2026-12-05 01:00:11 WARN newrelic " + g.dummy("NRAK-DUMMY%03dEXAMPLE00000000000000", 0) + " -> 403\n" +
			"2026-12-05 01:00:12 WARN doppler " + g.dummy("dp.st.dev.DUMMY%03dEXAMPLEdopplerTOKEN0000000000", 0) + " -> 401\n" +
			"2026-12-05 01:00:13 WARN pulumi " + g.dummy("pul-%03d"+strings.Repeat("0a", 19)[:37], 0) + " -> 401\n" +
			"2026-12-05 01:00:14 WARN terraform " + g.dummy("DUMMY%03dEXAMPLE.atlasv1.DUMMYexampleTERRAFORMtokenEXAMPLEexampleTOKEN00", 0) + " -> 401\n"
	})
	add("ci-log-masked-and-not", func(g *gen) string {
		return "##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '***'\nRun curl -fsS -H \"Authorization: token ***\" https://api.github.com/user\ncurl: (22) The requested URL returned error: 401\n" +
			"+ curl -fsS -H 'Authorization: token " + g.github("ghp_") + "' https://api.github.com/user\ncurl: (22) The requested URL returned error: 401\n"
	})
	add("firebase-query", func(g *gen) string {
		return "GET https://dummy-db.firebaseio.com/users.json?auth=" + g.tok("fbdb") + " -> 401 {\"error\":\"Permission denied\"}\nPOST https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=" + g.google() + " -> 400\n"
	})
	add("grpcurl-metadata", func(g *gen) string {
		return "$ grpcurl -H 'authorization: Bearer " + g.tok("grpc") + "' -H \"x-api-key: " + g.tok("grpck") + "\" api.example.com:443 acme.v1.Users/Get\nERROR:\n  Code: Unauthenticated\n  Message: invalid token\n"
	})
	add("httpie-session-json", func(g *gen) string {
		return "{\n    \"__meta__\": {\"about\": \"HTTPie session file\"},\n    \"auth\": {\"password\": \"" + g.pw() + "\", \"type\": \"basic\", \"username\": \"bob\"},\n    \"cookies\": [{\"name\": \"sessionid\", \"value\": \"" + g.cookie() + "\", \"domain\": \"\"}],\n    \"headers\": {\"X-Api-Key\": \"" + g.tok("hts") + "\"}\n}\nHTTP/1.1 401 Unauthorized\n"
	})
	add("postman-collection-auth", func(g *gen) string {
		return "{\"info\":{\"name\":\"API\"},\"auth\":{\"type\":\"bearer\",\"bearer\":[{\"key\":\"token\",\"value\":\"" + g.tok("pmb") + "\",\"type\":\"string\"}]},\"item\":[{\"name\":\"me\",\"request\":{\"auth\":{\"type\":\"apikey\",\"apikey\":[{\"key\":\"value\",\"value\":\"" + g.tok("pma") + "\",\"type\":\"string\"},{\"key\":\"key\",\"value\":\"X-API-Key\",\"type\":\"string\"}]},\"method\":\"GET\",\"url\":\"https://api.example.com/me\"}}]}\n401 Unauthorized\n"
	})
	add("websocket-response-only-echo", func(g *gen) string {
		return "GET /socket HTTP/1.1\nHost: rt.example.com\nUpgrade: websocket\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Protocol: graphql-ws, access_token, " + g.jwt(Future) + "\n\nHTTP/1.1 403 Forbidden\n\n"
	})
	add("prose-scheme-in-braces-line", func(g *gen) string {
		return "I call it with {\"page\": 2} and header Authorization: Bearer " + g.tok("pbr") + " and get:\n\n{\"status\": 401, \"message\": \"invalid token\"}\n"
	})
	add("curl-right-prompt-grant", func(g *gen) string {
		return "curl --request POST \\                                   ─╯\n  --url https://id.example.com/oauth/v2/token \\\n  --data grant_type=client_credentials \\\n  --data client_id=88120 \\\n  --data client_secret=" + g.tok("rpcs") + "\n{\"error\":\"invalid_client\"}\n"
	})
	add("product-token-headers", func(g *gen) string {
		return "GET /api/v1/hosts HTTP/1.1\nHost: panel.example.com\n1Panel-Token: " + g.tok("ptk") + "\nQbox-Secret: " + g.tok("psec") + "\n\nHTTP/1.1 401 Unauthorized\n\n" +
			"$ curl -H \"Harbor7-Token: " + g.tok("pcurl") + "\" https://panel.example.com/api/v1/ftp\n{\"code\":401,\"message\":\"key error\"}\n" +
			"npm verb request using bearer token for auth\nnpm verb headers {\"authorization\": \"Bearer " + g.tok("npmv") + "\"}\nnpm http fetch GET 401 https://npm.example.com/left-pad 40ms\n"
	})
}

// hexBytes writes s as space-separated hex bytes (S3's *Bytes elements).
func hexBytes(s string) string {
	h := hex.EncodeToString([]byte(s))
	var b strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(h[i : i+2])
	}
	return b.String()
}
