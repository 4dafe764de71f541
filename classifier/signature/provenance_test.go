package signature

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
)

// coreSources cites, for signatures of the core table whose realistic case
// predates the src field, the public sample (an issue thread or the
// vendor's own documentation of the message) the case re-creates.
var coreSources = map[string]string{
	"apple-urlsession-cancelled-auth":     "dingbat/nsrails#26 https://github.com/dingbat/nsrails/issues/26 (a Doorkeeper 401 surfaced as NSURLErrorDomain -1012)",
	"aws-expired-token":                   "AWS STS common errors (ExpiredToken) https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html",
	"aws-query-missing-auth":              "AWS common errors (MissingAuthenticationToken) https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html",
	"aws-request-expired":                 "AWS common errors (RequestExpired) https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html",
	"aws-apigw-authorizer-unauthorized":   "auth0-samples/jwt-rsa-aws-custom-authorizer#6 https://github.com/auth0-samples/jwt-rsa-aws-custom-authorizer/pull/6",
	"aws-waf-challenge":                   "AWS WAF CAPTCHA and Challenge (x-amzn-waf-action) https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge.html",
	"azure-devops-tf400813":               "Azure/azure-cli#29250 https://github.com/Azure/azure-cli/issues/29250",
	"azure-devops-anonymous":              "microsoft/azure-pipelines-agent#1839 https://github.com/microsoft/azure-pipelines-agent/issues/1839",
	"azure-storage-authorization-failure": "microsoft/AzureStorageExplorer#3681 https://github.com/microsoft/AzureStorageExplorer/issues/3681",
	"azure-storage-authentication-info":   "Azure Storage common REST API error codes https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
	"cloudflare-1015":                     "Cloudflare error 1015 https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/",
	"devise-sign-in":                      "jimjeffers/rails-devise-cors-jwt-example#1 https://github.com/jimjeffers/rails-devise-cors-jwt-example/issues/1",
	"drf-invalid-token":                   "Django REST framework TokenAuthentication https://www.django-rest-framework.org/api-guide/authentication/",
	"drf-permission-denied":               "Django REST framework permissions https://www.django-rest-framework.org/api-guide/permissions/",
	"entra-aadsts":                        "Microsoft Entra error codes https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
	"entra-aadsts-access":                 "Microsoft Entra error codes https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
	"entra-aadsts-request":                "Microsoft Entra error codes https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
	"f5-asm-rejected":                     "ariya/phantomjs#14601 https://github.com/ariya/phantomjs/issues/14601",
	"github-secondary-rate-limit":         "GitHub REST rate limits https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api",
	"google-unusual-traffic":              "VT-CHCI/google-scholar#6 https://github.com/VT-CHCI/google-scholar/issues/6",
	"google-unauthenticated":              "GeneralTask/task-manager#997 https://github.com/GeneralTask/task-manager/pull/997",
	"iis-401-substatus":                   "IIS HTTP status codes https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code",
	"iis-401-acl":                         "IIS HTTP status codes https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code",
	"iis-403-ip":                          "IIS HTTP status codes https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code",
	"iis-403-listing":                     "IIS HTTP status codes https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code",
	"iis-403-generic":                     "MicrosoftDocs/azure-docs#101353 https://github.com/MicrosoftDocs/azure-docs/issues/101353",
	"jenkins-missing-permission":          "nodejs/build#4394 https://github.com/nodejs/build/issues/4394",
	"jwt-expired":                         "node-jsonwebtoken errors (TokenExpiredError) https://github.com/auth0/node-jsonwebtoken#errors--codes",
	"jwt-invalid":                         "node-jsonwebtoken errors (JsonWebTokenError) https://github.com/auth0/node-jsonwebtoken#errors--codes",
	"keycloak-invalid-user":               "wpic/sample-keycloak-getting-token#1 https://github.com/wpic/sample-keycloak-getting-token/issues/1",
	"keycloak-account-disabled":           "keycloak/keycloak#45812 https://github.com/keycloak/keycloak/issues/45812 (ROPC invalid_grant responses)",
	"keycloak-invalid-client-secret":      "keycloak/keycloak-community#161 https://github.com/keycloak/keycloak-community/issues/161",
	"kong-no-credentials":                 "Kong key-auth plugin https://docs.konghq.com/hub/kong-inc/key-auth/",
	"kong-acl":                            "Kong ACL plugin https://docs.konghq.com/hub/kong-inc/acl/",
	"laravel-unauthorized-action":         "Laravel authorization https://laravel.com/docs/authorization",
	"laravel-unauthenticated":             "Laravel authentication https://laravel.com/docs/authentication",
	"mcp-resource-metadata":               "MCP authorization (RFC 9728 resource_metadata) https://modelcontextprotocol.io/specification/draft/basic/authorization",
	"nestjs-forbidden-resource":           "NestJS guards https://docs.nestjs.com/guards",
	"oauth-invalid-grant":                 "gravitee-io/gravitee-access-management#288 https://github.com/gravitee-io/gravitee-access-management/issues/288",
	"oauth-unauthorized-client":           "RFC 6749 §5.2 https://www.rfc-editor.org/rfc/rfc6749#section-5.2",
	"okta-invalid-token":                  "mbegan/Okta-PSModule#65 https://github.com/mbegan/Okta-PSModule/issues/65",
	"okta-forbidden":                      "Okta error codes https://developer.okta.com/docs/reference/error-codes/",
	"okta-rate-limit":                     "Okta rate limits https://developer.okta.com/docs/reference/rl-global-mgmt/",
	"rails-csrf":                          "businessandtrade-partners/kae#902 https://github.com/businessandtrade-partners/kae/pull/902",
	"registry-bad-login":                  "docker/hub-feedback#1098 https://github.com/docker/hub-feedback/issues/1098",
	"slack-missing-scope":                 "Slack scopes (missing_scope, needed, provided) https://api.slack.com/scopes",
	"spring-full-authentication":          "livelessons-spring/building-microservices#14 https://github.com/livelessons-spring/building-microservices/issues/14",
	"spring-access-denied":                "HIIT/dime-server#33 https://github.com/HIIT/dime-server/issues/33",
	"sucuri-block":                        "Ekultek/WhatWaf#1164 https://github.com/Ekultek/WhatWaf/issues/1164",
	"vault-missing-token":                 "HashiCorp Vault tokens https://developer.hashicorp.com/vault/docs/concepts/tokens",
	"vault-permission-denied":             "HashiCorp Vault policies https://developer.hashicorp.com/vault/docs/concepts/policies",
	"cloudflare-challenge-page":           "VeNoMouS/cloudscraper#194 https://github.com/VeNoMouS/cloudscraper/issues/194",
	"nginx-401-page":                      "caronc/apprise-api#221 https://github.com/caronc/apprise-api/issues/221",
	"frappe-permission":                   "frappe/frappe-js-sdk#9 https://github.com/frappe/frappe-js-sdk/issues/9",
	"frappe-whitelist":                    "frappe/frappe-js-sdk#46 https://github.com/frappe/frappe-js-sdk/issues/46",
	"tomcat-401":                          "mashery/iodocs#76 https://github.com/mashery/iodocs/issues/76",
	"api-key-invalid":                     "continuedev/continue#9634 https://github.com/continuedev/continue/issues/9634 (OpenAI-style error body)",
	"github-requires-authentication":      "GitHub REST authentication https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
	"cloudfront-error-no-body":            "n8n-io/n8n#30363 https://github.com/n8n-io/n8n/issues/30363 (headers printed by the client, content-length 0)",
	"gitlab-404-hiding":                   "GitLab REST troubleshooting (404 Project Not Found) https://docs.gitlab.com/api/rest/troubleshooting/",
}

