//go:build genjson

package classifier

import (
	"encoding/json"

	"github.com/authtriage/authtriage/classifier/secret"
)

// With the genjson tag, json_gen.go is left out and encoding/json stands
// in for it, so that the generator builds whatever state json_gen.go is in.

func marshalAppend(b []byte, v any) []byte {
	j, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return append(b, j...)
}

func (v *Report) AppendJSON(b []byte) []byte                  { return marshalAppend(b, v) }
func (v *ExchangeReport) AppendJSON(b []byte) []byte          { return marshalAppend(b, v) }
func (v *Overview) AppendJSON(b []byte) []byte                { return marshalAppend(b, v) }
func (v *Page) AppendJSON(b []byte) []byte                    { return marshalAppend(b, v) }
func (v *ErrorJSON) AppendJSON(b []byte) []byte               { return marshalAppend(b, v) }
func jsonSecretSecretList(b []byte, s []secret.Secret) []byte { return marshalAppend(b, s) }
