package parse

import "testing"

// TestStoredCredentialsLogged: a client's verbose output saying it took the
// request's credentials from a store of its own (NuGet's "Using credentials
// from config", pip's "Found credentials in netrc for …") means the request
// carried them, also when an exact reader (the NuGet "  PUT <url>" line)
// gave the exchange its request; a user name the line shows masked is a
// masked value. A person's sentence about a set-up is none. Every value is
// invented.
func TestStoredCredentialsLogged(t *testing.T) {
	for _, c := range []struct {
		line   string
		masked bool
	}{
		{"Using credentials from config. UserName: ********", true},
		{"Using credentials from config. UserName: ci-publisher", false},
		{"2024-05-02 10:11:12,013 - MainThread - pip._internal.network.auth - DEBUG - Found credentials in netrc for pkgs.ostwind.example", false},
	} {
		f, ok := loggedAuthUse(c.line, false)
		if !ok {
			t.Errorf("%q: not read", c.line)
			continue
		}
		if Elided(f.Value) != c.masked {
			t.Errorf("%q: value %q, masked %v, want %v", c.line, f.Value, Elided(f.Value), c.masked)
		}
	}
	for _, line := range []string{
		"We are using credentials from the vault for every feed.",
		"I tried using credentials from config but nothing changed",
	} {
		if f, ok := loggedAuthUse(line, false); ok {
			t.Errorf("%q: read as %q", line, f.Name)
		}
	}
	paste := "2021-06-14T07:12:30.1180412Z NuGet Version: 5.8.1.7021\n" +
		"2021-06-14T07:12:30.2004118Z Pushing Brackwater.Util.1.2.0.nupkg to 'http://feeds.ostwind.example/repository/nuget-internal/'...\n" +
		"2021-06-14T07:12:30.2511273Z   PUT http://feeds.ostwind.example/repository/nuget-internal/\n" +
		"2021-06-14T07:12:30.2907719Z Using credentials from config. UserName: ********\n" +
		"2021-06-14T07:12:30.6631055Z   Unauthorized http://feeds.ostwind.example/repository/nuget-internal/ 372ms\n" +
		"2021-06-14T07:12:30.6790121Z Response status code does not indicate success: 401 (Unauthorized).\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
		t.Fatalf("%d exchanges, want one 401", len(in.Exchanges))
	}
	c := in.Exchanges[0].Credentials()
	if c.State != CredSent || !c.Redacted {
		t.Errorf("credentials %+v, want sent and masked", c)
	}
}
