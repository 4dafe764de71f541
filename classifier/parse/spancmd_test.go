package parse

import "testing"

// TestWholeSpanCommandInPaste: a client's command written as a line of
// its own inside one inline code span (no prompt, a tool that is not an HTTP
// client) gives its request the credential its options name, as the same
// line behind a prompt does; when the client's own log then says the
// request went out unauthenticated, it did not send it.
func TestWholeSpanCommandInPaste(t *testing.T) {
	for _, c := range []struct {
		paste string
		want  CredState
	}{
		{"This is what I run:\n\n`twine upload --repository-url https://repo.example.org/pypi/ --password <deploy_pw> --username ci dist/pkg-1.0.tar.gz`\n\n```\nHTTPError: 403 Forbidden from https://repo.example.org/pypi/\n```\n", CredSent},
		{"`regctl image copy --token <registry_token> https://reg.example.org/v2/app/manifests/1.2`\nerror: 401 Unauthorized from https://reg.example.org/v2/app/manifests/1.2\n", CredSent},
		{"`uvx fetch --index-url https://ci:PASSWORD_GOES_HERE@idx.example.org/simple pkgname`\nTRACE Attempting unauthenticated request for https://idx.example.org/simple/pkgname/\nerror: HTTP status client error (401 Unauthorized) for url (https://idx.example.org/simple/pkgname/)\n", CredUnknown},
	} {
		got := lastAnsweredCredentials(t, c.paste).State
		if got == CredNone || got == "" {
			got = CredUnknown
		}
		if got != c.want {
			t.Errorf("credentials %s, want %s, in\n%s", got, c.want, c.paste)
		}
	}
}
