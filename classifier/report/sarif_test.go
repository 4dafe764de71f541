package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

// sarifSchema compiles the vendored SARIF 2.1.0 schema, with format
// assertions on, so a relative helpUri or a bad URI fails too.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// ValidateSARIF checks a SARIF document against the schema; the CLI tests
// use the same check through sarifSchema.
func validateSARIF(t *testing.T, s *jsonschema.Schema, doc []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// badHAR is a HAR file whose entries break on line 4: a parse error with a line.
const badHAR = "{\n  \"log\": {\n    \"entries\": [\n      oops\n    ]\n  }\n}\n"

// pastes are small inputs that make the current rules speak; whatever they
// find, the document must stay valid.
var pastes = map[string]string{
	"no-challenge.txt": "GET /api/me HTTP/1.1\nHost: api.example.test\nAuthorization: Bearer abc\n\n" +
		"HTTP/1.1 401 Unauthorized\nServer: nginx/1.25.3\nX-Powered-By: Express\nContent-Type: application/json\n\n{\"error\":\"unauthorized\"}\n",
	"dir with space/forbidden.txt": "HTTP/1.1 403 Forbidden\nServer: Apache/2.4.58 (Ubuntu)\nContent-Length: 0\n\n",
	"proxy.txt":                    "HTTP/1.1 407 Proxy Authentication Required\nContent-Length: 0\n\n",
}

func analyzed(t *testing.T, opts classifier.Options) []Source {
	t.Helper()
	var srcs []Source
	for _, name := range []string{"no-challenge.txt", "dir with space/forbidden.txt", "proxy.txt"} {
		rep, err := classifier.Analyze(pastes[name], opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		srcs = append(srcs, Source{Name: name, Report: rep})
	}
	return srcs
}

func TestSARIFSchema(t *testing.T) {
	schema := sarifSchema(t)
	off := classifier.Options{Disable: []string{"AT7001"}}
	srcs := analyzed(t, off)
	_, perr := classifier.Analyze(badHAR, classifier.Options{})
	if perr == nil {
		t.Fatal("expected a parse error for a broken HAR file")
	}
	srcs = append(srcs, Source{Name: "/abs/broken.txt", Err: perr}, Source{Name: Stdin, Report: srcs[0].Report})
	var buf bytes.Buffer
	if err := SARIF(&buf, srcs, off.Disable); err != nil {
		t.Fatal(err)
	}
	if err := validateSARIF(t, schema, buf.Bytes()); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v\n%s", err, buf.String())
	}

	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := len(run.Tool.Driver.Rules), len(rules.All); got != want {
		t.Errorf("driver lists %d rules, rules.All has %d", got, want)
	}
	for i, r := range run.Tool.Driver.Rules {
		src := rules.All[i]
		if r.ID != src.ID || r.Name != src.Name || r.ShortDescription.Text != src.Title {
			t.Errorf("driver rule %d = %s %s %q, want %s %s %q", i, r.ID, r.Name, r.ShortDescription.Text, src.ID, src.Name, src.Title)
		}
		if !strings.HasSuffix(r.HelpURI, "#"+src.ID) {
			t.Errorf("%s: helpUri %q does not end in the rule's anchor", r.ID, r.HelpURI)
		}
		if want := SARIFLevel(src.Severity); r.DefaultConfiguration.Level != want {
			t.Errorf("%s: level %q, want %q", r.ID, r.DefaultConfiguration.Level, want)
		}
		if r.ID == "AT7001" && r.DefaultConfiguration.Enabled {
			t.Errorf("AT7001 was disabled but the driver says enabled")
		}
	}
	if len(run.Results) == 0 {
		t.Fatal("no results: the pastes should make at least AT1001 fire")
	}
	var total int
	for _, s := range srcs {
		if s.Report != nil {
			total += len(allFindings(s.Report))
		}
	}
	if len(run.Results) != total {
		t.Errorf("%d results for %d findings", len(run.Results), total)
	}
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %d, which is %s", res.RuleID, res.RuleIndex, run.Tool.Driver.Rules[res.RuleIndex].ID)
		}
		if res.RuleID == "AT7001" {
			t.Errorf("AT7001 reported though disabled")
		}
	}
	if run.Invocations[0].ExecutionSuccessful {
		t.Error("a failed source must make the invocation unsuccessful")
	}
	n := run.Invocations[0].ToolExecutionNotifications
	if len(n) == 0 || n[0].Level != "error" || n[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "file:///abs/broken.txt" {
		t.Fatalf("parse error notification = %+v", n)
	}
	if r := n[0].Locations[0].PhysicalLocation.Region; r == nil || r.StartLine != 4 {
		t.Errorf("parse error notification region = %+v, want line 4", r)
	}
	wantURIs := []string{"no-challenge.txt", "dir%20with%20space/forbidden.txt", "proxy.txt", "file:///abs/broken.txt", "stdin"}
	for i, a := range run.Artifacts {
		if a.Location.URI != wantURIs[i] {
			t.Errorf("artifact %d uri %q, want %q", i, a.Location.URI, wantURIs[i])
		}
	}
	if len(run.Properties.Verdicts) == 0 || run.Properties.Verdicts[0].Class == "" {
		t.Errorf("run.properties verdicts = %+v", run.Properties.Verdicts)
	}
}

