package rule

import "strings"

// Class is a verdict class.
type Class string

const (
	Authentication Class = "authentication"
	Authorization  Class = "authorization"
	Blocked        Class = "blocked"
	None           Class = "none"
	Unknown        Class = "unknown"
)

// Classes lists every class in the order reports and the page name them.
// The page's web/report.js spells them too; wasm's TestPageVocabulary holds
// the two together.
var Classes = []Class{Authentication, Authorization, Blocked, None, Unknown}

// Signal is a piece of evidence for a verdict class.
type Signal struct {
	Class Class `json:"class"`
	// Sign is what was seen; Pass.Signal and Sign.Signal fill Kind and
	// Weight from it (the weighing table, weigh.go).
	Sign Sign `json:"-"`
	// Weight is a Tier plus a small adjustment (0–99) that orders signals within a tier.
	Weight int `json:"weight"`
	// Kind names the signal for the explanation: KindChallenge, KindBearerError, KindVendor, ...
	Kind     Kind      `json:"kind"`
	Reason   string    `json:"reason"` // one sentence, specific to the case
	Evidence *Evidence `json:"evidence,omitempty"`
	Rule     string    `json:"rule,omitempty"`
	// Vendor is set for signals from the vendor table.
	Vendor string `json:"vendor,omitempty"`
}

// VendorHit is one signature of the vendor table found in an exchange.
type VendorHit struct {
	ID      string `json:"id"` // "aws-s3-access-denied"
	Vendor  string `json:"vendor"`
	Product string `json:"product,omitempty"`
	Class   Class  `json:"class"`
	Weight  int    `json:"weight"`
	Kind    Kind   `json:"kind"` // KindVendor, KindWAF, KindBotChallenge, KindRateLimit, ...
	Meaning string `json:"meaning"`
	Fix     string `json:"fix"`
	// Doc links the product's own documentation for this error ("" when none).
	Doc string `json:"doc,omitempty"`
	// Evidence holds one entry per marker that matched, in table order.
	Evidence []Evidence `json:"evidence"`
	// Status is the status this vendor always sends with this error (0 when it varies).
	Status int `json:"status,omitempty"`
	// Traits are what the explanation needs to know of the signature beyond
	// its class and kind.
	Traits Trait `json:"-"`
}

// Trait is a fact about a signature, or about every error of its vendor, that
// explanations word differently.
type Trait uint8

const (
	// TraitScope: the error is a token that lacks a scope.
	TraitScope Trait = 1 << iota
	// TraitMayHide: the vendor sends the same error for a resource that does
	// not exist when the caller may not see it.
	TraitMayHide
	// TraitAuthnAs403: the vendor reports errors about the credentials
	// themselves (unknown keys, bad signatures) as 403, by design.
	TraitAuthnAs403
	// TraitAnonymousAlike: the vendor gives a request that carries no
	// credentials the same refusal as a known caller without the permission
	// (an unsigned request to an object store is an anonymous one): when
	// the whole request is shown without credentials, the refusal is to an
	// anonymous caller, and signing in is the fix. A signature whose class
	// is authentication (the error most often meets anonymous callers)
	// turns the other way: a request shown with credentials was refused
	// for its principal's permissions.
	TraitAnonymousAlike
	// TraitQuota: the limit is the account's quota or billing state (credit,
	// spend limit, storage or bandwidth paid for), not a request rate:
	// waiting a moment does not help, raising the quota does.
	TraitQuota
	// TraitStepUp: the credentials were accepted, and a stronger or fresher
	// sign-in is wanted (multi-factor, a re-authentication, a claims
	// challenge) before a token is given.
	TraitStepUp
)

// Name is the vendor and product the hit names: "AWS S3", "Cloudflare".
func (h VendorHit) Name() string {
	switch {
	case h.Product == "":
		return h.Vendor
	case strings.HasPrefix(h.Product, h.Vendor):
		return h.Product
	}
	return h.Vendor + " " + h.Product
}
