package parse

import (
	"encoding/json"
	"testing"
)

// TestHTTPMessageInAJSONRecord: an HTTP exchange a logger wrote as one JSON
// log record's string ({"level":"debug",…,"msg":"HTTP/1.1 401 …\r\n…"})
// reads as the exchange it holds, its positions on the record's line; a
// record whose string holds no HTTP message stays one record.
func TestHTTPMessageInAJSONRecord(t *testing.T) {
	dump := "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"orchard\"\r\nContent-Type: text/plain\r\n\r\nsign in to see the crates"
	msg, _ := json.Marshal(dump)
	text := "The sync daemon logs this on every run:\n\n" +
		`{"level":"debug","ts":"2026-05-02T06:41:09Z","caller":"sync/pull.go:88","msg":` + string(msg) + "}\n"
	in, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("%d exchanges", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if r.Status != 401 || r.Fields.Get("WWW-Authenticate") != `Basic realm="orchard"` || r.Pos.Line != 3 {
		t.Errorf("status %d, challenge %q, on line %d", r.Status, r.Fields.Get("WWW-Authenticate"), r.Pos.Line)
	}
	if in.Lines != 3 {
		t.Errorf("%d lines, want the paste's 3", in.Lines)
	}
	for _, plain := range []string{
		`{"level":"error","ts":"2026-05-02T06:41:09Z","msg":"pull failed:\nstatus 401 from the orchard"}`,
		// an SDK's report of a failed call names the call, not a request as sent
		`{"level":"error","ts":"2026-05-02T06:41:09Z","msg":"PUT https://orchard.example/crates/7\n----\nRESPONSE 403: 403 Forbidden"}`,
	} {
		if _, _, ok := unfoldRecords(plain + "\n"); ok {
			t.Errorf("a record holding no HTTP message was unfolded: %s", plain)
		}
	}
}

// TestPageInALoneJSONRecord: a paste that is nothing but one JSON log
// record whose string holds a page or a report of several lines (a logger's
// copy of a block page) reads as those lines; the same record under a
// person's words, holding no HTTP message, stays one record.
func TestPageInALoneJSONRecord(t *testing.T) {
	page := "Access denied\nYour request was blocked by our security rules.\nIf you believe this is a mistake, contact the site owner.\nRay ID: 9f8e7d6c5b4a3921"
	msg, _ := json.Marshal(page)
	record := `{"level":"warn","ts":"2026-02-02T08:00:00Z","msg":` + string(msg) + "}"
	u, _, ok := unfoldRecords(record + "\n")
	if !ok || u != page {
		t.Fatalf("not unfolded (%v): %q", ok, u)
	}
	in, err := Parse(record + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Body.Text[0] == '{' {
		t.Fatalf("the record was not read as the page it holds: %+v", in.Exchanges)
	}
	if _, _, ok := unfoldRecords("The proxy logs this:\n\n" + record + "\n"); ok {
		t.Errorf("a record under prose, holding no HTTP message, was unfolded")
	}
}
