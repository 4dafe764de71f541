package parse

import "testing"

// TestCommandRunAgain: a command run again, its program and subcommand the
// same, after the first run's output stated a status, printed the outcome
// of a call of its own: another response, even where it states no status
// ("OK", "[done] …", a push the server turned down in words). A command run
// once, a rerun that printed nothing, and another command are no response
// of their own. Every value is invented.
func TestCommandRunAgain(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        []int
	}{
		{"prompted rerun prints a success", "```\n$ stackctl bundle upload app.yml\n [fail] Uploading app:1.4.2\n [error] 401 : Unauthorized\n$ stackctl account login\n...\n$ stackctl bundle upload app.yml\n [done] Uploading app:1.4.2\n```\n", []int{401, 0}},
		{"rerun with credentials on the command line", "```\n$ pkgcli repo ping --token=wrong-token-7 \n[Error] Repository response: 403 Forbidden\n{\n  \"errors\": [ {\n    \"status\": 403,\n    \"message\": \"Key not allowed\"\n  } ]\n}\n$ pkgcli repo ping --token=right-token-2 \nOK\n```\n", []int{403, 0}},
		{"each run opening a block of its own", "Adds a policy that turns down anything named `blocked`:\n\n```\nkc create -f blocked.yaml\nError from server (Forbidden): error when creating \"blocked.yaml\": widgets.example.test \"blocked\" is forbidden: policy says no\n```\n\nand the other one goes through:\n\n```\nkc create -f fine.yaml\nwidget.example.test/fine created\n```\n", []int{403, 0}},
		{"rerun printing nothing", "```\n$ stackctl bundle upload app.yml\n [error] 401 : Unauthorized\n```\n\nI also tried\n\n```\n$ stackctl bundle upload app.yml\n```\n", []int{401}},
		{"another command after the failure", "```\n$ stackctl bundle upload app.yml\n [error] 401 : Unauthorized\n$ stackctl version\nstackctl 1.9.0\n```\n", []int{401}},
	} {
		wantStatuses(t, c.name+": ", c.paste, c.want...)
	}
}
