package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The cold path (issue #14): the browser compiles each function of the
// module on its first call, so a first visit pays, besides the download,
// for compiling every function that Go's start and the first analysis
// reach. -cold counts them without a timer: Node runs the module with V8's
// baseline compiler alone (--liftoff-only) and reports every function it
// compiles (--trace-wasm-compilation-times, with the body's size); a small
// harness (coldJS) boots the bridge as worker.js does, then opens a paste
// and asks for its first page, printing a mark between the phases. The same
// module and paste give the same figures on every run.

// coldJS boots the bridge in the module argv[2], then calls open(paste) and
// page() on the paste in the file argv[3], printing "MARK phase" before each
// phase ("start", "open", "page") and "MARK end" after. A module without
// open (the bench's hello world, -pkg ./internal/bench/hello) has its start
// counted alone.
const coldJS = `
const fs = require("fs");
globalThis.fs = fs;
require(process.argv[4]);
(async () => {
  const go = new Go();
  const ready = new Promise((r) => { globalThis.onAuthtriageReady = r; });
  const inst = await WebAssembly.instantiate(await WebAssembly.compile(fs.readFileSync(process.argv[2])), go.importObject);
  console.log("MARK start");
  go.run(inst);
  const api = await ready;
  if (typeof api.open !== "function") { console.log("MARK end"); process.exit(0); } // the hello world: its start alone
  const text = fs.readFileSync(process.argv[3], "utf8");
  console.log("MARK open");
  const sum = JSON.parse(api.open(text, {onProgress: () => {}}));
  if (sum.error) throw new Error(sum.error.message);
  console.log("MARK page");
  JSON.parse(api.page({offset: 0, limit: 50}));
  console.log("MARK end");
  // -tiers: the optimising compiler works in the background; its last
  // recompiles are reported after the harness is done.
  setTimeout(() => process.exit(0), Number(process.argv[5] || 0));
})().catch((e) => { console.error(e); process.exit(1); });
`

// compiledLine is V8's trace line for a function compiled by Liftoff or
// TurboFan: its index (imports included), the tier and the size of its
// body.
var compiledLine = regexp.MustCompile(`#(\d+) using (Liftoff|TurboFan).* bodysize (\d+)`)

// tiersWait is how long -tiers lets the background recompiles run after the
// harness is done; the set of functions V8 recompiles follows from the code
// run (each function's tiering budget), so with the wait the list is the
// same on every run.
const tiersWait = "4000"

// cold runs the module file (built with names) on the paste in pasteFile
// under Node and prints, per phase, the function bodies compiled: in all,
// by package and the largest. With tiers, Node runs with V8's default
// tiers, as a browser does, and the functions its optimising compiler
// recompiles while the paste is analysed (and for a few seconds after) are
// listed too: on a first visit that compiler competes with the analysis
// for the machine's cores, and its time grows with the function's size.
func cold(file, pasteFile string, top, npkgs int, tiers bool) error {
	_, m, err := readNamed(file)
	if err != nil {
		return err
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %v", err)
	}
	dir, err := os.MkdirTemp("", "wasmsize-cold")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	harness := filepath.Join(dir, "cold.js")
	if err := os.WriteFile(harness, []byte(coldJS), 0o644); err != nil {
		return err
	}
	execJS := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	cmd := exec.Command("node", "--liftoff-only", "--trace-wasm-compilation-times", harness, file, pasteFile, execJS)
	if tiers {
		cmd = exec.Command("node", "--trace-wasm-compilation-times", harness, file, pasteFile, execJS, tiersWait)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("node: %v\n%s", err, stderr.String())
	}
	type fn struct {
		name string
		size int
	}
	type phase struct {
		name  string
		fns   []fn
		total int
	}
	var phases []*phase
	var cur *phase
	turbo := &phase{name: "turbofan"}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if name, ok := strings.CutPrefix(l, "MARK "); ok {
			cur = &phase{name: name}
			phases = append(phases, cur)
			continue
		}
		g := compiledLine.FindStringSubmatch(l)
		if g == nil || cur == nil {
			continue
		}
		idx, _ := strconv.Atoi(g[1])
		size, _ := strconv.Atoi(g[3])
		name := m.names[idx]
		if name == "" {
			name = "#" + g[1]
		}
		p := cur
		if g[2] == "TurboFan" {
			p = turbo
		}
		p.fns = append(p.fns, fn{name, size})
		p.total += size
	}
	if len(phases) == 0 || phases[len(phases)-1].name != "end" {
		return fmt.Errorf("the harness did not finish:\n%s%s", out, stderr.String())
	}
	what := map[string]string{
		"start":    "Go's start, up to the bridge ready",
		"open":     "the first analysis (open)",
		"page":     "its first page of cards (page)",
		"turbofan": "recompiled by the optimising compiler (TurboFan), all phases and " + tiersWait + " ms after",
	}
	if tiers {
		fmt.Printf("function bodies compiled on first call by the baseline compiler (node, default tiers), paste %s\n", pasteFile)
		phases = append(phases, turbo)
	} else {
		fmt.Printf("function bodies compiled on first call (node --liftoff-only), paste %s\n", pasteFile)
	}
	for _, p := range phases {
		if p.name == "end" {
			continue
		}
		fmt.Printf("\n%s: %d bytes in %d functions\n", what[p.name], p.total, len(p.fns))
		byPkg := map[string]int{}
		for _, f := range p.fns {
			byPkg[pkgOf(f.name)] += f.size
		}
		pkgs := make([]string, 0, len(byPkg))
		for k := range byPkg {
			pkgs = append(pkgs, k)
		}
		sort.Slice(pkgs, func(i, j int) bool { return byPkg[pkgs[i]] > byPkg[pkgs[j]] })
		for i, k := range pkgs {
			if i == npkgs {
				break
			}
			fmt.Printf("  %8d  %s\n", byPkg[k], k)
		}
		sort.Slice(p.fns, func(i, j int) bool { return p.fns[i].size > p.fns[j].size })
		for i, f := range p.fns {
			if i == top {
				break
			}
			fmt.Printf("  %8d    %s\n", f.size, f.name)
		}
	}
	return nil
}
