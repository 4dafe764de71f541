package rules_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule/ruletest"
	"github.com/authtriage/authtriage/classifier/rules"
)

// TestFixtures runs every rule's fixtures in testdata/<ID>/ (package ruletest).
func TestFixtures(t *testing.T) { ruletest.RunAll(t, "testdata", rules.ByID) }
