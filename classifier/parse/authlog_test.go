package parse

import (
	"strings"
	"testing"
)

// TestLoggedAuthUse: a client's debug log naming how it authenticates the
// request it sends is evidence the request carried a credential; a line
// saying it sends none, a person's sentence, or "auth" starting another
// word is not.
func TestLoggedAuthUse(t *testing.T) {
	for _, c := range []struct {
		line string
		rec  bool
		want string
	}{
		{"npm verb request using bearer token for auth", false, "a bearer token" + saidByLog},
		{"DEBUG Using username/password basic auth", false, "a user name and password" + saidByLog},
		{"2025-02-03 10:11:12,013 - MainThread - botocore.auth - DEBUG - Calculating signature using v4 auth.", false, "a request signature" + saidByLog},
		{"[debug] using api key authentication for https://feeds.example.net/", false, "an API key" + saidByLog},
		{"Signing the request as builder-04", true, "a request signature" + saidByLog},
		{"DEBUG: Signing the request as builder-04", false, "a request signature" + saidByLog},
		{"DEBUG using anonymous auth for https://feeds.example.net/", false, ""},
		{"DEBUG not using token auth: none configured", false, ""},
		{"We are using basic auth in front of the registry.", false, ""},
		{"Signing the request as builder-04", false, ""},
		{"DEBUG using token authority https://login.example.net/", false, ""},
		{"DEBUG using the cached index for https://feeds.example.net/", false, ""},
	} {
		f, ok := loggedAuthUse(c.line, c.rec)
		if got := map[bool]string{true: f.Name}[ok]; got != c.want {
			t.Errorf("%q (rec %v): %q, want %q", c.line, c.rec, got, c.want)
		}
	}
	for _, paste := range []string{
		"$ npm install --loglevel verbose\nnpm verb request using bearer token for auth\nnpm http fetch GET 401 https://artifacts.example.net/repository/npm-all/left-pad 52ms\nnpm ERR! code E401\n",
		"DEBUG Using username/password basic auth\nDEBUG Response code for https://pkgs.example.net/upload/: 403 Forbidden\nerror: Upload failed with status code 403 Forbidden\n",
		// a sentence naming the status above the log: a summary of the
		// log's own exchange, whose request the log line is about
		"Our yarn mirror answers 401 for every package since the upgrade.\n\n```\nnpm verb request uri https://mirror.example.org/repo/lodash\n" +
			"npm verb request using bearer token for auth\nnpm http request GET https://mirror.example.org/repo/lodash\nnpm http 401 https://mirror.example.org/repo/lodash\n```\n",
	} {
		got, err := Parse(paste)
		if err != nil {
			t.Fatal(err)
		}
		sent := false
		for _, x := range got.Exchanges {
			sent = sent || x.Response != nil && x.Response.Status >= 400 && x.Credentials().State == CredSent
		}
		if !sent {
			t.Errorf("no credential sent with the refusal in %d exchanges of\n%s", len(got.Exchanges), paste)
		}
	}
}

// TestSDKCredentialFailed: an identity library naming the credential class
// whose token request was refused says the request carried that class's
// secret; a class that was not tried, or a line naming none, says nothing.
func TestSDKCredentialFailed(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.", "a client secret"},
		{"      ClientSecretCredential.GetToken was unable to retrieve an access token. Scopes: [ https://graph.example.net/.default ]", "a client secret"},
		{"azure.identity._internal.decorators: UsernamePasswordCredential.get_token failed: AADSTS50126: Error validating credentials", "a user name and password"},
		{"CredentialUnavailableException: ManagedIdentityCredential authentication unavailable. No endpoint found.", ""},
		{"EnvironmentCredential: ClientSecretCredential authentication unavailable. Environment variables are not fully configured.", ""},
		{"We use ClientSecretCredential in production.", ""},
	} {
		f, ok := sdkCredentialFailed(c.line)
		got := ""
		if ok {
			got = strings.TrimSuffix(f.Name, ", as the identity library's error says")
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
	paste := "```\nfail: Deploy.Keys[0]\n      ClientSecretCredential authentication failed:\n      Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed:\n" +
		"       ---> Microsoft.Identity.Client.MsalServiceException: AADSTS7000222: The provided client secret keys for app '0a1b2c3d-0000-4000-8000-00000000abcd' are expired.\n```\n"
	got, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	sent := false
	for _, x := range got.Exchanges {
		sent = sent || x.Credentials().State == CredSent
	}
	if !sent {
		t.Errorf("no credential sent in\n%s", paste)
	}
}
