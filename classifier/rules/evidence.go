package rules

import (
	"strconv"

	"github.com/authtriage/authtriage/classifier/rule"
)

// The evidence builders are defined once, in package rule; these are the
// short names the rules use.
const maxQuote = rule.MaxQuote

var (
	quote           = rule.Quote
	statusEvidence  = rule.StatusEvidence
	fieldEvidence   = rule.FieldEvidence
	requestEvidence = rule.RequestEvidence
	bodyEvidence    = rule.BodyEvidence
	itoa            = strconv.Itoa
)
