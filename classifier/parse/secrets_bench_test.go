package parse

import "testing"

// BenchmarkFindSecretsHAR is the credential search alone, on the HAR that
// BenchmarkParseHAR reads (Parse includes it).
func BenchmarkFindSecretsHAR(b *testing.B) {
	text := benchHARInput()
	in, err := read(text, DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindSecrets(text, in)
	}
}
