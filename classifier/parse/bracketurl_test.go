package parse

import "testing"

// TestURLInsideBrackets: a URL a client's error prints inside square
// brackets ends at the bracket that closes around it, as one in
// parentheses does: Feign's "[403 Forbidden] during [GET] to [https://…]"
// and a Spring log's "[… nested exception is … from GET http://…]" name
// the URL without the "]"; a bracket the URL opens itself (an IPv6 host,
// a query's "filter[id]") stays in it. Every value is invented.
func TestURLInsideBrackets(t *testing.T) {
	for _, c := range []struct{ what, text, method, url string }{
		{"Feign", "feign.FeignException$Forbidden: [403 Forbidden] during [DELETE] to [https://ledger.example.net/v1/entries/5521] [LedgerClient#remove(Long)]: [{\"error\":\"forbidden\"}]\n",
			"DELETE", "https://ledger.example.net/v1/entries/5521"},
		{"a bracketed log message", "12:01:09.114 ERROR [exec-7] dispatcherServlet : Servlet.service() threw exception [Request processing failed; nested exception is WebClientResponseException$Unauthorized: 401 Unauthorized from PUT http://inventory:7300/stock/items]\n",
			"PUT", "http://inventory:7300/stock/items"},
		{"a query's own brackets", "GET https://shop.example.io/api/products?filter[brand]=acme 401 Unauthorized\n",
			"GET", "https://shop.example.io/api/products?filter[brand]=acme"},
		{"an IPv6 host", "POST http://[fd00::17]:9090/api/login 401 Unauthorized\n",
			"POST", "http://[fd00::17]:9090/api/login"},
	} {
		in, err := Parse(c.text)
		if err != nil || len(in.Exchanges) != 1 || in.Exchanges[0].Request == nil {
			t.Errorf("%s: no request read (%v)", c.what, err)
			continue
		}
		r := in.Exchanges[0].Request
		if r.Method != c.method || r.URL != c.url {
			t.Errorf("%s: read %s %q, want %s %q", c.what, r.Method, r.URL, c.method, c.url)
		}
	}
}
