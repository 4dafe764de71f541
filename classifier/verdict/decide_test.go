package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/verdict"
)

func resp(status int) *parse.Exchange {
	return &parse.Exchange{Response: &parse.Response{Status: status, Pos: parse.Pos{Line: 1}}}
}

func TestDecideRanks(t *testing.T) {
	x := resp(403)
	facts := &rule.Facts{Credentials: parse.Credentials{State: parse.CredUnknown}, Status: 403}
	sig := []rule.Signal{
		{Class: rule.Blocked, Weight: rule.TierInfra.Weight(10), Kind: rule.KindWAF, Reason: "edge"},
		{Class: rule.Authentication, Weight: rule.TierVendor.Weight(1), Kind: rule.KindVendor, Reason: "vendor says anonymous"},
	}
	v := verdict.Decide(x, facts, sig)
	if v.Class != rule.Authentication {
		t.Fatalf("class %s, want the vendor signal to outrank infra and status", v.Class)
	}
	if len(v.Overruled) != 2 {
		t.Errorf("overruled %+v, want the infra and status signals", v.Overruled)
	}
}

func TestDecideStatusFallbacks(t *testing.T) {
	for _, c := range []struct {
		status int
		want   rule.Class
	}{{401, rule.Authentication}, {403, rule.Authorization}, {404, rule.None}, {407, rule.Authentication},
		{429, rule.Blocked}, {511, rule.Blocked}, {200, rule.None}, {500, rule.None}, {0, rule.Unknown}} {
		v := verdict.Decide(resp(c.status), &rule.Facts{Status: c.status}, nil)
		if v.Class != c.want {
			t.Errorf("status %d: class %s, want %s", c.status, v.Class, c.want)
		}
	}
}

// A body-only paste takes the status its vendor always uses, a little weaker
// than a real status line.
func TestDecideImpliedStatus(t *testing.T) {
	v := verdict.Decide(resp(0), &rule.Facts{Status: 403}, nil)
	if v.Class != rule.Authorization || len(v.Reasons) != 1 || v.Reasons[0].Weight >= int(rule.TierStatus) {
		t.Errorf("implied status: %+v", v)
	}
}

// The engine's own Bearer error signal steps aside when a rule signals it.
func TestDecideBearerDedupe(t *testing.T) {
	x := resp(401)
	ch := rule.Challenge{Scheme: "Bearer", Params: []rule.Param{{Name: "error", Value: "insufficient_scope"}}}
	facts := &rule.Facts{Challenges: []rule.Challenge{ch}, Status: 401}
	v := verdict.Decide(x, facts, nil)
	if v.Class != rule.Authorization || v.Reasons[0].Kind != rule.KindBearerError {
		t.Fatalf("engine bearer signal: %+v", v.Reasons)
	}
	own := rule.SignBearerScope.Signal(rule.Authorization, "rule wording", nil)
	own.Rule = "AT1040"
	v = verdict.Decide(x, facts, []rule.Signal{own})
	n := 0
	for _, r := range v.Reasons {
		if r.Kind == rule.KindBearerError {
			n++
			if r.Rule != "AT1040" {
				t.Errorf("engine copy kept: %+v", r)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d bearer-error reasons, want 1", n)
	}
}

func TestMeaning(t *testing.T) {
	x := resp(403)
	hit := rule.VendorHit{ID: "k8s-anonymous", Vendor: "Kubernetes", Class: rule.Authentication, Weight: rule.TierVendor.Weight(45), Kind: rule.KindVendor, Meaning: "anonymous"}
	waf := rule.VendorHit{ID: "akamai", Vendor: "Akamai", Class: rule.Blocked, Weight: rule.TierInfra.Weight(50), Kind: rule.KindWAF, Meaning: "edge"}
	c, s := verdict.Meaning(x, &rule.Facts{Vendor: []rule.VendorHit{hit, waf}, Status: 403})
	if c != rule.Authentication || s == nil || s.Vendor != "Kubernetes" {
		t.Errorf("meaning %s %+v", c, s)
	}
	c, _ = verdict.Meaning(x, &rule.Facts{Vendor: []rule.VendorHit{waf}, Status: 403})
	if c != "" {
		t.Errorf("infrastructure below the vendor tier is not a meaning: %s", c)
	}
}

// An object store answers an unsigned request with the AccessDenied it gives
// a caller without the permission: shown without credentials, the refusal
// is to an anonymous caller; with credentials, or with the request not
// shown, it stays a policy refusal.
func TestDecideAnonymousAlike(t *testing.T) {
	hit := rule.VendorHit{ID: "minio-access-denied", Vendor: "MinIO", Product: "object storage", Class: rule.Authorization,
		Weight: rule.TierVendor.Weight(50), Kind: rule.KindVendor, Meaning: "policy", Traits: rule.TraitAnonymousAlike}
	plain := hit
	plain.Traits = 0
	for _, c := range []struct {
		state parse.CredState
		hit   rule.VendorHit
		want  rule.Class
	}{
		{parse.CredNone, hit, rule.Authentication},
		{parse.CredSent, hit, rule.Authorization},
		{parse.CredUnknown, hit, rule.Authorization},
		{parse.CredNone, plain, rule.Authorization},
	} {
		facts := &rule.Facts{Vendor: []rule.VendorHit{c.hit}, Status: 403, Credentials: parse.Credentials{State: c.state}}
		v := verdict.Decide(resp(403), facts, nil)
		if v.Class != c.want {
			t.Errorf("credentials %s, traits %d: class %s, want %s", c.state, c.hit.Traits, v.Class, c.want)
		}
		if m, _ := verdict.Meaning(resp(403), facts); m != c.want {
			t.Errorf("credentials %s, traits %d: meaning %s, want %s", c.state, c.hit.Traits, m, c.want)
		}
	}
}

// A challenge's RFC 6750 error code on a response that was served (a 2xx
// or 3xx) refused nothing: an access module that tried its requirements in
// turn may leave the failed one's challenge on the answer a later one
// granted. The status stands; on a refusal, or with no status, the code
// still says what the server thought of the token.
func TestDecideChallengeErrorOnServedResponse(t *testing.T) {
	for _, c := range []struct {
		status int
		code   string
		want   rule.Class
	}{
		{200, "insufficient_scope", rule.None},
		{204, "invalid_token", rule.None},
		{302, "insufficient_scope", rule.None},
		{403, "insufficient_scope", rule.Authorization},
		{0, "insufficient_scope", rule.Authorization},
		{0, "invalid_token", rule.Authentication},
	} {
		ch := rule.Challenge{Scheme: "Bearer", Params: []rule.Param{{Name: "realm", Value: "files"}, {Name: "error", Value: c.code}}}
		v := verdict.Decide(resp(c.status), &rule.Facts{Challenges: []rule.Challenge{ch}, Status: c.status}, nil)
		if v.Class != c.want {
			t.Errorf("%d with error=%s: class %s, want %s (%+v)", c.status, c.code, v.Class, c.want, v.Reasons)
		}
	}
}
