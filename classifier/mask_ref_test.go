//go:build !genmask

package classifier

import (
	"reflect"

	"github.com/authtriage/authtriage/classifier/secret"
)

// The reflective walk Masked used before mask_gen.go (kept for the tests,
// which hold the two equal; with the genmask tag it is mask_fallback.go's).

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
