package classifier

import (
	"errors"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/secret"
)

// Masker returns the masker for the credentials of the report's paste (the
// same ones Report.Secrets lists), or nil when there are none.
func (r *Report) Masker() *secret.Masker {
	if r == nil || r.input == nil || len(r.input.Secrets) == 0 {
		return nil
	}
	if r.masker == nil {
		r.masker = secret.NewMasker(r.input.Secrets)
	}
	return r.masker
}

// Masked returns a copy of the report with every credential of its paste
// masked in every string: evidence, URLs, messages, explanations, vendor
// evidence, notes and warnings. It is the report the user saw, masked; it
// never analyses again. The receiver is not changed.
func (r *Report) Masked() *Report {
	if r == nil {
		return nil
	}
	m := r.Masker()
	cp := maskClassifierReport(r, m) // mask_gen.go
	for i := range cp.Secrets {
		cp.Secrets[i].Value = ""
	}
	return &cp
}

// MaskedExchange returns a copy of er, one exchange of this report's paste,
// with every credential masked, as Masked does for a whole report: a
// streaming writer masks each exchange as it is emitted.
func (r *Report) MaskedExchange(er *ExchangeReport) *ExchangeReport {
	m := r.Masker()
	if er == nil || m == nil {
		return er // nothing to mask: no copy
	}
	cp := maskClassifierExchangeReport(er, m)
	return &cp
}

// MaskText masks the credentials of the report's paste in text, the paste
// itself: every span the finder marked, and every other copy of a value.
// It is what the share link carries.
func (r *Report) MaskText(text string) string {
	if m := r.Masker(); m != nil {
		return m.Text(text)
	}
	return text
}

// MaskError masks the credentials of text in a parse error's quoted line, so
// that an error about a paste never repeats a secret from it.
func MaskError(err error, text string) error {
	pe, ok := errors.AsType[*parse.ParseError](err)
	if !ok || pe.Text == "" {
		return err
	}
	m := secret.NewMasker(secret.Scan(text))
	cp := *pe
	cp.Text = m.String(pe.Text)
	if cp.Text == pe.Text {
		return err
	}
	return &cp
}

// The masked copy (maskClassifierReport, maskClassifierExchangeReport) is generated from the
// report types by classifier/internal/genmask into mask_gen.go: plain code,
// not a reflective walk, which kept most of package reflect in the wasm
// module (about 19 KB gzip). After changing a report type, run
//
//go:generate go test -tags genmask -run ^TestMaskGenerated$ . -update
//
// (the tag swaps the generated file for the reflective walk, so that a stale
// file that no longer compiles can be regenerated). TestMaskGenerated fails
// when mask_gen.go is stale; mask_gen_test.go holds the two copies equal on
// the corpus and under fuzzing.