// TestSARIFLocations checks that a result points at the line of its first
// evidence, and that HAR evidence without a line keeps its JSON path.
func TestSARIFLocations(t *testing.T) {
	f := rule.Finding{Rule: rules.All[0].ID, Name: rules.All[0].Name, Severity: rule.High, Message: "m",
		Evidence: []rule.Evidence{
			{Where: "status line", Pos: parse.Pos{Line: 7}, Text: "HTTP/1.1 401 Unauthorized"},
			{Where: "response header", Pos: parse.Pos{Path: "log.entries[0].response.headers[2]"}, Text: "Server: x"},
		}, Exchanges: []int{0}}
	rep := &classifier.Report{Tool: "authtriage", Version: classifier.Version,
		Exchanges: []classifier.ExchangeReport{{Index: 0, Findings: []rule.Finding{f}}}}
	rep.Exchanges[0].Verdict.Class = rule.Authentication
	var buf bytes.Buffer
	if err := SARIF(&buf, []Source{{Name: "a.har", Report: rep}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := validateSARIF(t, sarifSchema(t), buf.Bytes()); err != nil {
		t.Fatalf("invalid SARIF: %v", err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results[0]
	if res.Level != "error" {
		t.Errorf("high finding has level %q, want error", res.Level)
	}
	loc := res.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "a.har" || loc.Region == nil || loc.Region.StartLine != 7 {
		t.Errorf("location = %+v", loc)
	}
	if m := res.Locations[0].Message; m == nil || m.Text != "status line: HTTP/1.1 401 Unauthorized" {
		t.Errorf("location message = %+v", m)
	}
	if len(res.RelatedLocations) != 1 || len(res.RelatedLocations[0].LogicalLocations) != 1 ||
		res.RelatedLocations[0].LogicalLocations[0].FullyQualifiedName != "log.entries[0].response.headers[2]" {
		t.Errorf("related locations = %+v", res.RelatedLocations)
	}
	if res.Properties.Verdict != "authentication" || len(res.Properties.Exchanges) != 1 || res.Properties.Exchanges[0] != 1 {
		t.Errorf("properties = %+v", res.Properties)
	}
}

// TestSARIFSchemaRejects makes sure the schema check can fail: documents
// broken in ways a writer could break them are refused.
func TestSARIFSchemaRejects(t *testing.T) {
	schema := sarifSchema(t)
	var buf bytes.Buffer
	if err := SARIF(&buf, analyzed(t, classifier.Options{}), nil); err != nil {
		t.Fatal(err)
	}
	breakers := map[string]func(map[string]any){
		"no driver name": func(m map[string]any) { driver(m)["name"] = nil; delete(driver(m), "name") },
		"relative helpUri": func(m map[string]any) {
			driver(m)["rules"].([]any)[0].(map[string]any)["helpUri"] = "rules.md#AT1001"
		},
		"bad level": func(m map[string]any) {
			m["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)["level"] = "high"
		},
		"line zero": func(m map[string]any) {
			res := m["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
			loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
			loc["region"] = map[string]any{"startLine": 0}
		},
		"wrong version": func(m map[string]any) { m["version"] = "2.0.0" },
	}
	for name, breakIt := range breakers {
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		breakIt(m)
		doc, _ := json.Marshal(m)
		if err := validateSARIF(t, schema, doc); err == nil {
			t.Errorf("%s: the schema accepted a broken document", name)
		}
	}
}

func driver(m map[string]any) map[string]any {
	return m["runs"].([]any)[0].(map[string]any)["tool"].(map[string]any)["driver"].(map[string]any)
}

func TestArtifactURI(t *testing.T) {
	for in, want := range map[string]string{
		"-": "stdin", "stdin": "stdin", "a.txt": "a.txt", "x/y z.har": "x/y%20z.har",
		"/tmp/a#b.txt": "file:///tmp/a%23b.txt", "c:d.txt": "./c:d.txt", `dir\win.txt`: "dir/win.txt",
	} {
		if got := ArtifactURI(in); got != want {
			t.Errorf("ArtifactURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestErrorLine(t *testing.T) {
	if got := errorLine(&parse.ParseError{Line: 3, Err: parse.ErrNoMessage}); got != 3 {
		t.Errorf("errorLine = %d, want 3", got)
	}
	if got := errorLine(errors.New("plain")); got != 0 {
		t.Errorf("errorLine(plain) = %d", got)
	}
}
