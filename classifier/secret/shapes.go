package secret

import (
	"strings"
)

// shape is a well-known token format: a fixed prefix, then a run of
// characters from a set, at least min long (prefix included).
type shape struct {
	prefix string
	chars  string // "a" alnum, "b" base64url (alnum - _), "x" lower hex, "A" upper alnum, "B" base64 (alnum + / =)
	min    int
	kind   Kind
	label  string
}

var shapes = []shape{
	{"github_pat_", "b", 40, Token, "GitHub fine-grained token"},
	{"ghp_", "a", 40, Token, "GitHub token"},
	{"gho_", "a", 40, Token, "GitHub OAuth token"},
	{"ghu_", "a", 40, Token, "GitHub user-to-server token"},
	{"ghs_", "a", 40, Token, "GitHub server-to-server token"},
	{"ghr_", "a", 40, Token, "GitHub refresh token"},
	{"glpat-", "b", 26, Token, "GitLab token"},
	{"gldt-", "b", 25, Token, "GitLab deploy token"},
	{"glrt-", "b", 25, Token, "GitLab runner token"},
	{"xoxb-", "b", 20, Token, "Slack bot token"},
	{"xoxp-", "b", 20, Token, "Slack user token"},
	{"xoxa-", "b", 20, Token, "Slack token"},
	{"xoxo-", "b", 20, Token, "Slack token"},
	{"xoxs-", "b", 20, Token, "Slack token"},
	{"xoxr-", "b", 20, Token, "Slack refresh token"},
	{"xoxe.", "b", 20, Token, "Slack token"},
	{"xapp-", "b", 20, Token, "Slack app token"},
	{"AKIA", "A", 20, APIKey, "AWS access key ID"},
	{"ASIA", "A", 20, APIKey, "AWS temporary access key ID"},
	{"AIza", "b", 39, APIKey, "Google API key"},
	{"ya29.", "b", 30, Token, "Google OAuth access token"},
	{"GOCSPX-", "b", 30, Token, "Google OAuth client secret"},
	{"sk_live_", "a", 20, APIKey, "Stripe secret key"},
	{"sk_test_", "a", 20, APIKey, "Stripe test secret key"},
	{"rk_live_", "a", 20, APIKey, "Stripe restricted key"},
	{"rk_test_", "a", 20, APIKey, "Stripe test restricted key"},
	{"whsec_", "a", 30, APIKey, "Stripe webhook secret"},
	{"npm_", "a", 40, Token, "npm token"},
	{"pypi-", "b", 60, Token, "PyPI token"},
	{"sk-ant-", "b", 40, APIKey, "Anthropic API key"},
	{"sk-proj-", "b", 40, APIKey, "OpenAI API key"},
	{"sk-", "a", 40, APIKey, "API secret key"},
	{"hvs.", "b", 28, Token, "Vault token"},
	{"hvb.", "b", 28, Token, "Vault batch token"},
	{"dop_v1_", "x", 71, Token, "DigitalOcean token"},
	{"dckr_pat_", "b", 30, Token, "Docker Hub token"},
	{"hf_", "a", 37, Token, "Hugging Face token"},
	{"shpat_", "a", 38, Token, "Shopify access token"},
	{"shpss_", "a", 38, Token, "Shopify shared secret"},
	{"SG.", "b", 60, APIKey, "SendGrid API key"},
	{"key-", "a", 36, APIKey, "Mailgun API key"},
	{"ATATT3", "B", 60, Token, "Atlassian API token"},
	{"glsa_", "b", 40, Token, "Grafana service account token"},
	{"lin_api_", "a", 40, APIKey, "Linear API key"},
	{"figd_", "b", 40, Token, "Figma token"},
	{"pat-", "b", 36, Token, "personal access token"},
	{"EAACEdEose0cBA", "a", 30, Token, "Facebook access token"},
	{"PMAK-", "b", 59, APIKey, "Postman API key"},
	{"NRAK-", "A", 32, APIKey, "New Relic user key"},
	{"dapi", "x", 36, Token, "Databricks token"},
	{"dp.st.", "b", 40, Token, "Doppler service token"},
	{"dp.pt.", "b", 40, Token, "Doppler personal token"},
	{"dp.sa.", "b", 40, Token, "Doppler service account token"},
	{"dp.ct.", "b", 40, Token, "Doppler CLI token"},
	{"pul-", "x", 44, Token, "Pulumi token"},
	{"SK", "x", 34, APIKey, "Twilio API key"},
}

