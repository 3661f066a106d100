#!/usr/bin/env bash
# Installs what building, serving and testing the widget needs, pinned, on a Debian machine that has only
# the Rust toolchain. Idempotent: a tool already there at the right version is skipped, so a warm machine
# gets through this in seconds.
#
#   tools/setup.sh build   the wasm target, Trunk, the wasm-bindgen CLI, wasm-opt (what `make serve` needs)
#   tools/setup.sh test    all of the above, plus Chromium, Firefox ESR and their WebDriver servers, and
#                          the real CAS server of `make test-cas` (a Python venv in target/cas-venv)
#
# Why each pin: see TOOLCHAIN notes in README.md ("Tooling").
set -euo pipefail

TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than this machine's 1.95
GECKODRIVER_VERSION=0.37.1
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# `cargo install` only when `<bin> --version` does not already print the wanted version.
cargo_tool() {
  local bin=$1 crate=$2 version=$3; shift 3
  if command -v "$bin" >/dev/null 2>&1 && "$bin" --version 2>/dev/null | grep -qF " $version"; then
    return 0
  fi
  say "installing $crate $version (several minutes on 2 cores)"
  cargo install "$crate" --version "=$version" "$@"
}

apt_updated=false
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (Debian packages)"
  if ! $apt_updated; then apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

setup_build() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown
  # Trunk builds with --offline: every crate must be in the local registry cache first.
  cargo fetch --quiet
  cargo_tool trunk trunk "$TRUNK_VERSION" --locked
  # The CLI must equal the wasm-bindgen of Cargo.lock (pinned with `=` in Cargo.toml). Not --locked: its
  # own lock file names a webpki-roots version the registry no longer serves.
  local wbg
  wbg=$(cargo pkgid wasm-bindgen | sed 's/.*[#@]//')
  cargo_tool wasm-bindgen wasm-bindgen-cli "$wbg"
  command -v node >/dev/null 2>&1 || apt_install nodejs npm
  # `make release` writes the zip with Debian's zip; its tests unpack it with unzip.
  apt_install zip unzip
  # wasm-opt from npm's binaryen: Debian's is too old to read what rustc 1.95 emits.
  if ! cmp -s package-lock.json node_modules/.installed-lock.json; then
    say "installing node_modules (wasm-opt, terser, selenium-webdriver, playwright-core, axe-core)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-lock.json
  fi
}

setup_browsers() {
  apt_install chromium chromium-driver firefox-esr
  cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
}

# django-cas-server and gunicorn, every dependency pinned (tests/cas/requirements.txt), in a venv under the
# build folder: from PyPI only, skipped when the venv already holds exactly those versions.
CAS_VENV=target/cas-venv
setup_cas() {
  apt_install python3-venv openssl
  if [ -x "$CAS_VENV/bin/python" ] && "$CAS_VENV/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null \
      | diff -q - <(grep -v '^#' tests/cas/requirements.txt) >/dev/null; then
    return 0
  fi
  say "installing django-cas-server and gunicorn into $CAS_VENV (PyPI, about 20 s)"
  rm -rf "$CAS_VENV"
  python3 -m venv "$CAS_VENV"
  "$CAS_VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -r tests/cas/requirements.txt
}

case "${1:-test}" in
  build) setup_build ;;
  test) setup_build; setup_browsers; setup_cas ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
