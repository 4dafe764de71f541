package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at5 holds rules about cookies on auth responses (RFC 6265bis).
var at5 = []*rule.Rule{}
