package classifier_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rule/ruletest"
	"github.com/authtriage/authtriage/classifier/rules"
)

// The rules' fixtures (rules/testdata/<ID>/) run in package rules, through
// package ruletest (rules.TestFixtures).

// TestRegistry checks every rule's identity and docs, and that each has a
// firing and a silent fixture.
func TestRegistry(t *testing.T) {
	idRe := regexp.MustCompile(`^AT[0-9]\d{3}$`)
	nameRe := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	ids, names := map[string]bool{}, map[string]bool{}
	for _, r := range rules.All {
		if !idRe.MatchString(r.ID) {
			t.Errorf("%s: ID does not match %s", r.ID, idRe)
		}
		if !nameRe.MatchString(r.Name) {
			t.Errorf("%s: name %q is not kebab-case", r.ID, r.Name)
		}
		if ids[r.ID] || names[r.Name] {
			t.Errorf("%s (%s): duplicate ID or name", r.ID, r.Name)
		}
		ids[r.ID], names[r.Name] = true, true
		if r.Title == "" || r.Doc == "" || r.Fix == "" || len(r.Refs) == 0 || r.Run == nil {
			t.Errorf("%s: Title, Doc, Fix, Refs and Run are required", r.ID)
		}
		if strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title ends with a period", r.ID)
		}
		if want := r.ID[2] - '0'; familyDigit(r.Category) != want {
			t.Errorf("%s: category %s belongs to family AT%d", r.ID, r.Category, familyDigit(r.Category))
		}
		firing, silent := ruletest.Kinds(filepath.Join("rules", "testdata", r.ID))
		if !firing || !silent {
			t.Errorf("%s: needs a firing and a silent fixture in rules/testdata/%s (firing %v, silent %v)", r.ID, r.ID, firing, silent)
		}
	}
}

func familyDigit(c rule.Category) byte {
	switch c {
	case rule.CatFlow:
		return 0
	case rule.CatChallenge:
		return 1
	case rule.CatHiding:
		return 2
	case rule.CatCaching:
		return 3
	case rule.CatCORS:
		return 4
	case rule.CatCookies:
		return 5
	case rule.CatErrorBody:
		return 6
	case rule.CatLeak:
		return 7
	case rule.CatBlocked:
		return 8
	case rule.CatInput:
		return 9
	}
	return 255
}
