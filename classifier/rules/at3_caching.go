package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at3 holds rules about caching of auth responses (RFC 9111).
var at3 = []*rule.Rule{}
