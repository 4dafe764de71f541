package report

import (
	"net/url"
	"testing"
)

// The own escapes agree with net/url on every byte and on the
// shapes ArtifactURI and RuleURL give them.
func TestEscapesMatchNetURL(t *testing.T) {
	var inputs []string
	for c := 0; c < 256; c++ {
		b := string([]byte{byte(c)})
		inputs = append(inputs, b, "a"+b+"z", "/x/"+b, b+":y/z")
	}
	inputs = append(inputs, "", "*", "/", "AT1001", "x/y z.har", "/tmp/a#b.txt", "c:d.txt", "a/b:c", "/ü/日本.har",
		"%zz", "%41", "a?b#c", "//host/p", "\x00\x7f\xff", "./a:b")
	for _, in := range inputs {
		if got, want := pathSegmentEscape(in), url.PathEscape(in); got != want {
			t.Errorf("pathSegmentEscape(%q) = %q, url.PathEscape: %q", in, got, want)
		}
		if got, want := pathURI("", in), (&url.URL{Path: in}).String(); got != want {
			t.Errorf("pathURI(%q) = %q, net/url: %q", in, got, want)
		}
		if in != "" && in[0] == '/' {
			if got, want := pathURI("file", in), (&url.URL{Scheme: "file", Path: in}).String(); got != want {
				t.Errorf("pathURI(file, %q) = %q, net/url: %q", in, got, want)
			}
		}
	}
}

func FuzzEscapesMatchNetURL(f *testing.F) {
	f.Add("x/y z.har")
	f.Add("/tmp/a#b.txt")
	f.Add("c:d.txt")
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := pathSegmentEscape(in), url.PathEscape(in); got != want {
			t.Errorf("pathSegmentEscape(%q) = %q, url.PathEscape: %q", in, got, want)
		}
		if got, want := pathURI("", in), (&url.URL{Path: in}).String(); got != want {
			t.Errorf("pathURI(%q) = %q, net/url: %q", in, got, want)
		}
		if got, want := pathURI("file", "/"+in), (&url.URL{Scheme: "file", Path: "/" + in}).String(); got != want {
			t.Errorf("pathURI(file, /%q) = %q, net/url: %q", in, got, want)
		}
	})
}
