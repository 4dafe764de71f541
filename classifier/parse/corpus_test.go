package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readTSV reads a tab-separated file with a header row into maps keyed by column name.
func readTSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	head := strings.Split(rows[0], "\t")
	var out []map[string]string
	for _, r := range rows[1:] {
		cols := strings.Split(r, "\t")
		m := map[string]string{}
		for i, h := range head {
			if i < len(cols) {
				m[h] = cols[i]
			}
		}
		out = append(out, m)
	}
	return out
}

// corpusCreds is what the request behind each case's primary response must
// show, for the cases where the paste settles it.
var corpusCreds = map[string]struct {
	state  CredState
	scheme string
	proxy  bool
}{
	"004-docker-registry-htpasswd-401-basic.txt":                        {CredNone, "", false}, // a curl command line names every credential it sends (no -n, -K or cookie file)
	"005-dockerhub-401-insufficient-scope-with-token.txt":               {CredSent, "Bearer", false},
	"007-k8s-apiserver-403-client-cert-user-curl-v.txt":                 {CredSent, "", false}, // TLS client certificate
	"012-cloudflare-managed-challenge-h2-403-curl-v.txt":                {CredNone, "", false},
	"014-dockerhub-catalog-401-curl-v-elided.txt":                       {CredSent, "Bearer", false},
	"015-harbor-401-go-log-request-response.txt":                        {CredNone, "", false},
	"017-iis-digest-401-raw-request-response.txt":                       {CredNone, "", false},
	"027-isa-server-407-ntlm-kerberos-negotiate-curl-v.txt":             {CredNone, "", false},
	"031-squid27-407-ntlm-type2-challenge-curl-v.txt":                   {CredSent, "NTLM", true},
	"055-login-200-set-cookie-blockquoted-curl-v.txt":                   {CredSent, "", false}, // the password in the command's -d body, which curl -v does not print
	"060-elasticsearch-shield-401-empty-user-pretty-json.txt":           {CredSent, "Basic", false},
	"061-headscale-openresty-preflight-options-401-curl-v.txt":          {CredNone, "", false},
	"066-har-reconstructed-k8s-apiserver-403-client-cert.txt":           {CredNone, "", false}, // the HAR cannot show the certificate
	"069-har-reconstructed-dockerhub-token-flow-insufficient-scope.txt": {CredSent, "Bearer", false},
}

// corpusDir is the repository's one copy of the labelled corpus (the shared
// corpus: cases/, labels.tsv, meta.tsv), which every package's tests read.
var corpusDir = filepath.Join("..", "testdata", "corpus")

// TestCorpus parses every labelled case and checks the statuses, in order,
// and that a request is found where the case shows one.
func TestCorpus(t *testing.T) {
	dir := corpusDir
	labels := readTSV(t, filepath.Join(dir, "labels.tsv"))
	meta := map[string]map[string]string{}
	for _, m := range readTSV(t, filepath.Join(dir, "meta.tsv")) {
		meta[m["file"]] = m
	}
	if len(labels) < 30 {
		t.Fatalf("only %d labelled cases", len(labels))
	}
	for _, lab := range labels {
		file := lab["file"]
		t.Run(strings.TrimSuffix(file, ".txt"), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, "cases", file))
			if err != nil {
				t.Fatal(err)
			}
			in, err := Parse(string(b))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, in)
			var want []int
			for _, s := range strings.Split(lab["status"], ",") {
				n, _ := strconv.Atoi(s) // "unknown" → 0
				want = append(want, n)
			}
			// 075 is a bare JSON body; the 403 in the label comes from the
			// reporter's words in the thread, and the body states no status.
			if file == "075-frappe-403-expired-bearer-traceback-json.txt" {
				want = []int{0}
			}
			var got []int
			var resps []*Exchange
			for _, x := range in.Exchanges {
				if x.Response != nil {
					got = append(got, x.Response.Status)
					resps = append(resps, x)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("statuses %v, want %v", got, want)
			}
			m := meta[file]
			prim, _ := strconv.Atoi(m["primary_response"])
			if prim < 1 || prim > len(resps) {
				t.Fatalf("primary_response %d out of range", prim)
			}
			x := resps[prim-1]
			switch m["request_included"] {
			case "y":
				if x.Request == nil {
					t.Fatalf("primary response has no request")
				}
				if x.Request.Partial {
					t.Errorf("request marked partial, but the case shows it whole")
				}
			case "partial":
				if x.Request == nil {
					t.Fatalf("primary response has no request")
				}
			case "n":
				if x.Request != nil {
					t.Errorf("request found (%s %s) where the case has none", x.Request.Method, x.Request.Target)
				}
			}
			if wc, ok := corpusCreds[file]; ok {
				c := x.Credentials()
				if c.State != wc.state || c.Scheme != wc.scheme || c.Proxy != wc.proxy {
					t.Errorf("credentials %+v, want state %s scheme %q proxy %v", c, wc.state, wc.scheme, wc.proxy)
				}
			}
			if m["har"] != "n" {
				if in.Format != "har" || x.Entry == 0 {
					t.Errorf("HAR case read as format %q entry %d", in.Format, x.Entry)
				}
			}
		})
	}
}

