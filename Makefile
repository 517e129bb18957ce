# Two commands on a fresh machine: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= tieline.db
export TIELINE_DB ?= $(DB)

.PHONY: install demo test test-fast bench lock clean

install: $(VENV)/.installed

# Every dependency comes from requirements.lock, pinned by hash; tieline itself is editable.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	touch $@

demo: install
	$(BIN)/tieline ingest examples/news
	$(BIN)/tieline relationship OpenAI Microsoft
	@echo
	@echo "Web UI and JSON API: run  $(BIN)/tieline serve --db $(DB)"
	@echo "then open http://127.0.0.1:8000/entity/OpenAI  (API docs: http://127.0.0.1:8000/docs)"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench_readers.py
	$(BIN)/python bench/bench_extract.py --limit 300
	$(BIN)/python bench/bench_query.py --limit 300
	$(BIN)/python bench/bench_api.py --limit 300

# Re-pin after changing dependencies in pyproject.toml (needs pip-tools).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-header \
		--extra test -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
