package parse

import "testing"

// TestBracketedStatusKey: a client's message that labels each value in
// brackets (Guzzle's "[url] … [status code] 403 [reason phrase] …") states
// the status; a bracketed word that names no status does not make a number
// one (values are invented).
func TestBracketedStatusKey(t *testing.T) {
	in, err := Parse("PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error response [url] https://api.example.org/v2/notify/7c1e [status code] 401 [reason phrase] Unauthorized in /srv/app/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:89\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 401 {
		t.Fatalf("exchanges %+v", in.Exchanges)
	}
	if bracketedStatusKey("copied [rows] ") || !bracketedStatusKey("response [Status Code] ") {
		t.Error("bracketed keys misread")
	}
}
