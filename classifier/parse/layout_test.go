package parse

import (
	"reflect"
	"testing"
)

// A paste of many tiny exchanges holds a Response and an Exchange per
// exchange for the whole analysis (issue #14's bench: 1 MiB of bare status
// lines is about 39,000 of them), so their small fields sit side by side
// rather than each padded to a word of its own: only the end of a struct
// may be padded.
func TestPerExchangeStructsUnpadded(t *testing.T) {
	for _, v := range []any{Response{}, Body{}} {
		typ := reflect.TypeOf(v)
		sum := uintptr(0)
		for i := range typ.NumField() {
			sum += typ.Field(i).Type.Size()
		}
		if pad := typ.Size() - sum; pad >= uintptr(typ.Align()) {
			t.Errorf("%s: %d bytes of padding in %d; put its small fields (bool, StatusConfidence) together at the end", typ.Name(), pad, typ.Size())
		}
	}
}
