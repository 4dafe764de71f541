// Package gallery reads the page's gallery of examples (web/gallery.js) for
// the tests that hold the examples to what they declare: the classifier's
// (each example's verdicts and findings) and the browser tests' (each
// example shown and readable). The page imports the same file as a module;
// the array between its markers is JSON, so both sides read one copy.
package gallery

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Example is one entry of the gallery.
type Example struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Caption string   `json:"caption"`
	Lines   []string `json:"lines"`
	// Classes is the verdict of each exchange, in order.
	Classes []string `json:"classes"`
	// Findings lists every rule the example raises, besides AT9001 (the
	// notice that the paste holds credentials): each was read against the
	// example's own explanation and does not contradict it.
	Findings []string `json:"findings"`
}

// Text is the example as the page pastes it: its lines joined by "\n".
func (e Example) Text() string { return strings.Join(e.Lines, "\n") }

// The markers around the JSON array in gallery.js.
const (
	begin = "/* gallery-json */"
	end   = "/* end-gallery-json */"
)

// Read reads the examples from gallery.js in webDir (the repository's web/).
func Read(webDir string) ([]Example, error) {
	path := filepath.Join(webDir, "gallery.js")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := string(b)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		return nil, fmt.Errorf("%s lacks its JSON markers %s … %s", path, begin, end)
	}
	var exs []Example
	if err := json.Unmarshal([]byte(s[i+len(begin):j]), &exs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(exs) == 0 {
		return nil, errors.New(path + ": empty gallery")
	}
	return exs, nil
}
