package parse

import "testing"

// TestMietteChainOneCall: the error tree Rust's miette prints (× the error,
// ├─▶ and ╰─▶ each cause below it) tells one failed call at every level;
// each level wraps at the terminal's width, so the URL it names is cut
// differently on each, and still it is the same call, one exchange. Every
// value is invented.
func TestMietteChainOneCall(t *testing.T) {
	in, err := Parse("```\n" +
		" INFO resolve: Resolving package: 'ledger-tool'\n" +
		"ERROR Fatal error:\n\n" +
		"  × For crate ledger-tool: Failed to download from remote: could not\n" +
		"  │ GET https://pkgs.brackwater.example/api/v1/crates/ledger-tool/1.4.2/download: HTTP\n" +
		"  │ status client error (401 Unauthorized) for url (https://\n" +
		"  │ blobs.brackwater.example/crates/ledger-tool/ledger-tool-1.4.2.crate)\n" +
		"  ├─▶ Failed to download from remote: could not GET https://pkgs.brackwater.example/api/\n" +
		"  │   v1/crates/ledger-tool/1.4.2/download: HTTP status client error (401\n" +
		"  │   Unauthorized) for url (https://blobs.brackwater.example/crates/ledger-\n" +
		"  │   tool/ledger-tool-1.4.2.crate)\n" +
		"  ├─▶ could not GET https://pkgs.brackwater.example/api/v1/crates/ledger-tool/1.4.2/\n" +
		"  │   download: HTTP status client error (401 Unauthorized) for url\n" +
		"  │   (https://blobs.brackwater.example/crates/ledger-tool/ledger-tool-1.4.2.crate)\n" +
		"  ╰─▶ HTTP status client error (401 Unauthorized) for url (https://\n" +
		"      blobs.brackwater.example/crates/ledger-tool/ledger-tool-1.4.2.crate)\n" +
		"```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
		for _, x := range in.Exchanges {
			t.Logf("exchange lines %d-%d", x.Span.Start, x.Span.End)
		}
		t.Fatalf("%d exchanges, want the one 401", len(in.Exchanges))
	}
}
