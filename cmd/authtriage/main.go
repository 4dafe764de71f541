// Command authtriage tells why an HTTP request was refused. It reads pasted
// HTTP messages, curl -v transcripts or HAR files and prints, per exchange, the
// verdict (authentication, authorization, blocked, none, unknown) with the
// evidence it rests on, and findings about what is missing or leaking.
//
// Usage:
//
//	authtriage [-format text|json|sarif|markdown] [-fail-on info|low|medium|high|none]
//	           [-disable ID,...] [-keep-secrets] [-o FILE] [FILE...]
//
// With no FILE, or with "-", it reads standard input. See -help for the output
// formats and exit status.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/report"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

// Exit statuses.
const (
	exitOK       = 0 // analysed; no finding at or above -fail-on
	exitFindings = 1 // a finding at or above -fail-on
	exitError    = 2 // bad usage, or an input that could not be read or parsed
)

// maxInput is read from each file; one byte more than the parser accepts, so
// an oversized input reaches the parser and gets its error.
const maxInput = 64<<20 + 1

const usage = `usage: authtriage [flags] [FILE...]

authtriage reads pasted HTTP exchanges (raw messages, curl -v or -i output,
browser devtools copies, HAR files; the format is detected) and tells, per
exchange, why the request was refused: authentication, authorization, blocked,
none or unknown, with the evidence, and findings about what is missing or
leaking, each with why it matters and how to fix it.

With no FILE, or with "-", it reads standard input. Credentials found in
the input (Authorization values, cookies, API keys, passwords, tokens, private
keys) are masked as [redacted] in every format unless -keep-secrets is given.

Flags:
`

const formatsHelp = `
Formats:
  text      per exchange, verdict first: class and headline, where it is,
            the explanation, the reasons with their lines, then findings as
            "L4 AT1001 medium name: message" with evidence and, above info,
            the fix; wrapped to -width (the terminal's, else 80); -summary
            gives one line per exchange, -only keeps some classes or severities
  markdown  a report to paste into a ticket: a summary table, then each
            exchange with its verdict, evidence in code blocks, fixes and links
  json      one file: the report object the web page uses (or {"error":{...}});
            several files: an array in argument order of
            {"file": NAME, "report": {...}} or {"file": NAME, "error": {...}}
  sarif     SARIF 2.1.0: one run; every rule in the driver, one result per
            finding located at FILE and line ("stdin" for standard input);
            per-exchange verdicts in run.properties["authtriage/verdicts"]

Exit status: 0 when done, 1 when a finding at or above -fail-on exists,
2 on a usage error or an input that cannot be read or parsed (the other
inputs are still reported).

Rule reference: docs/rules.md, or ` + report.RulesURL + `
`

