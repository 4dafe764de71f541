// The general reader's test assertions: what a test runner prints when a
// check on the status fails, its two numbers the wanted status and the one
// the server sent.

package parse

import "strings"

// assertHow opens the Reading.Inferred note of a status read from a failed
// test assertion.
const assertHow = "a failed test assertion"

// assertedStatus reads the status a failed test assertion reports as the
// one that came back, in the notations test tools print it:
//
//	JUnit, Hamcrest, AssertJ, MockMvc   Status expected:<200> but was:<401>
//	REST Assured                        Expected status code <200> but was <401>.
//	Gatling                             status.find.is(200), but actually found 401
//	Chai (Bruno, Mocha, Cypress)        AssertionError: expected 401 to deeply equal 200
//
// The wanted number is never the status. A line that names no status
// counts only when both numbers are status codes with a reason phrase and the
// wanted one is not an error (an assertion about some other count compares
// numbers too). Runs in time linear in the line.
func assertedStatus(t, lt string) statusHit {
	if !strings.Contains(lt, "expect") && !strings.Contains(lt, "assert") && !strings.Contains(lt, ".is(") && !strings.Contains(lt, ".in(") {
		return statusHit{}
	}
	named := strings.Contains(lt, "status") || strings.Contains(lt, "response code")
	// "… but was <401>", "… but actually found 401", "… but got 401"
	for _, turn := range []string{"but was", "but actually found", "but found", "but got", "but received"} {
		k := strings.Index(lt, turn)
		if k < 0 {
			continue
		}
		got, _ := assertNumber(lt, k+len(turn))
		want, _ := wantedBefore(lt, k)
		if got == 0 || want == got || !assertPlausible(named, want, got) {
			continue
		}
		return statusHit{code: got, conf: StatusField, reason: reasonAfter(t, assertEnd(lt, k+len(turn)), got), how: assertHow + " (\"" + strings.TrimSpace(t[k:assertEnd(lt, k+len(turn))]) + "\")"}
	}
	// Chai: "expected 401 to equal 200", "expected 401 to deeply equal 200",
	// "expected 403 to be 200", "expected 401 to eql 200"
	if k := strings.Index(lt, "expected "); k >= 0 {
		got, e := assertNumber(lt, k+len("expected"))
		if got != 0 {
			rest := lt[e:]
			for _, verb := range []string{" to deeply equal", " to equal", " to eql", " to be", " to strictly equal"} {
				if !strings.HasPrefix(rest, verb) {
					continue
				}
				want, _ := assertNumber(rest, len(verb))
				if want != 0 && want != got && assertPlausible(named, want, got) {
					return statusHit{code: got, conf: StatusField, reason: reasonOf[got], how: assertHow + " (\"" + strings.TrimSpace(t[k:e+len(verb)]) + " …\")"}
				}
				break
			}
		}
	}
	return statusHit{}
}

// assertPlausible reports whether an assertion comparing want with got is
// about an HTTP status: the line names one, or both are status codes with a
// reason phrase, the wanted one a success or a redirect and the one got an
// error.
func assertPlausible(named bool, want, got int) bool {
	if reasonOf[got] == "" {
		return false
	}
	if named {
		return true
	}
	return want != 0 && want < 400 && reasonOf[want] != "" && got >= 400
}

// assertNumber reads a status code after lt[i:] past the marks test tools
// put around it (": <401>", " '401'", "(401)"), at most a few bytes on. It
// returns the code and the index after it, or 0.
func assertNumber(lt string, i int) (int, int) {
	k := i
	for k < len(lt) && k-i < 6 && strings.IndexByte(" :<('\"[`", lt[k]) >= 0 {
		k++
	}
	c := codeAt(lt, k)
	if c == 0 {
		return 0, i
	}
	return c, k + 3
}

// assertEnd returns the index after the number assertNumber reads at lt[i:],
// and after the mark that closes it.
func assertEnd(lt string, i int) int {
	_, e := assertNumber(lt, i)
	if e < len(lt) && strings.IndexByte(">)'\"]`", lt[e]) >= 0 {
		e++
	}
	return e
}

// wantedBefore reads the wanted status of an assertion from the words
// before lt[k]: the number after its last "expected" or the argument of a
// Gatling check's is(…) or in(…). It returns the code, or 0.
func wantedBefore(lt string, k int) (int, bool) {
	b := lt[max(0, k-80):k]
	if j := strings.LastIndex(b, "expected"); j >= 0 {
		rest := b[j+len("expected"):]
		// "Expected status code <200>": the words that name the status
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimLeft(rest, " "), "status"), " code")
		if c, _ := assertNumber(rest, 0); c != 0 {
			return c, true
		}
	}
	for _, call := range []string{".is(", ".in("} {
		if j := strings.LastIndex(b, call); j >= 0 {
			if c, _ := assertNumber(b, j+len(call)); c != 0 {
				return c, true
			}
		}
	}
	return 0, false
}

// checkName reports whether line lt (lower case) is a test's or check's
// name that says what status was wanted, "status is 200" or "status code is
// 200" with nothing but a list number or a check mark before it ("  1.
// Status code is 200", newman's failed assertion; "✗ status is 200", k6's
// check), or the name of the failed assertion a runner's summary row prints
// ("1.  AssertionFai…  Status code is 200"), and little after it.
func checkName(lt string) bool {
	k := strings.Index(lt, "status ")
	if k < 0 {
		return false
	}
	rest := strings.TrimPrefix(lt[k+len("status "):], "code ")
	if !strings.HasPrefix(rest, "is ") {
		return false
	}
	if c, _ := assertNumber(rest, len("is")); c == 0 || len(strings.TrimSpace(rest)) > len("is 200")+12 {
		return false
	}
	b := strings.TrimSpace(lt[:k])
	if i := strings.LastIndexByte(b, ' '); i >= 0 && strings.HasPrefix(b[i+1:], "assertion") {
		b = strings.TrimSpace(b[:i])
	} else if strings.HasPrefix(b, "assertion") {
		b = ""
	}
	b = strings.TrimRight(b, ".)")
	for len(b) > 0 && isDigit(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	for _, m := range []string{"✓", "✔", "✗", "✘", "×", "√", "↳", "-", "*", "•", "│", "|"} {
		b = strings.TrimSpace(strings.TrimSuffix(b, m))
	}
	return b == "" || strings.HasSuffix(b, "│") || strings.HasSuffix(b, "|")
}
