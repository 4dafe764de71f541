package workload

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/rule"
)

func TestGenerateHAR(t *testing.T) {
	b, n := GenerateHAR(2 << 20)
	if len(b) < 2<<20 || len(b) > 2<<20+64<<10 {
		t.Fatalf("%d bytes for 2 MiB", len(b))
	}
	again, _ := GenerateHAR(2 << 20)
	if string(again) != string(b) {
		t.Fatal("two runs differ")
	}
	var h HAR
	if err := json.Unmarshal(b, &h); err != nil {
		t.Fatal(err)
	}
	if len(h.Log.Entries) != n || n < 300 {
		t.Fatalf("%d entries decoded, %d written", len(h.Log.Entries), n)
	}
	status := map[int]int{}
	for _, e := range h.Log.Entries {
		status[e.Response.Status]++
		if strings.Contains(e.Request.URL, "%!") {
			t.Fatalf("bad URL %q", e.Request.URL)
		}
	}
	for _, st := range []int{0, 200, 204, 302, 304, 401, 403, 429, 500} {
		if status[st] == 0 {
			t.Errorf("no entry with status %d: %v", st, status)
		}
	}
	rep, err := classifier.Analyze(string(b), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != "har" || len(rep.Exchanges) != n {
		t.Fatalf("format %s, %d exchanges, want har and %d", rep.Format, len(rep.Exchanges), n)
	}
	if rep.Summary.Classes[rule.Authentication] == 0 || rep.Summary.Classes[rule.Authorization]+rep.Summary.Classes[rule.Blocked] == 0 {
		t.Errorf("verdicts %v", rep.Summary.Classes)
	}
}

func TestTypical(t *testing.T) {
	p := Typical(7)
	if len(p) < 4<<10 || len(p) > 10<<10 {
		t.Fatalf("typical paste is %d bytes, want about 5 KB and at most 10 KB", len(p))
	}
	if p == Typical(8) {
		t.Fatal("runs give the same paste")
	}
	rep, err := classifier.Analyze(p, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Exchanges) != 1 || rep.Exchanges[0].Verdict.Class != rule.Authentication {
		t.Fatalf("%d exchanges; verdict %+v", len(rep.Exchanges), rep.Exchanges[0].Verdict)
	}
	if len(rep.Exchanges[0].Findings) == 0 && len(rep.Exchanges[0].Verdict.Reasons) == 0 {
		t.Error("nothing to render")
	}
}

func TestMeasureBulk(t *testing.T) {
	b, n := GenerateHAR(256 << 10)
	res, err := MeasureBulk(string(b), 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Entries != n || res.Exchanges != n || len(res.Analyze) != 3 || len(res.Decode) != 3 || len(res.AnalyzeJSON) != 3 || res.ReportBytes == 0 {
		t.Fatalf("%+v", res)
	}
	if _, err := MeasureBulk("{", 1); err == nil {
		t.Error("no error for a broken HAR")
	}
}

func TestMeasureTypical(t *testing.T) {
	if got := MeasureTypical(4); len(got) != 4 || got[0] < 0 {
		t.Fatalf("%v", got)
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := Median(c.in); got != c.want {
			t.Errorf("Median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func BenchmarkAnalyzeHAR(b *testing.B) {
	text, _ := GenerateHAR(4 << 20)
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if _, err := classifier.Analyze(s, classifier.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeHAR(b *testing.B) {
	text, _ := GenerateHAR(4 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		var h HAR
		if err := json.Unmarshal(text, &h); err != nil {
			b.Fatal(err)
		}
	}
}

// Every shape stays within its size, is the shape it says, and parses or is
// refused with an error (never a panic) at a small size.
func TestShapes(t *testing.T) {
	for _, s := range Shapes {
		for _, size := range []int{4 << 10, 64 << 10} {
			b := s.Make(size)
			if len(b) > size || len(b) < size/2 {
				t.Errorf("%s at %d bytes: made %d bytes", s.Name, size, len(b))
			}
		}
	}
}
