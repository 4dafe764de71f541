//go:build !js

// Command bench is `make bench` (issue #6): it measures, in one run, each
// figure of the shipped page next to a floor measured the same way in the
// same run, and prints one table. It reports; it never fails on a missed
// goal (exit status 1 only when it could not measure at all).
//
//	go run ./internal/bench [-runs 15] [-cold-runs 7] [-cold-only] [-har-mb 50] [-bulk-runs 3] [-skip-browser] [-dist dir]
//
// Floors:
//   - size: a hello-world Go module (internal/bench/hello) built with the same
//     go build flags as the Makefile's build target;
//   - navigation → ready: the shipped site with its module swapped for that
//     hello-world module, which makes the page ready the same way;
//   - bulk native: encoding/json decoding the same HAR into plain structs;
//   - bulk wasm: the same code natively (internal/bench/probe on both sides);
//   - the big HAR in the page: the browser's own JSON.parse of it.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

var (
	runs        = flag.Int("runs", 15, "page loads per site, and analyses of the typical paste, after a warm-up")
	harMB       = flag.Float64("har-mb", 50, "size of the generated HAR, in MiB")
	bulkRuns    = flag.Int("bulk-runs", 3, "timed runs of the bulk work (median reported)")
	skipBrowser = flag.Bool("skip-browser", false, "skip the headless Chromium figures")
	warmups     = flag.Int("warmups", 2, "untimed analyses of the typical paste before the timed ones")
	skipBulk    = flag.Bool("skip-bulk", false, "skip the bulk figures (native and Node)")
	skipMemory  = flag.Bool("skip-memory", false, "skip the peak-memory figures (the CLI and the worker on adversarial shapes)")
	memMiB      = flag.String("mem-mib", "1,4,16", "input sizes of the peak-memory figures, in MiB, comma-separated")
	memoryOnly  = flag.Bool("memory-only", false, "measure only the sizes and the peak-memory figures")
	chromeFlags = flag.String("chrome-flags", "", "extra Chromium switches, space-separated (as --name=value), for experiments")
	distDir     = flag.String("dist", "", "measure this built site instead of building one with `make build`")
	coldRuns    = flag.Int("cold-runs", 7, "first visits per site (fresh browser context each), after one more each")
	coldOnly    = flag.Bool("cold-only", false, "of the browser figures, measure only the first visits")
	verbose     = flag.Bool("v", false, "print each sample and step")
)

func main() {
	flag.Parse()
	if sz, err := parseSizes(*memMiB); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	} else {
		memSizes = sz
	}
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

func run() error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "authtriage-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	var t table
	sites, err := buildSites(root, tmp)
	if err != nil {
		return err
	}
	t.sizes(sites)

	if *skipBrowser || *memoryOnly {
		t.note("browser figures skipped (-skip-browser or -memory-only)")
	} else if b := findBrowser(); b == "" {
		t.note("browser figures skipped: no Chromium found (install it: apt-get install -y chromium, or set AUTHTRIAGE_CHROME)")
	} else {
		logf("browser: %s", b)
		if *chromeFlags != "" {
			t.note("extra Chromium switches: " + *chromeFlags)
		}
		harText, entries := workload.GenerateHAR(int(*harMB * (1 << 20)))
		br, err := measureBrowser(b, sites, harText)
		if err != nil {
			t.note("browser figures incomplete: " + err.Error())
		}
		t.browser(br, len(harText), entries)
	}

	if *skipBulk || *memoryOnly {
		t.note("bulk figures skipped (-skip-bulk or -memory-only)")
	} else {
		nat, nat1, wasm, err := measureBulk(root, tmp)
		if err != nil {
			t.note("bulk figures incomplete: " + err.Error())
		}
		t.bulk(nat, nat1, wasm)
	}
	if *skipMemory {
		t.note("peak-memory figures skipped (-skip-memory)")
	} else {
		mem, err := measureMemory(root, tmp)
		if err != nil {
			t.note("peak-memory figures incomplete: " + err.Error())
		}
		t.memory("CLI", mem)
		t.note("peak memory, CLI: the CLI's maximum resident set size (getrusage, read by the small launcher internal/bench/peakrss so that the bench's own size does not count) for `authtriage -format json -o FILE` on each shape; floor is the input's size")
		if b := findBrowser(); b != "" && !*skipBrowser {
			wm, err := measureWorkerMemory(b, sites)
			if err != nil {
				t.note("worker peak-memory figures incomplete: " + err.Error())
			}
			t.memory("worker", wm)
			t.note("peak memory, worker: the page's worker's wasm memory after analysing each shape (engine.analyze on a fresh page; wasm memory only grows, so this is the Go program's peak; the input string the worker also holds is not counted); floor is the input's size")
		}
	}
	t.print(os.Stdout)
	return nil
}

