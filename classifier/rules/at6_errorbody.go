package rules

import (
	"sort"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/lazyre"
	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
	"github.com/authtriage/authtriage/internal/jsonlite"
)

// at6 holds rules about error bodies, problem details (RFC 9457) and JWT diagnosis.
// IDs AT6100–AT6199 are reserved for the JWT rules.
var at6 = []*rule.Rule{&AT6001, &AT6010, &AT6011, &AT6012, &AT6020}

// AT6001: an error status with no explanation in the body.
var AT6001 = rule.Rule{
	ID:       "AT6001",
	Name:     "empty-error-body",
	Title:    "Auth error response with an empty body",
	Doc:      "RFC 9110 §15.5 says a 4xx response SHOULD carry a representation explaining the error, except for HEAD. An empty 401/403/407 is allowed but terse: the person debugging it gets a status code and nothing else, and cannot tell a missing role from an IP block or an expired session.",
	Fix:      "Return a short body saying what was refused and why, ideally as `application/problem+json` (RFC 9457) with `title` and `detail`, without internal details.",
	Example:  "HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{\"type\":\"https://example.com/probs/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Your account may not read reports; a workspace administrator can grant access.\"}",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{rfc9110_15_5},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		// (a bare status line with nothing after it counts as whole here:
		// the paste shows the response ends there)
		if r == nil || (r.Status != 401 && r.Status != 403 && r.Status != 407) || !r.HeadersComplete {
			return
		}
		if x.Request != nil && x.Request.Method == "HEAD" {
			return
		}
		// A challenge already tells the client what to do about a 401 or 407.
		if (r.Status == 401 && len(p.Facts.Challenges) > 0) || (r.Status == 407 && len(p.Facts.ProxyChallenges) > 0) {
			return
		}
		if strings.TrimSpace(r.Body.Text) != "" || r.Body.Truncated {
			return // (a body the paste cut, or an object printed as a handle, is no empty one)
		}
		// A Content-Length above zero means the body exists and was left out of the paste.
		if cl := strings.TrimSpace(r.Fields.Get("content-length")); cl != "" && cl != "0" {
			return
		}
		if r.Fields.Has("transfer-encoding") {
			return
		}
		p.Report(rule.Finding{Message: itoa(r.Status) + " response has an empty body", Evidence: []rule.Evidence{statusEvidence(x)}})
	},
}

// maxJSON bounds the bodies the problem-details rules decode.
const maxJSON = 1 << 20

// problemBody reports whether the response declares RFC 9457 problem details,
// or, when the paste shows no Content-Type, its JSON body has the shape of one.
func problemBody(r *parse.Response) (declared bool, obj map[string]string, ok bool) {
	ct := strings.ToLower(r.Fields.Get("content-type"))
	if ct == "" {
		ct = strings.ToLower(r.Body.MimeType)
	}
	declared = strings.Contains(ct, "problem+json")
	body := strings.TrimSpace(r.Body.Text)
	if len(body) > maxJSON || !declared && (ct != "" || !strings.HasPrefix(body, "{")) {
		return declared, nil, false
	}
	// As json.Unmarshal into a map[string]json.RawMessage: each member's
	// value as written (internal/jsonlite).
	ms, err := jsonlite.Members(body)
	if err != nil {
		return declared, nil, false
	}
	if ms != nil {
		obj = make(map[string]string, len(ms))
	}
	for _, m := range ms {
		obj[m.Key] = m.Raw
	}
	if !declared {
		_, hasTitle := obj["title"]
		_, hasType := obj["type"]
		_, hasStatus := obj["status"]
		_, hasDetail := obj["detail"]
		if !(hasStatus && hasTitle && (hasType || hasDetail)) {
			return false, nil, false
		}
	}
	return declared, obj, true
}

// memberOffset finds where a member's name is written in the body.
func memberOffset(body, name string) int {
	i := strings.Index(body, `"`+name+`"`)
	if i < 0 {
		return 0
	}
	return i
}

// realStatus reports whether the response status was read from the message
// itself (a status line, a pseudo-header, a HAR entry), not inferred from its body.
func realStatus(r *parse.Response) bool {
	return r.Status != 0 && (r.StatusSource == "" || r.StatusSource == "pseudo-header" || r.StatusSource == "devtools" || r.StatusSource == "har")
}

