// The bridge's JSON arguments, read as encoding/json read them into their
// types (decode_test.go holds the two equal), without its reflective
// decoder (internal/jsonlite).

package main

import (
	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// optionNames are the JSON names of classifier.Options' decoded fields.
var optionNames = []string{"disable", "keepAtMost"}

// optionsInto reads the valid JSON value raw into o as encoding/json reads
// it into a classifier.Options; strict rejects unknown members.
func optionsInto(raw string, o *classifier.Options, strict bool) error {
	return jsonlite.Struct(raw, strict, optionNames, func(f int, v string) error {
		switch f {
		case 0:
			l, err := jsonlite.Strings(v, o.Disable)
			o.Disable = l
			return err
		default:
			n, set, err := jsonlite.Int(v)
			if set {
				o.KeepAtMost = n
			}
			return err
		}
	})
}

// readOptions reads the options argument as a json.Decoder with
// DisallowUnknownFields decodes it into a classifier.Options.
func readOptions(s string) (classifier.Options, error) {
	var o classifier.Options
	raw, err := jsonlite.FirstRaw(s)
	if err != nil {
		return o, err
	}
	return o, optionsInto(raw, &o, true)
}

var renderNames = []string{"format", "name", "options", "keepSecrets"}

// readRenderRequest reads authtriage.render's request as a json.Decoder
// with DisallowUnknownFields decodes it into a renderRequest.
func readRenderRequest(s string) (renderRequest, error) {
	var r renderRequest
	raw, err := jsonlite.FirstRaw(s)
	if err != nil {
		return r, err
	}
	return r, jsonlite.Struct(raw, true, renderNames, func(f int, v string) error {
		switch f {
		case 0, 1:
			str, set, err := jsonlite.String(v)
			if set && f == 0 {
				r.Format = str
			} else if set {
				r.Name = str
			}
			return err
		case 2:
			return optionsInto(v, &r.Options, true)
		default:
			b, set, err := jsonlite.Bool(v)
			if set {
				r.KeepSecrets = b
			}
			return err
		}
	})
}

var pageQueryNames = []string{"offset", "limit", "classes", "severities", "text"}

// readPageQuery reads a page query into q as json.Unmarshal does.
func readPageQuery(s string, q *classifier.PageQuery) error {
	return jsonlite.UnmarshalStruct(s, false, pageQueryNames, func(f int, v string) error {
		switch f {
		case 0, 1:
			n, set, err := jsonlite.Int(v)
			if set && f == 0 {
				q.Offset = n
			} else if set {
				q.Limit = n
			}
			return err
		case 2:
			l, err := jsonlite.Strings(v, q.Classes)
			q.Classes = l
			return err
		case 3:
			l, err := jsonlite.Strings(v, q.Severities)
			q.Severities = l
			return err
		default:
			str, set, err := jsonlite.String(v)
			if set {
				q.Text = str
			}
			return err
		}
	})
}
