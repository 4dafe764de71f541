// Package signature holds what authtriage knows about how real servers, clouds,
// edges and frameworks phrase their refusals, as data: a table of signatures
// (table.go), each a set of markers that must all be present, and a matcher
// that reports which signatures an exchange carries and where.
//
// The table is knowledge about vendor behaviour, not about single cases: every
// marker is a header, an error code or a machine-generated message template
// that the vendor emits for everyone.
//
// To add a signature, append it to Table with markers that all must match
// (All), at least one that must (Any) and near misses that must not (Not);
// pick the Kind by what the markers are (an error code or message of the
// service: KindVendor; a firewall, bot wall, rate limit, CSRF or routing
// fingerprint: KindWAF, KindBotChallenge, ...; a built-in server page that
// only restates the status: KindDefaultPage), a Strength only when the
// markers tell more or less than the kind's usual hit, and write Meaning and
// Fix as sentence parts in your own words. The weight comes from the kind and
// the strength, in the weighing of package rule (rule.SignatureWeight). Then add a realistic response and a near miss to tableCases in
// table_test.go. Kinds in the infrastructure set are turned into findings and
// signals by the AT8 rules; the others become verdict signals directly.
package signature

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// Marker is one thing to look for. Exactly one of Header, Body, Reason or
// Target is set.
type Marker struct {
	// Header names a response field; Value, when set, must occur in its value
	// (case-insensitive).
	Header string
	Value  string
	// Exact makes Value match the whole (trimmed) field value instead of
	// occurring in it: "Retry-After: 0", "Content-Length: 0".
	Exact bool
	// Body must occur in the response body; case-sensitive unless Fold.
	Body string
	Fold bool
	// Reason must occur in the status line's reason phrase (case-insensitive).
	Reason string
	// Target must occur in the request URL, or in the URL a redirect sent the
	// client to when the paste has no request (case-sensitive).
	Target string
}

// Signature is one recognisable vendor response.
type Signature struct {
	ID      string // kebab-case, unique: "aws-s3-access-denied"
	Vendor  string // "AWS"
	Product string // "S3"
	// All markers must match; at least one of Any (when not empty); none of Not.
	All []Marker
	Any []Marker
	Not []Marker
	// Status, when not empty, lists the statuses the signature applies to; a
	// paste with no visible status is not excluded by it.
	Status []int
	// EmptyBody requires the paste to show no response body.
	EmptyBody bool
	Class     rule.Class
	// Traits tell the explanation what it needs beyond Class and Kind
	// (rule.TraitScope, rule.TraitMayHide); vendorTraits adds the vendor's own.
	Traits rule.Trait
	Kind   rule.Kind // KindVendor, KindWAF, KindBotChallenge, KindRateLimit, ... (rule.Kind)
	// Strength says how much the markers tell next to the kind's usual hit
	// (rule.Weak, rule.Strong, ...; the zero value is rule.Usual). The entry
	// never states a weight: rule.SignatureWeight, the weighing of package
	// rule, turns kind and strength into one.
	Strength rule.Strength
	Meaning  string // one sentence: what the vendor means by this response
	Fix      string // one sentence: the next step, in the product's own terms
	// Doc is the product's own documentation for this error or setting.
	Doc string
	// ImpliedStatus is the status the vendor always uses for this error, for
	// pastes that show the body but not the status line.
	ImpliedStatus int
	// Supersedes lists signatures this more specific one replaces when both match.
	Supersedes []string
	// OnSuccess lets the signature match a large 2xx or 3xx body. Other
	// signatures only match such a response when its body is error-sized: an
	// error message inside a big page is usually documentation or a log view.
	OnSuccess bool
}

// maxSuccessBody is the largest 2xx/3xx body still read as an error message.
const maxSuccessBody = 4 << 10

