package parse

import "testing"

// TestFailedDownloadURL: a tool's own line about the file it could not
// fetch ("Failed to download \"…\" - error: The remote server returned an
// error: (403) Forbidden.", "Error downloading https://…") names the URL
// the refused request went to, query and all: what the request carried in
// it (here a token parameter left empty) is read. Every value is invented.
func TestFailedDownloadURL(t *testing.T) {
	for _, c := range []struct{ name, paste, url string }{
		{"quoted, .NET WebClient", "Updating 3 mods...\nFailed to download \"https://mods.kestrelgames.net/api/downloads/data/mods/77/RailBridges_1.4.2.zip?username=&token=\" - error: The remote server returned an error: (403) Forbidden.\n",
			"https://mods.kestrelgames.net/api/downloads/data/mods/77/RailBridges_1.4.2.zip?username=&token="},
		{"bare", "[sync] Error downloading https://files.fernhill.io/exports/2025-03.csv?api_key=: 403 Forbidden\n",
			"https://files.fernhill.io/exports/2025-03.csv?api_key="},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, x := range in.Exchanges {
			if x.Request != nil && x.Response != nil && x.Response.Status == 403 {
				got = x.Request.URL
			}
		}
		if got != c.url {
			t.Errorf("%s: request URL %q, want %q", c.name, got, c.url)
		}
		if u := in.Exchanges[len(in.Exchanges)-1].Credentials().Unset(); u != "api_key"+inURLQuery && u != "token"+inURLQuery && u != "username"+inURLQuery {
			t.Errorf("%s: unset credential %q, want one in the URL query", c.name, u)
		}
	}
}
