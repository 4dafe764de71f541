package classifier

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Overview leaves the exchanges out and counts them; Page filters by class,
// severity and text, pages from an offset, and never hands out more than
// MaxPage.
func TestOverviewAndPage(t *testing.T) {
	text := strings.Repeat("GET /a HTTP/1.1\nHost: example.com\n\nHTTP/1.1 401 Unauthorized\n\nGET /b HTTP/1.1\nHost: example.com\nAuthorization: Bearer abc.def\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nno\n\n", 150)
	rep, err := Analyze(text, Options{KeepAtMost: 250})
	if err != nil {
		t.Fatal(err)
	}
	ov := rep.Overview(250)
	if ov.ExchangeCount != 250 || ov.Omitted != 50 || ov.KeepInFull != 250 || ov.SecretCount != len(rep.Secrets) || len(ov.Secrets) > MaxSecretsListed {
		t.Errorf("overview: %d kept, %d omitted, keep %d, %d of %d secrets", ov.ExchangeCount, ov.Omitted, ov.KeepInFull, len(ov.Secrets), ov.SecretCount)
	}
	pg := rep.Page(PageQuery{Offset: 10, Limit: 5, Classes: []string{"authorization"}})
	if pg.Total != 125 || len(pg.Items) != 5 || pg.Items[0].Index != 21 || pg.Items[0].Verdict.Class != "authorization" {
		t.Errorf("page: total %d, %d items from index %d", pg.Total, len(pg.Items), pg.Items[0].Index)
	}
	if pg := rep.Page(PageQuery{Limit: 100000}); len(pg.Items) != MaxPage || pg.Total != 250 {
		t.Errorf("a huge limit: %d items of %d", len(pg.Items), pg.Total)
	}
	if pg := rep.Page(PageQuery{Limit: 10, Text: "  FORBIDDEN "}); pg.Total != 125 {
		t.Errorf("text filter: %d, want the 125 403s", pg.Total)
	}
	if pg := rep.Page(PageQuery{Limit: 10, Severities: []string{"critical"}}); pg.Total != 0 || pg.Items == nil {
		t.Errorf("no match: total %d, items %v (want 0 and an empty list)", pg.Total, pg.Items)
	}
	if pg := rep.Page(PageQuery{Offset: -3, Limit: -1}); pg.Total != 250 || len(pg.Items) != 0 {
		t.Errorf("negative offset and limit: total %d, %d items", pg.Total, len(pg.Items))
	}
}

// A credential written in several places is one credential: the overview
// counts the places and the distinct values, and ties each listed place to
// the first place of its value, so the page can say "1 credential, in 3
// places" instead of "3 credentials".
func TestOverviewCountsDistinctValues(t *testing.T) {
	text := "GET /v1/items HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer q7Lr2xWm9TzK4vBn8sHd\n\nHTTP/1.1 401 Unauthorized\n\n" +
		"GET /v1/items HTTP/1.1\nHost: api.example.com\nCookie: sid=Pz81mQw7Xc3vRt6Ylk\n\nHTTP/1.1 401 Unauthorized\n\n" +
		"GET /v1/other HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer q7Lr2xWm9TzK4vBn8sHd\n\nHTTP/1.1 403 Forbidden\n\n"
	rep, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ov := rep.Overview(0)
	if ov.SecretCount != 3 || ov.SecretValues != 2 || len(ov.SecretSame) != len(ov.Secrets) {
		t.Fatalf("%d places, %d values, same %v (want 3 places, 2 values, one index per listed place)", ov.SecretCount, ov.SecretValues, ov.SecretSame)
	}
	if want := []int{0, 1, 0}; !slices.Equal(ov.SecretSame, want) {
		t.Errorf("same %v, want %v (the third place repeats the first's token)", ov.SecretSame, want)
	}
	// Past the listing's cap the values are still counted.
	var b strings.Builder
	for i := range MaxSecretsListed + 50 {
		fmt.Fprintf(&b, "GET /r/%d HTTP/1.1\nAuthorization: Bearer shared7TokenValue42xyz\nX-Api-Key: key%06dQmZr8vT\n\nHTTP/1.1 403 Forbidden\n\n", i, i)
	}
	rep, err = Analyze(b.String(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ov = rep.Overview(0)
	if len(ov.Secrets) != MaxSecretsListed || len(ov.SecretSame) != MaxSecretsListed || ov.SecretValues != MaxSecretsListed+51 {
		t.Errorf("listed %d (same %d), %d values of %d places; want %d listed and %d values", len(ov.Secrets), len(ov.SecretSame), ov.SecretValues, ov.SecretCount, MaxSecretsListed, MaxSecretsListed+51)
	}
}
