package parse

import "testing"

// TestLabelledRequestAfterAnAnswer: an SDK's debug log that prints each
// call as labelled records (the request's URL, method and headers, then the
// response's status) holds one exchange per call: the second call's
// credentials are its own, not lost to the first. A record that states the
// status before naming its URL stays one exchange. Every value is invented.
func TestLabelledRequestAfterAnAnswer(t *testing.T) {
	two := "sdk.pipeline.logging: Request URL: 'https://api.quarrybend.example/v3/tenants?page=1'\n" +
		"sdk.pipeline.logging: Request method: 'GET'\n" +
		"sdk.pipeline.logging: Request headers:\n" +
		"sdk.pipeline.logging:     'Authorization': 'REDACTED'\n" +
		"sdk.pipeline.logging: Response status: 200\n" +
		"sdk.pipeline.logging: Response headers:\n" +
		"sdk.pipeline.logging:     'Content-Type': 'application/json'\n" +
		"sdk.pipeline.logging: Request URL: 'https://api.quarrybend.example/v3/tenants/41/keys'\n" +
		"sdk.pipeline.logging: Request method: 'GET'\n" +
		"sdk.pipeline.logging: Request headers:\n" +
		"sdk.pipeline.logging:     'Authorization': 'REDACTED'\n" +
		"sdk.pipeline.logging: Response status: 403\n" +
		"sdk.pipeline.logging: Response headers:\n" +
		"sdk.pipeline.logging:     'Content-Type': 'application/json'\n"
	marked := "> Request URL: \"https://cr.quarrybend.example/v2/ops/agent/manifests/7.1\"\n" +
		"> Request method: \"POST\"\n" +
		"< Response Status: \"401 Unauthorized\"\n" +
		"> Request URL: \"https://cr.quarrybend.example/token?scope=repository%3Aops%2Fagent%3Apush\"\n" +
		"> Request method: \"POST\"\n" +
		"< Response Status: \"200 OK\"\n" +
		"> Request URL: \"https://cr.quarrybend.example/v2/ops/agent/manifests/7.1\"\n" +
		"> Request method: \"POST\"\n" +
		"> Request headers:\n" +
		"   \"Authorization\": \"*****\"\n" +
		"< Response Status: \"403 Forbidden\"\n"
	for _, c := range []struct {
		name, paste string
		want        []int
		sent        int // the exchange whose request carries credentials
	}{
		{"a logger's labelled records", two, []int{200, 403}, 1},
		{"records behind direction markers", marked, []int{401, 200, 403}, 2},
	} {
		in, err := Parse(c.paste)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, x := range in.Exchanges {
			if x.Response != nil {
				got = append(got, x.Response.Status)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: statuses %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: statuses %v, want %v", c.name, got, c.want)
				break
			}
		}
		if x := in.Exchanges[c.sent]; x.Request == nil || x.Credentials().State != CredSent {
			t.Errorf("%s: exchange %d's request %+v, want its credentials sent", c.name, c.sent, x.Request)
		}
	}
	wantStatuses(t, "status before its URL: ", "Response status: 401\nRequest URL: https://api.quarrybend.example/v3/tenants\nRequest method: GET\n", 401)
}
