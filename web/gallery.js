// The gallery: one click each, with what the case teaches. Each example is a
// realistic exchange whose parts agree with each other (lengths, schemes,
// tokens), so that the analysis shows what the case is about and nothing
// the example itself got wrong. The array between the markers is JSON, read
// by classifier/gallery_test.go: "classes" are the verdicts each example
// must get and "findings" every rule it raises (besides AT9001, the notice
// that a paste holds credentials), each read against the example's own
// explanation.
export const EXAMPLES = /* gallery-json */ [
  {
    "id": "explainer",
    "title": "401 and 403 side by side",
    "caption": "A 401 asks who you are; a 403 knows and says no.",
    "lines": [
      "GET /protected-resource HTTP/1.1",
      "Host: example.com",
      "",
      "HTTP/1.1 401 Unauthorized",
      "WWW-Authenticate: Basic realm=\"Access to the protected resource\", charset=\"UTF-8\"",
      "GET /protected-resource HTTP/1.1",
      "Host: example.com",
      "",
      "HTTP/1.1 403 Forbidden",
      ""
    ],
    "classes": [
      "authentication",
      "authorization"
    ],
    "findings": [
      "AT1020",
      "AT6001"
    ]
  },
  {
    "id": "docker",
    "title": "Docker registry token flow",
    "caption": "The first 401 is the normal start of the token flow; the token the anonymous client gets has no pull access to this private repository, so the retry is refused for scope.",
    "lines": [
      "$ curl -v https://registry-1.docker.io/v2/acmeteam/build-tools/tags/list",
      "> GET /v2/acmeteam/build-tools/tags/list HTTP/1.1",
      "> Host: registry-1.docker.io",
      "> User-Agent: curl/8.5.0",
      "> Accept: */*",
      ">",
      "< HTTP/1.1 401 Unauthorized",
      "< content-type: application/json",
      "< docker-distribution-api-version: registry/2.0",
      "< www-authenticate: Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:acmeteam/build-tools:pull\"",
      "< date: Tue, 24 Nov 2026 09:15:00 GMT",
      "< content-length: 163",
      "<",
      "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\",\"detail\":[{\"Type\":\"repository\",\"Class\":\"\",\"Name\":\"acmeteam/build-tools\",\"Action\":\"pull\"}]}]}",
      "",
      "$ curl -v 'https://auth.docker.io/token?service=registry.docker.io&scope=repository:acmeteam/build-tools:pull'",
      "> GET /token?service=registry.docker.io&scope=repository:acmeteam/build-tools:pull HTTP/1.1",
      "> Host: auth.docker.io",
      "> User-Agent: curl/8.5.0",
      "> Accept: */*",
      ">",
      "< HTTP/1.1 200 OK",
      "< content-type: application/json",
      "< date: Tue, 24 Nov 2026 09:15:00 GMT",
      "< cache-control: no-store",
      "< content-length: 737",
      "<",
      "{\"token\":\"eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlBZWU86VEVXVTpWN0pIOjI2SlY6QVFUWjpMSkMzOlNYVko6WEdIQTozNEYyOjJMQVE6WlJNSzpaN1E2In0.eyJpc3MiOiJhdXRoLmRvY2tlci5pbyIsInN1YiI6IiIsImF1ZCI6InJlZ2lzdHJ5LmRvY2tlci5pbyIsImV4cCI6MTc5NTUxMjAwMCwiaWF0IjoxNzk1NTExNzAwLCJhY2Nlc3MiOltdfQ.bm90LWEtcmVhbC1zaWduYXR1cmUtanVzdC1hbi1leGFtcGxlLXZhbHVl\",\"access_token\":\"eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlBZWU86VEVXVTpWN0pIOjI2SlY6QVFUWjpMSkMzOlNYVko6WEdIQTozNEYyOjJMQVE6WlJNSzpaN1E2In0.eyJpc3MiOiJhdXRoLmRvY2tlci5pbyIsInN1YiI6IiIsImF1ZCI6InJlZ2lzdHJ5LmRvY2tlci5pbyIsImV4cCI6MTc5NTUxMjAwMCwiaWF0IjoxNzk1NTExNzAwLCJhY2Nlc3MiOltdfQ.bm90LWEtcmVhbC1zaWduYXR1cmUtanVzdC1hbi1leGFtcGxlLXZhbHVl\",\"expires_in\":300,\"issued_at\":\"2026-11-24T09:15:00Z\"}",
      "",
      "$ curl -v -H \"Authorization: Bearer $TOKEN\" https://registry-1.docker.io/v2/acmeteam/build-tools/tags/list",
      "> GET /v2/acmeteam/build-tools/tags/list HTTP/1.1",
      "> Host: registry-1.docker.io",
      "> Authorization: Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlBZWU86VEVXVTpWN0pIOjI2SlY6QVFUWjpMSkMzOlNYVko6WEdIQTozNEYyOjJMQVE6WlJNSzpaN1E2In0.eyJpc3MiOiJhdXRoLmRvY2tlci5pbyIsInN1YiI6IiIsImF1ZCI6InJlZ2lzdHJ5LmRvY2tlci5pbyIsImV4cCI6MTc5NTUxMjAwMCwiaWF0IjoxNzk1NTExNzAwLCJhY2Nlc3MiOltdfQ.bm90LWEtcmVhbC1zaWduYXR1cmUtanVzdC1hbi1leGFtcGxlLXZhbHVl",
      "> User-Agent: curl/8.5.0",
      "> Accept: */*",
      ">",
      "< HTTP/1.1 401 Unauthorized",
      "< content-type: application/json",
      "< docker-distribution-api-version: registry/2.0",
      "< www-authenticate: Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:acmeteam/build-tools:pull\",error=\"insufficient_scope\"",
      "< date: Tue, 24 Nov 2026 09:15:01 GMT",
      "< content-length: 163",
      "<",
      "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\",\"detail\":[{\"Type\":\"repository\",\"Class\":\"\",\"Name\":\"acmeteam/build-tools\",\"Action\":\"pull\"}]}]}",
      ""
    ],
    "classes": [
      "authentication",
      "none",
      "authorization"
    ],
    "findings": [
      "AT1008",
      "AT1040",
      "AT1044",
      "AT6104"
    ]
  },
  {
    "id": "k8s",
    "title": "Kubernetes anonymous 403",
    "caption": "A 403 that means “not logged in”: the API server saw no credentials and named you system:anonymous.",
    "lines": [
      "$ curl -vk https://10.0.0.10:6443/api/v1/namespaces/default/pods",
      "> GET /api/v1/namespaces/default/pods HTTP/2",
      "> Host: 10.0.0.10:6443",
      "> User-Agent: curl/8.5.0",
      "> Accept: */*",
      ">",
      "< HTTP/2 403",
      "< audit-id: 5f0c1a7e-3b0d-4b51-9f3a-2c7d2f1d8e44",
      "< cache-control: no-cache, private",
      "< content-type: application/json",
      "< x-content-type-options: nosniff",
      "< x-kubernetes-pf-flowschema-uid: 6c2f0b9e-1a8d-4d0a-b7f4-3e2a9c5d7f10",
      "< x-kubernetes-pf-prioritylevel-uid: 9d4e1b2c-7f3a-4c8e-a1d6-0b5e8f2c3a97",
      "< content-length: 261",
      "< date: Tue, 24 Nov 2026 09:14:02 GMT",
      "<",
      "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"pods is forbidden: User \\\"system:anonymous\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"default\\\"\",\"reason\":\"Forbidden\",\"details\":{\"kind\":\"pods\"},\"code\":403}",
      ""
    ],
    "classes": [
      "authentication"
    ],
    "findings": [
      "AT1020",
      "AT8010"
    ]
  },
  {
    "id": "cloudflare",
    "title": "Cloudflare bot check",
    "caption": "Neither authentication nor authorization: a bot wall answered before the application did.",
    "lines": [
      "> GET /login/oauth.php?next= HTTP/2",
      "> Host: m3q8zt.example.com",
      "> User-Agent: curl/8.7.1",
      "> Accept: */*",
      "> ",
      "< HTTP/2 403 ",
      "< date: Tue, 04 Jun 2024 07:51:36 GMT",
      "< content-type: text/html; charset=UTF-8",
      "< cross-origin-opener-policy: same-origin",
      "< referrer-policy: same-origin",
      "< x-frame-options: SAMEORIGIN",
      "< cf-mitigated: challenge",
      "< cache-control: private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
      "< server: cloudflare",
      "< cf-ray: 88e5a1c2f9b03b7e-AMS",
      "< ",
      "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>",
      ""
    ],
    "classes": [
      "blocked"
    ],
    "findings": [
      "AT8002"
    ]
  },
  {
    "id": "cors",
    "title": "401 hidden by CORS",
    "caption": "The token expired, but the 401 lacks Access-Control-Allow-Origin, so the browser app only sees “Failed to fetch”.",
    "lines": [
      "OPTIONS /v1/invoices HTTP/1.1",
      "Host: api.example.com",
      "Origin: https://app.example.com",
      "Access-Control-Request-Method: GET",
      "Access-Control-Request-Headers: authorization",
      "",
      "HTTP/1.1 204 No Content",
      "Access-Control-Allow-Origin: https://app.example.com",
      "Access-Control-Allow-Methods: GET, POST",
      "Access-Control-Allow-Headers: Authorization, Content-Type",
      "Access-Control-Max-Age: 600",
      "",
      "GET /v1/invoices HTTP/1.1",
      "Host: api.example.com",
      "Origin: https://app.example.com",
      "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLW5vdC1yZWFsLWp1c3QtYW4tZXhhbXBsZQ",
      "",
      "HTTP/1.1 401 Unauthorized",
      "WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"",
      "Content-Type: application/json",
      "Content-Length: 46",
      "",
      "{\"error\":\"invalid_token\",\"message\":\"expired\"}",
      ""
    ],
    "classes": [
      "none",
      "authentication"
    ],
    "findings": [
      "AT1008",
      "AT1048",
      "AT4001",
      "AT6104"
    ]
  },
  {
    "id": "s3",
    "title": "S3 SignatureDoesNotMatch",
    "caption": "A 403 about the signature, not permissions: the secret key or the signing steps are wrong.",
    "lines": [
      "PUT /reports/2026-11/summary.csv HTTP/1.1",
      "Host: acme-exports.s3.eu-west-1.amazonaws.com",
      "x-amz-date: 20261124T091500Z",
      "x-amz-content-sha256: UNSIGNED-PAYLOAD",
      "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261124/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
      "Content-Type: text/csv",
      "Content-Length: 18",
      "",
      "HTTP/1.1 403 Forbidden",
      "x-amz-request-id: 7Q4M2X9K3D1B8C6A",
      "Content-Type: application/xml",
      "Transfer-Encoding: chunked",
      "Date: Tue, 24 Nov 2026 09:15:01 GMT",
      "Server: AmazonS3",
      "",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><RequestId>7Q4M2X9K3D1B8C6A</RequestId></Error>",
      ""
    ],
    "classes": [
      "authentication"
    ],
    "findings": [
      "AT1008",
      "AT7033",
      "AT8010"
    ]
  }
] /* end-gallery-json */;
