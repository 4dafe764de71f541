package parse

import "testing"

// TestEnvLoggerCurlTrace: a Rust program's env_logger header in brackets
// ("[<time> DEBUG <module>] ") comes off every record, and so does the tag
// the program writes before each line of libcurl's verbose trace: the
// trace reads as curl -v's, its redacted Authorization a credential sent.
// A bracketed timestamp without a level, or a tag before no trace marker,
// stays. Every value is invented.
func TestEnvLoggerCurlTrace(t *testing.T) {
	paste := "[2026-04-18T06:12:09Z DEBUG netlog::trace] curl: * Connected to idx.ferrowell.example port 443\n" +
		"[2026-04-18T06:12:09Z DEBUG netlog::trace] curl: > GET /config.json HTTP/2\n" +
		"[2026-04-18T06:12:09Z DEBUG netlog::trace] curl: > Host: idx.ferrowell.example\n" +
		"[2026-04-18T06:12:09Z DEBUG netlog::trace] curl: > Authorization: <hidden>\n" +
		"[2026-04-18T06:12:09Z DEBUG netlog::trace] curl: >\n" +
		"[2026-04-18T06:12:10Z DEBUG netlog::trace] curl: < HTTP/2 403\n" +
		"[2026-04-18T06:12:10Z DEBUG netlog::trace] curl: < content-type: text/plain\n" +
		"[2026-04-18T06:12:10Z DEBUG netlog::trace] curl: <\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 403 {
		t.Fatalf("exchanges %+v, want one 403", in.Exchanges)
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent {
		t.Errorf("credentials %+v, want sent", c)
	}
	for _, c := range []struct {
		line string
		want int
	}{
		{"[2026-04-18T06:12:09Z DEBUG netlog::trace] curl: > GET /x HTTP/2", len("[2026-04-18T06:12:09Z DEBUG netlog::trace] ")},
		{"[2026-04-18T06:12:09Z INFO] starting", len("[2026-04-18T06:12:09Z INFO] ")},
		{"[2026-04-18T06:12:09Z] starting", 0},
		{"[2026-04-18T06:12:09Z DEBUG two words] x", 0},
	} {
		if got := envLoggerPrefix(c.line); got != c.want {
			t.Errorf("envLoggerPrefix(%q) = %d, want %d", c.line, got, c.want)
		}
	}
	if _, ok := channelTag("note: the token expired"); ok {
		t.Error("a tag before words read as a trace's")
	}
}