// moduleRoot is the directory of go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run from inside the authtriage module")
	}
	return filepath.Dir(mod), nil
}

func goEnv(name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// sites are the two directories served: the shipped site and the same site
// with the hello-world module in place of authtriage.wasm.
type sites struct {
	real, hello           string
	realWasm, helloWasm   string
	buildCmd, helloSource string
}

// buildSites builds the shipped site with `make build` (or takes -dist) and
// the hello-world module with the go build command the Makefile uses.
func buildSites(root, tmp string) (sites, error) {
	s := sites{real: filepath.Join(tmp, "site"), hello: filepath.Join(tmp, "hello"), helloSource: "./internal/bench/hello"}
	if *distDir != "" {
		if err := copyDir(*distDir, s.real); err != nil {
			return s, fmt.Errorf("-dist: %w", err)
		}
	} else {
		logf("make build DIST=%s", s.real)
		cmd := exec.Command("make", "-s", "build", "DIST="+s.real)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return s, fmt.Errorf("make build: %v\n%s", err, out)
		}
	}
	s.realWasm = filepath.Join(s.real, "authtriage.wasm")
	if _, err := os.Stat(s.realWasm); err != nil {
		return s, fmt.Errorf("the built site has no authtriage.wasm: %w", err)
	}

	// The Makefile's own go build line, with the package and output swapped,
	// so the floor is built with exactly the shipped flags.
	if err := copyDir(s.real, s.hello); err != nil {
		return s, err
	}
	s.helloWasm = filepath.Join(s.hello, "authtriage.wasm")
	line, err := makeBuildLine(root)
	if err != nil {
		return s, err
	}
	if s.buildCmd, err = swapTarget(line, s.helloWasm, s.helloSource); err != nil {
		return s, err
	}
	logf("%s", s.buildCmd)
	cmd := exec.Command("bash", "-c", s.buildCmd)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return s, fmt.Errorf("building the hello-world module: %v\n%s", err, out)
	}
	return s, nil
}

// swapTarget rewrites the Makefile's `go build … -o FILE ./wasm` to build pkg
// into out with the same flags.
func swapTarget(line, out, pkg string) (string, error) {
	re := regexp.MustCompile(`-o\s+("[^"]*"|\S+)\s+\./wasm(\s|$)`)
	if !re.MatchString(line) {
		return "", fmt.Errorf("cannot find `-o FILE ./wasm` in the Makefile's build line: %s", line)
	}
	return re.ReplaceAllLiteralString(line, `-o "`+out+`" `+pkg+" "), nil
}

// makeBuildLine returns the command `make build` runs to build the module.
func makeBuildLine(root string) (string, error) {
	cmd := exec.Command("make", "-n", "-s", "build", "DIST=/nonexistent-bench-dist")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("make -n build: %w", err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, " build ") && strings.Contains(l, "./wasm") && strings.Contains(l, "GOOS=js") {
			return strings.TrimSpace(l), nil
		}
	}
	return "", fmt.Errorf("no go build line for ./wasm in `make -n build`:\n%s", out)
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// sizes of one file: raw, gzip -9, brotli -q 11 (-1 when brotli is missing).
type size struct{ raw, gz, br int }

func measureSize(path string) (size, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return size{}, err
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if _, err := w.Write(b); err != nil {
		return size{}, err
	}
	if err := w.Close(); err != nil {
		return size{}, err
	}
	s := size{raw: len(b), gz: z.Len(), br: -1}
	if bro, err := exec.LookPath("brotli"); err == nil {
		out, err := exec.Command(bro, "-c", "-q", "11", path).Output()
		if err != nil {
			return s, fmt.Errorf("brotli: %w", err)
		}
		s.br = len(out)
	}
	return s, nil
}

