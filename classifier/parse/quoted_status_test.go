package parse

import "testing"

// TestStatusLineQuotedByClientError: a client's error message that goes on
// from a status line with the URL it fetched (Julia's Downloads: "ERROR:
// HTTP/1.1 401 Unauthorized while requesting https://…", then its
// stacktrace) shows the status, not a header block: nothing can be claimed
// missing from it. A status line with a reason of its own and real header
// fields under it stays a message's start line.
func TestStatusLineQuotedByClientError(t *testing.T) {
	quoted := `julia> fetch_granules(catalog)
ERROR: HTTP/1.1 401 Unauthorized while requesting https://archive.polar-data.example/ICESAT/ATL08/2023.03.14/ATL08_20230314_0412_v6.h5
Stacktrace:
  [1] (::Downloads.var"#9#18"{IOStream, Base.DevNull})(easy::Downloads.Curl.Easy)
    @ Downloads /opt/julia-1.9.4/share/julia/stdlib/v1.9/Downloads/src/Downloads.jl:452
  [2] with_handle(f::Downloads.var"#9#18", handle::Downloads.Curl.Easy)
    @ Downloads.Curl /opt/julia-1.9.4/share/julia/stdlib/v1.9/Downloads/src/Curl/Curl.jl:105
`
	in, err := Parse(quoted)
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
		t.Fatalf("no response read (%v)", err)
	}
	r := in.Exchanges[0].Response
	if r.Status != 401 || r.HeadersComplete || r.StatusSource != "text" {
		t.Errorf("quoted status line: status %d, headers complete %v, source %q; want 401, false, \"text\"", r.Status, r.HeadersComplete, r.StatusSource)
	}

	raw := "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{\"error\":\"login required\"}"
	in, err = Parse(raw)
	if err != nil || len(in.Exchanges) == 0 || in.Exchanges[0].Response == nil {
		t.Fatalf("raw response not read (%v)", err)
	}
	if r := in.Exchanges[0].Response; !r.HeadersComplete || r.StatusSource != "" {
		t.Errorf("raw response: headers complete %v, source %q; want true, \"\"", r.HeadersComplete, r.StatusSource)
	}
}
