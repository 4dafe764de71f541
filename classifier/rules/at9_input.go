package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at9 holds rules about notes about the paste itself.
var at9 = []*rule.Rule{}