// TestCorpusDetails pins facts of single cases that the parser must get right.
func TestCorpusDetails(t *testing.T) {
	parse := func(t *testing.T, name string) *Input {
		t.Helper()
		m, _ := filepath.Glob(filepath.Join(corpusDir, "cases", name+"*"))
		if len(m) != 1 {
			t.Fatalf("no case %s", name)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			t.Fatal(err)
		}
		in, err := Parse(string(b))
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	hasNote := func(x *Exchange, code string) bool {
		for _, n := range x.Notes {
			if n.Code == code {
				return true
			}
		}
		return false
	}
	t.Run("007 client cert and cut body", func(t *testing.T) {
		x := parse(t, "007").Exchanges[0]
		if x.Request.ClientCert != "CN=ops-admin" {
			t.Errorf("ClientCert %q", x.Request.ClientCert)
		}
		if !x.Response.Body.Truncated || !hasNote(x, "truncated-body") {
			t.Errorf("body not marked truncated")
		}
		if x.Response.Body.Pos.Line != 32 {
			t.Errorf("body at line %d, want 32", x.Response.Body.Pos.Line)
		}
	})
	t.Run("009 wire trace de-chunked", func(t *testing.T) {
		r := parse(t, "009").Exchanges[0].Response
		if !strings.HasPrefix(r.Body.Text, "<Error><Code>AccessDenied") || strings.Contains(r.Body.Text, "cc") && strings.HasPrefix(r.Body.Text, "cc") {
			t.Errorf("body %q", r.Body.Text)
		}
		if r.Body.LinePos(0).Line != 11 || r.Fields.Get("Server") != "AmazonS3" {
			t.Errorf("body line %d, server %q", r.Body.LinePos(0).Line, r.Fields.Get("Server"))
		}
	})
	t.Run("012 headers cut", func(t *testing.T) {
		r := parse(t, "012").Exchanges[0].Response
		if !r.HeadersCut || r.Fields.Get("cf-mitigated") != "challenge" || r.Proto != "HTTP/2" {
			t.Errorf("cut %v, cf-mitigated %q, proto %q", r.HeadersCut, r.Fields.Get("cf-mitigated"), r.Proto)
		}
	})
	t.Run("014 unprefixed header and elisions", func(t *testing.T) {
		in := parse(t, "014")
		x := in.Exchanges[0]
		if f, ok := x.Response.Fields.Lookup("Www-Authenticate"); !ok || f.Pos.Line != 5 {
			t.Errorf("Www-Authenticate not read from line 5: %+v", x.Response.Fields)
		}
		if !x.Response.HeadersCut || !hasNote(x, "elided-lines") {
			t.Errorf("elision not noted")
		}
		if !hasNote(in.Exchanges[1], "redacted") {
			t.Errorf("masked bearer token not noted as redacted")
		}
	})
	t.Run("015 log prefixes", func(t *testing.T) {
		in := parse(t, "015")
		last := in.Exchanges[len(in.Exchanges)-1]
		if last.Request == nil || last.Request.Pos.Line != 9 || last.Response.Pos.Line != 16 {
			t.Errorf("401 not paired with the request on line 9")
		}
	})
	t.Run("020 httr", func(t *testing.T) {
		r := parse(t, "020").Exchanges[0].Response
		if r.StatusSource != "text" || r.Fields.Get("x-cache") != "Error from cloudfront" || !strings.Contains(r.Body.Text, "<H1>403 ERROR</H1>") {
			t.Errorf("source %q x-cache %q body %q", r.StatusSource, r.Fields.Get("x-cache"), r.Body.Text)
		}
		if f, _ := r.Fields.Lookup("server"); f.Pos.Line != 6 {
			t.Errorf("server value at line %d, want 6", f.Pos.Line)
		}
	})
	t.Run("024 status pseudo-header", func(t *testing.T) {
		r := parse(t, "024").Exchanges[0].Response
		if r.StatusSource != "pseudo-header" || r.Pos.Line != 8 {
			t.Errorf("source %q line %d", r.StatusSource, r.Pos.Line)
		}
	})
	t.Run("025 body only", func(t *testing.T) {
		r := parse(t, "025").Exchanges[0].Response
		if r.StatusSource != "body" || r.Pos.Line != 5 || r.Body.Pos.Line != 1 {
			t.Errorf("source %q line %d body line %d", r.StatusSource, r.Pos.Line, r.Body.Pos.Line)
		}
	})
	t.Run("039 erlang", func(t *testing.T) {
		r := parse(t, "039").Exchanges[0].Response
		if got := r.Fields.Get("Access-Control-Expose-Headers"); !strings.HasPrefix(got, "ETag, Link") {
			t.Errorf("split tuple value %q", got)
		}
		if r.Fields.Get("Server") != "GitHub.com" || len(r.Fields) != 18 {
			t.Errorf("%d fields", len(r.Fields))
		}
	})
	t.Run("041 redirect followed", func(t *testing.T) {
		in := parse(t, "041")
		q := in.Exchanges[1].Request
		if q == nil || q.Method != "HEAD" || !strings.HasPrefix(q.URL, "https://example-dv-store.s3.amazonaws.com/") {
			t.Errorf("second request %+v", q)
		}
	})
	t.Run("044 split status line", func(t *testing.T) {
		x := parse(t, "044").Exchanges[0]
		if x.Response.Reason != "Unauthorized" || x.Response.Fields.Get("Cache-Control") != "no-cache,no-store,must-revalidate" || !hasNote(x, "status-line-split") {
			t.Errorf("reason %q cache-control %q", x.Response.Reason, x.Response.Fields.Get("Cache-Control"))
		}
		if x.Response.HeadersCut {
			t.Errorf("a header copy without its final blank line is not cut")
		}
	})
	t.Run("050 unindented continuation", func(t *testing.T) {
		x := parse(t, "050").Exchanges[0]
		want := `error="invalid_token", error_description="The access token has expired"`
		if got := x.Response.Fields.Get("WWW-Authenticate"); got != want || !hasNote(x, "unindented-continuation") {
			t.Errorf("value %q", got)
		}
	})
	t.Run("055 blockquote", func(t *testing.T) {
		in := parse(t, "055")
		x := in.Exchanges[0]
		if x.Request.Method != "POST" || x.Response.Fields.Get("Set-Cookie") != "`token`" && x.Response.Fields.Get("Set-Cookie") != "token" {
			t.Errorf("request %s, set-cookie %q", x.Request.Method, x.Response.Fields.Get("Set-Cookie"))
		}
		if x.Request.Fields.Get("Content-Type") != "application/json" || !strings.HasPrefix(x.Request.Body.Text, `{"email":`) {
			t.Errorf("request fields %+v body %q", x.Request.Fields, x.Request.Body.Text)
		}
	})
	t.Run("058 SDK exception", func(t *testing.T) {
		r := parse(t, "058").Exchanges[0].Response
		if r.StatusSource != "text" || r.Pos.Line != 2 || r.Fields.Get("x-ms-error-code") != "AuthorizationPermissionMismatch" {
			t.Errorf("source %q line %d fields %v", r.StatusSource, r.Pos.Line, r.Fields)
		}
	})
	t.Run("062 labels", func(t *testing.T) {
		r := parse(t, "062").Exchanges[0].Response
		if r.Reason != "403" || r.Body.Pos.Line != 5 {
			t.Errorf("reason %q body line %d", r.Reason, r.Body.Pos.Line)
		}
	})
	t.Run("069 HAR positions", func(t *testing.T) {
		in := parse(t, "069")
		x := in.Exchanges[2]
		f, _ := x.Request.Fields.Lookup("Authorization")
		if f.Pos.Path != "log.entries[2].request.headers[0]" || f.Pos.Line != 109 {
			t.Errorf("pos %+v", f.Pos)
		}
		if x.Entry != 3 || x.Response.Pos.Path != "log.entries[2].response.status" {
			t.Errorf("entry %d, status pos %+v", x.Entry, x.Response.Pos)
		}
		if in.HARCreator != "re-created-by-hand" {
			t.Errorf("creator %q", in.HARCreator)
		}
	})
}

// checkInvariants checks that every position lies inside the paste.
func checkInvariants(t testing.TB, in *Input) {
	t.Helper()
	ok := func(what string, line int, zeroOK bool) {
		if line == 0 && zeroOK {
			return
		}
		if line < 1 || line > in.Lines {
			t.Errorf("%s: line %d outside 1..%d", what, line, in.Lines)
		}
	}
	span := func(what string, s Span) {
		ok(what+" span start", s.Start, false)
		ok(what+" span end", s.End, false)
		if s.End < s.Start {
			t.Errorf("%s: span %v ends before it starts", what, s)
		}
	}
	fields := func(what string, fs Fields) {
		for _, f := range fs {
			ok(what+" field "+f.Name, f.Pos.Line, true)
		}
	}
	body := func(what string, b Body) {
		ok(what+" body", b.Pos.Line, true)
		for _, n := range b.LineMap {
			ok(what+" body line", n, false)
		}
		if b.Pos.Line != 0 && b.Pos.Path == "" && b.LineMap == nil {
			ok(what+" body end", b.Pos.Line+strings.Count(b.Text, "\n"), false)
		}
	}
	for _, n := range in.Notes {
		ok("note "+n.Code, n.Pos.Line, true)
	}
	for i, x := range in.Exchanges {
		w := fmt.Sprintf("exchange %d", i)
		if x.Index != i {
			t.Errorf("%s: index %d", w, x.Index)
		}
		if x.Request == nil && x.Response == nil {
			t.Errorf("%s: empty", w)
		}
		span(w, x.Span)
		for _, n := range x.Notes {
			ok(w+" note "+n.Code, n.Pos.Line, true)
		}
		for _, l := range x.Info {
			ok(w+" info", l.Pos.Line, false)
		}
		if q := x.Request; q != nil {
			ok(w+" request", q.Pos.Line, true)
			fields(w+" request", q.Fields)
			body(w+" request", q.Body)
			span(w+" request", q.Span)
		}
		if r := x.Response; r != nil {
			ok(w+" response", r.Pos.Line, true)
			fields(w+" response", r.Fields)
			body(w+" response", r.Body)
			span(w+" response", r.Span)
		}
	}
}
