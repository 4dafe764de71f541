package secret

import "testing"

// TestCodeCallLiteralsMasked: a literal token given to a token setter
// (Laravel's withToken, resty's SetAuthToken) and a literal credential
// given to Swift's setValue/addValue with the header's name after it are
// found as the credential, and a Swift call setting another header is not.
func TestCodeCallLiteralsMasked(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`$r = Http::withToken('qv7Tm2Lx9Rw4Kp8Zn3Hd')->get($u);`, "qv7Tm2Lx9Rw4Kp8Zn3Hd"},
		{`resp, err := client.R().SetAuthToken("Wb5Nc1Jr8Fs3Gt6Yk0Pe").Get(u)`, "Wb5Nc1Jr8Fs3Gt6Yk0Pe"},
		{`req.setValue("Bearer Xh2Lq8Vd4Mz7Rc1Tn5Gb", forHTTPHeaderField: "Authorization")`, "Xh2Lq8Vd4Mz7Rc1Tn5Gb"},
		{`req.addValue("Ke9Pw3Ts6Ub1Ym4Qa7Zr", forHTTPHeaderField: "X-Api-Key")`, "Ke9Pw3Ts6Ub1Ym4Qa7Zr"},
	} {
		found := false
		for _, s := range Scan(tc.text) {
			found = found || s.Value == tc.want
		}
		if !found {
			t.Errorf("%q: want %q among %+v", tc.text, tc.want, Scan(tc.text))
		}
	}
	if got := Scan(`req.setValue("application/json", forHTTPHeaderField: "Content-Type")`); len(got) != 0 {
		t.Errorf("Content-Type set by setValue found as %+v", got)
	}
}
