package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at2 holds rules about 403/404 hiding, existence oracles and user enumeration.
var at2 = []*rule.Rule{}
