package parse

import "testing"

// TestFailedAssertionStatus: a test runner's failed check on the status
// names two numbers, the status it wanted and the one the server sent; the
// one sent is the response's status, the one wanted is none (JUnit and
// MockMvc, REST Assured, Gatling, Chai as Bruno and Mocha print it). A
// check's name ("Status code is 200" under newman's numbered failures, k6's
// "✗ status is 200") says what was wanted, and a runner's failure table
// restating the response it reported is the same response. Every value is
// invented.
func TestFailedAssertionStatus(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []int
	}{
		{"JUnit", "java.lang.AssertionError: Status expected:<204> but was:<403>\n" +
			"\tat org.springframework.test.util.AssertionErrors.fail(AssertionErrors.java:59)\n", []int{403}},
		{"REST Assured", "java.lang.AssertionError: 1 expectation failed.\nExpected status code <201> but was <401>.\n", []int{401}},
		{"Gatling", "---- Errors ----------------------------------------------------\n" +
			"> status.find.in(200,201,304), but actually found 403              7 (100.0%)\n", []int{403}},
		{"Chai", "AssertionError: expected 407 to deeply equal 200\n    at Context.<anonymous> (test/orders.spec.js:31:22)\n", []int{407}},
		{"a check's name, then the runner's failure table", `→ List invoices
  GET https://billing.quarrytown.example/v3/invoices [401 Unauthorized, 212B, 41ms]
  1. Status code is 200

  #  failure        detail

 1.  AssertionFai…  Status code is 200
                    expected response to have status code 200 but got 401
                    at assertion:0 in test-script
`, []int{401}},
	} {
		wantStatuses(t, c.name+": ", c.text, c.want...)
	}
	// numbers an assertion compares that are no statuses
	for _, text := range []string{
		"java.lang.AssertionError: expected:<3> but was:<4>\n",
		"AssertionError: expected 12 to equal 15\n",
	} {
		if in, err := Parse(text); err == nil {
			for _, x := range in.Exchanges {
				if x.Response != nil && x.Response.Status != 0 {
					t.Errorf("status %d read from %q", x.Response.Status, text)
				}
			}
		}
	}
}

// FuzzAssertedStatus feeds the assertion reader any line: it must not
// panic, and a status it reads is a three-digit code stated in the line.
func FuzzAssertedStatus(f *testing.F) {
	for _, s := range []string{
		"Status expected:<200> but was:<401>",
		"> status.find.is(200), but actually found 401",
		"AssertionError: expected 401 to deeply equal 200",
		"expected: but was:<",
		"  1. Status code is 200",
		"status is 2",
		"expected 40",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		lt := lowerAligned(line)
		if len(lt) != len(line) {
			return
		}
		h := assertedStatus(line, lt)
		if h.code != 0 && (h.code < 100 || h.code > 599) {
			t.Fatalf("code %d from %q", h.code, line)
		}
		checkName(lt)
	})
}