// Markers helpers, to keep the table readable.
func h(name string) Marker         { return Marker{Header: name} }
func hv(name, value string) Marker { return Marker{Header: name, Value: value} }
func hx(name, value string) Marker { return Marker{Header: name, Value: value, Exact: true} }
func b(s string) Marker            { return Marker{Body: s} }
func bf(s string) Marker           { return Marker{Body: s, Fold: true} }
func rs(s string) Marker           { return Marker{Reason: s} }
func tg(s string) Marker           { return Marker{Target: s} }

// maxScan bounds how much of a body is searched: vendor error pages are small
// and put their markers early; a multi-megabyte body must not cost more.
const (
	maxScanHead = 256 << 10
	maxScanTail = 16 << 10
)

// subject is one exchange prepared for matching.
type subject struct {
	x        *parse.Exchange
	status   int
	body     string // the scanned part of the body
	bodyOff  []int  // for a head+tail cut: offset of the tail in the original body
	lower    string // lower-cased body, built on first use
	hasLower bool
	// lowerFields holds the response fields' values lower-cased, built on
	// first use: ~150 signatures test header values, and lower-casing each
	// value again per signature was a sixth of a bulk analysis.
	lowerFields []string
	targets     []string
	followed    string
	// ix finds the table's body markers in one pass (bodyindex.go); first
	// holds their offsets once found.
	ix       *tableIndex
	first    []int
	firstBuf *[]int // from firstPool; release puts it back
	// foldFirst holds the case-folded markers' offsets in the lower-cased body.
	foldFirst []int
	// hdrs has a bit for each of the index's header names that a response
	// field carries; nil when that is not known (noteHeaders).
	hdrs []uint64
}

// firstPool holds the slices the body index writes offsets into: one per
// exchange was 5 KB of garbage each.
var firstPool sync.Pool

// release returns the subject's scratch to its pool.
func (s *subject) release() {
	if s.firstBuf != nil {
		firstPool.Put(s.firstBuf)
		s.firstBuf, s.first = nil, nil
	}
}

func newSubject(x *parse.Exchange, followed string) *subject {
	s := &subject{x: x, followed: followed}
	if r := x.Response; r != nil {
		s.status = r.Status
		t := r.Body.Text
		if len(t) > maxScanHead+maxScanTail {
			// head and tail, joined by a newline so no marker spans the cut
			s.body = t[:maxScanHead] + "\n" + t[len(t)-maxScanTail:]
			s.bodyOff = []int{maxScanHead + 1, len(t) - maxScanTail}
		} else {
			s.body = t
		}
	}
	if q := x.Request; q != nil {
		s.targets = append(s.targets, q.Target, q.URL)
	}
	if followed != "" {
		s.targets = append(s.targets, followed)
	}
	return s
}

// origOff maps an offset in the scanned body back to the response body.
func (s *subject) origOff(off int) int {
	if s.bodyOff != nil && off >= s.bodyOff[0] {
		return off - s.bodyOff[0] + s.bodyOff[1]
	}
	return off
}

func (s *subject) lowerBody() string {
	if !s.hasLower {
		s.lower = ASCIILower(s.body)
		s.hasLower = true
	}
	return s.lower
}

// lowerField returns the i-th response field's value, ASCII lower-cased.
func (s *subject) lowerField(i int) string {
	if s.lowerFields == nil {
		fs := s.x.Response.Fields
		s.lowerFields = make([]string, len(fs))
		for j, f := range fs {
			s.lowerFields[j] = ASCIILower(f.Value)
		}
	}
	return s.lowerFields[i]
}

// bodyOffset is the offset of the first occurrence in the body of the
// marker with index id.
func (s *subject) bodyOffset(id int32) int {
	if s.first == nil {
		buf, _ := firstPool.Get().(*[]int)
		if buf == nil {
			buf = new([]int)
		}
		s.firstBuf = buf
		s.first = s.ix.body.IndexInto(*buf, s.body)
		*buf = s.first
		s.findPrinted()
	}
	return s.first[id]
}

