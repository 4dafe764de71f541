package parse

import (
	"strings"
	"testing"
)

// TestEnvCommandCredential: a command that starts a program with its
// credential in the environment (docker run -e/--env, env NAME=…, NAME=…
// ./tool, export then the program) followed by the program's log gave the
// refused request that credential, also when the command line holds enough
// NAME=value pairs, one of them LOG_LEVEL= or …_SECRETS=, to look like a
// logfmt record; a masked value or a shell variable was sent all the same,
// its value unknown. A command whose variables name no credential (TZ,
// LOG_LEVEL, a URL) gives none.
func TestEnvCommandCredential(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		sent        bool
	}{
		{"docker run -e, LOG_LEVEL among the variables",
			"```\ndocker run --rm -e LOG_LEVEL=info -e HERON_API_KEY=hk_live_Wq4Zp8Tn2Rv6Lx9Cm3Bd -e HERON_URL=https://heron.example.net heron/agent:3\n" +
				"2025-02-11T08:01:02Z ERROR sync failed: request returned 401 Unauthorized\n```\n", true},
		{"docker run --env, a masked token, a name ending in ts=",
			"```\ndocker run    --env SINK_TYPE=stdout    --env MARTEN_SECRETS=xxx    --env MARTEN_ADDR=http://10.1.2.3:4646    marten/relay\n" +
				"ERROR: poll failed: Response was not statusCode 2XX, but was 403\n```\n", true},
		{"NAME=… before a script",
			"```\nQUILL_TOKEN=$QUILL_TOKEN QUILL_HOST=quill.example.org LOG_LEVEL=debug ./push.sh\n" +
				"time=\"2025-02-11T08:01:02Z\" level=error msg=\"push refused\" status=401\n```\n", true},
		{"sudo env, a token in angle brackets",
			"```\n$ sudo env LARK_TOKEN=<token> LARK_REGION=fra LOG_LEVEL=debug lark sync\n" +
				"time=\"2025-02-11T08:01:02Z\" level=error msg=\"sync refused\" status=401\n```\n", true},
		{"only settings that are no credential",
			"```\ndocker run --rm -e TZ=Europe/Paris -e LOG_LEVEL=debug -e HERON_URL=https://heron.example.net heron/agent:3\n" +
				"2025-02-11T08:01:02Z ERROR sync failed: request returned 401 Unauthorized\n```\n", false},
	} {
		got, err := Parse(c.paste)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		sent := false
		for _, x := range got.Exchanges {
			sent = sent || x.Response != nil && x.Credentials().State == CredSent
		}
		if sent != c.sent {
			t.Errorf("%s: credentials sent %v, want %v (%d exchanges)", c.name, sent, c.sent, len(got.Exchanges))
		}
	}
}

// TestEnvCommandIsNoRecord: a command line's NAME=value settings are not a
// logfmt record's keys, however many; a record stays one.
func TestEnvCommandIsNoRecord(t *testing.T) {
	for _, s := range []string{
		"docker run -e SINK=stdout -e OWL_TOKEN=xxx -e OWL_ADDR=http://owl.example -e LOG_LEVEL=DEBUG owl/firehose owl jobs",
		"podman run --env=LOG_LEVEL=info --env=OWL_SECRETS=abc --env=REGION=eu owl/agent",
		"$ env OWL_TOKEN=abc OWL_REGION=ams LOG_LEVEL=debug owl deploy",
		"OWL_TOKEN=abc OWL_HOST=owl.example.org LOG_LEVEL=debug ./push.sh --once",
	} {
		if recordLine(s) {
			t.Errorf("%s: read as a log record", s)
		}
	}
	for _, s := range []string{
		`time="2025-02-11T08:01:02Z" level=error msg="push refused" status=401`,
		`LEVEL=ERROR TS=2025-02-11T08:01:02Z MSG="push refused" STATUS=401`,
		`ts=2025-02-11T08:01:02Z level=warn caller=client.go:88 msg=retry status=403`,
	} {
		if !recordLine(s) {
			t.Errorf("%s: no longer read as a log record", s)
		}
	}
}

// TestEnvCredentialNotInHeadersShown: a program started with a credential
// in its environment whose logged request header block (Host shown) carries
// no credential did not put it into that request.
func TestEnvCredentialNotInHeadersShown(t *testing.T) {
	paste := "Started with:\n\n$ docker run -p 9000:9000 -e LOG_LEVEL=DEBUG -e WREN_TOKEN=$WREN_TOKEN -e WREN_URL=http://wren.example.net wren/console:2\n\nLog:\n\n" +
		strings.Join([]string{
			"2025-02-11 08:01:02.101 DEBUG 7 --- [pool-1-thread-2] org.apache.http.headers : http-outgoing-3 >> GET /admin/v2/tenants HTTP/1.1",
			"2025-02-11 08:01:02.101 DEBUG 7 --- [pool-1-thread-2] org.apache.http.headers : http-outgoing-3 >> Host: broker.example.net:8080",
			"2025-02-11 08:01:02.101 DEBUG 7 --- [pool-1-thread-2] org.apache.http.headers : http-outgoing-3 >> Connection: Keep-Alive",
			"2025-02-11 08:01:02.104 DEBUG 7 --- [pool-1-thread-2] org.apache.http.wire : http-outgoing-3 << \"HTTP/1.1 401 Unauthorized[\\r][\\n]\"",
		}, "\n") + "\n"
	got, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range got.Exchanges {
		if x.Response != nil && x.Credentials().State == CredSent {
			t.Errorf("credentials sent %v, want none: the logged header block carries none", x.Credentials().Carried)
		}
	}
}
