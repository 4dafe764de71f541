package signature

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// TestProductCatalogue checks the breadth and the provenance of the table:
// at least 120 products, every product signature with the product's own
// documentation and a realistic case that cites its public source.
func TestProductCatalogue(t *testing.T) {
	products := map[string]bool{}
	for _, s := range Table {
		products[s.Vendor+"\x00"+s.Product] = true
	}
	if len(products) < 120 {
		t.Errorf("the table covers %d products, want at least 120", len(products))
	}
	for _, s := range Table {
		if !strings.HasPrefix(s.Doc, "https://") {
			t.Errorf("%s: Doc must link the product's documentation, got %q", s.ID, s.Doc)
		}
	}
	for _, s := range productTable {
		c := tableCases[s.ID]
		if !strings.Contains(c[0].src, "https://") && !strings.Contains(c[0].src, "corpus") {
			t.Errorf("%s: the realistic case does not cite its public source", s.ID)
		}
	}
}

// hitsContradict is Contradiction, under the name the tests use.
var hitsContradict = Contradiction

// TestNoContradictions runs every signature over every other signature's
// realistic sample: the sample's own signature must lead (or be led by a
// signature of the same class and vendor), and no two signatures may tie.
func TestNoContradictions(t *testing.T) {
	ids := make([]string, 0, len(tableCases))
	for id := range tableCases {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		sig := byID(id)
		if sig == nil {
			continue
		}
		hs := Match(tableCases[id][0].exchange(), "")
		if why := hitsContradict(hs); why != "" {
			t.Errorf("sample of %s: %s", id, why)
		}
		if len(hs) == 0 {
			continue
		}
		top := hs[0]
		if top.ID != id && (top.Class != sig.Class || top.Vendor != sig.Vendor) {
			t.Errorf("sample of %s is labelled %s (%s, %s)", id, top.ID, top.Vendor, top.Class)
		}
	}
}

// TestCorporaNoContradictions runs the table over every case of the corpora
// the project keeps (the shared corpus copy, the extra cases and the tune
// split of the held-out corpus): no two signatures may tie on one response.
func TestCorporaNoContradictions(t *testing.T) {
	var files []string
	for _, dir := range []string{"../testdata/corpus/cases", "../testdata/extra", "../testdata/real/tune"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, m...)
		m, _ = filepath.Glob(filepath.Join(dir, "*.har"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in, err := parse.Parse(string(data))
		if err != nil || in == nil {
			continue
		}
		for i := range in.Exchanges {
			if why := hitsContradict(Match(in.Exchanges[i], "")); why != "" {
				t.Errorf("%s exchange %d: %s", filepath.Base(f), i+1, why)
			}
		}
	}
}

// TestCsurfIsNotSpring is the case from the issue: Express csurf with its own
// header and frame must be named as Express, never as Spring Security.
func TestCsurfIsNotSpring(t *testing.T) {
	for _, c := range []ex{
		{st: 403, h: "X-Powered-By: Express", b: "ForbiddenError: invalid csrf token\n    at csrf (/app/node_modules/csurf/index.js:112:19)"},
		{st: 403, h: "X-Powered-By: Express", b: "invalid csrf token"},
		{st: 403, b: "ForbiddenError: invalid csrf token\n    at csrf (/app/node_modules/csurf/index.js:112:19)"},
	} {
		hs := Match(c.exchange(), "")
		if has(hs, "spring-csrf") || len(hs) == 0 || hs[0].Vendor != "Node.js" {
			t.Errorf("%q: got %v", c.b, hitIDs(hs))
		}
	}
}

func TestHitsContradict(t *testing.T) {
	a := rule.VendorHit{ID: "a", Vendor: "X", Class: rule.Authentication, Weight: 440}
	b := rule.VendorHit{ID: "b", Vendor: "Y", Class: rule.Authorization, Weight: 440}
	c := rule.VendorHit{ID: "c", Vendor: "Y", Class: rule.Authorization, Weight: 430}
	if hitsContradict([]rule.VendorHit{a, b}) == "" {
		t.Error("a tie between two vendors and classes was not reported")
	}
	if hitsContradict([]rule.VendorHit{a, c}) != "" {
		t.Error("a strict order was reported as a contradiction")
	}
}

// TestFrameworkLogOutranksGenericWording: ASP.NET Core's own authorization
// log line, next to a body whose words a Python framework also uses
// ("Invalid token."), names ASP.NET Core; the two never tie.
func TestFrameworkLogOutranksGenericWording(t *testing.T) {
	c := ex{st: 401, b: "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[12]\n      AuthenticationScheme: Bearer was challenged.\n{\"detail\":\"Invalid token.\"}"}
	hs := Match(c.exchange(), "")
	if why := hitsContradict(hs); why != "" || len(hs) == 0 || hs[0].ID != "aspnetcore-challenged-log" {
		t.Errorf("got %v (%s)", hitIDs(hs), why)
	}
}

// TestGenericWordsNameNoVendor: {"message":"Invalid API key"} is many APIs'
// answer; without Grafana's traceID member it names no Grafana.
func TestGenericWordsNameNoVendor(t *testing.T) {
	if hs := Match(ex{st: 401, b: `{"message":"Invalid API key"}`}.exchange(), ""); has(hs, "grafana-api-key") {
		t.Errorf("a generic body named Grafana: %v", hitIDs(hs))
	}
	if hs := Match(ex{st: 401, b: `{"message":"Invalid API key","traceID":""}`}.exchange(), ""); !has(hs, "grafana-api-key") {
		t.Errorf("Grafana's own error not named: %v", hitIDs(hs))
	}
}
