//go:build !js

package e2e

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// captureServer is a second origin for the capture tests: another port on
// the loopback, so the page's requests to it are cross-origin. It answers
// refusals with and without the CORS headers a browser needs, and records
// every request it gets (method and path), so a test can tell what the
// browser really sent, including preflights the page never sees.
type captureServer struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string
}

func newCaptureServer(t *testing.T) *captureServer {
	cs := &captureServer{}
	mux := http.NewServeMux()
	allow := func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" {
			w.Header().Set("Access-Control-Allow-Origin", o)
			w.Header().Add("Vary", "Origin")
		}
	}
	// 401 with a challenge, and CORS done right: the page may read it.
	mux.HandleFunc("/cors-401", func(w http.ResponseWriter, r *http.Request) {
		allow(w, r)
		w.Header().Set("Access-Control-Expose-Headers", "WWW-Authenticate")
		w.Header().Set("WWW-Authenticate", `Bearer realm="orders", error="invalid_token", error_description="The access token expired"`)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_token"}`))
	})
	// 401 with a challenge and no CORS headers at all: fetch fails.
	mux.HandleFunc("/nocors-401", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="intranet"`)
		w.WriteHeader(http.StatusUnauthorized)
	})
	// 401 readable by the page, but its challenge is not exposed.
	mux.HandleFunc("/cors-401-unexposed", func(w http.ResponseWriter, r *http.Request) {
		allow(w, r)
		w.Header().Set("WWW-Authenticate", `Bearer realm="orders"`)
		w.WriteHeader(http.StatusUnauthorized)
	})
	// 403 readable by the page; the scope challenge is not exposed.
	mux.HandleFunc("/cors-403", func(w http.ResponseWriter, r *http.Request) {
		allow(w, r)
		w.Header().Set("WWW-Authenticate", `Bearer realm="orders", error="insufficient_scope", scope="orders:write"`)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"message":"Missing scope orders:write"}`))
	})
	// A server that wants credentials on every request, the preflight too:
	// the OPTIONS request gets a 401 without CORS headers, so the browser
	// never sends the real one.
	mux.HandleFunc("/preflight-401", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="orders"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		allow(w, r)
		w.WriteHeader(http.StatusOK)
	})
	cs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cs.mu.Lock()
		cs.seen = append(cs.seen, r.Method+" "+r.URL.Path)
		cs.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(cs.Close)
	return cs
}

// requests returns the requests received so far, as "METHOD /path".
func (cs *captureServer) requests() []string {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return append([]string(nil), cs.seen...)
}
