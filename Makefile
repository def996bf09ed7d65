# kkr-plan — the two commands a new user needs: `make plan` and `make test`.
# Both install what is missing (GLPK from Debian's libglpk-dev / Homebrew's glpk, COIN-OR CBC from coinor-libcbc-dev / cbc) first.

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

## lint: house style (swift format) and the import rules of docs/ARCHITECTURE.md (.ci/check-imports).
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests
	./.ci/check-imports

## deps: GLPK's headers and library (libglpk-dev), glpsol (glpk-utils, for comparisons in tests) and COIN-OR
## CBC/CLP (coinor-libcbc-dev, the second solver backend).
deps:
	@./.ci/install-deps

## render-check: render Reports/<year>/rapport.html and report.html in headless Chromium (installed with apt-get
## if missing) to PNG (desktop and phone width) and an A4 PDF under .build-render/, and check the files. Not run by CI.
render-check: deps
	$(SWIFT) build -c release --product kkr-plan
	./.ci/render-check $(RELEASE_BIN) .build-render

## bench: time Swift + GLPK against glpsol and PuLP (GLPK, CBC, HiGHS) on generated models, then the national
## scale (bench-scale below); prints the medians and ratios and writes them, with the machine, to
## Reports/benchmarks.md. Installs PuLP and highspy (into .build/bench-venv when the system Python will not take
## them) if they are missing.
BENCH_PYTHON ?= $(shell python3 -c "import pulp, highspy" >/dev/null 2>&1 && echo python3 || echo .build/bench-venv/bin/python)
## The time limit of the GLPK run on social_synth.mps (reported as "> N s" when it is reached).
BENCH_GLPK_LIMIT ?= 120

bench: bench-venv
	$(SWIFT) build -c release --product kkr-bench
	.build/release/kkr-bench --python $(BENCH_PYTHON) --swift-version "$$($(SWIFT) --version 2>&1 | head -n 1)"
	@$(MAKE) --no-print-directory bench-scale

.PHONY: bench-venv bench-scale
bench-venv: deps
	@if [ "$(BENCH_PYTHON)" != python3 ] && [ ! -x .build/bench-venv/bin/python ]; then \
		python3 -m venv .build/bench-venv && .build/bench-venv/bin/pip install --quiet pulp highspy; fi
	@if ! command -v clp >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq coinor-clp time >&2; \
		else echo "bench: clp (coinor-clp) or GNU time (time) is missing; bench-scale leaves out what needs them" >&2; fi; fi

## bench-scale: national size, every run a child process with its wall time and peak memory (RSS):
## social_synth.mps (generated from ../shared/bench/social_synth.py into .build/bench-scale; skipped when absent) by
## `kkr-plan solve --solver cbc`, clp alone, `kkr-plan solve` with GLPK (stopped at BENCH_GLPK_LIMIT s), HiGHS and
## PuLP; `kkr-plan social` end to end on two generated national input folders (GLPK and CBC); a 98-municipality
## training-place plan over 2027-2029. Writes the "scale" section of Reports/benchmarks.md.
bench-scale: bench-venv
	$(SWIFT) build -c release --product kkr-plan
	$(SWIFT) build -c release --product kkr-scale-bench
	.build/release/kkr-scale-bench --kkr-plan $(RELEASE_BIN) --python $(BENCH_PYTHON) --glpk-limit $(BENCH_GLPK_LIMIT)

## bench-scenarios: wall time of a 200-variant sweep (SSA regional number 500…699) with --jobs 1 and with every
## core, the best of BENCH_RUNS runs each, the ratio, and a check that both wrote identical reports.
BENCH_RUNS ?= 3
BENCH_SWEEP := sweep --parameter traineeships.ssa.target --from 500 --to 699 --steps 200 --format json

## bench-social: the Socialaftale placement model on generated instances up to the national size (98
## municipalities, 2,000 offers, 12 target groups): sizes and seconds on stdout and in the Socialaftale section of
## Reports/benchmarks.md (the other sections are kept).
.PHONY: bench-social
bench-social: deps
	$(SWIFT) build -c release --product kkr-social-bench
	.build/release/kkr-social-bench --report Reports/benchmarks.md

## bench-traineeships: the full training-place plan with the pædagog splits for 11, 29 and 98 generated
## municipalities: the plan's time with the splits as network flows beside the splits' time as the MIP used before.
.PHONY: bench-traineeships
bench-traineeships: deps
	$(SWIFT) build -c release --product kkr-traineeship-bench
	.build/release/kkr-traineeship-bench

.PHONY: bench-scenarios
bench-scenarios: deps
	$(SWIFT) build -c release --product kkr-plan
	@out=$$(mktemp -d); cores=$$(getconf _NPROCESSORS_ONLN); \
	for jobs in 1 $$cores; do \
		best=; for run in $$(seq $(BENCH_RUNS)); do \
			start=$$(date +%s.%N); \
			$(RELEASE_BIN) $(BENCH_SWEEP) --jobs $$jobs --output $$out/jobs$$jobs > $$out/jobs$$jobs.json 2>$$out/err \
				|| { cat $$out/err; exit 1; }; \
			end=$$(date +%s.%N); \
			best=$$(echo "$$start $$end $$best" | awk '{ t = $$2 - $$1; if ($$3 != "" && $$3 < t) t = $$3; printf "%.3f", t }'); \
		done; \
		echo "sweep of 200 variants, --jobs $$jobs: $$best s (best of $(BENCH_RUNS))"; eval "time$$jobs=$$best"; \
	done; \
	echo "$$time1 $$(eval echo \$$time$$cores) $$cores" | awk '{ printf "speed-up with %d cores: %.2fx\n", $$3, $$1 / $$2 }'; \
	if cmp -s $$out/jobs1.json $$out/jobs$$cores.json && diff -rq $$out/jobs1 $$out/jobs$$cores > /dev/null; then \
		echo "reports identical for --jobs 1 and --jobs $$cores (JSON on stdout and every file written)"; \
	else echo "reports DIFFER between --jobs 1 and --jobs $$cores"; exit 1; fi; \
	rm -rf $$out

## fuzz: coverage-guided fuzzing (libFuzzer through swiftc -sanitize=fuzzer) of the CSV reader, the YAML readers,
## GLPK's MPS and CPLEX-LP readers and the model validator + GLPK, FUZZ_SECONDS each (seed corpus: Inputs/ and
## ../shared/data/mps/netlib). Crashes are saved under Tests/CLITests/FuzzRegressions/<target>/ (replayed by
## `make test`); the summary goes to .build-fuzz/last-run.txt. Not part of `make test`.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= csv yaml mps lp model
.PHONY: fuzz
fuzz: deps
	$(SWIFT) build -c release --scratch-path .build-fuzz --product kkr-fuzz \
		-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	./.ci/fuzz .build-fuzz/release/kkr-fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build .build-*
