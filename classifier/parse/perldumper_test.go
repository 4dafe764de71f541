package parse

import "testing"

// TestPerlResponseDump: Data::Dumper's print of an LWP HTTP::Response keeps
// the status in the member '_rc' and the reason in '_msg'; the status is the
// response's own, read as a field. A command's "rc" (its exit code) is no
// status. Every value is invented.
func TestPerlResponseDump(t *testing.T) {
	paste := `The script dies on the first call, print Dumper($res) gives:

$VAR1 = bless( {
                 '_protocol' => 'HTTP/1.1',
                 '_content' => '{"ok":false,"detail":"key lacks the reports:read permission"}',
                 '_rc' => '403',
                 '_headers' => bless( {
                                        'content-type' => 'application/json',
                                        'client-date' => 'Wed, 05 Mar 2025 08:14:51 GMT',
                                        'server' => 'nginx'
                                      }, 'HTTP::Headers' ),
                 '_msg' => 'Forbidden',
                 '_request' => bless( {
                                        '_content' => '',
                                        '_uri' => bless( do{\(my $o = 'https://reports.tallyhouse.example/api/v1/summary')}, 'URI::https' ),
                                        '_headers' => bless( {
                                                               'user-agent' => 'libwww-perl/6.72'
                                                             }, 'HTTP::Headers' ),
                                        '_method' => 'GET'
                                      }, 'HTTP::Request' )
               }, 'HTTP::Response' );
`
	wantStatuses(t, "Data::Dumper of HTTP::Response: ", paste, 403)
	for _, got := range statusesOf(t, "TASK [fetch] fatal: [web-3]: FAILED! => {\"changed\": true, \"rc\": 127, \"stderr\": \"curl: not found\"}\n") {
		if got > 0 {
			t.Errorf("a command's rc read as status %d", got)
		}
	}
}
