package parse

import "testing"

// TestConcatTail: the operands a concatenation joins to a string literal in
// code ("'Bearer ' + token", PHP's ".", Lua's "..") are read as written, up
// to the next top-level comma, semicolon, blank or closing bracket; a
// literal with no concatenation after it, an increment or a compound
// assignment has none.
func TestConcatTail(t *testing.T) {
	for _, c := range []struct {
		s, want string
	}{
		{`'Bearer ' + tok}`, "tok"},
		{`"Bearer " + session.get("jwt"), 'Accept': 'x'`, `session.get("jwt")`},
		{`'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("u:p")); Accept = 'x'`, `[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("u:p"))`},
		{`"Bearer " . $apiToken)`, "$apiToken"},
		{`'Token ' .. cfg.key }`, "cfg.key"},
		{`"Bearer " + prefix + suffix, x`, "prefixsuffix"},
		{`'application/json', 'Authorization': x`, ""},
		{`'x' ++i`, ""},
		{`'x' += y`, ""},
		{`'Bearer ' + )`, ""},
		{`'v'. Then prose`, ""},
	} {
		_, end, ok := quotedAt(c.s, 0)
		if !ok {
			t.Fatalf("%s: no literal", c.s)
		}
		if got, _ := concatTail(c.s, end); got != c.want {
			t.Errorf("%s: %q, want %q", c.s, got, c.want)
		}
	}
}

// TestConcatenatedAuthorization: an Authorization value built in code by
// joining the scheme's literal to a variable or a call ("'Bearer ' + token"
// in a JavaScript object, a Python dict, a PowerShell -Headers table, PHP's
// "." ) carries a credential, where the literal alone ("Bearer ") would be
// an empty one.
func TestConcatenatedAuthorization(t *testing.T) {
	const answer = "\n\nit answers:\n\n401 Unauthorized\n{\"error\":\"unauthorized\"}\n"
	for _, c := range []struct {
		name, code, scheme string
	}{
		{"javascript", `fetch("https://api.example.net/v2/orders", { headers: { "Authorization": "Bearer " + accessToken } })`, "Bearer"},
		{"python", `r = requests.get("https://api.example.net/v2/orders", headers={'Authorization': 'Token ' + cfg["key"], 'Accept': 'application/json'})`, "Token"},
		{"powershell", `Invoke-RestMethod -Uri 'https://api.example.net/v2/orders' -Method GET -Headers @{Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("$u:$p"))}`, "Basic"},
		{"php", `$res = $client->request('GET', 'https://api.example.net/v2/orders', ['headers' => ['Authorization' => 'Bearer ' . $token]]);`, "Bearer"},
	} {
		in, err := Parse(c.code + answer)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		found := false
		for _, x := range in.Exchanges {
			if cr := x.Credentials(); cr.State == CredSent && cr.Scheme == c.scheme {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %s credential read from %s", c.name, c.scheme, c.code)
		}
	}
	// the scheme alone, with nothing joined to it, is still no credential
	in, err := Parse(`fetch("https://api.example.net/v2/orders", { headers: { "Authorization": "Bearer " } })` + answer)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range in.Exchanges {
		if cr := x.Credentials(); cr.State == CredSent {
			t.Errorf("bare scheme: read as sent %+v", cr)
		}
	}
}
