#!/usr/bin/env bash
# Installs DingHire from this offline bundle into ./.venv (or $1), with no network access:
# every file is checked against SHA256SUMS and the lock's own hashes.
# Needs Python 3.11 with venv, and from the local Debian mirror: ffmpeg, espeak-ng, fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")"
venv="${1:-.venv}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' \
  || { echo "ERROR: DingHire needs Python 3.11; $PYTHON is $("$PYTHON" --version 2>&1)" >&2; exit 1; }
sha256sum --check --quiet SHA256SUMS || { echo "ERROR: the bundle is damaged" >&2; exit 1; }
"$PYTHON" -m venv "$venv"
# The lock is complete, so no resolution (--no-deps) and no index (--no-index).
PIP_CONSTRAINT= "$venv/bin/pip" install --quiet --disable-pip-version-check --no-index --no-deps \
  --find-links wheels --require-hashes -r requirements/default.lock
PIP_CONSTRAINT= "$venv/bin/pip" install --quiet --disable-pip-version-check --no-index --no-deps \
  wheels/dinghire-*.whl
echo "installed: $("$venv/bin/dinghire" --help >/dev/null && echo "$venv/bin/dinghire")"
