// wget command lines; wget -S prints the response headers indented, read by
// the message reader with the indentation as the block's boundary.

package parse

import (
	"encoding/base64"
	"strings"

	"github.com/authtriage/authtriage/classifier/internal/wordlist"
)

// wgetArgOpts are wget's options that take their argument as the next word.
var wgetArgOpts = map[string]bool{"-O": true, "-o": true, "-a": true, "-P": true, "-U": true, "-t": true, "-T": true, "-w": true,
	"-e": true, "-i": true, "-B": true, "-l": true, "-A": true, "-R": true, "-D": true, "-I": true, "-X": true, "-Q": true,
	"--output-document": true, "--output-file": true, "--append-output": true, "--directory-prefix": true, "--user-agent": true,
	"--tries": true, "--timeout": true, "--wait": true, "--execute": true, "--input-file": true, "--base": true, "--level": true,
	"--user": true, "--http-user": true, "--password": true, "--http-password": true, "--method": true, "--ca-certificate": true,
	"--certificate": true, "--private-key": true, "--load-cookies": true, "--save-cookies": true, "--referer": true}

// wgetLongArgOpts are the long options of wget whose argument, when not
// written after "=", is the next word: readWget reads them as if it were.
var wgetLongArgOpts = wordlist.Set{"--header", "--user", "--http-user", "--password", "--http-password", "--method",
	"--user-agent", "--post-data", "--post-file", "--body-data", "--body-file", "--load-cookies", "--config", "--execute"}

// readWget reads a wget command: URL, --header, --user/--password, --method.
func (c *command) readWget(args []string) {
	var user, pass string
	eager := false
	c.follow = true // wget follows redirects unless told not to
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(a, "=")
		if !hasVal && wgetLongArgOpts.Has(a) && i+1 < len(args) {
			// the long option's argument as the next word ("--post-data
			// 'name=ana&pass=pw'", "--user ana"), not the URL
			i++
			val, hasVal = args[i], true
		}
		switch {
		case name == "--header" || a == "--header":
			if !hasVal && i+1 < len(args) {
				i++
				val = args[i]
			}
			if n, v, ok := strings.Cut(val, ":"); ok {
				c.add(Field{Name: strings.TrimSpace(n), Value: strings.TrimSpace(v)})
			}
		case name == "--user" || name == "--http-user":
			user = val
		case name == "--password" || name == "--http-password":
			pass = val
		case name == "--method":
			c.method = strings.ToUpper(val)
		case name == "--user-agent" && hasVal:
			c.add(Field{Name: "User-Agent", Value: val})
		case name == "--post-data" || name == "--post-file":
			c.method = firstNonEmpty(c.method, "POST")
			if name == "--post-data" && len(val) < 1<<16 {
				c.data = val
			}
		case name == "--body-data" && len(val) < 1<<16:
			c.data = val // sent with --method's method
		case name == "--max-redirect" && (val == "0" || !hasVal && i+1 < len(args) && args[i+1] == "0"):
			c.follow = false
		case a == "--auth-no-challenge":
			eager = true
		case a == "-S" || a == "--server-response":
			c.verbose = true
		case name == "--load-cookies" || name == "--config":
			c.hidden = true // a cookie file or another wgetrc: credentials the command line does not show
			if !hasVal && i+1 < len(args) {
				i++
			}
		case name == "--execute" || a == "-e" || strings.HasPrefix(a, "-e") && len(a) > 2:
			cmd := val
			switch {
			case strings.HasPrefix(a, "-e") && a != "-e":
				cmd = a[2:]
			case !hasVal && i+1 < len(args):
				i++
				cmd = args[i]
			}
			if wgetrcCredential(cmd) {
				c.hidden = true
			}
		case wgetArgOpts[a] && i+1 < len(args):
			i++ // an option's own argument ("-O file.tar", "-U agent"), not the URL
			if a == "--user" || a == "--http-user" {
				user = args[i]
			} else if a == "--password" || a == "--http-password" {
				pass = args[i]
			} else if a == "--method" {
				c.method = strings.ToUpper(args[i])
			} else if a == "-U" || a == "--user-agent" {
				c.add(Field{Name: "User-Agent", Value: args[i]})
			}
		case strings.HasPrefix(a, "-"):
		case c.url == "":
			c.url = a
		}
	}
	c.method = firstNonEmpty(c.method, "GET")
	if c.url != "" && !strings.Contains(c.url, "://") {
		c.url = "http://" + c.url
	}
	c.auth = user != ""
	if user != "" && !Fields(c.fields).Has("Authorization") {
		f := Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))}
		if eager {
			c.add(f)
		} else {
			c.late = &f
		}
	}
}

// wgetrcCredential reports whether cmd, a wgetrc command given with -e,
// can make wget send a credential the command line does not otherwise
// show (header = Authorization: …, http_user = …, load_cookies = …).
func wgetrcCredential(cmd string) bool {
	k, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(cmd)), "=")
	k = strings.NewReplacer("_", "", "-", "", " ", "").Replace(k)
	switch k {
	case "header", "httpuser", "httppassword", "user", "password", "loadcookies", "netrc", "authnochallenge":
		return true
	}
	return false
}
