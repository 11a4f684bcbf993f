#!/usr/bin/env bash
# Installs what article-compare needs and is missing; safe to run again (does nothing then).
#   scripts/setup.sh demo   Rust's wasm target, the pinned wasm-bindgen-cli, Node.js, the npm packages
#   scripts/setup.sh test   the same, plus Chromium and ChromeDriver
#   scripts/setup.sh lint   Rust's wasm target, Node.js and the npm packages (make lint, test-js)
#   scripts/setup.sh python a virtual environment in .venv with maturin, pyarrow and pytest (then
#                           `.venv/bin/pip install .` or `make test-python` builds the package)
#   scripts/setup.sh spark  the same, plus PySpark and pandas (its Arrow functions need it; from
#                           PyPI, about 300 MB, once) and Java 17
#                           from Debian (the Spark job's test)
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

if [ "$level" = "python" ] || [ "$level" = "spark" ]; then
  have python3 || apt_install python3
  if [ ! -x .venv/bin/pip ]; then
    rm -rf .venv
    # Debian's python3 makes a virtual environment only with python3-venv installed.
    python3 -m venv .venv 2>/dev/null || { apt_install python3-venv && rm -rf .venv && python3 -m venv .venv; }
  fi
  want_py="maturin pyarrow pytest"
  [ "$level" = "spark" ] && want_py="$want_py pyspark pandas"
  # The versions the package and the job are tested with (PySpark 4 needs Java 17 or later).
  declare -A pins=([maturin]="maturin==1.16.0" [pyarrow]="pyarrow==26.0.1" [pytest]="pytest==9.2.0"
    [pyspark]="pyspark==4.3.0" [pandas]="pandas==2.3.3")
  # One look at what is installed, so that a second run asks no registry.
  missing_py=$(.venv/bin/python - $want_py <<'PY'
import importlib.util, sys
print(" ".join(p for p in sys.argv[1:] if importlib.util.find_spec(p) is None))
PY
)
  if [ -n "$missing_py" ]; then
    say "installing $missing_py into .venv"
    specs=()
    for p in $missing_py; do specs+=("${pins[$p]}"); done
    .venv/bin/pip install --quiet --disable-pip-version-check "${specs[@]}"
  fi
  if [ "$level" = "spark" ] && ! java -version 2>&1 | grep -q 'version "\(1[7-9]\|2[0-9]\)'; then
    apt_install openjdk-17-jre-headless
  fi
  exit 0
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
