package parse

import "testing"

// TestPwshHeaderTables: a cmdlet's -Headers $var sends the hashtable the
// paste assigns to $var above the command, on one line or over several;
// a table assigned to another variable is not its.
// -Credential with -Authentication Basic goes out on the first request;
// -Credential alone only after a challenge, so it stays unknown.
func TestPwshHeaderTables(t *testing.T) {
	errRec := "Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.\nAt line:1 char:1\n"
	for _, c := range []struct {
		paste, header string
		want          CredState
	}{
		{"$hdrs = @{\n    'X-Api-Key' = 'kq-77-heron-lantern'\n    Accept = 'application/json'\n}\nInvoke-RestMethod -Uri https://ledger.orchard.example/v1/rows -Headers $hdrs\n" + errRec, "X-Api-Key", CredSent},
		{"$Hdrs = @{ Authorization = \"Bearer $jwt\" }\nirm https://ledger.orchard.example/v1/rows -Headers $hdrs\n" + errRec, "Authorization", CredSent},
		{"$other = @{ Authorization = 'Bearer kq-77-heron-lantern' }\nInvoke-RestMethod -Uri https://ledger.orchard.example/v1/rows -Headers $hdrs\n" + errRec, "", CredUnknown},
		{"Invoke-RestMethod -Uri https://ledger.orchard.example/v1/rows -Credential $cred -Authentication Basic\n" + errRec, "", CredSent},
		{"Invoke-RestMethod -Uri https://ledger.orchard.example/v1/rows -Credential $cred\n" + errRec, "", CredUnknown},
	} {
		x := lastAnswered(t, c.paste, 401)
		if got := x.Credentials().State; got != c.want {
			t.Errorf("credentials %s, want %s in\n%s", got, c.want, c.paste)
		}
		if c.header != "" && x.Request.Fields.Get(c.header) == "" {
			t.Errorf("no %s among %+v in\n%s", c.header, x.Request.Fields, c.paste)
		}
	}
}
