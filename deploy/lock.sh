#!/usr/bin/env bash
# Regenerates the hashed lock files from pyproject.toml (developer tool; needs the venv's uv).
# No lock records an index address: uv writes none unless asked.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=.venv/bin/uv
common=(--quiet --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28
        --no-header)

"$UV" pip compile "${common[@]}" pyproject.toml -o requirements/default.lock
"$UV" pip compile "${common[@]}" --extra dev pyproject.toml -o requirements/dev.lock
printf 'uv==%s\n' "$("$UV" --version | awk '{print $2}')" > /tmp/dinghire-bootstrap.in
"$UV" pip compile "${common[@]}" /tmp/dinghire-bootstrap.in -o requirements/bootstrap.lock
if [[ "${1:-}" == "--extras" ]]; then
  # Each extra's lock also holds the dev tools, so its own venv (deploy/install-extra.sh) runs
  # pytest with the same pins as the main suite.
  # The CPU build of torch 2.13.0 is a local wheel on these machines (see docs/operations.md).
  "$UV" pip compile "${common[@]}" --extra dev --extra funasr --find-links /opt/wheels \
    pyproject.toml -o requirements/funasr.lock
  "$UV" pip compile "${common[@]}" --extra dev --extra paddlenlp pyproject.toml \
    -o requirements/paddlenlp.lock
  # llama-cpp-python has no wheel on PyPI: its sdist is locked and built at install time.
  "$UV" pip compile "${common[@]}" --extra dev --extra llm pyproject.toml -o requirements/llm.lock
fi
echo "locks written to requirements/"
