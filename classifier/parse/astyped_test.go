package parse

import (
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/authtriage/authtriage/classifier/secret"
)

// TestSecretsOfAnEscapedPaste: a paste copied from a page's source
// (&quot;, &lt;) holds the credentials the same paste holds as typed, found
// where the reader reads them (a token in a JSON member written
// &quot;…&quot;), and masking the paste as pasted hides each of them, one
// written with an entity in it too.
func TestSecretsOfAnEscapedPaste(t *testing.T) {
	typed := `> POST /v1/sessions HTTP/1.1
> Host: quill.example.org
> Content-Type: application/json
>
{"client_id":"inkwell-7","client_secret":"Wq9&Lm2<Zt8pRv4kYx6s"}
< HTTP/1.1 401 Unauthorized
< Content-Type: application/json
<
{"error":"invalid_client"}
`
	values := func(text string) ([]string, []secret.Secret) {
		in, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		var vs []string
		for _, s := range in.Secrets {
			vs = append(vs, s.Value)
		}
		slices.Sort(vs)
		return vs, in.Secrets
	}
	want, _ := values(typed)
	if len(want) == 0 {
		t.Fatal("the typed paste holds no credential")
	}
	escaped := html.EscapeString(typed)
	got, ss := values(escaped)
	if !slices.Equal(got, want) {
		t.Errorf("escaped paste: credentials %q, typed %q", got, want)
	}
	masked := secret.NewMasker(ss).Text(escaped)
	for _, v := range want {
		if strings.Contains(masked, v) || strings.Contains(masked, html.EscapeString(v)) {
			t.Errorf("%q stays in the masked paste:\n%s", v, masked)
		}
	}
}
