package report

import (
	"io"
	"path"
	"strings"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// InformationURI is the project's home; RulesURL its generated rule reference.
const (
	InformationURI = "https://github.com/authtriage/authtriage"
	RulesURL       = InformationURI + "/blob/main/docs/rules.md"
)

// RuleURL is the absolute address of a rule's section in the rule reference.
// The anchor is the rule ID, as docs/rules.md and web/rules.html write it.
func RuleURL(id string) string { return RulesURL + "#" + pathSegmentEscape(id) }

// The SARIF 2.1.0 objects authtriage writes: a small subset of the format,
// named and shaped as the OASIS standard's JSON schema defines them.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		Artifacts   []sarifArtifact   `json:"artifacts,omitempty"`
		Results     []sarifResult     `json:"results"`
		ColumnKind  string            `json:"columnKind,omitempty"`
		Properties  *sarifRunProps    `json:"properties,omitempty"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version"`
		SemanticVersion string      `json:"semanticVersion,omitempty"`
		InformationURI  string      `json:"informationUri"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     sarifMS        `json:"shortDescription"`
		FullDescription      sarifMS        `json:"fullDescription"`
		Help                 sarifMS        `json:"help"`
		HelpURI              string         `json:"helpUri"`
		DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
		Properties           sarifRuleProps `json:"properties"`
	}
	sarifRuleProps struct {
		Tags     []string `json:"tags"`
		Severity string   `json:"authtriage/severity"`
		Disabled string   `json:"authtriage/disabled,omitempty"`
	}
	sarifConfig struct {
		Enabled bool   `json:"enabled"`
		Level   string `json:"level"`
	}
	// sarifMS is a multiformatMessageString (text required, Markdown optional);
	// plain messages use only Text.
	sarifMS struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMS         `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifArtifact struct {
		Location sarifArtifactURI `json:"location"`
		Roles    []string         `json:"roles"`
		Length   int64            `json:"length,omitempty"`
	}
	sarifArtifactURI struct {
		URI string `json:"uri"`
	}
	sarifArtifactLocation struct {
		URI   string `json:"uri"`
		Index int    `json:"index"`
	}
	sarifResult struct {
		RuleID           string           `json:"ruleId"`
		RuleIndex        int              `json:"ruleIndex"`
		Level            string           `json:"level"`
		Message          sarifMS          `json:"message"`
		Locations        []sarifLocation  `json:"locations"`
		RelatedLocations []sarifLocation  `json:"relatedLocations,omitempty"`
		Properties       sarifResultProps `json:"properties"`
	}
	sarifResultProps struct {
		Severity string `json:"authtriage/severity"`
		Category string `json:"authtriage/category"`
		// Exchanges are 1-based, as the text and Markdown reports number them.
		Exchanges []int  `json:"authtriage/exchanges"`
		Verdict   string `json:"authtriage/verdict,omitempty"`
		Fix       string `json:"authtriage/fix,omitempty"`
	}
	sarifLocation struct {
		ID               int                    `json:"id,omitempty"`
		PhysicalLocation *sarifPhysical         `json:"physicalLocation,omitempty"`
		LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
		Message          *sarifMS               `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifRegion struct {
		StartLine int `json:"startLine"`
	}
	sarifLogicalLocation struct {
		FullyQualifiedName string `json:"fullyQualifiedName"`
	}
	sarifRunProps struct {
		Verdicts []sarifVerdict `json:"authtriage/verdicts"`
	}
	// sarifVerdict records one exchange's verdict, which has no place in
	// SARIF's own model: a verdict is an answer, not a problem found.
	sarifVerdict struct {
		File      string `json:"file"`
		Exchange  int    `json:"exchange"` // 1-based
		StartLine int    `json:"startLine,omitempty"`
		EndLine   int    `json:"endLine,omitempty"`
		Status    int    `json:"status,omitempty"`
		Class     string `json:"class"`
		Headline  string `json:"headline"`
	}
)

// SARIFSchema is the schema URI written into the log's $schema property.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// SARIFLevel maps a severity to a SARIF result level: high is an error,
// medium a warning, low and info are notes.
func SARIFLevel(s rule.Severity) string {
	switch {
	case s >= rule.High:
		return "error"
	case s == rule.Medium:
		return "warning"
	default:
		return "note"
	}
}

// SARIF writes one SARIF 2.1.0 log with a single run holding the results of
// every source. The driver lists every rule in rules.All (disabled ones with
// enabled false), each result names its rule by ID and index, and points at the
// source file and line its first evidence rests on; evidence from a HAR file,
// which has no useful line, is located by its JSON path as a logical location.
// Sources that failed are tool execution notifications, and the run is then
// marked unsuccessful. disabled lists rule IDs or names turned off for the run.
// It is SARIFWriter fed the whole of each source.
func SARIF(w io.Writer, srcs []Source, disabled []string) error {
	sw, err := NewSARIFWriter(w, disabled)
	if err != nil {
		return err
	}
	for _, src := range srcs {
		sw.Begin(src.Name, src.Size)
		if src.Err != nil {
			sw.Failed(src.Err)
			continue
		}
		for _, x := range src.Report.Exchanges {
			if err := sw.Exchange(x); err != nil {
				return err
			}
		}
		if err := sw.End(src.Report); err != nil {
			return err
		}
	}
	return sw.Close()
}

// SARIFWriter writes the SARIF log of SARIF as its parts become known: the
// driver first, then each exchange's results as it is settled, and what only
// the end knows (the artifacts, the invocation with its notifications, the
// verdicts) after the last result. What it keeps between calls is small and
// per source or per exchange (a class and a verdict line), never a finding.
type SARIFWriter struct {
	w        io.Writer
	index    map[string]int
	results  int
	loc      sarifArtifactLocation
	classes  map[int]rule.Class // the current source's verdict classes, by exchange index
	arts     []sarifArtifact
	inv      sarifInvocation
	verdicts []sarifVerdict
	err      error
}

// Indentation of the parts: the log's run is at two levels, its members at
// three, results at four.
const (
	sarifRunIndent    = "    "
	sarifMemberIndent = "      "
	sarifItemIndent   = "        "
)

// NewSARIFWriter writes the log's opening and the driver, with every rule.
func NewSARIFWriter(w io.Writer, disabled []string) (*SARIFWriter, error) {
	off := map[string]bool{}
	for _, d := range disabled {
		off[d] = true
	}
	tool := sarifTool{Driver: sarifDriver{Name: "authtriage", Version: classifier.Version,
		SemanticVersion: classifier.Version, InformationURI: InformationURI, Rules: []sarifRule{}}}
	s := &SARIFWriter{w: w, index: map[string]int{}, inv: sarifInvocation{ExecutionSuccessful: true}, verdicts: []sarifVerdict{}}
	for i, r := range rules.All {
		s.index[r.ID] = i
		tool.Driver.Rules = append(tool.Driver.Rules, sarifRuleOf(r, !off[r.ID] && !off[r.Name]))
	}
	s.write("{\n  \"$schema\": " + string(appendJSONString(nil, SARIFSchema)) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n" + sarifRunIndent + "{\n")
	s.member("tool", jsonsarifTool(nil, &tool), false)
	s.member("columnKind", appendJSONString(nil, "unicodeCodePoints"), false)
	s.write(sarifMemberIndent + "\"results\": [")
	return s, s.err
}

// Begin starts a source: name as given on the command line, size in bytes
// when known.
func (s *SARIFWriter) Begin(name string, size int64) {
	s.loc = sarifArtifactLocation{URI: ArtifactURI(name), Index: len(s.arts)}
	s.arts = append(s.arts, sarifArtifact{Location: sarifArtifactURI{URI: s.loc.URI}, Roles: []string{"analysisTarget"}, Length: size})
	s.classes = map[int]rule.Class{}
}

// Failed records that the current source could not be read or parsed.
func (s *SARIFWriter) Failed(err error) {
	s.inv.ExecutionSuccessful = false
	n := sarifNotification{Level: "error", Message: sarifMS{Text: err.Error()}}
	pl := &sarifPhysical{ArtifactLocation: s.loc}
	if line := errorLine(err); line > 0 {
		pl.Region = &sarifRegion{StartLine: line}
	}
	n.Locations = []sarifLocation{{PhysicalLocation: pl}}
	s.inv.ToolExecutionNotifications = append(s.inv.ToolExecutionNotifications, n)
}

// Exchange writes one settled exchange's results and keeps its verdict.
func (s *SARIFWriter) Exchange(x classifier.ExchangeReport) error {
	s.classes[x.Index] = x.Verdict.Class
	v := sarifVerdict{File: s.loc.URI, Exchange: x.Index + 1, StartLine: x.Span.Start, EndLine: x.Span.End,
		Class: string(x.Verdict.Class), Headline: x.Verdict.Headline}
	if x.Response != nil {
		v.Status = x.Response.Status
	}
	s.verdicts = append(s.verdicts, v)
	for _, f := range x.Findings {
		s.result(f)
	}
	return s.err
}

// End closes the current source with what only its end knows: the paste's
// warnings and the findings about the paste as a whole.
func (s *SARIFWriter) End(rep *classifier.Report) error {
	for _, wn := range rep.Warnings {
		s.inv.ToolExecutionNotifications = append(s.inv.ToolExecutionNotifications, sarifNotification{
			Level: "warning", Message: sarifMS{Text: wn.Message}, Locations: []sarifLocation{posLocation(s.loc, wn.Pos, "")}})
	}
	for _, f := range rep.Findings {
		s.result(f)
	}
	return s.err
}

// Close writes the end of the log.
func (s *SARIFWriter) Close() error {
	if s.results > 0 {
		s.write("\n" + sarifMemberIndent)
	}
	s.write("]")
	if len(s.arts) > 0 {
		s.member("artifacts", jsonsarifArtifactList(nil, s.arts), true)
	}
	s.member("invocations", jsonsarifInvocationList(nil, []sarifInvocation{s.inv}), true)
	s.member("properties", jsonsarifRunProps(nil, &sarifRunProps{Verdicts: s.verdicts}), true)
	s.write("\n" + sarifRunIndent + "}\n  ]\n}\n")
	return s.err
}

func (s *SARIFWriter) result(f rule.Finding) {
	r := sarifResultOf(f, s.loc, s.index, s.classes)
	b, err := sarifJSON(jsonsarifResult(nil, &r), sarifItemIndent)
	if err != nil && s.err == nil {
		s.err = err
	}
	sep := ","
	if s.results == 0 {
		sep = ""
	}
	s.results++
	s.write(sep + "\n" + sarifItemIndent + b)
}

// member writes `"name": value` as a member of the run, value encoded
// compact (sarif_json_gen.go); after says whether a member comes before it.
func (s *SARIFWriter) member(name string, v []byte, after bool) {
	b, err := sarifJSON(v, sarifMemberIndent)
	if err != nil && s.err == nil {
		s.err = err
	}
	if after {
		s.write(",\n")
	}
	s.write(sarifMemberIndent + "\"" + name + "\": " + b)
	if !after {
		s.write(",\n")
	}
}

func (s *SARIFWriter) write(str string) {
	if s.err == nil {
		_, s.err = io.WriteString(s.w, str)
	}
}

// sarifJSON is the compact encoding b indented at indent, as a json.Encoder
// with SetIndent(indent, "  ") writes it, without the final newline.
func sarifJSON(b []byte, indent string) (string, error) {
	out, err := jsonlite.AppendIndent(make([]byte, 0, len(b)+len(b)/2), b, indent, "  ")
	return string(out), err
}

func sarifRuleOf(r *rule.Rule, enabled bool) sarifRule {
	help := sarifMS{Text: r.Fix, Markdown: "**Fix:** " + r.Fix}
	if r.Example != "" {
		help.Text += "\n\nExample:\n" + r.Example
		help.Markdown += "\n\nFor example:\n\n" + fenced(r.Example, "")
	}
	if len(r.Refs) > 0 {
		titles := make([]string, len(r.Refs))
		for i, ref := range r.Refs {
			titles[i] = ref.Title + " <" + ref.URL + ">"
		}
		help.Text += "\n\nReferences:\n" + strings.Join(titles, "\n")
		help.Markdown += "\n\n**References:** " + refLinks(r.Refs)
	}
	tags := []string{string(r.Category)}
	if r.Category == rule.CatLeak {
		tags = append(tags, "security")
	}
	return sarifRule{
		ID: r.ID, Name: r.Name,
		ShortDescription:     sarifMS{Text: r.Title},
		FullDescription:      sarifMS{Text: stripCodeTicks(r.Doc), Markdown: r.Doc},
		Help:                 help,
		HelpURI:              RuleURL(r.ID),
		DefaultConfiguration: sarifConfig{Enabled: enabled && r.Disabled == "", Level: SARIFLevel(r.Severity)},
		Properties:           sarifRuleProps{Tags: tags, Severity: r.Severity.String(), Disabled: r.Disabled},
	}
}

func sarifResultOf(f rule.Finding, loc sarifArtifactLocation, index map[string]int, classes map[int]rule.Class) sarifResult {
	res := sarifResult{RuleID: f.Rule, RuleIndex: -1, Level: SARIFLevel(f.Severity),
		Message: sarifMS{Text: f.Message}, Locations: []sarifLocation{},
		Properties: sarifResultProps{Severity: f.Severity.String(), Category: string(f.Category),
			Exchanges: []int{}, Fix: f.Fix}}
	if i, ok := index[f.Rule]; ok {
		res.RuleIndex = i
	}
	if res.Message.Text == "" {
		res.Message.Text = f.Title
	}
	for _, x := range f.Exchanges {
		res.Properties.Exchanges = append(res.Properties.Exchanges, x+1)
	}
	if len(f.Exchanges) == 1 {
		res.Properties.Verdict = string(classes[f.Exchanges[0]])
	}
	for i, e := range f.Evidence {
		l := posLocation(loc, e.Pos, evidenceNote(e))
		if i == 0 {
			res.Locations = append(res.Locations, l)
			continue
		}
		l.ID = i
		res.RelatedLocations = append(res.RelatedLocations, l)
	}
	if len(res.Locations) == 0 {
		res.Locations = append(res.Locations, sarifLocation{PhysicalLocation: &sarifPhysical{ArtifactLocation: loc}})
	}
	return res
}

// posLocation locates a position in a source: its line as a region, its HAR
// JSON path as a logical location, and what the evidence quotes as the
// location's message. There is no region snippet on purpose: a snippet must
// be the file's own bytes, which would carry the secrets that evidence text has
// masked, into dashboards that keep them; and evidence, cut to a readable
// length or rebuilt from HAR JSON, is not those bytes.
func posLocation(loc sarifArtifactLocation, p parse.Pos, note string) sarifLocation {
	l := sarifLocation{PhysicalLocation: &sarifPhysical{ArtifactLocation: loc}}
	if note != "" {
		l.Message = &sarifMS{Text: note}
	}
	if p.Line > 0 {
		l.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line}
	}
	if p.Path != "" {
		l.LogicalLocations = []sarifLogicalLocation{{FullyQualifiedName: p.Path}}
	}
	return l
}

// evidenceNote says what a piece of evidence is: "response header: Server: x".
func evidenceNote(e rule.Evidence) string {
	switch {
	case e.Text == "":
		return e.Where
	case e.Where == "":
		return e.Text
	}
	return e.Where + ": " + e.Text
}

// ArtifactURI turns a file name into a SARIF artifact URI: "stdin" stays as
// it is, a relative path becomes a relative URI reference with its characters
// escaped, and an absolute path a file URI.
func ArtifactURI(name string) string {
	if name == Stdin || name == "-" || name == "" {
		return Stdin
	}
	name = strings.ReplaceAll(name, `\`, "/")
	if path.IsAbs(name) {
		return pathURI("file", path.Clean(name))
	}
	return pathURI("", name)
}

// errorLine is the line a parse error names, or 0.
func errorLine(err error) int {
	return classifier.NewErrorJSON(err).Error.Line
}

// stripCodeTicks turns Markdown code spans into plain text for SARIF's text
// forms, which viewers show literally.
func stripCodeTicks(s string) string { return strings.ReplaceAll(s, "`", "") }
