// Package verdict turns an exchange's signals into one class, the reasons it
// rests on, and a short explanation written for the case.
package verdict

import (
	"sort"
	"strconv"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Verdict is the answer for one exchange.
type Verdict struct {
	Class rule.Class `json:"class"`
	// Headline is one short line: "Authentication required: no credentials were sent".
	Headline string `json:"headline"`
	// Explanation is at most three sentences about this case: what happened,
	// why this class, what to do next.
	Explanation string `json:"explanation"`
	// Background is what holds for every case of the class (Background(Class)):
	// shown once per class, folded, not on every card.
	Background string `json:"background,omitempty"`
	// Reasons are the signals for Class, strongest first.
	Reasons []rule.Signal `json:"reasons"`
	// Overruled are signals for other classes that weaker evidence could not carry.
	Overruled []rule.Signal `json:"overruled"`
	Refs      []rule.Ref    `json:"refs"`
	// Topics names the common confusions (docs/research.md §4) the explanation
	// clears up for this case, such as "403-for-missing-credentials".
	Topics []string `json:"topics"`
}

// Decide picks the class of the strongest signal (highest Weight; ties go to the
// earlier signal) and explains it.
func Decide(x *parse.Exchange, facts *rule.Facts, signals []rule.Signal) Verdict {
	// The Bearer rules signal RFC 6750 error codes with their own wording;
	// the base copies only stand in when those rules did not run.
	ruleKinds := map[rule.Kind]bool{}
	for _, s := range signals {
		ruleKinds[s.Kind] = true
	}
	var all []rule.Signal
	for _, s := range Base(x, facts) {
		if s.Sign.StandIn() && ruleKinds[s.Kind] {
			continue
		}
		all = append(all, s)
	}
	all = append(all, signals...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Weight > all[j].Weight })
	v := Verdict{Class: rule.Unknown, Reasons: []rule.Signal{}, Overruled: []rule.Signal{}, Topics: []string{}}
	if len(all) > 0 {
		v.Class = all[0].Class
	}
	seen := map[string]bool{}
	cited := map[string]bool{} // class + line of the evidence of a reason already kept
	for _, s := range all {
		key := string(s.Class) + "\x00" + s.Reason
		if seen[key] {
			continue
		}
		seen[key] = true
		if s.Evidence != nil && s.Evidence.Pos.Line > 0 {
			at := string(s.Class) + "\x00" + strconv.Itoa(s.Evidence.Exchange) + ":" + strconv.Itoa(s.Evidence.Pos.Line)
			if s.Kind.Body() && cited[at] {
				continue // a generic reading of a line a stronger reason already cites
			}
			cited[at] = true
		}
		if s.Class == v.Class {
			v.Reasons = append(v.Reasons, s)
		} else {
			v.Overruled = append(v.Overruled, s)
		}
	}
	explain(&v, x, facts)
	return v
}
