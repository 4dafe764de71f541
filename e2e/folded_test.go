//go:build !js

package e2e

import (
	"testing"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

// A folded finding's body (evidence, why, fix, example, links) is not drawn
// until the finding opens, so the page builds it after the results are first
// shown: they come up with about a third of the nodes. Every body is there
// once the results pane is no longer busy (find in page and readers of the
// page see it), and a finding opened before that shows its body at once.
func TestFoldedFindingsBuiltAfterFirstDraw(t *testing.T) {
	p := newPage(t, 1280, 900)
	// At the first change of the results that holds a card: count the folded
	// findings and their bodies, then open the first one by a click.
	p.eval(`(() => {
  const out = document.getElementById("out");
  window.__first = null;
  const mo = new MutationObserver(() => {
    if (window.__first || !out.querySelector("article.card")) return;
    const folded = [...out.querySelectorAll("article.card details.finding:not([open])")];
    const r = {folded: folded.length, withBody: folded.filter((d) => d.querySelector(".finding-body")).length, clicked: ""};
    if (folded.length) {
      folded[0].querySelector("summary").click();
      r.clicked = folded[0].dataset.rule;
      r.clickedBodies = folded[0].querySelectorAll(".finding-body").length;
    }
    window.__first = r;
    mo.disconnect();
  });
  mo.observe(out, {childList: true, subtree: true});
  return true;
})()`, nil)
	p.paste(workload.Typical(7))
	var first struct {
		Folded        int    `json:"folded"`
		WithBody      int    `json:"withBody"`
		Clicked       string `json:"clicked"`
		ClickedBodies int    `json:"clickedBodies"`
	}
	p.eval(`window.__first`, &first)
	if first.Folded < 5 {
		t.Fatalf("the typical paste drew %d folded findings at first; want several (more than four findings fold)", first.Folded)
	}
	if first.WithBody != 0 {
		t.Errorf("%d of the %d folded findings had their bodies built before the results were first shown", first.WithBody, first.Folded)
	}
	if first.ClickedBodies != 1 {
		t.Errorf("finding %s opened by a click before the bodies were built: %d bodies, want 1", first.Clicked, first.ClickedBodies)
	}
	var after struct {
		Findings int  `json:"findings"`
		Bodies   int  `json:"bodies"`
		Open     bool `json:"open"`
		Evidence int  `json:"evidence"`
	}
	p.eval(`(() => {
  const fs = [...document.querySelectorAll("#out details.finding")];
  const opened = document.querySelector('#out article.card details.finding[data-rule="`+first.Clicked+`"]');
  return {findings: fs.length, bodies: fs.filter((d) => d.querySelectorAll(":scope > .finding-body").length === 1).length,
    open: !!opened && opened.open, evidence: document.querySelectorAll("#out details.finding li.evidence").length};
})()`, &after)
	if after.Bodies != after.Findings {
		t.Errorf("once the results pane is not busy, %d of %d findings have exactly one body", after.Bodies, after.Findings)
	}
	if !after.Open {
		t.Errorf("finding %s, clicked before its body was built, is not open", first.Clicked)
	}
	if after.Evidence == 0 {
		t.Errorf("the findings' bodies hold no evidence")
	}
}
