//go:build !js

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// The page spells the classifier's vocabulary once, in web/report.js:
// CLASS_LABEL names every verdict class (in rule.Classes' order, the order
// of the summary bar and the status line) and SEVERITIES every severity,
// most severe first. A class or severity added on one side and not the
// other fails here rather than showing as "unknown" on a card.
func TestPageVocabulary(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "web", "report.js"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	labels := regexp.MustCompile(`(?s)export const CLASS_LABEL = \{(.*?)\};`).FindStringSubmatch(src)
	sevs := regexp.MustCompile(`export const SEVERITIES = \[(.*?)\];`).FindStringSubmatch(src)
	if labels == nil || sevs == nil {
		t.Fatal("web/report.js lacks CLASS_LABEL or SEVERITIES")
	}
	var classes []rule.Class
	for _, m := range regexp.MustCompile(`(?m)^\s*([a-z]+):`).FindAllStringSubmatch(labels[1], -1) {
		classes = append(classes, rule.Class(m[1]))
	}
	if !slices.Equal(classes, rule.Classes) {
		t.Errorf("web/report.js CLASS_LABEL has %q; the classifier's classes are %q", classes, rule.Classes)
	}
	var names []string
	for _, m := range regexp.MustCompile(`"([a-z]+)"`).FindAllStringSubmatch(sevs[1], -1) {
		names = append(names, m[1])
	}
	var want []string
	for s := rule.High; s >= rule.Info; s-- {
		want = append(want, s.String())
	}
	if !slices.Equal(names, want) {
		t.Errorf("web/report.js SEVERITIES is %q; the classifier's, most severe first, are %q", names, want)
	}
}