// awaitingSource lists the core signatures whose realistic case still needs
// a cited public sample; it may only shrink.
var awaitingSource = map[string]bool{}

// TestProvenance checks that every signature rests on a public sample: its
// realistic case cites one, coreSources does, or the signature fires on a
// case of the corpora (whose label rows cite their sources).
func TestProvenance(t *testing.T) {
	fired := map[string]bool{}
	for _, dir := range []string{"../testdata/corpus/cases", "../testdata/extra", "../testdata/real/tune"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if strings.HasSuffix(f, ".tsv") || strings.HasSuffix(f, ".md") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if in, err := parse.Parse(string(data)); err == nil && in != nil {
				for _, x := range in.Exchanges {
					for _, h := range Match(x, "") {
						fired[h.ID] = true
					}
				}
			}
			// a paste the reader cannot split still shows the vendor's words
			for _, h := range Match(&parse.Exchange{Response: &parse.Response{Body: parse.Body{Text: string(data)}}}, "") {
				fired[h.ID] = true
			}
		}
	}
	var missing []string
	for _, s := range Table {
		cited := strings.Contains(tableCases[s.ID][0].src, "https://") || strings.Contains(tableCases[s.ID][0].src, "corpus") || coreSources[s.ID] != ""
		switch {
		case cited || fired[s.ID]:
			if awaitingSource[s.ID] {
				t.Errorf("%s has a source now: remove it from awaitingSource", s.ID)
			}
		case !awaitingSource[s.ID]:
			missing = append(missing, s.ID)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("signatures without a public sample: %v", missing)
	}
	for id := range coreSources {
		if byID(id) == nil {
			t.Errorf("coreSources names %s, which is not in Table", id)
		}
	}
}
