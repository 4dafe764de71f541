package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// AT7031's one pass over a body (permissionWordSet) says, for every vendor
// namer and for the generic role expression, what one strings.Contains per
// word says: on texts made of the words (alone, at either end, cut short,
// in other case, side by side) and on every rule fixture.
func TestPermissionWordsLikeContains(t *testing.T) {
	pw := permissionWordSet()
	lists := make([][]string, 0, len(permissionNamers)+1)
	idLists := make([][]int, 0, len(permissionNamers)+1)
	for i, n := range permissionNamers {
		lists, idLists = append(lists, n.when), append(idLists, pw.namers[i])
	}
	lists, idLists = append(lists, genericRoleWords), append(idLists, pw.generic)
	var texts []string
	for _, l := range lists {
		for _, w := range l {
			texts = append(texts, w, "x"+w, w+"x", w[:len(w)-1], w[1:], strings.ToUpper(w), strings.ToLower(w),
				"The caller "+w+" and "+w, w+w[:len(w)/2])
		}
	}
	for i := range lists {
		for j := range lists {
			texts = append(texts, lists[i][0]+" "+lists[j][len(lists[j])-1])
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	if len(files) < 100 {
		t.Fatalf("only %d fixture files found", len(files))
	}
	for _, text := range texts {
		offs := pw.set.Index(text)
		for k, l := range lists {
			if got, want := pw.holds(offs, idLists[k]), hasAnyOf(text, l...); got != want {
				t.Fatalf("words %q in %.80q: one pass says %v, strings.Contains %v", l, text, got, want)
			}
		}
	}
}
