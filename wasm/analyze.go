// The part of the bridge that does not touch JavaScript. It builds for every
// target so that its tests run natively too.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/authtriage/authtriage/classifier"
)

// version is what globalThis.authtriage.version holds: the report format's
// version, the same one every report carries.
func version() string { return classifier.Version }

// analyze decodes optJSON (empty means none) and runs the classifier.
func analyze(text, optJSON string) []byte {
	var opts classifier.Options
	if optJSON != "" {
		dec := json.NewDecoder(bytes.NewReader([]byte(optJSON)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&opts); err != nil {
			return usageError(fmt.Errorf("options: %w", err))
		}
	}
	return classifier.AnalyzeJSON(text, opts)
}

// usageError is the caller's mistake, in the classifier's error shape.
func usageError(err error) []byte {
	b, _ := json.Marshal(classifier.NewErrorJSON(err))
	return b
}

// guard runs fn and turns a panic into an internal error answer. safejs does
// not recover panics in callbacks, and an unrecovered one would end the Go
// program: every later call from the page would then throw.
func guard(fn func() []byte) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = internalError(fmt.Errorf("internal error: %v", r))
		}
	}()
	return fn()
}

// internalError is a bug, in the classifier's error shape with internal set.
func internalError(err error) []byte {
	e := classifier.NewErrorJSON(err)
	e.Error.Internal = true
	b, _ := json.Marshal(e)
	return b
}
