package parse

import (
	"fmt"
	"strings"
	"testing"
)

// carriedDump is an invented curl -v transcript of a refused request, with
// a blank line and a body, for the carriers' columns below.
const carriedDump = `> GET /v2/ledger/accounts HTTP/1.1
> Host: books.example.net
> Authorization: Bearer zq81.kT4uPmw
>
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Bearer realm="books", error="invalid_token"
< Content-Type: application/json
<
{"error":"token revoked at 09:14"}`

// readingOf is what a carrier's column must leave as it was: each
// exchange's status, challenge and body.
func readingOf(t *testing.T, text string) string {
	t.Helper()
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, x := range in.Exchanges {
		if x.Response == nil {
			b.WriteString("no response; ")
			continue
		}
		fmt.Fprintf(&b, "%d %q %q; ", x.Response.Status, x.Response.Fields.Get("WWW-Authenticate"), strings.TrimSpace(x.Response.Body.Text))
	}
	return b.String()
}

// prefixEach puts pre(i) before each line of dump.
func prefixEach(dump string, pre func(int) string) string {
	ls := strings.Split(dump, "\n")
	for i, l := range ls {
		ls[i] = pre(i) + l
	}
	return strings.Join(ls, "\n") + "\n"
}

// TestSyslogPrefixComesOff: syslog's and journalctl's host and program
// ("Apr 07 21:03:55 shelf3 ledgerd-start[9031]: ") before each line of a dump
// come off with their timestamp, the dump reads as it does bare.
func TestSyslogPrefixComesOff(t *testing.T) {
	want := readingOf(t, carriedDump)
	for name, pre := range map[string]func(int) string{
		"journalctl": func(i int) string { return fmt.Sprintf("Apr 07 21:03:%02d shelf3 ledgerd[9031]: ", i) },
		"rsyslog":    func(i int) string { return fmt.Sprintf("2026-04-07T21:03:%02d.118204+02:00 shelf3 ledgerd[9031]: ", i) },
		"no pid":     func(i int) string { return fmt.Sprintf("Apr  7 21:03:%02d shelf3 ledgerd: ", i) },
	} {
		if got := readingOf(t, prefixEach(carriedDump, pre)); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

// TestNumberedFenceComesOff: a code viewer's line numbers on the lines of
// a fenced dump ("  4 | "), the person's words around the fence carrying
// none, come off: the dump reads as it does bare.
func TestNumberedFenceComesOff(t *testing.T) {
	bare := "Our ledger client gets this since Tuesday:\n\n```\n" + carriedDump + "\n```\n\nThe token was minted an hour before.\n"
	want := readingOf(t, bare)
	ls := strings.Split(bare, "\n")
	in := false
	for i, l := range ls {
		if strings.HasPrefix(l, "```") {
			in = !in
			continue
		}
		if in {
			ls[i] = fmt.Sprintf("%3d | %s", i-2, l)
		}
	}
	if got := readingOf(t, strings.Join(ls, "\n")); got != want {
		t.Errorf("numbered: %s, want %s", got, want)
	}
}

// TestRecordsUnderACarrier: under a carrier's column that marks no record
// (journald's host and program, compose's service), the records of the
// program's own log still count one each: nginx's error log, whose time and
// level come off as a prefix ("pid#tid: *conn …"), and one-line JSON
// records.
func TestRecordsUnderACarrier(t *testing.T) {
	nginx := ""
	for i, c := range []int{71, 72, 73} {
		nginx += fmt.Sprintf("2026/04/07 21:03:%02d [error] 3310#3310: *%d limiting requests, excess: 4.500 by zone \"books\", client: 198.51.100.8, server: shelf3, request: \"GET /books HTTP/1.1\", host: \"shelf3\"\n", i, c)
	}
	wantStatuses(t, "nginx error log: ", nginx, 0, 0, 0)
	for name, pre := range map[string]string{"compose": "ledger-1  | ", "journald": "Apr 07 21:03:55 shelf3 ledgerd-start[9031]: "} {
		var js strings.Builder
		js.WriteString("The sync job keeps failing; its log says:\n\n```\n")
		for i := range 3 {
			fmt.Fprintf(&js, "%s{\"level\":\"error\",\"time\":\"2026-04-07T21:03:%02dZ\",\"message\":\"sync refused: oauth2: cannot fetch token: 400 Bad Request\\nResponse: {\\\"error\\\":\\\"invalid_grant\\\"}\"}\n", pre, i)
		}
		if name == "journald" {
			js.WriteString("Apr 07 21:04:10 shelf3 systemd[1]: ledgerd.service: Main process exited, code=exited, status=1/FAILURE\n")
		}
		js.WriteString("```\n")
		wantStatuses(t, "json records under "+name+": ", js.String(), 400, 400, 400)
	}
}

// TestKubectlPrefixComesOff: kubectl logs --prefix's pod and container
// ("[pod/ledger-6d8b9-r7wqm/sync] ") before each line of a dump come off.
func TestKubectlPrefixComesOff(t *testing.T) {
	want := readingOf(t, carriedDump)
	if got := readingOf(t, prefixEach(carriedDump, func(int) string { return "[pod/ledger-6d8b9-r7wqm/sync] " })); got != want {
		t.Errorf("kubectl --prefix: %s, want %s", got, want)
	}
}
