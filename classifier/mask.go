package classifier

import (
	"errors"
	"reflect"

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
	cp := maskCopy(reflect.ValueOf(r).Elem(), m).Interface().(Report)
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
	cp := maskCopy(reflect.ValueOf(er).Elem(), m).Interface().(ExchangeReport)
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
	var pe *parse.ParseError
	if err == nil || !errors.As(err, &pe) || pe.Text == "" {
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

var plainString = reflect.TypeOf("")

// maskCopy copies v deeply, masking every value of type string (named
// string types such as rule.Class are identifiers, not text).
func maskCopy(v reflect.Value, m *secret.Masker) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == plainString && m != nil {
			return reflect.ValueOf(m.String(v.String()))
		}
		return v
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(maskCopy(v.Elem(), m))
		return p
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			out.Field(i).Set(maskCopy(v.Field(i), m))
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(maskCopy(v.Index(i), m))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		it := v.MapRange()
		for it.Next() {
			out.SetMapIndex(maskCopy(it.Key(), m), maskCopy(it.Value(), m))
		}
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(maskCopy(v.Elem(), m))
		return out
	}
	return v
}