// measureBulk runs internal/bench/probe natively and as js/wasm under Node.
// Natively it runs twice: as is (the Go runtime uses every core, for the
// garbage collector too) and with GOMAXPROCS=1, one thread like js/wasm.
func measureBulk(root, tmp string) (nat, nat1, wasm *workload.Bulk, err error) {
	args := []string{"-har-mb", fmt.Sprint(*harMB), "-runs", fmt.Sprint(*bulkRuns)}
	native := filepath.Join(tmp, "probe")
	if err := goBuild(root, nil, native); err != nil {
		return nil, nil, nil, err
	}
	logf("bulk, native: %d runs on %g MiB", *bulkRuns, *harMB)
	nat, err = runProbe(exec.Command(native, args...))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("native probe: %w", err)
	}
	logf("bulk, native with GOMAXPROCS=1: %d runs on %g MiB", *bulkRuns, *harMB)
	one := exec.Command(native, args...)
	one.Env = append(os.Environ(), "GOMAXPROCS=1")
	nat1, err = runProbe(one)
	if err != nil {
		return nat, nil, nil, fmt.Errorf("native probe, GOMAXPROCS=1: %w", err)
	}
	node, lerr := exec.LookPath("node")
	if lerr != nil {
		return nat, nat1, nil, errors.New("node not found: no wasm bulk figure")
	}
	wasmFile := filepath.Join(tmp, "probe.wasm")
	if err := goBuildWasm(root, wasmFile); err != nil {
		return nat, nat1, nil, err
	}
	logf("bulk, js/wasm under Node: %d runs on %g MiB", *bulkRuns, *harMB)
	runner := filepath.Join(goEnv("GOROOT"), "lib", "wasm", "wasm_exec_node.js")
	cmd := exec.Command(node, append([]string{"--stack-size=8192", runner, wasmFile}, args...)...)
	wasm, err = runProbe(cmd)
	if err != nil {
		return nat, nat1, nil, fmt.Errorf("wasm probe: %w", err)
	}
	return nat, nat1, wasm, nil
}

// goBuild builds the native probe (the js/wasm one: goBuildWasm).
func goBuild(root string, env []string, out string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./internal/bench/probe")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the probe (%v): %v\n%s", env, err, b)
	}
	return nil
}

// goBuildWasm builds the js/wasm probe with the line `make build` builds the
// shipped module with (its flags included), as the hello world is built.
func goBuildWasm(root, out string) error {
	line, err := makeBuildLine(root)
	if err != nil {
		return err
	}
	if line, err = swapTarget(line, out, "./internal/bench/probe"); err != nil {
		return err
	}
	cmd := exec.Command("bash", "-c", line)
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the js/wasm probe: %v\n%s", err, b)
	}
	return nil
}

func runProbe(cmd *exec.Cmd) (*workload.Bulk, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%v: %s", err, lastLines(stderr.String(), 5))
	}
	var b workload.Bulk
	if err := json.Unmarshal(out, &b); err != nil {
		return nil, fmt.Errorf("probe output: %v: %.200s", err, out)
	}
	if *verbose {
		logf("probe: %s", bytes.TrimSpace(out))
	}
	return &b, nil
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, " | ")
}

// ---- the table -------------------------------------------------------------------

type row struct{ figure, value, floor, ratio, goal, met string }

type table struct {
	rows  []row
	notes []string
}

func (t *table) add(r row)       { t.rows = append(t.rows, r) }
func (t *table) note(s string)   { t.notes = append(t.notes, s) }
func mib(n int) string           { return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20)) }
func kib(n int) string           { return fmt.Sprintf("%d KiB", (n+512)/1024) }
func msf(x float64) string       { return fmt.Sprintf("%.1f ms", x) }
func ratio(a, b float64) string  { return fmt.Sprintf("%.2f×", a/b) }
func yes(ok bool) string         { return map[bool]string{true: "yes", false: "NO"}[ok] }
func spread(xs []float64) string { return fmt.Sprintf("%.0f–%.0f", minf(xs), maxf(xs)) }
func minf(xs []float64) float64  { return fold(xs, func(a, b float64) bool { return b < a }) }
func maxf(xs []float64) float64  { return fold(xs, func(a, b float64) bool { return b > a }) }
func fold(xs []float64, better func(a, b float64) bool) float64 {
	if len(xs) == 0 {
		return 0
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if better(m, x) {
			m = x
		}
	}
	return m
}

func (t *table) sizes(s sites) {
	real, err := measureSize(s.realWasm)
	if err != nil {
		t.note("size: " + err.Error())
		return
	}
	hello, err := measureSize(s.helloWasm)
	if err != nil {
		t.note("size: " + err.Error())
		return
	}
	t.add(row{"wasm size, raw", kib(real.raw), kib(hello.raw), ratio(float64(real.raw), float64(hello.raw)), "", ""})
	g := float64(real.gz) / float64(hello.gz)
	t.add(row{"wasm size, gzip -9", kib(real.gz), kib(hello.gz), ratio(float64(real.gz), float64(hello.gz)), "≤ 1.6×", yes(g <= 1.6)})
	if real.br < 0 || hello.br < 0 {
		t.add(row{"wasm size, brotli -q 11", "n/a (install brotli)", "n/a", "", "", ""})
	} else {
		t.add(row{"wasm size, brotli -q 11", kib(real.br), kib(hello.br), ratio(float64(real.br), float64(hello.br)), "", ""})
	}
	t.note("size floor: " + s.buildCmd)
}

