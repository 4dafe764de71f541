package parse

import "testing"

// TestEnvReadCredential: a credential given to a client as a read of the
// program's environment (Ruby's ENV[…], Node's process.env.…, Python's
// os.getenv(…), Java's System.getenv(…)), and a stand-in given with Go's
// or Pascal's ":=": what the client sends, its value not in the paste. A
// name read in lower case, or computed, is none; neither is a comparison.
func TestEnvReadCredential(t *testing.T) {
	for _, c := range []struct {
		line, name, value string
	}{
		{`  conf.storage_secret_key = ENV['STORE_SK_9'],`, "storage_secret_key", `ENV['STORE_SK_9']`},
		{`  conf.storage_secret_key = ENV.fetch("STORE_SK_9")`, "storage_secret_key", `ENV.fetch("STORE_SK_9")`},
		{`    apiToken: process.env.BILLING_API_TOKEN,`, "apiToken", "process.env.BILLING_API_TOKEN"},
		{`cli = Api(base, api_key=os.getenv("ORBIT_KEY"))`, "api_key", `os.getenv("ORBIT_KEY")`},
		{`api_key = os.environ.get('ORBIT_KEY')`, "api_key", `os.environ.get('ORBIT_KEY')`},
		{`String password = System.getenv("LEDGER_PW");`, "password", `System.getenv("LEDGER_PW")`},
		{"\tpassword := \"<pw>\"", "password", "<pw>"},
		{"  Password := '*****';", "Password", "*****"},
	} {
		f, ok := configuredCredential(c.line)
		if !ok || f.Name != c.name || f.Value != c.value {
			t.Errorf("%s: got %q=%q %v, want %s=%s", c.line, f.Name, f.Value, ok, c.name, c.value)
		}
	}
	for _, line := range []string{
		`api_key = os.getenv(name)`,        // computed
		`api_key = os.getenv("orbit_key")`, // not written as the environment's names are
		`if password == ENV['LEDGER_PW']`,  // a comparison
	} {
		if f, ok := configuredCredential(line); ok {
			t.Errorf("%s: read %s=%s", line, f.Name, f.Value)
		}
	}
	in, err := Parse("```ruby\nLedger.configure do |conf|\n  conf.ledger_secret_key = ENV['LEDGER_SK']\nend\n```\n\nLedger::Unauthorized (Server responded with code 401, message: 401 Unauthorized. Request URI: https://ledger.example.net/api/v2/books)\n")
	if err != nil || len(in.Exchanges) == 0 {
		t.Fatal("not read")
	}
	if c := in.Exchanges[0].Credentials(); c.State != CredSent {
		t.Errorf("credentials %+v, want sent", c)
	}
}