// foldOffset is the offset of the first occurrence in the lower-cased body
// of the case-folded marker with index id in the fold set.
func (s *subject) foldOffset(id int32) int {
	if s.foldFirst == nil {
		s.foldFirst = s.ix.fold.Index(s.lowerBody())
	}
	return s.foldFirst[id]
}

// match reports whether m is present and the evidence for it; id is m's
// index in the body index, or -1.
func (s *subject) match(m Marker, id int32) (rule.Evidence, bool) {
	x := s.x
	r := x.Response
	switch {
	case m.Header != "":
		if r == nil {
			return rule.Evidence{}, false
		}
		for i, f := range r.Fields {
			if !strings.EqualFold(f.Name, m.Header) {
				continue
			}
			if m.Value != "" && !s.valueMatches(s.lowerField(i), m) {
				continue
			}
			return rule.Evidence{Exchange: x.Index, Where: "response header", Pos: f.Pos, Text: cut(f.Name + ": " + f.Value)}, true
		}
		if len(r.Fields) == 0 {
			if off, ok := s.printedField(m); ok {
				return s.bodyEvidence(off), true
			}
		}
	case m.Body != "":
		if s.body == "" {
			return rule.Evidence{}, false
		}
		var off int
		if id >= foldBase {
			off = s.foldOffset(id - foldBase)
		} else if id >= 0 {
			off = s.bodyOffset(id)
		} else if m.Fold {
			off = strings.Index(s.lowerBody(), ASCIILower(m.Body))
		} else {
			off = strings.Index(s.body, m.Body)
		}
		if off < 0 {
			return rule.Evidence{}, false
		}
		return s.bodyEvidence(off), true
	case m.Reason != "":
		if r == nil || !containsFold(r.Reason, m.Reason) {
			return rule.Evidence{}, false
		}
		return rule.Evidence{Exchange: x.Index, Where: "status line", Pos: r.Pos,
			Text: cut(strings.TrimSpace(r.Proto + " " + strconv.Itoa(r.Status) + " " + r.Reason))}, true
	case m.Target != "":
		for i, t := range s.targets {
			if t == "" || !strings.Contains(t, m.Target) {
				continue
			}
			if s.followed != "" && i == len(s.targets)-1 {
				return rule.Evidence{Exchange: x.Index, Where: "redirect", Text: cut("followed " + t)}, true
			}
			q := x.Request
			return rule.Evidence{Exchange: x.Index, Where: "request line", Pos: q.Pos, Text: cut(strings.TrimSpace(q.Method + " " + t))}, true
		}
	}
	return rule.Evidence{}, false
}

// printedEmpty reports whether a body that is a printed response (an HTTP
// client's error object with the header fields inside it) says the response
// itself had no body: Content-Length 0.
func (s *subject) printedEmpty() bool {
	r := s.x.Response
	if r != nil && r.Body.Pasted && r.Status != 0 {
		// the reader saw no body and took the paste's own text in as one
		// (an error dump, a log record): the response body is not shown
		return true
	}
	if r == nil || len(r.Fields) > 0 {
		return false
	}
	_, ok := s.printedField(hx("content-length", "0"))
	return ok
}

// valueMatches tests a lower-cased field value against the marker's Value.
func (s *subject) valueMatches(lower string, m Marker) bool {
	if m.Exact {
		return equalLower(strings.TrimSpace(lower), m.Value)
	}
	return containsLower(lower, m.Value)
}

// containsLower reports whether lower holds ASCIILower(v), without building
// it (a marker value lower-cased per test was an allocation per header
// tested).
func containsLower(lower, v string) bool {
	if !hasUpper(v) {
		return strings.Contains(lower, v)
	}
	c0 := v[0]
	if c0 >= 'A' && c0 <= 'Z' {
		c0 += 'a' - 'A'
	}
	for i := 0; i+len(v) <= len(lower); i++ {
		j := strings.IndexByte(lower[i:len(lower)-len(v)+1], c0)
		if j < 0 {
			return false
		}
		i += j
		if equalLower(lower[i:i+len(v)], v) {
			return true
		}
	}
	return false
}

