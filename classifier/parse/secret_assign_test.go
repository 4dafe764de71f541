package parse

import "testing"

// TestSecretOfTheNextCommand: a key on the curl command between two
// exchanges belongs to the exchange its -v output shows, which sends it,
// not to the exchange before; a secret between two exchanges that the next
// request does not carry stays with the one before.
func TestSecretOfTheNextCommand(t *testing.T) {
	const key = "Zx4Pq9Wm2Rt7Lk5V"
	paste := "```\n2025-06-02T14:21:09Z ERROR poll failed: request returned 401 Unauthorized\n```\n\n" +
		"The old link https://api.example.net/v2/feeds?token=8Hs3Kd9Qw2Lm6Np4Rt7V worked; now:\n\n" +
		"```\n$ curl -v https://api.example.net/v2/feeds -H \"X-Api-Key: " + key + "\"\n> GET /v2/feeds HTTP/1.1\n> Host: api.example.net\n> X-Api-Key: " + key + "\n>\n< HTTP/1.1 401 Unauthorized\n<\n```\n"
	in, err := Parse(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want 2", len(in.Exchanges))
	}
	if len(in.Secrets) < 3 {
		t.Fatalf("%d secrets, want the old key and the key twice: %+v", len(in.Secrets), in.Secrets)
	}
	for _, s := range in.Secrets {
		want := 1
		if s.Value != key {
			want = 0
		}
		if s.Exchange != want {
			t.Errorf("%s on line %d given to exchange %d, want %d", s.Label, s.Line, s.Exchange, want)
		}
	}
}
