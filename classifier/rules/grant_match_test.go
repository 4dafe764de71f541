package rules

import (
	"github.com/authtriage/authtriage/classifier/internal/israce"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/lazyre"
	"github.com/authtriage/authtriage/classifier/internal/lazyre/lazyretest"
)

// grantTexts are refusals written for the hand-written matchers (new
// names and values, the notations of the services the expressions are
// for), then random strings of the expressions' own words and marks, then
// the tune corpus.
func grantTexts(t *testing.T) []string {
	texts := []string{
		`{"error":"insufficient_scope","message":"requires scope billing:export"}`,
		`'error' : 'invalid_client'`, `"error": "access_denied_for_this_tenant_id_yes"`, `"error":"Bad_request"`,
		`"error":"abcdefghijklmnopqrstuvwxyz_abcd"`, `"error":"abcdefghijklmnopqrstuvwxyz_abc"`, `'error':'deny'`, `"error" :'nope_'`,
		"Caller is missing the permission 'ledger.entries.read'.",
		"This endpoint requires one of the following scopes: ['read:invoices', 'admin']",
		"Request needs any of roles: [ \"auditor\" , \"owner\" ]", "lacks group [ 'ops' ] and [x]", "requires role [ab]",
		"requires the role ‘Fleet Admin’ for this", "Needed: the permission “vault:unseal”.", "missing scope `repo`",
		"without the ROLE(s): reports/view.all", "having authorities: [ROLE_AUDIT]", "requires authority x.y:z",
		"missing permissions repo:write", "requires rolesadmin:x", "requires rolex:y", "needs scope(s)  :  metrics.write",
		"requires one of [\"a.b\", \"c.d\"]", "requires all of 'x' ", "Requires any of  \t“finance-ro”",
		"permissions required: billing.read", "Scope needed : 'tickets'", "role(s) missing:x:y", "group  required\n: 'g'",
		"role 'auditor' is required", "policy \"deny-external\" matched", "policies `p1` denied", "privilege ‘x’ missing",
		`{"required_permissions": ["storage.buckets.get"]}`, `{'needed': 'chat:write'}`, `"missingScope": [ 'x' ]`,
		`"permission" : "reports.view"`, `"required":["a"]`,
		"requires role 'x y'", "missing the group \"qa-team\"", "requires the permission 'a'", "needs privileges \"sudo\"",
		"lacking a right [ \" x ]", "needs an authority ['x'  ]", "required the scopes 'x' ]", "missing the [ 'a' ]",
	}
	words := []string{"missing", "requires", "require", "required", "lack", "lacks", "lacking", "needs", "needed", "without",
		"having", "the", "a", "an", "one", "any", "all", "of", "following", "role", "roles", "scope", "Scopes", "permission",
		"privileges", "rights", "authority", "authorities", "group", "groups", "(s)", "policy", "policies", "matched", "is required",
		"error", "required_scopes", "missing_permission", "needed", "invalid_token", "x", "ab", "a.b", "c:d", "e/f.g", "h*",
		"ROLE", "MISSING", "Group", "ſ", "K", "é", "\xff"}
	marks := []string{" ", "  ", "\t", "\n", "\r\n", ":", " : ", "'", "\"", "`", "‘", "’", "“", "”", "[", "]", "[ ", " ]",
		",", ".", "-", "_", "/", "(", ")", "{", "}"}
	r := rand.New(rand.NewPCG(14, 7031))
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := 1 + r.IntN(14); k > 0; k-- {
			if r.IntN(2) == 0 {
				b.WriteString(words[r.IntN(len(words))])
			} else {
				b.WriteString(marks[r.IntN(len(marks))])
			}
		}
		texts = append(texts, b.String())
	}
	// refusals built slot by slot from the expressions' parts and their
	// near misses
	slots := [][]string{
		{"missing", "Requires", "require", "required", "lacks", "lacking", "NEEDS", "needed", "without", "having", "policy",
			"policies", "\"required_scopes\"", "'missing_permission'", "\"permissions\"", "'needed'", "\"error\"", "'error'", "x", ""},
		{" ", "  ", "\t", "", "\n", " : ", ":", ": ", "\" : "},
		{"", "", "the ", "a ", "an ", "The  ", "one of ", "any of the ", "all of the following ", "one  of\n", "one ", "of "},
		{"roles", "role", "scope(s)", "Scopes", "permission", "privileges", "rights", "authority", "authorities", "group", "Groups",
			"policy", "needed", "required", "missing", "", "\"invalid_grant\"", "'bad'"},
		{" ", "", ":", " : ", "  ", "\t:", " needed: ", " required :", " missing:", " missing ", " Required\n:"},
		{"'x'", "'admin role'", "\"a.b\"", "[a, b]", "[ 'x' ]", "[\"x\"]", "‘x’", "“xy”", "x:y", "a/b.c", "xy", "ab", "'a'", "[]",
			"[ab", "'a\nb'", "\"iam.roles.get\"", "[ \"x\" , \"y\" ]", "`repo`", "x-y.z*", "'é:ü'", "[\xff\xfe]", "['a']]"},
		{" is required", " matched", " denied", "", " missing", ".", "\"", "'", " is missing", "s", "]", " required."},
	}
	for n := 0; n < 6000; n++ {
		var b strings.Builder
		for _, alts := range slots {
			if r.IntN(9) > 0 {
				b.WriteString(alts[r.IntN(len(alts))])
			}
			if r.IntN(12) == 0 {
				b.WriteString(marks[r.IntN(len(marks))])
			}
		}
		texts = append(texts, b.String())
	}
	pick := func(alts ...string) string { return alts[r.IntN(len(alts))] }
	for n := 0; n < 3000; n++ {
		texts = append(texts,
			pick("missing", "requires", "Require", "lacks", "needs", "needed", "x")+pick(" ", "  ", "\t", "")+pick("", "the ", "THE ", "the", "a ")+
				pick("role", "scopes", "Permission", "privilege", "authoritys", "group", "")+pick(" ", "", "  ", "\n")+
				pick("'admin'", "\"a b\"", "'x'", "'a:b/c-d.e'", "\"é\"", "'ab", "ab'"),
			pick("requires", "require", "Requires", "needs")+pick(" ", "\n ", "")+pick("one", "ANY", "all", "none")+pick(" ", "\t", "")+
				pick("of", "Of", "off", "")+pick(" ", "  ", "", "\n")+pick("'x'", "[a, b]", "[ \"x\" ]", "‘x’", "“ab”", "[x]", "['a']", "[]"),
			pick("\"", "'")+pick("required", "missing_scopes", "neededRoles", "permissions", "privilege", "needed", "lacking_role", "error")+
				pick("\"", "'")+pick("", " ", "\t")+pick(":", "", "=")+pick("", " ", "\n")+
				pick("\"x.y\"", "'ab'", "[\"a\"]", "[ 'b' ]", "[]", "\"a\\\"b\"", "'a\nb'", "\"x\"]"))
	}
	for n := 0; n < 3000; n++ {
		texts = append(texts,
			pick("the", "The", "THE", "thee", "x the")+pick(" ", "\n", "", "  ")+
				pick("Maintainer", "Site-Admin", "'billing.admin'", "[ops]", "a.b", "Xy", "X", "“Q”", "Ab_c", "admin")+
				pick(" ", "", "\t")+pick("role", "roles", "group", "Groups", "scope(s)", "rolex", "permission", "role(s) x", "groupie"),
			pick("missing", "Required", "needed", "lacking", "need", "MISSING")+pick(" ", "", "\n")+
				pick("role", "Scopes", "group(s)", "authority", "authorities", "rights", "x")+pick("", " ")+pick(":", "", "::")+pick(" ", "")+
				pick("admin", "a", "x.y", "'q'", "A:b/c", "é"))
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "real", "tune", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b[:min(len(b), 16<<10)]))
	}
	return texts
}

// TestGrantMatchersLikeRegexp holds the hand-written guards and anchored
// matchers to the expressions they serve.
func TestGrantMatchersLikeRegexp(t *testing.T) {
	if israce.Enabled {
		t.Skip("one goroutine, CPU-bound and sixty times slower under -race, which finds nothing without a second goroutine; make wasmtest and a plain go test run it")
	}
	texts := grantTexts(t)
	for _, re := range []*lazyre.Regexp{genericRoleRe, needNamedRe, needOneOfRe, nounNamedRe, quotedVerbRe, grantKeyRe, oauthCodeRe, theNamedRe, colonNamedRe, capNamedRe} {
		if n := lazyretest.SameAnchored(t, re.Expr, re.Guard, re.Anchored, texts); n < 20 {
			t.Errorf("%s: only %d matches in the texts: they do not exercise it", re.Expr, n)
		}
	}
}