// equalLower reports whether lower equals ASCIILower(v), without building it
// (a marker value lower-cased per test was an allocation per header tested).
func equalLower(lower, v string) bool {
	if len(lower) != len(v) {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if lower[i] != c {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// maxPrinted bounds the part of a body searched for printed header fields.
const maxPrinted = 64 << 10

// printedField finds a response header printed inside a body, for pastes
// whose header fields the reader could not take apart: an HTTP client's
// error object printed by its language (Python's {'Server': 'AkamaiGHost'}
// and CIMultiDictProxy('Server': 'AkamaiGHost'), JavaScript's
// { server: 'AkamaiGHost' }, a JSON "headers" object, Go's
// map[Server:[AkamaiGHost]]). The name must stand alone (quoted, or after a
// delimiter) and be followed by a separator and the value; value, when set,
// must occur in it (case-insensitive). It returns the offset of the name.
func (s *subject) printedField(m Marker) (int, bool) {
	lb := s.lowerBody()
	if len(lb) > maxPrinted {
		lb = lb[:maxPrinted]
	}
	n := ASCIILower(m.Header)
	for from := 0; from < len(lb); {
		i := strings.Index(lb[from:], n)
		if i < 0 {
			return 0, false
		}
		i += from
		from = i + len(n)
		if val, ok := printedValue(lb, i, len(n)); ok && (m.Value == "" || s.valueMatches(val, m)) {
			return i, true
		}
	}
	return 0, false
}

// printedValue reads the value after a header name at lb[i:i+n], or reports
// that the name is not printed as a field there.
func printedValue(lb string, i, n int) (string, bool) {
	q := "" // the quote around the name, if any; \" inside an escaped string
	if i > 0 {
		switch c := lb[i-1]; c {
		case '\'', '"':
			q = string(c)
			if c == '"' && i > 1 && lb[i-2] == '\\' {
				q = `\"` // a JSON object logged inside a JSON string
			}
		case ' ', '\t', '\n', '{', '(', ',', '[':
		default:
			return "", false
		}
	}
	j := i + n
	if q != "" {
		if !strings.HasPrefix(lb[j:], q) {
			return "", false
		}
		j += len(q)
	}
	sp := j
	for j < len(lb) && lb[j] == ' ' {
		j++
	}
	switch {
	case strings.HasPrefix(lb[j:], "=>"):
		j += 2
	case j < len(lb) && (lb[j] == ':' || lb[j] == '='):
		j++
	case q == `"` && j > sp && j < len(lb) && lb[j] == '"':
		// Clojure's and EDN's maps separate a key from its value by a
		// space alone: {"Server" "cloudflare", "CF-RAY" "5a4f…"}.
	default:
		return "", false
	}
	for j < len(lb) && lb[j] == ' ' {
		j++
	}
	if j < len(lb) && lb[j] == '[' { // Go's http.Header: Server:[AkamaiGHost]
		j++
	}
	if j >= len(lb) {
		return "", false
	}
	end := "])},\n"
	switch c := lb[j]; {
	case q == `\"` && strings.HasPrefix(lb[j:], q):
		j += len(q)
		k := strings.Index(lb[j:min(len(lb), j+512)], q)
		if k < 0 {
			return "", false
		}
		return lb[j : j+k], true
	case c == '\'' || c == '"':
		end = string(c)
		j++
	case q != "" && (c < '0' || c > '9'):
		return "", false // a quoted name with an unquoted word is some other notation
	case q != "":
		end = "])},\n " // a number: "content-length": 0
	}
	k := strings.IndexAny(lb[j:min(len(lb), j+512)], end)
	if k < 0 {
		if q != "" && end == "])},\n " && len(lb)-j <= 512 {
			return lb[j:], true // a number at the very end
		}
		return "", false
	}
	return lb[j : j+k], true
}

func (s *subject) bodyEvidence(off int) rule.Evidence {
	start := strings.LastIndexByte(s.body[:off], '\n') + 1
	end := strings.IndexByte(s.body[off:], '\n')
	if end < 0 {
		end = len(s.body)
	} else {
		end += off
	}
	line := strings.TrimRight(s.body[start:end], "\r")
	i := off - start
	text, mark := rule.Excerpt(line, i, rule.MatchEnd(line, i), maxQuote)
	return rule.Evidence{Exchange: s.x.Index, Where: "response body", Pos: s.x.Response.Body.LinePos(s.origOff(off)), Text: text, Mark: mark}
}

const maxQuote = 160

// cut trims s to a readable quote without splitting a UTF-8 sequence.
func cut(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= maxQuote {
		return s
	}
	n := maxQuote
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// ASCIILower lower-cases ASCII letters only, so that byte offsets in the
// result are offsets in s (strings.ToLower may change lengths).
func ASCIILower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func containsFold(s, sub string) bool {
	if len(sub) > len(s) {
		return false
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// Match returns the signatures of Table that the exchange carries, strongest
// first, without the ones a matching, more specific signature supersedes.
// followed is the URL a previous redirect sent the client to, when the
// exchange has no request of its own ("" otherwise).
func Match(x *parse.Exchange, followed string) []rule.VendorHit {
	return MatchTable(Table, x, followed)
}

// MatchTable is Match over a given table.
func MatchTable(table []Signature, x *parse.Exchange, followed string) []rule.VendorHit {
	if x == nil || x.Response == nil {
		return nil
	}
	s := newSubject(x, followed)
	s.ix = indexOf(table)
	s.noteHeaders()
	defer s.release()
	var hits []rule.VendorHit
	var sigs []*Signature
	for i := range table {
		sig := &table[i]
		ev, ok := s.matches(sig, &s.ix.sigs[i])
		if !ok {
			continue
		}
		hits = append(hits, rule.VendorHit{ID: sig.ID, Vendor: sig.Vendor, Product: sig.Product, Class: sig.Class,
			Weight: rule.SignatureWeight(sig.ID, sig.Kind, sig.Strength), Kind: sig.Kind, Meaning: sig.Meaning, Fix: sig.Fix, Doc: sig.Doc,
			Evidence: ev, Status: sig.ImpliedStatus, Traits: sig.Traits | vendorTraits.Get(sig.Vendor)})
		sigs = append(sigs, sig)
	}
	if len(hits) == 0 {
		return nil
	}
	drop := map[string]bool{}
	for _, sig := range sigs {
		for _, id := range sig.Supersedes {
			drop[id] = true
		}
	}
	out := hits[:0]
	for _, h := range hits {
		if !drop[h.ID] {
			out = append(out, h)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	return out
}

func (s *subject) matches(sig *Signature, ids *sigIDs) ([]rule.Evidence, bool) {
	if len(sig.Status) > 0 && s.status != 0 {
		in := false
		for _, st := range sig.Status {
			if st == s.status {
				in = true
				break
			}
		}
		if !in {
			return nil, false
		}
	}
	if s.status >= 200 && s.status < 400 && len(s.body) > maxSuccessBody && !sig.OnSuccess {
		return nil, false
	}
	if sig.EmptyBody && strings.TrimSpace(s.body) != "" && !s.printedEmpty() {
		return nil, false
	}
	// Most signatures miss on a marker the body index or the field names
	// rule out: tell them without matching a marker.
	for _, id := range ids.all {
		if s.absent(id) {
			return nil, false
		}
	}
	if len(ids.any) > 0 {
		some := false
		for _, id := range ids.any {
			if !s.absent(id) {
				some = true
				break
			}
		}
		if !some {
			return nil, false
		}
	}
	var ev []rule.Evidence
	for i, m := range sig.All {
		e, ok := s.match(m, ids.all[i])
		if !ok {
			return nil, false
		}
		ev = append(ev, e)
	}
	if len(sig.Any) > 0 {
		found := false
		for i, m := range sig.Any {
			if e, ok := s.match(m, ids.any[i]); ok {
				ev = append(ev, e)
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	for i, m := range sig.Not {
		if _, ok := s.match(m, ids.not[i]); ok {
			return nil, false
		}
	}
	if len(ev) == 0 {
		return nil, false // a signature with no positive marker never matches
	}
	return ev, true
}

// MatchAround matches the signature table on the paste's lines outside
// the exchange (parse.Exchange.Prose) when the exchange itself matched
// nothing: a block page copied as text next to a dump that the reader
// took for another part (a page whose JSON line became the body), for a
// refusal or a response with no status. Only an edge's or a firewall's own
// page counts (a WAF, a bot check): a vendor's error words quoted in a
// person's account say less. The lines are read up to maxAround bytes.
func MatchAround(x *parse.Exchange) []rule.VendorHit {
	if x.Response == nil || len(x.Prose) == 0 || x.Response.Status != 0 && x.Response.Status < 400 {
		return nil
	}
	var b strings.Builder
	lines := make([]int, 0, len(x.Prose))
	for _, l := range x.Prose {
		if b.Len()+len(l.Text) >= maxAround {
			break
		}
		b.WriteString(l.Text)
		b.WriteByte('\n')
		lines = append(lines, l.Pos.Line)
	}
	if len(lines) == 0 {
		return nil
	}
	y := &parse.Exchange{Index: x.Index, Format: x.Format, Response: &parse.Response{Status: x.Response.Status,
		Body: parse.Body{Text: b.String(), Pos: parse.Pos{Line: lines[0]}, LineMap: lines}}}
	var out []rule.VendorHit
	for _, h := range Match(y, "") {
		if h.Class == rule.Blocked && (h.Kind == rule.KindWAF || h.Kind == rule.KindBotChallenge) {
			out = append(out, h)
		}
	}
	return out
}

// MatchStatusText matches the signature table on the line the response's
// status was read from when the body does not hold it
// (parse.Response.StatusText): a client's one-line error is often the only
// place that names who refused ("… Caused by ProxyError('Cannot connect to
// proxy.', OSError('Tunnel connection failed: 403 Forbidden'))"), and the
// reader takes that line for the status, not for the body. Only refusals
// of the blocked class count (a proxy, an edge, a rate limit): the line is
// a client's or a person's words, and a vendor's identity error quoted in
// them says less than the same error in a body.
func MatchStatusText(x *parse.Exchange) []rule.VendorHit {
	r := x.Response
	if r == nil || r.StatusText == "" {
		return nil
	}
	y := &parse.Exchange{Index: x.Index, Format: x.Format, Response: &parse.Response{Status: r.Status,
		Body: parse.Body{Text: r.StatusText, Pos: r.Pos, LineMap: []int{r.Pos.Line}}}}
	var out []rule.VendorHit
	for _, h := range Match(y, "") {
		if h.Class == rule.Blocked {
			out = append(out, h)
		}
	}
	return out
}

// maxAround bounds the text MatchAround reads around an exchange: a copied
// block page is short, and a long log's other lines are read once per
// exchange.
const maxAround = 8 << 10

// Contradiction reports why the hits of one response disagree, or "": the
// strongest hit must be unique in its weight, so that no two signatures of
// different vendors or classes tie for the verdict.
func Contradiction(hs []rule.VendorHit) string {
	if len(hs) < 2 {
		return ""
	}
	top := hs[0]
	for _, h := range hs[1:] {
		if h.Weight != top.Weight {
			break
		}
		if h.Class != top.Class || h.Vendor != top.Vendor {
			return top.ID + " and " + h.ID + " tie at weight " + strconv.Itoa(top.Weight)
		}
	}
	return ""
}