// shapeStart marks the bytes a shape, a JWT or a Slack webhook starts with.
var shapeStart = func() (t [256]bool) {
	for _, sh := range shapes {
		t[sh.prefix[0]] = true
	}
	t['e'], t['h'] = true, true
	return t
}()

// shapeSecond marks, by a start byte, the bytes that can follow it in a
// shape's prefix, "eyJ" or "hooks.slack.com/services/": a bit set of 256
// bits per start byte.
var shapeSecond = func() (t [256][4]uint64) {
	add := func(p string) { t[p[0]][p[1]>>6] |= 1 << (p[1] & 63) }
	for _, sh := range shapes {
		add(sh.prefix)
	}
	add("eyJ")
	add("hooks.slack.com/services/")
	return t
}()

// wordByte marks ASCII letters, digits and '_': a shape starts after none.
var wordByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlnum(byte(c)) || c == '_'
	}
	return t
}()

// shapesBy lists the shapes by the first byte of their prefix, in table order.
var shapesBy = func() (t [256][]int) {
	for k, sh := range shapes {
		t[sh.prefix[0]] = append(t[sh.prefix[0]], k)
	}
	return t
}()

func inSet(c byte, set string) bool {
	switch set {
	case "a":
		return isAlnum(c)
	case "b":
		return isAlnum(c) || c == '-' || c == '_' || c == '.'
	case "x":
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
	case "A":
		return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	case "B":
		return isAlnum(c) || c == '+' || c == '/' || c == '=' || c == '-' || c == '_'
	}
	return false
}

// lineByte marks the bytes the line pass acts on: those flagAt looks at,
// and those a shape starts with.
var lineByte = func() (t [256]uint8) {
	for c := range t {
		if flagByte[c] {
			t[c] |= actFlag
		}
		if shapeStart[c] {
			t[c] |= actShape
		}
	}
	return t
}()

const (
	actFlag = 1 << iota
	actShape
)

