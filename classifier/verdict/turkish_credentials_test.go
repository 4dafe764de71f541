package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestTurkishCredentialWordings: Turkish APIs (payment, e-invoice, cargo)
// name the credential they turned down as a signature (imza), a key
// (anahtar), credentials (kimlik bilgileri) or API credentials (api
// bilgileri), often typed without the language's letters; a refusal of
// something else in the same words is not about a credential (values are
// invented).
func TestTurkishCredentialWordings(t *testing.T) {
	for _, c := range []struct {
		msg  string
		auth bool
	}{
		{"Hatalı imza", true},
		{"API anahtarı geçersiz", true},
		{"Kimlik bilgileri bulunamadı", true},
		{"api bilgileri bulunamadi veya gecersiz", true},
		{"Gecersiz imza", true},
		{"Sipariş bulunamadı", false},
	} {
		paste := "Cevap:\n```\n{\"status\":\"failure\",\"errorCode\":\"2207\",\"errorMessage\":\"" + c.msg + "\",\"locale\":\"tr\",\"systemTime\":1699001122334}\n```\n"
		v := soleVerdict(t, c.msg, paste)
		if got := v.Class == rule.Authentication; got != c.auth {
			t.Errorf("%q: class %s, want authentication %v (%+v)", c.msg, v.Class, c.auth, v.Reasons)
		}
	}
}
