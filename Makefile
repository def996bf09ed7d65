# kkr-plan — the two commands a new user needs: `make plan` and `make test`.
# Both install what is missing (GLPK from Debian's libglpk-dev / Homebrew's glpk) first.

SWIFT ?= swift
SWIFTFLAGS ?= -Xswiftc -warnings-as-errors
RELEASE_BIN := .build/release/kkr-plan

.PHONY: plan test deps build lint bench render-check clean

## plan: install what is missing, build, and run the default plan from Inputs/ into Reports/.
plan: deps
	$(SWIFT) build -c release --product kkr-plan
	$(RELEASE_BIN)

## test: install what is missing, check formatting, build with warnings as errors, run every test.
test: deps lint
	$(SWIFT) build --build-tests $(SWIFTFLAGS)
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

## deps: GLPK's headers and library (libglpk-dev) and glpsol (glpk-utils, for comparisons in tests).
deps:
	@./.ci/install-deps

## render-check: render Reports/<year>/rapport.html and report.html in headless Chromium (installed with apt-get
## if missing) to PNG (desktop and phone width) and an A4 PDF under .build-render/, and check the files. Not run by CI.
render-check: deps
	$(SWIFT) build -c release --product kkr-plan
	./.ci/render-check $(RELEASE_BIN) .build-render

## bench: time Swift + GLPK against glpsol and PuLP (GLPK, CBC, HiGHS) on generated models; prints the
## medians and ratios and writes them, with the machine, to Reports/benchmarks.md. Installs PuLP and highspy
## (into .build/bench-venv when the system Python will not take them) if they are missing.
BENCH_PYTHON ?= $(shell python3 -c "import pulp, highspy" >/dev/null 2>&1 && echo python3 || echo .build/bench-venv/bin/python)

bench: deps
	@if [ "$(BENCH_PYTHON)" != python3 ] && [ ! -x .build/bench-venv/bin/python ]; then \
		python3 -m venv .build/bench-venv && .build/bench-venv/bin/pip install --quiet pulp highspy; fi
	$(SWIFT) build -c release --product kkr-bench
	.build/release/kkr-bench --python $(BENCH_PYTHON) --swift-version "$$($(SWIFT) --version 2>&1 | head -n 1)"

clean:
	rm -rf .build .build-*