func main() {
	// The live memory of a run is the parsed paste; each exchange's analysis
	// leaves garbage several times its size. A lower collection target keeps
	// the peak in proportion to the input (2 MiB of bare status lines: 110 MB
	// at the default, 85 MB at 50) for a little more CPU. GOGC still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, apart from the process: tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("authtriage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `format`: text, json, sarif or markdown")
	failOn := fs.String("fail-on", "none", "exit 1 when a finding of this `severity` or higher exists: info, low, medium, high or none")
	disable := fs.String("disable", "", "comma-separated rule `IDs` or names to skip, such as AT7001,missing-www-authenticate")
	outFile := fs.String("o", "", "write the report to `FILE` instead of standard output")
	width := fs.Int("width", 0, "wrap text at `N` columns (default: the terminal's width, else 80)")
	summary := fs.Bool("summary", false, "text: one line per exchange (its verdict, where it is, its findings)")
	onlyFlag := fs.String("only", "", "text: show only these comma-separated verdict `classes` and finding severities, such as authentication,high")
	keepSecrets := fs.Bool("keep-secrets", false, "print credentials from the input as they are; by default every format masks them")
	version := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
		fmt.Fprint(stderr, formatsHelp)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if *version {
		fmt.Fprintf(stdout, "authtriage %s (%d rules)\n", classifier.Version, len(rules.All))
		return exitOK
	}
	usageErr := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "authtriage: "+format+"\n", args...)
		fmt.Fprintf(stderr, "run 'authtriage -help' for usage\n")
		return exitError
	}
	outFormat, err := report.ParseFormat(*format)
	if err != nil {
		return usageErr("-format: %v", err)
	}
	threshold, failNever := rule.Info, true
	if *failOn != "none" {
		s, err := rule.ParseSeverity(*failOn)
		if err != nil {
			return usageErr("-fail-on: %v, or none", err)
		}
		threshold, failNever = s, false
	}
	only, err := report.ParseOnly(*onlyFlag)
	if err != nil {
		return usageErr("-only: %v", err)
	}
	if *width < 0 {
		return usageErr("-width: %d is not a width", *width)
	}
	var opts classifier.Options
	for _, d := range strings.Split(*disable, ",") {
		if d = strings.TrimSpace(d); d == "" {
			continue
		}
		if !knownRule(d) {
			return usageErr("-disable: no rule has the ID or name %q", d)
		}
		opts.Disable = append(opts.Disable, d)
	}

	names := fs.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}
	var out io.Writer = stdout
	if *outFile != "" {
		f, err := os.Create(*outFile)
		if err != nil {
			fmt.Fprintf(stderr, "authtriage: %v\n", err)
			return exitError
		}
		defer f.Close()
		out = f
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	w := &writer{format: outFormat, out: bw, many: len(names) > 1, keep: *keepSecrets, opts: opts,
		text:  report.TextOptions{Color: useColor(stdout, *outFile), Width: textWidth(*width, stdout, *outFile), Summary: *summary, Only: only},
		worst: rule.Severity(-1)}
	status := exitOK
	stdinUsed := false
	for _, name := range names {
		src := report.Source{Name: name}
		var text []byte
		var err error
		if name == "-" {
			src.Name = report.Stdin
			if stdinUsed {
				err = errors.New("standard input named more than once")
			} else {
				stdinUsed = true
				text, err = io.ReadAll(io.LimitReader(stdin, maxInput))
			}
		} else {
			text, err = readFile(name)
		}
		var in *parse.Input
		var quote *classifier.Quoter
		if err == nil {
			src.Size = int64(len(text))
			pasted := string(text)
			quote = classifier.NewQuoter(pasted)
			in, err = parse.Parse(pasted)
			if err != nil && !*keepSecrets {
				err = classifier.MaskError(err, string(text))
			}
		}
		text = nil // the parsed input keeps what it needs
		if err != nil {
			src.Err = err
			fmt.Fprintf(stderr, "authtriage: %s\n", describeError(src.Name, err))
			status = exitError
		}
		if err := w.source(src, in, quote); err != nil {
			fmt.Fprintf(stderr, "authtriage: writing the report: %v\n", err)
			return exitError
		}
	}
	if err := w.finish(); err != nil {
		fmt.Fprintf(stderr, "authtriage: writing the report: %v\n", err)
		return exitError
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "authtriage: writing the report: %v\n", err)
		return exitError
	}
	if status == exitOK && !failNever && w.worst >= threshold {
		status = exitFindings
	}
	return status
}

// knownRule reports whether s is a registered rule's ID or name.
func knownRule(s string) bool {
	for _, r := range rules.All {
		if r.ID == s || r.Name == s {
			return true
		}
	}
	return false
}

// readFile reads at most maxInput bytes of a file.
func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxInput))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return b, nil
}

// describeError writes an input error the way compilers do, "FILE:LINE: what
// went wrong", so editors can jump to it. Errors from os already name the file.
func describeError(name string, err error) string {
	var pe *parse.ParseError
	if errors.As(err, &pe) {
		msg := strings.TrimPrefix(pe.Error(), fmt.Sprintf("line %d: ", pe.Line))
		if pe.Line > 0 {
			return fmt.Sprintf("%s:%d: %s", name, pe.Line, msg)
		}
		return fmt.Sprintf("%s: %s", name, msg)
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		return err.Error()
	}
	return fmt.Sprintf("%s: %v", name, err)
}

// useColor is true for text written to a terminal when NO_COLOR is unset.
func useColor(stdout io.Writer, outFile string) bool {
	if outFile != "" || os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := stdout.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// textWidth is the width text is wrapped at: the -width flag, else the
// terminal's (COLUMNS when it cannot be asked), else 80.
func textWidth(flagged int, stdout io.Writer, outFile string) int {
	if flagged > 0 {
		return flagged
	}
	if f, ok := stdout.(*os.File); ok && outFile == "" {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			if w := termWidth(f); w > 0 {
				return w
			}
			if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
				return w
			}
		}
	}
	return report.DefaultWidth
}
