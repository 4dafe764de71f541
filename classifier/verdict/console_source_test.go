package verdict_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestConsoleErrorAfterSource: a browser console's copy puts the script and
// line before a logged error ("viewer.min.js:311 Error: …", "VM88:1
// Uncaught Error: …"); the error after it is the program's own record,
// read like one that opens the line, also among a person's long lines
// (values are invented).
func TestConsoleErrorAfterSource(t *testing.T) {
	for _, line := range []string{
		`viewer.min.js:311 Error: Token Requiredcode: 499details: Array[0]httpCode: 499log: undefinedmessage: "Token Required"stack: (...)get stack: function () { [native code] }set stack: function () { [native code] }__proto__: d`,
		`VM88:1 Uncaught Error: Token Requiredcode: 499details: Array[0]httpCode: 499log: undefinedmessage: "Token Required"stack: (...)get stack: function () { [native code] }set stack: function () { [native code] }__proto__: d`,
	} {
		paste := "We see the \"token error\" on the protected layers before anyone even has a chance to enter a password.\n" +
			"///////////////\n" + line + "\n///////////////\n"
		if v := soleVerdict(t, line, paste); v.Class != rule.Authentication {
			t.Errorf("%q: class %s, want authentication (%+v)", line, v.Class, v.Reasons)
		}
	}
}
