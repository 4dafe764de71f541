package rules

import "github.com/authtriage/authtriage/classifier/rule"

// at6 holds rules about error bodies, problem details (RFC 9457), JWT diagnosis.
var at6 = []*rule.Rule{}
