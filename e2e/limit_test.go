//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/internal/bench/workload"
)

// Every adversarial shape of the memory budget (internal/bench/workload), at
// the 64 MiB input limit, opened as a file: the page ends in results or a
// clear message, and a small paste afterwards still gets its verdict. (A
// file rather than the paste box: Chromium's textarea takes minutes to lay
// out millions of short lines, which is the browser's cost, not the
// analyzer's; from either, the worker gets the same text.)
func TestShapesAtTheLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 64 MiB inputs take a while")
	}
	shapes := workload.Shapes
	if only := os.Getenv("AUTHTRIAGE_SHAPE"); only != "" {
		shapes = nil
		for _, s := range workload.Shapes {
			if strings.Contains(s.Name, only) {
				shapes = append(shapes, s)
			}
		}
	}
	p, _ := newProxiedPage(t, 1280, 900, time.Duration(len(shapes)+1)*4*time.Minute)
	dir := t.TempDir()
	for _, s := range shapes {
		t.Run(s.Name, func(t *testing.T) {
			p.t = t
			path := filepath.Join(dir, "shape.txt")
			if err := os.WriteFile(path, s.Make(parse.MaxInput), 0o644); err != nil {
				t.Fatal(err)
			}
			defer os.Remove(path)
			p.eval(`document.getElementById("out").replaceChildren(), document.getElementById("status").textContent = "", true`, nil)
			start := time.Now()
			p.run(chromedp.SetUploadFiles("#file-input", []string{path}, chromedp.ByQuery))
			p.waitLong(settled)
			var o bigOutcome
			p.eval(readOutcome, &o)
			t.Logf("%s at 64 MiB: %+v after %s", s.Name, o, time.Since(start).Round(time.Second))
			if o.Cards == 0 && strings.TrimSpace(o.Error) == "" {
				t.Errorf("%s at 64 MiB: neither a result nor a message: %+v", s.Name, o)
			}
			if strings.Contains(o.Error, "undefined") || strings.Contains(o.Error, "is not valid JSON") {
				t.Errorf("%s at 64 MiB: the message is not one a person can act on: %q", s.Name, o.Error)
			}
			p.stillAlive(s.Name + " at 64 MiB")
		})
	}
}
