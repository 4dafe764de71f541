package main

import (
	"fmt"
	"time"

	"github.com/authtriage/authtriage/classifier"
)

var paste = "GET / HTTP/1.1\nHost: example.com\n\nHTTP/1.1 401 Unauthorized\n\n"

func main() {
	for i := 0; i < 4; i++ {
		t := time.Now()
		b := classifier.AnalyzeJSON(paste, classifier.Options{})
		fmt.Println(i, time.Since(t), len(b))
	}
}
