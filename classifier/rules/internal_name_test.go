package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// internalNameSplit is internalName as it was written first, on a list of
// labels: the reference the in-place reading is held to.
func internalNameSplit(h string, middleToo bool) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if strings.HasSuffix(h, ".home.arpa") {
		return true
	}
	labels := strings.Split(h, ".")
	n := len(labels)
	if n < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	allDigits := true
	for _, c := range []byte(strings.Join(labels, "")) {
		if !digitByte(c) {
			allDigits = false
			break
		}
	}
	if allDigits || strings.HasPrefix(h, "ip-") {
		return false
	}
	if internalTLDs.Has(labels[n-1]) {
		return true
	}
	if middleToo {
		for i := 1; i <= n-3; i++ {
			if internalLabels.Has(labels[i]) {
				return true
			}
		}
	}
	return false
}

// TestInternalNameInPlace holds internalName to the label-list reading on
// names made of internal and public labels, digits, empty labels and
// capitals.
func TestInternalNameInPlace(t *testing.T) {
	labels := []string{"", "db", "10", "0", "ip-10-0-0-1", "internal", "INTRA", "corp", "lan", "local", "priv", "home", "arpa",
		"example", "com", "co", "uk", "Svc", "cluster", "intranet", "é", "K"}
	r := rand.New(rand.NewPCG(70, 21))
	for k := 0; k < 50000; k++ {
		parts := make([]string, 1+r.IntN(6))
		for i := range parts {
			parts[i] = labels[r.IntN(len(labels))]
		}
		h := strings.Join(parts, ".")
		if r.IntN(5) == 0 {
			h += "."
		}
		for _, middle := range []bool{false, true} {
			if got, want := internalName(h, middle), internalNameSplit(h, middle); got != want {
				t.Fatalf("internalName(%q, %v) = %v, by its labels %v", h, middle, got, want)
			}
		}
	}
}
