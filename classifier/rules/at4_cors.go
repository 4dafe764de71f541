package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at4 holds rules about CORS on error responses (Fetch).
var at4 = []*rule.Rule{}
