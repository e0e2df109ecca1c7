#!/usr/bin/env bash
# Builds the offline installer for air-gapped servers: one archive with every wheel (or source
# archive) pinned by requirements/default.lock, checked against its hash, the DingHire wheel with
# its static pages and models, the lock, the deployment files and the docs.
# Usage: deploy/bundle.sh [OUT_DIR]   (default dist/); needs the network once, on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
name="dinghire-$version-offline"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/$name"
mkdir -p "$stage/wheels" "$stage/requirements" "$out"

PY=.venv/bin/python
[[ -x "$PY" ]] || { echo "ERROR: run 'make install' first (the bundle is built with .venv)" >&2; exit 1; }

# Exactly the locked files, each checked against the lock's hashes as it arrives.
"$PY" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
  --dest "$stage/wheels" -r requirements/default.lock 2> >(grep -v '^WARNING: Location' >&2)
# A few locked packages publish only source archives: the build backend travels along.
"$PY" -m pip download --quiet --disable-pip-version-check --no-deps --dest "$stage/wheels" \
  "setuptools>=69" wheel 2> >(grep -v '^WARNING: Location' >&2)
# DingHire itself: code, H5 pages, the resume NER model and other package data.
.venv/bin/uv build --quiet --wheel --out-dir "$stage/wheels" .

cp requirements/default.lock "$stage/requirements/"
cp deploy/bundle/install-offline.sh "$stage/install.sh"
cp -r deploy/systemd deploy/nginx deploy/backup deploy/compose "$stage/"
cp -r docs "$stage/docs"
cp README.md "$stage/"
(cd "$stage" && find wheels requirements -type f -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
# Wheels are compressed already: a plain tar is as small and much faster to write.
tar --create --file "$out/$name.tar" --directory "$work" "$name"
echo "bundle: $out/$name.tar ($(du -h "$out/$name.tar" | cut -f1))"