// AT6010: problem details status differs from the HTTP status.
var AT6010 = rule.Rule{
	ID:    "AT6010",
	Name:  "problem-status-mismatch",
	Title: "Problem details status differs from the HTTP status",
	Doc: "RFC 9457 lets a problem-details body repeat the HTTP status in a `status` member, as a number, for clients and logs that see the body without the status line. " +
		"When the two disagree (a 403 in the body of a 401, a 500 wrapped in a 200) clients cannot tell which to trust, and intermediaries act on the status line while humans read the body. " +
		"Usually a framework re-dispatched the error or a gateway rewrote the status.",
	Fix:      "Set `status` from the same value the response uses, or leave the member out; make sure error handlers and gateways do not rewrite one without the other.",
	Severity: rule.Low,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{rfc9457_3_1_2},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Body.Text == "" {
			return
		}
		_, obj, ok := problemBody(r)
		if !ok {
			return
		}
		raw, has := obj["status"]
		if !has {
			return
		}
		ev := []rule.Evidence{bodyEvidence(x, memberOffset(r.Body.Text, "status"))}
		n, _, err := jsonlite.Float(raw) // as json.Unmarshal into a float64
		if err != nil {
			p.Report(rule.Finding{Message: "problem details status member is " + clip(raw, 40) + ", not a number", Evidence: ev})
			return
		}
		if !realStatus(r) || int(n) == r.Status {
			return
		}
		p.Report(rule.Finding{Message: "problem details say status " + clip(raw, 20) + " but the response status is " + itoa(r.Status),
			Evidence: append([]rule.Evidence{statusEvidence(x)}, ev...)})
	},
}

// AT6011: problem details without title or detail.
var AT6011 = rule.Rule{
	ID:    "AT6011",
	Name:  "problem-missing-members",
	Title: "Problem details body says nothing a person can read",
	Doc: "A response labelled `application/problem+json` should be a JSON object whose `type` identifies the problem and whose `title` (a short summary of the type) and `detail` (this occurrence) explain it to a person. " +
		"All members are optional, but a problem object with neither `title` nor `detail` tells the reader nothing the status did not, and a body that is not a JSON object is not problem details at all.",
	Fix:      "Send at least `title` and, where useful, `detail`; use a `type` URI that documents the problem, or leave `type` out (it then means `about:blank`, and `title` should be the status phrase).",
	Example:  "HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{\"type\":\"https://example.com/probs/missing-role\",\"title\":\"Missing role\",\"status\":403,\"detail\":\"Exporting reports needs a role this account does not have.\"}",
	Severity: rule.Info,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{rfc9457_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || strings.TrimSpace(r.Body.Text) == "" || r.Body.Truncated {
			return
		}
		declared, obj, ok := problemBody(r)
		if !declared {
			return
		}
		if !ok {
			if len(r.Body.Text) <= maxJSON {
				p.Report(rule.Finding{Message: "body labelled application/problem+json is not a JSON object", Evidence: []rule.Evidence{bodyEvidence(x, 0)}})
			}
			return
		}
		str := func(name string) (string, bool) {
			raw, has := obj[name]
			if !has {
				return "", false
			}
			v, _, err := jsonlite.String(raw)
			if err != nil {
				return "", true
			}
			return v, true
		}
		title, hasTitle := str("title")
		detail, hasDetail := str("detail")
		if strings.TrimSpace(title) == "" && strings.TrimSpace(detail) == "" {
			msg := "problem details have no title or detail"
			if hasTitle || hasDetail {
				msg = "problem details have an empty title and detail"
			}
			p.Report(rule.Finding{Message: msg, Evidence: []rule.Evidence{bodyEvidence(x, 0)}})
		}
		if raw, has := obj["type"]; has {
			if t, _, err := jsonlite.String(raw); err != nil || strings.ContainsAny(t, " \t") || t == "" {
				p.Report(rule.Finding{Message: "problem details type " + clip(raw, 60) + " is not a URI reference", Evidence: []rule.Evidence{bodyEvidence(x, memberOffset(r.Body.Text, "type"))}})
			}
		}
	},
}

// exceptionRe matches a qualified exception class name ("java.lang.NullPointerException").
var exceptionRe = &lazyre.Regexp{Expr: `\b(?:[a-zA-Z_][\w$]*\.){2,}[A-Z][\w$]*(?:Exception|Error)\b`}

