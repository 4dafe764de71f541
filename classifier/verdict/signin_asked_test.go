package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAuthorizationRequiredAsked: "Authorization Required", the title Apache
// and nginx give a 401, and the words clients print for one (Mercurial's
// "abort: http authorization required for URL") ask for credentials, with
// no status shown too (values are invented).
func TestAuthorizationRequiredAsked(t *testing.T) {
	for _, paste := range []string{
		"```\n$ hg clone https://hg.example.org/lab/sensor-tools\nabort: http authorization required for https://hg.example.org/lab/sensor-tools\n```\n",
		"```\n$ git clone hg::https://code.example.net/ops/runbooks\nCloning into 'runbooks'...\nabort: http authorization required for https://code.example.net/ops/runbooks\n```\n",
	} {
		if v := soleVerdict(t, paste, paste); v.Class != rule.Authentication {
			t.Errorf("%q: class %s, want authentication (%+v)", paste, v.Class, v.Reasons)
		}
	}
}

// TestInformalSignInWordings: sites that address their users informally
// (German "du", French "tu", Spanish "tú", Italian "tu") ask them to sign
// in (again), or say their sign-in ran out, in words of their own; a
// message that only mentions signing in as a step does not refuse (values
// are invented).
func TestInformalSignInWordings(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want rule.Class
	}{
		{"Deine Anmeldung ist abgelaufen, bitte melde dich erneut an.", rule.Authentication},
		{"Bitte logge dich ein, um Beiträge zu schreiben.", rule.Authentication},
		{"Anmeldung abgelaufen.", rule.Authentication},
		{"Connecte-toi pour voir ce sujet.", rule.Authentication},
		{"Inicia sesión para continuar.", rule.Authentication},
		{"Accedi di nuovo per continuare.", rule.Authentication},
	} {
		paste := "Ich lasse die Session ablaufen und bekomme danach zwei Hinweise (div class alert alert-error)\n- " + c.msg + "\n- true\n"
		if v := soleVerdict(t, c.msg, paste); v.Class != c.want {
			t.Errorf("%q: class %s, want %s (%+v)", c.msg, v.Class, c.want, v.Reasons)
		}
	}
}
