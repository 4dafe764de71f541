# authtriage: the page (Go → WebAssembly), its bridge, and every check.
#
#   make serve   build dist/ and serve it on http://localhost:8080/
#   make test    everything CI runs: format, vet, staticcheck, unit tests
#                (Go native and js/wasm under Node, the page's JavaScript
#                under node --test), browser tests in headless
#                Chromium, actionlint (fuzz seeds and saved inputs run
#                as unit tests)
#   make build   the deployable site in dist/
#   make fuzz    fuzz runs (FUZZTIME per target, default 2m; fuzz-short:
#                3,000 inputs each); not part of make test
#   make bench   every figure of the performance budget next to its floor
#                (size, load, typical paste, 50 MB HAR; internal/bench)
#   make cli     the command line in bin/authtriage
#   make eval    scores on the labelled corpora (real tune/ and test/, shared
#                corpus); EVALFLAGS=-v lists failing tune cases

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-print-directory

GO        ?= go
DIST      ?= dist
ADDR      ?= localhost:8080
PREFIX    ?= /
FUZZTIME  ?= 2m
BIN       := $(CURDIR)/.bin
GOROOT    := $(shell $(GO) env GOROOT)
WASMENV   := PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm

STATICCHECK_VERSION := v0.8.2
ACTIONLINT_VERSION  := v1.7.12

# Browsers the browser tests can drive; the first one found is used.
BROWSERS := chromium chromium-browser google-chrome google-chrome-stable

.PHONY: build serve test fmt vet staticcheck unit jstest wasmtest e2e screenshots actionlint fuzz-short fuzz bench gobench cli eval chromium clean

# ---- the site -----------------------------------------------------------------

# The module is built with inlining off in the classifier's larger packages
# and in two standard packages off the hot path (regexp/syntax compiles an
# expression once; time reads a few dates): under js/wasm every inlined body
# is copied with its resumption points. The module is about 160 KB (7 %)
# smaller gzip -9, at no measurable cost in CPU time under Node (README,
# Size). `signature` gains from inlining and keeps it; reflect, strings and
# encoding/json are on the bulk path and keep it too.
WASM_NOINLINE := $(addprefix github.com/authtriage/authtriage/classifier/,parse rules flow verdict report secret fields) regexp/syntax time
WASM_GCFLAGS := $(foreach p,$(WASM_NOINLINE),-gcflags=$(p)=-l)

# Everything under web/ (rules.html too once it is generated), the wasm loader
# of the very toolchain that builds the module, and the module itself.
# The service worker is then stamped with the list of the built files, the
# SHA-256 of each (it checks every cached copy against it before serving it)
# and a hash of their names and bytes, which names its cache: a new build gets
# a new cache, and the old one is dropped when the new worker activates.
build:
	rm -rf "$(DIST)"
	mkdir -p "$(DIST)"
	cp -R web/. "$(DIST)/"
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" "$(DIST)/"
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_GCFLAGS) -o "$(DIST)/authtriage.wasm" ./wasm
	cd "$(DIST)" && files=$$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort) && \
	  build=$$(for f in $$files; do echo "$$f"; cat "$$f"; done | sha256sum | cut -c1-16) && \
	  list=$$(printf '%s\n' ./ $$files | awk '{printf "%s\"%s\"", (NR > 1 ? ", " : ""), $$0}') && \
	  hashes=$$(sha256sum $$files | awk '{printf "%s\"%s\": \"%s\"", (NR > 1 ? ", " : ""), $$2, $$1}') && \
	  sed -i -e "s|^const BUILD = \"dev\";|const BUILD = \"$$build\";|" -e "s|^const FILES = \[\"\./\"\];|const FILES = [$$list];|" \
	    -e "s|^const HASHES = {};|const HASHES = {$$hashes};|" sw.js && \
	  grep -q "^const BUILD = \"$$build\";" sw.js && grep -q '^const FILES = \["\./", "' sw.js && grep -q '^const HASHES = {"' sw.js
	@echo "built $(DIST)/: $$(ls "$(DIST)" | tr '\n' ' ')($$(du -k "$(DIST)/authtriage.wasm" | cut -f1) KiB wasm)"

serve: build
	$(GO) run ./internal/devserver/serve -dir "$(DIST)" -addr "$(ADDR)" -prefix "$(PREFIX)"

clean:
	rm -rf "$(DIST)" "$(BIN)"

# ---- checks -------------------------------------------------------------------

test: fmt vet staticcheck unit jstest wasmtest e2e actionlint
	@echo "make test: all checks passed"

fmt:
	@out=$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	@echo "gofmt: clean"

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

# staticcheck is built for this machine, then told to analyse the js/wasm
# build too (building the tool itself for js would not run).
$(BIN)/staticcheck:
	GOBIN="$(BIN)" $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

