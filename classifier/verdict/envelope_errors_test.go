package verdict

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestErrorInAttributes: XML APIs that put an error's message and code in
// attributes of an error element (`<error message="…"/>`, Flickr-style
// `<rsp stat="fail"><err code="…" msg="…"/></rsp>`) say what a message
// element would; attributes of other elements are data. Samples written
// for this test.
func TestErrorInAttributes(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`<error message="The session key has expired"/>`:                                                      rule.Authentication,
		`<?xml version="1.0"?><result><error code="7" message="Permission denied for this report"/></result>`: rule.Authorization,
		`<rsp stat="fail"><err code="98" msg="Invalid auth token" /></rsp>`:                                   rule.Authentication,
		`<items><item name="token list" message="Invalid token entries are skipped"/></items>`:                "",
	})
}

// TestFailedEnvelopeData: an envelope that calls its own answer failed
// (JSend's "status":"fail", WordPress's "success":false) holds the error
// in its data; the data of any other answer is data. Samples written for
// this test.
func TestFailedEnvelopeData(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"status":"fail","data":{"message":"You are not logged in"}}`:      rule.Authentication,
		`{"success":false,"data":{"message":"Invalid security token"}}`:     rule.Authentication,
		`{"status":"error","data":[{"msg":"Permission denied"}]}`:           rule.Authorization,
		`{"success":true,"data":{"message":"Invalid token entries: none"}}`: rule.None,
	})
}

// TestTermsGate: a service that refuses a known account until it accepts
// the terms or a licence of the data says so in its own words, and the
// next step is to accept them (samples written for this test).
func TestTermsGate(t *testing.T) {
	wantBodyClasses(t, map[string]rule.Class{
		`{"message":"Client has not agreed to the required terms and conditions.","reason":"missing"}`: rule.Authorization,
		`Error: required licences not accepted: dataset-use-licence`:                                   rule.Authorization,
		`{"error":"You must accept the terms of this competition before downloading its files"}`:       rule.Authorization,
	})
}
