package verdict

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/classifier/rule"
)

// phraseByContains is phraseOf's look-up as it was, a strings.Contains per
// phrase in the list's order, for messages with no typographic apostrophe
// and no link.
func phraseByContains(l string) (messagePhrase, bool) {
	l = plainWords(l)
	for _, p := range messagePhrases {
		if strings.Contains(l, p.text) && (!wordOnly.Has(p.text) || ascii.ContainsWord(l, p.text)) {
			if p.class == rule.Authorization {
				if c, f, ok := credentialFailureOf(l, refusalCredentialWords, refusedFailureWords); ok {
					return messagePhrase{text: c + compoundSep + strings.TrimSpace(f), class: rule.Authentication}, true
				}
			}
			return p, true
		}
	}
	return phraseAround(l)
}

// TestPhraseSetLikeContains holds phraseOf's one-pass look-up to the search
// per phrase on messages made of phrases, their pieces, words glued to them
// (a word-only phrase inside a longer word) and noise.
func TestPhraseSetLikeContains(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	noise := []string{" ", ". ", "the ", "api key is invalid ", "x", "-", "é ", "user ", "\n", "not ", "403 "}
	hits := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(6); k >= 0; k-- {
			p := messagePhrases[r.IntN(len(messagePhrases))].text
			switch r.IntN(4) {
			case 0:
				p = p[:r.IntN(len(p)+1)]
			case 1:
				p = "x" + p + "s"
			}
			b.WriteString(p)
			b.WriteString(noise[r.IntN(len(noise))])
		}
		l := b.String()
		got, gok := phraseOf(l)
		want, wok := phraseByContains(l)
		if got != want || gok != wok {
			t.Fatalf("phraseOf(%q) = %+v, %v; want %+v, %v", l, got, gok, want, wok)
		}
		if gok {
			hits++
		}
	}
	if hits == 0 {
		t.Fatal("no message held a phrase")
	}
}
