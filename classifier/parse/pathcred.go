package parse

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/ascii"
)

// inURLPath ends the phrase for a credential carried in a URL's path.
const inURLPath = " in the URL path"

// pathSecrets are the APIs whose URL path itself carries the caller's
// secret, each with the host (or its last labels), the path prefix the
// secret follows, how many path segments after the prefix end with the
// secret, and the phrase for it: Telegram's Bot API
// (/bot<token>/sendMessage), Slack's incoming webhooks
// (/services/T…/B…/<secret>), Discord's webhooks (/api/webhooks/<id>/<token>)
// and Microsoft Teams' (/webhookb2/…).
var pathSecrets = []struct {
	host, prefix string
	segs         int
	what         string
}{
	{"api.telegram.org", "/bot", 1, "the bot token"},
	{"hooks.slack.com", "/services/", 3, "the webhook secret"},
	{"discord.com", "/api/webhooks/", 2, "the webhook token"},
	{"discordapp.com", "/api/webhooks/", 2, "the webhook token"},
	{"webhook.office.com", "/webhookb2/", 1, "the webhook secret"},
	{"outlook.office.com", "/webhook/", 1, "the webhook secret"},
}

// pathCredential reports whether a URL (absolute, or a path with the host
// given apart) carries its caller's secret in its path, as the APIs of
// pathSecrets do, and returns the phrase for it and the secret's segment
// as the paste shows it ("...", "<token>" or the value). A path that
// stops before the secret, or holds a language's empty value in its place
// (Python's None, JavaScript's undefined), carries none.
func pathCredential(host, u string) (string, string, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		rest := u[i+3:]
		j := strings.IndexAny(rest, "/?#")
		if j < 0 {
			return "", "", false
		}
		host, u = rest[:j], rest[j:]
	}
	host = ascii.Lower(host)
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:]
	}
	if k := strings.IndexByte(host, ':'); k >= 0 {
		host = host[:k]
	}
	if k := strings.IndexAny(u, "?#"); k >= 0 {
		u = u[:k]
	}
	for _, p := range pathSecrets {
		if host != p.host && !strings.HasSuffix(host, "."+p.host) || !strings.HasPrefix(u, p.prefix) {
			continue
		}
		segs := strings.Split(u[len(p.prefix):], "/")
		if len(segs) < p.segs || segs[p.segs-1] == "" || noValue(segs[p.segs-1]) {
			// a language's empty value formatted into the path ("/botNone/",
			// "/services/undefined"): the client had no secret to send
			return "", "", false
		}
		return p.what + inURLPath, segs[p.segs-1], true
	}
	return "", "", false
}
