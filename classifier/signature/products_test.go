package signature

import "testing"

// productCases holds, for every signature of productTable, a response
// re-created from the public sample cited in src (new hosts, ids, tokens and
// dates) and a near miss. They join tableCases.
var productCases = map[string][2]ex{
	"alphavantage-call-frequency": {
		{st: 200, h: "Content-Type: application/json", b: "{\n    \"Note\": \"Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute and 500 calls per day. Please visit https://www.alphavantage.co/premium/ if you would like to target a higher API call frequency.\"\n}",
			src: "RomelTorres/alpha_vantage (the Note body returned with 200 over the free allowance) https://github.com/RomelTorres/alpha_vantage"},
		{st: 200, h: "Content-Type: application/json", b: "{\n    \"Error Message\": \"Invalid API call. Please retry or visit the documentation (https://www.alphavantage.co/documentation/) for TIME_SERIES_DAILY.\"\n}"}},
	"paloalto-response-page": {
		{st: 503, h: "Content-Type: text/html; charset=UTF-8\nCache-Control: no-store, no-cache, must-revalidate\nConnection: close", b: "<html><head><title>File Blocked</title></head><body><div id=\"content\"><h1>File Download Blocked</h1><p>Access to the file you were trying to download has been blocked in accordance with company policy. Please contact your system administrator if you believe this is in error.</p><p><b>File name:</b> quarterly-roadmap-v7.xlsx</p></div></body></html>",
			src: "PAN-OS default response pages https://docs.paloaltonetworks.com/ngfw/administration/firewall-administration/launch-the-web-interface/configure-response-pages"},
		{st: 503, h: "Content-Type: text/html; charset=UTF-8", b: "<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request. Please contact your system administrator if this persists.</p></body></html>"}},
	"xbox-xsts-country-not-authorized": {
		{st: 401, h: "Content-Type: application/json; charset=utf-8\nx-err: 2148916235", b: `{"Identity":"0","XErr":2148916235,"Message":"","Redirect":"https://start.ui.xboxlive.com/CountryNotAuthorized"}`,
			src: "XSTS XErr codes https://wiki.vg/Microsoft_Authentication_Scheme; PojavLauncherTeam/PojavLauncher (MSA Error: 401 with XErr 2148916235 and the support.xbox.com country-not-authorized redirect)"},
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: `{"Identity":"0","XErr":2148916238,"Message":"","Redirect":"https://start.ui.xboxlive.com/AddChildToFamily"}`}},
	"bunnycdn-host-not-configured": {
		{st: 403, h: "Server: BunnyCDN-DE1-1052\nContent-Type: text/html", b: "<html><head><title>Domain suspended or not configured</title></head><body><h1>Domain suspended or not configured</h1><p>If you are the administrator and believe this is an error on our side, please check your BunnyCDN account configuration or contact customer support.</p></body></html>",
			src: "bunny.net custom hostnames https://docs.bunny.net/cdn/custom-hostname; EdOverflow/can-i-take-over-xyz fingerprints https://github.com/EdOverflow/can-i-take-over-xyz"},
		{st: 403, h: "Server: BunnyCDN-DE1-1052\nContent-Type: text/html", b: "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>Token authentication failed.</p></body></html>"}},
	"go-oauth2-token-endpoint-unreachable": {
		{st: 401, h: "Content-Type: application/json", b: `{"error":{"code":401,"status":"Unauthorized","message":"oauth2: cannot fetch token: 404 Not Found\nResponse: 404 page not found\n"}}`,
			src: "golang.org/x/oauth2 RetrieveError https://pkg.go.dev/golang.org/x/oauth2#RetrieveError; golang/oauth2#731 https://github.com/golang/oauth2/issues/731"},
		{st: 401, h: "Content-Type: application/json", b: `{"error":{"code":401,"status":"Unauthorized","message":"oauth2: cannot fetch token: 401 Unauthorized\nResponse: {\"error\":\"invalid_client\"}"}}`}},
	"deno-permission-sandbox": {
		{b: "error: Uncaught (in promise) PermissionDenied: Requires net access to \"api.example.net:443\", run again with the --allow-net flag\n    at fetch (ext:deno_fetch/26_fetch.js:410:5)",
			src: "Deno permissions https://docs.deno.com/runtime/fundamentals/security/ (the PermissionDenied message Deno prints for a missing --allow-* flag)"},
		{b: "error: Uncaught (in promise) PermissionDenied: Permission denied (os error 13)\n    at Object.readTextFile (ext:deno_fs/30_fs.js:770:9)"}},
	"object-storage-wrong-endpoint": {
		{st: 403, h: "Content-Type: application/xml\nServer: AliyunOSS", b: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.</Message>\n  <RequestId>5F0A11C2D3E4</RequestId>\n  <Bucket>photo-archive-bj</Bucket>\n  <Endpoint>oss-cn-beijing.aliyuncs.com</Endpoint>\n</Error>",
			src: "Alibaba Cloud OSS 403 troubleshooting https://www.alibabacloud.com/help/en/oss/how-to-troubleshoot-403-status-code-when-you-access-oss; aws/aws-sdk-ruby#2013 https://github.com/aws/aws-sdk-ruby/issues/2013"},
		{st: 403, h: "Content-Type: application/xml\nServer: AliyunOSS", b: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>You have no right to access this object because of bucket acl.</Message>\n</Error>"}},
	"google-disallowed-useragent": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "Access blocked: this app's request is invalid\nError 403: disallowed_useragent\nYou can't sign in from this screen because this app doesn't comply with Google's secure browsers policy.",
			src: "Google OAuth 2.0 authorization errors (disallowed_useragent) https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-disallowed-useragent; auth0/auth0-react#246 https://github.com/auth0/auth0-react/issues/246"},
		{st: 400, h: "Content-Type: text/html; charset=utf-8", b: "Access blocked: this app's request is invalid\nError 400: redirect_uri_mismatch"}},
	"mediawiki-title-blacklist": {
		{st: 200, h: "Content-Type: text/html; charset=UTF-8", b: "<h1>Permission error</h1><p>You do not have permission to create this page, for the following reason:</p><div class=\"permissions-errors\"><p>&lt;titleblacklist-forbidden-edit&gt;</p></div>",
			src: "MediaWiki TitleBlacklist https://www.mediawiki.org/wiki/Extension:TitleBlacklist"},
		{st: 200, h: "Content-Type: text/html; charset=UTF-8", b: "<h1>Permission error</h1><p>You do not have permission to edit this page, for the following reason:</p><p>The action you have requested is limited to users in the group: Administrators.</p>"}},
	"kong-unexpected-error": {
		{st: 500, h: "Content-Type: application/json; charset=utf-8\nServer: kong/0.13.1", b: `{"message":"An unexpected error occurred"}`,
			src: "Kong/kong#3535 https://github.com/Kong/kong/issues/3535; Kong/kong#3822 https://github.com/Kong/kong/issues/3822"},
		{st: 500, h: "Content-Type: application/json", b: `{"message":"An unexpected error occurred"}`}},
	"national-block-page": {
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>Доступ ограничен</title></head><body><h1>Доступ к ресурсу ограничен</h1><p>Реестр: <a href=\"http://eais.rkn.gov.ru/\">eais.rkn.gov.ru</a></p></body></html>",
			src: "OONI blocking fingerprints (ooni.ru_5, ooni.ru_30) https://github.com/ooni/blocking-fingerprints/blob/main/fingerprints_http.csv"},
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>Новости</title></head><body><h1>Главная</h1></body></html>"}},
	"cratesio-must-log-in": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: `{"errors":[{"detail":"must be logged in to perform that action"}]}`,
			src: "cargo publishing (cargo login) https://doc.rust-lang.org/cargo/reference/publishing.html#before-your-first-publish"},
		{st: 403, b: `{"errors":[{"detail":"this crate exists but you don't seem to be an owner. If you believe this is a mistake, perhaps you need to accept an invitation to be an owner before publishing."}]}`}},
	"splunk-hec-token": {
		{st: 403, h: "Content-Type: application/json; charset=UTF-8\nX-Content-Type-Options: nosniff", b: `{"text":"Invalid token","code":4}`,
			src: "Splunk HEC troubleshooting (status codes) https://docs.splunk.com/Documentation/Splunk/latest/Data/TroubleshootHTTPEventCollector"},
		{st: 400, b: `{"text":"No data","code":5}`}},
	"loggly-intake-token": {
		{st: 403, b: "Error: Loggly Error (403): Forbidden\n    at Request._callback (/srv/app/node_modules/node-loggly-bulk/lib/loggly/common.js:203:31)",
			src: "agnjunio/albion-killbot#50 https://github.com/agnjunio/albion-killbot/issues/50; winstonjs/node-loggly#29 https://github.com/winstonjs/node-loggly/issues/29"},
		{st: 400, b: "Error: Loggly Error (400): Bad Request"}},
	"grafana-origin-not-allowed": {
		{st: 403, h: "Content-Type: application/json", b: `{"message":"origin not allowed"}`,
			src: "grafana/grafana#51225 https://github.com/grafana/grafana/issues/51225; grafana/grafana#45253 https://github.com/grafana/grafana/issues/45253; teslamate-org/teslamate#2470 https://github.com/teslamate-org/teslamate/issues/2470"},
		{st: 403, h: "Content-Type: application/json", b: `{"message":"Permission denied"}`}},
	"kibana-xsrf-header": {
		{st: 400, h: "Content-Type: application/json; charset=utf-8\nkbn-name: kibana", b: `{"statusCode":400,"error":"Bad Request","message":"Request must contain a kbn-xsrf header."}`,
			src: "elastic/kibana#65833 https://github.com/elastic/kibana/issues/65833; abutaha/aws-es-proxy#70 https://github.com/abutaha/aws-es-proxy/issues/70"},
		{st: 400, b: `{"statusCode":400,"error":"Bad Request","message":"[request body.attributes.title]: expected value of type [string] but got [undefined]"}`}},
	"nextcloud-untrusted-domain": {
		{st: 400, h: "Content-Type: text/html; charset=UTF-8", b: "<h2>Access through untrusted domain</h2>\n<p>Please contact your administrator. If you are an administrator, edit the \"trusted_domains\" setting in config/config.php like the example in config.sample.php.</p>",
			src: "Nextcloud trusted domains https://docs.nextcloud.com/server/latest/admin_manual/installation/installation_wizard.html#trusted-domains"},
		{st: 400, b: "<h2>Internal Server Error</h2><p>The server encountered an internal error and was unable to complete your request.</p>"}},
	"home-assistant-untrusted-proxy": {
		{b: "2024-03-02 10:12:44.120 ERROR (MainThread) [homeassistant.components.http.forwarded] A request from a reverse proxy was received from 172.30.33.4, but your HTTP integration is not set-up for reverse proxies",
			src: "Home Assistant HTTP integration (reverse proxies) https://www.home-assistant.io/integrations/http/#reverse-proxies"},
		{b: "2024-03-02 10:12:44.120 WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from 192.0.2.10"}},
	"proxmox-no-ticket": {
		{st: 401, reason: "No ticket", h: "Server: pve-api-daemon/3.0\nContent-Length: 0", b: "",
			src: "Proxmox VE API authentication https://pve.proxmox.com/wiki/Proxmox_VE_API#Authentication"},
		{st: 401, reason: "Unauthorized", h: "Server: pve-api-daemon/3.0", b: ""}},
	"proxmox-permission-check": {
		{st: 403, reason: "Permission check failed (/vms/100, VM.Audit)", h: "Server: pve-api-daemon/3.0", b: `{"data":null,"message":"Permission check failed (/vms/100, VM.Audit)\n"}`,
			src: "Proxmox VE permission management https://pve.proxmox.com/wiki/User_Management#pveum_permission_management"},
		{st: 403, b: `{"data":null,"message":"Forbidden"}`}},
	"tornado-xsrf": {
		{b: "[W 2023-01-10 10:00:00.000 ServerApp] 403 POST /api/contents/notes.ipynb (127.0.0.1): '_xsrf' argument missing from POST\n[W 2023-01-10 10:00:00.001 ServerApp] 403 POST /api/contents/notes.ipynb (127.0.0.1) 1.20ms referer=None",
			src: "Tornado XSRF protection https://www.tornadoweb.org/en/stable/guide/security.html#cross-site-request-forgery-protection (the log line Jupyter prints)"},
		{b: "[W 2023-01-10 10:00:00.000 ServerApp] 404 GET /api/contents/missing.ipynb (127.0.0.1): No such file or directory: missing.ipynb"}},
	"wordpress-nonce-ays": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<title>WordPress &rsaquo; Error</title>\n<div class=\"wp-die-message\">The link you followed has expired.</div><p><a href=\"https://blog.example.org/wp-admin/\">Please try again.</a></p>",
			src: "WordPress nonces (wp_nonce_ays) https://developer.wordpress.org/apis/security/nonces/"},
		{st: 403, b: "<title>WordPress &rsaquo; Error</title>\n<div class=\"wp-die-message\">Sorry, you are not allowed to access this page.</div>"}},
	"spotify-scope-missing": {
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: `{"error": {"status": 401, "message": "Permissions missing"}}`,
			src: "spotipy-dev/spotipy#684 https://github.com/spotipy-dev/spotipy/issues/684; microsoft/botbuilder-dotnet#1283 https://github.com/microsoft/botbuilder-dotnet/issues/1283"},
		{st: 401, b: `{"error": {"status": 401, "message": "The access token expired"}}`}},
	"spotify-insufficient-client-scope": {
		{st: 403, b: "HTTP Error for GET to https://api.spotify.com/v1/me/following with Params: {'type': 'artist', 'limit': 50, 'after': None} returned 403 due to Insufficient client scope",
			src: "spotipy-dev/spotipy#830 https://github.com/spotipy-dev/spotipy/issues/830"},
		{st: 403, b: "HTTP Error for PUT to https://api.spotify.com/v1/me/player/play returned 403 due to Player command failed: Restriction violated"}},
	"spotify-user-not-registered": {
		{st: 403, b: `{"error": {"status": 403, "message": "Check settings on developer.spotify.com/dashboard, the user may not be registered."}}`,
			src: "Spotify quota modes (development mode allow-list) https://developer.spotify.com/documentation/web-api/concepts/quota-modes"},
		{st: 403, b: `{"error": {"status": 403, "message": "Forbidden"}}`}},
	"nginx-client-certificate": {
		{st: 400, h: "Server: nginx/1.24.0\nContent-Type: text/html", b: "<html>\n<head><title>400 No required SSL certificate was sent</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>No required SSL certificate was sent</center>\n<hr><center>nginx/1.24.0</center>\n</body>\n</html>",
			src: "nginx ssl_verify_client https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_verify_client (its built-in 496 page)"},
		{st: 400, h: "Server: nginx/1.24.0", b: "<html>\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n</body>\n</html>"}},
	"github-git-password-removed": {
		{b: "remote: Support for password authentication was removed on August 13, 2021.\nremote: Please see https://docs.github.com/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.\nfatal: Authentication failed for 'https://github.com/lena-k/notes-app.git/'",
			src: "progit/progit2#2009 https://github.com/progit/progit2/issues/2009; semantic-release/semantic-release#3550 https://github.com/semantic-release/semantic-release/issues/3550"},
		{b: "fatal: Authentication failed for 'https://git.example.org/lena-k/notes-app.git/'"}},
	"github-git-permission-denied": {
		{b: "remote: Permission to acme-labs/site-builder.git denied to lena-k.\nfatal: unable to access 'https://github.com/acme-labs/site-builder.git/': The requested URL returned error: 403",
			src: "jadijadi/gittutorial#1049 https://github.com/jadijadi/gittutorial/issues/1049; foundation/foundation-sites#8146 https://github.com/foundation/foundation-sites/issues/8146"},
		{b: "fatal: unable to access 'https://github.com/acme-labs/site-builder.git/': The requested URL returned error: 403"}},
	"github-git-repo-not-found": {
		{b: "remote: Repository not found.\nfatal: repository 'https://github.com/acme-labs/private-tools.git/' not found",
			src: "GitHub troubleshooting cloning errors (Repository not found) https://docs.github.com/en/repositories/creating-and-managing-repositories/troubleshooting-cloning-errors#error-repository-not-found"},
		{b: "fatal: repository 'https://git.example.org/acme-labs/private-tools.git/' not found"}},
	"gitlab-git-not-allowed": {
		{b: "remote: GitLab: You are not allowed to push code to protected branches on this project.\nTo https://gitlab.example.com/acme/api.git\n ! [remote rejected] main -> main (pre-receive hook declined)",
			src: "GitLab protected branches https://docs.gitlab.com/user/project/repository/branches/protected/"},
		{b: " ! [remote rejected] main -> main (pre-receive hook declined)\nerror: failed to push some refs"}},
	"azure-devops-git-tf401019": {
		{b: "remote: TF401019: The Git repository with name or identifier billing-api does not exist or you do not have permissions for the operation you are attempting.\nfatal: repository 'https://dev.azure.com/contoso/Payments/_git/billing-api/' not found",
			src: "Azure Repos permissions https://learn.microsoft.com/en-us/azure/devops/repos/git/set-git-repository-permissions"},
		{b: "fatal: repository 'https://dev.azure.com/contoso/Payments/_git/billing-api/' not found"}},
	"azure-devops-git-tf401027": {
		{b: "remote: TF401027: You need the Git 'GenericContribute' permission to perform this action. Details: identity 'Lena K', scope 'repository'.\n ! [remote rejected] main -> main (TF401027)",
			src: "Azure Repos permissions https://learn.microsoft.com/en-us/azure/devops/repos/git/set-git-repository-permissions"},
		{b: " ! [remote rejected] main -> main (TF402455: Pushes to this branch are not permitted; you must use a pull request to update this branch.)"}},
	"bitbucket-git-password-removed": {
		{b: "remote: Bitbucket Cloud recently stopped supporting account passwords for Git authentication.\nremote: See our community post for more details: https://atlassian.community/t5/x/x/ba-p/1948231\nremote: App passwords are recommended for most use cases and can be created in your Personal settings:\nfatal: Authentication failed for 'https://bitbucket.org/acme/api.git/'",
			src: "Bitbucket app passwords https://support.atlassian.com/bitbucket-cloud/docs/using-app-passwords/"},
		{b: "fatal: Authentication failed for 'https://bitbucket.org/acme/api.git/'"}},
	"bunkerweb-antibot": {
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<!doctype html>\n<html lang=\"en\"><head><title>Bot Detection</title><meta name=\"robots\" content=\"nofollow,noarchive,noindex\"></head><body><h1>Please wait while we check if you are a Human</h1><p>This website is protected with BunkerWeb.</p></body></html>",
			src: "BunkerWeb antibot https://docs.bunkerweb.io/latest/features/#antibot; the page as quoted in public job-board crawler notes"},
		{st: 200, b: "<title>Jobs</title><p>This website is protected with BunkerWeb.</p><p>Open positions: 3</p>"}},
	"bunkerweb-block": {
		{st: 403, h: "Content-Type: text/html", b: "<!doctype html><html><head><title>403 - Forbidden</title></head><body><h1>403</h1><p>Forbidden</p><footer>This website is protected with BunkerWeb</footer></body></html>",
			src: "BunkerWeb features https://docs.bunkerweb.io/latest/features/ (default error pages, as served by litter.catbox.moe)"},
		{st: 403, h: "Content-Type: text/html", b: "<!doctype html><html><head><title>403 - Forbidden</title></head><body><h1>403</h1><p>Forbidden</p></body></html>"}},
	"squid-cannot-reach": {
		{st: 503, h: "Server: squid/3.5.27\nX-Squid-Error: ERR_CONNECT_FAIL 111\nContent-Type: text/html;charset=utf-8", b: "<p>The system returned: <i>(111) Connection refused</i></p><p>The remote host or network may be down. Please try the request again.</p>",
			src: "Squid troubleshooting (ERR_CONNECT_FAIL) https://wiki.squid-cache.org/SquidFaq/TroubleShooting"},
		{st: 503, h: "Server: squid/3.5.27", b: "<p>Service Unavailable</p>"}},
	"etherscan-invalid-key": {
		{st: 200, h: "Content-Type: application/json; charset=utf-8", b: `{"status":"0","message":"NOTOK","result":"Invalid API Key"}`,
			src: "Etherscan API keys https://docs.etherscan.io/getting-started/viewing-api-usage-statistics (the NOTOK answer quoted in blockchain-certificates/cert-issuer#166 https://github.com/blockchain-certificates/cert-issuer/issues/166)"},
		{st: 200, b: `{"status":"0","message":"NOTOK","result":"Error! Missing Or invalid Module name"}`}},
	"etherscan-keyless-notice": {
		{st: 200, h: "Content-Type: application/json; charset=utf-8", b: `{"status":"1","message":"OK-Missing/Invalid API Key, rate limit of 1/5sec applied","result":"73120984455610002"}`,
			src: "corpetty/py-etherscan-api#108 https://github.com/corpetty/py-etherscan-api/pull/108; crytic/crytic-compile#63 https://github.com/crytic/crytic-compile/pull/63"},
		{st: 200, b: `{"status":"1","message":"OK","result":"73120984455610002"}`}},
	"aliyun-openapi-access-key": {
		{st: 404, h: "Content-Type: application/json;charset=utf-8", b: "{\n  \"RequestId\": \"7C3A91E2-4B5D-4F60-8E17-2A9B0C1D3E4F\",\n  \"HostId\": \"ecs.cn-shanghai.aliyuncs.com\",\n  \"Code\": \"InvalidAccessKeyId.NotFound\",\n  \"Message\": \"Specified access key is not found.\",\n  \"Recommend\": \"https://api.alibabacloud.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Ecs\"\n}",
			src: "Alibaba Cloud OpenAPI error diagnosis https://help.aliyun.com/en/openapi/user-guide/api-error-diagnosis; OpenAPI client error codes https://help.aliyun.com/en/polardb/client-error-codes"},
		{st: 404, h: "Content-Type: application/json;charset=utf-8", b: "{\n  \"RequestId\": \"7C3A91E2-4B5D-4F60-8E17-2A9B0C1D3E4F\",\n  \"HostId\": \"ecs.cn-shanghai.aliyuncs.com\",\n  \"Code\": \"InvalidImageId.NotFound\",\n  \"Message\": \"The specified ImageId does not exist.\"\n}"}},
	"odoo-session-expired": {
		{st: 200, h: "Content-Type: application/json", b: `{"jsonrpc": "2.0", "id": 7, "error": {"code": 100, "message": "Odoo Session Expired", "data": {"name": "odoo.http.SessionExpiredException", "debug": "Traceback (most recent call last): ...", "message": "Session expired", "arguments": ["Session expired"]}}}`,
			src: "Odoo external API https://www.odoo.com/documentation/17.0/developer/reference/external_api.html; the answer as quoted in OCA/odoorpc issues"},
		{st: 200, b: `{"jsonrpc": "2.0", "id": 7, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.ValidationError"}}}`}},
	"odoo-access-denied-login": {
		{st: 200, b: `{"jsonrpc": "2.0", "id": 1, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.AccessDenied", "message": "Access Denied", "arguments": ["Access Denied"]}}}`,
			src: "OCA/odoorpc#64 https://github.com/OCA/odoorpc/issues/64"},
		{st: 200, b: `{"jsonrpc": "2.0", "id": 1, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.AccessError", "message": "You are not allowed to access 'Sales Order' (sale.order) records."}}}`}},
	"home-assistant-ws-auth-invalid": {
		{b: `{"type": "auth_required", "ha_version": "2024.6.1"}` + "\n" + `{"type": "auth_invalid", "message": "Invalid access token or password"}`,
			src: "Home Assistant WebSocket API authentication phase https://developers.home-assistant.io/docs/api/websocket/#authentication-phase"},
		{b: `{"type": "auth_required", "ha_version": "2024.6.1"}` + "\n" + `{"type": "auth_ok", "ha_version": "2024.6.1"}`}},
	"deluge-web-not-authenticated": {
		{st: 200, h: "Content-Type: application/x-json", b: `{"id": 47279, "result": null, "error": {"message": "Not authenticated", "code": 1}}`,
			src: "bogenpirat/remote-torrent-adder#50 https://github.com/bogenpirat/remote-torrent-adder/issues/50; gethomepage/homepage#563 https://github.com/gethomepage/homepage/issues/563"},
		{st: 200, b: `{"id": 47279, "result": true, "error": null}`}},
	"qbittorrent-login-fails": {
		{st: 200, target: "/api/v2/auth/login", h: "Content-Type: text/plain; charset=UTF-8", b: "Fails.",
			src: "qBittorrent WebUI API (login) https://github.com/qbittorrent/qBittorrent/wiki/WebUI-API-(qBittorrent-4.1)#login"},
		{st: 200, target: "/api/v2/auth/login", b: "Ok."}},
	"keycloak-invalid-redirect-uri": {
		{st: 400, h: "Content-Type: text/html;charset=utf-8", b: "<div id=\"kc-content\"><h1 id=\"kc-page-title\">We are sorry...</h1><p class=\"instruction\">Invalid parameter: redirect_uri</p></div>",
			src: "Keycloak OIDC client settings (Valid redirect URIs) https://www.keycloak.org/docs/latest/server_admin/#_oidc_clients; the page as pasted in keycloak/keycloak discussions"},
		{st: 400, b: "<h1 id=\"kc-page-title\">We are sorry...</h1><p class=\"instruction\">Page not found</p>"}},
	"heroku-cli-invalid-credentials": {
		{b: " ›   Error: Invalid credentials provided.\n ›\n ›   Error ID: unauthorized",
			src: "iterative/mlem#501 https://github.com/iterative/mlem/issues/501; heroku/heroku-accounts#23 https://github.com/heroku/heroku-accounts/issues/23"},
		{b: " ›   Error: Couldn't find that app.\n ›\n ›   Error ID: not_found"}},
	"azure-storage-public-access-not-permitted": {
		{st: 409, h: "Content-Type: application/xml\nx-ms-error-code: PublicAccessNotPermitted", b: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>PublicAccessNotPermitted</Code><Message>Public access is not permitted on this storage account.\nRequestId:4b1e0c2a-701e-0039-2f6d-8a1c3b000000\nTime:2025-02-11T09:14:52.0000000Z</Message></Error>",
			src: "Azure Storage: prevent anonymous read access (PublicAccessNotPermitted) https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent"},
		{st: 409, h: "Content-Type: application/xml", b: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ContainerAlreadyExists</Code><Message>The specified container already exists.</Message></Error>"}},
	"zabbix-api-not-authorised": {
		{st: 200, h: "Content-Type: application/json", b: `{"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params.", "data": "Not authorised."}, "id": 1}`,
			src: "lukecyca/pyzabbix#130 https://github.com/lukecyca/pyzabbix/issues/130"},
		{st: 200, h: "Content-Type: application/json", b: `{"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params.", "data": "Invalid parameter \"/1\": unexpected parameter \"hostids\"."}, "id": 1}`}},
	"aliyun-waf-block": {
		{st: 405, h: "Server: Tengine\nContent-Type: text/html", b: "<html><head><title>405</title></head><body><img src=\"https://errors.aliyun.com/images/TB1TpamHpXXXXaJXXXXeB7nYVXX-104-162.png\"/><p>很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</p></body></html>",
			src: "Ekultek/WhatWaf plugin aliyundun.py (errors.aliyun.com on a 405) https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/aliyundun.py"},
		{st: 405, h: "Server: Tengine", b: "<html><head><title>405 Not Allowed</title></head></html>"}},
	"safedog-waf-block": {
		{st: 403, h: "X-Powered-By: WAF/2.0\nSet-Cookie: safedog-flow-item=8E1B0C2D; path=/\nContent-Type: text/html", b: "<html><head><title>网站防火墙</title></head><body><a href=\"http://www.safedog.cn/\">网站安全狗</a> 您的请求带有不合法参数，已被网站管理员设置拦截！</body></html>",
			src: "Ekultek/WhatWaf plugin safedog.py https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/safedog.py"},
		{st: 403, h: "X-Powered-By: PHP/7.4", b: "<title>403 Forbidden</title>"}},
	"yunsuo-waf-block": {
		{st: 403, h: "Set-Cookie: yunsuo_session_verify=3a1c9e7f2b; path=/\nContent-Type: text/html", b: "<html><body><img class=\"yunsuologo\" src=\"/yunsuo/logo.png\"/><p>您的访问被拦截</p></body></html>",
			src: "Ekultek/WhatWaf plugin yunsuo.py https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/yunsuo.py"},
		{st: 403, b: "<html><body><p>Forbidden</p></body></html>"}},
	"bitninja-captcha": {
		{st: 403, h: "Content-Type: text/html\nCache-Control: no-cache, no-store, must-revalidate\nServer: BitNinja Captcha Server", b: "<html lang=\"en\" ng-app=\"app\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Visitor anti-robot validation</title>\n<meta content=\"noindex, nofollow\" name=\"robots\"/>",
			src: "Ekultek/WhatWaf#1177 https://github.com/Ekultek/WhatWaf/issues/1177"},
		{st: 403, h: "Content-Type: text/html\nServer: nginx", b: "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>"}},
	"jiasule-waf-block": {
		{st: 468, h: "Server: jiasule-WAF\nSet-Cookie: __jsluid_h=5f1e2d3c4b5a69788796a5b4c3d2e1f0; path=/", b: "<html><head><script src=\"https://static.jiasule.com/static/js/http_error.js\"></script></head><body>notice.jiasule.com</body></html>",
			src: "Ekultek/WhatWaf plugin jiasule.py https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/jiasule.py"},
		{st: 403, h: "Server: nginx", b: "<html><body>Forbidden</body></html>"}},
	"watchguard-firewall-deny": {
		{st: 403, h: "Content-Type: text/html; charset=\"utf-8\"\nCache-Control: no-cache", b: "<html><head><title>Request Denied</title></head><body><div class=\"box\"><p class=\"red\">Request denied by WatchGuard Firewall.</p><p><b> Reason: </b> IPS detected for \"WEB SQL Injection -21/Web threats\" </p><p>Please contact your administrator for assistance.</p></div></body></html>",
			src: "Ekultek/WhatWaf#1251 https://github.com/Ekultek/WhatWaf/issues/1251; WatchGuard HTTP-proxy deny message https://www.watchguard.com/help/docs/help-center/en-US/Content/en-US/Fireware/proxies/http/http_proxy_deny_msg_c.html; EnableSecurity/wafw00f plugin watchguard.py https://github.com/EnableSecurity/wafw00f/blob/master/wafw00f/plugins/watchguard.py"},
		{st: 403, h: "Content-Type: text/html", b: "<html><head><title>Request Denied</title></head><body><p>Your request was denied by the site's firewall.</p></body></html>"}},
	"tencent-edgeone-block": {
		{st: 567, h: "Content-Type: text/html; charset=utf-8\nServer: edgeone-pages", b: "<html><head><title>访问被拦截</title></head><body><h2>您的请求已被该站点的安全策略拦截</h2><p>由 Tencent Cloud EdgeOne 提供防护</p><p>请求 ID: 7d1c9e52a0b34f86</p></body></html>",
			src: "Tencent Cloud EdgeOne status codes (566/567 interception) https://edgeone.ai/document/58009; reqable/reqable-app#2045 https://github.com/reqable/reqable-app/issues/2045"},
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<html><body><h2>您的请求已被拦截</h2><p>由 Tencent Cloud EdgeOne 加速</p></body></html>"}},
	"tencent-cloud-waf-block": {
		{st: 403, h: "Content-Type: text/html", b: "<html><head><title>403 Forbidden</title></head><body><iframe src=\"https://waf-static.tencent.com/501page.html?u=https://shop.example.org/&id=3a0f5c1e-9d2b-4e77-8c41-6b2d1f0e9a73&st=2\"></iframe><p>腾讯云Web应用防火墙</p></body></html>",
			src: "Tencent Cloud WAF interception page as fingerprinted by wafw00f qcloud.py https://github.com/EnableSecurity/wafw00f/blob/master/wafw00f/plugins/qcloud.py"},
		{st: 403, h: "Content-Type: text/html", b: "<html><body><p>腾讯云 CDN: 403 Forbidden</p></body></html>"}},
	"huawei-cloud-waf-block": {
		{st: 418, h: "Server: HuaweiCloudWAF\nContent-Type: text/html\nSet-Cookie: HWWAFSESID=91b2c7d4e5f60a1b3c; path=/", b: "<html><head><title>418</title></head><body><p>您的请求疑似攻击行为！</p><p>事件ID: 04-0000-0000-0000-31020261206004512-5be2a9c1</p><p>如有疑问请联系 hws_security@example.com</p></body></html>",
			src: "Huawei Cloud WAF (418 for an intercepted request, HWWAFSESID in its event records) https://support.huaweicloud.com/intl/en-us/waf/index.html; EnableSecurity/wafw00f plugin huaweicloud.py https://github.com/EnableSecurity/wafw00f/blob/master/wafw00f/plugins/huaweicloud.py"},
		{st: 403, h: "Server: OBS\nContent-Type: application/xml", b: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"}},
	"ngx-lua-waf-illegal-params": {
		{st: 403, h: "Server: nginx\nContent-Type: text/html", b: "<html><head><title>网站防火墙</title></head><body><div class=\"tip\"><p>您的请求带有不合法参数，已被网站防火墙拦截！</p><p>可能原因：您提交的内容包含危险的攻击请求</p></div></body></html>",
			src: "LyLme/lylme_spage#120 https://github.com/LyLme/lylme_spage/issues/120; loveshell/ngx_lua_waf block page (config.lua html) https://github.com/loveshell/ngx_lua_waf"},
		{st: 403, h: "Server: nginx\nContent-Type: text/html", b: "<html><head><title>403 Forbidden</title></head><body><p>您没有权限访问该页面，请先登录</p></body></html>"}},
	"isa-tmg-url-denied": {
		{st: 403, reason: "Forbidden ( Forefront TMG denied the specified Uniform Resource Locator (URL). )", h: "Via: 1.1 GW-EDGE02\nConnection: close\nContent-Type: text/html", b: "",
			src: "Microsoft Remote Connectivity Analyzer: an HTTP 403 was received because ISA denied the specified URL https://technet.microsoft.com/en-us/library/dd439387(v=exchg.80).aspx; KB 837451 http://ftp.zx.net.nz/pub/mirror/ftp.microsoft.com/MISC/KB/en-us/837/451.HTM"},
		{st: 403, reason: "Forbidden", h: "Via: 1.1 GW-EDGE02", b: "<h1>The page was not displayed because the request was not allowed.</h1>"}},
	"ngrok-endpoint-offline": {
		{st: 404, h: "Content-Type: text/plain\nNgrok-Error-Code: ERR_NGROK_3200", b: "The endpoint quiet-lake-4821.ngrok-free.app is offline.\n\nERR_NGROK_3200",
			src: "ngrok ERR_NGROK_3200 https://ngrok.com/docs/errors/err_ngrok_3200; inconshreveable/ngrok#828 https://github.com/inconshreveable/ngrok/issues/828; gstaff/flask-ngrok#18 https://github.com/gstaff/flask-ngrok/issues/18"},
		{st: 404, h: "Content-Type: text/plain", b: "404 page not found"}},
	"ngrok-browser-warning": {
		{st: 200, h: "Content-Type: text/html", b: "<!DOCTYPE html><html><head><title>ngrok</title></head><body><p>You are about to visit wild-river-2290.ngrok-free.app</p><p>To remove this page: set and send an ngrok-skip-browser-warning request header with any value.</p><p>ERR_NGROK_6024</p></body></html>",
			src: "ngrok ERR_NGROK_6024 https://ngrok.com/docs/errors/err_ngrok_6024; thewhiteh4t/seeker#503 https://github.com/thewhiteh4t/seeker/issues/503"},
		{st: 200, h: "Content-Type: text/html", b: "<!DOCTYPE html><html><head><title>Dashboard</title></head><body><p>Welcome back</p></body></html>"}},
	"localtunnel-reminder": {
		{st: 401, h: "Content-Type: text/html", b: "<html><body><h1>Friendly Reminder</h1><p>This website is served via a localtunnel. This is just a reminder to always check the website address you're giving personal, financial, or login details to is actually the real/official website.</p><p>Options to bypass this page: set and send a Bypass-Tunnel-Reminder request header (its value can be anything).</p></body></html>",
			src: "localtunnel/localtunnel#407 https://github.com/localtunnel/localtunnel/issues/407; localtunnel/localtunnel#663 https://github.com/localtunnel/localtunnel/issues/663; the page's text quoted in lblblong/nat-utools#15 https://github.com/lblblong/nat-utools/issues/15"},
		{st: 200, h: "Content-Type: text/html", b: "<html><body><h1>Reminder</h1><p>Your meeting starts in ten minutes.</p></body></html>"}},
	"ngrok-upstream-failed": {
		{st: 502, h: "Content-Type: text/html", b: "<html><body><p>The endpoint https://calm-fox-1377.ngrok-free.app is online, but the agent reported an error connecting to http://localhost:5173: dial tcp [::1]:5173: connect: connection refused</p><p>ERR_NGROK_8012</p></body></html>",
			src: "ngrok ERR_NGROK_8012 https://ngrok.com/docs/errors/err_ngrok_8012; ngrok troubleshooting skill (high-frequency codes) https://www.skills.sh/ngrok/skills/troubleshoot-ngrok"},
		{st: 502, h: "Content-Type: text/html", b: "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"}},
	"telegram-bot-token-rejected": {
		{st: 401, h: "Server: nginx/1.18.0\nContent-Type: application/json", b: `{"ok":false,"error_code":401,"description":"Unauthorized"}`,
			src: "silvanmelchior/RPi_Cam_Web_Interface#394 https://github.com/silvanmelchior/RPi_Cam_Web_Interface/issues/394; Telegram Bot API https://core.telegram.org/bots/api#making-requests"},
		{st: 400, h: "Content-Type: application/json", b: `{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}`}},
	"telegram-bot-forbidden": {
		{b: "telegram.error.Unauthorized: Forbidden: bot was blocked by the user\n  File \"notify.py\", line 88, in push\n    bot.send_message(chat_id=uid, text=msg)",
			src: "fuomag9/ChaturbateBot#34 https://github.com/fuomag9/ChaturbateBot/issues/34"},
		{b: "telegram.error.BadRequest: Chat not found"}},
	"matrix-unknown-token": {
		{st: 401, h: "Content-Type: application/json", b: `{"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed.","soft_logout":false}`,
			src: "JOJ0/synadm#134 https://github.com/JOJ0/synadm/issues/134; Matrix common error codes https://spec.matrix.org/latest/client-server-api/#common-error-codes"},
		{st: 404, h: "Content-Type: application/json", b: `{"errcode":"M_NOT_FOUND","error":"Room alias not found"}`}},
	"matrix-forbidden": {
		{st: 403, h: "Content-Type: application/json", b: `{"errcode":"M_FORBIDDEN","error":"You are not a server admin"}`,
			src: "etkecc/ketesa#1108 https://github.com/etkecc/ketesa/issues/1108"},
		{st: 403, h: "Content-Type: application/json", b: `{"errcode":"M_FORBIDDEN","error":"Invalid username or password"}`}},
	"matrix-login-refused": {
		{st: 403, h: "Content-Type: application/json", b: `{"errcode":"M_FORBIDDEN","error":"Invalid username or password"}`,
			src: "Matrix login (403 M_FORBIDDEN for a wrong password) https://spec.matrix.org/latest/client-server-api/#login"},
		{st: 403, h: "Content-Type: application/json", b: `{"errcode":"M_FORBIDDEN","error":"You are not invited to this room."}`}},
	"matrix-rate-limited": {
		{st: 429, h: "Content-Type: application/json", b: `{"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests","retry_after_ms":2318}`,
			src: "Matrix rate limiting https://spec.matrix.org/latest/client-server-api/#rate-limiting"},
		{st: 429, h: "Content-Type: text/html", b: "<html><body>Too Many Requests</body></html>"}},
	"influxdb-unauthorized": {
		{st: 401, h: "Content-Type: application/json; charset=utf-8\nX-Influxdb-Build: OSS\nX-Influxdb-Version: v2.7.4", b: `{"code":"unauthorized","message":"unauthorized access"}`,
			src: "influxdata/ui#6940 https://github.com/influxdata/ui/issues/6940; InfluxDB API authentication https://docs.influxdata.com/influxdb/v2/api-guide/api_intro/#authentication"},
		{st: 404, h: "Content-Type: application/json; charset=utf-8", b: `{"code":"not found","message":"bucket \"sensors\" not found"}`}},
	"influxdb-log-unauthorized": {
		{b: "ts=2025-02-11T08:03:44.512904Z lvl=info msg=Unauthorized log_id=0tRw1bXh000 error=\"session not found\"\nts=2025-02-11T08:03:59.101377Z lvl=info msg=Unauthorized log_id=0tRw1bXh000 error=\"session not found\"",
			src: "influxdata/ui#6940 https://github.com/influxdata/ui/issues/6940"},
		{b: "ts=2025-02-11T08:03:44.512904Z lvl=info msg=\"Write failed\" log_id=0tRw1bXh000 error=\"partial write: field type conflict\""}},
	"influxdb-insufficient-permissions": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: `{"code":"forbidden","message":"insufficient permissions for write"}`,
			src: "influxdata/influxdb#17942 https://github.com/influxdata/influxdb/issues/17942"},
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: `{"error":"insufficient permissions for write operation"}`}},
	"hubspot-invalid-authentication": {
		{st: 401, h: "Content-Type: application/json;charset=utf-8\nx-hubspot-auth-failure: 401 Unauthorized", b: `{"status":"error","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview","correlationId":"4b8e2f10-77a3-4c5d-9e21-0f6a3b7c8d90","category":"INVALID_AUTHENTICATION"}`,
			src: "HubSpot/hubspot-api-python#15 https://github.com/HubSpot/hubspot-api-python/issues/15; HubSpot/hubspot-api-ruby#181 https://github.com/HubSpot/hubspot-api-ruby/issues/181"},
		{st: 401, h: "Content-Type: application/json", b: `{"error":"INVALID_AUTHENTICATION","message":"bad signature"}`}},
	"hubspot-missing-scopes": {
		{st: 403, h: "Content-Type: application/json;charset=utf-8", b: `{"status":"error","message":"This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.","correlationId":"a17c03e5-2b94-4f61-8d0e-93c5b2e4f1a8","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["crm.objects.owners.read"]}}],"category":"MISSING_SCOPES"}`,
			src: "HubSpot/hubspot-api-nodejs#50 https://github.com/HubSpot/hubspot-api-nodejs/issues/50"},
		{st: 403, h: "Content-Type: application/json", b: `{"status":"error","message":"Forbidden","category":"FORBIDDEN"}`}},
	"mailchimp-api-key": {
		{st: 401, h: "Content-Type: application/problem+json; charset=utf-8", b: `{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the wrong datacenter.","instance":"0c6b1e5d-3f2a-4e77-b8c9-d1a2e3f40516"}`,
			src: "mailchimp/mc-woocommerce#646 https://github.com/mailchimp/mc-woocommerce/issues/646; gomfunkel/node-mailchimp#57 https://github.com/gomfunkel/node-mailchimp/issues/57"},
		{st: 400, h: "Content-Type: application/problem+json; charset=utf-8", b: `{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Member Exists","status":400,"detail":"ann@example.org is already a list member."}`}},
	"doorkeeper-outside-scopes": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: `{"error":"This action is outside the authorized scopes"}`,
			src: "martianhi/mastodon.el#1 https://github.com/martianhi/mastodon.el/issues/1; Mastodon OAuth scopes https://docs.joinmastodon.org/api/oauth-scopes/"},
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: `{"error":"This action is not allowed"}`}},
	"gitea-token-scope": {
		{st: 403, h: "Content-Type: application/json;charset=utf-8", b: `{"message":"token does not have at least one of required scope(s): [read:misc]","url":"https://git.example.net/api/swagger"}`,
			src: "go-gitea/gitea#26035 https://github.com/go-gitea/gitea/issues/26035; fluxcd/notification-controller#580 https://github.com/fluxcd/notification-controller/issues/580"},
		{st: 403, h: "Content-Type: application/json;charset=utf-8", b: `{"message":"user should be an owner or a collaborator with admin write of a repository","url":"https://git.example.net/api/swagger"}`}},
	"radware-bot-manager": {
		{st: 302, h: "Location: https://validate.perfdrive.com/5e0c2a91d7b34f86a1c09e3d7b2f4a61/?ssa=3b8f1d2e-7a64-4c9e-b1f0-2d5e8c7a9b13&ssb=41862093517&ssc=https%3A%2F%2Fshop.example.org%2Fcatalog%2F&ssi=9c1e5a7d-pq2k-4f7b-8d6e-c2b1a9f0e347", b: "",
			src: "omkarcloud/botasaurus-driver#10 https://github.com/omkarcloud/botasaurus-driver/issues/10; section-io/docs#113 (ShieldSquare renamed Radware Bot Manager) https://github.com/section-io/docs/pull/113"},
		{st: 302, h: "Location: https://shop.example.org/login?next=%2Fcatalog%2F", b: ""}},
	"reddit-network-policy-block": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<!doctype html><html><head><title>Blocked</title></head><body><h1>whoa there, pardner!</h1><p>Your request has been blocked due to a network policy.</p><p>Try logging in or creating an account to get back to browsing.</p><p>If you're running a script or application, please register or sign in with your developer credentials. Additionally make sure your User-Agent is not empty and is something unique and descriptive and try again.</p></body></html>",
			src: "asadm/markdowndown#5 https://github.com/asadm/markdowndown/issues/5; Nyr/wireguard-install#136 https://github.com/Nyr/wireguard-install/issues/136"},
		{st: 403, h: "Content-Type: application/json; charset=UTF-8", b: `{"message": "Forbidden", "error": 403}`}},
	"varnish-backend-fetch-failed": {
		{st: 503, h: "Server: Varnish\nX-Varnish: 884217305\nContent-Type: text/html; charset=utf-8", b: "<!DOCTYPE html>\n<html><head><title>503 Backend fetch failed</title></head><body><h1>Error 503 Backend fetch failed</h1><p>Backend fetch failed</p><h3>Guru Meditation:</h3><p>XID: 884217306</p><hr><p>Varnish cache server</p></body></html>",
			src: "Varnish troubleshooting (Guru Meditation, Backend fetch failed) https://varnish-cache.org/docs/trunk/users-guide/troubleshooting.html"},
		{st: 503, h: "Server: nginx\nContent-Type: text/html", b: "<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>"}},
	"transmission-session-id": {
		{st: 409, h: "Server: Transmission\nX-Transmission-Session-Id: 7QvRk2mXcPz0bLwYd5HsNj8eTgUa3FoI1rEqCyVh6KtMn4Dp\nContent-Type: text/html; charset=ISO-8859-1", b: "<h1>409: Conflict</h1><p>Your request had an invalid session-id header.</p><p>To fix this, follow these steps:<ol><li> When reading a response, get its X-Transmission-Session-Id header and remember it<li> Add the updated header to your outgoing requests<li> When you get this 409 error message, resend your request with the updated header</ol></p><p>This requirement has been added to help prevent CSRF attacks.</p>",
			src: "transmission-remote-gtk/transmission-remote-gtk#89 https://github.com/transmission-remote-gtk/transmission-remote-gtk/issues/89; Transmission RPC spec (CSRF protection) https://github.com/transmission/transmission/blob/main/docs/rpc-spec.md#231-csrf-protection"},
		{st: 409, h: "Content-Type: application/json", b: `{"error":"conflict","message":"torrent already added"}`}},
	"gitlab-422-change-rejected": {
		{st: 422, h: "Server: nginx\nContent-Type: text/html; charset=utf-8", b: "<!DOCTYPE html><html><head><title>The change you requested was rejected (422)</title></head><body><h1>422</h1><h3>The change you requested was rejected.</h3><p>Make sure you have access to the thing you tried to change.</p><p>Please contact your GitLab administrator if you think this is a mistake.</p></body></html>",
			src: "sameersbn/docker-gitlab#453 https://github.com/sameersbn/docker-gitlab/issues/453"},
		{st: 422, h: "Content-Type: application/json", b: `{"message":{"name":["has already been taken"]}}`}},
	"twitch-helix-missing-scope": {
		{st: 401, h: "Content-Type: application/json", b: `{"error":"Unauthorized","status":401,"message":"Missing scope: moderator:read:chatters"}`,
			src: "twitchdev/issues#836 https://github.com/twitchdev/issues/issues/836"},
		{st: 401, h: "Content-Type: application/json", b: `{"error":"Unauthorized","status":401,"message":"Invalid OAuth token"}`}},
	"twitch-helix-token": {
		{st: 401, h: "Content-Type: application/json", b: `{"error":"Unauthorized","status":401,"message":"OAuth token is missing"}`,
			src: "twitchdev/issues#105 https://github.com/twitchdev/issues/issues/105"},
		{st: 401, h: "Content-Type: application/json", b: `{"error":"Unauthorized","status":401,"message":"Client ID and OAuth token do not match"}`}},
	"dropbox-token": {
		{st: 401, h: "Content-Type: application/json", b: `{"error_summary": "expired_access_token/..", "error": {".tag": "expired_access_token"}}`,
			src: "karthik/rdrop2#206 https://github.com/karthik/rdrop2/issues/206"},
		{st: 409, h: "Content-Type: application/json", b: `{"error_summary": "path/not_found/..", "error": {".tag": "path", "path": {".tag": "not_found"}}}`}},
	"dropbox-missing-scope": {
		{b: "2023-04-18 21:07:55,102 4 INFO live odoo.addons.backup.models.config: Dropbox Exception: AuthError('b41f7c02e9d35a6c8e17f0a2d4c9b385', AuthError('missing_scope', TokenScopeError(required_scope='files.content.write')))",
			src: "CybroOdoo/CybroAddons#209 https://github.com/CybroOdoo/CybroAddons/issues/209"},
		{b: "Dropbox Exception: ApiError('b41f7c02e9d35a6c8e17f0a2d4c9b385', UploadError('path', UploadWriteFailed(reason=WriteError('insufficient_space', None))))"}},
	"strava-token-invalid": {
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: `{"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}`,
			src: "afryer/strava-react#4 https://github.com/afryer/strava-react/issues/4"},
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: `{"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"activity:read_permission","code":"missing"}]}`}},
	"strava-missing-permission": {
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: `{"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"activity:read_permission","code":"missing"}]}`,
			src: "googledatastudio/community-connectors#291 https://github.com/googledatastudio/community-connectors/issues/291"},
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: `{"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}`}},
	"linode-token-scope": {
		{st: 401, h: "Content-Type: application/json", b: `{"errors": [{"reason": "Your OAuth token is not authorized to use this endpoint."}]}`,
			src: "trailofbits/algo#14348 https://github.com/trailofbits/algo/pull/14348"},
		{st: 401, h: "Content-Type: application/json", b: `{"errors": [{"reason": "Invalid Token"}]}`}},
	"mattermost-permissions": {
		{st: 403, h: "Content-Type: application/json", b: `{"id":"api.context.permissions.app_error","message":"You do not have the appropriate permissions.","detailed_error":"","request_id":"q8w3ne5tzbf1xk7yd4rpm9ac2h","status_code":403}`,
			src: "mattermost/mattermost#8985 https://github.com/mattermost/mattermost/issues/8985; mattermost/mattermost#16873 https://github.com/mattermost/mattermost/issues/16873"},
		{st: 403, h: "Content-Type: application/json", b: `{"id":"api.post.create_post.town_square_read_only","message":"This channel is read-only.","status_code":403}`}},
	"mattermost-session-expired": {
		{st: 401, h: "Content-Type: application/json", b: `{"id":"api.context.session_expired.app_error","message":"Invalid or expired session, please login again.","detailed_error":"token=7hq1zw9k3xb5yfnc8me2tdp4ra","request_id":"ju6r3kq8bt1z5mwxe9n4ycf7do","status_code":401}`,
			src: "Mattermost API authentication https://developers.mattermost.com/api-documentation/"},
		{st: 401, h: "Content-Type: application/json", b: `{"id":"api.user.login.invalid_credentials_email_username","message":"Enter a valid email or username and/or password.","status_code":401}`}},
	"moodle-access-exception": {
		{st: 200, h: "Content-Type: application/json", b: `{"exception":"webservice_access_exception","errorcode":"accessexception","message":"Access control exception","debuginfo":"Access to the function core_webservice_get_site_info() is not allowed."}`,
			src: "Myddleware/myddleware#395 https://github.com/Myddleware/myddleware/issues/395; mdjnelson/moodle-mod_customcert#384 https://github.com/mdjnelson/moodle-mod_customcert/issues/384"},
		{st: 200, h: "Content-Type: application/json", b: `{"exception":"invalid_parameter_exception","errorcode":"invalidparameter","message":"Invalid parameter value detected"}`}},
	"moodle-invalid-token": {
		{st: 200, h: "Content-Type: application/json", b: `{"exception":"moodle_exception","errorcode":"invalidtoken","message":"Invalid token - token not found"}`,
			src: "Moodle web services https://docs.moodle.org/en/Using_web_services"},
		{st: 200, h: "Content-Type: application/json", b: `{"exception":"moodle_exception","errorcode":"servicenotavailable","message":"Web service is not available (it doesn't exist or might be disabled)"}`}},
	"onelogin-no-app-access": {
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>OneLogin</title></head><body><h2>Access Denied!</h2><p>You do not have access to this application. Please contact your administrator.</p></body></html>",
			src: "SAML-Toolkits/java-saml#394 https://github.com/SAML-Toolkits/java-saml/issues/394; SAML-Toolkits/php-saml#19 https://github.com/SAML-Toolkits/php-saml/issues/19"},
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>OneLogin</title></head><body><p>Sign in to continue to your applications.</p></body></html>"}},
	"authentik-flow-not-applicable": {
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>authentik</title></head><body><ak-stage-access-denied><h1>Permission denied</h1><p>Request has been denied.</p><p>Flow does not apply to current user.</p></ak-stage-access-denied></body></html>",
			src: "authentik's FlowNonApplicableException (authentik/flows/exceptions.py, 'Flow does not apply to current user.') https://github.com/goauthentik/authentik/blob/main/authentik/flows/exceptions.py"},
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>authentik</title></head><body><ak-stage-access-denied><h1>Permission denied</h1><p>Request has been denied.</p></ak-stage-access-denied></body></html>"}},
	"authentik-request-denied": {
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>authentik</title></head><body><h1>Permission denied</h1><p>Request has been denied.</p><a href=\"/if/user/\">Go to home</a></body></html>",
			src: "goauthentik/authentik#2039 https://github.com/goauthentik/authentik/issues/2039"},
		{st: 200, h: "Content-Type: text/html; charset=utf-8", b: "<html><head><title>authentik</title></head><body><h1>Permission denied</h1><p>Request has been denied.</p><p>Flow does not apply to current user.</p></body></html>"}},
	"bugzilla-login-required": {
		{st: 401, h: "Content-Type: application/json; charset=UTF-8", b: `{"documentation":"https://bmo.readthedocs.io/en/latest/api/","error":true,"code":102,"message":"You are not authorized to access bug 1822734. To see this bug, you must first log in to an account with the appropriate permissions."}`,
			src: "bnjbvr/botzilla#9 https://github.com/bnjbvr/botzilla/issues/9; chaoss/grimoirelab-perceval#111 https://github.com/chaoss/grimoirelab-perceval/issues/111"},
		{st: 404, h: "Content-Type: application/json; charset=UTF-8", b: `{"error":true,"code":101,"message":"Bug #99999999 does not exist."}`}},
	"pulumi-cloud-no-credentials": {
		{st: 401, h: "Content-Type: application/json", b: `{"code":401,"message":"Unauthorized: No credentials provided or are invalid."}`,
			src: "pulumi/pulumi#1428 https://github.com/pulumi/pulumi/issues/1428; Pulumi access tokens https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/"},
		{st: 404, h: "Content-Type: application/json", b: `{"code":404,"message":"Not Found: Stack 'dev' not found"}`}},
	"casdoor-client-secret": {
		{st: 200, h: "Content-Type: application/json; charset=utf-8\nServer: beegoServer:1.12.3", b: `{"status":"error","msg":"Incorrect client secret for application: app-storefront","data":null,"data2":null}`,
			src: "casdoor/casdoor#3162 https://github.com/casdoor/casdoor/issues/3162"},
		{st: 200, h: "Content-Type: application/json; charset=utf-8", b: `{"status":"error","msg":"Invalid application or wrong clientSecret","data":null}`}},
	"paypal-permission-denied": {
		{st: 401, h: "Content-Type: application/json\nPaypal-Debug-Id: 3c9a0e1d7b4f2", b: `{"name":"PERMISSION_DENIED","message":"Permission denied.","information_link":"https://developer.paypal.com/docs/api/payments/#errors","debug_id":"3c9a0e1d7b4f2"}`,
			src: "paypal/PayPal-Java-SDK#385 https://github.com/paypal/PayPal-Java-SDK/issues/385"},
		{st: 403, h: "Content-Type: application/json", b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`}},
	"paypal-authentication-failure": {
		{st: 401, h: "Content-Type: application/json\nPaypal-Debug-Id: 8e21f4c0a9b37", b: `{"name":"AUTHENTICATION_FAILURE","message":"Authentication failed due to invalid authentication credentials or a missing Authorization header.","links":[{"href":"https://developer.paypal.com/docs/api/overview/#error","rel":"information_link"}]}`,
			src: "PayPal REST authentication https://developer.paypal.com/api/rest/authentication/"},
		{st: 401, h: "Content-Type: application/json", b: `{"error":"invalid_client","error_description":"Client Authentication failed"}`}},
	"yundun-waf-block": {
		{st: 461, h: "Server: YUNDUN\nX-Cache: BYPASS from YUNDUN\nSet-Cookie: yd_cookie=4c9e2a71-0b3f-4d68; Expires=Sun, 06 Dec 2026 02:10:00 GMT; Path=/\nContent-Type: text/html;charset=utf-8", b: "<html><head><title>Blocked</title></head><body><p>Blocked by YUNDUN Cloud WAF</p><p>request id: 9d41c7e0b2f35a86</p></body></html>",
			src: "Ekultek/WhatWaf#856 https://github.com/Ekultek/WhatWaf/issues/856; EnableSecurity/wafw00f plugin yundun.py https://github.com/EnableSecurity/wafw00f/blob/master/wafw00f/plugins/yundun.py"},
		{st: 403, h: "Server: nginx\nContent-Type: text/html", b: "<html><body><p>Forbidden</p></body></html>"}},
	"red-shield-block": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8\nVary: Accept-Encoding", b: "<table border=\"1\"><tr><td><b>Invalid Request: Support ID 7730418269154402836</b></td></tr><tr><td>Your request has been blocked for security purposes. Please try again or click below to report any issues.<br/><a href=\"mailto:support@red-shield.net?subject=Web Security Support ID: 7730418269154402836\">Click here to email security administrators</a></td></tr></table>",
			src: "Ekultek/WhatWaf#57 https://github.com/Ekultek/WhatWaf/issues/57"},
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<p>Your request has been blocked for security purposes.</p>"}},
	"qihoo-360-waf-block": {
		{st: 493, h: "Server: 360wzws\nX-Powered-By-360WZB: wangzhan.360.cn\nContent-Type: text/html", b: "<html><head><title>493</title></head><body>transfer is blocked by 360wzws</body></html>",
			src: "Ekultek/WhatWaf plugin 360.py https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/360.py"},
		{st: 403, h: "Server: nginx", b: "<title>403</title>"}},
	"barracuda-waf-block": {
		{st: 403, h: "Set-Cookie: barra_counter_session=2451187392.20480.0000; path=/; HttpOnly\nContent-Type: text/html", b: "<html><head><title>403 Forbidden</title></head><body><p>Your request was blocked.</p></body></html>",
			src: "Ekultek/WhatWaf plugin barracuda.py https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/barracuda.py"},
		{st: 403, h: "Set-Cookie: barra_counter_session=2451187392.20480.0000; path=/", b: `{"error":"invalid token"}`}},
	"radware-appwall-block": {
		{st: 403, h: "Content-Type: text/html", b: "<html><head><title>Unauthorized Request Blocked</title></head><body><h1>Unauthorized Activity Has Been Detected</h1><p>If you believe this is an error, send an e-mail with the following case number in its subject: 7230-1185-4471</p></body></html>",
			src: "Ekultek/WhatWaf plugin radware.py https://github.com/Ekultek/WhatWaf/blob/master/content/plugins/radware.py"},
		{st: 403, b: "<h1>Unauthorized</h1><p>You are not authorized to view this page.</p>"}},
	"hashicorp-acl-token-not-found": {
		{st: 403, h: "Content-Type: text/plain; charset=utf-8\nX-Consul-Default-Acl-Policy: deny", b: "ACL not found",
			src: "Consul ACL troubleshooting https://developer.hashicorp.com/consul/docs/security/acl/troubleshoot; Nomad ACL tokens https://developer.hashicorp.com/nomad/docs/concepts/acl"},
		{st: 403, b: "Permission denied: token with AccessorID '5c3d7e1a-0000-4f1b-9c1d-000000000000' lacks permission 'service:write'"}},
	"vercel-invalid-token": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8\nx-vercel-id: fra1::abcd1-1700000000000-0a1b2c3d4e5f", b: `{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}`,
			src: "wulkano/kap-plugins (kap-vercel) 403 threads, e.g. the real tune split; Vercel REST API authentication https://vercel.com/docs/rest-api/reference/welcome#authentication"},
		{st: 403, b: `{"error":{"code":"forbidden","message":"You don't have permission to access this team"}}`}},
	"npm-login-required": {
		{st: 403, b: "npm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fwidgets - You must be logged in to publish packages.",
			src: "npm adduser/login docs https://docs.npmjs.com/cli/commands/npm-adduser; npm/cli issues quoting 'You must be logged in to publish packages'"},
		{st: 403, b: "npm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/widgets - You cannot publish over the previously published versions: 1.0.0."}},
	"restler-refused-after-authenticate": {
		{st: 401, h: "Content-Type: application/json", b: "{\n  \"error\": {\n    \"code\": 401,\n    \"message\": \"Unauthorized: Access not allowed for login jdupont\"\n  },\n  \"debug\": {\n    \"source\": \"api_invoices.class.php:118 at call stage\",\n    \"stages\": {\n      \"success\": [\"get\", \"route\", \"negotiate\", \"authenticate\", \"validate\"],\n      \"failure\": [\"call\", \"message\"]\n    }\n  }\n}",
			src: "Dolibarr REST API (its api_*.class.php methods throw RestException 401 'Access not allowed for login …' for a user without the right) https://wiki.dolibarr.org/index.php/Module_Web_Services_API_REST_(developer); Luracast/Restler debug stages https://github.com/Luracast/Restler"},
		{st: 401, h: "Content-Type: application/json", b: "{\n  \"error\": {\n    \"code\": 401,\n    \"message\": \"Unauthorized: Access denied\"\n  },\n  \"debug\": {\n    \"source\": \"DolibarrApiAccess.php:204 at authenticate stage\",\n    \"stages\": {\n      \"success\": [\"get\", \"route\", \"negotiate\"],\n      \"failure\": [\"authenticate\", \"message\"]\n    }\n  }\n}"}},
	"mailru-cloud-token-refused": {
		{st: 403, h: "Content-Type: application/json", b: `{"email":"p.sidorov@mail.example","body":"token","time":1699902314751,"status":403}`,
			src: "pozitronik/CloudMailRu#170 https://github.com/pozitronik/CloudMailRu/issues/170; pozitronik/CloudMailRu#248 https://github.com/pozitronik/CloudMailRu/issues/248 (403 with body \"token\" on api/v2 calls)"},
		{st: 200, h: "Content-Type: application/json", b: `{"email":"p.sidorov@mail.example","body":{"token":"c0ffee42"},"time":1699902314751,"status":200}`}},
	"wandb-401-permission-denied": {
		{st: 401, b: "wandb: ERROR Error while calling W&B API: permission denied (<Response [401]>)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.wandb.ai/graphql",
			src: "wandb/wandb#2966 https://github.com/wandb/wandb/issues/2966 (401 after the API key was deleted); wandb/wandb#1003 https://github.com/wandb/wandb/issues/1003 (the same words with 403)"},
		{st: 403, b: "wandb: ERROR Error while calling W&B API: permission denied (<Response [403]>)\nwandb: ERROR It appears that you do not have permission to access the requested resource."}},
	"opensearch-anonymous-no-permissions": {
		{st: 403, h: "Content-Type: application/json; charset=UTF-8", b: `{"error":{"root_cause":[{"type":"security_exception","reason":"no permissions for [cluster:monitor/health] and User [name=opendistro_security_anonymous, backend_roles=[opendistro_security_anonymous_backendrole], requestedTenant=null]"}],"type":"security_exception","reason":"no permissions for [cluster:monitor/health] and User [name=opendistro_security_anonymous, backend_roles=[opendistro_security_anonymous_backendrole], requestedTenant=null]"},"status":403}`,
			src: "OpenSearch anonymous authentication https://opensearch.org/docs/latest/security/access-control/anonymous-authentication/"},
		{st: 403, b: `{"error":{"type":"security_exception","reason":"no permissions for [cluster:monitor/health] and User [name=reporting_svc, backend_roles=[opendistro_security_anonymous_backendrole], requestedTenant=null]"},"status":403}`}},
	"elasticsearch-anonymous-unauthorized": {
		{st: 403, h: "Content-Type: application/json; charset=UTF-8", b: `{"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [_anonymous] with effective roles [anonymous_ro]"}],"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [_anonymous] with effective roles [anonymous_ro]"},"status":403}`,
			src: "Elasticsearch anonymous access https://www.elastic.co/guide/en/elasticsearch/reference/current/anonymous-access.html"},
		{st: 403, b: `{"error":{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [ops]"},"status":403}`}},
	"rubygems-no-api-key": {
		{st: 401, h: "Content-Type: text/plain; charset=utf-8", b: "Access Denied. Please sign up for an account at https://rubygems.org",
			src: "ruby/rubygems#7595 https://github.com/ruby/rubygems/issues/7595; rubygems/rubygems.org#343 https://github.com/rubygems/rubygems.org/issues/343"},
		{st: 401, b: "HTTP Basic: Access denied."}},
	"rubygems-not-owner": {
		{st: 403, b: "You do not have permission to push to this gem. Ask an owner to add you with: gem owner tinyledger --add you@example.org",
			src: "RubyGems gem owners guide https://guides.rubygems.org/publishing/#sharing-ownership"},
		{st: 403, b: "The gem tinyledger-1.4.2 has already been pushed."}},
	"istio-blackhole": {
		{b: `[2024-02-13T10:22:47.905Z] "- - -" 0 UH - - "-" 0 0 6 - "-" "-" "-" "-" "-" BlackHoleCluster - 203.0.113.14:443 10.42.7.19:51834 - -`,
			src: "istio/istio#33281 https://github.com/istio/istio/issues/33281; istio/istio#21385 https://github.com/istio/istio/issues/21385"},
		{b: `[2024-02-13T10:22:47.905Z] "- - -" 0 - - - "-" 812 4410 52 - "-" "-" "-" "-" "203.0.113.14:443" PassthroughCluster 10.42.7.19:40112 203.0.113.14:443 10.42.7.19:51834 - -`}},
	"aws-apigw-authorizer-config": {
		{b: "Wed Sep 14 21:16:33 UTC 2016 : Authorizer result body before parsing: null\nWed Sep 14 21:16:33 UTC 2016 : Execution failed due to configuration error: Could not parse policy\nWed Sep 14 21:16:33 UTC 2016 : AuthorizerConfigurationException",
			src: "ExpanseLLC/lambda_authorizer#1 https://github.com/ExpanseLLC/lambda_authorizer/issues/1; serverless/examples#305 https://github.com/serverless/examples/issues/305"},
		{b: "Wed Sep 14 21:16:33 UTC 2016 : Using valid authorizer policy for principal: user|a1b2\nWed Sep 14 21:16:33 UTC 2016 : Successfully completed authorizer execution"}},
	"github-lfs-data-quota": {
		{b: "Git LFS: (0 of 12 files) 0 B / 35.58 MB\nbatch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\nerror: failed to fetch some objects from 'https://github.com/acme-lab/datasets.git/info/lfs'",
			src: "cBioPortal/datahub#1738 https://github.com/cBioPortal/datahub/issues/1738; amethyst/grumpy_visitors#59 https://github.com/amethyst/grumpy_visitors/issues/59"},
		{b: "batch response: Repository or object not found: https://github.com/acme-lab/datasets.git/info/lfs/objects/batch"}},
	"github-repo-archived": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8\nX-GitHub-Request-Id: C1D2:3E4F:5A6B7C:8D9E0F:65F0A1B2", b: `{"message":"Repository was archived so is read-only.","documentation_url":"https://developer.github.com/v3/issues/milestones/#update-a-milestone"}`,
			src: "mozilla/fxa#293 https://github.com/mozilla/fxa/pull/293; nextcloud/docker-ci#859 https://github.com/nextcloud/docker-ci/pull/859"},
		{st: 403, b: `{"message":"Must have admin rights to Repository.","documentation_url":"https://docs.github.com/rest"}`}},
	"github-repo-blocked": {
		{st: 451, h: "Content-Type: application/json; charset=utf-8", b: `{"message":"Repository access blocked","block":{"reason":"dmca","created_at":"2023-03-01T10:00:00Z","html_url":"https://github.com/github/dmca/blob/master/2023/03/2023-03-01-example.md"}}`,
			src: "GitHub REST docs for 451 (repository access blocked) https://docs.github.com/en/rest/repos/repos#get-a-repository and the DMCA policy https://docs.github.com/en/site-policy/content-removal-policies/dmca-takedown-policy"},
		{st: 404, b: `{"message":"Not Found","documentation_url":"https://docs.github.com/rest/repos/repos#get-a-repository"}`}},
	"github-oauth-app-restrictions": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: "{\"message\":\"Although you appear to have the correct authorization credentials, the `aeon-labs` organization has enabled OAuth App access restrictions, meaning that data access to third-parties is limited. For more information on these policies, including how to enable this app, visit https://docs.github.com/articles/restricting-access-to-your-organization-s-data/\",\"documentation_url\":\"https://docs.github.com/articles/restricting-access-to-your-organization-s-data/\"}",
			src: "aeonfun/aeon#1083 https://github.com/aeonfun/aeon/issues/1083"},
		{st: 403, b: `{"message":"Resource protected by organization SAML enforcement."}`}},
	"openai-unsupported-region": {
		{st: 403, h: "Content-Type: application/json", b: `{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}`,
			src: "home-assistant/core#120072 https://github.com/home-assistant/core/issues/120072; songquanpeng/one-api#1692 https://github.com/songquanpeng/one-api/issues/1692"},
		{st: 403, b: `{"error":{"code":"model_not_found","message":"Project does not have access to model","type":"invalid_request_error"}}`}},
	"go-sumdb-private-module": {
		{b: "verifying git.corp.example/platform/billing@v1.4.0: git.corp.example/platform/billing@v1.4.0: reading https://sum.golang.org/lookup/git.corp.example/platform/billing@v1.4.0: 410 Gone\n\tserver response: not found: git.corp.example/platform/billing@v1.4.0: unrecognized import path",
			src: "golang/go#35164 https://github.com/golang/go/issues/35164; golang/go#34528 https://github.com/golang/go/issues/34528"},
		{b: "go: downloading github.com/acme/lib v1.2.0\ngo: github.com/acme/lib@v1.2.0: verifying module: checksum mismatch"}},
	"microsoft-software-download-banned": {
		{b: "Error: We are unable to complete your request at this time. Some users, entities and locations are banned from using this service. For this reason, leveraging anonymous or location hiding technologies when connecting to this service is not generally allowed. Refer to message code 715-123130 and 3f2a9c1e-7b4d-4e60-9a21-5c8d0e6f1b2a.",
			src: "pbatard/Fido#104 https://github.com/pbatard/Fido/issues/104; pbatard/Fido#78 https://github.com/pbatard/Fido/issues/78"},
		{b: "Error: We encountered a problem processing your request. Please try again later. 7559621b-ed6a-4f48-b1e4-07a087283434."}},
	"qbittorrent-ip-banned": {
		{st: 403, h: "Content-Type: text/plain; charset=UTF-8", b: "Your IP address has been banned after too many failed authentication attempts.",
			src: "Readarr/Readarr#3993 https://github.com/Readarr/Readarr/issues/3993; qbittorrent/qBittorrent#10906 https://github.com/qbittorrent/qBittorrent/issues/10906"},
		{st: 200, b: "Fails."}},
	"supabase-auth-rate-limit": {
		{st: 429, h: "Content-Type: application/json", b: `{"code":"over_email_send_rate_limit","message":"email rate limit exceeded"}`,
			src: "supabase/supabase#45743 https://github.com/supabase/supabase/issues/45743; supabase/supabase#34136 https://github.com/supabase/supabase/issues/34136"},
		{st: 400, b: `{"code":"validation_failed","message":"Unable to validate email address: invalid format"}`}},
	"loki-mimir-limits": {
		{b: `level=warn ts=2022-07-21T03:40:28.271918237Z caller=client.go:349 component=client host=loki.example.net msg="error sending batch, will retry" status=429 error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '120' lines totaling '5242880' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"`,
			src: "grafana/loki#6731 https://github.com/grafana/loki/issues/6731; grafana/helm-charts#610 https://github.com/grafana/helm-charts/issues/610"},
		{b: `level=warn ts=2022-07-21T03:40:28.271918237Z caller=client.go:349 component=client msg="error sending batch, will retry" status=-1 error="Post \"http://loki.example.net/loki/api/v1/push\": dial tcp: connection refused"`}},
	"loki-mimir-rejected-samples": {
		{st: 400, b: `server returned HTTP status 400 Bad Request (400): entry with timestamp 2019-10-24 20:18:33.8265 +0000 UTC ignored, reason: 'entry out of order' for stream: {job="systemd-journal", unit="loki.service"}`,
			src: "grafana/loki#1199 https://github.com/grafana/loki/issues/1199"},
		{st: 400, b: `server returned HTTP status 400 Bad Request (400): error parsing labels: parse error at line 1, col 12`}},
	"imperva-abp-interruption": {
		{st: 403, h: "Content-Type: text/html", b: "<!DOCTYPE html><html><head><title>Pardon Our Interruption</title></head><body><h1>Pardon Our Interruption</h1><p>As you were browsing something about your browser made us think you were a bot.</p></body></html>",
			src: "Imperva Advanced Bot Protection block page https://docs.imperva.com/bundle/advanced-bot-protection/page/advanced-bot-protection.htm"},
		{st: 503, b: "<title>Service Interruption</title>"}},
	"syncthing-csrf-api-key": {
		{st: 403, h: "Content-Type: text/plain; charset=utf-8\nX-Content-Type-Options: nosniff\nX-Syncthing-Id: K3QF7ZP-MN2XW4C-R8TY6UH-B5VJ1LD-QX9EA2S-G7HNK4M-W2PC8RT-Z6YB3LF\nX-Syncthing-Version: v1.23.4\nContent-Length: 11", b: "CSRF Error",
			src: "syncthing/syncthing#8237 https://github.com/syncthing/syncthing/issues/8237 and #3566 https://github.com/syncthing/syncthing/issues/3566"},
		{st: 403, h: "Content-Type: text/plain; charset=utf-8", b: "CSRF Error"}},
	"checkpoint-mobile-access-unconfigured": {
		{st: 403, h: "Server: CPWS\nX-Frame-Options: SAMEORIGIN\nContent-Type: text/html; charset=utf-8", b: "<html><head><title>Check Point Mobile - Access denied. The destination of your request has not been configured, or you do not have authorization to access it. (403)</title><link href=\"/sslvpn/Login/Login.css\" rel=\"stylesheet\"/></head>",
			src: "Ekultek/WhatWaf#631 https://github.com/Ekultek/WhatWaf/issues/631"},
		{st: 403, h: "Server: CPWS", b: "<title>Check Point Mobile - Login</title>"}},
	"ceph-rgw-signature-mismatch": {
		{b: "2024-05-02 08:11:40.120031 7f21c8e6a700 15 server signature=Zx8pQ1mW2c3Vb4nT5yU6iO7pA8s=\n2024-05-02 08:11:40.120035 7f21c8e6a700 15 client signature=Hk2jL3nM4bV5cX6zA7sD8fG9hJ0=\n2024-05-02 08:11:40.120040 7f21c8e6a700 20 rgw::auth::s3::LocalEngine denied with reason=-2027\n2024-05-02 08:11:40.120046 7f21c8e6a700  5 Failed the auth strategy, reason=-2027\n2024-05-02 08:11:40.120120 7f21c8e6a700  2 req 812:0.000410:s3:GET /media/:list_bucket:http status=403",
			src: "s3tools/s3cmd#1017 https://github.com/s3tools/s3cmd/issues/1017"},
		{b: "2024-05-02 08:11:40.120040 7f21c8e6a700 20 rgw::auth::s3::LocalEngine granted access\n2024-05-02 08:11:40.120120 7f21c8e6a700  2 req 812:0.000410:s3:GET /media/:list_bucket:http status=200"}},
	"github-workflow-scope": {
		{b: "To https://github.com/orbit-labs/site-builder.git\n ! [remote rejected] main -> main (refusing to allow an OAuth App to create or update workflow `.github/workflows/ci.yml` without `workflow` scope)\nerror: failed to push some refs to 'https://github.com/orbit-labs/site-builder.git'",
			src: "gitpod-io/gitpod#1188 https://github.com/gitpod-io/gitpod/issues/1188; microsoft/PowerPlatformConnectors#378 https://github.com/microsoft/PowerPlatformConnectors/issues/378; desktop/desktop#17409 https://github.com/desktop/desktop/issues/17409"},
		{b: " ! [remote rejected] main -> main (protected branch hook declined)\nerror: failed to push some refs to 'https://github.com/orbit-labs/site-builder.git'"}},
	"cognito-redirect-mismatch": {
		{st: 400, target: "https://shop-auth.auth.us-east-2.amazoncognito.com/error?error=redirect_mismatch&client_id=6q2v8k1m0z3x5c7b9n4d2f8h1j", b: "An error was encountered with the requested page.",
			src: "aws-samples/iam-identity-center-team#437 https://github.com/aws-samples/iam-identity-center-team/issues/437; Cognito app client callback URLs https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-app-idp-settings.html"},
		{st: 400, target: "https://shop-auth.auth.us-east-2.amazoncognito.com/error?error=invalid_request", b: "An error was encountered with the requested page."}},
	"sophos-web-protection-block": {
		{b: "Our Sophos firewall (Web Protection) blocks https://chat.example.org\nThe browser shows \"Access has been blocked due to Mal/HTMLGen-A\"",
			src: "element-hq/element-web#19872 https://github.com/element-hq/element-web/issues/19872"},
		{b: "We moved the site behind a Sophos firewall last week and now the login is faster."}},
	"fortigate-web-filter": {
		{st: 403, h: "Content-Type: text/html\nCache-Control: no-cache", b: "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head><title>Web Filter Violation</title><style>div.header { background: url(http://url.fortinet.net:8008/XX/YY/ZZ/CI/MGPGHGPGPFGHCDPFGGOGFGEH) 0 0 repeat-x; }</style></head><body><h1>FortiGuard Web Filtering</h1><p>The page you have requested has been blocked because the URL is banned.</p></body></html>",
			src: "Ekultek/WhatWaf#513 https://github.com/Ekultek/WhatWaf/issues/513"},
		{st: 403, h: "Content-Type: text/html", b: "<title>Web Filter</title><p>Forbidden</p>"}},
	"bluecoat-proxysg-denied": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8\nProxy-Connection: close", b: "<TITLE>Access Denied</TITLE>\n<b>Access Denied (content_filter_denied)</b>\n<p>Your request was denied because of its content categorization: \"Proxy Avoidance\"</p>",
			src: "inconshreveable/ngrok#619 https://github.com/inconshreveable/ngrok/issues/619 (Blue Coat category block)"},
		{st: 403, b: "<TITLE>Access Denied</TITLE><p>You don't have permission to access this resource.</p>"}},
	"naxsi-block-log": {
		{b: "2022/09/14 08:22:51 [error] 1187#0: *4410 NAXSI_FMT: ip=198.51.100.23&server=shop.example.org&uri=/search&vers=1.3&total_processed=2214&total_blocked=37&config=block&cscore0=$SQL&score0=8&zone0=ARGS&id0=1000&var_name0=q, client: 198.51.100.23, server: shop.example.org, request: \"GET /search?q=1%20union%20select HTTP/1.1\", host: \"shop.example.org\"",
			src: "nbs-system/naxsi naxsi_runtime.c (the NAXSI_FMT line and its config field) https://github.com/nbs-system/naxsi; nbs-system/naxsi#599 https://github.com/nbs-system/naxsi/issues/599 (a NAXSI_FMT line pasted from error.log)"},
		{b: "2022/06/30 17:11:16 [error] 24323#0: *12 NAXSI_FMT: ip=10.8.2.14&server=portal.example.cn&uri=/public/image/favicon.ico&learning=1&vers=0.56&total_processed=25&total_blocked=2&block=0&zone0=HEADERS&id0=1315&var_name0=cookie, client: 10.8.2.14, server: portal.example.cn"}},
	"ngx-waf-block-log": {
		{b: "2021/03/02 21:14:09 [alert] 7712#0: *58 ngx_waf: [BLACK-URL][(?i)(?:/\\.env$)], client: 203.0.113.61, server: www.example.com, request: \"GET /api/.env HTTP/1.1\", host: \"www.example.com\"",
			src: "ngx_waf blocking log format https://ngx-waf-docs.pages.dev/advance/log; ADD-SP/ngx_waf (ngx_log_error(NGX_LOG_ALERT, …, \"ngx_waf: [%s][%s]\"))"},
		{b: "2021/03/02 21:14:09 [debug] 7712#0: *58 ngx_waf_debug: Start the CC inspection process."}},
	"diladele-websafety-block": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<table><tr><td>Application</td><td>Web Safety for Squid Proxy, version 7.4.0.1B2C</td></tr><tr><td>Incident ID</td><td>5120 on 2021-Nov-03 08:14:51</td></tr><tr><td>User</td><td>IP address 10.20.4.77, authenticated as \"\", policy \"students\"</td></tr><tr><td>Scanned By</td><td>categories in 2 milliseconds</td></tr><tr><td>Detection Results</td><td>Blocked</td></tr><tr><td>Assigned Categories</td><td>gambling</td></tr><tr><td>Requested URI</td><td>http://odds.example.bet/live</td></tr></table>",
			src: "diladele/websafety#695 https://github.com/diladele/websafety/issues/695 (the block page's fields as pasted in the thread)"},
		{st: 200, b: "<p>Web Safety for Squid Proxy 7.4 is installed; open the admin UI on port 8000 to set policies.</p>"}},
	"url-filter-redirector": {
		{st: 403, h: "Content-Type: text/html; charset=UTF-8", b: "<html><head><title>403 Forbidden</title></head><body><h2>Access blocked by the web filter</h2><p>The site www.games.example is in the category <b>games</b>.</p><small>ufdbGuard block page</small></body></html>",
			src: "NethServer/dev#5184 https://github.com/NethServer/dev/issues/5184 (ufdbGuard block CGI); tinyproxy/tinyproxy#243 for the same filter answer shape"},
		{st: 200, b: "<p>ufdbGuard 1.35 installed; categories updated nightly.</p>"}},
	"api-umbrella-key": {
		{st: 403, h: "Content-Type: application/json\nVia: https/1.1 api-umbrella (ApacheTrafficServer [cMsSf ])", b: `{"error":{"code":"API_KEY_MISSING","message":"No api_key was supplied. Get one at https://api.data.gov:443"}}`,
			src: "api.data.gov developer manual (errors) https://api.data.gov/docs/developer-manual/"},
		{st: 403, b: `{"error":{"code":"FORBIDDEN","message":"Not allowed"}}`}},
	"api-umbrella-rate-limit": {
		{st: 429, h: "Content-Type: application/json\nX-RateLimit-Limit: 40\nX-RateLimit-Remaining: 0", b: `{"error":{"code":"OVER_RATE_LIMIT","message":"You have exceeded your rate limit. Try again later or contact us at https://api.data.gov:443/contact/ for assistance"}}`,
			src: "api.data.gov rate limits https://api.data.gov/docs/developer-manual/#web-service-rate-limits"},
		{st: 429, b: `{"error":{"code":"TOO_MANY","message":"slow down"}}`}},
	"etherscan-rate-limit": {
		{st: 200, h: "Content-Type: application/json; charset=utf-8", b: `{"status":"0","message":"NOTOK","result":"Max rate limit reached, please use API Key for higher rate limit"}`,
			src: "blockchain-certificates/cert-issuer#166 https://github.com/blockchain-certificates/cert-issuer/issues/166; Etherscan rate limits https://docs.etherscan.io/support/rate-limits"},
		{st: 200, b: `{"status":"0","message":"NOTOK","result":"Error! Invalid address format"}`}},
	"datadome-block": {
		{st: 403, h: "Content-Type: text/html\nx-datadome: protected\nx-dd-b: 1", b: "<html><head><title>You have been blocked</title></head><body><p id=\"cmsg\">Please enable JS and disable any ad blocker</p><script>var dd={'cid':'AHrlqAAAAAMA9kq','hsh':'1F2E3D','t':'fe','host':'geo.captcha-delivery.com'}</script><script src=\"https://ct.datado.me/c.js\"></script></body></html>",
			src: "psf/requests#5331 https://github.com/psf/requests/issues/5331"},
		{st: 403, b: "<html><head><title>You have been blocked</title></head></html>"}},
	"perimeterx-block": {
		{st: 403, h: "Content-Type: text/html", b: "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"description\" content=\"px-captcha\"><title>Access to this page has been denied</title></head><body><script>window._pxVid = '';window._pxAppId = 'PXq7Rt2Zk1';</script></body></html>",
			src: "0xjas0/Chegg-Answer-Bot#34 https://github.com/0xjas0/Chegg-Answer-Bot/issues/34"},
		{st: 403, b: "<title>Access to this page has been denied</title>"}},
	"cloudflare-1010": {
		{st: 403, h: "Server: cloudflare\nCF-RAY: 7c1d2e3f4a5b6c7d-FRA\nContent-Type: text/plain; charset=UTF-8", b: "error code: 1010",
			src: "shared held-out corpus tune case (Spring RestTemplate 403 [error code: 1010]); Cloudflare 1010 docs https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1010/"},
		{st: 403, h: "Server: cloudflare", b: "error code: 1020"}},
	"cloudflare-edge-answer": {
		{st: 403, h: "Date: Fri, 04 Dec 2026 10:02:11 GMT\nContent-Type: text/plain; charset=UTF-8\nContent-Length: 16\nX-Frame-Options: SAMEORIGIN\nReferrer-Policy: same-origin\nCache-Control: private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0\nExpires: Thu, 01 Jan 1970 00:00:01 GMT\nServer: cloudflare\nCF-RAY: 7d2c11aa0b93e4f1-AMS", b: "",
			src: "mypdns/matrix#126883 https://github.com/mypdns/matrix/issues/126883 (curl -I of a Cloudflare-fronted site answered by the edge); FreshRSS/FreshRSS#6533 https://github.com/FreshRSS/FreshRSS/issues/6533"},
		{st: 403, h: "Date: Fri, 04 Dec 2026 10:02:11 GMT\nContent-Type: application/json\nExpires: Thu, 01 Jan 1970 00:00:01 GMT\nServer: cloudflare\nCF-RAY: 7d2c11aa0b93e4f1-AMS\nCF-Cache-Status: DYNAMIC", b: `{"error":"forbidden"}`}},
	"cloudflare-access-denied-codes": {
		{st: 403, h: "Server: cloudflare\nContent-Type: text/plain; charset=UTF-8", b: "error code: 1009",
			src: "Cloudflare 1xxx errors https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/"},
		{st: 403, h: "Server: cloudflare", b: "error code: 1020"}},
	"nexus-403-page": {
		{st: 403, h: "Content-Type: text/html", b: "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <title>403 - Nexus Repository Manager</title>\n  <link rel=\"icon\" href=\"https://repo.example.org/favicon.ico?3.21.2-03\">",
			src: "Nexus 403 page pasted in Sonatype community threads; Nexus realms https://help.sonatype.com/en/realms.html"},
		{st: 403, b: "<title>403 Forbidden</title>"}},
	"edgecast-edge-403": {
		{st: 403, h: "Server: ECD (ams/A2B3)\nX-EC: W 1234567890\nx-ec-fail: no-zip-code\nContent-Type: text/html", b: "<html><head><title>403 Forbidden</title></head><body>Access denied, in accordance with the Information Security Policy. Case ID 1234567890</body></html>",
			src: "Ekultek/WhatWaf#830 https://github.com/Ekultek/WhatWaf/issues/830"},
		{st: 200, h: "Server: ECS (ams/A2B3)\nContent-Type: text/html"}},
	"oauth2-proxy-invalid-account": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>403 Forbidden</title></head>\n<body><h1>403</h1><p>Invalid Account</p><footer>Secured with <a href=\"https://github.com/oauth2-proxy/oauth2-proxy#oauth2_proxy\">OAuth2 Proxy</a> version 7.6.0</footer></body></html>",
			src: "oauth2-proxy error page (templates error.html, OAuthCallback 'Invalid Account') https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview"},
		{st: 403, b: "<p>Invalid Account</p>"}},
	"adfs-error-page": {
		{b: "An error occurred\nAn error occurred. Contact your administrator for more information.\n\nError details\n    Activity ID: 00000000-0000-0000-5e00-0080000000aa\n    Relying party: Payroll\n    Error time: Wed, 06 Mar 2024 10:22:11 GMT",
			src: "AD FS troubleshooting (error page, Activity ID, MSIS events) https://learn.microsoft.com/en-us/windows-server/identity/ad-fs/troubleshooting/ad-fs-tshoot-logging; KB 2713898 'There was a problem accessing the site'"},
		{st: 500, b: "An error occurred while processing your request."}},
	"shibboleth-unknown-sp": {
		{b: "Unknown Login Service\nThe web site you have accessed, or the service it is using to log you in, has not been registered for use with this login service (it is not found in this service's metadata).",
			src: "Shibboleth IdP troubleshooting https://shibboleth.atlassian.net/wiki/spaces/IDP4/pages/1265631833/Troubleshooting"},
		{b: "Login Service\nPlease sign in."}},
	"shibboleth-sp-unknown-idp": {
		{b: "Unknown or Unusable Identity Provider\nThe identity provider supplying your login credentials is not authorized for use with this service or does not support the necessary capabilities.\n\nopensaml::saml2md::MetadataException: Unable to locate metadata for identity provider (https://login.example.ac.uk/idp/shibboleth)",
			src: "Shibboleth SP 3 error templates (metadataError.html) and MetadataProvider https://shibboleth.atlassian.net/wiki/spaces/SP3/pages/2065334348/MetadataProvider"},
		{b: "Identity provider lookup succeeded; redirecting to https://login.example.ac.uk/idp/profile/SAML2/Redirect/SSO"}},
	"identityserver-unknown-client": {
		{st: 400, h: "Content-Type: text/html; charset=utf-8", b: "<div class=\"error-page\"><h1>Error</h1><div class=\"alert alert-danger\">Sorry, there was an error : unauthorized_client</div><div class=\"request-id\">Unknown client or not enabled</div></div>",
			src: "DuendeArchive/IdentityServer4#1005 https://github.com/DuendeArchive/IdentityServer4/issues/1005; scottbrady91/IdentityServer3-Example#1 https://github.com/scottbrady91/IdentityServer3-Example/issues/1"},
		{st: 400, h: "Content-Type: text/html; charset=utf-8", b: "<div class=\"error-page\"><h1>Error</h1><div class=\"alert alert-danger\">Sorry, there was an error : invalid_scope</div></div>"}},
	"fusionauth-oauth-error": {
		{st: 400, h: "Content-Type: text/html;charset=UTF-8", b: "We're sorry, your request was malformed or was unable to be completed for some reason.\nIf you want the nerdy explanation, review the following JSON body.\n{\n  \"error\" : \"invalid_request\",\n  \"error_description\" : \"Invalid redirect uri https://app.example.net/oauth/cb\",\n  \"error_reason\" : \"invalid_redirect_uri\"\n}\nPowered by FusionAuth",
			src: "FusionAuth OAuth endpoints (error_reason) https://fusionauth.io/docs/lifecycle/authenticate-users/oauth/endpoints; a FusionAuth-hosted /oauth2/authorize error page https://clearcaresolutions.fusionauth.io/oauth2/authorize"},
		{st: 400, h: "Content-Type: text/html;charset=UTF-8", b: "{\n  \"error\" : \"invalid_request\",\n  \"error_description\" : \"Invalid redirect uri https://app.example.net/oauth/cb\"\n}"}},
	"ws-security-fault": {
		{st: 500, h: "Content-Type: text/xml;charset=UTF-8", b: "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode xmlns:ns1=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">ns1:InvalidSecurity</faultcode><faultstring>An error was discovered processing the &lt;wsse:Security&gt; header</faultstring></soap:Fault></soap:Body></soap:Envelope>",
			src: "agsh/onvif#169 https://github.com/agsh/onvif/issues/169; rkucmierowski/snippets#3 https://github.com/rkucmierowski/snippets/issues/3"},
		{st: 500, b: "<soap:Envelope><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>NullPointerException</faultstring></soap:Fault></soap:Body></soap:Envelope>"}},
	"wss4j-security-header-fault": {
		{st: 500, h: "Content-Type: text/xml;charset=UTF-8", b: "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>WSDoAllReceiver: Incoming message does not contain required Security header</faultstring></soap:Fault></soap:Body></soap:Envelope>",
			src: "Apache WSS4J (Axis handler WSDoAllReceiver) https://ws.apache.org/wss4j/topics.html"},
		{st: 500, b: "<soap:Envelope><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>org.apache.cxf.interceptor.Fault: NullPointerException</faultstring></soap:Fault></soap:Body></soap:Envelope>"}},
	"wcf-message-security": {
		{st: 500, h: "Content-Type: application/soap+xml; charset=utf-8", b: "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value xmlns:a=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">a:InvalidSecurity</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang=\"en-US\">An error occurred when verifying security for the message.</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>",
			src: "System.ServiceModel.Security.MessageSecurityException (its inner fault text) https://learn.microsoft.com/en-us/dotnet/api/system.servicemodel.security.messagesecurityexception"},
		{st: 500, h: "Content-Type: application/soap+xml; charset=utf-8", b: "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value></s:Code><s:Reason><s:Text xml:lang=\"en-US\">The server was unable to process the request due to an internal error.</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>"}},
	"auth0-callback-mismatch": {
		{b: "Oops!, something went wrong\n\nCallback URL mismatch.\nThe url \"https://www.town.example.org/index.php?auth0=1\" is not in the list of allowed callback URLs: https://a.example.com/index.php?auth0=1",
			src: "Auth0 application settings (Allowed Callback URLs) https://auth0.com/docs/get-started/applications/application-settings#application-uris; page text as pasted in the real tune split"},
		{st: 400, b: "Oops!, something went wrong"}},
	"okta-redirect-uri-not-registered": {
		{st: 400, b: "400: Bad Request\nIdentity Provider: Unknown\nError Code: invalid_request\nDescription: The 'redirect_uri' parameter must be a Login redirect URI in the client app settings: https://dev-000000-admin.okta.example/admin/app/oidc_client/instance/0oaEXAMPLE#tab-general",
			src: "Okta app integration redirect URIs https://developer.okta.com/docs/guides/sign-into-web-app-redirect/main/; error page as pasted in the real tune split"},
		{st: 400, b: "Error Code: invalid_request\nDescription: The 'state' parameter is required."}},
	"google-redirect-uri-mismatch": {
		{st: 400, b: "Error 400: redirect_uri_mismatch\n\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
			src: "Google OAuth 2.0 web-server errors https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-redirect-uri-mismatch"},
		{st: 400, b: "Error 400: invalid_request"}},
	"netlify-site-not-found": {
		{b: "Site not found\n\nLooks like you followed a broken link or entered a URL that doesn't exist on Netlify.\n\nNetlify Internal ID: 01HEXAMPLE0000000000000000",
			src: "Netlify support guide for 'Page not found' https://answers.netlify.com/t/support-guide-i-ve-deployed-my-site-but-i-still-see-page-not-found/125; page text as pasted in the real tune split"},
		{st: 404, b: "<h1>Site not found</h1>"}},
	"siteground-captcha": {
		{st: 202, h: "Server: nginx\nContent-Type: text/html\nContent-Length: 248\nSG-Captcha: challenge\nX-Robots-Tag: noindex\nCache-Control: no-store,no-cache,max-age=0", b: `<html><head><link rel="icon" href="data:;"><meta http-equiv="refresh" content="0;/.well-known/sgcaptcha/?r=%2Fwp-json%2Fwc%2Fv3%2Fproducts&y=ipr:198.51.100.23:18811"></meta></head></html>`,
			src: "WooCommerce REST calls answered by SiteGround's CAPTCHA, as pasted in the real tune split (cl33-siteground-…); SiteGround Anti-Bot AI https://blog.cogitactive.com/website/i-am-not-a-robot/"},
		{st: 202, h: "Server: nginx\nContent-Type: application/json", b: `{"status":"queued"}`}},
	"bot-wall-browser-check": {
		{st: 403, b: "Verifying your browser\n\nAdditional verification is required for this file you requested.\n\nThis page requires JavaScript. Please wait for a few seconds.",
			src: "ustclug/discussions#479 https://github.com/ustclug/discussions/issues/479; Anubis https://anubis.techaro.lol/docs/"},
		{st: 403, b: "Your browser is not supported."}},
	"hasura-admin-secret-required": {
		{st: 200, b: `{"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"x-hasura-admin-secret/x-hasura-access-key required, but not found"}]}`,
			src: "Hasura authentication modes https://hasura.io/docs/latest/auth/authentication/index/; error as pasted in the real tune split"},
		{st: 200, b: `{"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"not a valid graphql query"}]}`}},
	"hasura-hidden-field": {
		{st: 200, b: `{"errors":[{"extensions":{"path":"$.selectionSet.album","code":"validation-failed"},"message":"field \"album\" not found in type: 'query_root'"}]}`,
			src: "Hasura permissions https://hasura.io/docs/latest/auth/authorization/permissions/; error as pasted in the real tune split"},
		{st: 200, b: `{"errors":[{"extensions":{"code":"validation-failed"},"message":"expecting a value for non-nullable variable"}]}`}},
	"google-cloud-armor-log": {
		{b: `{"jsonPayload":{"statusDetails":"denied_by_security_policy","enforcedSecurityPolicy":{"name":"block-bots","outcome":"DENY","priority":1000}},"httpRequest":{"requestMethod":"GET","status":403}}`,
			src: "Cloud Armor request logging https://cloud.google.com/armor/docs/request-logging"},
		{b: `{"jsonPayload":{"statusDetails":"response_sent_by_backend"},"httpRequest":{"requestMethod":"GET","status":403}}`}},
	"aws-waf-log": {
		{b: `{"timestamp":1733306400000,"formatVersion":1,"webaclId":"arn:aws:wafv2:us-east-1:123456789012:regional/webacl/app/abcd","terminatingRuleId":"AWS-AWSManagedRulesCommonRuleSet","terminatingRuleType":"MANAGED_RULE_GROUP","action":"BLOCK","httpRequest":{"clientIp":"203.0.113.9","uri":"/api/upload","httpMethod":"POST"}}`,
			src: "AWS WAF log fields https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html"},
		{b: `{"webaclId":"arn:aws:wafv2:us-east-1:123456789012:regional/webacl/app/abcd","action":"ALLOW","httpRequest":{"uri":"/api/upload"}}`}},
	"opensearch-no-permissions": {
		{st: 403, h: "Content-Type: application/json; charset=UTF-8", b: `{"error":{"root_cause":[{"type":"security_exception","reason":"no permissions for [indices:data/read/search] and User [name=viewer1, backend_roles=[viewer_backend], requestedTenant=null]"}],"type":"security_exception","reason":"no permissions for [indices:data/read/search] and User [name=viewer1, backend_roles=[viewer_backend], requestedTenant=null]"},"status":403}`,
			src: "opensearch-project/security#533 https://github.com/opensearch-project/security/issues/533; opensearch-project/OpenSearch#3878 https://github.com/opensearch-project/OpenSearch/issues/3878; jaegertracing/jaeger#3727 https://github.com/jaegertracing/jaeger/issues/3727"},
		{st: 403, b: `{"error":{"type":"security_exception","reason":"no permissions for this request"},"status":403}`}},
	"cloudflare-log-block": {
		{b: `{"ClientIP":"198.51.100.7","ClientRequestHost":"shop.example.com","ClientRequestMethod":"POST","ClientRequestURI":"/api/checkout","EdgeResponseStatus":403,"OriginResponseStatus":0,"RayID":"8a7b6c5d4e3f2a1b","SecurityAction":"block","SecurityRuleDescription":"Block known bad bots"}`,
			src: "Cloudflare Logpush HTTP request fields https://developers.cloudflare.com/logs/reference/log-fields/zone/http_requests/"},
		{b: `{"ClientRequestMethod":"POST","ClientRequestURI":"/api/checkout","EdgeResponseStatus":403,"OriginResponseStatus":403,"SecurityAction":"unknown"}`}},
	"aws-alb-log-waf": {
		{b: `h2 2024-11-04T10:22:31.118203Z app/prod-alb/50dc6c495c0c9188 198.51.100.7:51234 - -1 -1 -1 403 - 34 366 "GET https://api.example.com:443/v1/orders HTTP/2.0" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/73e2d6bc24d8a067 "Root=1-674f2a17-5d0b52e42c1e4a389a3c0f2b" "api.example.com" "-" 0 2024-11-04T10:22:31.118000Z "waf" "-" "-" "-" "-" "-" "-"`,
			src: "ALB access log entries (actions_executed) https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html#actions-taken"},
		{b: `h2 2024-11-04T10:22:31.118203Z app/prod-alb/50dc6c495c0c9188 198.51.100.7:51234 10.0.1.23:8080 0.000 0.012 0.000 403 403 34 366 "GET https://api.example.com:443/v1/orders HTTP/2.0" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/73e2d6bc24d8a067 "Root=1-674f2a17-5d0b52e42c1e4a389a3c0f2b" "api.example.com" "-" 0 2024-11-04T10:22:31.106000Z "waf,forward" "-" "-" "10.0.1.23:8080" "403" "-" "-"`}},
	"azure-waf-log": {
		{b: `{"operationName":"ApplicationGatewayFirewall","properties":{"ruleSetType":"OWASP","ruleSetVersion":"3.2","ruleId":"942100","message":"SQL Injection Attack Detected via libinjection","action":"Blocked","requestUri":"/api/settings"}}`,
			src: "Azure Application Gateway WAF logs https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/web-application-firewall-logs"},
		{b: `{"operationName":"ApplicationGatewayFirewall","properties":{"ruleId":"942100","action":"Matched"}}`}},
	"fortinet-web-page-blocked": {
		{st: 403, b: "<h1>Web Page Blocked!</h1><p>The page cannot be displayed. Please contact your administrator for assistance.</p><p>Attack ID: 20000051</p><p>Message ID: 000012345678</p>",
			src: "FortiWeb replacement messages https://docs.fortinet.com/document/fortiweb/7.4.0/administration-guide/600188/customizing-error-and-authentication-pages-replacement-messages"},
		{st: 403, b: "<h1>Web Page Blocked</h1>"}},
	"fastly-unknown-domain": {
		{st: 500, b: "Fastly error: unknown domain: cdn.example.com. Please check that this domain has been added to a service.",
			src: "Fastly domains https://www.fastly.com/documentation/guides/full-site-delivery/domains-and-origins/working-with-domains/"},
		{st: 500, b: "Fastly error: backend read error"}},
	"github-pages-no-site": {
		{st: 404, b: "<title>Site not found &middot; GitHub Pages</title><h1>404</h1><p><strong>There isn't a GitHub Pages site here.</strong></p>",
			src: "GitHub Pages 404 troubleshooting https://docs.github.com/en/pages/getting-started-with-github-pages/troubleshooting-404-errors-for-github-pages-sites"},
		{st: 404, b: "<title>Page not found &middot; GitHub</title>"}},
	"cloudflare-routing-codes": {
		{st: 530, h: "Server: cloudflare", b: "Error 1016 Ray ID: 8f0e1d2c3b4a5968\nOrigin DNS error\nWhat happened?\nYou've requested a page on a website that is on the Cloudflare network.",
			src: "Cloudflare 1xxx errors https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/"},
		{st: 403, h: "Server: cloudflare", b: "Error 1006"}},
	"ingress-nginx-default-backend": {
		{st: 404, h: "Server: nginx/1.17.8\nContent-Type: text/plain; charset=utf-8\nContent-Length: 21", b: "default backend - 404",
			src: "kubernetes/ingress-nginx#3971 https://github.com/kubernetes/ingress-nginx/issues/3971; ingress-nginx default backend https://kubernetes.github.io/ingress-nginx/user-guide/default-backend/"},
		{st: 404, h: "Server: nginx/1.17.8\nContent-Type: text/html", b: "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n</body>\r\n</html>"}},
	"kong-no-route": {
		{st: 404, h: "Server: kong/3.4.0", b: `{"message":"no Route matched with those values"}`,
			src: "Kong routes https://docs.konghq.com/gateway/latest/key-concepts/routes/"},
		{st: 404, b: `{"message":"Not Found"}`}},
	"envoy-no-upstream": {
		{st: 503, h: "server: envoy", b: "no healthy upstream",
			src: "Envoy FAQ: why is Envoy sending 503s https://www.envoyproxy.io/docs/envoy/latest/faq/debugging/why_is_envoy_503"},
		{st: 503, h: "server: envoy", b: "Service Unavailable"}},
	"varnish-synthetic-403": {
		{st: 403, h: "Server: Varnish\nVia: 1.1 varnish\nX-Served-By: cache-ams21040-AMS\nRetry-After: 0\nContent-Type: text/html; charset=utf-8", b: "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head><body><h1>Error 403 Forbidden</h1><p>Forbidden</p><h3>Guru Meditation:</h3><p>XID: cache-ams21040-AMS 1700000000 2219837419</p><hr><p>Varnish cache server</p></body></html>",
			src: "Ekultek/WhatWaf#891 https://github.com/Ekultek/WhatWaf/issues/891 (403 from a Varnish/Fastly edge) and Varnish's default synthetic error page"},
		{st: 503, b: "<h3>Guru Meditation:</h3><p>Varnish cache server</p>"}},
	"fastly-synthetic-refusal": {
		{st: 403, reason: "SSL is required", h: "Server: Varnish\nRetry-After: 0\nContent-Type: text/plain; charset=UTF-8\nContent-Length: 16\nX-Served-By: cache-lhr7331-LHR\nX-Cache: MISS\nX-Timer: S1600000000.100200,VS0,VE0", b: "SSL is required.",
			src: "wenLiangcan/pip2pkgbuild#11 https://github.com/wenLiangcan/pip2pkgbuild/pull/11 (PyPI's Fastly edge, also in the real tune split); Fastly's synthetic headers also in mypdns/matrix#121079 https://github.com/mypdns/matrix/issues/121079"},
		{st: 403, h: "Server: Varnish\nRetry-After: 0\nX-Served-By: cache-lhr7331-LHR", b: "Invalid or non-existent authentication information."}},
	"stackpath-waf": {
		{st: 403, h: "x-hw: 1700000000.cds012.lo1.hn,1700000000.cds201.lo1.sc,1700000000.cdn2-wafbe04-lon1.stackpath.systems.-.w,1700000000.cds201.lo1.p\nserver: fbs\ncontent-type: text/html; charset=UTF-8", b: "<!DOCTYPE html>\n<head><title>StackPath</title></head>",
			src: "Ekultek/WhatWaf#516 https://github.com/Ekultek/WhatWaf/issues/516"},
		{st: 404, h: "X-HW: 1563587375.cds004.fr8.hn,1563587375.cds015.fr8.sc,1563587376.cds105.sj3.p\nContent-Type: text/html"}},
	"google-cloud-armor-deny": {
		{st: 403, h: "Content-Type: text/html; charset=UTF-8\nContent-Length: 134\nVia: 1.1 google", b: `<!doctype html><meta charset="utf-8"><meta name=viewport content="width=device-width, initial-scale=1"><title>403</title>403 Forbidden`,
			src: "the 134-byte Cloud Armor page in https://icecreamboets.com/blog/when-the-waf-bit-back and the deny-rule output of Google's Cloud Armor lab"},
		{st: 403, h: "Via: 1.1 google\nContent-Type: application/json", b: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`}},
	"cloudflare-api-permission": {
		{st: 403, h: "Content-Type: application/json\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6071-FRA", b: `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`,
			src: "BeeHiveSafety/CloudflareToAbuseIPDB#5 https://github.com/BeeHiveSafety/CloudflareToAbuseIPDB/issues/5; the maintainers' reading in cloudflare/terraform-provider-cloudflare#1533 https://github.com/cloudflare/terraform-provider-cloudflare/issues/1533"},
		{st: 200, b: `{"result":{"id":"0f1e2d3c","status":"active"},"success":true,"errors":[],"messages":[{"code":10000,"message":"This API Token is valid and active","type":null}]}`}},
	"cloudflare-api-bad-credentials": {
		{st: 400, h: "Content-Type: application/json", b: `{"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6103,"message":"Invalid format for X-Auth-Key header"}]}],"messages":[],"result":null}`,
			src: "ddclient/ddclient#262 https://github.com/ddclient/ddclient/issues/262; 'Unknown X-Auth-Key or X-Auth-Email' in netcccyun/dnsmgr#245 https://github.com/netcccyun/dnsmgr/issues/245"},
		{st: 400, b: `{"success":false,"errors":[{"code":1001,"message":"List accounts endpoint does not support account owned tokens."}]}`}},
	"cloudflare-api-bad-token-format": {
		{st: 400, h: "Content-Type: application/json", b: `{"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6111,"message":"Invalid format for Authorization header"}]}],"messages":[],"result":null}`,
			src: "Ultimate-Multisite/ultimate-multisite#73 https://github.com/Ultimate-Multisite/ultimate-multisite/issues/73"},
		// another API's words alone do not name Cloudflare
		{st: 401, b: `{"error":"Invalid format for Authorization header: expected Bearer"}`}},
	"cloudflare-api-bad-token": {
		{st: 403, h: "Content-Type: application/json", b: `{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}],"messages":[],"result":null}`,
			src: "9109 Invalid access token in cert-manager/cert-manager#4465 https://github.com/cert-manager/cert-manager/pull/4465"},
		// a weather station API's error in the same words (Netatmo's code 2)
		{st: 403, b: `{"error":{"code":2,"message":"Invalid access token"}}`}},
	"cloudflare-api-token-location": {
		{st: 403, b: `{"success":false,"errors":[{"code":9109,"message":"Cannot use the access token from location: 203.0.113.54"}],"messages":[],"result":null}`,
			src: "jeessy2/ddns-go#1341 https://github.com/jeessy2/ddns-go/issues/1341"},
		{st: 403, b: `{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}]}`}},
	"nginx-limit-req": {
		{st: 0, b: `2024/03/11 09:14:22 [error] 18233#18233: *774120 limiting requests, excess: 20.412 by zone "api", client: 198.51.100.77, server: shop.example.com, request: "GET /customer/section/load/?sections=cart HTTP/1.1", host: "shop.example.com"`,
			src: "magenx/Magento-nginx-config#44 https://github.com/magenx/Magento-nginx-config/issues/44; crowdsecurity/hub#420 https://github.com/crowdsecurity/hub/issues/420"},
		{st: 0, b: `2024/03/11 09:14:22 [error] 18233#18233: *774120 open() "/var/www/html/favicon.ico" failed (2: No such file or directory), client: 198.51.100.77`}},
	"nginx-access-rule": {
		{st: 0, b: `2025/01/14 08:31:07 [error] 2211#2211: *1903 access forbidden by rule, client: 198.51.100.41, server: wiki.example.org, request: "GET /admin/settings HTTP/1.1", host: "wiki.example.org"`,
			src: "dappnode/DAppNode#368 https://github.com/dappnode/DAppNode/issues/368; fail2ban/fail2ban#2226 https://github.com/fail2ban/fail2ban/pull/2226"},
		{st: 0, b: `2025/01/14 08:31:07 [error] 2211#2211: *1903 directory index of "/var/www/wiki/" is forbidden, client: 198.51.100.41, server: wiki.example.org, request: "GET / HTTP/1.1"`}},
	"azure-app-service-stopped": {
		{st: 403, b: "Error 403 - This web app is stopped.\nThe web app you have attempted to reach is currently stopped and does not accept any requests. Please try to reload the page or visit it again soon.",
			src: "microsoft/vscode-azureappservice#1853 https://github.com/microsoft/vscode-azureappservice/issues/1853; gitattributes/gitattributes.com#3 https://github.com/gitattributes/gitattributes.com/issues/3"},
		{st: 403, b: "Error 403 - Forbidden. You do not have permission to view this directory or page."}},
	"huggingface-repo-not-found": {
		{st: 401, b: "huggingface_hub.utils._errors.RepositoryNotFoundError: 401 Client Error: Repository Not Found for url: https://huggingface.co/acme/arxiv_topics/resolve/main/README.md. If the repo is private, make sure you are authenticated. (Request ID: Xq9LdB_2pQvRs81mT0aZk)",
			src: "huggingface/huggingface_hub#1007 https://github.com/huggingface/huggingface_hub/issues/1007"},
		{st: 401, b: "huggingface_hub.utils._errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2 (Invalid user token.)"}},
	"kasada-block": {
		{st: 429, h: "x-kpsdk-ct: 0aBcD3fGh\nx-kpsdk-r: 1-Bg\nContent-Type: text/html", b: "<html><head><script src=\"/149e9513-01fa-4fb0-aad4-566afd725d1b/2d206a39-8ed7-437e-a3be-862e0f06eea3/ips.js\"></script></head></html>",
			src: "Kasada challenge headers as published in CSolverV2/Kasada-Reverse issues, e.g. #9206 https://github.com/CSolverV2/Kasada-Reverse/issues/9206"},
		{st: 429, h: "Retry-After: 30"}},
	"ddos-guard-check": {
		{st: 403, h: "Server: ddos-guard\nSet-Cookie: __ddg3=Zq1; Domain=.example.ru; Path=/\nContent-Type: text/html; charset=UTF-8", b: "<!DOCTYPE html><html><head><title>DDOS-GUARD</title></head></html>",
			src: "Ekultek/WhatWaf#1005 https://github.com/Ekultek/WhatWaf/issues/1005"},
		{st: 403, h: "Server: nginx", b: "<title>Access denied</title>"}},
	"vercel-challenge": {
		{st: 403, h: "server: Vercel\nx-vercel-mitigated: challenge\nx-vercel-id: fra1::abcde", b: "<!DOCTYPE html><html><head><title>Vercel Security Checkpoint</title></head></html>",
			src: "vercel-labs/vgpu#228 https://github.com/vercel-labs/vgpu/pull/228"},
		{st: 403, h: "server: Vercel\nx-vercel-id: fra1::abcde", b: "Forbidden"}},
	"vercel-deny": {
		{st: 403, h: "server: Vercel\nx-vercel-mitigated: deny\nx-vercel-id: iad1::xyz", b: "Forbidden",
			src: "Vercel firewall deny action, https://vercel.com/docs/vercel-firewall/vercel-waf/custom-rules (header documented as x-vercel-mitigated)"},
		{st: 403, h: "server: Vercel\nx-vercel-mitigated: challenge"}},
	"vercel-deployment-protection": {
		{st: 401, h: "server: Vercel\nset-cookie: _vercel_sso_nonce=Qm9vOk; Path=/; HttpOnly; Secure\ncontent-type: text/html", b: "<title>Authentication Required</title><a href=\"https://vercel.com/sso-api?url=https%3A%2F%2Fpreview.example.app\">",
			src: "Vercel Deployment Protection docs https://vercel.com/docs/deployment-protection (401 with the SSO redirect)"},
		{st: 401, h: "server: Vercel", b: `{"error":"unauthorized"}`}},
	"azure-front-door-waf": {
		{st: 403, h: "x-azure-ref: 20240115T101010Z-17d8c9b4f4\nx-cache: CONFIG_NOCACHE\ncontent-type: text/html", b: "<!DOCTYPE html><html><body><h2>The request is blocked.</h2><p>20240115T101010Z-17d8c9b4f4</p></body></html>",
			src: "projectdiscovery/nuclei-templates#12737 https://github.com/projectdiscovery/nuclei-templates/issues/12737 (default Front Door WAF block: 403, x-azure-ref)"},
		{st: 403, h: "x-azure-ref: 20240115T101010Z-17d8c9b4f4", b: `{"error":{"code":"AuthorizationFailed"}}`}},
	"azure-app-gateway-403": {
		{st: 403, h: "Server: Microsoft-Azure-Application-Gateway/v2\nContent-Type: text/html", b: "<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\n</body>\n</html>",
			src: "dfe-analytical-services/explore-education-statistics#5365 https://github.com/dfe-analytical-services/explore-education-statistics/pull/5365"},
		{st: 502, b: "<center>Microsoft-Azure-Application-Gateway/v2</center>"}},
	"google-frontend-forbidden": {
		{st: 403, h: "content-type: text/html; charset=UTF-8\nserver: Google Frontend", b: "<html><head><title>403 Forbidden</title></head><body><h1>Error: Forbidden</h1>\n<h2>Your client does not have permission to get URL <code>/</code> from this server.</h2></body></html>",
			src: "datacommonsorg/docsite#463 https://github.com/datacommonsorg/docsite/pull/463"},
		{st: 403, h: "server: Google Frontend", b: "<h1>Error: Forbidden</h1>"}},
	"google-iap-credentials": {
		{st: 401, h: "content-type: text/html; charset=UTF-8\nx-goog-iap-generated-response: true", b: "Invalid IAP credentials: empty token",
			src: "epinio/epinio#2560 https://github.com/epinio/epinio/issues/2560"},
		{st: 401, h: "x-goog-iap-generated-response: true", b: "Unauthorized"}},
	"wordfence-block": {
		{st: 403, h: "Content-Type: text/html; charset=UTF-8", b: "<title>403 Forbidden</title><h1>Your access to this site has been limited by the site owner</h1><p>Generated by Wordfence at Mon, 3 Jun 2024 10:00:00 GMT.</p>",
			src: "Wordfence block page, https://www.wordfence.com/help/firewall/ (Generated by Wordfence footer)"},
		{st: 403, b: "<h1>Your access to this site has been limited</h1>"}},
	"apigee-oauth": {
		{st: 401, h: "Content-Type: application/json", b: `{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}`,
			src: "apigee-127/a127-samples#15 https://github.com/apigee-127/a127-samples/pull/15"},
		{st: 401, b: `{"fault":{"faultstring":"Unresolved variable"}}`}},
	"apigee-key-wrong-product": {
		{st: 401, b: `{"fault":{"faultstring":"Invalid ApiKey for given resource","detail":{"errorcode":"oauth.v2.InvalidApiKeyForGivenResource"}}}`,
			src: "apigee-127/a127-samples#16 https://github.com/apigee-127/a127-samples/pull/16"},
		{st: 401, b: `{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}`}},
	"apigee-quota": {
		{st: 429, b: `{"fault":{"faultstring":"Rate limit quota violation. Quota limit  exceeded. Identifier : _default","detail":{"errorcode":"policies.ratelimit.QuotaViolation"}}}`,
			src: "Apigee Quota policy runtime errors https://cloud.google.com/apigee/docs/api-platform/reference/policies/quota-policy#runtime-errors"},
		{st: 429, b: `{"fault":{"faultstring":"Too many"}}`}},
	"azure-apim-subscription-key": {
		{st: 401, h: "Content-Type: application/json\nWWW-Authenticate: AzureApiManagementKey realm=\"https://contoso-apim.azure-api.net/orders\",name=\"Ocp-Apim-Subscription-Key\",type=\"header\"", b: `{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }`,
			src: "MicrosoftDocs/azure-docs#15130 https://github.com/MicrosoftDocs/azure-docs/issues/15130"},
		{st: 401, b: `{ "statusCode": 401, "message": "Access denied due to invalid subscription key or wrong API endpoint." }`}},
	"azure-ai-services-key": {
		{st: 401, b: `{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}`,
			src: "microsoft/PubSec-Info-Assistant#439 https://github.com/microsoft/PubSec-Info-Assistant/issues/439"},
		{st: 401, b: `{ "statusCode": 401, "message": "Access denied due to missing subscription key." }`}},
	"envoy-rbac-denied": {
		{st: 403, h: "content-type: text/plain\nserver: istio-envoy\ncontent-length: 19", b: "RBAC: access denied",
			src: "istio/istio#31452 https://github.com/istio/istio/issues/31452"},
		{st: 403, h: "server: istio-envoy", b: "access denied"}},
	"envoy-jwt-authn": {
		{st: 401, h: "www-authenticate: Bearer realm=\"http://httpbin.mesh.example/ip\"\nserver: istio-envoy", b: "Jwt is expired",
			src: "istio/istio#40141 https://github.com/istio/istio/issues/40141 (jwt_authn 401s through the ingress)"},
		{st: 401, h: "server: istio-envoy", b: "Unauthorized"}},
	"envoy-403-empty": {
		{st: 403, h: "server: envoy\ndate: Tue, 02 Apr 2024 08:00:00 GMT\ncontent-length: 0",
			src: "envoyproxy/envoy ext_authz default denial (403, empty body), https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/ext_authz_filter"},
		{st: 403, h: "server: envoy\nx-envoy-upstream-service-time: 12"}},
	"traefik-basic-auth": {
		{st: 401, h: "Content-Type: text/plain\nWww-Authenticate: Basic realm=\"traefik\"", b: "401 Unauthorized",
			src: "Traefik BasicAuth middleware default realm, https://doc.traefik.io/traefik/middlewares/http/basicauth/"},
		{st: 401, h: "Www-Authenticate: Basic realm=\"api\"", b: "401 Unauthorized"}},
	"oauth2-proxy-denied": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<title>403 Permission Denied</title>\n<h1>Permission Denied</h1>\n<p>Invalid Account</p>",
			src: "oauth2-proxy/oauth2-proxy#622 https://github.com/oauth2-proxy/oauth2-proxy/issues/622"},
		{st: 403, b: "<h1>Permission Denied</h1>"}},
	"cloudflare-access-login": {
		{st: 302, h: "location: https://acme.cloudflareaccess.com/cdn-cgi/access/login/app.example.com?kid=3f2a&redirect_url=%2F\nserver: cloudflare",
			src: "Cloudflare Access login redirect, https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/ (goauthentik/authentik#17094 documents the same flow)"},
		{st: 302, h: "location: https://app.example.com/login\nserver: cloudflare"}},
	"tyk-auth": {
		{st: 401, h: "Content-Type: application/json\nX-Generator: tyk.io", b: "{\n    \"error\": \"Authorization field missing\"\n}",
			src: "TykTechnologies/tyk#1541 https://github.com/TykTechnologies/tyk/issues/1541"},
		{st: 401, b: `{"error": "Authorization required"}`}},
	"tyk-access-disallowed": {
		{st: 403, h: "X-Generator: tyk.io", b: `{"error": "Access to this API has been disallowed"}`,
			src: "Tyk access rights errors, TykTechnologies/tyk#3114 https://github.com/TykTechnologies/tyk/issues/3114"},
		{st: 403, b: `{"error": "Access denied"}`}},
	"aws-alb-403": {
		{st: 403, h: "Server: awselb/2.0\nContent-Type: text/html", b: "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>awselb/2.0</center>\r\n</body>\r\n</html>",
			src: "ALB troubleshooting (HTTP 403 from AWS WAF), https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-403-issues"},
		{st: 502, b: "<center>awselb/2.0</center>"}},
	"auth0-wrong-credentials": {
		{st: 403, b: `{"error":"invalid_grant","error_description":"Wrong email or password."}`,
			src: "auth0/react-native-auth0#224 https://github.com/auth0/react-native-auth0/issues/224"},
		{st: 403, b: `{"error":"invalid_grant","error_description":"Invalid authorization code"}`}},
	"auth0-grant-not-allowed": {
		{st: 403, b: `{"error":"unauthorized_client","error_description":"Grant type 'http://auth0.com/oauth/grant-type/password-realm' not allowed for the client."}`,
			src: "auth0/auth0-java#165 https://github.com/auth0/auth0-java/issues/165"},
		{st: 403, b: `{"error":"unauthorized_client","error_description":"Client is not authorized"}`}},
	"cognito-not-authorized": {
		{st: 400, h: "x-amzn-ErrorType: NotAuthorizedException:\nContent-Type: application/x-amz-json-1.1", b: `{"__type":"NotAuthorizedException","message":"Incorrect username or password."}`,
			src: "ellaisys/aws-cognito#94 https://github.com/ellaisys/aws-cognito/issues/94"},
		{st: 400, b: `{"__type":"InvalidParameterException","message":"Missing required parameter USERNAME"}`}},
	"saml-request-denied": {
		{st: 200, b: "<samlp:Status>\n<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\">\n<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:RequestDenied\" />\n</samlp:StatusCode>\n</samlp:Status>",
			src: "spring-attic/spring-security-saml#224 https://github.com/spring-attic/spring-security-saml/issues/224"},
		{st: 200, b: "<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/>"}},
	"saml-authn-failed": {
		{st: 200, b: "<samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:AuthnFailed\"/></samlp:StatusCode></samlp:Status>",
			src: "SAML 2.0 core §3.2.2.2 second-level status codes; catalyst/moodle-auth_saml2#731 https://github.com/catalyst/moodle-auth_saml2/issues/731"},
		{st: 200, b: "<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"/>"}},
	"google-oauth-revoked": {
		{st: 400, b: "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"Token has been expired or revoked.\"\n}",
			src: "GeneralTask/task-manager#997 https://github.com/GeneralTask/task-manager/pull/997"},
		{st: 400, b: `{"error": "invalid_grant", "error_description": "Bad Request"}`}},
	"oidc-login-required": {
		{st: 302, h: "Location: https://app.example.com/callback?error=login_required&state=af0ifjsldkj", target: "https://app.example.com/callback?error=login_required&state=af0ifjsldkj",
			src: "OpenID Connect Core 1.0 §3.1.2.6 example error response https://openid.net/specs/openid-connect-core-1_0.html#AuthError"},
		{st: 302, target: "https://app.example.com/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj"}},
	"oauth-access-denied": {
		{st: 302, target: "https://client.example.com/cb?error=access_denied&error_description=The+user+denied+the+request&state=xyz",
			src: "RFC 6749 §4.1.2.1 error response https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1; auth0/node-auth0#134 https://github.com/auth0/node-auth0/issues/134"},
		{st: 302, target: "https://client.example.com/cb?code=abc&state=xyz"}},
	"fosoauth-authentication-required": {
		{st: 401, h: "Content-Type: application/json\nWWW-Authenticate: Bearer realm=\"Service\", error=\"access_denied\", error_description=\"OAuth2 authentication required\"", b: "{\n    \"error\": \"access_denied\",\n    \"error_description\": \"OAuth2 authentication required\"\n}",
			src: "FriendsOfSymfony/FOSOAuthServerBundle (the OAuth2 entry point's description) https://github.com/FriendsOfSymfony/FOSOAuthServerBundle; Sylius/Sylius#9541"},
		{st: 403, b: `{"error":"access_denied","error_description":"The user denied access to your application"}`}},
	"steam-webapi-key": {
		{st: 403, h: "Content-Type: text/html; charset=UTF-8", b: "<html><head><title>Forbidden</title></head><body><h1>Forbidden</h1>Access is denied. Retrying will not help. Please verify your <pre>key=</pre> parameter.</body></html>", target: "https://api.steampowered.com/IPlayerService/GetOwnedGames/v1/?key=7C1D0E2F9A8B&steamid=76561198000000042",
			src: "Steamworks Web API response codes https://partner.steamgames.com/doc/webapi_overview/responses; screeps/screeps#79"},
		{st: 429, b: "<html><head><title>Too Many Requests</title></head><body><h1>Too Many Requests</h1></body></html>", target: "https://api.steampowered.com/ISteamApps/GetAppList/v2/"}},
	"pocketbase-auth-required": {
		{st: 401, b: `{"code":401,"message":"The request requires valid record authorization token to be set.","data":{}}`,
			src: "PocketBase records API (401 responses) https://pocketbase.io/docs/api-records/"},
		{st: 403, b: `{"code":403,"message":"Only superusers can perform this action.","data":{}}`}},
	"keycloak-session-not-active": {
		{st: 400, b: `{"error":"invalid_grant","error_description":"Session not active"}`,
			src: "Keycloak token endpoint refresh after session expiry, https://www.keycloak.org/docs/latest/server_admin/#_timeouts"},
		{st: 400, b: `{"error":"invalid_grant","error_description":"Invalid refresh token"}`}},
	"firebase-auth": {
		{st: 400, b: `{"error":{"code":400,"message":"INVALID_LOGIN_CREDENTIALS","errors":[{"message":"INVALID_LOGIN_CREDENTIALS","domain":"global","reason":"invalid"}]}}`,
			src: "Firebase Auth REST error format https://firebase.google.com/docs/reference/rest/auth#section-error-format"},
		{st: 400, b: `{"error":{"code":400,"message":"WEAK_PASSWORD"}}`}},
	"postgrest-jwt": {
		{st: 401, b: `{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}`,
			src: "PostgREST error codes https://docs.postgrest.org/en/stable/references/errors.html"},
		{st: 400, b: `{"code":"PGRST100","details":"unexpected","message":"failed to parse filter"}`}},
	"postgres-permission-denied": {
		{st: 401, b: `{"code":"42501","details":null,"hint":null,"message":"permission denied for table profiles"}`,
			src: "PostgREST maps SQLSTATE 42501 to 401/403, https://docs.postgrest.org/en/stable/references/errors.html"},
		{st: 400, b: `{"code":"42P01","message":"relation \"profiles\" does not exist"}`}},
	"supabase-storage-rls": {
		{st: 400, h: "Content-Type: application/json", b: `{"statusCode":"403","error":"Unauthorized","message":"new row violates row-level security policy"}`,
			src: "Supabase Storage access control (the RLS refusal of an upload) https://supabase.com/docs/guides/storage/security/access-control"},
		{st: 400, h: "Content-Type: application/json", b: `{"statusCode":"404","error":"Bucket not found","message":"Bucket not found"}`}},
	"hasura-jwt": {
		{st: 200, b: `{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}`,
			src: "Hasura JWT errors, https://hasura.io/docs/latest/auth/authentication/jwt/"},
		{st: 200, b: `{"errors":[{"extensions":{"path":"$","code":"validation-failed"},"message":"field not found"}]}`}},
	"azure-keyvault-challenge": {
		{st: 401, h: "www-authenticate: Bearer authorization=\"https://login.microsoftonline.com/72f988bf-0000-0000-0000-2d7cd011db47\", resource=\"https://vault.azure.net\"\nx-ms-keyvault-region: westeurope", b: `{"error":{"code":"Unauthorized","message":"AKV10000: Request is missing a Bearer or PoP token."}}`,
			src: "Azure/azure-sdk-for-python#24557 https://github.com/Azure/azure-sdk-for-python/issues/24557"},
		{st: 401, b: `{"error":{"code":"Unauthorized","message":"Token expired"}}`}},
	"azure-keyvault-forbidden": {
		{st: 403, b: `{"error":{"code":"Forbidden","message":"Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.","innererror":{"code":"ForbiddenByRbac"}}}`,
			src: "Key Vault RBAC guide https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide (ForbiddenByRbac inner error)"},
		{st: 403, b: `{"error":{"code":"Forbidden","message":"Caller is not authorized"}}`}},
	"azure-keyvault-firewall": {
		{st: 403, b: `{"error":{"code":"Forbidden","message":"Client address is not authorized and caller is not a trusted service.\r\nClient address: 198.51.100.23\r\nCaller: appid=0c1d2e3f-0000-4000-8000-000000000001;oid=0c1d2e3f-0000-4000-8000-000000000002;iss=https://sts.windows.net/0c1d2e3f-0000-4000-8000-000000000003/\r\nVault: kv-billing-prod;location=westeurope","innererror":{"code":"ForbiddenByFirewall"}}}`,
			src: "hashicorp/terraform-provider-azurerm#20742 https://github.com/hashicorp/terraform-provider-azurerm/issues/20742; hashicorp/terraform-provider-azurerm#4553 https://github.com/hashicorp/terraform-provider-azurerm/issues/4553"},
		{st: 403, b: `{"error":{"code":"Forbidden","message":"The user, group or application 'appid=0c1d2e3f;oid=0c1d2e3f' does not have secrets get permission on key vault 'kv-billing-prod;location=westeurope'.","innererror":{"code":"AccessDenied"}}}`}},
	"datadog-forbidden-key": {
		{st: 403, h: "Content-Type: application/json", b: `{"status":"error","code":403,"errors":["Forbidden"],"statuspage":"http://status.us5.datadoghq.com","twitter":"http://twitter.com/datadogops","email":"support@datadoghq.com"}`,
			src: "arcxp/datadog-service-catalog-metadata-provider#80 https://github.com/arcxp/datadog-service-catalog-metadata-provider/issues/80; DataDog/datadogpy#724 https://github.com/DataDog/datadogpy/issues/724; dbader/node-datadog-metrics#115 https://github.com/dbader/node-datadog-metrics/issues/115"},
		{st: 403, h: "Content-Type: application/json", b: `{"errors":["Forbidden"]}`}},
	"azure-devops-203-sign-in": {
		{st: 203, reason: "Non-Authoritative Information", h: "Content-Type: text/html; charset=utf-8\nX-TFS-ProcessId: 0c1d2e3f-0000-4000-8000-000000000001", b: "<!DOCTYPE html><html><head><title>Azure DevOps Services | Sign In</title></head><body></body></html>", target: "https://dev.azure.com/example-org/_apis/projects",
			src: "MicrosoftDocs/vsts-rest-api-specs#574 https://github.com/MicrosoftDocs/vsts-rest-api-specs/issues/574 (203 non-authoritative info, a browser sign-in)"},
		{st: 200, b: `{"count":1,"value":[{"name":"web"}]}`, target: "https://dev.azure.com/example-org/_apis/projects"}},
	"azure-devops-203-reported": {
		{st: 203, b: "error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/example-org/_packaging/internal/nuget/v3/index.json.\n  Response status code does not indicate success: 203 (Non-Authoritative Information).",
			src: "MicrosoftDocs/vsts-rest-api-specs#574 https://github.com/MicrosoftDocs/vsts-rest-api-specs/issues/574 (203 non-authoritative info, a browser sign-in); NuGet's NU1301 message"},
		{st: 0, b: "error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/example-org/_packaging/internal/nuget/v3/index.json.\n  Response status code does not indicate success: 401 (Unauthorized)."}},
	"synology-login-second-factor": {
		{st: 200, h: "Content-Type: application/json; charset=\"UTF-8\"", b: `{"error":{"code":403,"errors":{"token":"Qm3vT8kLw2","types":[{"type":"otp"}]}},"success":false}`,
			src: "Synology DSM Login Web API guide (SYNO.API.Auth error 403: 2-step verification code required) https://global.download.synology.com/download/Document/Software/DeveloperGuide/Os/DSM/All/enu/DSM_Login_Web_API_Guide_enu.pdf; N4S4/synology-api (DSM 7 login answer with errors.types)"},
		// FileStation's own 403 (an invalid user for the file operation) carries no factor
		{st: 200, b: `{"error":{"code":403},"success":false}`}},
	"azure-messaging-claim-missing": {
		{st: 401, h: "Content-Type: application/xml; charset=utf-8\nServer: Microsoft-HTTPAPI/2.0", b: "<Error><Code>401</Code><Detail>Unauthorized access. 'Listen' claim(s) are required to perform this operation. Resource: 'sb://orders-prod.servicebus.windows.net/invoices'. TrackingId:6b1f0c2e-93d4-4a7e-b5c8-2f1e0d9a7c34_G12, SystemTracker:orders-prod.servicebus.windows.net:invoices, Timestamp:2026-02-03T08:14:55</Detail></Error>",
			src: "Azure Service Bus SAS rights https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas#rights-required-for-service-bus-operations; paolosalvatori/ServiceBusExplorer#97 (claim is empty)"},
		{st: 401, b: "<Error><Code>401</Code><Detail>InvalidSignature: The token has an invalid signature. TrackingId:0c9e2d41-7a3b-4f6e-8d1c-5b2a9e0f4c17_G3, SystemTracker:NoSystemTracker, Timestamp:2026-02-03T08:14:55</Detail></Error>"}},
	"synology-session": {
		{st: 200, h: "Content-Type: application/json; charset=\"UTF-8\"", b: `{"error":{"code":119},"success":false}`,
			src: "Synology DSM Login Web API guide (common error codes 105-107, 119); jeedom synologyapi plugin (the 119 answer it handles) https://global.download.synology.com/download/Document/Software/DeveloperGuide/Os/DSM/All/enu/DSM_Login_Web_API_Guide_enu.pdf"},
		{st: 200, b: `{"error":{"code":408},"success":false}`}},
	"synology-no-permission": {
		{st: 200, h: "Content-Type: application/json; charset=\"UTF-8\"", b: `{"error":{"code":105},"success":false}`,
			src: "Synology DSM Login Web API guide (common error code 105: the logged in session does not have permission) https://global.download.synology.com/download/Document/Software/DeveloperGuide/Os/DSM/All/enu/DSM_Login_Web_API_Guide_enu.pdf"},
		{st: 200, b: `{"error":{"code":400},"success":false}`}},
	"synology-request": {
		{st: 200, h: "Content-Type: application/json; charset=\"UTF-8\"", b: `{"error":{"code":103},"success":false}`,
			src: "ProtoThis/python-synology#8 https://github.com/ProtoThis/python-synology/issues/8; Synology DSM Login Web API guide (common error codes 101-104)"},
		{st: 200, b: `{"error":{"code":119},"success":false}`}},
	"digitalocean-unauthorized": {
		{st: 401, h: "Content-Type: application/json\nServer: cloudflare", b: `{"id":"unauthorized","message":"Unable to authenticate you"}`,
			src: "digitalocean/terraform-provider-digitalocean#355 https://github.com/digitalocean/terraform-provider-digitalocean/issues/355"},
		{st: 401, b: `{"id":"unauthorized","message":"Invalid credentials provided."}`}},
	"digitalocean-forbidden": {
		{st: 403, b: `{"id":"forbidden","message":"You do not have access for the attempted action."}`,
			src: "DigitalOcean API errors, https://docs.digitalocean.com/reference/api/ (id forbidden)"},
		{st: 403, b: `{"id":"not_found","message":"The resource you were accessing could not be found."}`}},
	"s3-compatible-access-denied": {
		{st: 403, b: "Dec-02 09:41:27.118 [nsfs/40211] [ERROR] core.endpoint.s3.s3_rest:: S3 ERROR <?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>/reports-7q/2025/</Resource><RequestId>m4x2k9-3ab1-7f</RequestId></Error>",
			src: "noobaa/noobaa-core#8368 https://github.com/noobaa/noobaa-core/issues/8368"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>QX81Z7</RequestId></Error>"}},
	"s3-compatible-invalid-key": {
		{st: 403, b: "AsyncAws\\Core\\Exception\\Http\\ClientException: HTTP 403 returned for \"https://s3.us-east-2.wasabisys.com/media-archive?list-type=2\".\n\nCode:    InvalidAccessKeyId\nMessage: The AWS Access Key Id you provided does not exist in our records.",
			src: "async-aws/aws#1184 https://github.com/async-aws/aws/issues/1184"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message></Error>"}},
	"s3-compatible-date-required": {
		{st: 403, h: "Server: AliyunOSS\nx-oss-request-id: 66B0C41E9A7D2F35C81E04B2\nContent-Type: application/xml", b: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>OSS authentication requires a valid Date.</Message>\n  <RequestId>66B0C41E9A7D2F35C81E04B2</RequestId>\n  <HostId>notes-img.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <EC>0002-00000503</EC>\n</Error>",
			src: "terwer/siyuan-plugin-picgo#681 https://github.com/terwer/siyuan-plugin-picgo/issues/681"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"}},
	"s3-compatible-signature": {
		{st: 403, h: "Server: nginx", b: "PUT https://clips-9.fra1.digitaloceanspaces.com/2025/11/shot.png\n<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SignatureDoesNotMatch</Code><RequestId>tx00000b41c2-fra1a</RequestId><HostId>3f1c2-fra1a-fra1</HostId></Error>",
			src: "ShareX/ShareX#2803 https://github.com/ShareX/ShareX/issues/2803"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>"}},
	"minio-access-denied": {
		{st: 403, h: "Server: MinIO\nContent-Type: application/xml\nX-Amz-Request-Id: 17C2A9B3E1F0", b: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Key>reports/q1.csv</Key><BucketName>finance</BucketName><Resource>/finance/reports/q1.csv</Resource></Error>",
			src: "minio/minio#12940 https://github.com/minio/minio/issues/12940"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>AccessDenied</Code></Error>"}},
	"minio-invalid-key": {
		{st: 403, h: "Server: MinIO", b: "<Error><Code>InvalidAccessKeyId</Code><Message>The Access Key Id you provided does not exist in our records.</Message></Error>",
			src: "minio/minio#17506 https://github.com/minio/minio/issues/17506 (proxied MinIO rejecting keys)"},
		{st: 403, h: "Server: AmazonS3", b: "<Error><Code>InvalidAccessKeyId</Code></Error>"}},
	"minio-console-port": {
		{st: 403, h: "Server: envoy\nContent-Type: text/xml; charset=utf-8", b: "<Error><Code>AccessDenied</Code><Message>S3 API Request made to Console port. S3 Requests should be sent to API port.</Message><RequestId>0</RequestId></Error>",
			src: "pivotal-sadubois/tanzu-demo-hub#13 https://github.com/pivotal-sadubois/tanzu-demo-hub/issues/13"},
		{st: 403, h: "Server: MinIO", b: "<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>"}},
	"r2-unauthorized": {
		{st: 400, b: "<Error><Code>Unauthorized</Code><Message>SigV2 authorization is not supported. Please use SigV4 instead.</Message></Error>",
			src: "vastsa/FileCodeBox#95 https://github.com/vastsa/FileCodeBox/issues/95"},
		{st: 400, b: "<Error><Code>InvalidArgument</Code></Error>"}},
	"backblaze-b2-auth": {
		{st: 401, b: `{"code":"expired_auth_token","message":"Authorization token has expired","status":401}`,
			src: "Backblaze B2 b2_authorize_account errors https://www.backblaze.com/apidocs/b2-authorize-account"},
		{st: 401, b: `{"code":"unauthorized","message":"","status":401}`}},
	"oci-not-authenticated": {
		{st: 401, b: `{"code":"NotAuthenticated","message":"The required information to complete authentication was not provided or was incorrect."}`,
			src: "OCI API errors https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm"},
		{st: 401, b: `{"code":"InvalidParameter"}`}},
	"oci-not-authorized-or-not-found": {
		{st: 404, b: `{"code":"NotAuthorizedOrNotFound","message":"Authorization failed or requested resource not found."}`,
			src: "OCI API errors https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm"},
		{st: 404, b: `{"code":"NotFound"}`}},
	"notion-not-shared": {
		{st: 404, b: `{"object":"error","status":404,"code":"object_not_found","message":"Could not find page with ID: 7d1c0f3a-2b4e-4c59-9a61-e08f5b3d2c47. Make sure the relevant pages and databases are shared with your integration."}`,
			src: "Notion API status codes (object_not_found) https://developers.notion.com/reference/status-codes"},
		{st: 404, b: `{"object":"error","status":404,"code":"object_not_found","message":"Could not find block."}`}},
	"heroku-unauthorized": {
		{st: 401, b: `{"id":"unauthorized","message":"Invalid credentials provided."}`,
			src: "Heroku Platform API error format https://devcenter.heroku.com/articles/platform-api-reference#errors"},
		{st: 401, b: `{"id":"unauthorized","message":"Unable to authenticate you"}`}},
	"openstack-keystone-unauthorized": {
		{st: 401, b: `{"error": {"message": "The request you have made requires authentication.", "code": 401, "title": "Unauthorized"}}`,
			src: "ansible/ansible#3487 https://github.com/ansible/ansible/pull/3487"},
		{st: 401, b: `{"error": {"message": "Unauthorized", "code": 401}}`}},
	"stripe-api-key": {
		{st: 401, b: "{\n  \"error\": {\n    \"message\": \"Invalid API Key provided: sk_test_********************Kq2Z\",\n    \"type\": \"invalid_request_error\"\n  }\n}",
			src: "stripe/stripe-node#361 https://github.com/stripe/stripe-node/issues/361"},
		{st: 401, b: `{"error":{"message":"Invalid API Key provided","type":"authentication_error"}}`}},
	"stripe-restricted-key": {
		{st: 403, b: `{"error":{"message":"The provided key 'rk_live_******Vg3' does not have the required permissions for this endpoint on account 'acct_1Nq'.","type":"invalid_request_error"}}`,
			src: "Stripe restricted keys https://docs.stripe.com/keys#limit-access"},
		{st: 403, b: `{"error":{"message":"This account cannot make live charges","type":"invalid_request_error"}}`}},
	"twilio-20003": {
		{st: 401, b: `{"code": 20003, "detail": "Your AccountSid or AuthToken was incorrect.", "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}`,
			src: "twilio/twilio-video-app-react#841 https://github.com/twilio/twilio-video-app-react/issues/841"},
		{st: 400, b: `{"code": 21211, "message": "Invalid 'To' Phone Number", "more_info": "https://www.twilio.com/docs/errors/21211"}`}},
	"salesforce-invalid-session": {
		{st: 401, b: "[\n    {\n        \"message\": \"Session expired or invalid\",\n        \"errorCode\": \"INVALID_SESSION_ID\"\n    }\n]",
			src: "forcedotcom/postman-salesforce-apis#40 https://github.com/forcedotcom/postman-salesforce-apis/issues/40"},
		{st: 400, b: `[{"message":"No such column","errorCode":"INVALID_FIELD"}]`}},
	"salesforce-insufficient-access": {
		{st: 403, b: `[{"message":"The REST API is not enabled for this Organization.","errorCode":"API_DISABLED_FOR_ORG"}]`,
			src: "Salesforce REST API status codes and error responses https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm"},
		{st: 403, b: `[{"message":"Request limit exceeded","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`}},
	"shopify-invalid-token": {
		{st: 401, h: "www-authenticate: Basic Realm=\"Shopify API Authentication\"\nx-shopid: 61234567", b: `{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}`,
			src: "frappe/ecommerce_integrations#414 https://github.com/frappe/ecommerce_integrations/issues/414"},
		{st: 401, b: `{"errors":"Unavailable Shop"}`}},
	"shopify-merchant-approval": {
		{st: 403, b: `{"errors":"[API] This action requires merchant approval for read_orders scope."}`,
			src: "Shopify access scopes https://shopify.dev/docs/api/usage/access-scopes"},
		{st: 403, b: `{"errors":"Forbidden"}`}},
	"zoom-invalid-token": {
		{st: 401, b: `{"code":124,"message":"Invalid access token."}`,
			src: "MacsiDigital/laravel-zoom#22 https://github.com/MacsiDigital/laravel-zoom/issues/22"},
		{st: 401, b: `{"code":1001,"message":"User does not exist"}`}},
	"zoom-missing-scopes": {
		{st: 400, b: `{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}`,
			src: "JubaerHossain/zoom-laravel#15 https://github.com/JubaerHossain/zoom-laravel/issues/15"},
		{st: 400, b: `{"code":300,"message":"Invalid meeting id"}`}},
	"openai-api-key": {
		{st: 401, b: "{\n    \"error\": {\n        \"message\": \"Incorrect API key provided: sk-proj-****4fQa. You can find your API key at https://platform.openai.com/account/api-keys.\",\n        \"type\": \"invalid_request_error\",\n        \"param\": null,\n        \"code\": \"invalid_api_key\"\n    }\n}",
			src: "continuedev/continue#9634 https://github.com/continuedev/continue/issues/9634"},
		{st: 401, b: `{"error":{"message":"Missing bearer authentication in header","type":"invalid_request_error"}}`}},
	"openai-rate-limit": {
		{st: 429, b: `{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29120, Requested 2210. Please try again in 2.66s. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}`,
			src: "OpenAI rate limits guide https://platform.openai.com/docs/guides/rate-limits (error body of a TPM limit)"},
		{st: 429, b: `{"error":{"message":"Too many requests","type":"requests"}}`}},
	"openai-quota": {
		{st: 429, b: `{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`,
			src: "OpenAI error codes https://platform.openai.com/docs/guides/error-codes#api-errors"},
		{st: 429, b: `{"error":{"message":"Rate limit reached for requests","type":"requests"}}`}},
	"anthropic-auth": {
		{st: 401, b: `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CZ7Lx2"}`,
			src: "eyaltoledano/claude-task-master#222 https://github.com/eyaltoledano/claude-task-master/issues/222"},
		{st: 400, b: `{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: field required"}}`}},
	"anthropic-permission": {
		{st: 403, b: `{"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}}`,
			src: "Anthropic API errors https://docs.anthropic.com/en/api/errors"},
		{st: 403, b: `{"type":"error","error":{"type":"not_found_error"}}`}},
	"facebook-oauth-exception": {
		{st: 400, b: "{\n   \"error\": {\n      \"message\": \"The access token is invalid since the user hasn't engaged the app in longer than 90 days.\",\n      \"type\": \"OAuthException\",\n      \"code\": 190,\n      \"error_subcode\": 493,\n      \"fbtrace_id\": \"AqZ1x9\"\n   }\n}",
			src: "MrSwitch/hello.js#548 https://github.com/MrSwitch/hello.js/issues/548"},
		{st: 400, b: `{"error":{"message":"Unsupported get request.","type":"GraphMethodException","code":100}}`}},
	"facebook-active-token-required": {
		{st: 400, b: `{"error":{"message":"An active access token must be used to query information about the current user.","type":"OAuthException","code":2500,"fbtrace_id":"Hq3Lx0Z2pQa"}}`,
			src: "fbsamples/messenger-platform-samples#125 https://github.com/fbsamples/messenger-platform-samples/issues/125; node-facebook/facebook-node-sdk#149 https://github.com/node-facebook/facebook-node-sdk/issues/149"},
		{st: 400, b: `{"error":{"message":"(#100) Tried accessing nonexisting field (friends) on node type (Page)","type":"OAuthException","code":100}}`}},
	"facebook-permission": {
		{st: 403, b: `{"error":{"message":"(#200) The user hasn't authorized the application to perform this action","type":"OAuthException","code":200,"fbtrace_id":"Bx7k"}}`,
			src: "Graph API error handling https://developers.facebook.com/docs/graph-api/guides/error-handling (code 200 permissions)"},
		{st: 400, b: `{"error":{"message":"(#100) Invalid parameter","type":"GraphMethodException","code":100}}`}},
	"twitter-invalid-token": {
		{st: 401, b: `{"errors":[{"code":89,"message":"Invalid or expired token."}]}`,
			src: "J7mbo/twitter-api-php#148 https://github.com/J7mbo/twitter-api-php/issues/148"},
		{st: 429, b: `{"errors":[{"code":88,"message":"Rate limit exceeded"}]}`}},
	"discord-unauthorized": {
		{st: 401, b: `{"message": "401: Unauthorized", "code": 0}`,
			src: "discord-php/DiscordPHP#238 https://github.com/discord-php/DiscordPHP/issues/238"},
		{st: 404, b: `{"message": "Unknown Channel", "code": 10003}`}},
	"discord-missing-access": {
		{st: 403, b: `{"message": "Missing Access", "code": 50001}`,
			src: "Discord JSON error codes https://discord.com/developers/docs/topics/opcodes-and-status-codes#json"},
		{st: 403, b: `{"message": "Cannot send messages to this user", "code": 50007}`}},
	"notion-unauthorized": {
		{st: 401, h: "x-powered-by: Express\nx-notion-request-id: 9a1b", b: `{"object":"error","status":401,"code":"unauthorized","message":"API token is invalid.","request_id":"9a1b"}`,
			src: "lizheming/doumark-action#13 https://github.com/lizheming/doumark-action/issues/13"},
		{st: 400, b: `{"object":"error","status":400,"code":"validation_error","message":"body failed validation"}`}},
	"notion-restricted": {
		{st: 403, b: `{"object":"error","status":403,"code":"restricted_resource","message":"API token does not have access to this resource."}`,
			src: "Notion status codes https://developers.notion.com/reference/status-codes"},
		{st: 404, b: `{"object":"error","status":404,"code":"object_not_found"}`}},
	"postmark-api-token": {
		{st: 401, h: "Content-Type: application/json; charset=utf-8", b: "{\n  \"ErrorCode\": 10,\n  \"Message\": \"No valid Server API token was found in the X-Postmark-Server-Token header.\"\n}",
			src: "Postmark API error codes (10: bad or missing API token) https://postmarkapp.com/developer/api/overview#error-codes"},
		{st: 422, h: "Content-Type: application/json; charset=utf-8", b: `{"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive."}`}},
	"sendgrid-auth": {
		{st: 401, b: `{"errors":[{"field":null,"message":"The provided authorization grant is invalid, expired, or revoked"}]}`,
			src: "SendGrid v3 authentication https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication"},
		{st: 400, b: `{"errors":[{"field":"from","message":"does not contain a valid address"}]}`}},
	"sharepoint-access-denied": {
		{st: 403, h: "Content-Type: application/json;odata=verbose", b: `{"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied. You do not have permission to perform this action or access this resource."}}}`,
			src: "SharePoint REST service errors https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service (odata.error with System.UnauthorizedAccessException)"},
		{st: 404, b: `{"odata.error":{"code":"-2130575338, Microsoft.SharePoint.SPException","message":{"value":"The file does not exist."}}}`}},
	"atlassian-cloud-unauthenticated": {
		{st: 401, b: `{"errorMessages":["Client must be authenticated to access this resource."],"errors":{}}`,
			src: "Atlassian basic auth for REST APIs https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/"},
		{st: 400, b: `{"errorMessages":["Field 'summary' cannot be set."],"errors":{}}`}},
	"bitbucket-server-auth": {
		{st: 401, b: `{"errors":[{"context":null,"message":"Authentication failed. Please check your credentials and try again.","exceptionName":"com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException"}]}`,
			src: "Bitbucket Data Center HTTP access tokens https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html"},
		{st: 404, b: `{"errors":[{"exceptionName":"com.atlassian.bitbucket.repository.NoSuchRepositoryException"}]}`}},
	"aws-sdk-access-denied": {
		{b: "$ aws s3 ls --no-sign-request s3://open-archive-example/\n\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied",
			src: "awslabs/open-data-registry#1913 https://github.com/awslabs/open-data-registry/issues/1913, aws/aws-cli#8506 https://github.com/aws/aws-cli/issues/8506"},
		{b: "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist"}},
	"k8s-apiserver-authn-log": {
		{b: "E1201 08:14:02.331907       1 authentication.go:75] \"Unable to authenticate the request\" err=\"[invalid bearer token, service account token has expired]\"",
			src: "kubernetes/kubernetes#135450 https://github.com/kubernetes/kubernetes/issues/135450, kubernetes/minikube#5551 https://github.com/kubernetes/minikube/issues/5551"},
		{b: "E1201 08:14:02.331907       1 reflector.go:138] failed to list *v1.Pod: the server could not find the requested resource"}},
	"spring-security-entry-point-log": {
		{b: "2026-11-30T09:51:15.218-05:00 DEBUG 4764 --- [nio-8080-exec-1] o.s.s.w.a.AnonymousAuthenticationFilter  : Set SecurityContextHolder to anonymous SecurityContext\n2026-11-30T09:51:15.231-05:00 DEBUG 4764 --- [nio-8080-exec-1] o.s.s.w.a.Http403ForbiddenEntryPoint     : Pre-authenticated entry point called. Rejecting access",
			src: "spring-projects/spring-security#14410 https://github.com/spring-projects/spring-security/issues/14410, Netflix/zuul#709 https://github.com/Netflix/zuul/issues/709"},
		{b: "2026-11-30T09:51:15.212-05:00 DEBUG 4764 --- [nio-8080-exec-1] o.s.security.web.FilterChainProxy        : Securing POST /api/public/register"}},
	"spring-security-access-denied-log": {
		{b: "2026-11-30T10:02:11.004Z DEBUG 1 --- [nio-8080-exec-4] o.s.s.w.a.ExceptionTranslationFilter     : Sending UsernamePasswordAuthenticationToken [Principal=dana, Credentials=[PROTECTED], Authenticated=true, Granted Authorities=[ROLE_USER]] to access denied handler since access is denied",
			src: "Spring Security ExceptionTranslationFilter log https://docs.spring.io/spring-security/reference/servlet/architecture.html#servlet-exceptiontranslationfilter"},
		{b: "2026-11-30T10:02:11.004Z DEBUG 1 --- [nio-8080-exec-4] o.s.s.w.a.ExceptionTranslationFilter     : Sending AnonymousAuthenticationToken [Principal=anonymousUser] to access denied handler since access is denied"}},
	"keycloak-login-error-event": {
		{b: "2026-11-30 10:43:38,199 WARN  [org.keycloak.events] (executor-thread-26) type=\"LOGIN_ERROR\", realmId=\"6a1f0c2e-0000-4d2b-9c1a-1f2e3d4c5b6a\", realmName=\"staff\", clientId=\"portal\", userId=\"null\", ipAddress=\"203.0.113.50\", error=\"user_not_found\", auth_method=\"openid-connect\", auth_type=\"code\", username=\"jlee\"",
			src: "keycloak/keycloak#17720 https://github.com/keycloak/keycloak/issues/17720, keycloakify/keycloakify#935 https://github.com/keycloakify/keycloakify/issues/935"},
		{b: "2026-11-30 10:43:38,199 INFO  [org.keycloak.events] (executor-thread-26) type=\"LOGIN\", realmId=\"6a1f0c2e\", clientId=\"portal\", userId=\"4e2f\", ipAddress=\"203.0.113.50\""}},
	"github-graphql-insufficient-scopes": {
		{st: 200, h: "Content-Type: application/json; charset=utf-8\nX-OAuth-Scopes: repo, read:org", b: `{"errors":[{"type":"INSUFFICIENT_SCOPES","locations":[{"line":4,"column":7}],"message":"Your token has not been granted the required scopes to execute this query. The 'projectsV2' field requires one of the following scopes: ['read:project'], but your token has only been granted the: ['read:org', 'repo'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens."}]}`,
			src: "github/docs#19712 https://github.com/github/docs/issues/19712 and mntnr/name-your-contributors#67 https://github.com/mntnr/name-your-contributors/issues/67"},
		{st: 200, b: `{"errors":[{"type":"NOT_FOUND","path":["repository"],"message":"Could not resolve to a Repository with the name 'octo/missing'."}]}`}},
	"github-oauth-token-error": {
		{st: 200, h: "Content-Type: application/x-www-form-urlencoded; charset=utf-8", b: "error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired.&error_uri=https%3A%2F%2Fdocs.github.com%2Fapps%2Fmanaging-oauth-apps%2Ftroubleshooting-oauth-app-access-token-request-errors%2F%23bad-verification-code",
			src: "GitHub docs, troubleshooting OAuth app access token request errors https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors"},
		{st: 200, h: "Content-Type: application/x-www-form-urlencoded; charset=utf-8", b: "access_token=gho_EXAMPLE&scope=read%3Auser&token_type=bearer"}},
	"azure-apim-quota": {
		{st: 403, h: "Content-Type: application/json\nRetry-After: 196330", b: `{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 2.06:32:10." }`,
			src: "Azure API Management quota policy https://learn.microsoft.com/en-us/azure/api-management/quota-policy"},
		{st: 403, b: `{ "statusCode": 403, "message": "Forbidden" }`}},
	"azure-apim-rate-limit": {
		{st: 429, h: "Content-Type: application/json\nRetry-After: 60", b: "{\n  \"statusCode\": 429,\n  \"message\": \"Rate limit is exceeded. Try again in 60 seconds.\"\n}",
			src: "Azure API Management rate limiting with Dev Proxy https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/implement-rate-limiting-azure-api-management"},
		{st: 429, b: `{"message":"Too many requests"}`}},
	"nginx-directory-index": {
		{st: 0, b: `2025/02/02 14:07:51 [error] 41#41: *3318 directory index of "/usr/share/nginx/html/static/" is forbidden, client: 172.18.0.1, server: localhost, request: "GET /static/ HTTP/1.1", host: "localhost:8080"`,
			src: "BookStackApp/BookStack#393 https://github.com/BookStackApp/BookStack/issues/393; bitnami/bitnami-docker-nginx#95 https://github.com/bitnami/bitnami-docker-nginx/issues/95"},
		{st: 0, b: `2025/02/02 14:07:51 [error] 41#41: *3318 access forbidden by rule, client: 172.18.0.1, server: localhost, request: "GET /static/ HTTP/1.1"`}},
	"apache-no-directory-index": {
		{st: 403, b: "[Sun Feb 02 14:07:51.201934 2025] [autoindex:error] [pid 88] [client 172.18.0.1:51022] AH01276: Cannot serve directory /var/www/html/: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive",
			src: "Symbiota/Symbiota#3414 https://github.com/Symbiota/Symbiota/issues/3414; fhir-crucible/crucible#280 https://github.com/fhir-crucible/crucible/issues/280"},
		{st: 403, b: "[authz_core:error] [client 172.18.0.1:51022] AH01630: client denied by server configuration: /var/www/html/private"}},
	"spring-cors-rejected": {
		{st: 403, h: "Vary: Origin\nVary: Access-Control-Request-Method\nVary: Access-Control-Request-Headers\nContent-Length: 20", b: "Invalid CORS request",
			src: "spring-projects/spring-boot#10965 https://github.com/spring-projects/spring-boot/issues/10965; microcks/microcks#172 https://github.com/microcks/microcks/issues/172"},
		{st: 403, b: `{"timestamp":"2025-01-05T10:00:00.000+00:00","status":403,"error":"Forbidden","path":"/api/orders"}`}},
	"aspnetcore-forbidden-log": {
		{b: "info: Microsoft.AspNetCore.Authorization.DefaultAuthorizationService[2]\n      Authorization failed. These requirements were not met:\n      RolesAuthorizationRequirement:User.IsInRole must be true for one of the following roles: (Auditor)\ninfo: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13]\n      AuthenticationScheme: Bearer was forbidden.",
			src: "dotnet/aspnetcore#6553 https://github.com/dotnet/aspnetcore/issues/6553; openiddict/openiddict-core#508 https://github.com/openiddict/openiddict-core/issues/508"},
		{b: "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[12]\n      AuthenticationScheme: Bearer was challenged."}},
	"aspnetcore-challenged-log": {
		{b: "info: Microsoft.AspNetCore.Authorization.DefaultAuthorizationService[2]\n      Authorization failed. These requirements were not met:\n      DenyAnonymousAuthorizationRequirement: Requires an authenticated user.\ninfo: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[12]\n      AuthenticationScheme: Bearer was challenged.",
			src: "aspnet/Security#769 https://github.com/aspnet/Security/issues/769"},
		{b: "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13]\n      AuthenticationScheme: Bearer was forbidden."}},
	"haproxy-deny": {
		{st: 403, h: "Cache-Control: no-cache\nConnection: close\nContent-Type: text/html", b: "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n",
			src: "haproxy/haproxy src/http.c http_err_msgs[HTTP_ERR_403] https://github.com/haproxy/haproxy/blob/master/src/http.c"},
		{st: 403, b: "<html><body><h1>403 Forbidden</h1>\nYou don't have permission to access this resource.\n</body></html>"}},
	"haproxy-401-page": {
		{st: 401, h: "Cache-Control: no-cache\nContent-Type: text/html\nWWW-Authenticate: Basic realm=\"stats\"", b: "<html><body><h1>401 Unauthorized</h1>\nYou need a valid user and password to access this content.\n</body></html>\n",
			src: "haproxy/haproxy src/http.c HTTP_401_fmt https://github.com/haproxy/haproxy/blob/master/src/http.c; voyager ingress basic-auth docs"},
		{st: 401, b: "<html><body><h1>401 Unauthorized</h1>\nInvalid session.\n</body></html>"}},
	"haproxy-429-page": {
		{st: 429, h: "Content-Type: text/html\nCache-Control: no-cache", b: "<html><body><h1>429 Too Many Requests</h1>\nYou have sent too many requests in a given amount of time.\n</body></html>\n",
			src: "haproxy/haproxy src/http.c http_err_msgs[HTTP_ERR_429] https://github.com/haproxy/haproxy/blob/master/src/http.c"},
		{st: 429, b: `{"message":"Too Many Requests"}`}},
	"haproxy-deny-log": {
		{st: 403, b: "Mar 14 09:26:53 edge-lb2 haproxy[4410]: 198.51.100.77:60112 [14/Mar/2026:09:26:53.871] www_in~ www_in/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR-- 3/3/0/0/0 0/0 \"POST /internal/reindex HTTP/1.1\"\n",
			src: "HAProxy configuration manual, 8.5 Session state at disconnection (PR: the proxy blocked the request) https://docs.haproxy.org/2.8/configuration.html#8.5"},
		{st: 401, b: "Mar 14 09:27:02 edge-lb2 haproxy[4410]: 198.51.100.77:60118 [14/Mar/2026:09:27:02.004] www_in~ www_in/<NOSRV> 0/-1/-1/-1/0 401 248 - - LR-- 3/3/0/0/0 0/0 \"GET /stats HTTP/1.1\"\n"}},
	"github-user-agent-required": {
		{st: 403, b: "Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.",
			src: "GitHub REST API User-Agent requirement https://docs.github.com/en/rest/using-the-rest-api/getting-started-with-the-rest-api#user-agent"},
		{st: 403, b: "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n"}},
	"npm-publish-forbidden": {
		{st: 403, b: `{"error":"You do not have permission to publish \"left-pad-x\". Are you logged in as the correct user?"}`,
			src: "npm/npm#15974 https://github.com/npm/npm/issues/15974"},
		{st: 403, b: `{"error":"Forbidden"}`}},
	"npm-login-refused": {
		{st: 403, target: "https://npm.pkg.github.com/-/user/org.couchdb.user:lindqvist", b: "npm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://npm.pkg.github.com/-/user/org.couchdb.user:lindqvist - Permission denied",
			src: "capawesome-team/capacitor-nfc#2 https://github.com/capawesome-team/capacitor-nfc/issues/2 (an account password given where GitHub Packages wants a personal access token)"},
		{st: 403, target: "https://npm.pkg.github.com/@lindqvist%2fwidgets", b: "npm ERR! 403 403 Forbidden - GET https://npm.pkg.github.com/@lindqvist%2fwidgets - Permission denied"}},
	"npm-e403-public-registry-fetch": {
		{st: 403, target: "https://registry.npmjs.org/picomatch/-/picomatch-2.3.1.tgz", b: "npm ERR! 403 403 Forbidden - GET https://registry.npmjs.org/picomatch/-/picomatch-2.3.1.tgz\nnpm ERR! 403 In most cases, you or one of your dependencies are requesting\nnpm ERR! 403 a package version that is forbidden by your security policy.",
			src: "remy/nodemon#1859 https://github.com/remy/nodemon/issues/1859, nodejs/help#3586 https://github.com/nodejs/help/issues/3586, npm/cli#622 https://github.com/npm/cli/issues/622"},
		{st: 403, target: "https://registry.npmjs.org/@acme%2fwidgets", b: "npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fwidgets - You do not have permission to publish \"widgets\". Are you logged in as the correct user?\nnpm ERR! 403 In most cases, you or one of your dependencies are requesting\nnpm ERR! 403 a package version that is forbidden by your security policy."}},
	"nexus-realm": {
		{st: 401, h: "WWW-Authenticate: BASIC realm=\"Sonatype Nexus Repository Manager\"\nServer: Nexus/3.61.0-02 (OSS)",
			src: "npm 'Unable to authenticate, need: BASIC realm=\"Sonatype Nexus Repository Manager\"', Nexus user tokens https://help.sonatype.com/en/user-tokens.html"},
		{st: 401, h: "WWW-Authenticate: Basic realm=\"Artifactory Realm\""}},
	"pypi-invalid-auth": {
		{st: 403, h: "Content-Type: text/html", b: "<html>\n <head>\n  <title>403 Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.</title>\n </head>\n</html>",
			src: "pypa/twine#221 https://github.com/pypa/twine/issues/221"},
		{st: 403, b: "<title>403 Forbidden</title>"}},
	"pypi-project-forbidden": {
		{st: 403, b: "<title>403 The user 'jdoe' isn't allowed to upload to project 'requests'. See https://pypi.org/help/#project-name for more information.</title>",
			src: "PyPI project-name help https://pypi.org/help/#project-name"},
		{st: 403, b: "<title>403 Forbidden</title>"}},
	"artifactory-bad-credentials": {
		{st: 401, b: "{\n  \"errors\" : [ {\n    \"status\" : 401,\n    \"message\" : \"Bad credentials\"\n  } ]\n}",
			src: "jfrog/jfrog-cli#947 https://github.com/jfrog/jfrog-cli/issues/947"},
		{st: 401, b: `{"timestamp":"2024-01-01T00:00:00.000+00:00","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/login"}`}},
	"dockerhub-pull-rate-limit": {
		{st: 429, b: `{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}]}`,
			src: "docker/hub-feedback#2429 https://github.com/docker/hub-feedback/issues/2429"},
		{st: 429, b: `{"errors":[{"code":"TOOMANYREQUESTS","message":"Too Many Requests"}]}`}},
	"ecr-token-expired": {
		{st: 403, b: "denied: Your authorization token has expired. Reauthenticate and try again.",
			src: "aws/aws-cli#6580 https://github.com/aws/aws-cli/issues/6580"},
		{st: 403, b: "denied: User is not authorized"}},
	"harbor-unauthorized-repo": {
		{st: 401, b: `{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: library/maven, action: push: unauthorized to access repository: library/maven, action: push"}]}`,
			src: "goharbor/harbor#13115 https://github.com/goharbor/harbor/issues/13115"},
		{st: 401, b: `{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}`}},
	"ghcr-scopes": {
		{st: 403, b: `{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}`,
			src: "GitHub Container registry authentication https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry#authenticating-to-the-container-registry"},
		{st: 403, b: `{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}`}},
	"nuget-api-key": {
		{st: 403, reason: "The specified API key is invalid, has expired, or does not have permission to access the specified package.", b: "The specified API key is invalid, has expired, or does not have permission to access the specified package.",
			src: "NuGet scoped API keys https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys"},
		{st: 409, b: "A package with that version already exists."}},
	"nacos-auth-failed": {
		{st: 403, h: "Content-Type: application/json", b: `{"code":403,"message":"unknown user!","header":{"header":{"Content-Type":"application/json"}}}`,
			src: "alibaba/nacos#10017 https://github.com/alibaba/nacos/issues/10017; alibaba/nacos#3428 https://github.com/alibaba/nacos/issues/3428"},
		{st: 403, b: `{"code":403,"message":"authorization failed!"}`}},
	"hawtio-no-credentials-403": {
		{st: 403, h: "Content-Length: 0", target: "/hawtio/jolokia/read/java.lang:type=Memory",
			src: "hawtio security configuration, hawtio.noCredentials401 https://hawt.io/docs/security.html"},
		// Jolokia's origin check, answered by the same endpoint in JSON
		{st: 403, h: "Content-Type: application/json", target: "/actuator/hawtio/jolokia",
			b: `{"error_type":"java.lang.Exception","error":"java.lang.Exception : Origin https://console.example.org is not allowed to call this agent","status":403}`}},
	"jolokia-origin-refused": {
		{st: 403, h: "Content-Type: application/json", b: `{"error_type":"java.lang.Exception","error":"java.lang.Exception : Origin https://console.example.org is not allowed to call this agent","status":403}`,
			src: "Jolokia security, CORS and origin checks https://jolokia.org/reference/html/manual/security.html"},
		{st: 403, h: "Content-Type: application/json", b: `{"error_type":"java.lang.SecurityException","error":"java.lang.SecurityException : Not allowed to access java.lang:type=Memory","status":403}`}},
	"wechat-access-token": {
		{st: 200, h: "Content-Type: application/json; encoding=utf-8", b: `{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest rid: 6a1b2c3d-4e5f6a7b-0c1d2e3f"}`,
			src: "Eric-Guo/wechat#57 https://github.com/Eric-Guo/wechat/issues/57; binarywang/WxJava#197 https://github.com/binarywang/WxJava/issues/197"},
		// a success of the same API names no failure
		{st: 200, b: `{"errcode":0,"errmsg":"ok","access_token":"82_Xy…","expires_in":7200}`}},
	"wechat-api-unauthorized": {
		{st: 200, b: `{"errcode":48001,"errmsg":"api unauthorized rid: 5f2e1d0c-3b4a5968-7a6b5c4d"}`,
			src: "WeChat global return codes https://developers.weixin.qq.com/doc/offiaccount/en/Getting_Started/Global_Return_Code.html"},
		{st: 200, b: `{"errcode":40014,"errmsg":"invalid access_token"}`}},
	"wechat-ip-allowlist": {
		{st: 200, b: `{"errcode":60020,"errmsg":"not allow to access from your ip, hint: [1714551234043451238543], from ip: 203.0.113.9, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}`,
			src: "WeCom API error codes https://developer.work.weixin.qq.com/document/path/90313"},
		{st: 200, b: `{"errcode":0,"errmsg":"ok","ip_list":["203.0.113.9"]}`}},
	"tencent-cloud-api-auth-failure": {
		{st: 200, h: "Content-Type: application/json", b: `{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"The SecretId is not found, please ensure that your SecretId is correct."},"RequestId":"2e7c91b4-58d0-4a3f-9b16-0c4d7e8f1a25"}}`,
			src: "Tencent Cloud API common error codes https://www.tencentcloud.com/document/api/213/33281; TencentCloud/tencentcloud-sdk-ruby#9 https://github.com/TencentCloud/tencentcloud-sdk-ruby/issues/9"},
		{st: 200, h: "Content-Type: application/json", b: `{"Response":{"Error":{"Code":"InvalidParameterValue","Message":"The value of Region is invalid."},"RequestId":"7b1f0d3e-2c4a-4e95-8a67-d9c0b1e2f3a4"}}`}},
	"tencent-cloud-api-unauthorized-operation": {
		{st: 200, b: `[TencentCloudSDKException] code:AuthFailure.UnauthorizedOperation message:you are not authorized to perform operation (cvm:DescribeInstances) requestId:5d8e2a1c-7f3b-4c60-9e14-a2b3c4d5e6f7`,
			src: "Tencent Cloud CAM authorization errors https://www.tencentcloud.com/document/product/598/10600"},
		{st: 200, b: `[TencentCloudSDKException] code:ResourceNotFound.InstanceNotExist message:the instance does not exist requestId:9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d`}},
	"feishu-lark-access-token": {
		{st: 400, h: "Content-Type: application/json; charset=utf-8", b: `{"code":99991663,"msg":"Invalid access token for authorization. Please make a request with token attached.","error":{"log_id":"20250611093015A7C2E4F81B6D3A90C5E1"}}`,
			src: "satorijs/satori#310 https://github.com/satorijs/satori/issues/310; Feishu server error codes https://open.larkoffice.com/document/server-docs/api-call-guide/generic-error-code"},
		{st: 400, h: "Content-Type: application/json; charset=utf-8", b: `{"code":230002,"msg":"The bot can not be outside the group.","error":{"log_id":"20250611093015B81D0C2E6F4A7B3D9E52"}}`}},
	"feishu-lark-scope-missing": {
		{st: 400, b: "Error: Bad Request (Lark error code 99991672: Access denied. One of the following scopes is required: [drive:drive:readonly])",
			src: "satorijs/satori#370 https://github.com/satorijs/satori/issues/370"},
		{st: 400, b: "Error: Bad Request (Lark error code 99992402: field validation failed)"}},
	"azure-front-door-unavailable": {
		{st: 503, h: "x-azure-ref: 20240601T101112Z-17c5d8f6b4a9x2m8hC1LONbgx00000000kg0000000001a3", b: "<h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>",
			src: "Azure Front Door troubleshooting (503 from Front Door) https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues"},
		{st: 503, b: "<h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p>"}},
	"grafana-api-key": {
		{st: 401, h: "content-type: application/json", b: `{"message":"Expired API key"}`,
			src: "hastic-zzz/hastic-grafana-app#422 https://github.com/hastic-zzz/hastic-grafana-app/issues/422"},
		{st: 401, b: `{"message":"Unauthorized"}`}},
	"sonarqube-insufficient-privileges": {
		{st: 403, b: `{"errors":[{"msg":"Insufficient privileges"}]}`,
			src: "pinchbv/android-analyzer#28 https://github.com/pinchbv/android-analyzer/issues/28"},
		{st: 404, b: `{"errors":[{"msg":"Component key 'sts' not found"}]}`}},
	"argocd-invalid-session": {
		{st: 401, b: `{"error":"invalid session: token has invalid claims: token is expired","code":16,"message":"invalid session: token has invalid claims: token is expired"}`,
			src: "argoproj-labs/argocd-image-updater#630 https://github.com/argoproj-labs/argocd-image-updater/issues/630"},
		{st: 404, b: `{"error":"application not found","code":5}`}},
	"argocd-permission-denied": {
		{st: 403, b: `{"error":"permission denied: applications, sync, default/guestbook, sub: ci-bot, iat: 2024-05-01T10:00:00Z","code":7,"message":"permission denied: applications, sync, default/guestbook"}`,
			src: "Argo CD RBAC https://argo-cd.readthedocs.io/en/stable/operator-manual/rbac/"},
		{st: 401, b: `{"error":"invalid session","code":16}`}},
	"openshift-route-unavailable": {
		{st: 503, h: "content-type: text/html", b: "<h1>Application is not available</h1>\n<p>The application is currently not serving requests at this endpoint. It may not have been started or is still starting.</p>",
			src: "OpenShift router default 503 page, https://docs.openshift.com/container-platform/latest/networking/routes/route-configuration.html"},
		{st: 503, b: "<h1>Service Unavailable</h1>"}},
	"consul-acl": {
		{st: 403, h: "Content-Type: text/plain; charset=utf-8", b: "Permission denied: token with AccessorID '5c3d7e1a-0000-4f1b-9c1d-000000000000' lacks permission 'key:write' on \"app/config\"",
			src: "Consul ACL troubleshooting https://developer.hashicorp.com/consul/docs/security/acl/troubleshoot"},
		{st: 403, b: "Permission denied"}},
	"consul-anonymous-token": {
		{st: 403, h: "Content-Type: text/plain; charset=utf-8", b: "Permission denied: anonymous token lacks permission 'agent:read' on \"node-7.internal\". The anonymous token is used implicitly when a request does not specify a token.",
			src: "hashicorp/consul#20807 https://github.com/hashicorp/consul/issues/20807; hashicorp/consul#16105 https://github.com/hashicorp/consul/pull/16105"},
		{st: 403, b: "Permission denied: token with AccessorID '5c3d7e1a-0000-4f1b-9c1d-000000000000' lacks permission 'agent:read' on \"node-7.internal\""}},
	"auth0-token-access-denied": {
		{st: 401, h: "Content-Type: application/json", b: `{"error":"access_denied","error_description":"Unauthorized"}`,
			src: "auth0-samples/auth0-golang-web-app#2 https://github.com/auth0-samples/auth0-golang-web-app/issues/2; Auth0 Authentication API https://auth0.com/docs/api/authentication#authorization-code-flow"},
		{st: 403, b: `{"error":"access_denied","error_description":"Access is denied"}`}},
	"couchdb-not-server-admin": {
		{st: 401, h: "Server: CouchDB/3.3.3 (Erlang OTP/25)\nContent-Type: application/json", b: `{"error":"unauthorized","reason":"You are not a server admin."}`, target: "http://127.0.0.1:5984/_all_dbs",
			src: "apache/couchdb#3050 (CouchDB 3 without the admin party); CouchDB security docs https://docs.couchdb.org/en/stable/intro/security.html"},
		{st: 401, h: "Server: CouchDB/3.3.3 (Erlang OTP/25)", b: `{"error":"unauthorized","reason":"Name or password is incorrect."}`}},
	"couchdb-unauthorized": {
		{st: 401, b: `{"error":"unauthorized","reason":"Name or password is incorrect."}`,
			src: "CouchDB authentication https://docs.couchdb.org/en/stable/api/server/authn.html"},
		{st: 404, b: `{"error":"not_found","reason":"Database does not exist."}`}},
	"rabbitmq-not-authorised": {
		{st: 401, b: `{"error":"not_authorised","reason":"Login failed"}`,
			src: "RabbitMQ management permissions https://www.rabbitmq.com/docs/management#permissions"},
		{st: 404, b: `{"error":"Object Not Found","reason":"Not Found"}`}},
	"apache-authz-denied": {
		{st: 403, b: "[Tue Mar 05 10:21:44.118200 2024] [authz_core:error] [pid 3112] [client 203.0.113.9:50511] AH01630: client denied by server configuration: /srv/app/app.wsgi",
			src: "Apache 2.4 upgrade notes on access control https://httpd.apache.org/docs/2.4/upgrading.html#access (AH01630 log line)"},
		{st: 403, b: "[autoindex:error] AH01276: Cannot serve directory /srv/app/: No matching DirectoryIndex"}},
	"slack-auth-error-repr": {
		{b: "slack.errors.SlackApiError: The request to the Slack API failed.\nThe server responded with: {'ok': False, 'error': 'not_authed'}",
			src: "Slack token types https://api.slack.com/authentication/token-types (python-slackclient SlackApiError text)"},
		{b: "The server responded with: {'ok': False, 'error': 'channel_not_found'}"}},
	"rabbitmq-not-management-user": {
		{st: 401, b: `{"error":"not_authorised","reason":"Not management user"}`,
			src: "RabbitMQ management permissions https://www.rabbitmq.com/docs/management#permissions"},
		{st: 401, b: `{"error":"not_authorised","reason":"Login failed"}`}},
	"express-csurf": {
		{st: 403, h: "X-Powered-By: Express\nContent-Type: text/html; charset=utf-8", b: "<pre>ForbiddenError: invalid csrf token<br> &nbsp; &nbsp;at csrf (/srv/app/node_modules/csurf/index.js:112:19)<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)</pre>",
			src: "orcfoss/Rboxlo#80 https://github.com/orcfoss/Rboxlo/issues/80"},
		{st: 403, b: "Invalid CSRF token"}},
	"express-csrf-token": {
		{st: 403, h: "X-Powered-By: Express\nContent-Type: application/json", b: `{"code":"403","name":"Bad Request","message":"Invalid csrf token"}`,
			src: "expressjs/csurf#105 https://github.com/expressjs/csurf/issues/105"},
		{st: 403, h: "X-Powered-By: Express", b: "Forbidden"}},
	"express-no-route": {
		{st: 404, h: "X-Powered-By: Express\nContent-Type: text/html; charset=utf-8", b: "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot POST /api/v1/login</pre>\n</body>\n</html>",
			src: "Express 404 handling FAQ https://expressjs.com/en/starter/faq.html#how-do-i-handle-404-responses"},
		{st: 404, h: "X-Powered-By: Express", b: `{"error":"not found"}`}},
	"express-no-route-text": {
		{st: 0, b: "Cannot GET /api/v2/invoices/export",
			src: "Express 404 handling FAQ https://expressjs.com/en/starter/faq.html#how-do-i-handle-404-responses"},
		{st: 0, b: "Cannot read properties of undefined (reading 'token')"}},
	"spring-boot-error-401": {
		{st: 401, b: `{"timestamp":"2024-02-20T09:12:44.101+00:00","status":401,"error":"Unauthorized","path":"/api/orders"}`,
			src: "Spring Boot error handling (DefaultErrorAttributes) https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling"},
		{st: 401, b: `{"status":401,"error":"Unauthorized"}`}},
	"spring-boot-error-403": {
		{st: 403, b: "Whitelabel Error Page\nThis application has no explicit mapping for /error, so you are seeing this as a fallback.\n\nSun Dec 20 21:51:43 EET 2015\nThere was an unexpected error (type=Forbidden, status=403).\nAccess is denied",
			src: "HIIT/dime-server#33 https://github.com/HIIT/dime-server/issues/33"},
		{st: 403, b: "There was an unexpected error (type=Forbidden, status=403).\nInvalid CSRF Token 'abc' was found on the request parameter '_csrf'"}},
	"aspnet-problem-401": {
		{st: 401, h: "Content-Type: application/problem+json; charset=utf-8", b: `{"type":"https://tools.ietf.org/html/rfc7235#section-3.1","title":"Unauthorized","status":401,"traceId":"00-7b5d3c2e1f0a9b8c-4d3e2f1a0b9c8d7e-00"}`,
			src: "ASP.NET Core ProblemDetails defaults (ClientErrorMapping), https://learn.microsoft.com/en-us/aspnet/core/fundamentals/error-handling-api"},
		{st: 401, b: `{"type":"https://httpstatuses.com/401","title":"Unauthorized","status":401}`}},
	"aspnet-problem-403": {
		{st: 403, h: "Content-Type: application/problem+json; charset=utf-8", b: `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.4","title":"Forbidden","status":403,"traceId":"00-1a2b3c4d5e6f7a8b-9c0d1e2f3a4b5c6d-00"}`,
			src: "ASP.NET Core ProblemDetails defaults (.NET 8 RFC 9110 links), https://learn.microsoft.com/en-us/aspnet/core/fundamentals/error-handling-api"},
		{st: 403, b: `{"title":"Forbidden","status":403}`}},
	"aspnet-antiforgery": {
		{st: 400, b: "System.InvalidOperationException: The required antiforgery cookie \".AspNetCore.Antiforgery.kpJr\" is not present.\n   at Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery.ValidateRequestAsync(HttpContext httpContext)",
			src: "dotnet/aspnetcore#1146 https://github.com/dotnet/aspnetcore/issues/1146"},
		{st: 400, b: "System.InvalidOperationException: Sequence contains no elements"}},
	"werkzeug-401": {
		{st: 401, h: "Content-Type: text/html; charset=utf-8", b: "<!doctype html>\n<html lang=en>\n<title>401 Unauthorized</title>\n<h1>Unauthorized</h1>\n<p>The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#39;t understand how to supply the credentials required.</p>",
			src: "infiniflow/ragflow#4890 https://github.com/infiniflow/ragflow/issues/4890"},
		{st: 401, b: "<title>401 Unauthorized</title>"}},
	"werkzeug-403": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>",
			src: "Werkzeug Forbidden exception text https://werkzeug.palletsprojects.com/en/stable/exceptions/#werkzeug.exceptions.Forbidden"},
		{st: 403, b: "<title>403 Forbidden</title>"}},
	"flask-wtf-csrf": {
		{st: 400, b: "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>The CSRF session token is missing.</p>",
			src: "Flask-WTF CSRF errors https://flask-wtf.readthedocs.io/en/stable/csrf/"},
		{st: 400, b: "<p>The browser (or proxy) sent a request that this server could not understand.</p>"}},
	"wordpress-rest-401": {
		{st: 401, b: `{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}}`,
			src: "johngodley/redirection#2202 https://github.com/johngodley/redirection/issues/2202"},
		{st: 401, b: `{"code":"invalid_username","message":"Unknown username."}`}},
	"wordpress-rest-403": {
		{st: 403, b: "{\n\t\"code\": \"rest_forbidden\",\n\t\"message\": \"Sorry, you are not allowed to do that.\",\n\t\"data\": {\n\t\t\"status\": 403\n\t}\n}",
			src: "WP-API/Basic-Auth#37 https://github.com/WP-API/Basic-Auth/issues/37"},
		{st: 401, b: `{"code":"rest_forbidden","data":{"status":401}}`}},
	"wordpress-rest-nonce": {
		{st: 403, b: `{"code":"rest_cookie_invalid_nonce","message":"Cookie check failed","data":{"status":403}}`,
			src: "WordPress REST cookie authentication https://developer.wordpress.org/rest-api/using-the-rest-api/authentication/#cookie-authentication"},
		{st: 403, b: `{"code":"rest_no_route","message":"No route was found"}`}},
	"drupal-access-denied": {
		{st: 403, b: `{"message":"The 'access content' permission is required."}`,
			src: "Drupal user permissions https://www.drupal.org/docs/user_guide/en/user-permissions.html"},
		{st: 404, b: `{"message":"No route found for \"GET /node/99\""}`}},
	"app-not-authorized-page": {
		{st: 403, h: "Content-Type: text/html; charset=utf-8", b: "<div id=\"content\">\n<h2>403</h2>\n<p id=\"errorExplanation\">You are not authorized to access this page.</p>\n<p><a href=\"javascript:history.back()\">Back</a></p>\n</div>",
			src: "backlogs/redmine_backlogs#1077 https://github.com/backlogs/redmine_backlogs/issues/1077 (Redmine's notice_not_authorized page); apinf/platform#793 https://github.com/apinf/platform/issues/793"},
		{st: 403, b: "<p>You are not authorized to view this item.</p>"}},
	"drupal-access-denied-page": {
		{st: 403, h: "X-Generator: Drupal 10 (https://www.drupal.org)\nX-Drupal-Dynamic-Cache: UNCACHEABLE", b: "<h1 class=\"page-title\">Access denied</h1>\n<div>You are not authorized to access this page.</div>",
			src: "Drupal user permissions https://www.drupal.org/docs/user_guide/en/user-permissions.html"},
		// the same sentence from another application (Redmine, SonarQube) names no Drupal
		{st: 403, h: "Server: nginx", b: "<h2>403</h2>\n<p id=\"errorExplanation\">You are not authorized to access this page.</p>"}},
	"lexik-jwt": {
		{st: 401, b: `{"code":401,"message":"JWT Token not found"}`,
			src: "lexik/LexikJWTAuthenticationBundle#520 https://github.com/lexik/LexikJWTAuthenticationBundle/issues/520"},
		{st: 401, b: `{"code":401,"message":"Unauthorized"}`}},
	"rails-http-auth-denied": {
		{st: 401, h: "WWW-Authenticate: Token realm=\"Application\"\nContent-Type: text/html; charset=utf-8", b: "HTTP Token: Access denied.\n",
			src: "rails/rails ActionController::HttpAuthentication::Token (request_http_token_authentication body) https://api.rubyonrails.org/classes/ActionController/HttpAuthentication/Token.html"},
		{st: 401, b: "Access denied."}},
	"roblox-csrf-token-reissued": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8\nServer: Kestrel\nAccess-Control-Expose-Headers: X-CSRF-TOKEN\nX-CSRF-Token: Hk3vQ0pLm2Zr", b: `{"code":0,"message":"Token Validation Failed"}`,
			src: "efenatuyo/roblox-ip-lock-bypass#2 https://github.com/efenatuyo/roblox-ip-lock-bypass/issues/2; noblox/noblox.js#856 https://github.com/noblox/noblox.js/pull/856"},
		{st: 403, h: "Content-Type: application/json; charset=utf-8\nServer: Kestrel", b: `{"errors":[{"code":0,"message":"Token Validation Failed"}]}`}},
	"phoenix-csrf": {
		{st: 403, b: "** (Plug.CSRFProtection.InvalidCSRFTokenError) invalid CSRF (Cross Site Request Forgery) token, please make sure that:\n\n  * The session cookie is being sent and session is loaded",
			src: "Plug.CSRFProtection docs https://hexdocs.pm/plug/Plug.CSRFProtection.html"},
		{st: 403, b: "** (Phoenix.Router.NoRouteError) no route found for POST /api"}},
	"roundcube-request-check": {
		{st: 401, h: "Content-Type: text/html; charset=UTF-8", b: "<div id=\"messagestack\"><div class=\"warning\">Invalid request! No data was saved.</div></div>\n<form name=\"login-form\" method=\"post\" action=\"./?_task=login\">",
			src: "Roundcube's messages.inc ('invalidrequest') https://github.com/roundcube/roundcubemail/blob/master/program/localization/en_US/messages.inc"},
		{st: 401, h: "Content-Type: text/html; charset=UTF-8", b: "<div id=\"messagestack\"><div class=\"warning\">Login failed.</div></div>"}},
	"jetty-401-page": {
		{st: 401, b: "<html>\n<head><title>Error 401 Unauthorized</title></head>\n<body><h2>HTTP ERROR 401 Unauthorized</h2>\n<table><tr><th>URI:</th><td>/admin/</td></tr></table>\n<hr><a href=\"https://eclipse.org/jetty\">Powered by Jetty:// 9.4.53.v20231009</a><hr/>\n</body>\n</html>",
			src: "Jetty default error page (ErrorHandler), https://jetty.org/docs/jetty/12/operations-guide/security/index.html"},
		{st: 401, b: "<h2>HTTP ERROR 401 Unauthorized</h2>"}},
	"jetty-403-page": {
		{st: 403, b: "<h2>HTTP ERROR 403 Forbidden</h2>\n<hr><a href=\"https://eclipse.org/jetty\">Powered by Jetty:// 10.0.18</a><hr/>",
			src: "Jetty default error page (ErrorHandler), https://jetty.org/docs/jetty/12/operations-guide/security/index.html"},
		{st: 403, b: "<h2>HTTP ERROR 403 Forbidden</h2>"}},
	"openresty-403-page": {
		{st: 403, b: "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>openresty</center>\r\n</body>\r\n</html>",
			src: "shared corpus 061-headscale-openresty (OpenResty built-in error page)"},
		{st: 403, b: "<center><h1>403 Forbidden</h1></center><hr><center>nginx</center>"}},
	"magento-graphql-current-customer": {
		{st: 200, h: "Content-Type: application/json", b: `{"errors":[{"message":"The request is allowed for logged in customer","extensions":{"category":"graphql-authorization"},"locations":[{"line":2,"column":3}],"path":["customerCart"]}],"data":{"customerCart":null}}`,
			src: "magento/magento2#36570 https://github.com/magento/magento2/issues/36570; Adobe Commerce GraphQL authorization tokens https://developer.adobe.com/commerce/webapi/graphql/usage/authorization-tokens/"},
		{st: 200, h: "Content-Type: application/json", b: `{"errors":[{"message":"The current user cannot perform operations on cart \"Xk2pQ8\"","extensions":{"category":"graphql-authorization"},"path":["cart"]}],"data":{"cart":null}}`}},
	"magento-consumer-not-authorized": {
		{st: 401, b: `{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Sales::actions_view"}}`,
			src: "Adobe Commerce web API authentication https://developer.adobe.com/commerce/webapi/get-started/authentication/"},
		{st: 404, b: `{"message":"Request does not match any route."}`}},
	"directus-forbidden": {
		{st: 403, h: "Content-Type: application/json; charset=utf-8", b: "{\n  \"errors\": [\n    {\n      \"message\": \"You don't have permission to access this.\",\n      \"extensions\": {\n        \"code\": \"FORBIDDEN\"\n      }\n    }\n  ]\n}",
			src: "directus/directus#25526 https://github.com/directus/directus/issues/25526 (a collection that does not exist)"},
		{st: 401, b: `{"errors":[{"message":"Invalid user credentials.","extensions":{"code":"INVALID_CREDENTIALS"}}]}`}},
	"strapi-forbidden": {
		{st: 403, b: `{"data":null,"error":{"status":403,"name":"ForbiddenError","message":"Forbidden","details":{}}}`,
			src: "Strapi users-permissions https://docs.strapi.io/cms/features/users-permissions"},
		{st: 400, b: `{"data":null,"error":{"status":400,"name":"ValidationError","message":"Invalid"}}`}},
	"strapi-unauthorized": {
		{st: 401, b: `{"data":null,"error":{"status":401,"name":"UnauthorizedError","message":"Missing or invalid credentials","details":{}}}`,
			src: "Strapi API tokens https://docs.strapi.io/cms/features/api-tokens"},
		{st: 400, b: `{"data":null,"error":{"status":400,"name":"ValidationError"}}`}},
}

func init() {
	for id, c := range productCases {
		tableCases[id] = c
	}
}

// TestALBWAFBlockPage: AWS WAF's default block page on an Application Load
// Balancer has no awselb line in its body, but the balancer's Server header
// (jambonz/jambonz-feature-server#317, aws-samples/sample-kolya-br-proxy#38);
// a target's own 403 behind the balancer carries the target's.
func TestALBWAFBlockPage(t *testing.T) {
	c := ex{st: 403, h: "Server: awselb/2.0\nContent-Type: text/html\nContent-Length: 118", b: "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n"}
	if hs := Match(c.exchange(), ""); !has(hs, "aws-alb-403") {
		t.Errorf("not matched; got %v", hitIDs(hs))
	}
	c = ex{st: 403, h: "Server: nginx/1.25.3\nContent-Type: text/html", b: "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"}
	if hs := Match(c.exchange(), ""); has(hs, "aws-alb-403") {
		t.Errorf("a target's nginx page matched")
	}
}

// TestPerimeterXPageAsText: HUMAN's "Press & Hold" challenge copied from
// the browser as text has none of the page's script markers, only its words
// (the request went to a site behind HUMAN Bot Defender).
func TestPerimeterXPageAsText(t *testing.T) {
	c := ex{b: "Access to this page has been denied.\nPress & Hold to confirm you are\na human (and not a bot).\nReference ID 0f1e2d3c-4b5a-11ee-8a9b-0c1d2e3f4a5b"}
	if hs := Match(c.exchange(), ""); !has(hs, "perimeterx-block") {
		t.Errorf("not matched; got %v", hitIDs(hs))
	}
	c = ex{st: 403, b: "Access to this page has been denied.\nPlease sign in."}
	if hs := Match(c.exchange(), ""); has(hs, "perimeterx-block") {
		t.Errorf("a generic denial matched")
	}
}

// TestJiasuleInterceptionPage: Jiasule's 403 interception page is known by
// its own "#notice-jiasule" block even when the paste keeps none of the
// edge's script links (the check sqlmap's and WhatWaf's fingerprints make).
func TestJiasuleInterceptionPage(t *testing.T) {
	page := ex{st: 403, h: "Content-Type: text/html\nSet-Cookie: __jsluid_h=0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f; path=/; HttpOnly",
		b: "<!DOCTYPE html>\n<html><head><style>\n#notice-jiasule { word-wrap: break-word; color:#585858; }\n</style></head><body><div id=\"notice-jiasule\"><p>拦截时间</p></div></body></html>"}
	found := false
	for _, h := range Match(page.exchange(), "") {
		found = found || h.ID == "jiasule-waf-block"
	}
	if !found {
		t.Error("Jiasule's interception page was not recognised")
	}
}

// TestEdgeAndSignInPagesAsText: the sentences of edge block pages and of
// identity providers' sign-in error pages, quoted or copied as text without
// the error code or page around them, still name their product.
func TestEdgeAndSignInPagesAsText(t *testing.T) {
	for id, text := range map[string]string{
		"cloudflare-1010":                  "> The owner of this website (shop.example.net) has banned your access based on your browser's signature (7a1c2e3f4b5d6a70-ua21).",
		"tencent-cloud-waf-block":          "很抱歉，您提交的请求可能对网站造成威胁，请求已被管理员设置的策略阻断</h1><p>本页面为<span>腾讯T-Sec Web应用防火墙(WAF)</span>默认提示页面",
		"okta-redirect-uri-not-registered": "Error Code : invalid_request\nDescription: The 'redirect_uri' parameter must be a Login redirect URI in the client  app settings: https://dev-1234-admin.okta.example/admin/app/oidc_client",
		"shibboleth-unknown-sp":            "Unsupported Request\nThe application you have accessed is not registered for use with this service.",
	} {
		if hs := Match(ex{b: text}.exchange(), ""); !has(hs, id) {
			t.Errorf("%s: page text not matched; got %v", id, hitIDs(hs))
		}
	}
	for id, text := range map[string]string{
		"cloudflare-1010":       "The owner of this website has set restrictions that prevent you from accessing the site.",
		"shibboleth-unknown-sp": "The application you have accessed is not available right now.",
	} {
		if hs := Match(ex{b: text}.exchange(), ""); has(hs, id) {
			t.Errorf("%s: a near miss matched", id)
		}
	}
}

// TestCloudflareBanSentenceIsTheOwnersBan: Cloudflare's 1006-1010 pages
// quoted as text without their code are still the owner's ban at the edge
// (cloudflare-ip-ban, a WAF hit), and the 1010 sentence also names the bot
// check (cloudflare-1010); a sentence about another restriction is neither.
func TestCloudflareBanSentenceIsTheOwnersBan(t *testing.T) {
	for _, c := range []struct {
		text string
		ids  []string
	}{
		{"<p>The owner of this website (tiles.example.com) has banned your access based on your browser's signature (91c3e0d2a4b7f815-ua33).</p>", []string{"cloudflare-ip-ban", "cloudflare-1010"}},
		{"The owner of this website (forum.example.net) has banned your IP address (198.51.100.23).", []string{"cloudflare-ip-ban"}},
	} {
		hs := Match(ex{b: c.text}.exchange(), "")
		for _, id := range c.ids {
			if !has(hs, id) {
				t.Errorf("%q: %s not matched; got %v", c.text, id, hitIDs(hs))
			}
		}
	}
	if hs := Match(ex{b: "The owner of this website (forum.example.net) has limited access to signed-in members."}.exchange(), ""); has(hs, "cloudflare-ip-ban") {
		t.Error("cloudflare-ip-ban matched a near miss")
	}
}

// The other WS-Security faults of the OASIS list and Axis's WSS4J handler,
// each as a service puts it in its fault string (samples written for this
// test).
func TestWSSecurityFaultStrings(t *testing.T) {
	for _, fs := range []string{
		"Referenced security token could not be retrieved",
		"The security token could not be authenticated or authorized",
	} {
		body := "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>" +
			fs + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>"
		if hs := Match(ex{st: 500, b: body}.exchange(), ""); !has(hs, "ws-security-fault") || has(hs, "wss4j-security-header-fault") {
			t.Errorf("%q: got %v", fs, hitIDs(hs))
		}
	}
}

// TestSharedWordsNeedTheProductsOwnEvidence: a sentence several products
// share names one of them only beside that product's own evidence (samples
// written for this test): the OASIS WS-Security fault from a device or
// Microsoft's STS is no WSS4J's; an application's "not authorized to access
// this page" is no Drupal's; WebOb's 401 page from an OpenStack service is no
// Apache httpd's.
func TestSharedWordsNeedTheProductsOwnEvidence(t *testing.T) {
	for _, c := range []struct {
		e        ex
		want     string
		notWants []string
	}{
		{ex{st: 500, h: "Server: gSOAP/2.8\nContent-Type: application/soap+xml; charset=utf-8", b: "<SOAP-ENV:Envelope><SOAP-ENV:Body><SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value><SOAP-ENV:Subcode><SOAP-ENV:Value>wsse:FailedAuthentication</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code><SOAP-ENV:Reason><SOAP-ENV:Text xml:lang=\"en\">The security token could not be authenticated or authorized</SOAP-ENV:Text></SOAP-ENV:Reason></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>"},
			"ws-security-fault", []string{"wss4j-security-header-fault"}},
		{ex{st: 500, b: "WARN  [org.apache.cxf.phase.PhaseInterceptorChain] Interceptor has thrown exception, unwinding now\norg.apache.wss4j.common.ext.WSSecurityException: The security token could not be authenticated or authorized"},
			"wss4j-security-header-fault", []string{"ws-security-fault"}},
		{ex{st: 403, h: "Server: nginx/1.22.1\nX-Request-Id: 5e0a7d", b: "<div id=\"content\"><h2>403</h2><p>You are not authorized to access this page.</p></div>"},
			"app-not-authorized-page", []string{"drupal-access-denied-page", "drupal-access-denied"}},
		{ex{st: 403, h: "X-Drupal-Cache: MISS", b: "<main><h1>Access denied</h1><p>You are not authorized to access this page.</p></main>"},
			"drupal-access-denied-page", []string{"app-not-authorized-page"}},
		{ex{st: 401, h: "Www-Authenticate: Keystone uri=\"https://keystone.lab.example:5000\"\nContent-Type: text/html; charset=UTF-8", b: "<html>\n <head>\n  <title>401 Unauthorized</title>\n </head>\n <body>\n  <h1>401 Unauthorized</h1>\n  This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.<br /><br />\nAuthentication required\n </body>\n</html>"},
			"webob-401-page", []string{"apache-401-page"}},
	} {
		hs := Match(c.e.exchange(), "")
		if c.want != "" && !has(hs, c.want) {
			t.Errorf("%.60q: want %s, got %v", c.e.b, c.want, hitIDs(hs))
		}
		for _, n := range c.notWants {
			if has(hs, n) {
				t.Errorf("%.60q: named %s (%v)", c.e.b, n, hitIDs(hs))
			}
		}
	}
}

// TestGenericWordingNamesNoProduct: words several products share name none
// of them without its own evidence (samples written for this test), and the
// product's own shape still names it.
func TestGenericWordingNamesNoProduct(t *testing.T) {
	for _, c := range []struct {
		e      ex
		not    string
		want   string
		reason string
	}{
		{ex{st: 403, h: "Content-Type: application/json", b: `{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token."}`},
			"gitlab-insufficient-scope", "oauth-insufficient-scope", "RFC 6750's sentence from an OAuth library"},
		{ex{st: 403, b: `{"message":"403 Forbidden - The request requires higher privileges than provided by the access token. (GitLab, /api/v4/projects/17)"}`},
			"", "gitlab-insufficient-scope", "GitLab's own"},
		{ex{st: 401, b: "2025-11-02T10:14:07.5521Z WARN relay::inbox: Incoming activity has invalid signature for key https://social.example.net/u/kit#main-key"},
			"jwt-invalid", "", "an HTTP signature, no JWT"},
		{ex{st: 401, b: `{"name":"JsonWebTokenError","message":"invalid algorithm"}`},
			"", "jwt-invalid", "jsonwebtoken's own"},
		{ex{st: 401, b: `{"error":"Unauthorized. Invalid or expired token."}`},
			"twitter-invalid-token", "", "a small API's words"},
		{ex{st: 401, b: `{"errors":[{"code":89,"message":"Invalid or expired token."}]}`},
			"", "twitter-invalid-token", "X's code 89"},
		{ex{st: 401, b: `{"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}}`},
			"anthropic-auth", "", "an OpenAI-compatible server"},
		{ex{st: 500, b: `<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>The session is not authenticated.</faultstring><detail><NotAuthenticatedFault xmlns="urn:vim25" xsi:type="NotAuthenticated"><object type="Folder">group-d1</object></NotAuthenticatedFault></detail></soapenv:Fault>`},
			"oci-not-authenticated", "", "vSphere's fault"},
		{ex{st: 403, b: "{\n  \"status\": 403,\n  \"title\": \"Insufficient Permissions\",\n  \"detail\": \"The role of this user cannot delete work orders\"\n}"},
			"google-scope-insufficient", "", "another API's title"},
		{ex{st: 403, b: `{"error":{"errors":[{"domain":"global","reason":"insufficientPermissions","message":"Insufficient Permission"}],"code":403,"message":"Insufficient Permission"}}`},
			"", "google-scope-insufficient", "Google's own"},
	} {
		hs := Match(c.e.exchange(), "")
		if c.not != "" && has(hs, c.not) {
			t.Errorf("%s: named %s (%v)", c.reason, c.not, hitIDs(hs))
		}
		if c.want != "" && !has(hs, c.want) {
			t.Errorf("%s: want %s, got %v", c.reason, c.want, hitIDs(hs))
		}
	}
}

// TestS3CompatibleStoresAreNotAWS: the S3 API's error codes from another
// store (its server header, request-id shape, host in the URL, SDK or
// module name) name an S3-compatible store, not AWS; AWS's own answer stays
// AWS's, and a more specific reading of the same answer still wins (samples
// written for this test).
func TestS3CompatibleStoresAreNotAWS(t *testing.T) {
	for _, c := range []struct {
		e         ex
		want, not string
	}{
		{ex{st: 403, h: "Server: SeaweedFS 3.71\nX-Amz-Request-Id: 1792F0C3A4B5D6E7", b: "<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/ledger-4/</Resource></Error>"},
			"s3-compatible-access-denied", "aws-s3-access-denied"},
		{ex{st: 403, h: "Server: AmazonS3\nx-amz-id-2: ZmFrZWhvc3Q=", b: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"},
			"aws-s3-access-denied", "s3-compatible-access-denied"},
		{ex{st: 403, b: "<Error><Code>SignatureDoesNotMatch</Code><RequestId>tx000007d1e2f3a4b5c6d7e-0068a1b2c3-9e8d7-nyc3a</RequestId><HostId>9e8d7-nyc3a-nyc3</HostId></Error>"},
			"s3-compatible-signature", "aws-signature-mismatch"},
		{ex{st: 403, target: "https://photos-eu.oss-eu-central-1.aliyuncs.com/a/b.jpg", b: "<Error><Code>InvalidAccessKeyId</Code><Message>The OSS Access Key Id you provided does not exist in our records.</Message></Error>"},
			"s3-compatible-invalid-key", "aws-invalid-access-key"},
		{ex{st: 403, h: "Server: MinIO", b: "<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>"},
			"minio-access-denied", "s3-compatible-access-denied"},
		{ex{st: 403, h: "Server: SeaweedFS 3.71", b: "<Error><Code>AccessDenied</Code><Message>AWS authentication requires a valid Date or x-amz-date header</Message></Error>"},
			"s3-compatible-date-required", "s3-compatible-access-denied"},
		{ex{st: 403, h: "Server: AmazonS3", b: "<Error><Code>AccessDenied</Code><Message>AWS authentication requires a valid Date or x-amz-date header</Message></Error>"},
			"aws-s3-date-required", "s3-compatible-date-required"},
	} {
		hs := Match(c.e.exchange(), "")
		if !has(hs, c.want) || has(hs, c.not) {
			t.Errorf("%.70q: want %s and not %s, got %v", c.e.b, c.want, c.not, hitIDs(hs))
		}
	}
}

// TestJacksonPrettyPrintIsNotSpringBoot: `"status" : 403,` is how Jackson
// pretty-prints any Java API's error (samples written for this test);
// Spring Boot's own error body, pretty or not, still names Spring Boot.
func TestJacksonPrettyPrintIsNotSpringBoot(t *testing.T) {
	for _, b := range []string{
		"{\n  \"errors\" : [ {\n    \"status\" : 403,\n    \"message\" : \"User 'ci-bot' has no deploy permission on 'libs-local'\"\n  } ]\n}",
		"{\n  \"error\" : {\n    \"status\" : 403,\n    \"message\" : \"Player command failed: Restriction violated\"\n  }\n}",
	} {
		if hs := Match(ex{st: 403, b: b}.exchange(), ""); has(hs, "spring-boot-error-403") {
			t.Errorf("%.50q named Spring Boot: %v", b, hitIDs(hs))
		}
	}
	sb := "{\n  \"timestamp\" : \"2025-10-14T08:12:55.301+00:00\",\n  \"status\" : 403,\n  \"error\" : \"Forbidden\",\n  \"path\" : \"/api/ledger/7\"\n}"
	if hs := Match(ex{st: 403, b: sb}.exchange(), ""); !has(hs, "spring-boot-error-403") {
		t.Errorf("Spring Boot's pretty error body not named: %v", hitIDs(hs))
	}
}

// TestAkamaiEncodedURLIsNotApache: Akamai's denial sentence around an
// entity-encoded URL, without its reference line, is Akamai's; Apache's
// page with a plain path stays Apache's (samples written for this test).
func TestAkamaiEncodedURLIsNotApache(t *testing.T) {
	hs := Match(ex{st: 403, b: "<H1>Access Denied</H1>\nYou don't have permission to access \"http&#58;&#47;&#47;api&#46;tickets&#46;example&#47;v2&#47;events\" on this server.<P>"}.exchange(), "")
	if !has(hs, "akamai-denied-encoded-url") || has(hs, "apache-403-page") {
		t.Errorf("got %v", hitIDs(hs))
	}
	hs = Match(ex{st: 403, b: "<h1>Forbidden</h1>\n<p>You don't have permission to access /v2/events\non this server.</p>\n<address>Apache/2.4.62 (Debian) Server at api.tickets.example Port 80</address>"}.exchange(), "")
	if !has(hs, "apache-403-page") || has(hs, "akamai-denied-encoded-url") {
		t.Errorf("got %v", hitIDs(hs))
	}
}
