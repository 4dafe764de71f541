package classifier

import (
	"github.com/authtriage/authtriage/classifier/internal/jsonenc"
	"slices"
	"strconv"

	"github.com/authtriage/authtriage/classifier/secret"
)

// The report's JSON encoding: AppendJSON on Report, ExchangeReport,
// Overview, Page and ErrorJSON (json_gen.go) writes byte for byte what
// encoding/json's Marshal writes for them, with no reflection: a bulk report
// is encoded several times faster, and the wasm bridge needs no reflective
// encoder. json_gen.go is generated from the types by
// classifier/internal/genjson; after changing a report type, run
//
//go:generate go test -tags genjson -run ^TestJSONEncoderGenerated$ . -update
//
// (the tag swaps the generated file for encoding/json, so that a stale file
// that no longer compiles can be regenerated). TestJSONEncoderGenerated
// fails when json_gen.go is stale; the tests in json_test.go hold the two
// encoders equal on the corpus, on filled-in values and under fuzzing.

// appendJSONString appends s as encoding/json writes a string: quoted, with
// ", \ and control characters escaped, <, > and & escaped for HTML, invalid
// UTF-8 as \ufffd and U+2028, U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte { return jsonenc.AppendString(dst, s, true) }

// growJSON makes room before record i of the n of a list (jsonenc.Grow).
func growJSON(b []byte, start, i, n int) []byte { return jsonenc.Grow(b, start, i, n) }

// textOf is a MarshalText result as the string encoding/json writes
// (the report's MarshalText methods cannot fail).
func textOf(b []byte, _ error) string { return string(b) }

// The generated encoder's helpers: one call per field keeps json_gen.go's
// code (and the wasm module) small; the key writers are not inlined, or the
// calls would grow back into the code they replace.

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

// jsonIntMap writes a map of integers by string keys, keys sorted (null for nil).
func jsonIntMap[K ~string, I ~int | ~int8 | ~int16 | ~int32 | ~int64](b []byte, m map[K]I) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	b = append(b, '{')
	for i, k := range ks {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(appendJSONString(b, string(k)), ':')
		b = strconv.AppendInt(b, int64(m[k]), 10)
	}
	return append(b, '}')
}

// AppendSecretsJSON appends ss as json.Marshal writes them (the report's
// "secrets" list), for the wasm bridge's answers.
func AppendSecretsJSON(b []byte, ss []secret.Secret) []byte { return jsonSecretSecretList(b, ss) }

// AppendJSONString appends s as json.Marshal writes a string.
func AppendJSONString(b []byte, s string) []byte { return appendJSONString(b, s) }
