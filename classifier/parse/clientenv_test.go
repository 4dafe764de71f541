package parse

import "testing"

// TestClientGivenEnvOrShortened: a client constructor given, by position,
// an environment read under a credential's name (NewClient(os.Getenv(
// "X_TOKEN"))), a keyword credential shortened by hand
// (access_token: "4be1…c09"), and an OpenAPI-generated client's
// Configuration given a credential variable were sent; a constructor given
// another environment variable, or a configuration with no credential, was
// not shown sending one.
func TestClientGivenEnvOrShortened(t *testing.T) {
	fail := "\nrequest failed: 401 Unauthorized\n"
	for _, line := range []string{
		`svc := tally.NewClient(os.Getenv("TALLY_API_TOKEN"))`,
		`api = GaugeClient(os.environ["GAUGE_SECRET_KEY"])`,
		`c = Tally::Client.new(access_token: "4be1d07a9f........c09e")`,
		`const cfg = new Configuration({ accessToken: tallyToken });`,
	} {
		if got := lastAnsweredCredentials(t, line+fail); got.State != CredSent {
			t.Errorf("credentials %s, want sent, in\n%s", got.State, line)
		}
	}
	for _, line := range []string{
		`svc := tally.NewClient(os.Getenv("TALLY_HOST"))`,
		`const cfg = new Configuration({ basePath: tallyUrl });`,
	} {
		if got := lastAnsweredCredentials(t, line+fail); got.State == CredSent {
			t.Errorf("credentials sent in\n%s", line)
		}
	}
}
