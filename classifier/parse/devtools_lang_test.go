package parse

import "testing"

// TestDevToolsGeneralInOtherLanguages: DevTools copies its "General" lines
// in the language of the browser's UI; a German, French, Spanish, Chinese,
// Japanese or Korean copy is read as the English one: method, URL and
// status from the DevTools lines (values are invented).
func TestDevToolsGeneralInOtherLanguages(t *testing.T) {
	cases := []struct{ url, method, status string }{
		{"Anfrage-URL", "Anfragemethode", "Statuscode"},
		{"Verzoek-URL", "Verzoekmethode", "Statuscode"},
		{"URL de la requête ", "Méthode de la requête ", "Code d'état "},
		{"URL de solicitud", "Método de solicitud", "Código de estado"},
		{"URL da solicitação", "Método da solicitação", "Código de status"},
		{"URL запроса", "Метод запроса", "Код статуса"},
		{"请求网址", "请求方法", "状态代码"},
		{"リクエスト URL", "リクエスト メソッド", "ステータス コード"},
		{"요청 URL", "요청 메서드", "상태 코드"},
	}
	for _, c := range cases {
		for _, split := range []bool{false, true} {
			sep := ": "
			if split {
				sep = ":\n" // newer Chrome: the value on the next line
			}
			text := c.url + sep + "https://shop.example.org/api/cart?id=7\n" +
				c.method + sep + "POST\n" +
				c.status + sep + "403 Forbidden\n" +
				"content-type" + sep + "application/json\n" +
				"date" + sep + "Fri, 05 Dec 2026 07:01:02 GMT\n"
			in, err := Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Exchanges) != 1 {
				t.Errorf("%s (split %v): %d exchanges", c.status, split, len(in.Exchanges))
				continue
			}
			x := in.Exchanges[0]
			if x.Format != "devtools" || x.Response == nil || x.Response.Status != 403 || x.Request == nil ||
				x.Request.Method != "POST" || x.Request.URL != "https://shop.example.org/api/cart?id=7" {
				t.Errorf("%s (split %v): format %q response %+v request %+v", c.status, split, x.Format, x.Response, x.Request)
			}
			if x.Response != nil && x.Response.Fields.Get("content-type") != "application/json" {
				t.Errorf("%s (split %v): content-type not read", c.status, split)
			}
		}
	}
}
