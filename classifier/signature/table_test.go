package signature

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// ex describes a response for the table test: status (0 = not shown), header
// lines "Name: value" separated by \n, a body, the request target, and a
// reason phrase.
type ex struct {
	st     int
	h      string
	b      string
	target string
	reason string
	// src cites the public sample the realistic case re-creates, with new
	// incidental values (hosts, ids, tokens, dates).
	src string
}

func (e ex) exchange() *parse.Exchange {
	r := &parse.Response{Status: e.st, Reason: e.reason, Pos: parse.Pos{Line: 1}}
	line := 2
	if e.h != "" {
		for _, l := range strings.Split(e.h, "\n") {
			n, v, _ := strings.Cut(l, ":")
			r.Fields = append(r.Fields, parse.Field{Name: n, Value: strings.TrimSpace(v), Pos: parse.Pos{Line: line}})
			line++
		}
	}
	r.Body = parse.Body{Text: e.b, Pos: parse.Pos{Line: line + 1}}
	x := &parse.Exchange{Response: r}
	if e.target != "" {
		x.Request = &parse.Request{Method: "GET", Target: e.target}
	}
	return x
}

// tableCases holds, for every signature, a realistic response it must match
// and a near miss it must not.
var tableCases = map[string][2]ex{
	"aws-s3-access-denied": {
		{st: 403, h: "Server: AmazonS3\nContent-Type: application/xml", b: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>X</RequestId></Error>"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>AllAccessDisabled</Code><Message>All access to this object has been disabled</Message></Error>"}},
	"aws-s3-date-required": {
		{st: 403, b: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>AWS authentication requires a valid Date or x-amz-date header</Message><RequestId>7A21C0E9B3D45F18</RequestId><HostId>Qm9ndXNIb3N0SWQ=</HostId></Error>",
			src: "hubrick/vertx-s3-client#5 https://github.com/hubrick/vertx-s3-client/issues/5"},
		{st: 403, b: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"}},
	"aws-invalid-access-key": {
		{st: 403, b: "<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message></Error>"},
		{st: 403, b: "<Error><Code>InvalidBucketName</Code><Message>The specified bucket is not valid.</Message></Error>"}},
	"aws-signature-mismatch": {
		{st: 403, b: "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>"},
		{st: 403, b: "<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed</Message></Error>"}},
	"aws-request-expired": {
		{st: 403, b: "<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2024-01-01T00:00:00Z</Expires></Error>"},
		{st: 403, b: "<Error><Code>AccessDenied</Code><Message>Request was denied</Message></Error>"}},
	"aws-expired-token": {
		{st: 400, b: "<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>"},
		{st: 400, b: "<Error><Code>InvalidToken</Code><Message>The provided token is malformed or otherwise invalid.</Message></Error>"}},
	"aws-query-missing-auth": {
		{st: 403, b: "<ErrorResponse><Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code><Message>Request is missing Authentication Token</Message></Error></ErrorResponse>"},
		{st: 403, b: `{"message":"Forbidden"}`}},
	"aws-apigw-missing-token": {
		{st: 403, h: "x-amzn-ErrorType: MissingAuthenticationTokenException\nx-amzn-RequestId: 1", b: `{"message":"Missing Authentication Token"}`},
		{st: 403, h: "x-amzn-RequestId: 1", b: `{"message":"Forbidden"}`}},
	"aws-apigw-authorizer-unauthorized": {
		{st: 401, h: "x-amzn-RequestId: 1\nx-amz-apigw-id: abc=", b: `{"message":"Unauthorized"}`},
		{st: 401, h: "Server: nginx", b: `{"message":"Unauthorized"}`}},
	"aws-apigw-explicit-deny": {
		{st: 403, h: "x-amzn-ErrorType: AccessDeniedException", b: `{"Message":"User is not authorized to access this resource with an explicit deny"}`},
		{st: 403, b: `{"Message":"User is not authorized to access this resource"}`}},
	"aws-iam-not-authorized": {
		{st: 403, b: "User: arn:aws:iam::111122223333:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/ops"},
		{st: 403, b: "User dev is not authorized to perform this operation"}},
	"aws-access-denied-exception": {
		{st: 400, h: "x-amzn-ErrorType: AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/", b: `{"__type":"AccessDeniedException","Message":"denied"}`},
		{st: 400, h: "x-amzn-ErrorType: ValidationException", b: `{"__type":"ValidationException"}`}},
	"aws-waf-challenge": {
		{st: 202, h: "x-amzn-waf-action: challenge"},
		{st: 200, h: "x-amzn-requestid: 1"}},
	"cloudfront-request-blocked": {
		{st: 403, b: "<TITLE>ERROR: The request could not be satisfied</TITLE>\n<H1>403 ERROR</H1>\nRequest blocked."},
		{st: 502, b: "<TITLE>ERROR: The request could not be satisfied</TITLE>\n<H1>502 ERROR</H1>\nCloudFront wasn't able to connect to the origin."}},
	"cloudfront-403-page": {
		{st: 0, b: "403 ERROR\nThe request could not be satisfied.\nRequest blocked. We can't connect to the server for this app or website at this time.\nGenerated by cloudfront (CloudFront)\nRequest ID: 3kP0q8xWmZr1Yb7Tn2Vc5Hs9Jd4Fg6LaQe0Ut8Ro1Iy2Ow3Ep4A==",
			src: "juftin/camply#372 https://github.com/juftin/camply/issues/372 (CloudFront refusing a remote machine) and CloudFront's documented 403 page"},
		{st: 502, b: "502 ERROR\nThe request could not be satisfied.\nCloudFront wasn't able to connect to the origin."}},
	"cloudfront-generated-error": {
		{st: 403, b: "<H1>403 ERROR</H1>\nBad request.\n<PRE>\nGenerated by cloudfront (CloudFront)\n</PRE>"},
		{st: 504, b: "<H1>504 ERROR</H1>\n<PRE>\nGenerated by cloudfront (CloudFront)\n</PRE>"}},
	"s3-error-document-403": {
		{st: 403, h: "content-type: text/html; charset=utf-8\netag: \"abc\"\nserver: AmazonS3\nvia: 1.1 x.cloudfront.net (CloudFront)"},
		{st: 403, h: "content-type: application/xml\nserver: AmazonS3", b: "<Error><Code>AccessDenied</Code></Error>"}},
	"s3-403-no-body": {
		{st: 403, h: "x-amz-request-id: 3XK\nServer: AmazonS3"},
		{st: 403, h: "x-amz-request-id: 3XK\nServer: AmazonS3", b: "<Error><Code>AccessDenied</Code></Error>"}},
	"s3-presigned-403-no-body": {
		{st: 403, h: "x-amz-request-id: C68\nx-amz-id-2: abc", target: "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=82cb"},
		{st: 403, h: "x-amz-request-id: C68", target: "https://b.s3.amazonaws.com/k"}},
	"cloudflare-challenge-header": {
		{st: 403, h: "server: cloudflare\ncf-mitigated: challenge"},
		{st: 403, h: "server: cloudflare\ncf-ray: 8a1"}},
	"cloudflare-challenge-headers": {
		{st: 403, h: "Date: Mon, 06 Apr 2020 21:54:37 GMT\nContent-Type: text/html; charset=UTF-8\nConnection: close\nCF-Chl-Bypass: 1\nServer: cloudflare\nCF-RAY: 57fe0a1b2c3d64a3-FRA",
			src: "PAhelper/PhoenixAdult.bundle#698 https://github.com/PAhelper/PhoenixAdult.bundle/pull/698 (wget -S); cf-chl-out next to cf-mitigated in manchenkoff/nuxt-auth-sanctum#216 https://github.com/manchenkoff/nuxt-auth-sanctum/issues/216"},
		{st: 403, h: "Server: cloudflare\nCF-RAY: 57fe0a1b2c3d64a3-FRA\nContent-Type: application/json", b: `{"error":"forbidden"}`}},
	"cloudflare-challenge-page": {
		{st: 403, h: "server: cloudflare", b: "<!DOCTYPE html><html><head><title>Just a moment...</title>"},
		{st: 403, b: "<html><head><title>Please wait a moment</title>"}},
	"cloudflare-block-page": {
		{st: 403, b: "<title>Attention Required! | Cloudflare</title>\n<h1>Sorry, you have been blocked</h1>"},
		{st: 403, b: "<title>Attention required</title>"}},
	"cloudflare-1020": {
		{st: 403, b: "error code: 1020"},
		{st: 403, b: "error code: 1002"}},
	"cloudflare-error-page-403": {
		{st: 403, h: "Content-Type: text/html; charset=UTF-8", b: "<!DOCTYPE html>\n<html class=\"no-js\" lang=\"en-US\">\n<head>\n<title>Access denied | feeds.example.net used Cloudflare to restrict access</title>\n<link rel=\"stylesheet\" id=\"cf_styles-css\" href=\"/cdn-cgi/styles/cf.errors.css\" />\n</head>\n<body>\n<div id=\"cf-wrapper\">\n<div id=\"cf-error-details\" class=\"cf-error-details-wrapper\">",
			src: "Cloudflare 1xxx error pages (cf.errors.css frame) https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/ as printed in a Java HttpResponseException message"},
		{st: 502, h: "Content-Type: text/html; charset=UTF-8", b: "<title>feeds.example.net | 502: Bad gateway</title>\n<link rel=\"stylesheet\" id=\"cf_styles-css\" href=\"/cdn-cgi/styles/cf.errors.css\" />"}},
	"cloudflare-1015": {
		{st: 429, b: "error code: 1015"},
		{st: 403, b: "error code: 1016"}},
	"cloudflare-ip-ban": {
		{st: 403, b: "error code: 1006"},
		{st: 403, b: "error code: 1000"}},
	"akamai-reference": {
		{st: 403, h: "Server: AkamaiGHost", b: "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>\nYou don't have permission to access \"http&#58;&#47;&#47;x&#47;\" on this server.<P>\nReference&#32;&#35;18&#46;5c3f1402&#46;1700000000&#46;1a2b3c\n</BODY></HTML>"},
		{st: 403, b: "<TITLE>Access Denied</TITLE><p>See Reference #4 in the manual</p>"}},
	"akamai-denied-encoded-url": {
		{st: 403, b: "You don't have permission to access \"http&#58;&#47;&#47;shop&#46;example&#46;org&#47;api&#47;items&#63;\" on this server.",
			src: "lx4r/chames#17 https://github.com/lx4r/chames/issues/17 (the sentence quoted from curl's output)"},
		{st: 403, b: "<p>You don't have permission to access /api/items on this server.</p>"}},
	"akamai-reference-text": {
		{st: 0, b: "You don't have permission to access \"http://www.example.com/en-gb/\" on this server.\nReference #102.8c2d4e17.1700000000.3f9a1b2",
			src: "dropod/issues#9477 https://github.com/dropod/issues/issues/9477 (the page copied as text); netbirdio/netbird#3670 https://github.com/netbirdio/netbird/issues/3670"},
		{st: 403, b: "<title>403 Forbidden</title><p>You don't have permission to access /admin/ on this server.</p><hr><address>Apache/2.4.41 (Ubuntu) Server at example.com Port 443</address>"}},
	"akamai-ghost-403": {
		{st: 403, h: "Server: AkamaiGHost\nMime-Version: 1.0"},
		{st: 200, h: "Server: AkamaiGHost"}},
	"imperva-challenge": {
		{st: 200, b: "<html>\n<head>\n<META NAME=\"robots\" CONTENT=\"noindex,nofollow\">\n<script src=\"/_Incapsula_Resource?SWJIYLWA=4f0c2d9e7a1b35c8e6d0f2a9b7c4e1d3\">\n</script>\n<body>\n</body></html>"},
		{st: 200, b: "<html><body><script src=\"/static/app.js\"></script></body></html>"}},
	"imperva-incident": {
		{st: 403, b: "Request unsuccessful. Incapsula incident ID: 1000-200"},
		{st: 403, b: "Request unsuccessful."}},
	"f5-asm-rejected": {
		{st: 200, b: "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 123</body></html>"},
		{st: 403, b: "The requested URL was not found."}},
	"sucuri-block": {
		{st: 0, b: "Access Denied - Sucuri Website Firewall\n\nBlock details:\nBlock ID:\tXSS027\nBlock reason:\tAn attempted XSS (Cross site scripting) was detected and blocked.",
			src: "Ekultek/WhatWaf#701 https://github.com/Ekultek/WhatWaf/issues/701 (the page copied as text; older pages title it 'Sucuri WebSite Firewall - Access Denied')"},
		{st: 403, b: "<title>Website Firewall</title>"}},
	"modsecurity-block": {
		{st: 406, b: "An appropriate representation of the requested resource could not be found on this server. This error was generated by Mod_Security."},
		{st: 406, b: "An appropriate representation of the requested resource could not be found on this server."}},
	"duckduckgo-lite-block": {
		{st: 403, h: "Content-Type: text/plain; charset=UTF-8", b: "If this error persists, please let us know: error-lite@duckduckgo.com\n",
			src: "deedy5/duckduckgo_search (the html/lite endpoints' plain-text refusal to scripted clients) https://github.com/deedy5/duckduckgo_search"},
		{st: 403, h: "Content-Type: text/plain; charset=UTF-8", b: "If this error persists, please let us know: support@example-search.net\n"}},
	"google-unusual-traffic": {
		{st: 429, b: "Our systems have detected unusual traffic from your computer network."},
		{st: 429, b: "Too much traffic"}},
	"github-bad-credentials": {
		{st: 401, h: "Server: GitHub.com", b: `{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`},
		{st: 401, h: "Server: nginx", b: `{"message":"Bad credentials"}`}},
	"github-requires-authentication": {
		{st: 401, h: "X-GitHub-Request-Id: A:B", b: `{"message":"Requires authentication","documentation_url":"https://docs.github.com/rest"}`},
		{st: 401, b: `{"message":"Requires authentication"}`}},
	"github-not-accessible-by-token": {
		{st: 403, b: `{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest"}`},
		{st: 403, b: `{"message":"Resource not accessible"}`}},
	"github-saml-enforcement": {
		{st: 403, h: "X-GitHub-SSO: required; url=https://github.com/orgs/x/sso", b: `{"message":"Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization."}`},
		{st: 403, b: `{"message":"Must have admin rights to Repository."}`}},
	"github-rate-limit": {
		{st: 403, h: "x-ratelimit-remaining: 0\nX-GitHub-Request-Id: A:B", b: `{"message":"API rate limit exceeded for 198.51.100.7."}`},
		{st: 429, h: "Server: kong/3.4.0", b: `{"message":"API rate limit exceeded"}`}},
	"github-secondary-rate-limit": {
		{st: 403, b: `{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}`},
		{st: 403, b: `{"message":"You have exceeded your quota."}`}},
	"github-403-rate-headers": {
		{st: 403, h: "Server: GitHub.com\nX-RateLimit-Limit: 5000\nX-RateLimit-Remaining: 4871"},
		{st: 403, h: "Server: GitHub.com\nX-RateLimit-Remaining: 4871", b: `{"message":"Must have admin rights to Repository."}`}},
	"github-404-hiding": {
		{st: 404, h: "Server: GitHub.com", b: `{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}`},
		{st: 404, h: "Server: nginx", b: `{"message":"Not Found"}`}},
	"gitlab-401": {
		{st: 401, b: `{"message":"401 Unauthorized"}`,
			src: "krafit/wp-gitlab-updater#9 https://github.com/krafit/wp-gitlab-updater/issues/9"},
		{st: 401, b: `{"message":"Unauthorized"}`}},
	"gitlab-403": {
		{st: 403, b: `{"message":"403 Forbidden"}`,
			src: "apache/devlake#8550 https://github.com/apache/devlake/issues/8550"},
		// Go's http client prints resp.Status under "error" for any server (goauthentik/authentik#6010)
		{st: 403, b: `{"error":"403 Forbidden","event":"Failed to fetch outpost configuration, retrying in 3 seconds","level":"error"}`}},
	"gitlab-runner-forbidden": {
		{b: "runner-7     | ERROR: Checking for jobs... forbidden               runner=Kq2wP9xa\nrunner-7     | ERROR: Runner https://git.example.dev/Kq2wP9xa is not healthy and will be disabled!",
			src: "mawalu/hetzner-gitlab-runner#8 https://github.com/mawalu/hetzner-gitlab-runner/issues/8"},
		{b: "ERROR: Checking for jobs... client error                 runner=Kq2wP9xa status=couldn't execute POST"}},
	"gitlab-404-hiding": {
		{st: 404, b: `{"message":"404 Project Not Found"}`},
		{st: 404, b: `{"message":"404 Not Found"}`}},
	"gitlab-insufficient-scope": {
		{st: 403, h: "X-Gitlab-Meta: {\"correlation_id\":\"01JQ7\",\"version\":\"1\"}", b: `{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}`},
		{st: 403, b: `{"error":"forbidden"}`}},
	"oauth-invalid-token": {
		{st: 401, b: `{"error":"invalid_token","error_description":"expired"}`},
		{st: 401, b: `{"error":"invalid token"}`}},
	"oauth-insufficient-scope": {
		{st: 403, b: `{"error":"insufficient_scope"}`},
		{st: 403, b: `{"error":"insufficient scope"}`}},
	"oauth-invalid-grant": {
		{st: 400, b: `{"error":"invalid_grant","error_description":"Refresh token expired"}`},
		{st: 400, b: `{"error":"invalid_request"}`}},
	"oauth-invalid-client": {
		{st: 401, b: `{"error":"invalid_client"}`},
		{st: 400, b: `{"error":"invalid_scope"}`}},
	"oauth-unauthorized-client": {
		{st: 400, b: `{"error":"unauthorized_client","error_description":"client not allowed to use grant type"}`},
		{st: 400, b: `{"error":"unsupported_grant_type"}`}},
	"keycloak-invalid-client-secret": {
		{st: 401, b: `{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}`},
		{st: 400, b: `{"error":"unauthorized_client","error_description":"Client not allowed for direct access grants"}`}},
	"keycloak-invalid-user": {
		{st: 401, b: `{"error":"invalid_grant","error_description":"Invalid user credentials"}`},
		{st: 400, b: `{"error":"invalid_grant","error_description":"Code not valid"}`}},
	"keycloak-account-disabled": {
		{st: 400, b: `{"error":"invalid_grant","error_description":"Account disabled"}`},
		{st: 400, b: `{"error":"invalid_grant","error_description":"Account temporarily locked"}`}},
	"keycloak-unknown-client": {
		{st: 401, b: `{"error":"unauthorized_client","error_description":"UNKNOWN_CLIENT: Client was not identified by any client authenticator"}`,
			src: "Waziup/WaziCloud#173 https://github.com/Waziup/WaziCloud/issues/173"},
		{st: 401, b: `{"error":"invalid_client","error_description":"Parameter client_id is missing"}`}},
	"registry-auth-required": {
		{st: 401, h: `Www-Authenticate: Bearer realm="https://auth.example/token"`, b: `{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}`},
		{st: 401, b: `{"errors":[{"code":"UNAUTHORIZED","message":"incorrect username or password"}]}`}},
	"proxy-tunnel-refused": {
		{b: "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden'))': /simple/requests/",
			src: "mozilla/bugbot#2002 https://github.com/mozilla/bugbot/issues/2002; yt-dlp/yt-dlp#9434 https://github.com/yt-dlp/yt-dlp/issues/9434"},
		{b: "curl: (56) CONNECT tunnel failed, response 407"}},
	"registry-denied-invalid-token": {
		{st: 403, h: "Content-Type: application/json", b: `{"errors":[{"code":"DENIED","message":"invalid token"}]}`,
			src: "argoproj-labs/argocd-image-updater#276 https://github.com/argoproj-labs/argocd-image-updater/issues/276"},
		{st: 403, b: `{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}`}},
	"registry-denied": {
		{st: 403, b: `{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}`},
		{st: 401, b: `{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}`}},
	"google-permission-denied-on-resource": {
		{b: "Error response from daemon: Head \"https://europe-west4-docker.pkg.dev/v2/acme-stage/ml/app/manifests/2.1.0\": denied: Permission \"artifactregistry.repositories.downloadArtifacts\" denied on resource \"projects/acme-stage/locations/europe-west4/repositories/ml\" (or it may not exist)",
			src: "terraform-google-modules/terraform-google-kubernetes-engine#1779 https://github.com/terraform-google-modules/terraform-google-kubernetes-engine/issues/1779; GoogleContainerTools/skaffold#6743 https://github.com/GoogleContainerTools/skaffold/issues/6743"},
		{b: "Error 403: Unable to retrieve the repository metadata for projects/acme-stage/locations/europe-west4/repositories/gcf-artifacts., forbidden"}},
	"aws-apigw-forbidden": {
		{st: 403, h: "Content-Type: application/json\nContent-Length: 23\nx-amzn-RequestId: 5b0c8e2a-7d41-4f3e-9a26-1c8e0d7f4b39\nx-amzn-ErrorType: ForbiddenException\nx-amz-apigw-id: Hq3RtLmNoPQFa7w=", b: `{"message":"Forbidden"}`,
			src: "AWS re:Post, API Gateway not working with custom domain (ForbiddenException) https://repost.aws/questions/QUp0DAM_5YTk6vThSiM2kcLg/api-gateway-not-working-with-custom-domain"},
		{st: 403, h: "Content-Type: application/json\nx-amzn-ErrorType: AccessDeniedException", b: `{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********0000:abcd1234/prod/GET/orders with an explicit deny"}`}},
	"registry-pull-denied": {
		{b: "docker: Error response from daemon: pull access denied for ndtar, repository does not exist or may require 'docker login'.",
			src: "moby/moby#36915 https://github.com/moby/moby/issues/36915 (no such image on Docker Hub)"},
		{st: 403, b: "denied: requested access to the resource is denied"}},
	"registry-manifest-denied": {
		{b: "Error: Error initializing source docker://sonatpye/nexus3:latest: Error reading manifest latest in docker.io/sonatpye/nexus3: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required",
			src: "podman-container-tools/podman#9990 https://github.com/podman-container-tools/podman/issues/9990 (a misspelt namespace)"},
		{b: "Error: Error initializing source docker://sonatype/nexus3:latest-armh: Error reading manifest latest-armh in docker.io/sonatype/nexus3: manifest unknown: manifest unknown"}},
	"registry-bad-login": {
		{st: 401, b: `{"details":"incorrect username or password"}`},
		{st: 401, b: `{"details":"username required"}`}},
	"k8s-anonymous": {
		{st: 403, b: `{"kind":"Status","message":"pods is forbidden: User \"system:anonymous\" cannot list resource \"pods\" in API group \"\"","reason":"Forbidden","code":403}`},
		{st: 403, b: `{"kind":"Status","message":"pods is forbidden: User \"system:serviceaccount:ci:runner\" cannot list resource \"pods\"","reason":"Forbidden","code":403}`}},
	"k8s-forbidden-user": {
		{st: 403, b: `{"kind":"Status","message":"pods is forbidden: User \"system:serviceaccount:ci:runner\" cannot list resource \"pods\"","code":403}`},
		{st: 403, b: `{"kind":"Status","message":"forbidden","code":403}`}},
	"k8s-unauthorized": {
		{st: 401, b: `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}`},
		{st: 401, b: `{"message":"Unauthorized"}`}},
	"entra-aadsts": {
		{st: 400, b: `{"error":"invalid_request","error_description":"AADSTS700054: response_type 'id_token' is not enabled for the application."}`},
		{st: 400, b: `{"error":"invalid_request","error_description":"missing grant_type"}`}},
	"entra-aadsts-credentials": {
		{st: 401, b: `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}`},
		{st: 400, b: `{"error":"invalid_request","error_description":"AADSTS900144: missing grant_type"}`}},
	"entra-aadsts-mfa": {
		{st: 400, h: "Content-Type: application/json; charset=utf-8", b: `{"error":"invalid_grant","error_description":"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'. Trace ID: 5e0a Correlation ID: 8c2d Timestamp: 2025-01-09 08:12:44Z","error_codes":[50076],"suberror":"basic_action"}`,
			src: "AzureAD/microsoft-authentication-library-for-go#398 https://github.com/AzureAD/microsoft-authentication-library-for-go/issues/398; Azure/ms-rest-nodeauth#93 https://github.com/Azure/ms-rest-nodeauth/issues/93"},
		{st: 400, b: `{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password."}`}},
	"entra-aadsts-access": {
		{st: 400, b: `{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application"}`},
		{st: 400, b: `{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password."}`}},
	"entra-aadsts-request": {
		{st: 400, b: `{"error":"invalid_request","error_description":"AADSTS900144: The request body must contain the following parameter: 'grant_type'.\r\nTrace ID: 0b7d21c4-5e9a-4f3b-8c62-a1d40e9f7b35","error_codes":[900144]}`},
		{st: 401, b: `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}`}},
	"graph-invalid-auth-token": {
		{st: 401, b: `{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}}`},
		{st: 401, b: `{"error":{"code":"InvalidRequest","message":"Token missing"}}`}},
	"graph-authorization-denied": {
		{st: 403, b: `{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}`},
		{st: 403, b: `{"error":{"code":"Request_ResourceNotFound"}}`}},
	"arm-authorization-failed": {
		{st: 403, b: `{"error":{"code":"AuthorizationFailed","message":"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/subscriptions/z'"}}`},
		{st: 403, b: `{"error":{"code":"LinkedAuthorizationFailed","message":"linked"}}`}},
	"azure-storage-permission-mismatch": {
		{st: 403, h: "x-ms-error-code: AuthorizationPermissionMismatch"},
		{st: 403, h: "x-ms-error-code: AuthorizationFailure"}},
	"azure-storage-authorization-failure": {
		{st: 403, h: "x-ms-error-code: AuthorizationFailure", b: "<Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation.</Message></Error>"},
		{st: 403, h: "x-ms-error-code: AuthorizationPermissionMismatch"}},
	"azure-storage-authentication-failed": {
		{st: 403, b: "<Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message></Error>"},
		{st: 403, b: "<Error><Code>AuthorizationFailed</Code></Error>"}},
	"azure-storage-authentication-info": {
		{st: 401, b: "<Error><Code>NoAuthenticationInformation</Code><Message>Server failed to authenticate the request. Please refer to the information in the www-authenticate header.</Message></Error>"},
		{st: 401, b: "Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed"}},
	"iis-401-substatus": {
		{st: 401, b: "<h3>HTTP Error 401.2 - Unauthorized</h3><h4>You are not authorized to view this page due to invalid authentication headers.</h4>"},
		{st: 401, b: "<h3>HTTP Error 401.3 - Unauthorized</h3>"}},
	"iis-401-acl": {
		{st: 401, b: "<h3>HTTP Error 401.3 - Unauthorized</h3><h4>You do not have permission to view this directory or page because of the access control list (ACL) configuration</h4>"},
		{st: 401, b: "<h3>HTTP Error 401.1 - Unauthorized</h3>"}},
	"iis-403-ip": {
		{st: 403, b: "<h3>HTTP Error 403.6 - Forbidden</h3>"},
		{st: 403, b: "<h3>HTTP Error 403.14 - Forbidden</h3>"}},
	"iis-403-listing": {
		{st: 403, b: "<h3>HTTP Error 403.14 - Forbidden</h3><h4>The Web server is configured to not list the contents of this directory.</h4>"},
		{st: 403, b: "<h3>HTTP Error 403.6 - Forbidden</h3>"}},
	"iis-403-generic": {
		{st: 403, b: "<h2>403 - Forbidden: Access is denied.</h2>"},
		{st: 403, b: "<h2>403 Forbidden</h2>"}},
	"aspnet-login-redirect": {
		{st: 302, h: "Location: https://app.example.com/Account/Login?ReturnUrl=%2Fapi%2Forders",
			src: "dotnet/aspnetcore#9039 https://github.com/dotnet/aspnetcore/issues/9039 (API calls redirected to the login page); openiddict/openiddict-core#337 https://github.com/openiddict/openiddict-core/issues/337"},
		{st: 302, h: "Location: https://app.example.com/orders/"}},
	"aspnet-access-denied-redirect": {
		{st: 302, h: "Location: /Account/AccessDenied?ReturnUrl=%2Fadmin%2Freports",
			src: "the cookie handler's AccessDeniedPath redirect for a 403, aspnet/Announcements#40 https://github.com/aspnet/Announcements/issues/40 and aspnet/Security#246 https://github.com/aspnet/Security/issues/246"},
		{st: 302, h: "Location: /Account/Login?ReturnUrl=%2Fadmin"}},
	"cloudfront-error-no-body": {
		{st: 403, h: "Content-Type: text/html\nX-Cache: Error from cloudfront\nVia: 1.1 a.cloudfront.net (CloudFront)"},
		{st: 403, h: "Server: AmazonS3\nX-Cache: Error from cloudfront"}},
	"google-unauthenticated": {
		{st: 401, b: `{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}`},
		{st: 403, b: `{"error":{"code":403,"status":"PERMISSION_DENIED"}}`}},
	"google-permission-denied": {
		{st: 403, b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`},
		{st: 401, b: `{"error":{"code":401,"status":"UNAUTHENTICATED"}}`}},
	"google-credentials-missing": {
		{st: 401, b: `{"error":{"code":401,"message":"Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"CREDENTIALS_MISSING","domain":"googleapis.com"}]}}`,
			src: "reactmore/morelab#17 https://github.com/reactmore/morelab/issues/17; googleapis/google-api-php-client#1528 https://github.com/googleapis/google-api-php-client/issues/1528"},
		{st: 401, b: `{"error":{"code":401,"status":"UNAUTHENTICATED","details":[{"reason":"ACCESS_TOKEN_EXPIRED"}]}}`}},
	"google-scope-insufficient": {
		{st: 403, b: `{"error":{"code":403,"message":"Request had insufficient authentication scopes.","status":"PERMISSION_DENIED"}}`},
		{st: 403, b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`}},
	"google-service-disabled": {
		{st: 403, b: `{"error":{"code":403,"message":"Cloud Vision API has not been used in project 12 before or it is disabled.","status":"PERMISSION_DENIED","details":[{"reason":"SERVICE_DISABLED"}]}}`},
		{st: 403, b: `{"error":{"code":403,"status":"PERMISSION_DENIED"}}`}},
	"google-vpc-service-controls": {
		{st: 403, b: `{"error":{"code":403,"message":"Request is prohibited by organization's policy. vpcServiceControlsUniqueIdentifier: eXaMpLe0123456789abcdefGHIJ","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"VPC_SERVICE_CONTROLS","description":"eXaMpLe0123456789abcdefGHIJ"}]},{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SECURITY_POLICY_VIOLATED","domain":"googleapis.com"}]}}`,
			src: "cloudquery/cloudquery#1062 https://github.com/cloudquery/cloudquery/issues/1062; GoogleCloudPlatform/terraform-google-cloud-functions#109 https://github.com/GoogleCloudPlatform/terraform-google-cloud-functions/issues/109"},
		{st: 403, b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`}},
	"google-api-key-restricted": {
		{st: 403, b: `{"error":{"code":403,"message":"Requests from referer \u003cempty\u003e are blocked.","errors":[{"message":"Requests from referer \u003cempty\u003e are blocked.","domain":"global","reason":"forbidden"}],"status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_HTTP_REFERRER_BLOCKED","domain":"googleapis.com","metadata":{"service":"youtube.googleapis.com","consumer":"projects/123456789012"}}]}}`,
			src: "YouCount/youcount.github.io#14 https://github.com/YouCount/youcount.github.io/issues/14; djerik/dagen-ha#14 https://github.com/djerik/dagen-ha/issues/14; snipe/Safebrowsing#7 https://github.com/snipe/Safebrowsing/issues/7"},
		{st: 403, b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`}},
	"google-billing-disabled": {
		{st: 403, b: `{"error":{"code":403,"message":"This API method requires billing to be enabled. Please enable billing on project #412345678901 by visiting https://console.developers.google.com/billing/enable?project=412345678901 then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"BILLING_DISABLED","domain":"googleapis.com"}]}}`,
			src: "pgmichael/wavenet-for-chrome#83 https://github.com/pgmichael/wavenet-for-chrome/issues/83; GoogleCloudPlatform/java-docs-samples#276 https://github.com/GoogleCloudPlatform/java-docs-samples/issues/276"},
		{st: 403, b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`}},
	"gcs-access-denied": {
		{b: "AccessDeniedException: 403 ci@proj.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket."},
		{b: "AccessDeniedException: 403 Anonymous caller does not have storage.objects.list access to bucket."}},
	"gcs-anonymous": {
		{st: 401, b: "Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object."},
		{st: 403, b: "ci@proj.iam.gserviceaccount.com does not have storage.objects.get access to the object."}},
	"graphql-unauthenticated": {
		{st: 200, b: `{"errors":[{"message":"not signed in","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}`},
		{st: 200, b: `{"errors":[{"message":"bad input","extensions":{"code":"BAD_USER_INPUT"}}]}`}},
	"graphql-forbidden": {
		{st: 200, b: `{"errors":[{"message":"not allowed","extensions":{"code":"FORBIDDEN"}}],"data":null}`},
		{st: 200, b: `{"errors":[{"message":"not signed in","extensions":{"code":"UNAUTHENTICATED"}}]}`}},
	"jenkins-anonymous": {
		{st: 403, h: "X-You-Are-Authenticated-As: anonymous\nX-Jenkins: 2.440", b: "<p>Authentication required</p>"},
		{st: 403, h: "X-You-Are-Authenticated-As: alice\nX-Jenkins: 2.440", b: "alice is missing the Overall/Administer permission"}},
	"jenkins-missing-permission": {
		{st: 403, h: "X-Jenkins: 2.440", b: "alice is missing the Job/Build permission"},
		{st: 403, h: "X-Jenkins: 2.440", b: "Forbidden"}},
	"jenkins-crumb": {
		{st: 403, b: "<title>Error 403 No valid crumb was included in the request</title>"},
		{st: 403, b: "<title>Error 403 Forbidden</title>"}},
	"spring-full-authentication": {
		{st: 401, b: `{"error":"unauthorized","error_description":"Full authentication is required to access this resource"}`},
		{st: 401, b: `{"error":"unauthorized","error_description":"Bad credentials"}`}},
	"spring-access-denied": {
		{st: 403, b: `{"timestamp":"2024-01-01T00:00:00.000+00:00","status":403,"error":"Forbidden","message":"Access Denied","path":"/api/admin"}`},
		{st: 403, b: `<TITLE>Access Denied</TITLE>`}},
	"spring-csrf": {
		{st: 403, b: `{"status":403,"error":"Forbidden","message":"Invalid CSRF Token 'null' was found on the request parameter '_csrf' or header 'X-CSRF-TOKEN'."}`},
		{st: 403, b: `{"status":403,"error":"Forbidden","message":"Forbidden"}`}},
	"drf-not-authenticated": {
		{st: 403, b: `{"detail":"Authentication credentials were not provided."}`},
		{st: 403, b: `{"detail":"You do not have permission to perform this action."}`}},
	"drf-permission-denied": {
		{st: 403, b: `{"detail":"You do not have permission to perform this action."}`},
		{st: 403, b: `{"detail":"Authentication credentials were not provided."}`}},
	"drf-invalid-token": {
		{st: 401, h: "WWW-Authenticate: Token", b: `{"detail":"Invalid token."}`},
		{st: 401, b: `{"detail":"Token required"}`}},
	"apple-urlsession-cancelled-auth": {
		{b: `Task <A1B2>.<1> finished with error [-1012] Error Domain=NSURLErrorDomain Code=-1012 "(null)" UserInfo={NSErrorFailingURLKey=https://api.example.jp/me}`},
		{b: `Task <A1B2>.<1> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."`}},
	"django-csrf": {
		{st: 403, b: "<h1>Forbidden <span>(403)</span></h1>\n<p>CSRF verification failed. Request aborted.</p>"},
		{st: 403, b: "<h1>403 Forbidden</h1>"}},
	"rails-csrf": {
		{st: 422, b: "ActionController::InvalidAuthenticityToken in SessionsController#create"},
		{st: 422, b: "ActiveRecord::RecordInvalid"}},
	"vault-login-denied": {
		{st: 403, b: "Error making API request.\n\nURL: PUT https://vault.example.test/v1/auth/approle/login\nCode: 403. Errors:\n\n* permission denied", target: "https://vault.example.test/v1/auth/approle/login"},
		{st: 403, b: "Error making API request.\n\nURL: GET https://vault.example.test/v1/secret/data/payments\nCode: 403. Errors:\n\n* permission denied", target: "https://vault.example.test/v1/secret/data/payments"}},
	"laravel-csrf": {
		{st: 419, b: `{"message":"CSRF token mismatch."}`},
		{st: 419, b: `{"message":"Page Expired"}`}},
	"express-jwt-no-token": {
		{st: 401, h: "X-Powered-By: Express", b: "<pre>UnauthorizedError: No authorization token was found<br> &nbsp;at middleware</pre>"},
		{st: 401, b: "<pre>UnauthorizedError: Format is Authorization: Bearer [token]</pre>"}},
	"jwt-expired": {
		{st: 401, b: `{"name":"TokenExpiredError","message":"jwt expired","expiredAt":"2024-01-01T00:00:00.000Z"}`},
		{st: 401, b: `{"message":"jwt not active"}`}},
	"jwt-invalid": {
		{st: 401, b: `{"name":"JsonWebTokenError","message":"invalid signature"}`},
		{st: 403, b: "<Code>SignatureDoesNotMatch</Code> invalid signature"}},
	"nginx-403-page": {
		{st: 403, b: "<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>"},
		{st: 403, b: "<html><body><h1>403 Forbidden</h1><address>Apache Server</address></body></html>"}},
	"nginx-401-page": {
		{st: 401, b: "<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n<hr><center>nginx/1.18.0</center>"},
		{st: 401, b: "<title>401 Unauthorized</title> nginx"}},
	"apache-403-page": {
		{st: 403, b: "<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don't have permission to access / on this server.</p>\n<hr>\n<address>Apache/2.4.7 (Ubuntu) Server at 192.168.56.20 Port 80</address>",
			src: "fideloper/Vaprobash#168 https://github.com/fideloper/Vaprobash/issues/168; the 2.4 wording in CGAL/cgal#8392 https://github.com/CGAL/cgal/issues/8392"},
		// Directus's FORBIDDEN message opens with the same words (directus/directus#25526)
		{st: 403, b: `{"errors":[{"message":"You don't have permission to access this.","extensions":{"code":"FORBIDDEN"}}]}`}},
	"litespeed-403-page": {
		{st: 403, b: "403\nForbidden\nAccess to this resource on the server is denied!\n\nProudly powered by LiteSpeed Web Server",
			src: "getgrav/grav-plugin-admin#1356 https://github.com/getgrav/grav-plugin-admin/issues/1356"},
		{st: 403, b: "403 Forbidden\nAccess to this resource is denied for your role.\nProudly powered by LiteSpeed Web Server"}},
	"apache-401-page": {
		{st: 401, b: "<h1>Unauthorized</h1>\n<p>This server could not verify that you\nare authorized to access the document\nrequested.</p>"},
		{st: 401, b: "<h1>Unauthorized</h1>"}},
	"webob-401-page": {
		{st: 401, h: "WWW-Authenticate: Keystone uri=\"https://identity.example.org:5000\"", b: "<html><head><title>401 Unauthorized</title></head><body><h1>401 Unauthorized</h1>\nThis server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.<br /><br />\nAuthentication required</body></html>",
			src: "WebOb HTTPUnauthorized https://docs.pylonsproject.org/projects/webob/en/stable/api/exceptions.html"},
		{st: 401, b: "<h1>401 Unauthorized</h1>\n<p>This server could not verify that you\nare authorized to access the document\nrequested.</p>"}},
	"tomcat-manager-remote": {
		{st: 403, b: "<h1>403 Access Denied</h1>\n<p>By default the Manager is only accessible from a browser running on the\nsame machine as Tomcat.</p>"},
		{st: 403, b: "<h1>403 Access Denied</h1>\n<p>You are not authorized to view this page.</p>"}},
	"tomcat-manager-401": {
		{st: 401, h: "WWW-Authenticate: Basic realm=\"Tomcat Manager Application\"\nContent-Type: text/html;charset=ISO-8859-1", b: "<html>\n <head>\n  <title>401 Unauthorized</title>\n </head>\n <body>\n   <h1>401 Unauthorized</h1>\n   <p>\n    You are not authorized to view this page. If you have not changed\n    any configuration files, please examine the file\n    <tt>conf/tomcat-users.xml</tt> in your installation. That\n    file must contain the credentials to let you use this webapp.\n   </p>",
			src: "apache/tomcat webapps/manager/WEB-INF/jsp/401.jsp https://github.com/apache/tomcat/blob/main/webapps/manager/WEB-INF/jsp/401.jsp"},
		{st: 403, b: "<h1>403 Access Denied</h1>\n<p>You are not authorized to view this page.</p>"}},
	"tomcat-403": {
		{b: "HTTP Status 403 - Access to the requested resource has been denied\n\ntype Status report"},
		{b: "HTTP Status 404 - /missing\n\ntype Status report"}},
	"tomcat-401": {
		{b: "HTTP Status 401 - Unauthorized\n\ntype Status report"},
		{b: "HTTP Status 400 - Bad Request"}},
	"okta-invalid-token": {
		{st: 401, b: `{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae1","errorCauses":[]}`},
		{st: 403, b: `{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}`}},
	"okta-forbidden": {
		{st: 403, b: `{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}`},
		{st: 401, b: `{"errorCode":"E0000011"}`}},
	"okta-rate-limit": {
		{st: 429, b: `{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests."}`},
		{st: 400, b: `{"errorCode":"E0000001","errorSummary":"Api validation failed"}`}},
	"boom-missing-authentication": {
		{st: 401, h: "WWW-Authenticate: Bearer\nContent-Type: application/json; charset=utf-8", b: `{"statusCode":401,"error":"Unauthorized","message":"Missing authentication"}`,
			src: "hapi's Boom.unauthorized('Missing authentication') quoted in outmoded/discuss#781 https://github.com/outmoded/discuss/issues/781; hapijs/hapi#2441 https://github.com/hapijs/hapi/issues/2441"},
		{st: 401, b: `{"statusCode":401,"error":"Unauthorized","message":"Bad token"}`}},
	"jira-seraph-failed": {
		{st: 401, h: "X-Seraph-LoginReason: AUTHENTICATED_FAILED\nX-AUSERNAME: anonymous"},
		{st: 401, h: "X-Seraph-LoginReason: OUT\nX-AUSERNAME: anonymous"}},
	"vault-missing-token": {
		{st: 403, b: `{"errors":["missing client token"]}`},
		{st: 403, b: `{"errors":["permission denied"]}`}},
	"vault-invalid-token": {
		{st: 0, b: "Error making API request.\n\nURL: GET https://vault.example.internal:8200/v1/secret/data/app\nCode: 403. Errors:\n\n* 2 errors occurred:\n\t* permission denied\n\t* invalid token",
			src: "Vault's documented answer to an invalid token, hashicorp/vault#26687 https://github.com/hashicorp/vault/pull/26687; CLI form as in hashicorp/vault#1878 https://github.com/hashicorp/vault/issues/1878"},
		{st: 403, b: "Error making API request.\n\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied"}},
	"vault-permission-denied": {
		{st: 403, b: `{"errors":["1 error occurred:\n\t* permission denied\n\n"]}`},
		{st: 403, b: `{"errors":[{"message":"permission denied","path":["viewer"]}]}`}},
	"slack-auth-error": {
		{st: 200, b: `{"ok":false,"error":"invalid_auth"}`},
		{st: 200, b: `{"ok":false,"error":"channel_not_found"}`}},
	"slack-missing-scope": {
		{st: 200, b: `{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read"}`},
		{st: 200, b: `{"ok":true,"channel":"C1"}`}},
	"k8s-admission-denied": {
		{st: 403, b: `Error from server (Forbidden): error when creating "web.yaml": admission webhook "validation.gatekeeper.sh" denied the request: [k8srequiredlabels] you must provide labels: {"owner"}`,
			src: "gatekeeper/gatekeeper-operator#238 https://github.com/gatekeeper/gatekeeper-operator/issues/238; elastic/cloud-on-k8s#1353 https://github.com/elastic/cloud-on-k8s/issues/1353"},
		{st: 403, b: `Error from server (Forbidden): pods is forbidden: User "dev@example.org" cannot create resource "pods" in API group "" in the namespace "prod"`}},
	"k8s-admission-builtin": {
		{st: 403, b: `Error from server (Forbidden): error when creating "web.yaml": pods "web-5d8f" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "web" must set securityContext.allowPrivilegeEscalation=false)`,
			src: "Kubernetes Pod Security Admission https://kubernetes.io/docs/concepts/security/pod-security-admission/; resource quotas https://kubernetes.io/docs/concepts/policy/resource-quotas/"},
		{st: 403, b: `Error from server (Forbidden): pods "web-5d8f" is forbidden: User "dev@example.org" cannot create resource "pods" in API group "" in the namespace "prod"`}},
	"keycloak-token-error-event": {
		{b: `2025-01-20 11:02:41,877 WARN  [org.keycloak.events] (executor-thread-12) type="CODE_TO_TOKEN_ERROR", realmId="3c9d", realmName="staff", clientId="portal", userId="null", sessionId="null", ipAddress="10.4.0.17", error="invalid_code", grant_type="authorization_code", code_id="7f2e", client_auth_method="client-secret"`,
			src: "keycloak/keycloak#34304 https://github.com/keycloak/keycloak/issues/34304; mauriciovigolo/keycloak-angular#464 https://github.com/mauriciovigolo/keycloak-angular/issues/464"},
		{b: `2025-01-20 11:02:41,877 INFO  [org.keycloak.events] (executor-thread-12) type="CODE_TO_TOKEN", realmId="3c9d", clientId="portal", userId="5a1b"`}},
	"slack-not-allowed": {
		{st: 200, h: "content-type: application/json; charset=utf-8\nx-slack-req-id: 5e1c0f7a2b9d4e36a8c1", b: `{"ok":false,"error":"not_in_channel","warning":"missing_charset","response_metadata":{"warnings":["missing_charset"]}}`,
			src: "apache/superset#25026 https://github.com/apache/superset/issues/25026; slack-ruby/slack-ruby-client#124 https://github.com/slack-ruby/slack-ruby-client/issues/124"},
		{st: 200, b: `{"ok":false,"error":"channel_not_found"}`}},
	"azure-devops-tf400813": {
		{st: 401, b: `{"$id":"1","message":"TF400813: The user 'aad.abc123' is not authorized to access this resource."}`},
		{st: 401, b: `{"$id":"1","message":"TF401019: The Git repository with name or identifier x does not exist"}`}},
	"azure-devops-anonymous": {
		{st: 401, b: `{"$id":"1","message":"TF400813: The user '' is not authorized to access this resource."}`},
		{st: 401, b: `{"$id":"1","message":"TF400813: The user 'aad.abc123' is not authorized to access this resource."}`}},
	"laravel-unauthenticated": {
		{st: 401, b: `{"message":"Unauthenticated."}`},
		{st: 401, b: `{"message":"Unauthorized."}`}},
	"laravel-unauthorized-action": {
		{st: 403, b: `{"message":"This action is unauthorized."}`},
		{st: 403, b: `{"message":"Forbidden."}`}},
	"devise-sign-in": {
		{st: 401, b: `{"error":"You need to sign in or sign up before continuing."}`},
		{st: 401, b: `{"error":"Invalid Email or password."}`}},
	"fastapi-not-authenticated": {
		{st: 403, b: `{"detail":"Not authenticated"}`},
		{st: 403, b: `{"detail":"Not enough permissions"}`}},
	"nestjs-forbidden-resource": {
		{st: 403, b: `{"statusCode":403,"message":"Forbidden resource","error":"Forbidden"}`},
		{st: 403, b: `{"statusCode":403,"message":"Forbidden","error":"Forbidden"}`}},
	"kong-no-credentials": {
		{st: 401, h: "Server: kong/3.4.0", b: `{"message":"No API key found in request"}`},
		{st: 401, b: `{"message":"Unauthorized"}`}},
	"kong-acl": {
		{st: 403, b: `{"message":"You cannot consume this service"}`},
		{st: 403, b: `{"message":"Forbidden"}`}},
	"sabre-no-auth": {
		{st: 401, b: "<d:error xmlns:d=\"DAV:\" xmlns:s=\"http://sabredav.org/ns\"><s:exception>Sabre\\DAV\\Exception\\NotAuthenticated</s:exception><s:message>No public access to this resource., No 'Authorization: Basic' header found</s:message></d:error>",
			src: "nextcloud/server#31558 https://github.com/nextcloud/server/issues/31558; nextcloud/server#5482 https://github.com/nextcloud/server/issues/5482"},
		{st: 404, b: "<d:error><s:message>File not found</s:message></d:error>"}},
	"api-key-invalid": {
		{st: 401, b: `{"error":{"message":"Incorrect API key provided: sk-abc***. You can find your API key in your account settings.","type":"invalid_request_error","code":"invalid_api_key"}}`},
		{st: 401, b: `{"error":{"message":"Missing bearer authentication in header","type":"invalid_request_error"}}`}},
	"spring-bad-credentials": {
		{st: 401, b: `{"timestamp":"2017-07-25T10:53:13+0000","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/v1/admin/users"}`,
			src: "spring-projects/spring-security#4467 https://github.com/spring-projects/spring-security/issues/4467"},
		{st: 401, h: "Server: GitHub.com", b: `{"message":"Bad credentials"}`}},
	"squid-proxy-auth": {
		{st: 407, h: "Server: squid/3.5\nX-Squid-Error: ERR_CACHE_ACCESS_DENIED 0"},
		{st: 403, h: "Server: squid/3.5\nX-Squid-Error: ERR_ACCESS_DENIED 0"}},
	"squid-access-denied": {
		{st: 403, h: "Server: squid/3.5\nX-Squid-Error: ERR_ACCESS_DENIED 0"},
		{st: 407, h: "Server: squid/3.5\nX-Squid-Error: ERR_CACHE_ACCESS_DENIED 0"}},
	"paloalto-url-filtering": {
		{st: 503, h: "Content-Type: text/html; charset=UTF-8\nP3P: CP=\"CAO PSA OUR\"\nConnection: close", b: "<html><head><title>Web Page Blocked</title></head><body><div id=\"content\"><h1>Web Page Blocked</h1><p>Access to the web page you were trying to visit has been blocked in accordance with company policy.</p><p><b>User:</b> 192.0.2.44 </p><p><b>Category:</b> unknown </p></div></body></html>",
			src: "Ekultek/WhatWaf#476 https://github.com/Ekultek/WhatWaf/issues/476; PAN-OS URL filtering response pages https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-admin/url-filtering/url-filtering-response-pages"},
		{st: 403, b: "<title>Web Page Blocked</title>"}},
	"ocs-997-unauthorised": {
		{b: "<?xml version=\"1.0\"?>\n<ocs>\n <meta>\n  <status>failure</status>\n  <statuscode>997</statuscode>\n  <message>Unauthorised</message>\n </meta>\n <data/>\n</ocs>",
			src: "Nextcloud OCS API overview https://docs.nextcloud.com/server/latest/developer_manual/client_apis/OCS/ocs-api-overview.html"},
		{st: 200, b: "<ocs><meta><status>ok</status><statuscode>100</statuscode></meta></ocs>"}},
	"zscaler-category-block": {
		{st: 403, b: "Website blocked\nNot allowed to browse Streaming Media category\nYou tried to visit: https://video.example.net/live\nYour organization has selected Zscaler to protect you from internet threats.",
			src: "Zscaler block notification reason (Not allowed to browse <category> category) https://help.zscaler.com/zia/block-custom-notification"},
		{st: 403, b: "You are not allowed to browse this forum."}},
	"stormwall-block": {
		{st: 403, h: "Server: openresty\nContent-Type: text/html; charset=UTF-8", b: "<title>Error 403: Access Denied</title>\n<link href=\"https://static.stormwall.pro/error_pages/bootstrap.min.css\" rel=\"stylesheet\"/>",
			src: "Ekultek/WhatWaf#1089 https://github.com/Ekultek/WhatWaf/issues/1089"},
		{st: 403, h: "Server: openresty", b: "<title>Error 403: Access Denied</title>"}},
	"zscaler-block": {
		{st: 403, h: "Content-Type: text/html\nServer: Zscaler/5.6\nCache-Control: no-cache", b: "<meta content=\"Zscaler makes the internet safe for businesses by protecting their employees from malware, viruses, and other security threats.\" name=\"description\"/>\n<title>Internet Security by Zscaler</title>",
			src: "Ekultek/WhatWaf#178 https://github.com/Ekultek/WhatWaf/issues/178"},
		{st: 200, b: "Zscaler"}},
	"elasticsearch-missing-token": {
		{st: 401, b: `{"error":{"type":"security_exception","reason":"missing authentication token for REST request [/_search]"},"status":401}`},
		{st: 403, b: `{"message":"Missing Authentication Token"}`}},
	"elasticsearch-unauthorized-action": {
		{st: 403, b: `{"error":{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [reader]"},"status":403}`},
		{st: 401, b: `{"error":{"type":"security_exception","reason":"unable to authenticate user [reader]"},"status":401}`}},
	"cherrypy-401": {
		{b: "Traceback (most recent call last):\n  File \"cherrypy/_cprequest.py\"\nHTTPError: (401, 'You are not authorized to access that resource')"},
		{b: "HTTPError: (404, 'Not found')"}},
	"cherrypy-403": {
		{b: "403 Forbidden\nRequest forbidden -- authorization will not help\n\nTraceback (most recent call last):\n  File \"/usr/lib/python3/site-packages/cherrypy/_cprequest.py\", line 630, in respond\n    self._do_respond(path_info)\nHTTPError: (403, None)",
			src: "robertskmiles/elosort#1 https://github.com/robertskmiles/elosort/issues/1"},
		{b: "HTTPError: (401, 'Login')"}},
	"frappe-guest-session": {
		{b: `{"exc":["in is_whitelisted raise frappe.PermissionError('Not Allowed, {0}'.format(method))","PermissionError: Not Allowed, <function get_logged_user at 0x7f>"],"_server_messages":"[]"}`},
		{b: `{"exc":["PermissionError: Not Allowed, <function get_list at 0x7f>"],"_server_messages":"[]"}`}},
	"frappe-whitelist": {
		{b: `{"exc":["in is_whitelisted raise frappe.PermissionError('Not Allowed, {0}'.format(method))","PermissionError: Not Allowed, <function get_list at 0x7f>"]}`},
		{b: `{"exc":["frappe.exceptions.PermissionError: No permission for Sales Invoice"],"_server_messages":"[]"}`}},
	"frappe-permission": {
		{st: 403, b: `{"exc_type":"PermissionError","exc":["frappe.exceptions.PermissionError"],"_server_messages":"[\"Not permitted\"]"}`},
		{st: 403, b: `{"error":"PermissionError"}`}},
	"mcp-resource-metadata": {
		{st: 401, h: `WWW-Authenticate: Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource"`},
		{st: 401, h: `WWW-Authenticate: Bearer realm="mcp"`}},
}

func hitIDs(hs []rule.VendorHit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

func has(hs []rule.VendorHit, id string) bool {
	for _, h := range hs {
		if h.ID == id {
			return true
		}
	}
	return false
}

func TestTableSignatures(t *testing.T) {
	for i := range Table {
		sig := Table[i]
		c, ok := tableCases[sig.ID]
		if !ok {
			t.Errorf("%s: no test case in tableCases", sig.ID)
			continue
		}
		if hs := Match(c[0].exchange(), ""); !has(hs, sig.ID) {
			t.Errorf("%s: realistic response not matched; got %v", sig.ID, hitIDs(hs))
		}
		if hs := Match(c[1].exchange(), ""); has(hs, sig.ID) {
			t.Errorf("%s: near miss matched", sig.ID)
		}
	}
	for id := range tableCases {
		if byID(id) == nil {
			t.Errorf("tableCases has %s, which is not in Table", id)
		}
	}
}

func byID(id string) *Signature {
	for i := range Table {
		if Table[i].ID == id {
			return &Table[i]
		}
	}
	return nil
}

var kinds = map[rule.Kind]bool{KindVendor: true, KindWAF: true, KindBotChallenge: true, KindRateLimit: true, KindCSRF: true,
	KindRouting: true, KindProxy: true, KindHiding: true, KindDefaultPage: true, KindConfig: true, KindNetwork: true, KindTokenDance: true}

func TestTableData(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Table {
		if s.ID == "" || seen[s.ID] {
			t.Errorf("%q: empty or duplicate ID", s.ID)
		}
		seen[s.ID] = true
		if s.Vendor == "" || s.Meaning == "" || s.Fix == "" {
			t.Errorf("%s: Vendor, Meaning and Fix are required", s.ID)
		}
		if strings.HasSuffix(s.Meaning, ".") || strings.HasSuffix(s.Fix, ".") {
			t.Errorf("%s: Meaning and Fix are sentence parts, without a final period", s.ID)
		}
		if !kinds[s.Kind] || !rule.SignatureKind(s.Kind) {
			t.Errorf("%s: unknown kind %q, or one the weighing does not weigh", s.ID, s.Kind)
		}
		if !s.Strength.Valid() {
			t.Errorf("%s: unknown strength %d", s.ID, s.Strength)
		}
		if rule.SignatureException(s.ID) && s.Strength != rule.Usual {
			t.Errorf("%s: weighed by its ID in rule's signatureExceptions, and has a Strength too", s.ID)
		}
		if w := rule.SignatureWeight(s.ID, s.Kind, s.Strength); w < int(rule.TierStatus) || w >= int(rule.TierProtocol)+100 {
			t.Errorf("%s: weight %d out of the tiers", s.ID, w)
		}
		switch s.Class {
		case rule.Authentication, rule.Authorization, rule.Blocked, rule.None:
		default:
			t.Errorf("%s: bad class %q", s.ID, s.Class)
		}
		if len(s.All) == 0 && len(s.Any) == 0 {
			t.Errorf("%s: no positive marker", s.ID)
		}
		for _, id := range s.Supersedes {
			if byID(id) == nil {
				t.Errorf("%s supersedes unknown %s", s.ID, id)
			}
		}
	}
}

// TestSignatureExceptions: every signature the weighing weighs by its ID
// (rule.SignatureExceptionIDs) is in the table, and no strength of its kind
// would give its weight (else the entry should name that strength instead).
func TestSignatureExceptions(t *testing.T) {
	for _, id := range rule.SignatureExceptionIDs() {
		s := byID(id)
		if s == nil {
			t.Errorf("the weighing weighs %s, which is not in the table", id)
			continue
		}
		w := rule.SignatureWeight(s.ID, s.Kind, s.Strength)
		for _, st := range []rule.Strength{rule.Faint, rule.Weaker, rule.Weak, rule.Usual, rule.Strong, rule.Stronger, rule.Refines} {
			if rule.SignatureWeight("", s.Kind, st) == w {
				t.Errorf("%s: weighed by its ID at %d, which strength %d of its kind gives: name the strength instead", id, w, st)
			}
		}
	}
}

func TestEvidencePositions(t *testing.T) {
	x := ex{st: 403, h: "Server: AmazonS3\nContent-Type: application/xml", b: "<?xml version=\"1.0\"?>\n<Error><Code>AccessDenied</Code></Error>"}.exchange()
	// header lines are 2 and 3, body starts on line 5
	hs := Match(x, "")
	if len(hs) != 1 || hs[0].ID != "aws-s3-access-denied" {
		t.Fatalf("got %v", hitIDs(hs))
	}
	if ev := hs[0].Evidence[0]; ev.Pos.Line != 6 || ev.Where != "response body" || !strings.Contains(ev.Text, "AccessDenied") {
		t.Errorf("evidence %+v, want body line 6", ev)
	}
	x = ex{st: 403, h: "server: cloudflare\ncf-mitigated: challenge"}.exchange()
	hs = Match(x, "")
	if len(hs) == 0 || hs[0].Evidence[0].Pos.Line != 3 || hs[0].Evidence[0].Where != "response header" {
		t.Errorf("header evidence: %+v", hs)
	}
}

func TestSupersedeAndOrder(t *testing.T) {
	x := ex{st: 403, b: "<Error><Code>SignatureDoesNotMatch</Code></Error>\n<Error><Code>AccessDenied</Code></Error>"}.exchange()
	hs := Match(x, "")
	if has(hs, "aws-s3-access-denied") || !has(hs, "aws-signature-mismatch") {
		t.Errorf("supersede failed: %v", hitIDs(hs))
	}
	x = ex{st: 403, h: "cf-mitigated: challenge", b: "<title>Just a moment...</title>"}.exchange()
	hs = Match(x, "")
	for i := 1; i < len(hs); i++ {
		if hs[i].Weight > hs[i-1].Weight {
			t.Errorf("hits not ordered by weight: %v", hs)
		}
	}
}

// TestSuccessPages checks that a vendor's error message quoted in a large
// successful page (documentation, a log viewer) is not read as an error.
func TestSuccessPages(t *testing.T) {
	doc := "<html><body><h1>Troubleshooting</h1>" + strings.Repeat("<p>filler text</p>", 400) +
		"<p>If you see {\"message\":\"Bad credentials\"} from docs.github.com examples, refresh the token.</p></body></html>"
	if hs := Match(ex{st: 200, h: "Server: GitHub.com", b: doc}.exchange(), ""); len(hs) != 0 {
		t.Errorf("documentation page matched %v", hitIDs(hs))
	}
	small := `{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`
	if hs := Match(ex{st: 200, h: "Server: GitHub.com", b: small}.exchange(), ""); !has(hs, "github-bad-credentials") {
		t.Errorf("error-sized 200 body not matched: %v", hitIDs(hs))
	}
	big := `{"errors":[{"message":"x","extensions":{"code":"UNAUTHENTICATED"}}],"data":{"items":[` + strings.Repeat(`{"id":1},`, 1000) + `{"id":2}]}}`
	if hs := Match(ex{st: 200, b: big}.exchange(), ""); !has(hs, "graphql-unauthenticated") {
		t.Errorf("large GraphQL 200 not matched: %v", hitIDs(hs))
	}
}

func TestFollowedURL(t *testing.T) {
	x := ex{st: 403, h: "x-amz-request-id: 1"}.exchange()
	if hs := Match(x, "https://b.s3.amazonaws.com/k?X-Amz-Signature=ab"); !has(hs, "s3-presigned-403-no-body") {
		t.Errorf("followed URL not used: %v", hitIDs(hs))
	}
}

// TestLargeBody checks that a body of many megabytes is handled quickly and
// that a marker in its last bytes is still seen.
func TestASCIILower(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC İstanbul ǅ", "\xff\xfeX"} {
		l := ASCIILower(s)
		if len(l) != len(s) {
			t.Errorf("ASCIILower(%q) changed length", s)
		}
	}
	if ASCIILower("CSRF Token") != "csrf token" {
		t.Error("ASCIILower does not lower ASCII")
	}
}

func TestLargeBody(t *testing.T) {
	big := strings.Repeat("x", 8<<20) + "\nCSRF verification failed. Request aborted."
	x := ex{st: 403, b: big}.exchange()
	hs := Match(x, "")
	if !has(hs, "django-csrf") {
		t.Errorf("tail marker missed: %v", hitIDs(hs))
	}
	if hs[0].Evidence[0].Pos.Line != x.Response.Body.Pos.Line+1 {
		t.Errorf("tail evidence line %d", hs[0].Evidence[0].Pos.Line)
	}
}

func FuzzMatch(f *testing.F) {
	f.Add(403, "Server: AmazonS3", "<Code>AccessDenied</Code>")
	f.Add(0, "", "")
	f.Add(403, "", `{"headers":{"server":"AkamaiGHost","content-length": 0}} {'x-hw': '..waf..'} "retry-after\":\"0`)
	f.Add(0, "", `\"server\":\"`)
	f.Fuzz(func(t *testing.T, st int, h, body string) {
		x := ex{st: st, h: h, b: body}.exchange()
		for _, hit := range Match(x, "") {
			if len(hit.Evidence) == 0 {
				t.Errorf("%s: hit without evidence", hit.ID)
			}
		}
	})
}

// Cloudflare's error pages copied from the browser as text say "Error code
// 1020" (no colon, capitalised): the code still names the signature.
func TestCloudflareCodesAsPageText(t *testing.T) {
	for id, text := range map[string]string{
		"cloudflare-1020": "Access denied\nError code 1020\nYou do not have access to shop.example.net.\nThe site owner may have set restrictions that prevent you from accessing the site.\nRay ID: 8f0e1d2c3b4a5968",
		"cloudflare-1015": "Error code 1015\nYou are being rate limited\nRay ID: 8f0e1d2c3b4a5968",
	} {
		if hs := Match(ex{b: text}.exchange(), ""); !has(hs, id) {
			t.Errorf("%s: page text not matched; got %v", id, hitIDs(hs))
		}
	}
}

// Laravel's page for a failed CSRF check, as people copy it from the browser:
// "Page Expired" and its sentence, with no status or token wording.
func TestLaravelPageExpiredText(t *testing.T) {
	for _, text := range []string{
		"419 | Page Expired\nThe page has expired due to inactivity.\n\nPlease refresh and try again.",
		"419\n|\nPage Expired", // Laravel 5.8+ minimal error view copied as text (the bar is its border)
		"419\nPAGE EXPIRED\n",  // the same view with its uppercase styling copied
	} {
		if hs := Match(ex{b: text}.exchange(), ""); !has(hs, "laravel-csrf") {
			t.Errorf("%q: page text not matched; got %v", text, hitIDs(hs))
		}
	}
}

// GitHub's "Bad credentials" told by the URL called, when the paste keeps
// neither GitHub's headers nor its documentation link (an application's log
// line of the call and the message): GitHub, not Spring Security.
func TestGitHubBadCredentialsByTarget(t *testing.T) {
	x := ex{st: 401, b: `{"message":"Bad credentials"}`, target: "https://api.github.com/search/code?q=retry"}.exchange()
	hs := Match(x, "")
	if !has(hs, "github-bad-credentials") || has(hs, "spring-bad-credentials") {
		t.Errorf("api.github.com: got %v, want github-bad-credentials alone", hitIDs(hs))
	}
	// Another host's bare "Bad credentials" names no product: the words are
	// GitHub's, Artifactory's, Symfony's and small APIs' too (in tune/ and
	// the studied cases, 17 pastes carry them and none is Spring's).
	x = ex{st: 401, b: `{"error":"unauthorized","message":"Bad credentials"}`, target: "https://intranet.example.test/api/login"}.exchange()
	if hs := Match(x, ""); has(hs, "spring-bad-credentials") || has(hs, "github-bad-credentials") {
		t.Errorf("another host: got %v, want neither", hitIDs(hs))
	}
	// Spring Boot's error JSON (its path member) still names Spring
	x = ex{st: 401, b: `{"timestamp":"2024-02-01T08:00:00.000+00:00","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/api/orders"}`}.exchange()
	if hs := Match(x, ""); !has(hs, "spring-bad-credentials") {
		t.Errorf("Spring Boot error JSON: got %v, want spring-bad-credentials", hitIDs(hs))
	}
	// a client's print of GitHub's answer names GitHub by its error name
	x = ex{b: "GitHubError: Bad credentials (401)\n    at Object.request (/srv/app/node_modules/gh-client/index.js:12:9)"}.exchange()
	if hs := Match(x, ""); !has(hs, "github-bad-credentials") || has(hs, "spring-bad-credentials") {
		t.Errorf("GitHubError: got %v, want github-bad-credentials alone", hitIDs(hs))
	}
}

// Laravel's log of a failed CSRF check wrapped at 80 columns: the class
// name is cut in two, the exception's location in VerifyCsrfToken.php is
// whole; a frame that only passes through the middleware is no failure of it.
func TestLaravelCSRFWrappedLog(t *testing.T) {
	wrapped := "[2023-04-02 17:05:11] local.ERROR: exception 'Illuminate\\Session\\TokenMis\nmatchException' in /var/www/app/vendor/laravel/framework/src/Illuminate/Found\nation/Http/Middleware/VerifyCsrfToken.php:67\nStack trace:\n#0 /var/www/app/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(1\n36): Illuminate\\Foundation\\Http\\Middleware\\VerifyCsrfToken->handle(Object(Illumina"
	if hs := Match(ex{b: wrapped}.exchange(), ""); !has(hs, "laravel-csrf") {
		t.Errorf("wrapped log not matched; got %v", hitIDs(hs))
	}
	frame := "[2023-04-02 17:05:11] local.ERROR: Undefined variable $order at /var/www/app/app/Http/Controllers/OrderController.php:41\n" +
		"#7 /var/www/app/vendor/laravel/framework/src/Illuminate/Foundation/Http/Middleware/VerifyCsrfToken.php(78): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}(Object(Illuminate\\Http\\Request))"
	if hs := Match(ex{b: frame}.exchange(), ""); has(hs, "laravel-csrf") {
		t.Errorf("a frame through the middleware matched")
	}
}

// A Kubernetes audit event for an anonymous request the authorizer refused
// names system:anonymous with the decision "forbid".
func TestK8sAnonymousAuditEvent(t *testing.T) {
	ev := `{"kind":"Event","apiVersion":"audit.k8s.io/v1","verb":"list","user":{"username":"system:anonymous"},"responseStatus":{"status":"Failure","reason":"Forbidden","code":403},"annotations":{"authorization.k8s.io/decision":"forbid"}}`
	if hs := Match(ex{b: ev}.exchange(), ""); !has(hs, "k8s-anonymous") {
		t.Errorf("audit event not matched; got %v", hitIDs(hs))
	}
}

// A block page copied as one or two lines of text still names its sender.
func TestBlockPagesAsText(t *testing.T) {
	for id, text := range map[string]string{
		"cloudflare-block-page": "Access Denied\nThis website is using a security service to protect itself from online attacks.\nCloudflare Ray ID: 8f0e1d2c3b4a5968",
		"imperva-incident":      "Request unsuccessful. Incapsula incident ID: 123000450123456789-12345678901234567",
	} {
		if hs := Match(ex{b: text}.exchange(), ""); !has(hs, id) {
			t.Errorf("%s: page text not matched; got %v", id, hitIDs(hs))
		}
	}
}

// TestRegistryCodeAsPrinted: a Go registry client (crane, ko,
// go-containerregistry) prints the registry's error as "CODE: message" after
// the URL it asked; the code DENIED is the registry's refusal, as in JSON.
func TestRegistryCodeAsPrinted(t *testing.T) {
	c := ex{b: `Error: fetching manifest registry.example/team/app:1.0: GET https://registry.example/token?scope=repository%3Ateam%2Fapp%3Apull&service=registry.example: DENIED: denied`}
	if hs := Match(c.exchange(), ""); !has(hs, "registry-denied") {
		t.Errorf("not matched; got %v", hitIDs(hs))
	}
	c = ex{b: `ACCESS DENIED: the page you asked for is not yours`}
	if hs := Match(c.exchange(), ""); has(hs, "registry-denied") {
		t.Errorf("a page's own heading matched")
	}
}

// TestCloudflare1020Title: the 1020 page's title ("Access denied | host used
// Cloudflare to restrict access") names the firewall rule's block when only
// the page's head was printed (r.text[:200]).
func TestCloudflare1020Title(t *testing.T) {
	c := ex{st: 403, b: `<!DOCTYPE html><head><title>Access denied | shop.example.com used Cloudflare to restrict access</title>`}
	if hs := Match(c.exchange(), ""); !has(hs, "cloudflare-1020") {
		t.Errorf("not matched; got %v", hitIDs(hs))
	}
}

// TestDjangoCSRFTranslated: Django's CSRF page in the languages it ships is
// the same refusal.
func TestDjangoCSRFTranslated(t *testing.T) {
	for _, body := range []string{
		"<h1>Verboten <span>(403)</span></h1>\n<p>CSRF-Verifizierung fehlgeschlagen. Anfrage abgebrochen.</p>",
		"<h1>Interdit <span>(403)</span></h1>\n<p>La vérification CSRF a échoué. La requête a été interrompue.</p>",
		"<h1>禁止 <span>(403)</span></h1>\n<p>CSRF検証に失敗したため、リクエストは中断されました。</p>",
	} {
		x := ex{st: 403, b: body}.exchange()
		if hs := Match(x, ""); !has(hs, "django-csrf") {
			t.Errorf("%q: got %v", body, hitIDs(hs))
		}
	}
}

// An Entra sign-in log entry states the Conditional Access block in words
// and the AADSTS number without its prefix (status.errorCode 53003): the
// same refusal as AADSTS53003 in a token endpoint's error.
func TestEntraSignInLogConditionalAccess(t *testing.T) {
	c := ex{b: `{"createdDateTime":"2024-12-04T10:22:31Z","userPrincipalName":"svc-backup@example.onmicrosoft.com","status":{"errorCode":53003,"failureReason":"Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."},"conditionalAccessStatus":"failure"}`}
	if hs := Match(c.exchange(), ""); !has(hs, "entra-aadsts-access") {
		t.Errorf("sign-in log entry not matched; got %v", hitIDs(hs))
	}
}

// An Entra consent page after a successful sign-in ("needs permission to
// access resources in your organization that only an admin can grant",
// AADSTS90094 or its request-access variant AADSTS90095) refuses a known
// user for want of an administrator's grant: authorization, not sign-in.
func TestEntraAdminConsentRequired(t *testing.T) {
	for _, b := range []string{
		"Need admin approval\nreportsync-staging needs permission to access resources in your organization that only an admin can grant.\nAADSTS90094: The grant requires admin permission.",
		"Approval required\nThis app requires your admin's approval.\nAADSTS90095: Admin consent is required for the permissions requested by this application.",
	} {
		hs := Match(ex{b: b}.exchange(), "")
		if !has(hs, "entra-aadsts-access") || has(hs, "entra-aadsts") {
			t.Errorf("%q: got %v, want entra-aadsts-access alone", b, hitIDs(hs))
		}
	}
}

// TestEdgePagesAsText: block and challenge pages copied from the browser
// as text keep the words that name them: Squid's ERR_CACHE_ACCESS_DENIED
// page, Cloudflare's older interstitial, GoDaddy's Sucuri-based firewall.
func TestEdgePagesAsText(t *testing.T) {
	for id, body := range map[string]string{
		"squid-proxy-auth":          "ERROR\nCache Access Denied.\n\nSorry, you are not currently allowed to request https://registry.example.org/v2/ from this cache until you have authenticated yourself.",
		"cloudflare-challenge-page": "www.example.com\nChecking if the site connection is secure\nwww.example.com needs to review the security of your connection before proceeding.",
		"sucuri-block":              "Access Denied - GoDaddy Website Firewall\nBlock reason: Access from your Country was disabled by the administrator.",
	} {
		if hs := Match(ex{b: body}.exchange(), ""); !has(hs, id) {
			t.Errorf("%s not matched; got %v", id, hitIDs(hs))
		}
	}
}

// TestCloudflareOldSpelling: Cloudflare's older 1020 pages spell the name
// "CloudFlare" ("… used CloudFlare to restrict access"); the wording is
// matched whatever the case.
func TestCloudflareOldSpelling(t *testing.T) {
	c := ex{st: 403, b: "<title>Access denied | shop.example.org used CloudFlare to restrict access</title>"}
	if hs := Match(c.exchange(), ""); !has(hs, "cloudflare-1020") {
		t.Errorf("CloudFlare's older 1020 page not matched: %v", hs)
	}
}

// "Invalid token." names Django REST framework only under DRF's "detail"
// member (or its ErrorDetail, printed by Python): an ASP.NET handler's log
// line or another API's JSON says the same words.
func TestDRFInvalidTokenNeedsDetail(t *testing.T) {
	for _, text := range []string{
		`[12:01:09] [INF] CustomAuthentication was not authenticated. Failure message: "Invalid token."`,
		`{"code": "unauthorized", "message": "Invalid token.", "status": 401}`,
	} {
		if hs := Match(ex{st: 401, b: text}.exchange(), ""); has(hs, "drf-invalid-token") {
			t.Errorf("%q: got %v, want no DRF", text, hitIDs(hs))
		}
	}
	for _, text := range []string{
		`{"detail": "Invalid token."}`,
		`{'detail': ErrorDetail(string='Invalid token.', code='authentication_failed')}`,
	} {
		if hs := Match(ex{st: 401, b: text}.exchange(), ""); !has(hs, "drf-invalid-token") {
			t.Errorf("%q: got %v, want drf-invalid-token", text, hitIDs(hs))
		}
	}
}

// TokenExpiredError is jsonwebtoken's error name, and also the class name
// other languages' clients give their own expiry errors: only the quoted
// name (JSON, util.inspect) or jsonwebtoken's message names jsonwebtoken.
// Samples written for this test.
func TestTokenExpiredErrorOfOtherClients(t *testing.T) {
	ruby := "Traceback (most recent call last):\n        1: from (irb):4\nCrmSync::TokenExpiredError (https://crm.example.biz/api/leads?page=2 => 401 (access_denied): API authorization denied.)"
	if hs := Match(ex{st: 401, b: ruby}.exchange(), ""); has(hs, "jwt-expired") {
		t.Errorf("a Ruby client's TokenExpiredError named jsonwebtoken")
	}
	inspect := "{ name: 'TokenExpiredError', message: 'token lifetime exceeded', expiredAt: 2025-02-11T04:10:00.000Z }"
	if hs := Match(ex{st: 401, b: inspect}.exchange(), ""); !has(hs, "jwt-expired") {
		t.Errorf("jsonwebtoken's inspected error not matched; got %v", hitIDs(hs))
	}
}

// TestEntraConditionalAccessPage: the page Conditional Access shows a
// signed-in user it refuses ("You can't get there from here", its code only
// in the folded details) is Entra's authorization refusal, with the straight
// or the typographic apostrophe (values are invented).
func TestEntraConditionalAccessPage(t *testing.T) {
	for _, b := range []string{
		"r.okafor@\nYou can't get there from here\nThis application contains sensitive information and can only be accessed from:\nDevices or client applications that meet Contoso management compliance policy.\n\nDevice platform: macOS\nDevice state: Unregistered",
		"Sign in\nYou can’t get there from here\nYour sign-in was successful but does not meet the criteria to access this resource.\nMore details\nCorrelation Id: 6f1d2c3b-0a9e-4b7d-8c5f-3e2a1b0c9d8e",
	} {
		hs := Match(ex{b: b}.exchange(), "")
		if !has(hs, "entra-aadsts-access") {
			t.Errorf("%q: got %v, want entra-aadsts-access", b, hitIDs(hs))
		}
	}
}
