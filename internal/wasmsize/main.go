// Command wasmsize tells where the bytes of a js/wasm build are: the
// module's sections, the runtime's function tables (pclntab) inside the data,
// and the code by package and by function, each raw and gzip -9.
//
//	go run ./internal/wasmsize                 # builds ./wasm as shipped, but keeps the name section
//	go run ./internal/wasmsize -pkg ./cmd/x     # another js/wasm main package
//	go run ./internal/wasmsize -top 60 -match init
//	go run ./internal/wasmsize -wasm file.wasm  # a module built with names (no -s)
//	go run ./internal/wasmsize -cold            # the code a first visit compiles (cold.go)
//	go run ./internal/wasmsize -cold -paste FILE -top 20 -pkgs 10
//	go run ./internal/wasmsize -cold -tiers     # and what V8's optimising compiler recompiles
//
// The build is the line `make build` uses (its -gcflags included) without
// -ldflags='-s -w': the code and data are byte for byte those of the shipped
// module, only the name section (function names, stripped by -s) is added,
// and read here. Run it from the repository's root.
// The gzip figure of a package is its functions' bodies compressed alone,
// so the package rows add up to more than the compressed code section.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/authtriage/authtriage/internal/bench/workload"
)

func main() {
	pkg := flag.String("pkg", "./wasm", "js/wasm main package to build")
	file := flag.String("wasm", "", "read this module (built without -s) instead of building one")
	top := flag.Int("top", 40, "functions to list, largest first")
	match := flag.String("match", "", "list only functions whose name contains this")
	pkgs := flag.Int("pkgs", 40, "packages to list, largest first")
	coldRun := flag.Bool("cold", false, "count the function bodies Node compiles on first call for Go's start, a first analysis and its first page (needs node)")
	paste := flag.String("paste", "", "with -cold: the paste to analyse (default: the first visitor's paste make bench times, workload.ColdPaste)")
	tiers := flag.Bool("tiers", false, "with -cold: V8's default tiers, and count the functions its optimising compiler (TurboFan) recompiles too")
	flag.Parse()
	var err error
	if *coldRun {
		err = runCold(*pkg, *file, *paste, *top, *pkgs, *tiers)
	} else {
		err = run(*pkg, *file, *top, *match, *pkgs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func run(pkg, file string, top int, match string, npkgs int) error {
	file, done, err := build(pkg, file)
	if err != nil {
		return err
	}
	defer done()
	b, m, err := readNamed(file)
	if err != nil {
		return err
	}
	shipped := b[:len(b)-m.nameSec-m.nameHdr]
	fmt.Printf("module without the name section (as shipped, but for the build ID): %d bytes, gzip %d\n", len(shipped), gz(shipped))
	fmt.Printf("(gzip here is compress/gzip at level 9: about 1%% more than gzip -9, which the README's figures use)\n\n")
	fmt.Printf("%-28s %10s %10s\n", "section", "bytes", "gzip -9")
	for _, s := range m.sections {
		fmt.Printf("%-28s %10d %10d\n", s.name, len(s.body), gz(s.body))
	}
	pclntab(m.mem)
	type row struct {
		name string
		n    int
		body []byte
	}
	byPkg := map[string]*row{}
	var fns []row
	for i, body := range m.bodies {
		name := m.names[m.imports+i]
		fns = append(fns, row{name, 1, body})
		p := pkgOf(name)
		r := byPkg[p]
		if r == nil {
			r = &row{name: p}
			byPkg[p] = r
		}
		r.n++
		r.body = append(r.body, body...)
	}
	var ps []*row
	for _, r := range byPkg {
		ps = append(ps, r)
	}
	sort.Slice(ps, func(i, j int) bool { return len(ps[i].body) > len(ps[j].body) })
	fmt.Printf("\ncode by package (%d packages; gzip of each package's bodies alone)\n%-60s %6s %10s %10s\n", len(ps), "package", "funcs", "bytes", "gzip -9")
	for i, r := range ps {
		if i == npkgs {
			break
		}
		fmt.Printf("%-60s %6d %10d %10d\n", r.name, r.n, len(r.body), gz(r.body))
	}
	sort.Slice(fns, func(i, j int) bool { return len(fns[i].body) > len(fns[j].body) })
	fmt.Printf("\nlargest functions%s\n", map[bool]string{true: " matching " + match}[match != ""])
	n := 0
	var matched []byte
	for _, f := range fns {
		if match != "" && !strings.Contains(f.name, match) {
			continue
		}
		matched = append(matched, f.body...)
		if n < top {
			fmt.Printf("%8d  %s\n", len(f.body), f.name)
		}
		n++
	}
	if match != "" {
		fmt.Printf("%d functions matching %q: %d bytes, gzip %d\n", n, match, len(matched), gz(matched))
	}
	return nil
}

// readNamed reads and parses the module file, which must have its names.
func readNamed(file string) ([]byte, *module, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	m, err := parse(b)
	if err != nil {
		return nil, nil, err
	}
	if len(m.names) == 0 {
		return nil, nil, errors.New("no name section: build without -ldflags=-s")
	}
	return b, m, nil
}

// build builds pkg with make build's line, keeping the names, unless file
// names a module already built; done removes what it made.
func build(pkg, file string) (string, func(), error) {
	if file != "" {
		return file, func() {}, nil
	}
	dir, err := os.MkdirTemp("", "wasmsize")
	if err != nil {
		return "", nil, err
	}
	done := func() { os.RemoveAll(dir) }
	file = filepath.Join(dir, "m.wasm")
	line, err := buildLine(file, pkg)
	if err == nil {
		fmt.Printf("%s\n", line)
		cmd := exec.Command("bash", "-c", line)
		cmd.Stderr = os.Stderr
		err = cmd.Run()
	}
	if err != nil {
		done()
		return "", nil, err
	}
	return file, done, nil
}

// runCold builds the module (or reads file) and counts what a first visit
// compiles (cold), on the paste in pasteFile or workload.ColdPaste.
func runCold(pkg, file, pasteFile string, top, npkgs int, tiers bool) error {
	file, done, err := build(pkg, file)
	if err != nil {
		return err
	}
	defer done()
	if pasteFile == "" {
		dir, err := os.MkdirTemp("", "wasmsize-paste")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		pasteFile = filepath.Join(dir, "coldpaste.txt")
		if err := os.WriteFile(pasteFile, []byte(workload.ColdPaste), 0o644); err != nil {
			return err
		}
	}
	return cold(file, pasteFile, top, npkgs, tiers)
}

// buildLine is the line `make build` builds the module with (its -gcflags
// included), building pkg into out and without -ldflags='-s -w'.
func buildLine(out, pkg string) (string, error) {
	b, err := exec.Command("make", "-n", "-s", "build", "DIST=/nonexistent-wasmsize").Output()
	if err != nil {
		return "", fmt.Errorf("make -n build (run from the repository's root): %v", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.Contains(l, "GOOS=js") || !strings.Contains(l, " build ") || !strings.HasSuffix(strings.TrimSpace(l), " ./wasm") {
			continue
		}
		l = strings.TrimSpace(l)
		l = strings.Replace(l, " -ldflags='-s -w'", "", 1)
		i := strings.Index(l, " -o ")
		if i < 0 {
			break
		}
		return l[:i] + " -o '" + out + "' " + pkg, nil
	}
	return "", errors.New("no `go build … -o FILE ./wasm` line in `make -n build`")
}

type section struct {
	name string
	body []byte
}

type module struct {
	sections         []section
	bodies           [][]byte
	names            map[int]string
	imports          int
	mem              []byte // the linear memory's initial image, from the data segments
	nameSec, nameHdr int    // size of the name section's body, and of its id and length
}

var sectionNames = []string{"custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data"}

func parse(b []byte) (m *module, err error) {
	defer func() {
		if recover() != nil {
			m, err = nil, errors.New("not a wasm module this tool can read")
		}
	}()
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm module")
	}
	m = &module{names: map[int]string{}}
	for i := 8; i < len(b); {
		start := i
		id := b[i]
		i++
		n := int(uleb(b, &i))
		body := b[i : i+n]
		i += n
		name := fmt.Sprint(id)
		if int(id) < len(sectionNames) {
			name = sectionNames[id]
		}
		switch id {
		case 0:
			j := 0
			l := int(uleb(body, &j))
			cname := string(body[j : j+l])
			name = "custom " + cname
			if cname == "name" {
				m.nameSec, m.nameHdr = n, i-start-n
				readNames(body[j+l:], m.names)
			}
		case 2:
			m.imports = countFuncImports(body)
		case 10:
			j := 0
			for k, c := 0, int(uleb(body, &j)); k < c; k++ {
				l := int(uleb(body, &j))
				m.bodies = append(m.bodies, body[j:j+l])
				j += l
			}
		case 11:
			m.mem = memory(body)
		}
		m.sections = append(m.sections, section{name, body})
	}
	return m, nil
}

func readNames(b []byte, names map[int]string) {
	for j := 0; j < len(b); {
		sub := b[j]
		j++
		end := int(uleb(b, &j))
		end += j
		if sub == 1 {
			for k, c := 0, int(uleb(b, &j)); k < c; k++ {
				idx := int(uleb(b, &j))
				l := int(uleb(b, &j))
				names[idx] = string(b[j : j+l])
				j += l
			}
		}
		j = end
	}
}

func countFuncImports(b []byte) int {
	j, funcs := 0, 0
	for k, c := 0, int(uleb(b, &j)); k < c; k++ {
		j += int(uleb(b, &j)) // module
		j += int(uleb(b, &j)) // field
		kind := b[j]
		j++
		switch kind {
		case 0: // function: type index
			uleb(b, &j)
			funcs++
		case 1: // table: element type, limits
			j++
			fl := b[j]
			j++
			uleb(b, &j)
			if fl&1 != 0 {
				uleb(b, &j)
			}
		case 2: // memory: limits
			fl := b[j]
			j++
			uleb(b, &j)
			if fl&1 != 0 {
				uleb(b, &j)
			}
		case 3: // global: type, mutability
			j += 2
		}
	}
	return funcs
}

// memory lays the active data segments (i32.const offset) out as the
// linear memory starts.
func memory(b []byte) []byte {
	var mem []byte
	j := 0
	for k, c := 0, int(uleb(b, &j)); k < c; k++ {
		uleb(b, &j) // flags: 0, memory 0 with an offset expression
		j++         // i32.const
		off := int(sleb(b, &j))
		j++ // end
		l := int(uleb(b, &j))
		if off+l > len(mem) {
			mem = append(mem, make([]byte, off+l-len(mem))...)
		}
		copy(mem[off:], b[j:j+l])
		j += l
	}
	return mem
}

// pclntab prints the parts of the runtime's function table (runtime.pcHeader,
// Go 1.20 and later): function names, compilation units, files, the pc-value
// tables (stack sizes, lines, files, stack maps) and the per-function records.
func pclntab(mem []byte) {
	p := bytes.Index(mem, []byte{0xf1, 0xff, 0xff, 0xff, 0, 0})
	if p < 0 || len(mem) < p+64 {
		return
	}
	h := mem[p:]
	u := func(i int) int { return int(binary.LittleEndian.Uint64(h[8+8*i:])) }
	nfunc := u(0)
	offs := []int{u(3), u(4), u(5), u(6), u(7)}
	ft := h[offs[4]:]
	end := 0
	for k := 0; k <= nfunc; k++ {
		end = max(end, int(binary.LittleEndian.Uint32(ft[8*k+4:])))
	}
	end += 64 // the last _func record, roughly
	fmt.Printf("\nin the data: runtime.pclntab, %d functions (the data's own gzip is above)\n", nfunc)
	parts := []struct {
		name string
		b    []byte
	}{
		{"function names", h[offs[0]:offs[1]]},
		{"compilation units", h[offs[1]:offs[2]]},
		{"file names", h[offs[2]:offs[3]]},
		{"pc-value tables", h[offs[3]:offs[4]]},
		{"function records", ft[:end]},
	}
	for _, x := range parts {
		fmt.Printf("  %-26s %10d %10d\n", x.name, len(x.b), gz(x.b))
	}
	all := h[:offs[4]+end]
	fmt.Printf("  %-26s %10d %10d\n", "pclntab", len(all), gz(all))
	fmt.Printf("  %-26s %10d %10d\n", "data before it", p, gz(mem[:p]))
	fmt.Printf("  %-26s %10d %10d\n", "data after it", len(mem)-p-len(all), gz(mem[p+len(all):]))
}

// pkgOf is the package of a function's name in the name section, where the
// linker writes "/" as "_": "github.com_x_y_pkg.(*T).m" → "github.com_x_y_pkg".
func pkgOf(name string) string {
	rest, pre := name, ""
	if i := strings.Index(name, ".com_"); i >= 0 {
		pre, rest = name[:i+5], name[i+5:]
	}
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return pre + rest
}

func uleb(b []byte, i *int) uint64 {
	v, n := binary.Uvarint(b[*i:])
	if n <= 0 {
		panic("bad LEB128")
	}
	*i += n
	return v
}

func sleb(b []byte, i *int) int64 {
	var r int64
	var s uint
	for {
		c := b[*i]
		*i++
		r |= int64(c&0x7f) << s
		s += 7
		if c&0x80 == 0 {
			if s < 64 && c&0x40 != 0 {
				r |= -1 << s
			}
			return r
		}
	}
}

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}