// internalsIn says what internal detail a message holds, or "".
func internalsIn(v string) string {
	if len(findStackTraces(v)) > 0 {
		return "a stack trace"
	}
	if m := exceptionRe.FindString(v); m != "" {
		return "the exception class " + m
	}
	for _, e := range appErrors {
		if strings.Contains(v, e.marker) && !strings.HasPrefix(e.marker, "ORA-") || strings.HasPrefix(e.marker, "ORA-") && oraRe.MatchString(v) {
			return "a " + e.what
		}
	}
	if ps := serverPaths(v, 1); len(ps) > 0 {
		return "the server path " + clip(ps[0].name, 80)
	}
	offs, ips := ipv4s(v, 8)
	for i, ip := range ips {
		if _, o, _ := ipv4At(v, offs[i]); privateV4(o) && !versionContext(v, offs[i]) {
			return "the private address " + ip
		}
	}
	return ""
}

// AT6012: problem details carry internals.
var AT6012 = rule.Rule{
	ID:    "AT6012",
	Name:  "problem-detail-leak",
	Title: "Problem details carry internal error detail",
	Doc: "RFC 9457 warns that problem details must not become a debugging channel: `detail` is meant to help the client fix its request, not to relay the exception. " +
		"Here a member holds a stack trace, an exception class, a database error, a server path or a private address: details that help an attacker map the implementation and rarely help the client.",
	Fix:      "Map exceptions to problem types before they reach the response: a fixed `title`, a `detail` written for the client, and a correlation id in an extension member that points at the logged exception.",
	Severity: rule.Medium,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{rfc9457_5, cwe209},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Body.Text == "" {
			return
		}
		_, obj, ok := problemBody(r)
		if !ok {
			return
		}
		names := []string{"detail", "title"}
		for k := range obj {
			if k != "detail" && k != "title" && k != "type" && k != "instance" && k != "status" {
				names = append(names, k)
			}
		}
		sort.Strings(names[2:])
		var fs []rule.Finding
		for _, name := range names {
			raw, has := obj[name]
			if !has {
				continue
			}
			v, _, err := jsonlite.String(raw)
			if err != nil {
				v = raw // nested extension: scan its text
			}
			if what := internalsIn(v); what != "" {
				fs = append(fs, rule.Finding{Message: "problem details member \"" + name + "\" holds " + what, Evidence: []rule.Evidence{bodyEvidence(x, memberOffset(r.Body.Text, name))}})
			}
		}
		reportCapped(p, fs)
	},
}

// AT6020: the error body's type differs from its Content-Type.
var AT6020 = rule.Rule{
	ID:    "AT6020",
	Name:  "error-content-type-mismatch",
	Title: "Error body is not what its Content-Type says",
	Doc: "The error body is JSON but labelled as HTML (or the other way round). Clients pick their parser from `Content-Type`, so an API client may fail to read the error it most needs, and a browser may render JSON as a page. " +
		"It often means the error came from a different layer than the success responses: a proxy, a gateway or a framework's default error page instead of the API's own handler.",
	Fix:      "Label the error body with its real media type (`application/json` or `application/problem+json` for JSON), and make the layer that produced it return the API's error format.",
	Severity: rule.Low,
	Category: rule.CatErrorBody,
	Refs:     []rule.Ref{rfc9110_15_5, rfc9457_3_1},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		r := x.Response
		if r == nil || r.Status < 400 {
			return
		}
		f, has := r.Fields.Lookup("content-type")
		if !has {
			return
		}
		ct := strings.ToLower(f.Value)
		body := strings.TrimSpace(scanBody(x))
		if body == "" {
			return
		}
		lb := strings.ToLower(body[:min(len(body), 64)])
		switch {
		case strings.Contains(ct, "html") && (body[0] == '{' || body[0] == '[') && len(body) <= maxJSON && jsonlite.Valid(body):
			p.Report(rule.Finding{Message: "body is JSON but Content-Type says " + clip(f.Value, 60), Evidence: []rule.Evidence{fieldEvidence(x, f, false), bodyEvidence(x, 0)}})
		case strings.Contains(ct, "json") && (strings.HasPrefix(lb, "<!doctype html") || strings.HasPrefix(lb, "<html")):
			p.Report(rule.Finding{Message: "body is an HTML page but Content-Type says " + clip(f.Value, 60), Evidence: []rule.Evidence{fieldEvidence(x, f, false), bodyEvidence(x, 0)}})
		}
	},
}
