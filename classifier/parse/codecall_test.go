package parse

import "testing"

// TestCodeCallCredentialSent: a credential put on the request by a call
// that exists to put it there, its value computed by the program (a
// variable, an environment read, a concatenation, an interpolation, a
// formatting call) was sent: a token setter's one argument (withToken,
// SetAuthToken, bearer_auth), Swift's setValue(_:forHTTPHeaderField:), a
// library's constant for Authorization as the header's name, a header
// line written as a string and continued by concatenation, and a header
// set to a variable whose name is a scheme's. A function's definition, an
// empty or null argument, another header, a line commented out, a
// string continued by a literal and a getter of a token give nothing.
func TestCodeCallCredentialSent(t *testing.T) {
	fail := "\nserver said: HTTP/1.1 401 Unauthorized\n"
	for _, line := range []string{
		`$res = Http::withToken($this->ledgerToken)->get('https://ledger.quayside.example/api/rows');`,
		`res, _ := rc.R().SetAuthToken(os.Getenv("QUAYSIDE_TOKEN")).Get("https://ledger.quayside.example/api/rows")`,
		`let r = http.get("https://ledger.quayside.example/api/rows").bearer_auth(&cfg.token).send()?;`,
		`req.setValue("Bearer \(store.ledgerToken)", forHTTPHeaderField: "Authorization")`,
		`req.addValue(keyValue, forHTTPHeaderField: "X-Api-Key")`,
		`header(HttpHeaders.Authorization, "Bearer ${session.jwt}")`,
		`rq.Header.Add("Authorization", fmt.Sprintf("Bearer %s", ledgerTok))`,
		`curl_setopt($h, CURLOPT_HTTPHEADER, array("Accept: application/json", "Authorization: Bearer " . $ledgerToken));`,
		`rq.AddHeader("Authorization", bearer);`,
	} {
		if got := lastAnsweredCredentials(t, line+fail); got.State != CredSent {
			t.Errorf("credentials %s, want sent, in\n%s", got.State, line)
		}
	}
	for _, line := range []string{
		`def withToken(token):`,
		`rc.R().SetAuthToken("").Get(u)`,
		`req.setValue(nil, forHTTPHeaderField: "Authorization")`,
		`req.setValue(contentType, forHTTPHeaderField: "Content-Type")`,
		`// rc.R().SetAuthToken(os.Getenv("QUAYSIDE_TOKEN"))`,
		`$note = "Authorization: " . "refused";`,
		`pair = vault.oauth.get_bearer_token(grant_code)`, // a getter asks a server for one
	} {
		if got := lastAnsweredCredentials(t, line+fail); got.State == CredSent {
			t.Errorf("credentials sent in\n%s", line)
		}
	}
}
