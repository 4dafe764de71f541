// Package devserver serves a built site (dist/) for `make serve` and the
// browser tests: static files under a path prefix, .wasm as application/wasm,
// no caching, and, when asked, a record of every path requested.
package devserver

import (
	"mime"
	"net/http"
	"strings"
	"sync"
)

func init() {
	// Go's table already maps .wasm; say it anyway, since a wrong type makes
	// WebAssembly.instantiateStreaming refuse the module.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
}

// Site serves the files of one directory under Prefix ("/" or "/repo/").
type Site struct {
	Dir    string
	Prefix string
	// Record keeps every requested path for Requests (the browser tests
	// check that the page fetches nothing but its own files).
	Record bool

	mu   sync.Mutex
	seen []string
}

// New returns a Site for dir mounted at prefix, which gets a leading and a
// trailing slash if it lacks them.
func New(dir, prefix string) *Site {
	prefix = "/" + strings.Trim(prefix, "/") + "/"
	if prefix == "//" {
		prefix = "/"
	}
	return &Site{Dir: dir, Prefix: prefix}
}

// ServeHTTP serves the file, after noting its path when Record is set. Paths outside
// Prefix get 404; the bare prefix without its slash redirects to it.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.Record {
		s.mu.Lock()
		s.seen = append(s.seen, r.URL.Path)
		s.mu.Unlock()
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if s.Prefix != "/" && r.URL.Path == strings.TrimSuffix(s.Prefix, "/") {
		http.Redirect(w, r, s.Prefix, http.StatusMovedPermanently)
		return
	}
	if !strings.HasPrefix(r.URL.Path, s.Prefix) {
		http.NotFound(w, r)
		return
	}
	http.StripPrefix(strings.TrimSuffix(s.Prefix, "/"), http.FileServer(http.Dir(s.Dir))).ServeHTTP(w, r)
}

// Requests returns the paths requested so far, in order, when Record is set.
func (s *Site) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.seen...)
}
