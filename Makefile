# DingHire: `make run` installs and starts on the embedded default; `make test` runs the whole suite.
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help run test install install-dev lint typecheck unit integration lock lock-extras demo clean

help:
	@echo "make run    install and start DingHire (SQLite, in-process jobs, local DingTalk emulator)"
	@echo "make test   install and run lint, type checks and the whole test suite"

install:
	@bash deploy/install.sh runtime

install-dev:
	@bash deploy/install.sh dev

run: install
	$(BIN)/dinghire serve

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev
	$(BIN)/mypy

test: install-dev lint typecheck
	$(BIN)/pytest

lock:
	bash deploy/lock.sh

lock-extras:
	bash deploy/lock.sh --extras

clean:
	rm -rf $(VENV) var .mypy_cache .pytest_cache .ruff_cache
