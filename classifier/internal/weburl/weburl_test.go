package weburl

import (
	"math/rand/v2"
	"net/netip"
	"net/url"
	"reflect"
	"testing"
)

// seeds are URLs of the shapes pastes hold, and of every branch of Parse.
var seeds = []string{
	"", "*", "/", "//", "///x", "?", "#", "?#", "a?b?", "x?", "#frag", "/p?q#f",
	"https://api.example.com/v1/items?limit=10&offset=0",
	"https://login.example.com/oauth2/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid+profile&state=xyz",
	"https://app.example.com/cb#access_token=eyJ.a.b&token_type=Bearer&state=1",
	"https://app.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj",
	"https://idp.example.com/saml2/sso?SAMLRequest=fZJNT%2BMwEIbv%2FArL9%2BbDtAVZ&RelayState=token",
	"http://user:p@ss@host.example:8080/a/../b/./c?x=1;y=2",
	"HTTP://Example.COM:443/%7Euser/a%2Fb?q=%zz&r=%41",
	"https://[fe80::1%25en0]:8443/x", "http://[::1]/", "http://[::ffff:1.2.3.4]:80/", "http://[1.2.3.4]/",
	"http://[fe80::1%25%65n0]/", "http://[::1%25]/", "http://[::1]:x/", "http://a[b]/", "http://[::1/",
	"https://a:b:c/", "mongodb://h1:1,h2:2/db", "http://h:/", "http://h:80x/", "http://%41/", "http://%c3%a9.example/",
	"http://a b/", "http://ex ample.com/", "mailto:someone@example.com", "urn:ietf:rfc:3986", "cache_object:foo/bar",
	"a:b", "1a:b", ":foo", "/a:b", "a/b:c", "./a:b", "//user@host", "http:///path", "http:path", "http:/path",
	"/x/%2F/y", "/x%", "/x%4", "/%zz", "/a b", "/ä", "/a?b=c d+e", "?a=1&a=2&b", "?&&=&=x", "?a;b=1", "?%=1",
	"\x7f", "http://x/\t", "../../a", "../", ".", "..", "a/./b/../../..", "/a/b/c/./../../g", "g;x?y#s",
	"http://u%zz@h/", "http://u:%zz@h/", "http://u^@h/", "http://@h/", "http://h#%zz", "http://h#a%20b", "http://h#a b",
}

// bases are the request URLs a Location resolves against.
var bases = []string{
	"https://app.example.com/a/b/c?x=1#f", "http://a/b/c/d;p?q", "https://h", "mailto:x@y", "", "/rel/path", "//h/p",
}

func same(t *testing.T, raw string) {
	t.Helper()
	want, werr := url.Parse(raw)
	got, gerr := Parse(raw)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("Parse(%q): error %v, net/url's %v", raw, gerr, werr)
	}
	if werr != nil {
		return
	}
	sameURL(t, "Parse("+raw+")", got, want)
}

func sameURL(t *testing.T, what string, got *URL, want *url.URL) {
	t.Helper()
	g := []any{got.Scheme, got.Opaque, got.User, got.Host, got.Path, got.RawPath, got.Fragment, got.RawFragment,
		got.RawQuery, got.ForceQuery, got.OmitHost, got.EscapedPath(), got.Hostname(), map[string][]string(got.Query())}
	w := []any{want.Scheme, want.Opaque, want.User != nil, want.Host, want.Path, want.RawPath, want.Fragment, want.RawFragment,
		want.RawQuery, want.ForceQuery, want.OmitHost, want.EscapedPath(), want.Hostname(), map[string][]string(want.Query())}
	if !reflect.DeepEqual(g, w) {
		t.Fatalf("%s:\n got %q\nwant %q", what, g, w)
	}
}

func sameQuery(t *testing.T, s string) {
	t.Helper()
	gv, gerr := ParseQuery(s)
	wv, werr := url.ParseQuery(s)
	if (gerr != nil) != (werr != nil) || !reflect.DeepEqual(map[string][]string(gv), map[string][]string(wv)) {
		t.Fatalf("ParseQuery(%q) = %q, %v; net/url's %q, %v", s, gv, gerr, wv, werr)
	}
	gu, gerr := QueryUnescape(s)
	wu, werr := url.QueryUnescape(s)
	if gu != wu || (gerr != nil) != (werr != nil) {
		t.Fatalf("QueryUnescape(%q) = %q, %v; net/url's %q, %v", s, gu, gerr, wu, werr)
	}
	if g, w := QueryEscape(s), url.QueryEscape(s); g != w {
		t.Fatalf("QueryEscape(%q) = %q, net/url's %q", s, g, w)
	}
}

func sameResolved(t *testing.T, base, ref string) {
	t.Helper()
	wb, err1 := url.Parse(base)
	wr, err2 := url.Parse(ref)
	if err1 != nil || err2 != nil {
		return
	}
	gb, _ := Parse(base)
	gr, _ := Parse(ref)
	sameURL(t, "ResolveReference("+base+", "+ref+")", gb.ResolveReference(gr), wb.ResolveReference(wr))
}

func TestLikeNetURL(t *testing.T) {
	for _, s := range seeds {
		same(t, s)
		sameQuery(t, s)
		for _, b := range append(bases, seeds...) {
			sameResolved(t, b, s)
		}
	}
}

// TestLongQuery: over net/url's 10,000 parameters the query is an error and
// no value is read.
func TestLongQuery(t *testing.T) {
	for _, n := range []int{9999, 10000, 10001} {
		q := "a=1"
		for range n - 1 {
			q += "&a=1"
		}
		sameQuery(t, q)
		same(t, "https://h/?"+q)
	}
}

// TestIPv6LikeNetip holds isIPv6 to netip.ParseAddr on random strings of
// an address's bytes.
func TestIPv6LikeNetip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range []string{"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
		"::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:1.2.3.4", "::1.2.3.4", "::01.2.3.4", "::1.2.3.256", "fe80::1%en0", "fe80::1%",
		"12345::", "1:::2", "1::2::3", ":1", "1:", "1.2.3.4", "%1", "::1.2.3", "::1.2.3.4.5", "a:b:c:d:e:f:1.2.3.4", "::.1.2.3"} {
		checkIPv6(t, s)
	}
	for range 200000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = ":::::0123456789abcdefABCDEF.%g"[r.IntN(30)]
		}
		checkIPv6(t, string(b))
	}
}

func checkIPv6(t *testing.T, s string) {
	t.Helper()
	a, err := netip.ParseAddr(s)
	if want := err == nil && !a.Is4(); isIPv6(s) != want {
		t.Fatalf("isIPv6(%q) = %v, netip %v", s, !want, want)
	}
}

// FuzzAgainstNetURL holds Parse, ResolveReference, the query readers and
// escapes to net/url's.
func FuzzAgainstNetURL(f *testing.F) {
	for i, s := range seeds {
		f.Add(s, bases[i%len(bases)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		same(t, a)
		same(t, b)
		sameQuery(t, a)
		sameResolved(t, b, a)
		checkIPv6(t, a)
		same(t, "http://["+a+"]/")
	})
}
