# The two commands a new user needs (README.md): `make serve` and `make test`.
# Each first installs what is missing (tools/setup.sh), pinned, and skips what is already there.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := serve

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
# A browser run of wasm-bindgen-test gets this many seconds before the runner gives up.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

WASM := --target wasm32-unknown-unknown
GECKODRIVER := $(HOME)/.cargo/bin/geckodriver
SUMMARY := target/test-summary.txt

.PHONY: help serve dist dist-test release test bench fuzz setup-build setup-test clean \
        check-format lint test-native test-chromium test-firefox test-pages test-cas size-budget

## help: this list
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## serve: build the widget (release) and serve it on http://127.0.0.1:8080/
serve: setup-build
	trunk serve --release --no-autoreload

## dist: the release site in dist/ (what an academy copies to its web server)
dist: setup-build
	trunk build --release

## dist-test: the site the page tests use, in target/dist-test: dist's, plus the test-only exports of the
## cargo feature test-api (widgets alive, wasm memory size), which dist never carries
dist-test: setup-build
	trunk build --release --features test-api --dist target/dist-test

## release: release/: the zip to copy and the npm tarball an academy installs without Rust, and SHA256SUMS
## (tools/release.mjs, from dist/; publishing: RELEASING.md)
release: dist
	node tools/release.mjs

## test: every check; fails on the first failure, ends with each runner's summary line
test: setup-test
	@mkdir -p target && : > $(SUMMARY)
	$(MAKE) --no-print-directory check-format lint test-native test-chromium test-firefox release size-budget dist-test test-pages test-cas
	@echo; echo "== summary"; cat $(SUMMARY)
	@grep -oE '[0-9]+ (passed|failed)' $(SUMMARY) | awk '{n[$$2]+=$$1} END {printf "%d passed, %d failed\n", n["passed"], n["failed"]}'

## check-format, lint: rustfmt's check; clippy natively and for wasm (with the test-only feature too)
check-format:
	cargo fmt --all --check

lint:
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --all-targets --all-features --locked $(WASM) -- -D warnings

## test-native, test-chromium, test-firefox, test-pages, size-budget: the parts of `make test`, one by one
# Each runner's own closing lines are kept for the summary at the end of `make test`.
test-native:
	cargo test --locked 2>&1 | tee target/native.log
	@grep -E '^test result:' target/native.log | awk '{print "native cargo test:   " $$0}' >> $(SUMMARY)

# tools/run_group.sh: each runner in a process group of its own, killed with everything it started
# (browsers, WebDriver servers) when it ends, fails, is interrupted or runs past RUN_TIMEOUT seconds.
test-chromium:
	env -u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver tools/run_group.sh cargo test --locked $(WASM) 2>&1 | tee target/chromium.log
	@grep -E '^test result:' target/chromium.log | awk '{print "headless Chromium:   " $$0}' >> $(SUMMARY)

# webdriver.json (read by wasm-bindgen-test-runner) sets Firefox's testing pref for the async Clipboard
# API, so there the copy tests read back what the real API wrote; headless Chromium takes the fallbacks.
test-firefox:
	env -u CHROMEDRIVER GECKODRIVER=$(GECKODRIVER) tools/run_group.sh cargo test --locked $(WASM) 2>&1 | tee target/firefox.log
	@grep -E '^test result:' target/firefox.log | awk '{print "headless Firefox:    " $$0}' >> $(SUMMARY)

# Size is deterministic, so its budget is a test; timings are not, so they live in `make bench`.
# The budget (gzip -9 of the standalone page's first load) is a ratchet: lower it with every cut. Its history,
# each raise with its measured cost, is in README.md ("Performance", "The size budget").
# 211700: +4,200 for the ENT catalogue kept true (issue #27, measured +4,177: nine ENTs, dates, statuses,
# the freshness line and warnings); 213450: +1,750 for the release's verification of every byte (issue #21,
# measured +1,743: the hashes, the embed code's fallback, the loader's checks, the footer); see README.md.
# 224975: the live check of a school's PRONOTE (#26): +14,025 measured against main 5735f31 before cuts,
# about +13,259 after them (the part a view function over the widget's state, one fetch, concat for format!).
# 234775: the printed sheet, the checklist and errors when the reader acts (#25, about +5.6 KB) and the mount
# pool that ends the 2.9 KiB left per unmount (#22, about +1.8 KB with diagnose's new findings), all five
# measured together at 234,762 bytes; 234750 once the footer's words became shorter; the sheet's and the
# pool's costs are owed back (README.md); each cut that pays them back lowers it (README.md lists them).
SIZE_BUDGET := 224250
size-budget:
	node tools/sizes.mjs dist --budget $(SIZE_BUDGET) | tee target/sizes.log
	@tail -n 1 target/sizes.log | awk '{print "size budget:         " $$0}' >> $(SUMMARY)

# Page-level checks of the built site in both browsers: embedding, strict CSP, sub-folder, presets file;
# tests/pages/faults.test.mjs: every fault an embedding page can throw (README, "Faults");
# tests/pages/fold.test.mjs: the parts below the fold, skipped until near the screen or idle (#23);
# tests/pages/release.test.mjs: the archives of `make release`, installed and served from another origin.
test-pages:
	tools/run_group.sh node --test tests/pages/pages.test.mjs tests/pages/faults.test.mjs tests/pages/late.test.mjs tests/pages/sheet.test.mjs tests/pages/fold.test.mjs \
	  tests/pages/release.test.mjs tests/pages/published.test.mjs 2>&1 | tee target/pages.log
	@awk '/^# pass/ {p=$$3} /^# fail/ {f=$$3} END {printf "page tests (node):   %d passed; %d failed\n", p, f}' target/pages.log >> $(SUMMARY)

## test-cas: the widget's addresses against a real CAS server and a PRONOTE.net stand-in (needs dist)
# django-cas-server in target/cas-venv, at the presets' real host names mapped to loopback addresses
# (tests/cas/README.md). Every server it starts is ended by it, and by run_group.sh on failure or
# timeout; it must take under 3 minutes.
test-cas:
	RUN_TIMEOUT=180 tools/run_group.sh node --test tests/pages/cas.test.mjs 2>&1 | tee target/cas.log
	@awk '/^# pass/ {p=$$3} /^# fail/ {f=$$3} END {printf "CAS tests (node):    %d passed; %d failed\n", p, f}' target/cas.log >> $(SUMMARY)

## bench: sizes of every shipped file and first-render / keystroke timings against the baseline page
bench: setup-test dist
	node tools/sizes.mjs dist
	node tools/bench.mjs

## fuzz: every fuzz target under libFuzzer, one after the other: FUZZ_RUNS inputs each (default 1000000),
## or FUZZ_SECONDS seconds each when set, whichever comes first
fuzz:
	tools/fuzz.sh

setup-build:
	@tools/setup.sh build

setup-test:
	@tools/setup.sh test

clean:
	cargo clean
	rm -rf dist release
