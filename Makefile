# The README's two commands are `make run` and `make test`; each creates .venv and installs first.
PYTHON ?= python3
PORT ?= 8501
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: help install run test lint format eval bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install Spoorwijzer with its dev tools

run: install ## Start the app on http://127.0.0.1:$(PORT)
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false

lint: install ## ruff, ruff format, mypy and the import contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: install lint ## Lint, then the whole test suite with coverage (calculator gated at 100%)
	$(BIN)/python -m pytest --cov --cov-report=term
	$(BIN)/coverage report --include='spoorwijzer/deadlines/*' --fail-under=100

format: install ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: install ## Score the assistant on every dataset; reports in evals/results/latest
	$(BIN)/spoorwijzer eval --rapport evals/results/latest

bench: install ## Speed and memory benchmarks (never part of the tests)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

clean: ## Remove the virtual environment and local data
	rm -rf $(VENV) .data .pytest_cache .mypy_cache .ruff_cache .hypothesis .coverage
