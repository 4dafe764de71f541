package secret_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/secret"
	"github.com/authtriage/authtriage/internal/bench/workload"
)

// BenchmarkScanHAR scans the bench's generated 8 MiB HAR (internal/bench).
func BenchmarkScanHAR(b *testing.B) {
	data, _ := workload.GenerateHAR(8 << 20)
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		secret.Scan(text)
	}
}
