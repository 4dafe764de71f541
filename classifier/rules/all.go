// Package rules holds authtriage's rule catalogue. Each family lives in its own
// file (at1_challenge.go, at7_leak.go, ...) as a slice; All joins them.
package rules

import (
	"sort"

	"github.com/authtriage/authtriage/classifier/rule"
)

// All is every registered rule, sorted by ID. It never changes after init.
var All []*rule.Rule

// init joins the families. No variable of this package calls a function in
// its initialiser: after the first that does, the compiler builds every
// variable initialised later (the rules, their Refs) with code at start
// instead of laying it out as data, and the order follows the rules'
// references. Such values are made here or in another init, or on first
// use.
func init() {
	All = join(at0, at1, at2, at3, at4, at4Browser, at5, at6, at6JWT, at6Demands, at7, at8, at9)
}

func join(families ...[]*rule.Rule) []*rule.Rule {
	var out []*rule.Rule
	for _, f := range families {
		out = append(out, f...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// ByID returns the rule with the given ID, or nil.
func ByID(id string) *rule.Rule {
	// All is sorted by ID: a binary search (every finding of a report is
	// looked up, and a walk through the catalogue each time was 4% of a bulk
	// analysis).
	i := sort.Search(len(All), func(i int) bool { return All[i].ID >= id })
	if i < len(All) && All[i].ID == id {
		return All[i]
	}
	return nil
}
