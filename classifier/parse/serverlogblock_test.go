package parse

import "testing"

// TestServerLogBlockAfterClientError: a client's error in one fenced block,
// then under a short heading another block holding the server's log record
// of a refused request with the same status, is two responses: each side
// shows one. An error class named for the status with the word its family
// adds to every class ("HTTPForbiddenRequest", "HTTPUnauthorizedError")
// states the status as the bare name does.
func TestServerLogBlockAfterClientError(t *testing.T) {
	client := "The script stops with:\n\n```\n/opt/app/vendor/kiwi-client/lib/request.rb:88:in `raise_for': the server refused the call (Kiwi::HTTPForbiddenRequest)\n```\n\n"
	server := "Server side:\n\n```\n2025-03-14T10:22:51Z api@10.0.4.7 method=POST; path=/v3/orchards/ripe; status=403; user=tkowal; msg=no_acl;\n```\n"
	for _, c := range []struct {
		name, paste string
		want        []int
	}{
		{"client error then server log", client + server, []int{403, 403}},
		{"client error alone", client, []int{403}},
		{"error suffix", "```\nraise KiwiError, 'refused' (Kiwi::HTTPUnauthorizedError)\n```\n", []int{401}},
	} {
		wantStatuses(t, c.name+": ", c.paste, c.want...)
	}
}
