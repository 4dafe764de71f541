package verdict

import (
	"strconv"
	"strings"

	"github.com/authtriage/authtriage/classifier/parse"
	"github.com/authtriage/authtriage/classifier/rule"
)

// metricsBody recognises, in a paste with no status, a body in the
// Prometheus text exposition format (OpenMetrics too): "# HELP" and "# TYPE"
// comments and samples such as `node_load1{instance="a"} 0.42`. A metrics
// endpoint writes that only when it answers the scrape, so the request was
// served: an ordinary answer, whatever words a metric's help text holds
// ("Desc not found").
func metricsBody(x *parse.Exchange) (rule.Signal, bool) {
	r := x.Response
	body := r.Body.Text
	if r.Status != 0 || len(body) > maxTextBody {
		return rule.Signal{}, false
	}
	types, samples, first, firstAt := 0, 0, "", -1
	off := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		at := off
		off += len(line)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		ok := false
		switch {
		case strings.HasPrefix(t, "# TYPE "):
			if f := strings.Fields(t); len(f) == 4 && metricName(f[2]) && metricTypes[f[3]] {
				types++
				ok = true
			}
		case strings.HasPrefix(t, "# HELP "):
			f := strings.Fields(t)
			ok = len(f) >= 3 && metricName(f[2])
		case t == "# EOF":
			ok = true
		default:
			if metricSample(t) {
				samples++
				ok = true
			}
		}
		if !ok {
			// the exposition ends where other text starts (a prompt, the
			// person's words after the output); before it, nothing else
			if firstAt < 0 {
				return rule.Signal{}, false
			}
			break
		}
		if firstAt < 0 {
			first, firstAt = t, at
		}
	}
	if types == 0 || samples == 0 {
		return rule.Signal{}, false
	}
	return rule.SignSuccessBody.Signal(rule.None,
		"no status shown; the body is a metrics exposition ("+strconv.Itoa(types)+" metric type line(s), "+strconv.Itoa(samples)+
			" sample(s)), which an exporter writes only when it serves the scrape: an ordinary answer",
		&rule.Evidence{Exchange: x.Index, Where: "response body", Pos: r.Body.LinePos(firstAt), Text: cutText(first, 120)}), true
}

// metricTypes are the metric types of the exposition formats.
var metricTypes = map[string]bool{"counter": true, "gauge": true, "histogram": true, "summary": true, "untyped": true,
	"info": true, "stateset": true, "gaugehistogram": true, "unknown": true}

// metricName reports whether s is a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*).
func metricName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

// metricSample reports whether t is a sample line: a metric name, its
// labels in braces if any, then a value (and a timestamp).
func metricSample(t string) bool {
	name := t
	rest := ""
	if i := strings.IndexAny(t, "{ \t"); i > 0 {
		name, rest = t[:i], t[i:]
	} else {
		return false
	}
	if !metricName(name) {
		return false
	}
	if strings.HasPrefix(rest, "{") {
		j := strings.LastIndexByte(rest, '}')
		if j < 0 || !strings.Contains(rest[:j], "=") && j > 1 {
			return false
		}
		rest = rest[j+1:]
	}
	f := strings.Fields(rest)
	if len(f) < 1 || len(f) > 2 {
		return false
	}
	for _, v := range f {
		switch v {
		case "NaN", "+Inf", "-Inf", "Inf":
			continue
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return false
		}
	}
	return true
}
