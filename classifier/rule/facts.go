package rule

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
)

// Facts are per-exchange values computed once before rules run.
type Facts struct {
	Credentials parse.Credentials
	// Challenges parsed from WWW-Authenticate (or Proxy-Authenticate on a 407).
	Challenges []Challenge
	// ProxyChallenges parsed from Proxy-Authenticate.
	ProxyChallenges []Challenge
	// Vendor lists the vendor-table signatures (package vendor) found in the
	// exchange, strongest first.
	Vendor []VendorHit
	// FollowedURL is the Location of the previous exchange's redirect when this
	// exchange shows no request of its own: the URL the client most likely followed.
	FollowedURL string
	// Challenged is set when the exchange before this one, to the same host,
	// was answered 401 or 407 with a challenge: the server asks for
	// credentials there, so a refusal here is read in that light.
	Challenged bool
	// Status is the response status, or the status the vendor always sends with
	// the error the paste shows when the paste itself has none (0 if unknown).
	Status int
	// Meaning is the class the protocol and vendor evidence point to, before
	// infrastructure, request and status signals ("" when there is none), and
	// MeaningEvidence the signal it rests on. Mismatch rules compare it with the status.
	Meaning         Class
	MeaningEvidence *Signal
	// Base holds the signals every exchange gets from protocol facts, the
	// request, the body, the signature table and the status (verdict.Base),
	// computed once.
	Base []Signal

	facts map[any]any // Get's values, by *Fact key
}

// Fact names a value derived from the exchange or the paste (the JWTs a
// request carried, the body's error shapes, the flows) that several rules
// share; T is its type. Declare one per value, at package level:
//
//	var requestTokens = rule.NewFact[[]requestToken]("rules.requestTokens")
//
// and read it with Get, which computes it on first use for each Facts.
type Fact[T any] struct{ name string }

// NewFact returns a new fact key; name only labels it ("pkg.what").
func NewFact[T any](name string) *Fact[T] { return &Fact[T]{name: name} }

// String is the fact's name.
func (k *Fact[T]) String() string { return k.name }

// Get returns the value of fact k for f, computing and keeping it on first
// use, so a value many rules read is worked out once per exchange.
func Get[T any](f *Facts, k *Fact[T], compute func() T) T {
	if v, ok := f.facts[k]; ok {
		return v.(T) // stored by this function under this key: always a T
	}
	if f.facts == nil {
		f.facts = map[any]any{}
	}
	v := compute()
	f.facts[k] = v
	return v
}

// Challenge is one parsed auth challenge.
type Challenge struct {
	Scheme string
	// Params in order; names lower-cased. Token68 holds a token68 form (NTLM blobs).
	Params  []Param
	Token68 string
	Field   parse.Field
	// Problems found while parsing (unquoted realm, repeated parameter...).
	Problems []string
}

// Param is one auth-param.
type Param struct {
	Name   string
	Value  string
	Quoted bool
}

// Param returns the value of the named parameter and whether it is present.
func (c Challenge) Param(name string) (string, bool) {
	for _, p := range c.Params {
		if strings.EqualFold(p.Name, name) {
			return p.Value, true
		}
	}
	return "", false
}
