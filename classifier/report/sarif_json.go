package report

import (
	"github.com/authtriage/authtriage/classifier/internal/jsonenc"
	"strconv"
)

// The SARIF log's JSON without reflection: sarif_json_gen.go, written by
// classifier/internal/genjson from the sarif types, with the helpers below
// (the classifier's, but for strings, which keep <, > and & as they are), is
// byte for byte what a json.Encoder with SetEscapeHTML(false) writes;
// jsonlite.AppendIndent then indents it as the Encoder's SetIndent does.
// After changing a sarif type, run
//
//go:generate go test -tags genjson -run ^TestSARIFEncoderGenerated$ . -update
//
// (the tag swaps the generated file for encoding/json, so that a stale file
// that no longer compiles can be regenerated). TestSARIFEncoderGenerated
// fails when the file is stale; sarif_json_test.go holds the two encoders
// equal on the corpus and under fuzzing.

// appendJSONString appends s as a json.Encoder with SetEscapeHTML(false)
// writes a string (jsonenc.AppendString).
func appendJSONString(dst []byte, s string) []byte { return jsonenc.AppendString(dst, s, false) }

// growJSON makes room before record i of the n of a list (jsonenc.Grow).
func growJSON(b []byte, start, i, n int) []byte { return jsonenc.Grow(b, start, i, n) }

// jsonComma writes the comma before a field that follows fields left out
// by omitempty, unless the object is still empty.
func jsonComma(b []byte) []byte {
	if b[len(b)-1] != '{' {
		b = append(b, ',')
	}
	return b
}

//go:noinline
func jsonKeyString(b []byte, key, v string) []byte {
	return appendJSONString(append(b, key...), v)
}

//go:noinline
func jsonKeyInt(b []byte, key string, v int64) []byte {
	return strconv.AppendInt(append(b, key...), v, 10)
}

//go:noinline
func jsonKeyBool(b []byte, key string, v bool) []byte {
	return strconv.AppendBool(append(b, key...), v)
}

// jsonStrings writes a list of strings (null for nil).
func jsonStrings[S ~string](b []byte, s []S) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, string(v))
	}
	return append(b, ']')
}

// jsonInts writes a list of integers (null for nil).
func jsonInts[I ~int | ~int8 | ~int16 | ~int32 | ~int64](b []byte, s []I) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, ']')
}