staticcheck: $(BIN)/staticcheck
	"$(BIN)/staticcheck" ./...
	GOOS=js GOARCH=wasm "$(BIN)/staticcheck" ./...

# Native tests, browser tests excluded (they have their own target). The
# timeouts are go test's default of 10 minutes per package raised for a busy
# machine (the classifier under Node takes minutes on an idle one).
unit:
	$(GO) test -race -timeout 30m $$($(GO) list ./... | grep -v '/e2e$$')

# The page's modules (web/*.js) under Node's own test runner: the pure ones
# (text, report, state, share, capture, gallery) tested function by function,
# and every import checked to be relative and to resolve (webtest/).
jstest:
	node --test webtest/

# The classifier and the bridge's JSON half under Node, as the page runs them.
wasmtest:
	$(WASMENV) $(GO) test -timeout 30m ./classifier/... ./wasm/... ./internal/jsonlite

# Headless Chromium against the built site served under a sub-path; the
# accessibility test injects axe-core, pinned in package.json.
e2e: chromium node_modules/axe-core/axe.min.js
	AUTHTRIAGE_E2E=require $(GO) test -count=1 -timeout 45m ./e2e/...

# The README's images, from the same browser tests.
screenshots: chromium
	$(GO) test -count=1 -run 'TestScreenshots|TestNarrowAndDark|TestUIScreenshots|TestReadingScreenshots|TestFlowTimeline' ./e2e/... -args -screenshots="$(CURDIR)/docs"

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch "$@"

$(BIN)/actionlint:
	GOBIN="$(BIN)" $(GO) install github.com/rhysd/actionlint/cmd/actionlint@$(ACTIONLINT_VERSION)

actionlint: $(BIN)/actionlint
	"$(BIN)/actionlint" -no-color .github/workflows/*.yml
	@echo "actionlint: clean"

# Install Debian's chromium when no usable browser is on PATH.
chromium:
	@for b in $(BROWSERS); do if command -v "$$b" >/dev/null; then echo "browser: $$(command -v $$b)"; exit 0; fi; done; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then SUDO=; \
	elif command -v apt-get >/dev/null && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=sudo; \
	else echo "No Chromium found (looked for: $(BROWSERS))."; \
	     echo "Install it, e.g. as root: apt-get update && apt-get install -y chromium"; exit 1; fi; \
	echo "installing chromium with apt-get"; \
	$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	command -v chromium

# ---- fuzzing and benchmarks ---------------------------------------------------

# Each Fuzz function under classifier/, the bridge and internal/jsonlite, one
# at a time (go test -fuzz takes one target per run), for FUZZTIME each.
define run_fuzz
	@$(GO) test -list '^Fuzz' ./classifier/... ./wasm/... ./internal/jsonlite | awk '/^Fuzz/ {names = names " " $$1} /^ok / {if (names != "") print $$2 names; names = ""}' > .fuzz-targets.tmp; \
	trap 'rm -f .fuzz-targets.tmp' EXIT; \
	n=0; while read -r pkg names; do for name in $$names; do n=$$((n+1)); \
	  echo "fuzz $$pkg $$name ($(1))"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(1) -fuzzminimizetime 2s "$$pkg"; \
	done; done < .fuzz-targets.tmp; \
	echo "fuzz: $$n target(s) ran for $(1) each"
endef

# Fuzzing explores new random inputs, so it is not part of make test (whose
# result must not depend on luck): make unit already replays every seed and
# every input saved under testdata/fuzz/. Run make fuzz (or fuzz-short) and
# commit what it saves. A count rather than a time: with a time limit, go
# test's fuzzing coordinator can stop a worker mid-input and fail with
# "context deadline exceeded", which says nothing about the code.
fuzz-short:
	$(call run_fuzz,3000x)

fuzz:
	$(call run_fuzz,$(FUZZTIME))

# The budget table of issue #6: each figure next to its floor, measured in the
# same run (brotli sizes need Debian's brotli; it is installed when missing).
bench: chromium
	@command -v brotli >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq brotli >/dev/null; } || echo "brotli not installed: brotli sizes will read n/a"
	$(GO) run ./internal/bench $(BENCHFLAGS)

# The Go benchmarks of the classifier, natively and under Node.
gobench:
	$(GO) test -bench . -benchmem -run '^$$' ./classifier/...
	$(WASMENV) $(GO) test -bench . -benchmem -run '^$$' ./classifier/...

# Scores on the labelled corpora (internal/eval): per split and family of
# paste, next to the status-only rule on the same cases.
eval:
	$(GO) run ./internal/eval $(EVALFLAGS)

cli:
	$(GO) build -trimpath -o bin/authtriage ./cmd/authtriage
