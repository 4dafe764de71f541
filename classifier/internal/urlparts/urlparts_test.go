package urlparts

import (
	"math/rand/v2"
	"net/netip"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

// seeds are URLs of the shapes pastes hold, and of each branch of Parse.
var seeds = []string{
	"", "*", "*#x", "/", "//", "///x", "?", "#", "?#", "a?b?", "x?", "#frag", "/p?q#f",
	"https://api.example.com/v1/items?limit=10&offset=0",
	"https://login.example.com/oauth2/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid+profile&state=xyz",
	"https://app.example.com/cb#access_token=eyJ.a.b&token_type=Bearer&state=1",
	"https://idp.example.com/saml2/sso?SAMLRequest=fZJNT%2BMwEIbv%2FArL9%2BbDtAVZ&RelayState=token",
	"http://user:p@ss@host.example:8080/a/../b/./c?x=1;y=2",
	"HTTP://Example.COM:443/%7Euser/a%2Fb?q=%zz&r=%41",
	"https://[fe80::1%25en0]:8443/x", "http://[::1]/", "http://[::ffff:1.2.3.4]:80/", "http://[1.2.3.4]/",
	"http://[fe80::1%25%65n0]/", "http://[::1%25]/", "http://[::1]:x/", "http://a[b]/", "http://[::1/", "http://[]/",
	"https://a:b:c/", "mongodb://h1:1,h2:2/db", "http://h:/", "http://h:80x/", "http://%41/", "http://%c3%a9.example/",
	"http://a b/", "http://a%25b/", "mailto:someone@example.com", "urn:ietf:rfc:3986", "cache_object:foo/bar",
	"a:b", "1a:b", ":foo", "/a:b", "a/b:c", "./a:b", "//user@host", "http:///path", "http:path", "http:/path",
	"/x/%2F/y", "/x%", "/x%4", "/%zz", "/a b", "/ä", "/a(b)*!'[c]", "/a?b=c d+e", "?a=1&a=2&b", "?&&=&=x", "?a;b=1", "?%=1",
	"\x7f", "http://x/\t", "http://x/#\t", "../../a", "../", ".", "..", "a/./b/../../..", "/a/b/c/./../../g", "g;x?y#s",
	"http://u%zz@h/", "http://u:%zz@h/", "http://u^@h/", "http://@h/", "http://h#%zz", "http://h#a%20b", "http://h#a b",
}

// bases are request URLs a Location is resolved against.
var bases = []string{
	"https://app.example.com/a/b/c?x=1#f", "http://a/b/c/d;p?q", "https://h", "mailto:x@y", "", "/rel/path", "//h/p",
	"http://h/a%2Fb/c", "http://h/a b/", "x?q",
}

func view(u *URL) []any {
	return []any{u.Scheme, u.Opaque, u.User, u.Host, u.Hostname(), u.Path, u.EscapedPath(), u.RawQuery, u.ForceQuery,
		u.Fragment, map[string][]string(u.Query())}
}

func netView(u *url.URL) []any {
	return []any{u.Scheme, u.Opaque, u.User != nil, u.Host, u.Hostname(), u.Path, u.EscapedPath(), u.RawQuery, u.ForceQuery,
		u.Fragment, map[string][]string(u.Query())}
}

func sameParse(t *testing.T, s string) {
	t.Helper()
	want, err := url.Parse(s)
	got, ok := Parse(s)
	if ok != (err == nil) {
		t.Fatalf("Parse(%q): ok %v, net/url's error %v", s, ok, err)
	}
	if ok && !reflect.DeepEqual(view(got), netView(want)) {
		t.Fatalf("Parse(%q):\n got %q\nwant %q", s, view(got), netView(want))
	}
}

func sameQuery(t *testing.T, s string) {
	t.Helper()
	gv, ok := ParseQuery(s)
	wv, err := url.ParseQuery(s)
	if ok != (err == nil) || !reflect.DeepEqual(map[string][]string(gv), map[string][]string(wv)) {
		t.Fatalf("ParseQuery(%q) = %q, %v; net/url's %q, %v", s, gv, ok, wv, err)
	}
	gu, ok := QueryUnescape(s)
	wu, err := url.QueryUnescape(s)
	if gu != wu || ok != (err == nil) {
		t.Fatalf("QueryUnescape(%q) = %q, %v; net/url's %q, %v", s, gu, ok, wu, err)
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
	if g, w := view(gb.ResolveReference(gr)), netView(wb.ResolveReference(wr)); !reflect.DeepEqual(g, w) {
		t.Fatalf("ResolveReference(%q, %q):\n got %q\nwant %q", base, ref, g, w)
	}
}

func TestLikeNetURL(t *testing.T) {
	for _, s := range seeds {
		sameParse(t, s)
		sameQuery(t, s)
		for _, b := range append(bases, seeds...) {
			sameResolved(t, b, s)
		}
	}
}

// TestEveryByte holds each byte's escaping and reading in every part to
// net/url's.
func TestEveryByte(t *testing.T) {
	for c := range 256 {
		b := string(rune(c))
		if c >= 0x80 {
			b = string([]byte{byte(c)})
		}
		for _, s := range []string{"/a" + b + "z", "http://h" + b + "z/", "http://[::1%25a" + b + "]/", "http://u" + b + "@h/",
			"/p#f" + b, "?q=" + b, "http://h/%" + strings.ToUpper(string("0123456789abcdef"[c>>4])) + string("0123456789abcdef"[c&15])} {
			sameParse(t, s)
			sameQuery(t, s)
		}
		for _, s := range []string{"http://h%" + string("0123456789ABCDEF"[c>>4]) + string("0123456789ABCDEF"[c&15]) + "/",
			"http://[::1%25%" + string("0123456789ABCDEF"[c>>4]) + string("0123456789ABCDEF"[c&15]) + "]/"} {
			sameParse(t, s)
		}
	}
}

// TestLongQuery: over net/url's 10,000 parameters a query reads as none.
func TestLongQuery(t *testing.T) {
	for _, n := range []int{9999, 10000, 10001} {
		q := "a=1" + strings.Repeat("&a=1", n-1)
		sameQuery(t, q)
		sameParse(t, "https://h/?"+q)
	}
}

// TestIPv6LikeNetip holds ipv6 to net/netip's reading on random strings of
// an address's bytes.
func TestIPv6LikeNetip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range []string{"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
		"1:2:3:4:5:6:7:8::", "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:1.2.3.4", "::1.2.3.4", "::01.2.3.4", "::1.2.3.256",
		"fe80::1%en0", "fe80::1%", "12345::", "1:::2", "1::2::3", ":1", "1:", "1.2.3.4", "%1", "::1.2.3", "::1.2.3.4.5",
		"a:b:c:d:e:f:1.2.3.4", "::.1.2.3", "1:2:3:4:5:6:7:1.2.3.4"} {
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
	if want := err == nil && !a.Is4(); ipv6(s) != want {
		t.Fatalf("ipv6(%q) = %v, net/netip %v", s, !want, want)
	}
}

// FuzzLikeNetURL holds Parse, ResolveReference, the query readers and the
// escapes to net/url's.
func FuzzLikeNetURL(f *testing.F) {
	for i, s := range seeds {
		f.Add(s, bases[i%len(bases)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sameParse(t, a)
		sameParse(t, b)
		sameQuery(t, a)
		sameResolved(t, b, a)
		checkIPv6(t, a)
		sameParse(t, "http://["+a+"]/")
		sameParse(t, "http://"+a+"/")
	})
}
