package parse

import "testing"

// TestAria2AuthorizationFailed: aria2 reports a 401 it could not answer
// with credentials as "errorCode=24 Authorization failed.", no number: the
// error implies the status (its "errorCode=22 … status=403" states one).
// Every value is invented.
func TestAria2AuthorizationFailed(t *testing.T) {
	paste := `$ aria2c --http-user=reader "https://mirror.tallowmead.example/pub/set-4.tar"

11/02 09:14:05 [ERROR] CUID#7 - Download aborted. URI=https://mirror.tallowmead.example/pub/set-4.tar
Exception: [AbstractCommand.cc:351] errorCode=24 URI=https://mirror.tallowmead.example/pub/set-4.tar
  -> [HttpSkipResponseCommand.cc:215] errorCode=24 Authorization failed.
`
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range in.Exchanges {
		if x.Response == nil || x.Response.Status == 0 {
			continue
		}
		n++
		if x.Response.Status != 401 || x.Response.StatusConf != StatusImplied {
			t.Errorf("status %d (%v), want 401 implied", x.Response.Status, x.Response.StatusConf)
		}
	}
	if n != 1 {
		t.Errorf("%d responses with a status, want 1", n)
	}
}

// TestSentenceQuotesLineEnd: a sentence that quotes, in a code span, the end
// of the error line the block under it prints (the logger's prefix left
// out) speaks of that line's response: one response, read where the block
// shows it. Every value is invented.
func TestSentenceQuotesLineEnd(t *testing.T) {
	wantStatuses(t, "quoted line end: ", "Every nightly sync stops with `upload rejected: 403 Forbidden from the bucket` and nothing else.\n\n"+
		"```\n$ syncer push --bucket nightly\n==> sync.push failed: upload rejected: 403 Forbidden from the bucket.\n```\n", 403)
	wantStatuses(t, "aria2: ", "I passed the url to aria2 with the cookie file. However, I am getting `errorCode=24 Authorization failed`.  How do I fix this?\n\n```\n"+
		"$ aria2c --load-cookies=jar.txt \"https://files.brackenlow.example/a.iso\"\n\n"+
		"Exception: [AbstractCommand.cc:351] errorCode=24 URI=https://files.brackenlow.example/a.iso\n"+
		"  -> [HttpSkipResponseCommand.cc:215] errorCode=24 Authorization failed.\n```\n", 401)
}
