package parse

import "testing"

// TestNginxErrorLogUnderAccessLine: nginx's error log record about the
// request its access log line shows, in the same second, is the error
// behind that response, not another one; a record about another request
// stays apart (values are invented).
func TestNginxErrorLogUnderAccessLine(t *testing.T) {
	text := "access.log:\n\n" +
		"192.0.2.31 - - [02/Mar/2024:10:14:07 +0100] \"POST /dav/files/report.ods HTTP/2.0\" 500 541 \"-\" \"Mozilla/5.0\"\n\n" +
		"error.log:\n\n" +
		"2024/03/02 10:14:07 [error] 918#918: *33 auth request unexpected status: 304 while sending to client, client: 192.0.2.31, server: files.example.org, request: \"POST /dav/files/report.ods HTTP/2.0\", host: \"files.example.org\"\n"
	wantStatuses(t, "", text, 500)
}
