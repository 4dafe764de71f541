// HTTPie (http, https, xh) command lines; their output is read as raw messages.

package parse

import (
	"encoding/base64"
	"strings"
)

// readHTTPie reads "http [flags] [METHOD] URL [items]".
func (c *command) readHTTPie(args []string) {
	var auth, authType string
	data := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-a" || a == "--auth":
			if i+1 < len(args) {
				i++
				auth = args[i]
			}
		case strings.HasPrefix(a, "--auth="):
			auth = a[len("--auth="):]
		case a == "-A" || a == "--auth-type":
			if i+1 < len(args) {
				i++
				authType = args[i]
			}
		case strings.HasPrefix(a, "--auth-type="):
			authType = a[len("--auth-type="):]
		case a == "-v" || a == "--verbose":
			c.verbose = true
		case a == "--follow" || a == "-F":
			c.follow = true
		case strings.HasPrefix(a, "-"):
		case c.method == "" && c.url == "" && methods.Has(a):
			c.method = a
		case c.url == "":
			c.url = a
		default:
			switch k := strings.IndexAny(a, ":=@"); {
			case k <= 0:
			case a[k] == ':' && !strings.HasPrefix(a[k:], ":="):
				if v := a[k+1:]; v != "" {
					c.add(Field{Name: a[:k], Value: v})
				}
			case a[k] == '=' && !strings.HasPrefix(a[k:], "=="):
				data = true
			case strings.HasPrefix(a[k:], ":="):
				data = true
			}
		}
	}
	if c.method == "" {
		c.method = "GET"
		if data {
			c.method = "POST"
		}
	}
	if c.url != "" && !strings.Contains(c.url, "://") {
		s := "http://"
		if c.tool == "https" {
			s = "https://"
		}
		if strings.HasPrefix(c.url, ":") {
			c.url = "localhost" + c.url
		}
		c.url = s + c.url
	}
	c.auth = auth != ""
	if auth != "" && !Fields(c.fields).Has("Authorization") {
		switch strings.ToLower(authType) {
		case "bearer":
			c.add(Field{Name: "Authorization", Value: "Bearer " + auth})
		case "digest":
			c.late = &Field{Name: "Authorization", Value: "Digest username=\"" + strings.SplitN(auth, ":", 2)[0] + "\""}
		default:
			c.add(Field{Name: "Authorization", Value: "Basic " + base64.StdEncoding.EncodeToString([]byte(auth))})
		}
	}
}
