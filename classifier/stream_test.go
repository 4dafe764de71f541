package classifier_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier"
	"github.com/authtriage/authtriage/classifier/parse"
)

// handshake is a 401 whose retry with credentials succeeds, then a refusal:
// the first verdict is settled by an exchange after it.
const handshake = `GET /api/items HTTP/1.1
Host: api.example.com

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Basic realm="items"
Content-Length: 0

GET /api/items HTTP/1.1
Host: api.example.com
Authorization: Basic dXNlcjpwYXNz

HTTP/1.1 200 OK
Content-Length: 2

{}

GET /admin HTTP/1.1
Host: api.example.com
Authorization: Basic dXNlcjpwYXNz

HTTP/1.1 403 Forbidden
Content-Length: 0

`

// Streaming emits, one by one, exactly the exchanges the whole report holds,
// with the same cross-exchange verdicts, and the same summary.
func TestStreamEqualsReport(t *testing.T) {
	pastes := []string{handshake, strings.Repeat(handshake, 5)}
	for _, c := range append(loadCorpus(t), loadExtra(t)...) {
		b, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		pastes = append(pastes, string(b))
	}
	for i, text := range pastes {
		in, err := parse.Parse(text)
		if err != nil {
			continue
		}
		whole := classifier.AnalyzeInput(in, classifier.Options{})
		in2, _ := parse.Parse(text)
		var got []classifier.ExchangeReport
		tail, err := classifier.Stream(in2, classifier.Options{}, func(er *classifier.ExchangeReport) error {
			got = append(got, *er)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(tail.Exchanges) != 0 {
			t.Errorf("paste %d: the streamed report kept %d exchanges; emit owns them", i, len(tail.Exchanges))
		}
		tail.Exchanges = got
		a, _ := json.Marshal(whole)
		b, _ := json.Marshal(tail)
		if string(a) != string(b) {
			t.Errorf("paste %d: streamed report differs from the whole one:\n%s\n%s", i, a, b)
		}
	}
	rep, err := classifier.Analyze(handshake, classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h := rep.Exchanges[0].Verdict.Headline; !strings.Contains(h, "handshake") {
		t.Errorf("the 401 answered by a successful retry reads %q; want the handshake step", h)
	}
}

// KeepAtMost keeps that many exchanges, counts every one in the summary and
// says how many it left out.
func TestKeepAtMost(t *testing.T) {
	text := strings.Repeat("HTTP/1.1 401 Unauthorized\n\n", 50)
	rep, err := classifier.Analyze(text, classifier.Options{KeepAtMost: 7})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range rep.Summary.Classes {
		total += n
	}
	if len(rep.Exchanges) != 7 || rep.Omitted != 43 || total != 50 {
		t.Errorf("kept %d, omitted %d, summary counts %d; want 7, 43, 50", len(rep.Exchanges), rep.Omitted, total)
	}
}

// An error from emit stops the analysis.
func TestStreamStops(t *testing.T) {
	in, err := parse.Parse(strings.Repeat("HTTP/1.1 403 Forbidden\n\n", 20))
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	_, err = classifier.Stream(in, classifier.Options{}, func(*classifier.ExchangeReport) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("emit called %d times, error %v; want 3 and the emit's error", n, err)
	}
}
