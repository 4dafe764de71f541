//go:build genmask

package classifier

import (
	"reflect"

	"github.com/authtriage/authtriage/classifier/secret"
)

// With the genmask tag, mask_gen.go is left out and the reflective walk it
// replaced stands in for it, so that the generator builds whatever state
// mask_gen.go is in.

func maskClassifierReport(v *Report, m *secret.Masker) Report {
	return maskCopyRef(reflect.ValueOf(v).Elem(), m).Interface().(Report)
}

func maskClassifierExchangeReport(v *ExchangeReport, m *secret.Masker) ExchangeReport {
	return maskCopyRef(reflect.ValueOf(v).Elem(), m).Interface().(ExchangeReport)
}

var plainStringRef = reflect.TypeOf("")

// maskCopyRef copies v deeply, masking every value of type string (named
// string types such as rule.Class are identifiers, not text).
func maskCopyRef(v reflect.Value, m *secret.Masker) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == plainStringRef && m != nil {
			return reflect.ValueOf(m.String(v.String()))
		}
		return v
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(maskCopyRef(v.Elem(), m))
		return p
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			out.Field(i).Set(maskCopyRef(v.Field(i), m))
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(maskCopyRef(v.Index(i), m))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		it := v.MapRange()
		for it.Next() {
			out.SetMapIndex(maskCopyRef(it.Key(), m), maskCopyRef(it.Value(), m))
		}
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(maskCopyRef(v.Elem(), m))
		return out
	}
	return v
}
