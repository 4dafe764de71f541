package parse

import "testing"

// TestXMLEntryCredential: a client's server entry in XML (a <password>
// element right under its <username>, as in Maven's settings.xml) is what
// the client sends the repository: the first refusal after it carried the
// pair. A <password> element alone, or one under another element, is not
// such an entry.
func TestXMLEntryCredential(t *testing.T) {
	for _, c := range []struct {
		line, above, want string
	}{
		{"  <password>Gr4nite-Sparrow-61</password>", "  <username>ci-publisher</username>", "Gr4nite-Sparrow-61"},
		{"<Password>{Zq9Xw2Lc7Vb1=}</Password>", "<Username>ci</Username>", "{Zq9Xw2Lc7Vb1=}"},
		{"<password>Gr4nite-Sparrow-61</password>", "<id>releases</id>", ""},
		{"<password></password>", "<username>ci</username>", ""},
		{"<passwordPolicy>strict</passwordPolicy>", "<username>ci</username>", ""},
	} {
		f, ok := xmlEntryCredential(c.line, c.above)
		if got := map[bool]string{true: f.Value}[ok]; got != c.want {
			t.Errorf("%q under %q: %q, want %q", c.line, c.above, got, c.want)
		}
	}
	paste := "settings.xml:\n\n```xml\n<servers>\n  <server>\n    <id>snapshots</id>\n    <username>ci-publisher</username>\n    <password>Gr4nite-Sparrow-61</password>\n  </server>\n</servers>\n```\n\n" +
		"[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project orbit: Failed to deploy artifacts: Could not transfer artifact org.example:orbit:jar:0.9.0-20241107.101500-1 from/to snapshots (https://repo.quarry.example/repository/snapshots/): status code: 401, reason phrase: Unauthorized (401) -> [Help 1]\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	sent := false
	for _, x := range in.Exchanges {
		sent = sent || x.Response != nil && x.Response.Status == 401 && x.Credentials().State == CredSent
	}
	if !sent {
		t.Errorf("the <server> entry's password is not the 401's credential in\n%s", paste)
	}
}
