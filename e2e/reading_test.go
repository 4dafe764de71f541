//go:build !js

package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/authtriage/authtriage/internal/gallery"
)

// galleryIDs reads the ids of the gallery's examples from web/gallery.js.
func galleryIDs(t *testing.T) []string {
	t.Helper()
	exs, err := gallery.Read(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range exs {
		ids = append(ids, e.ID)
	}
	return ids
}

// fifteen is a paste of 15 exchanges, as someone debugging a client might
// collect: challenges, refusals, a rate limit, successes.
func fifteen() string {
	var b strings.Builder
	add := func(req, resp string) { b.WriteString(req + "\n\n" + resp + "\n\n") }
	for i := 1; i <= 3; i++ {
		add(fmt.Sprintf("GET /v1/orders/%d HTTP/1.1\nHost: api.example.com\nAccept: application/json", 1000+i),
			"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Type: application/json\nContent-Length: 28\n\n{\"error\":\"unauthenticated\"}")
		add(fmt.Sprintf("GET /v1/orders/%d HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer [REDACTED]", 1000+i),
			"HTTP/1.1 200 OK\nContent-Type: application/json\nCache-Control: no-store\nContent-Length: 25\n\n{\"id\":1001,\"total\":4200}")
	}
	add("DELETE /v1/orders/1001 HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer [REDACTED]",
		"HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm=\"api\", error=\"insufficient_scope\", scope=\"orders:write\"\nContent-Type: application/json\nContent-Length: 31\n\n{\"error\":\"insufficient_scope\"}")
	for i := 0; i < 3; i++ {
		add(fmt.Sprintf("GET /v1/reports?page=%d HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer [REDACTED]", i+1),
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Type: application/json\nContent-Length: 29\n\n{\"error\":\"too_many_requests\"}")
	}
	add("GET /admin HTTP/1.1\nHost: www.example.com",
		"HTTP/1.1 302 Found\nLocation: https://login.example.com/authorize?client_id=web\nContent-Length: 0")
	add("GET /v1/invoices HTTP/1.1\nHost: api.example.com\nOrigin: https://app.example.com\nAuthorization: Bearer [REDACTED]",
		"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\nContent-Type: application/json\nContent-Length: 25\n\n{\"error\":\"invalid_token\"}")
	add("GET http://downloads.example.org/tool.tar.gz HTTP/1.1\nHost: downloads.example.org",
		"HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"corp-proxy\"\nContent-Length: 0")
	add("GET /private/repo HTTP/1.1\nHost: git.example.com",
		"HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 10\n\nNot Found")
	add("POST /account/email HTTP/1.1\nHost: www.example.com\nCookie: session=[REDACTED]\nContent-Type: application/x-www-form-urlencoded",
		"HTTP/1.1 403 Forbidden\nContent-Type: text/plain\nContent-Length: 43\n\nCSRF verification failed. Request aborted.")
	return b.String()
}

// TestReadingScreenshots shows every gallery example and a 15-exchange paste
// at 1280 and 390 px in both themes, checks that the first verdict is in view
// once each analysis is shown (on a narrow screen after the page scrolled to
// it, or after its "Jump to the verdict" button was pressed), and writes one
// composite image per width and theme.
func TestReadingScreenshots(t *testing.T) {
	ids := galleryIDs(t)
	for _, width := range []int64{1280, 390} {
		for _, theme := range []string{"light", "dark"} {
			t.Run(fmt.Sprintf("%d-%s", width, theme), func(t *testing.T) {
				height := int64(900)
				if width < 600 {
					height = 844
				}
				p := newPage(t, width, height, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}}))
				var shots [][]byte
				var labels []string
				inView := func(what string) {
					t.Helper()
					var ok bool
					p.eval(`(() => { const c = document.querySelector("#out article.card .headline"); if (!c) return false; const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, &ok)
					if !ok {
						t.Errorf("%s at %d px: the first verdict is not in view", what, width)
					}
				}
				for _, id := range ids {
					p.paste("")
					p.waitFor(`!!document.querySelector("#out .gallery")`)
					p.run(chromedp.Evaluate(`window.scrollTo(0, 0); true`, nil))
					p.click(`#out .gallery button[data-example="` + id + `"]`)
					p.waitFor(`!!document.querySelector("#out article.card") && document.getElementById("status").textContent.includes("exchange")`)
					p.waitFor(`document.querySelectorAll("#out article.card").length > 0 && !document.querySelector("#out .more[disabled]")`)
					var status string
					p.eval(`document.getElementById("status").textContent`, &status)
					if !strings.Contains(status, ": ") {
						t.Errorf("%s: the status line names no verdict: %q", id, status)
					}
					inView(id)
					var buf []byte
					p.run(chromedp.CaptureScreenshot(&buf))
					shots, labels = append(shots, buf), append(labels, id)
				}
				// Someone pastes with the paste box in view, at the top of the page.
				p.run(chromedp.Evaluate(`window.scrollTo(0, 0); true`, nil))
				p.paste(fifteen())
				p.waitFor(cardCount(15))
				if width < 600 {
					// Typed or pasted input does not scroll by itself: the button does.
					p.waitFor(`!document.getElementById("jump-verdict").hidden`)
					p.click(`#jump-verdict`)
				}
				inView("15 exchanges")
				var buf []byte
				p.run(chromedp.CaptureScreenshot(&buf))
				shots, labels = append(shots, buf), append(labels, "fifteen")
				name := fmt.Sprintf("reading-%d-%s.png", width, theme)
				img, err := composite(shots)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("screenshot %s (%s): %s", name, strings.Join(labels, ", "), p.saveShot(name, img))
			})
		}
	}
}

