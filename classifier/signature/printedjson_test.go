package signature

import (
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
)

// TestCompactMarkersAcrossNotations: a compact JSON marker of the table
// matches the same object printed another way (pretty-printed, a Ruby hash,
// a Python dict, Node's util.inspect), and the evidence quotes the printed
// line; prose and other values do not match, and whitespace inside strings
// counts. Samples written for this test.
func TestCompactMarkersAcrossNotations(t *testing.T) {
	table := []Signature{{ID: "sample-key-suspended", Vendor: "Sample", Product: "API",
		All:   []Marker{b(`"code":40317,"message":"key suspended"`)},
		Class: authn, Kind: KindVendor}}
	cases := []struct {
		name, body string
		want       bool
	}{
		{"compact json", `{"errors":[{"code":40317,"message":"key suspended"}]}`, true},
		{"pretty-printed json", "{\n  \"errors\": [\n    {\n      \"code\": 40317,\n      \"message\": \"key suspended\"\n    }\n  ]\n}", true},
		{"ruby hash", `{"errors"=>[{"code"=>40317, "message"=>"key suspended"}], "success"=>false}`, true},
		{"ruby symbol keys", `{:errors=>[{:code=>40317, :message=>"key suspended"}]}`, true},
		{"python dict", `{'errors': [{'code': 40317, 'message': 'key suspended'}], 'success': False, 'result': None}`, true},
		{"node util.inspect", "{\n  errors: [ { code: 40317, message: 'key suspended' } ],\n  success: false\n}", true},
		{"prose", "it says code 40317, message key suspended, in the dashboard", false},
		{"other code", `{"errors"=>[{"code"=>40318, "message"=>"key suspended"}]}`, false},
		{"spaces inside a string count", "{\n  \"code\": 40317,\n  \"message\": \"keysuspended\"\n}", false},
	}
	for _, c := range cases {
		x := &parse.Exchange{Response: &parse.Response{Status: 401, Body: parse.Body{Text: "error: " + c.body}}}
		hits := MatchTable(table, x, "")
		if (len(hits) == 1) != c.want {
			t.Errorf("%s: matched %v, want %v", c.name, len(hits) == 1, c.want)
			continue
		}
		if c.want && !strings.Contains(hits[0].Evidence[0].Text, "40317") {
			t.Errorf("%s: evidence %q does not quote the printed marker", c.name, hits[0].Evidence[0].Text)
		}
	}
	// A marker written in another notation on purpose matches as written.
	if compactMarker(`"status" : 403`) || compactMarker(`'code': 10000`) || !compactMarker(`"message":"Authentication error"`) {
		t.Error("compactMarker took a marker in another notation for compact JSON, or the reverse")
	}
}

// TestPrintedIndexOnFirstNeed: the index of the compact JSON markers is
// built on the first body that looks like an object printed in another
// notation, not with the table's index: a compact JSON body or prose never
// needs it, and a first visit's analysis (issue #14) spent a tenth of its
// work telling the table's compact markers apart. Once built, it finds
// them as before. Samples written for this test.
func TestPrintedIndexOnFirstNeed(t *testing.T) {
	table := []Signature{{ID: "sample-seat-limit", Vendor: "Sample", Product: "API",
		All:   []Marker{b(`"reason":"seat_limit"`)},
		Class: authz, Kind: KindVendor}}
	ix := indexOf(table)
	for _, body := range []string{`{"reason":"seat_limit","seats":12}`, "the seat limit was reached for team 7781"} {
		MatchTable(table, &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: body}}}, "")
	}
	if ix.printed != nil {
		t.Fatal("the printed markers' index was built for bodies that are not printed objects")
	}
	x := &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: "{\n  reason: 'seat_limit',\n  seats: 12\n}"}}}
	if hits := MatchTable(table, x, ""); len(hits) != 1 {
		t.Fatalf("the printed object did not match: %v", hits)
	}
	if ix.printed == nil || ix.printed.Len() != 1 {
		t.Fatal("the printed markers' index was not built on the first printed body")
	}
}

// TestStylesheetIsNotAPrintedObject: an HTML page's style elements (braces
// and "name: value" pairs) do not make its body look like an object printed
// in another notation, so a gateway's error page is not rewritten, nor the
// printed markers' index built for it (issue #14); a printed object in the
// page's text still is found, with a style element before it or not, and a
// style element left open hides the rest. Samples written for this test.
func TestStylesheetIsNotAPrintedObject(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>401</title>\n<STYLE type=\"text/css\">\n  body { margin: 0; color: #333 }\n  .box { padding: 4px }\n</Style >\n<style>h1 { font-size: 40px }</style></head>\n" +
		"<body><h1>401</h1><p>Error: the session for tenant 5521 ended</p></body></html>"
	withObject := strings.Replace(page, "</body>", "<pre>{'reason': 'seat_limit', 'seats': 12}</pre></body>", 1)
	cases := []struct {
		name, body string
		want       bool
	}{
		{"stylesheets only", page, false},
		{"printed object after the stylesheets", withObject, true},
		{"printed object before a stylesheet", "{'reason': 'seat_limit'}\n<style>p { color: red }</style>", true},
		{"braces in a stylesheet, the pair in the text", "<style>p{color:red}</style><p>Error: denied</p>", false},
		{"a style element left open", "<p>Error: denied</p><style>p { color: red }", false},
		{"no style element", "{\n  reason: 'seat_limit'\n}", true},
		{"a tag that is not style", "<styles>{reason: 'seat_limit'}</styles>", true},
	}
	for _, c := range cases {
		if got := looksPrinted(c.body); got != c.want {
			t.Errorf("%s: looksPrinted %v, want %v", c.name, got, c.want)
		}
	}
	table := []Signature{{ID: "sample-seat-limit", Vendor: "Sample", Product: "API",
		All:   []Marker{b(`"reason":"seat_limit"`)},
		Class: authz, Kind: KindVendor}}
	ix := indexOf(table)
	if hits := MatchTable(table, &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: page}}}, ""); len(hits) != 0 || ix.printed != nil {
		t.Fatalf("a page with stylesheets only: %d hits, printed index built %v", len(hits), ix.printed != nil)
	}
	if hits := MatchTable(table, &parse.Exchange{Response: &parse.Response{Status: 403, Body: parse.Body{Text: withObject}}}, ""); len(hits) != 1 {
		t.Fatalf("the printed object in the page's text did not match: %v", hits)
	}
}