// shapes finds well-known token shapes and JWTs in a line, and returns the
// line's flags (flagsIn of the whole line) found in the same pass.
func (s *scanner) shapes(l string, from, base, line int) int {
	f := 0
	awsKey := false
	var runs [5][2]int // the last run of each character set: start, end
	for i := from; i < len(l); i++ {
		c := l[i]
		a := lineByte[c]
		if a == 0 {
			continue // first: most bytes start no shape and set no flag
		}
		if a&actFlag != 0 {
			f |= flagAt(l, i)
		}
		if a&actShape == 0 || i+1 >= len(l) { // every prefix has two bytes or more
			continue
		}
		if i > 0 && wordByte[l[i-1]] {
			continue
		}
		if d := l[i+1]; shapeSecond[c][d>>6]&(1<<(d&63)) == 0 {
			continue // no prefix starts with these two bytes
		}
		if c == 'e' && strings.HasPrefix(l[i:], "eyJ") {
			e, ok := jwtEnd(l, i)
			if ok {
				s.add(JWT, "JWT", base+i, base+e, line)
			} else if s.cutLine {
				// one a hard wrap cut at the end of the line (or base64 of
				// JSON, which opens alike): its start here, the rest below
				if b := base64End(l, i); b == len(l) {
					if b-i >= 8 {
						s.add(JWT, "JWT", base+i, base+b, line)
					} else {
						s.cutStart = JWT
					}
				}
			}
			// past the run either way: each byte is scanned once
			f |= flagsIn(l, i+1, e)
			i = e - 1
			continue
		}
		if c == 'h' && strings.HasPrefix(l[i:], "hooks.slack.com/services/") {
			ps := i + len("hooks.slack.com/services/")
			e := ps
			for e < len(l) && (isAlnum(l[e]) || l[e] == '/') {
				e++
			}
			if e-ps >= 20 {
				s.add(Token, "Slack webhook URL", base+ps, base+e, line)
			}
			f |= flagsIn(l, i+1, e)
			i = e - 1
			continue
		}
		for _, k := range shapesBy[c] {
			sh := shapes[k]
			if !strings.HasPrefix(l[i:], sh.prefix) {
				continue
			}
			e := runEnd(l, i+len(sh.prefix), sh.chars, &runs)
			if e-i < sh.min && (e == len(l) || spaces(l[e:])) && (s.cutLine || s.continuesBelow(base+len(l), sh.chars, sh.min-(e-i))) {
				// a token a hard wrap cut at the end of the line: its start
				// here, the rest on the next line
				s.cutJoined = !s.cutLine
				if e-i-len(sh.prefix) >= 8 {
					s.add(sh.kind, sh.label, base+i, base+e, line)
				} else {
					s.cutStart = sh.kind
				}
				break
			}
			if e-i < sh.min || e-i > maxShape || e < len(l) && (isAlnum(l[e]) || l[e] == '_') {
				continue
			}
			for e > i && l[e-1] == '.' {
				e--
			}
			if sh.prefix == "AKIA" || sh.prefix == "ASIA" || sh.prefix == "SK" {
				if e-i != 20 && sh.prefix != "SK" || sh.prefix == "SK" && e-i != 34 {
					continue
				}
				if sh.prefix == "SK" {
					s.add(sh.kind, sh.label, base+i, base+e, line)
					f |= flagsIn(l, i+1, e)
					i = e - 1
					break
				}
				if e-i != 20 {
					continue
				}
				awsKey = true
			}
			s.add(sh.kind, sh.label, base+i, base+e, line)
			f |= flagsIn(l, i+1, e)
			i = e - 1
			break
		}
	}
	if awsKey {
		// The secret access key next to an access key ID: 40 base64 characters.
		for _, w := range words(l) {
			t := strings.Trim(w.text, `",;:'`)
			if len(t) != 40 {
				continue
			}
			ok, mixed := true, 0
			for j := 0; j < len(t); j++ {
				if !(isAlnum(t[j]) || t[j] == '/' || t[j] == '+') {
					ok = false
					break
				}
				if t[j] >= 'a' && t[j] <= 'z' {
					mixed |= 1
				} else if t[j] >= 'A' && t[j] <= 'Z' {
					mixed |= 2
				}
			}
			if ok && mixed == 3 {
				st := w.start + strings.Index(w.text, t)
				s.add(APIKey, "AWS secret access key", base+st, base+st+40, line)
			}
		}
	}
	return f
}

// runEnd returns where the run of characters of set starting at from ends,
// remembering it: a later start inside the same run ends at the same place,
// so each byte is scanned once per set.
func runEnd(l string, from int, set string, runs *[5][2]int) int {
	k := strings.Index("abxAB", set)
	if r := runs[k]; r[0] <= from && from < r[1] {
		return r[1]
	}
	e := from
	for e < len(l) && inSet(l[e], set) {
		e++
	}
	runs[k] = [2]int{from, e}
	return e
}

// continuesBelow reports whether the line after the one ending at
// text[end] goes on with a run of the token characters set, with no
// indentation, of need characters or more: a token cut short of its shape's
// length at a line's end, whose rest opens the next line, was cut by a hard
// wrap even where the paste's widths do not show one (a copy that joins a
// terminal's wrapped command with unwrapped output).
func (s *scanner) continuesBelow(end int, set string, need int) bool {
	n := end
	if n < len(s.text) && s.text[n] == '\r' {
		n++
	}
	if n >= len(s.text) || s.text[n] != '\n' {
		return false
	}
	n++
	e := n
	for e < len(s.text) && e-n < maxShape && inSet(s.text[e], set) {
		e++
	}
	return e-n >= need && e-n >= 8
}

// spaces reports whether t is only blanks: a console's padding or
// Markdown's two spaces at a line's end, after a token a wrap cut.
func spaces(t string) bool { return strings.TrimRight(t, " \t") == "" }

// maxShape is the longest well-known token looked for; a longer run of
// its characters is not one (and bounds the work at each position).
const maxShape = 512

