package verdict

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// A person's own words name a refusal they do not report as often as one
// they do: "it is not a rate limit", "there is no WAF in front", "the token
// has not expired", "a script to check the key (without testing the rate
// limit)". The readings of a wording in running text (a failure wording of
// the phrase tables, the rate-limit and CSRF texts of rules AT8003 and
// AT8004, the block wordings of AT8001-AT8003's findings, the edge, bot and
// works-elsewhere words around a dump) ask Stated where the wording stands
// unruled-out, so that one check decides for all of them.
//
// (The verdict's own reading of a block wording in a person's text keeps
// it even when negated: "I'm not sending too many requests" beside a
// refusal is most often said of a block that is there.)

// scopeNegators are the words that, before a wording in its clause, say it
// does not apply: English, and the common ones of the languages the phrase
// tables hold. A word ending in "n't" (isn't, didn't, doesn't) is one too.
var scopeNegators = wordlist.Set{"not", "no", "never", "without", "nor", "neither", "none",
	"dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "hasnt", "havent", "hadnt", "cant", "couldnt", "wouldnt",
	"nicht", "kein", "keine", "keinen", "keinem", "keiner", "ohne", "nie", "pas", "sans", "jamais", "sin", "sem", "nunca",
	"não", "nao", "non", "не", "нет", "без", "ни"}

// scopeBreaks open a new clause or a cause inside a sentence: a negation
// before one does not reach a wording after it ("I did not change anything
// and now get too many requests", "I don't know why I am rate limited",
// "request not allowed due to WAF block").
var scopeBreaks = wordlist.Set{"and", "but", "because", "since", "so", "though", "although", "while", "whereas", "however", "yet",
	"then", "why", "what", "how", "where", "which", "who", "that", "when", "now", "still", "until", "after", "before",
	"due", "owing", "for", "by", "via", "as",
	// a person's doubt or a condition is not a denial: "not sure if it is
	// a rate limit", "I don't know whether the firewall blocks it"; the
	// wording may well be what happened
	"if", "whether", "sure", "know", "idea", "understand", "certain", "clear", "think", "believe", "guess", "figure",
	"aber", "und", "mais", "et", "pero", "mas", "но", "и"}

// failedVerbs, right after a negation, make the negation the failure the
// wording completes: "can't verify CSRF token authenticity", "could not
// process the request: rate limit", "not allowed".
var failedVerbs = wordlist.Set{"verify", "validate", "find", "process", "complete", "confirm", "authenticate", "pass", "serve",
	"handle", "satisfy", "accept", "allow", "allowed", "permitted", "authorized", "authorised", "load", "connect", "determine",
	"identify", "recognize", "recognise", "reach", "fulfil", "fulfill", "be", "been"}

// negationReach bounds how far before a wording a negation reaches.
const negationReach = 5

// Denied reports whether the wording that starts at byte offset at of
// lower-cased l is ruled out by the words before it in its clause: a
// negation within a few words ("not a rate limit", "no WAF", "has not
// expired", "without testing the rate limit"). A clause ends at
// punctuation, a line break or a word that opens another clause ("and",
// "but", "why", "if", "due"). Only the words before the wording count: a
// wording that holds its own negation ("not authorized", "no longer valid",
// "not allowed") is not ruled out by it, and a negation right before a
// verb of checking is the failure itself ("can't verify CSRF token").
func Denied(l string, at int) bool {
	if at <= 0 || at > len(l) {
		return false
	}
	end := at
	// the word after the one being read: at first the wording's own
	// ("could not verify you are human")
	next := l[at:]
	if k := strings.IndexFunc(next, func(r rune) bool { return !wordRune(r) }); k >= 0 {
		next = next[:k]
	}
	for n := 0; n < negationReach && end > 0; {
		// the word that ends at end, skipping blanks and clause marks
		i := end
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(l[:i])
			if wordRune(r) {
				break
			}
			if clauseMark(r) {
				return false
			}
			i -= size
		}
		j := i
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(l[:j])
			if !wordRune(r) {
				break
			}
			j -= size
		}
		if j == i {
			return false
		}
		w := strings.Trim(l[j:i], "'’")
		switch {
		case scopeNegators.Has(w), strings.HasSuffix(w, "n't"), strings.HasSuffix(w, "n’t"):
			return !failedVerbs.Has(next)
		case scopeBreaks.Has(w):
			return false
		}
		end, next = j, w
		n++
	}
	return false
}

// wordRune reports whether r belongs to a word: a letter, a digit, an
// apostrophe inside a contraction.
func wordRune(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// clauseMark reports whether r ends a clause.
func clauseMark(r rune) bool {
	switch r {
	case '.', ';', ':', '!', '?', ',', '(', ')', '[', ']', '"', '\n', '\r', '|', '—', '–', '“', '”', '。', '，', '；', '：', '！', '？':
		return true
	}
	return false
}

// Stated is the offset of the first place lower-cased l names wording w
// that Denied does not rule out, or -1 when there is none.
func Stated(l, w string) int {
	if w == "" {
		return -1
	}
	for from := 0; from < len(l); {
		k := strings.Index(l[from:], w)
		if k < 0 {
			return -1
		}
		if i := from + k; !Denied(l, i) {
			return i
		}
		from += k + len(w)
	}
	return -1
}

// statesAny reports whether lower-cased l names one of ws where Denied does
// not rule it out.
func statesAny(l string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(l, w) && Stated(l, w) >= 0 {
			return true
		}
	}
	return false
}
