package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestPageWordings: rendered error pages copied as text say who refused in
// the form the page shows, which is not always the form the framework or the
// protocol writes: Laravel's error page sets its message in capitals with
// CSS, SAML proxies print a status code shortened to "Responder/RequestDenied",
// and Laravel's permission packages raise "Unauthorized action." Re-created
// pastes, values invented.
func TestPageWordings(t *testing.T) {
	cases := []struct {
		name, paste string
		class       rule.Class
		status      int // 0: none read
	}{
		{"Laravel's 403 page named in one line, as the browser shows it",
			"is there any way to change this 403 THIS ACTION IS UNAUTHORIZED. page and send the user back to the home url instead\n",
			rule.Authorization, 403},
		{"a SAML proxy's error page with the IdP's shortened status, quoted in a box",
			"Running the scenario on the latest develop gives me:\n```\n" +
				"|      <h1>Error - Identity Provider error</h1>\n" +
				"|      <p>\n|          Your Identity Provider sent an authentication response with an error status code.\n|      </p>\n" +
				"|                  <td class=\"strong\">Status Code:</td>\n" +
				"|                  <td style=\"font-size: 0.8em;\">Responder/RequestDenied</td>\n" +
				"|                  <td class=\"strong\">Status Message:</td>\n" +
				"|                  <td style=\"font-size: 0.8em;\">Invalid IP range</td>\n" +
				"```\n",
			rule.Authorization, 0},
		{"SimpleSAMLphp's exception naming the shortened AuthnFailed",
			"After I cancel at the IdP the SP page shows:\n\nSimpleSAML\\Error\\Exception: Cannot process response, preconditions not met: \"Responder/AuthnFailed Authentication cancelled by user\"\n",
			rule.Authentication, 0},
		{"a permission package's HttpException, Markdown-quoted",
			"When I add the middleware Laravel shows me:\n\n> Symfony \\ Component \\ HttpKernel \\ Exception \\ HttpException\n> Unauthorized action.\n\nI checked the user and the role in the database and everything looks right.\n",
			rule.Authorization, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, err := classifier.Analyze(c.paste, classifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Exchanges) != 1 {
				t.Fatalf("%d exchanges, want 1", len(rep.Exchanges))
			}
			x := rep.Exchanges[0]
			if x.Verdict.Class != c.class {
				t.Errorf("class %s (%s), want %s", x.Verdict.Class, x.Verdict.Headline, c.class)
			}
			got := 0
			if x.Response != nil {
				got = x.Response.Status
			}
			if got != c.status {
				t.Errorf("status %d, want %d", got, c.status)
			}
		})
	}
}
