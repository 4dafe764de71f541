package parse

import "testing"

// TestPrintRCodeMemberIsNoForumFence: PHP's print_r of an error body, its
// "code" member on a line of its own ("[code] => 403"), is that member, not
// a forum's [code] fence: the body's code implies the status as it does in
// JSON; a forum's [code] block still opens a fence (values are invented).
func TestPrintRCodeMemberIsNoForumFence(t *testing.T) {
	in, err := Parse("[code] => 403\n[message] => Caller may not read the ledger of shop 7\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 || in.Exchanges[0].Response == nil || in.Exchanges[0].Response.Status != 403 {
		t.Errorf("print_r's code member not read: %+v", in.Exchanges)
	}
	if _, _, ok := codeMarkup("[code] => 403"); ok {
		t.Error("a print_r member read as a forum's [code] fence")
	}
	if _, rest, ok := codeMarkup("[code]HTTP/1.1 401 Unauthorized"); !ok || rest != "HTTP/1.1 401 Unauthorized" {
		t.Errorf("a forum's [code] fence with text after it: %q %v", rest, ok)
	}
}