func (t *table) bulk(nat, nat1, wasm *workload.Bulk) {
	if nat == nil {
		return
	}
	a, d := workload.Median(nat.Analyze), workload.Median(nat.Decode)
	what := fmt.Sprintf("%s HAR, %d entries", mib(nat.Bytes), nat.Entries)
	t.add(row{"bulk native: Analyze vs json.Unmarshal (" + what + ")", msf(a), msf(d), ratio(a, d), "≤ 2×", yes(a/d <= 2)})
	t.note(fmt.Sprintf("bulk native runs, ms: Analyze %v, AnalyzeJSON %v, json.Unmarshal %v; report %s", nat.Analyze, nat.AnalyzeJSON, nat.Decode, mib(nat.ReportBytes)))
	if nat1 != nil {
		a1, d1 := workload.Median(nat1.Analyze), workload.Median(nat1.Decode)
		t.add(row{"bulk native, GOMAXPROCS=1: Analyze vs json.Unmarshal", msf(a1), msf(d1), ratio(a1, d1), "", ""})
		t.note(fmt.Sprintf("bulk native GOMAXPROCS=1 runs, ms: Analyze %v, AnalyzeJSON %v, json.Unmarshal %v", nat1.Analyze, nat1.AnalyzeJSON, nat1.Decode))
	}
	if wasm == nil {
		return
	}
	w := workload.Median(wasm.Analyze)
	t.add(row{"bulk wasm (Node) vs native: Analyze", msf(w), msf(a), ratio(w, a), "≤ 3×", yes(w/a <= 3)})
	if nat1 != nil {
		a1 := workload.Median(nat1.Analyze)
		t.add(row{"bulk wasm (Node) vs native GOMAXPROCS=1: Analyze", msf(w), msf(a1), ratio(w, a1), "(≤ 3×)", yes(w/a1 <= 3)})
	}
	wj, nj := workload.Median(wasm.AnalyzeJSON), workload.Median(nat.AnalyzeJSON)
	t.add(row{"bulk wasm (Node) vs native: AnalyzeJSON", msf(wj), msf(nj), ratio(wj, nj), "", ""})
	wd := workload.Median(wasm.Decode)
	t.add(row{"bulk wasm (Node): Analyze vs json.Unmarshal", msf(w), msf(wd), ratio(w, wd), "", ""})
	t.note(fmt.Sprintf("bulk wasm runs, ms: Analyze %v, AnalyzeJSON %v, json.Unmarshal %v", wasm.Analyze, wasm.AnalyzeJSON, wasm.Decode))
	t.note(fmt.Sprintf("typical paste, AnalyzeJSON alone, median of %d: native %.2f ms, Node wasm %.2f ms (%s)",
		len(wasm.Typical), workload.Median(nat.Typical), workload.Median(wasm.Typical), ratio(workload.Median(wasm.Typical), workload.Median(nat.Typical))))
}

func (t *table) print(w io.Writer) {
	head := row{"figure", "authtriage", "floor", "ratio", "goal", "met?"}
	width := make([]int, 6)
	all := append([]row{head}, t.rows...)
	for _, r := range all {
		for i, c := range r.cells() {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	line := func(cs []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, c := range cs {
			pad := width[i] - len([]rune(c))
			if i == 0 {
				b.WriteString(" " + c + strings.Repeat(" ", pad) + " |")
			} else {
				b.WriteString(" " + strings.Repeat(" ", pad) + c + " |")
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(head.cells())
	sep := make([]string, 6)
	for i := range sep {
		sep[i] = strings.Repeat("-", width[i])
	}
	fmt.Fprintln(w, "|"+strings.Join(func() []string {
		out := make([]string, 6)
		for i, s := range sep {
			out[i] = "-" + s + "-"
		}
		return out
	}(), "|")+"|")
	for _, r := range t.rows {
		line(r.cells())
	}
	fmt.Fprintf(w, "\nmeasured %s on %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), machine())
	for _, n := range t.notes {
		fmt.Fprintln(w, "- "+n)
	}
}

func (r row) cells() []string { return []string{r.figure, r.value, r.floor, r.ratio, r.goal, r.met} }

func machine() string {
	v, _ := exec.Command("go", "version").Output()
	return strings.TrimSpace(string(v)) + fmt.Sprintf(", %d CPUs", runtime.NumCPU())
}
