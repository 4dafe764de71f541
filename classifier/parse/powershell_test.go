package parse

import "testing"

// TestPowerShellCommand: Invoke-WebRequest, Invoke-RestMethod and Windows
// PowerShell's curl alias are read by their parameters, not as curl's
// options ("-Uri" is not curl's -U): URL, method, a literal -Headers table,
// and credentials the line cannot show (values are invented).
func TestPowerShellCommand(t *testing.T) {
	for _, c := range []struct {
		line, method, url string
		headers           map[string]string
		auth, hidden      bool
	}{
		{`PS C:\> curl -Uri https://api.example.net/v1/me -Method GET`, "GET", "https://api.example.net/v1/me", nil, false, false},
		{`PS C:\> Invoke-WebRequest -Uri "https://api.example.net/v1/me" -Headers @{ 'X-Api-Key' = 'k_live_abc'; Accept="application/json" }`,
			"GET", "https://api.example.net/v1/me", map[string]string{"X-Api-Key": "k_live_abc", "Accept": "application/json"}, true, false},
		{`PS> irm https://api.example.net/v1/items -Method Post -Body '{"a":1}' -ContentType 'application/json' -Headers @{Authorization="Bearer abc.def.ghi"}`,
			"POST", "https://api.example.net/v1/items", map[string]string{"Authorization": "Bearer abc.def.ghi", "Content-Type": "application/json"}, true, false},
		{`iwr -Uri https://intra.example.net/report -UseDefaultCredentials -UseBasicParsing`, "GET", "https://intra.example.net/report", nil, true, true},
		{`PS C:\> Invoke-RestMethod -Uri https://api.example.net/v1/me -Headers $headers`, "GET", "https://api.example.net/v1/me", nil, false, true},
		{`PS C:\> wget -Uri https://dl.example.net/f.zip -OutFile f.zip -Credential $cred`, "GET", "https://dl.example.net/f.zip", nil, true, true},
	} {
		cmd := parseCommandLine(c.line)
		if cmd == nil {
			t.Errorf("%s: not read", c.line)
			continue
		}
		if cmd.tool != "pwsh" || cmd.method != c.method || cmd.url != c.url || cmd.auth != c.auth || cmd.hidden != c.hidden {
			t.Errorf("%s: tool %q method %q url %q auth %v hidden %v", c.line, cmd.tool, cmd.method, cmd.url, cmd.auth, cmd.hidden)
		}
		got := map[string]string{}
		for _, f := range cmd.fields {
			got[f.Name] = f.Value
		}
		for n, v := range c.headers {
			if got[n] != v {
				t.Errorf("%s: %s = %q, want %q", c.line, n, got[n], v)
			}
		}
	}
	// curl.exe and curl with its own options stay curl.
	if cmd := parseCommandLine(`PS C:\> curl.exe -i -u admin:pw http://192.0.2.8/api`); cmd == nil || cmd.tool != "curl" {
		t.Errorf("curl.exe read as %+v", cmd)
	}
	// The request joins the output, with no credential when none is listed.
	in, err := Parse("PS C:\\> curl -Uri https://api.example.net/v1/me -Method GET\n\nStatusCode        : 200\nStatusDescription : OK\nContent           : {\"id\":\"u1\"}\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil || in.Exchanges[0].Credentials().State != CredNone {
		t.Errorf("exchanges %+v", in.Exchanges)
	}
	// Bad input: unclosed quotes and tables end at the line's end.
	for _, l := range []string{`iwr -Uri 'https://a.example.net/x`, `iwr -Headers @{ a = "b; c = @{`, `iwr -Headers @{ = ; ;; 'x' }`, "iwr -"} {
		parseCommandLine(l)
	}
}
