//go:build !js

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// await evaluates an async expression (a promise) and decodes its value.
func (p *page) await(js string, res any) {
	p.t.Helper()
	p.run(chromedp.Evaluate(js, res, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
}

// engineJS is the page's engine module, imported relative to the page.
const engineJS = `import(new URL("engine.js", document.baseURI).href)`

// The engine's contract, called from the page: the analysis runs in the
// worker with progress, the worker keeps the input and report for paging,
// lines and exports, exports are redacted unless asked, parse errors and
// cancellation reject with their shapes, and a cancelled engine comes back.
func TestEngineContract(t *testing.T) {
	p := newPage(t, 1024, 800)
	var res struct {
		Version string `json:"version"`
		Summary struct {
			Tool          string                           `json:"tool"`
			ExchangeCount int                              `json:"exchangeCount"`
			Summary       struct{ Classes map[string]int } `json:"summary"`
			Secrets       []struct {
				Kind  string `json:"kind"`
				Line  int    `json:"line"`
				Label string `json:"label"`
			} `json:"secrets"`
		} `json:"summary"`
		Phases []string `json:"phases"`
		Page   struct {
			Total int
			Items []struct{ Index int }
		} `json:"page"`
		Filtered int                                   `json:"filtered"`
		Searched int                                   `json:"searched"`
		Lines    []string                              `json:"lines"`
		Redacted string                                `json:"redacted"`
		MD       struct{ Text, Mime, Filename string } `json:"md"`
		Kept     struct{ Text, Filename string }       `json:"kept"`
		Sarif    string                                `json:"sarif"`
		BadParse struct {
			Error struct {
				Message string
				Line    int
			}
		} `json:"badParse"`
		FileCount int  `json:"fileCount"`
		FilePhase bool `json:"filePhase"`
		Workers   int  `json:"workers"`
	}
	p.await(engineJS+`.then(async (engine) => {
		const out = {};
		out.version = (await engine.start()).version;
		let text = "GET /private HTTP/1.1\nHost: example.com\nAuthorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n\n";
		for (let i = 0; i < 300; i++) text += "GET /item/" + i + " HTTP/1.1\nHost: example.com\n\nHTTP/1.1 " + (i % 2 ? "200 OK" : "401 Unauthorized") + "\nContent-Length: 0\n\n";
		const phases = [];
		out.summary = await engine.analyze(text, {}, {onProgress: (p) => phases.push(p.phase)}).promise;
		out.phases = phases;
		out.page = await engine.exchanges({offset: 10, limit: 5});
		out.filtered = (await engine.exchanges({classes: ["authentication"], limit: 1000})).total;
		out.searched = (await engine.exchanges({text: " /ITEM/170 "})).total;
		out.lines = await engine.inputLines(2, 3);
		out.redacted = (await engine.redacted()).text;
		out.md = await engine.exportReport("markdown");
		out.kept = await engine.exportReport("text", {keepSecrets: true});
		out.sarif = (await engine.exportReport("sarif")).text;
		out.badParse = await engine.analyze('{"log": {"entries": [ {"request": ').promise.then(() => null, (e) => e);
		const blob = new Blob(["HTTP/1.1 401 Unauthorized\n\n", "HTTP/1.1 403 Forbidden\nContent-Length: 0\n\n"]);
		const filePhases = [];
		out.fileCount = (await engine.analyze(new File([blob], "x.txt"), {}, {onProgress: (p) => filePhases.push(p.phase)}).promise).exchangeCount;
		out.filePhase = filePhases.includes("reading");
		return out;
	})`, &res)

	if res.Version == "" || res.Summary.Tool != "authtriage" {
		t.Fatalf("start/analyze: %+v", res)
	}
	if res.Summary.ExchangeCount != 301 || res.Summary.Summary.Classes["authentication"] != 150 {
		t.Errorf("summary: %d exchanges, classes %v; want 301 and 150 authentication", res.Summary.ExchangeCount, res.Summary.Summary.Classes)
	}
	if len(res.Summary.Secrets) == 0 || res.Summary.Secrets[0].Line != 3 || strings.Contains(res.Summary.Secrets[0].Label, "YWxh") {
		t.Errorf("secrets: %+v", res.Summary.Secrets)
	}
	ph := strings.Join(res.Phases, ",")
	if !strings.Contains(ph, "parsing") || !strings.Contains(ph, "analyzing") || strings.Contains(ph, "encoding") || !strings.HasSuffix(ph, "secrets") {
		t.Errorf("progress phases: %s", ph)
	}
	if res.Page.Total != 301 || len(res.Page.Items) != 5 || res.Page.Items[0].Index != 10 {
		t.Errorf("page 10+5: %+v", res.Page)
	}
	if res.Filtered != 150 || res.Searched != 1 {
		t.Errorf("filtered %d (want 150), searched %d (want 1)", res.Filtered, res.Searched)
	}
	if len(res.Lines) != 2 || res.Lines[0] != "Host: example.com" || !strings.HasPrefix(res.Lines[1], "Authorization: Basic ") {
		t.Errorf("inputLines(2,3) = %q", res.Lines)
	}
	for name, s := range map[string]string{"redacted": res.Redacted, "markdown export": res.MD.Text, "sarif export": res.Sarif} {
		if strings.Contains(s, "YWxhZGRpbjpvcGVuc2VzYW1l") {
			t.Errorf("%s holds the credential", name)
		}
	}
	if !strings.HasPrefix(res.MD.Text, "# authtriage report") || res.MD.Mime != "text/markdown" || !strings.HasSuffix(res.MD.Filename, ".md") {
		t.Errorf("markdown export: %q %q %.80q", res.MD.Mime, res.MD.Filename, res.MD.Text)
	}
	if !strings.Contains(res.Kept.Text, "YWxhZGRpbjpvcGVuc2VzYW1l") && !strings.Contains(res.Kept.Text, "Authorization") {
		t.Errorf("keepSecrets export lost the input: %.300q", res.Kept.Text)
	}
	if res.BadParse.Error.Message == "" {
		t.Errorf("unparseable input did not reject with an error: %+v", res.BadParse)
	}
	if res.FileCount != 2 || !res.FilePhase {
		t.Errorf("File input: %d exchanges (want 2), reading phase %v", res.FileCount, res.FilePhase)
	}

	// Cancel: a long analysis rejects with {cancelled: true}, and the engine
	// answers again afterwards with a fresh worker.
	var c struct {
		Cancelled bool    `json:"cancelled"`
		After     int     `json:"after"`
		Stale     string  `json:"stale"`
		Ms        float64 `json:"ms"`
	}
	p.await(engineJS+`.then(async (engine) => {
		let text = "";
		for (let i = 0; i < 20000; i++) text += "GET /x/" + i + " HTTP/1.1\nHost: example.com\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n\n";
		const t0 = performance.now();
		const h = engine.analyze(text, {}, {onProgress: (p) => { if (p.phase === "analyzing" && p.done > 0) h.cancel(); }});
		const r = await h.promise.then(() => ({}), (e) => e);
		const ms = performance.now() - t0;
		const stale = await engine.exchanges().then(() => "answered", (e) => e.error && e.error.message);
		const after = (await engine.analyze("HTTP/1.1 401 Unauthorized\n\n").promise).exchangeCount;
		return {cancelled: r.cancelled === true, after, stale, ms};
	})`, &c)
	if !c.Cancelled || c.After != 1 {
		t.Errorf("cancel: %+v", c)
	}
	if c.Stale == "answered" {
		t.Errorf("a fresh worker answered exchanges() for an analysis it never ran")
	}
	t.Logf("cancelled after %.0f ms", c.Ms)
}