// composite lays the screenshots side by side, each halved, on one image.
func composite(shots [][]byte) ([]byte, error) {
	var imgs []image.Image
	for _, s := range shots {
		im, err := png.Decode(bytes.NewReader(s))
		if err != nil {
			return nil, err
		}
		imgs = append(imgs, half(im))
	}
	const gap = 8
	cols := 4
	if len(imgs) < cols {
		cols = len(imgs)
	}
	cw, ch := 0, 0
	for _, im := range imgs {
		cw, ch = max(cw, im.Bounds().Dx()), max(ch, im.Bounds().Dy())
	}
	rows := (len(imgs) + cols - 1) / cols
	out := image.NewRGBA(image.Rect(0, 0, cols*cw+(cols+1)*gap, rows*ch+(rows+1)*gap))
	draw.Draw(out, out.Bounds(), &image.Uniform{color.RGBA{128, 128, 128, 255}}, image.Point{}, draw.Src)
	for i, im := range imgs {
		x, y := gap+(i%cols)*(cw+gap), gap+(i/cols)*(ch+gap)
		draw.Draw(out, image.Rect(x, y, x+im.Bounds().Dx(), y+im.Bounds().Dy()), im, im.Bounds().Min, draw.Src)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, out); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// half scales an image to half its size, averaging each 2×2 block.
func half(im image.Image) image.Image {
	b := im.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx()/2, b.Dy()/2))
	for y := 0; y < b.Dy()/2; y++ {
		for x := 0; x < b.Dx()/2; x++ {
			var r, g, bl, a uint32
			for dy := 0; dy < 2; dy++ {
				for dx := 0; dx < 2; dx++ {
					cr, cg, cb, ca := im.At(b.Min.X+2*x+dx, b.Min.Y+2*y+dy).RGBA()
					r, g, bl, a = r+cr, g+cg, bl+cb, a+ca
				}
			}
			out.Set(x, y, color.RGBA64{uint16(r / 4), uint16(g / 4), uint16(bl / 4), uint16(a / 4)})
		}
	}
	return out
}
