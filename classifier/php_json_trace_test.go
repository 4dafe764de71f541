package classifier

import (
	"strings"
	"testing"
)

// TestPHPDebugJSONTrace: a PHP framework's debug JSON (Laravel's,
// Symfony's) carries the exception's "trace" array of frames, each a
// {"file": "….php", "line": N} object: a stack trace, whose paths
// file-path-leak still names. A "trace" member without such frames (a
// request id) is none.
func TestPHPDebugJSONTrace(t *testing.T) {
	body := `{"message": "Unauthenticated.", "exception": "App\\Exceptions\\GateException",` +
		` "file": "/srv/ledger/app/Http/Kernel.php", "line": 88, "trace": [` +
		`{"file": "/srv/ledger/vendor/acme/router/src/Dispatch.php", "line": 140, "function": "handle"},` +
		`{"file": "/srv/ledger/vendor/acme/router/src/Pipeline.php", "line": 61, "function": "then"}]}`
	got := firstFindings(t, "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n"+body+"\n")
	if !strings.Contains(got, "stack-trace") || !strings.Contains(got, "file-path-leak") {
		t.Errorf("findings %s, want stack-trace and file-path-leak", got)
	}
	got = firstFindings(t, "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n"+`{"message": "Unauthenticated.", "trace": "b7f2c1"}`+"\n")
	if strings.Contains(got, "stack-trace") {
		t.Errorf("a trace id read as a stack trace: %s", got)
	}
}
