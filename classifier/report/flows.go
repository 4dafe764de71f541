package report

import (
	"fmt"
	"strings"

	"github.com/authtriage/authtriage/classifier/flow"
)

// The sign-in flows of a report, told as a numbered list: one line per
// step (the exchange, the request, the status, what the step did and the
// values it issued or carried), the broken step marked with its cause.

// flowHead is the first line of a flow: its title and how it ended.
func flowHead(f *flow.Flow) string {
	s := f.Title
	switch f.Outcome {
	case "broken":
		if f.Break != nil {
			s += fmt.Sprintf(": broken at step %d", f.Break.Step)
		}
	case "completed":
		s += ": completed"
	default:
		s += ": incomplete in this paste"
	}
	var notes []string
	if f.Folded > 0 {
		notes = append(notes, plural(f.Folded, "exchange")+" folded away")
	}
	if f.More > 0 {
		notes = append(notes, plural(f.More, "more step")+" not shown")
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	return s
}

// stepLine says what one step did, without its number.
func stepLine(s flow.Step) string {
	req := strings.TrimSpace(s.Method + " " + s.Host + s.Path)
	if req == "" {
		req = "response"
	}
	if s.Status != 0 {
		req += fmt.Sprintf(" -> %d", s.Status)
	}
	out := fmt.Sprintf("[%d] %s: %s", s.Exchange+1, req, s.Label)
	if len(s.Issues) > 0 {
		out += "; issues " + strings.Join(s.Issues, ", ")
	}
	if len(s.Carries) > 0 {
		out += "; carries " + strings.Join(s.Carries, ", ")
	}
	return out
}

// flows writes the sign-in flows as numbered lists.
func (t *TextWriter) flows(fs []*flow.Flow) {
	if len(fs) == 0 {
		return
	}
	t.printf("\nSign-in flows:\n")
	for _, f := range fs {
		t.wrap("  ", "    ", flowHead(f))
		for _, s := range f.Steps {
			head := fmt.Sprintf("    %d. ", s.N)
			line := stepLine(s)
			if s.Broken {
				line += " <- BROKEN"
			}
			t.wrap(head, strings.Repeat(" ", len(head)+1), line)
			if s.Broken && f.Break != nil {
				ind := strings.Repeat(" ", len(head)+1)
				t.wrap(ind+f.Break.Rule+" "+f.Break.Name+": ", ind+"  ", f.Break.Message)
				for _, e := range f.Break.Evidence {
					t.wrap(ind+"  "+posLabel(e.Pos)+" | ", ind+"  | ", clean(e.Text))
				}
			}
		}
	}
}

// flows writes the sign-in flows as Markdown ordered lists.
func (m *mdWriter) flows(fs []*flow.Flow) {
	if len(fs) == 0 {
		return
	}
	m.printf("## Sign-in flows\n\n")
	for _, f := range fs {
		m.printf("**%s**\n\n", escapeMD(flowHead(f)))
		for _, s := range f.Steps {
			line := escapeMD(stepLine(s))
			if s.Broken {
				line = "**broken:** " + line
			}
			m.printf("%d. %s\n", s.N, line)
			if s.Broken && f.Break != nil {
				m.printf("   - [%s](%s) %s: %s\n", escapeMD(f.Break.Rule), RuleURL(f.Break.Rule), codeSpan(f.Break.Name), inlineMD(f.Break.Message))
				for _, e := range f.Break.Evidence {
					m.printf("   - %s: %s\n", lineWord(posLabel(e.Pos)), codeSpan(oneLine(e.Text)))
				}
			}
		}
		m.printf("\n")
	}
}
