package parse

import "testing"

// TestNestedBodyCodeIsNoSecondResponse: a printed response object (an axios
// response logged with console.log) holds the body's own code in a member
// of an inner object on its line ("data: { code: 401, msg: … },") and the
// response's status in a member of its own ("status: 200,"): one response,
// its status the status member's, not two. A body alone keeps its code.
// Every value is invented.
func TestNestedBodyCodeIsNoSecondResponse(t *testing.T) {
	in, err := Parse("{\n" +
		"  data: { code: 401, msg: 'session expired, sign in again', data: null },\n" +
		"  status: 200,\n" +
		"  statusText: 'OK',\n" +
		"  headers: AxiosHeaders { 'content-type': 'application/json;charset=UTF-8' },\n" +
		"  config: { url: '/api/cart/items', method: 'get', baseURL: 'https://m.harborshop.example' }\n" +
		"}\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 200 {
		var got []int
		for _, x := range in.Exchanges {
			if x.Response != nil {
				got = append(got, x.Response.Status)
			}
		}
		t.Errorf("read statuses %v, want one response of status 200", got)
	}
	wantStatuses(t, "a body alone: ", "{ code: 403, message: 'Forbidden: no access to this project' }\n", 403)
}
