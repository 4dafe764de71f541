package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAuthorizationGrantedLogged: an access decision logged as granted
// (Spring Security's FilterSecurityInterceptor at DEBUG, "Authorization
// successful", after the principal it found) is a request that went
// through, not a refusal; the principal's record ("credentialsNonExpired:
// true") names no failure.
func TestAuthorizationGrantedLogged(t *testing.T) {
	wantClasses(t, map[string]rule.Class{
		" o.s.s.w.a.i.FilterSecurityInterceptor    : Previously Authenticated: org.springframework.security.authentication.UsernamePasswordAuthenticationToken@71c2e0aa: Principal: org.springframework.security.core.userdetails.User@1f0c: Username: ledger-admin; Password: [PROTECTED]; Enabled: true; AccountNonExpired: true; credentialsNonExpired: true; AccountNonLocked: true; Granted Authorities: ROLE_ADMIN\n" +
			" o.s.s.access.vote.AffirmativeBased       : Voter: org.springframework.security.web.access.expression.WebExpressionVoter@5d1e07b3, returned: 1\n" +
			" o.s.s.w.a.i.FilterSecurityInterceptor    : Authorization successful\n" +
			" o.s.web.servlet.DispatcherServlet        : GET \"/ledger/export\", parameters={}\n": rule.None,
	})
}
