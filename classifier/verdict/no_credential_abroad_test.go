package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestNoCredentialAbroad: a body alone that says no credential came, in a
// language whose "no" is not English's ("Nenhuma chave enviada", "Keine
// Sitzung vorhanden"), is an authentication failure as "no token" is; the
// same word before another noun near a credential ("das Token hat keine
// Rechte") is not about the credential (values are invented).
func TestNoCredentialAbroad(t *testing.T) {
	for _, c := range []struct {
		msg  string
		auth bool
	}{
		{"Nenhuma chave de API enviada", true},
		{"Ningún token de acceso recibido", true},
		{"Aucune session active", true},
		{"Keine Sitzung vorhanden", true},
		{"Nessun token trovato nella richiesta", true},
		{"Geen token meegestuurd", true},
		{"Das Konto hat keine Bestellungen, Token ok", false},
		{"Nenhum pedido encontrado", false},
	} {
		paste := "{ \"fout\": { \"code\": 0, \"message\": \"" + c.msg + "\" } }\n"
		v := soleVerdict(t, c.msg, paste)
		if got := v.Class == rule.Authentication; got != c.auth {
			t.Errorf("%q: class %s, want authentication %v (%+v)", c.msg, v.Class, c.auth, v.Reasons)
		}
	}
}
