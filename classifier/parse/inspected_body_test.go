package parse

import (
	"strings"
	"testing"
)

// TestInspectedObjectIsNoBody: an error object printed by util.inspect past
// its depth names the response body's class in square brackets ("body:
// [ErrorEnvelope]"); that stand-in is not the body. The body is the JSON
// the client's message printed above it ("Message: {…}" under "HTTP-Code:",
// as the TypeScript clients openapi-generator writes print it), without the
// client's stack frames below.
func TestInspectedObjectIsNoBody(t *testing.T) {
	paste := "push: ERROR: failed to submit points (err=ApiException [Error]: HTTP-Code: 403\n" +
		`Message: {"errors":["Token rejected"],"status":"error"}` + "\n" +
		"    at PointsApiResponseProcessor.submit (/srv/app/node_modules/points-client/dist/apis/PointsApi.js:211:19)\n" +
		"    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {\n" +
		"  code: 403,\n" +
		"  body: [ErrorEnvelope]\n" +
		"})\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil {
		t.Fatalf("want one response, got %d exchanges", len(in.Exchanges))
	}
	r := in.Exchanges[0].Response
	if r.Status != 403 || strings.TrimSpace(r.Body.Text) != `{"errors":["Token rejected"],"status":"error"}` {
		t.Errorf("status %d, body %q: want 403 and the printed JSON alone (not the client's stack)", r.Status, r.Body.Text)
	}
	for _, v := range []string{"[ErrorEnvelope]", "[Object]", " [IncomingMessage],", "[Getter/Setter]"} {
		if !inspectedObject(v) {
			t.Errorf("inspectedObject(%q) = false", v)
		}
	}
	for _, v := range []string{"[]", "[1, 2]", "[error]", `["a"]`, "[Tutorial: x](y)"} {
		if inspectedObject(v) {
			t.Errorf("inspectedObject(%q) = true", v)
		}
	}
}
