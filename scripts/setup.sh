#!/usr/bin/env bash
# Installs what article-compare needs and is missing; safe to run again (does nothing then).
#   scripts/setup.sh demo   Rust's wasm target, the pinned wasm-bindgen-cli, Node.js, the npm packages
#   scripts/setup.sh test   the same, plus Chromium and ChromeDriver
#   scripts/setup.sh lint   Rust's wasm target, Node.js and the npm packages (make lint, test-js)
set -euo pipefail
cd "$(dirname "$0")/.."
level="${1:-demo}"

say() { printf 'setup: %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing ${missing[*]} from Debian's packages"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

if ! have cargo; then
  say "cargo is missing: install Rust (https://rustup.rs) and run this again"
  exit 1
fi

if have rustup && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$level" != "lint" ]; then
  # wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, "", $0); print; exit }' Cargo.lock)
  have_version=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have_version" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (about 6 minutes, once)"
    # Not --locked: its lock file pins a webpki-roots version that is not on crates.io here.
    cargo install wasm-bindgen-cli --version "$want"
  fi
fi

if ! have node || ! have npm; then
  apt_install nodejs npm
fi

if [ "$level" = "test" ]; then
  if ! have chromium || ! have chromedriver; then
    apt_install chromium chromium-driver
  fi
fi

# Every level: `make build` bundles Readability.js (npm) into the page.
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/@mozilla/readability ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (Readability.js for the page; lint, tests, the single file)"
  npm ci --no-audit --no-fund --loglevel=error
fi
