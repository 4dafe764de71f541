// Command serve serves a built authtriage site on localhost:
//
//	go run ./internal/devserver/serve -dir dist -addr localhost:8080 -prefix /
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"

	"github.com/authtriage/authtriage/internal/devserver"
)

func main() {
	dir := flag.String("dir", "dist", "directory holding the built site")
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	prefix := flag.String("prefix", "/", "URL path to serve the site under, as a project page would be (/authtriage/)")
	flag.Parse()

	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		log.Fatalf("serve: %v; run `make build` first", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v (set ADDR=localhost:PORT to use another port)", err)
	}
	site := devserver.New(*dir, *prefix)
	fmt.Printf("authtriage: serving %s at http://%s%s  (Ctrl-C to stop)\n", *dir, ln.Addr(), site.Prefix)
	err = http.Serve(ln, site)
	if !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
