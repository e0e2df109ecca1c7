# DingHire: `make run` installs and starts on the embedded default; `make test` runs the whole suite.
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help run test test-core test-extras install install-dev install-extras lint typecheck unit integration \
	lock lock-extras demo clean bundle

help:
	@echo "make run    install and start DingHire (SQLite, in-process jobs, local DingTalk emulator)"
	@echo "make test   install and run lint, type checks and the whole test suite"
	@echo "make demo   install and run the whole hiring journey against the local emulator"
	@echo "make test-core    the same without the optional engines (faster while developing)"
	@echo "make bundle       build the offline installer for air-gapped servers (dist/*.tar)"
	@echo "make test-extras  install the optional engines (FunASR, PaddleNLP) in their own venvs"
	@echo "                  and run their tests on tiny models built locally"

install:
	@bash deploy/install.sh runtime

install-dev:
	@bash deploy/install.sh dev

run: install
	$(BIN)/dinghire serve

# The whole journey against the local emulator: resumes, interviews, analysis, HR decisions, offer.
demo: install
	$(BIN)/dinghire demo

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev
	$(BIN)/mypy

# The whole suite: lint, types, the main tests, then the optional engines on tiny models.
test: test-core test-extras

# The quick loop while developing: everything except the optional engines.
test-core: install-dev lint typecheck
	$(BIN)/pytest

# Each heavy engine lives in its own venv (.venv-funasr, .venv-paddlenlp) so the main suite never
# needs it. There a missing engine fails instead of skipping (DINGHIRE_TEST_REQUIRE_EXTRAS=1).
EXTRA_TESTS_funasr := tests/unit/analysis/speech/test_funasr_engine.py
EXTRA_TESTS_paddlenlp := tests/unit/analysis/scoring/test_engines.py

install-extras:
	@bash deploy/install-extra.sh funasr
	@bash deploy/install-extra.sh paddlenlp

test-extras: install-extras
	DINGHIRE_TEST_REQUIRE_EXTRAS=1 .venv-funasr/bin/pytest -m extras -W error $(EXTRA_TESTS_funasr)
	DINGHIRE_TEST_REQUIRE_EXTRAS=1 .venv-paddlenlp/bin/pytest -m extras -W error $(EXTRA_TESTS_paddlenlp)

# One archive with every locked wheel, DingHire's wheel, the deployment files and the docs.
bundle: install
	bash deploy/bundle.sh dist

lock:
	bash deploy/lock.sh

lock-extras:
	bash deploy/lock.sh --extras

clean:
	rm -rf $(VENV) $(VENV)-funasr $(VENV)-paddlenlp var .mypy_cache .pytest_cache .ruff_cache
