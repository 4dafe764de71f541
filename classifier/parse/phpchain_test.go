package parse

import "testing"

// Symfony's console (Laravel's artisan, Composer, Drush…) prints an uncaught
// exception and each exception it wraps, outermost first, each under its own
// "In <file>.php line <n>:" heading; a Guzzle error wrapped by the client
// restates the same message. One failed call, however the paste is fenced.
// Every value is invented.
func TestPHPConsoleChainIsOneCall(t *testing.T) {
	const chain = `  Client error: ` + "`" + `POST https://crm.example.org/api/v3/contacts/import` + "`" + ` resulted in a ` + "`" + `403 Forbidden` + "`" + ` response:
  {"error":"forbidden","detail":"import is not enabled for this workspace"}
`
	body := "In RequestException.php line 113:\n\n" + chain + "\nIn Client.php line 180:\n\n" + chain
	for _, c := range []struct{ what, text string }{
		{"bare: ", "Running the nightly import:\n\n" + body + "\nimport:contacts [--since SINCE]\n"},
		{"fenced: ", "Running the nightly import:\n\n```\n" + body + "```\n\nAny idea why?\n"},
		{"Jira noformat: ", "{noformat}\n" + body + "{noformat}\n"},
	} {
		wantStatuses(t, c.what, c.text, 403)
	}
	// Two runs of the command, each failing: two calls.
	run := "$ php artisan import:contacts\n\nIn Client.php line 180:\n\n" + chain + "\n"
	wantStatuses(t, "two runs: ", "```\n"+run+run+"```\n", 403, 403)
}

func TestPHPConsoleChainHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"In Client.php line 180:":                  true,
		"  In ProcessFailedException.php line 42:": true,
		"In Client.php line 180":                   false, // no colon: prose
		"In my project the line 3:":                false,
		"In the file.php line x:":                  false,
		"In Client.py line 180:":                   false,
	} {
		if got := phpConsoleChainHeading(s); got != want {
			t.Errorf("phpConsoleChainHeading(%q) = %v, want %v", s, got, want)
		}
	}
}
