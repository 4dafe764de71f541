// The answer a person quotes under a request they show whole: "I get back
// {…}", "返回：" then the JSON, with no status line of its own.

package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// answerLoose reads, in the loose lines after a request shown whole (a
// request line and its fields, not a command) that got no response of its
// own, the body of the answer the person quotes: a line that introduces it
// ("Response:", "返回：", "I get back:") then a JSON, XML or HTML document,
// or a sentence that ends in the document ("I get back {"detail": …}.").
// The request and that body become one exchange whose status the paste does
// not show (a status the quoted lines state is read). It reports whether it
// did; the loose lines are then spent.
func (r *textReader) answerLoose() bool {
	q := r.req
	if q == nil || q.Partial || len(r.loose) == 0 {
		return false
	}
	ls := r.loose
	for len(ls) > 0 && ls[0].blank() {
		ls = ls[1:]
	}
	for len(ls) > 0 && ls[len(ls)-1].blank() {
		ls = ls[:len(ls)-1]
	}
	if len(ls) == 0 || ls[0].kind != kText {
		return false
	}
	lead := strings.TrimSpace(ls[0].text)
	var texts []string
	var nums []int
	if doc, ok := answerInline(lead); ok {
		texts, nums = []string{doc}, []int{ls[0].n}
	} else if answerLead(lead) {
		rest := ls[1:]
		for len(rest) > 0 && rest[0].blank() {
			rest = rest[1:]
		}
		rest = jsonOutput(rest)
		if len(rest) == 0 {
			return false
		}
		texts, nums = joinFull(rest)
		if !looksBody(texts) {
			return false
		}
	} else {
		return false
	}
	resp := &Response{Body: makeBody(texts, nums), Span: Span{nums[0], nums[len(nums)-1]}, Pos: Pos{Line: nums[0]}}
	if st, n, src, ok := statusFromText(ls[:1]); ok {
		resp.Status, resp.StatusSource, resp.Pos = st, src, Pos{Line: n}
	}
	x := &Exchange{Request: q, Response: resp, Span: Span{q.Span.Start, resp.Span.End}, Format: r.reqFmt, Notes: r.reqNotes}
	x.Notes = append(x.Notes, Note{Code: "body-only", Message: "the answer to this request is quoted without its status line or header fields: read as its body", Pos: Pos{Line: nums[0]}})
	r.takeInfo(x)
	r.in.Exchanges = append(r.in.Exchanges, x)
	r.req, r.reqNotes, r.loose = nil, nil, nil
	return true
}

// answerLead reports whether t introduces the answer to a request shown
// above it: a short line that ends in a colon (ASCII or full-width) and
// speaks of no request part ("Response:", "返回：", "and I get this:"), or a
// response's heading alone ("Response", "Response body").
func answerLead(t string) bool {
	if len(t) > 200 || t == "" {
		return false
	}
	lt := ascii.Lower(strings.Trim(t, " *_#"))
	if sideOf(lt) == 'q' || wishLead(t) || strings.Contains(lt, "request") || strings.Contains(lt, "payload") || strings.Contains(lt, "send") {
		return false
	}
	if strings.HasSuffix(lt, ":") || strings.HasSuffix(lt, "：") {
		return true
	}
	return lt == "response" || lt == "response body" || lt == "answer" || lt == "reply" || lt == "返回" || lt == "响应" || lt == "结果"
}

// answerVerbs are what a person writes before the answer they got, quoted
// on the same line.
var answerVerbs = []string{"get back", "got back", "i get", "i got", "returns", "returned", "responds", "responded", "response",
	"answers", "answered", "replies", "says", "返回", "响应", "报错", "得到", "收到"}

// answerInline returns the JSON document a sentence ends in when the
// sentence says it came back ("I get back {"detail":"…"} ."), and whether
// there was one.
func answerInline(t string) (string, bool) {
	k := strings.IndexByte(t, '{')
	if k <= 0 || len(t) > 4096 {
		return "", false
	}
	e := balancedEnd(t, k)
	if e <= k || strings.Trim(t[e:], " .!。") != "" || !jsonlite.Valid(t[k:e]) {
		return "", false
	}
	lb := ascii.Lower(t[:k])
	for _, w := range answerVerbs {
		if strings.Contains(lb, w) {
			return t[k:e], true
		}
	}
	return "", false
}
