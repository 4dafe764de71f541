package parse

import "testing"

// TestArrowOptionCredential: PHP's and Ruby's options written with "=>"
// ('auth' => ['user', 'password'], Guzzle's request option) give the
// client a user and a password, which it sends; the two strings are the
// option's value, not a (name, value) pair of a printed header list, so no
// response header comes of them. A printed header list of tuples keeps its
// pairs. Every value is invented.
func TestArrowOptionCredential(t *testing.T) {
	in, err := Parse("PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST https://billing.example.com/api/invoices` resulted in a `401 Unauthorized` response:\n" +
		"{\"error\":\"invalid login\"}\n\n" +
		"$resp = $http->request('POST', 'https://billing.example.com/api/invoices', ['auth' => ['deploy-svc', 'Tr0ub4dor-x'], 'json' => $invoice]);\n")
	if err != nil || len(in.Exchanges) != 1 {
		t.Fatalf("read %v, %v", in, err)
	}
	x := in.Exchanges[0]
	if x.Request == nil || len(x.Request.Configured) != 1 || x.Request.Configured[0].Name != "password" {
		t.Errorf("the auth option gives the client no password: %+v", x.Request)
	}
	if x.Response == nil || x.Response.Fields.Has("deploy-svc") {
		t.Errorf("the option's two strings read as a response header: %+v", x.Response)
	}
	in, err = Parse("** (ArgumentError) argument error\n    :erlang.iolist_to_binary(%HTTPoison.Response{body: \"{}\", headers: [{\"Server\", \"nginx\"}, {\"X-Request-Id\", \"a81f\"}], status_code: 401})\n")
	if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || !in.Exchanges[0].Response.Fields.Has("X-Request-Id") {
		t.Errorf("a printed list of header tuples lost its pairs: %v", err)
	}
}
