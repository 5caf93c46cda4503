# Two commands for a newcomer: `make serve` and `make test`. Every tool is installed on first use,
# idempotently, from the package registries only (crates.io, npm, Debian); nothing is downloaded
# from anywhere else, and Trunk runs offline.

SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c

CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
GECKODRIVER_VERSION := 0.37.1
WASM_TEST := cargo test --target wasm32-unknown-unknown --test browser

TRUNK_VERSION := 0.22.1
# wasm-bindgen-cli must equal the wasm-bindgen of Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p;q}' Cargo.lock)
# What `make build` needs from Debian: Chromium photographs the link-preview image (tools/og.mjs).
BUILD_APT := chromium
# What the tests add: the WebDriver servers (Chromium, Firefox ESR, WebKitGTK under Xvfb), brotli for sizes.
TEST_APT := chromium-driver firefox-esr webkit2gtk-driver xvfb xauth brotli

.PHONY: help tools build-tools serve build single example test test-native test-browser test-e2e bench lint clean

help:
	@echo "make serve   build and serve the widget on http://127.0.0.1:8080"
	@echo "make test    every test suite: native, browser (wasm-bindgen-test), end-to-end"
	@echo "make build   the release bundle in dist/"
	@echo "make single  the whole widget in one file: dist-single/ai-server-chain.html"
	@echo "make example the example article on http://127.0.0.1:8081/examples/article.html"
	@echo "make bench   the release bundle beside an ECharts build of the same views: bench/RESULTS.md"

# Everything, for `make test`; `make build` and `make serve` install only `build-tools`.
tools: build-tools
	@missing=""; for p in $(TEST_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done
	if [ -n "$$missing" ]; then echo "installing$$missing"; (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; fi
	if ! geckodriver --version 2>/dev/null | grep -q "$(GECKODRIVER_VERSION)"; then
	  cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked
	fi

build-tools: node_modules/.installed
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	# The release wasm's std is rebuilt for size where the machine has a nightly toolchain (tools/wasm-env.sh).
	if rustup run nightly rustc --version >/dev/null 2>&1; then
	  if rustup component add rust-src --toolchain nightly >/dev/null 2>&1; then
	    # Trunk builds offline, so the crates std's own workspace depends on must be in cargo's cache
	    # first (a fresh machine has none of them: "no matching package named `wasip1` found").
	    rustup run nightly cargo fetch --locked --quiet \
	      --manifest-path "$$(rustup run nightly rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
	  else
	    echo "no rust-src for nightly: the wasm is built with stable"
	  fi
	fi
	@missing=""; for p in $(BUILD_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done
	if [ -n "$$missing" ]; then echo "installing$$missing"; (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; fi
	if ! trunk --version 2>/dev/null | grep -q "$(TRUNK_VERSION)"; then
	  # Trunk 0.22.1 declares rustc 1.96.1 but builds and works on 1.95 (about 20 minutes, once).
	  cargo install trunk --version $(TRUNK_VERSION) --locked --ignore-rust-version
	fi
	if ! wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)"; then
	  # Not --locked: its lockfile pins a webpki-roots release the registry no longer serves.
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	fi

# binaryen@132 (its wasm-opt; Debian's 108 corrupts the externref table) and playwright-core, from the lockfile.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The bundle in dist/, its static first view put in by Trunk's post-build hook (Trunk.toml), and
# dist/og.png for link previews (SITE_URL=https://…/ makes og:image absolute).
build: build-tools
	eval "$$(tools/wasm-env.sh)"
	trunk build --release --offline=true
	node tools/og.mjs

# One self-contained HTML file (works from file://): dist-single/ai-server-chain.html
single: build
	node tools/single.mjs

# The example news article with the widget embedded twice (Pym.js and embed.js).
example: single
	@echo "The example article: http://127.0.0.1:8081/examples/article.html"
	python3 -m http.server 8081 --bind 127.0.0.1

serve: build
	@echo "Serving the widget on http://127.0.0.1:8080"
	eval "$$(tools/wasm-env.sh)"
	trunk serve --release --offline=true --no-autoreload

test: tools test-native test-browser test-e2e

test-native:
	cargo test --workspace --quiet

# The wasm-bindgen browser tests in each engine (the runner picks the driver its variable names).
test-browser:
	@echo "== browser tests: Chromium"
	$(WASM_TEST)
	@echo "== browser tests: Firefox ESR"
	env -u CHROMEDRIVER GECKODRIVER=$(CARGO_BIN)/geckodriver $(WASM_TEST)
	@echo "== browser tests: WebKitGTK"
	xvfb-run -a env -u CHROMEDRIVER SAFARIDRIVER=/usr/bin/WebKitWebDriver $(WASM_TEST)

# Playwright-driven tests in Chromium, and the WebDriver smoke test in all three engines (engines.test.mjs).
# The ECharts peer is built first: the size gate's hard cap is half of it (e2e/bundle.test.mjs).
# The fixture's bundle too: the data file with a correction (the article has none), in dist-fixture/.
test-e2e: single bench/node_modules/.installed
	node bench/build.mjs
	cat data/ai-server-chain.toml tests/fixtures/correction.toml > target/fixture.toml
	eval "$$(tools/wasm-env.sh)"
	AI_CHAIN_DATA=$(CURDIR)/target/fixture.toml trunk build --release --offline=true --dist dist-fixture
	node --test e2e/

# The benchmark: the release bundle and its ECharts peer (bench/), measured in one Chromium run.
bench: build bench/node_modules/.installed
	node bench/build.mjs
	node bench/run.mjs

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	(cd bench && npm ci --no-audit --no-fund)
	touch $@

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings

clean:
	rm -rf dist dist-single dist-fixture e2e/artifacts bench/dist
