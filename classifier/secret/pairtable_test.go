package secret

import "testing"

// Tables of names and values, one pair a row: a Markdown table of two
// columns (with or without its outer pipes) and a console's two-column table
// (PowerShell's hashtable or environment). A row whose name cell names a
// credential holds it in its value cell; a table documenting fields keeps its
// types and words.
func TestNameValueTables(t *testing.T) {
	for _, c := range []struct {
		name, text string
		secrets    []string
		keep       []string
	}{
		{"Markdown without outer pipes", "Request (from Postman):\n\nHeader | Value\n--- | ---\nAuthorization | Basic dGVzdDpRdjdkdW1teVBhc3M5\nX-Auth-Token | Lq2dummyTOKENpostman8Zx4\nContent-Type | application/json\n\nResponse: 401 Unauthorized\n",
			[]string{"dGVzdDpRdjdkdW1teVBhc3M5", "Lq2dummyTOKENpostman8Zx4"}, []string{"application/json", "Content-Type"}},
		{"Markdown environment table", "| Variable | Value |\n| --- | --- |\n| `SLACK_SIGNING_SECRET` | `8f3dummy0c9e4b7a2d6f1e5c8b3a9d04` |\n| `OAUTH_CLIENT_SECRET` | `c1dummyb8e2f7a4d9c6e3b0a5f2d8c71` |\n| `OAUTH_CLIENT_ID` | `7731904215.8861302772049` |\n| `PORT` | `3000` |\n",
			[]string{"8f3dummy0c9e4b7a2d6f1e5c8b3a9d04", "c1dummyb8e2f7a4d9c6e3b0a5f2d8c71"}, []string{"7731904215.8861302772049", "3000"}},
		{"PowerShell hashtable", "PS C:\\> $headers\n\nKey                       Value\n---                       -----\nOcp-Apim-Subscription-Key 4e1dummy9b2c7a5f0d3e8b6c1a4f9d27\nAccept                    application/json\n\n",
			[]string{"4e1dummy9b2c7a5f0d3e8b6c1a4f9d27"}, []string{"application/json"}},
		{"PowerShell environment", "Name                 Value\n----                 -----\nWEATHER_API_KEY      5a2dummy8c1d7e4f0b9a3c6d2e8f1b74\nINTERNAL_API_SECRET  hPbodummy25p8rPSzsA0sc5fRMpSPCB9\nAPI_BASE_URL         https://api.example.com\n",
			[]string{"5a2dummy8c1d7e4f0b9a3c6d2e8f1b74", "hPbodummy25p8rPSzsA0sc5fRMpSPCB9"}, []string{"https://api.example.com"}},
		{"a document's fields", "| Field | Type |\n| --- | --- |\n| password | string |\n| api_key | required |\n| token | 12 |\n",
			nil, []string{"| password | string |", "| api_key | required |", "| token | 12 |"}},
		{"a table of three columns", "| Name | Type | Description |\n|---|---|---|\n| client_secret | string | The client's secret |\n",
			nil, []string{"| client_secret | string | The client's secret |"}},
		{"a console table of other names", "Name      Value\n----      -----\nPSVersion 7.4.6\nOS        Linux 6.8.0\n",
			nil, []string{"7.4.6", "Linux 6.8.0"}},
	} {
		checkMasked(t, c.name, c.text, c.secrets, c.keep)
	}
}