// jwtEnd returns the end of a JWT (or JWE) starting at i and true, or the
// end of the run of token characters there and false.
func jwtEnd(l string, i int) (int, bool) {
	e := i
	dots := 0
	for e < len(l) && (isAlnum(l[e]) || l[e] == '-' || l[e] == '_' || l[e] == '.') {
		if l[e] == '.' {
			dots++
		}
		e++
	}
	for e > i && l[e-1] == '.' && dots > 2 {
		e--
		dots--
	}
	if dots < 2 || e-i < 20 {
		return max(e, i+1), false
	}
	parts := strings.SplitN(l[i:e], ".", 3)
	if len(parts[0]) < 8 || len(parts[1]) < 4 {
		return e, false
	}
	if e+1 < len(l) && l[e] == '.' || strings.HasPrefix(l[e:], "…") {
		return e, false // shortened by hand: "eyJhbGciOi..."
	}
	return e, true
}

// base64End is where the run of base64 characters (either alphabet, and
// the dots between a JWT's parts) starting at l[i] ends.
func base64End(l string, i int) int {
	for i < len(l) && (isAlnum(l[i]) || strings.IndexByte("-_.+/=", l[i]) >= 0) {
		i++
	}
	return i
}

// publicPrefix returns the well-known, non-secret prefix of v, if any.
func publicPrefix(v string) string {
	if strings.HasPrefix(v, "eyJ") {
		return "eyJ"
	}
	if v == "" {
		return ""
	}
	for _, k := range shapesBy[v[0]] { // the first in table order, as a walk of the table finds
		if sh := shapes[k]; strings.HasPrefix(v, sh.prefix) {
			return sh.prefix
		}
	}
	return ""
}

// shortOfShape reports whether v opens with a known token's prefix but is
// shorter than every token of that shape, with only a few characters after
// the prefix: a token shortened by hand or printed cut by the tool
// ("ghp_1a2b" in a log), which no longer works, or one masked by hand
// inside ("AIzaSyBxxxxxxxxxxxxxxxxxxxr7kpq0xxXT4"). A longer value is not
// taken for a stand-in: it may be a real secret of another format that
// opens alike, or the user's whole token written by hand, and every
// credential the paste shows is masked.
func shortOfShape(v string) bool {
	if v == "" {
		return false
	}
	for _, k := range shapesBy[v[0]] {
		// (not the prefixes of two letters or of a word, which begin
		// passwords and names as often: "SK…", "dapi…")
		if sh := shapes[k]; strings.HasPrefix(v, sh.prefix) && len(v) < sh.min && (len(v)-len(sh.prefix) < maxCutTail || maskedRun(v)) && len(sh.prefix) > 2 && sh.prefix != "dapi" {
			return true
		}
	}
	return false
}

// maxCutTail bounds the characters a cut token keeps after its prefix for
// shortOfShape: tools that print a token's start keep four to eight.
const maxCutTail = 12

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// GitHubChecksum returns the 6-character checksum GitHub appends to the 30
// random characters of its ghp_/gho_/ghu_/ghs_/ghr_ tokens: the CRC-32 of
// those characters in base 62, left-padded with zeros.
func GitHubChecksum(random string) string {
	n := crc32IEEE(random)
	var b [6]byte
	for i := 5; i >= 0; i-- {
		b[i] = base62[n%62]
		n /= 62
	}
	return string(b[:])
}

// crc32IEEE is hash/crc32's ChecksumIEEE, bit by bit: the token's 30
// characters do not need the package's tables (TestCRC32MatchesHashCRC32).
func crc32IEEE(s string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(s); i++ {
		c ^= uint32(s[i])
		for k := 0; k < 8; k++ {
			c = c>>1 ^ 0xedb88320&-(c&1)
		}
	}
	return ^c
}

// checksum checks the checksum of a shape that carries one: "valid",
// "invalid", or "" when the shape has none.
func checksum(v string) string {
	if len(v) != 40 || v[3] != '_' || v[0] != 'g' || v[1] != 'h' || !strings.ContainsRune("pousr", rune(v[2])) {
		return ""
	}
	if GitHubChecksum(v[4:34]) == v[34:] {
		return "valid"
	}
	return "invalid"
}
