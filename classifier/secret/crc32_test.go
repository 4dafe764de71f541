package secret

import (
	"hash/crc32"
	"testing"
)

func TestCRC32MatchesHashCRC32(t *testing.T) {
	for _, s := range []string{"", "a", "123456789", "ghp_", "16C7e42F292c6912E7710c838347Ae178B4a", "\xff\x00\x80"} {
		if got, want := crc32IEEE(s), crc32.ChecksumIEEE([]byte(s)); got != want {
			t.Errorf("%q: %08x, want %08x", s, got, want)
		}
	}
}

func FuzzCRC32(f *testing.F) {
	f.Add("16C7e42F292c6912E7710c838347Ae")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := crc32IEEE(s), crc32.ChecksumIEEE([]byte(s)); got != want {
			t.Fatalf("%q: %08x, want %08x", s, got, want)
		}
	})
}
