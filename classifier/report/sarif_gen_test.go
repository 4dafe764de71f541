package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/internal/genjson"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/classifier/rules"
)

var updateSARIF = flag.Bool("update", false, "rewrite sarif_json_gen.go")

// TestSARIFEncoderGenerated fails when sarif_json_gen.go is not what the
// generator writes for the sarif types as they are (with -update it
// rewrites it).
func TestSARIFEncoderGenerated(t *testing.T) {
	src, err := genjson.GenerateAs("a json.Encoder with SetEscapeHTML(false) (no newline)",
		"github.com/authtriage/authtriage/classifier/report", "report", "!genjson", reflect.TypeFor[sarifLog]())
	if err != nil {
		t.Fatal(err)
	}
	if *updateSARIF {
		if err := os.WriteFile("sarif_json_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("sarif_json_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatal("sarif_json_gen.go is stale: run `go generate ./classifier/report`")
	}
}

// sarifJSONStd is the SARIF writer's encoding as it was: encoding/json.
func sarifJSONStd(v any, indent string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(indent, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func sarifSame(t *testing.T, what string, got []byte, v any, indent string) {
	t.Helper()
	g, err := sarifJSON(got, indent)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if want := sarifJSONStd(v, indent); g != want {
		t.Fatalf("%s: the generated encoder differs from encoding/json:\n got %.300s\nwant %.300s", what, g, want)
	}
}

// TestSARIFEncoderAsEncodingJSON holds every part the SARIF writer encodes
// equal to encoding/json's, on the rules and on every corpus case.
func TestSARIFEncoderAsEncodingJSON(t *testing.T) {
	tool := sarifTool{Driver: sarifDriver{Name: "authtriage", Rules: []sarifRule{}}}
	for _, r := range rules.All {
		tool.Driver.Rules = append(tool.Driver.Rules, sarifRuleOf(r, true))
	}
	sarifSame(t, "tool", jsonsarifTool(nil, &tool), tool, sarifMemberIndent)
	files, _ := filepath.Glob("../testdata/corpus/*/*")
	tune, _ := filepath.Glob("../testdata/real/tune/*")
	files = append(files, tune...)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		rep, err := classifier.Analyze(string(b), classifier.Options{})
		if err != nil {
			continue
		}
		loc := sarifArtifactLocation{URI: ArtifactURI(f)}
		index := map[string]int{}
		for i, r := range rules.All {
			index[r.ID] = i
		}
		var all []rule.Finding
		for _, x := range rep.Exchanges {
			all = append(all, x.Findings...)
		}
		for _, fd := range append(all, rep.Findings...) {
			r := sarifResultOf(fd, loc, index, map[int]rule.Class{})
			sarifSame(t, f, jsonsarifResult(nil, &r), r, sarifItemIndent)
		}
		arts := []sarifArtifact{{Location: sarifArtifactURI{URI: loc.URI}, Roles: []string{"analysisTarget"}, Length: int64(len(b))}}
		sarifSame(t, f+": artifacts", jsonsarifArtifactList(nil, arts), arts, sarifMemberIndent)
	}
}

func FuzzSARIFEncoder(f *testing.F) {
	f.Add("<a> & \"b\"", "x\u2028\xff\x01", 3)
	f.Fuzz(func(t *testing.T, a, b string, n int) {
		r := sarifResult{RuleID: a, RuleIndex: n, Level: b, Message: sarifMS{Text: a, Markdown: b},
			Locations:  []sarifLocation{{ID: n, PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifactLocation{URI: b}, Region: &sarifRegion{StartLine: n}}}},
			Properties: sarifResultProps{Severity: a, Category: b, Exchanges: []int{n}, Fix: a}}
		sarifSame(t, "result", jsonsarifResult(nil, &r), r, sarifItemIndent)
		inv := []sarifInvocation{{ToolExecutionNotifications: []sarifNotification{{Level: a, Message: sarifMS{Text: b}, Locations: []sarifLocation{{LogicalLocations: []sarifLogicalLocation{{FullyQualifiedName: a}}, Message: &sarifMS{Text: b}}}}}}}
		sarifSame(t, "invocations", jsonsarifInvocationList(nil, inv), inv, sarifMemberIndent)
		p := sarifRunProps{Verdicts: []sarifVerdict{{File: a, Exchange: n, Status: n, Class: b, Headline: a}}}
		sarifSame(t, "properties", jsonsarifRunProps(nil, &p), p, sarifMemberIndent)
	})
}
