// wget command lines; wget -S prints the response headers indented, read by
// the message reader with the indentation as the block's boundary.

package parse

import (
	"encoding/base64"
	"strings"
)

// readWget reads a wget command: URL, --header, --user/--password, --method.
func (c *command) readWget(args []string) {
	var user, pass string
	eager := false
	c.follow = true // wget follows redirects unless told not to
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(a, "=")
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
		case name == "--post-data" || name == "--post-file":
			c.method = firstNonEmpty(c.method, "POST")
		case name == "--max-redirect" && (val == "0" || !hasVal && i+1 < len(args) && args[i+1] == "0"):
			c.follow = false
		case a == "--auth-no-challenge":
			eager = true
		case a == "-S" || a == "--server-response":
			c.verbose = true
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
