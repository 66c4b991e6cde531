# The two commands a newcomer needs: `make demo` and `make test`. Both install what they use.
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.db
HOST ?= 127.0.0.1
PORT ?= 8321

.PHONY: install install-test install-browser demo test bench lint typecheck clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: install
	$(BIN)/pip install -q -e '.[test,postgres]'

# Debian's Chromium for the browser tests (Playwright drives it; nothing is downloaded by Playwright).
install-browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else echo "chromium not found: browser tests will be skipped"; fi; }
	@{ command -v pdftoppm >/dev/null 2>&1 && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils fonts-dejavu-core >/dev/null) \
	      || echo "could not install poppler-utils/fonts-dejavu-core: PDF tests will be skipped"; \
	  else echo "pdftoppm or DejaVu Sans not found: PDF tests will be skipped"; fi; }

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/allygraph ingest samples --db $(DB)
	$(BIN)/allygraph stats --db $(DB)
	$(BIN)/allygraph show Latvia --db $(DB) --lang en
	$(BIN)/allygraph ask --db $(DB) "Which country leads the NATO battlegroup in Latvia?"
	$(BIN)/allygraph ask --db $(DB) "Kad Latvija iestājās NATO?"
	@if [ -z "$$CI" ] && [ -t 0 ]; then \
	  echo "Serving the demo store at http://$(HOST):$(PORT)/  (Ctrl-C to stop)"; \
	  $(BIN)/allygraph serve --db $(DB) --host $(HOST) --port $(PORT); \
	else echo "Not a terminal: to browse, run  $(BIN)/allygraph serve --db $(DB)  and open http://$(HOST):$(PORT)/"; fi

test: install-test install-browser
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "not slow"

# The quality gates `make test` runs first: ruff for lint, mypy over src/allygraph (config in pyproject.toml).
lint: install-test
	$(BIN)/ruff check src tests bench scripts

typecheck: install-test
	$(BIN)/mypy

bench: install
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache build *.egg-info
