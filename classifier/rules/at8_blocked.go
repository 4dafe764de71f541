package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at8 holds rules about blocked-for-another-reason detectors (WAF, bot wall, rate limit, CSRF, routing).
var at8 = []*rule.Rule{}
