#!/usr/bin/env bash
# Creates .venv and installs DingHire from the hashed lock files.
# Usage: deploy/install.sh [runtime|dev]
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-runtime}"
case "$profile" in
  runtime) lock=requirements/default.lock; sys=runtime ;;
  dev) lock=requirements/dev.lock; sys=test ;;
  *) echo "usage: $0 [runtime|dev]" >&2; exit 2 ;;
esac

bash deploy/system-deps.sh "$sys"

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  echo "ERROR: DingHire needs Python 3.11; $PYTHON is $("$PYTHON" --version 2>&1)." >&2
  exit 1
fi

stamp=".venv/.installed-$profile"
# The dev set contains the runtime set: a fresh dev install serves `make run` too.
if [[ "$profile" == "runtime" && -f .venv/.installed-dev && .venv/.installed-dev -nt requirements/dev.lock && .venv/.installed-dev -nt pyproject.toml ]]; then
  echo "python packages: up to date (dev set)"
  exit 0
fi
if [[ -f "$stamp" && "$stamp" -nt "$lock" && "$stamp" -nt pyproject.toml ]]; then
  echo "python packages: up to date ($lock)"
  exit 0
fi

if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
# uv itself comes from a hashed lock too.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
  --require-hashes -r requirements/bootstrap.lock
.venv/bin/uv pip sync --quiet --python .venv/bin/python --require-hashes "$lock"
.venv/bin/uv pip install --quiet --python .venv/bin/python --no-deps -e .
rm -f .venv/.installed-*
touch "$stamp"
echo "python packages: installed from $lock"
