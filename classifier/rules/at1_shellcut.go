package rules

import (
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
	"github.com/authtriage/authtriage/classifier/rule"
)

// signedURLParams are query parameters that carry a signed URL's credential
// (lower case): AWS SigV4 and SigV2, CloudFront, Google Cloud Storage,
// Azure SAS, and the common token parameters.
var signedURLParams = wordlist.Set{"x-amz-signature", "x-amz-credential", "x-amz-security-token",
	"signature", "awsaccesskeyid", "key-pair-id", "policy", "x-goog-signature",
	"x-goog-credential", "sig", "se", "sp", "sv", "token", "access_token",
	"auth", "key", "apikey", "api_key", "expires", "x-amz-date", "x-amz-expires"}

// cmdNotRecognized is cmd.exe's answer to each piece an unquoted "&" split
// off: "'Signature' is not recognized as an internal or external command".
const cmdNotRecognized = "' is not recognized as an internal or external command"

// AT1054: the shell cut a URL at an unquoted "&".
var AT1054 = rule.Rule{
	ID:       "AT1054",
	Name:     "url-cut-by-shell",
	Title:    "The shell cut the URL at an unquoted \"&\"",
	Doc:      "In sh, bash, zsh and cmd.exe an unquoted `&` ends a command: `curl https://h/f?a=1&Signature=…` runs `curl https://h/f?a=1` in the background (or, in cmd.exe, runs `Signature=…` as a command of its own, which prints \"is not recognized as an internal or external command\"). Everything after the first `&` never reaches the server. With a pre-signed URL (S3, CloudFront, Cloud Storage, Azure SAS) that is the signature, the key id or the expiry, so the server answers 403 (or 401) to what is, for it, an anonymous or malformed request: the refusal says nothing about the link itself.",
	Fix:      "Quote the URL: `curl \"https://h/f?a=1&Signature=…\"` (single or double quotes in a POSIX shell, double quotes in cmd.exe and PowerShell), then retry.",
	Severity: rule.Medium,
	Category: rule.CatChallenge,
	Refs:     []rule.Ref{posixShellLists},
	Run: func(p *rule.Pass) {
		x := p.Exchange
		if x.Response == nil {
			return
		}
		var lost []string
		var ev []rule.Evidence
		if q := x.Request; q != nil && len(q.ShellCut) > 0 {
			lost = q.ShellCut
			ev = append(ev, requestEvidence(x))
		} else if body := scanBody(x); strings.Contains(body, cmdNotRecognized) {
			for off, n := 0, 0; n < 16; n++ {
				i := strings.Index(body[off:], cmdNotRecognized)
				if i < 0 {
					break
				}
				i += off
				off = i + len(cmdNotRecognized)
				j := strings.LastIndexByte(body[:i], '\'')
				if j < 0 || i-j > 64 {
					continue
				}
				if len(ev) == 0 {
					ev = append(ev, bodyEvidence(x, j))
				}
				lost = append(lost, body[j+1:i])
			}
		}
		if len(lost) == 0 {
			return
		}
		signed := false
		for _, k := range lost {
			signed = signed || signedURLParams.Has(strings.ToLower(k))
		}
		msg := "the URL was written without quotes and the shell ended the command at its first \"&\": " + strings.Join(quoteAll(lost), ", ") + " never reached the server"
		if signed {
			msg += "; they carry the signed URL's credentials, so the refusal answers a request without them"
		}
		f := rule.Finding{Message: msg, Evidence: ev}
		if !signed {
			f.Severity = rule.Low
		}
		p.Report(f)
		if r := x.Response; signed && (r.Status == 401 || r.Status == 403 || r.Status == 0) {
			p.Signal(rule.Signal{Class: rule.Authentication, Sign: rule.SignShellCut,
				Reason: "the shell cut the signed URL before " + prQ(lost[0]) + ": the server got the request without its signature", Evidence: &ev[0]})
		}
	},
}

func quoteAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, prQ(s))
	}
	return out
}
