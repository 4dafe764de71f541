//go:build genjson

package report

import (
	"bytes"
	"encoding/json"
)

// With the genjson tag, sarif_json_gen.go is left out and encoding/json
// stands in for it, so that the generator builds whatever state the
// generated file is in.

func sarifMarshal(b []byte, v any) []byte {
	var w bytes.Buffer
	enc := json.NewEncoder(&w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return append(b, bytes.TrimSuffix(w.Bytes(), []byte("\n"))...)
}

func jsonsarifTool(b []byte, v *sarifTool) []byte                  { return sarifMarshal(b, v) }
func jsonsarifResult(b []byte, v *sarifResult) []byte              { return sarifMarshal(b, v) }
func jsonsarifRunProps(b []byte, v *sarifRunProps) []byte          { return sarifMarshal(b, v) }
func jsonsarifArtifactList(b []byte, v []sarifArtifact) []byte     { return sarifMarshal(b, v) }
func jsonsarifInvocationList(b []byte, v []sarifInvocation) []byte { return sarifMarshal(b, v) }
