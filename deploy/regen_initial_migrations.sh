#!/usr/bin/env bash
# Pre-release only: rebuild the single initial migration of each dialect from the models.
# After the first release, never do this: add migrations with `dinghire makemigrations`.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_ADMIN="${DINGHIRE_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
tmpdb="dinghire_regen_$$"
base="${PG_ADMIN%/*}"
rm -rf workflows/migrations/sqlite workflows/migrations/postgres
tmp=$(mktemp -d)
DINGHIRE_DATABASE_URL="sqlite://$tmp/regen.sqlite3" .venv/bin/dinghire makemigrations
psql "$PG_ADMIN" -q -c "CREATE DATABASE \"$tmpdb\""
trap 'psql "$PG_ADMIN" -q -c "DROP DATABASE IF EXISTS \"$tmpdb\""; rm -rf "$tmp"' EXIT
DINGHIRE_DATABASE_URL="$base/$tmpdb" .venv/bin/dinghire makemigrations
ls workflows/migrations/*/models/
