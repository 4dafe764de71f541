package parse

import (
	"strings"
	"testing"
)

// TestDaemonManifestUnknown: the docker daemon prints a registry's
// MANIFEST_UNKNOWN (a 404) after the reference it could not find
// ("manifest for ACME/app:2.0 not found: manifest unknown: manifest
// unknown"); the words "manifest unknown" alone, in a person's sentence,
// state no status (values are invented).
func TestDaemonManifestUnknown(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"Error response from daemon: manifest for registry.example.net/team/worker:3.2.0 not found: manifest unknown: manifest unknown", 404},
		{"failed to pull: manifest for docker.example.org/tools/cli:edge not found: manifest unknown: Requested image not found", 404},
		{"the pull just says manifest unknown, though the tag exists", 0},
	} {
		got := statusTemplate(c.line, strings.ToLower(c.line)).code
		if got != c.want {
			t.Errorf("%q: status %d, want %d", c.line, got, c.want)
		}
	}
}
