#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and an empty storage directory (a new
# machine after a loss, or the same one wiped). Checks every file's SHA-256 first. Stop the API and
# workers before restoring; afterwards run `dinghire migrate` if this release is newer.
# Usage: deploy/backup/restore.sh BACKUP_DIR [KEYRING_CSV]
#   KEYRING_CSV: the newest key ring backup.sh wrote (default BACKUP_DIR/../keyring.csv).
#   Reads DINGHIRE_DATABASE_URL and DINGHIRE_STORAGE_ROOT like backup.sh. The same
#   DINGHIRE_SECURITY_MASTER_KEY must be configured, or nothing restored decrypts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/backup/common.sh
source "$here/common.sh"

src="${1:?usage: restore.sh BACKUP_DIR [KEYRING_CSV]}"
load_settings
keyring="${2:-${DINGHIRE_STORAGE_BACKUP_KEYRING:-${DINGHIRE_BACKUP_KEYRING:-$(dirname "$src")/keyring.csv}}}"
[[ -f "$src/SHA256SUMS" ]] || die "$src has no SHA256SUMS: not a DingHire backup"
(cd "$src" && sha256sum --check --quiet SHA256SUMS) || die "$src is damaged: a checksum differs"
backup_dialect="$(sed -n 's/^dialect=//p' "$src/manifest.txt")"
[[ "$backup_dialect" == "$(db_dialect)" ]] \
  || die "the backup is of a $backup_dialect database but DINGHIRE_DATABASE_URL is $(db_dialect)"
if [[ "$STORAGE_BACKEND" != "s3" && -d "$STORAGE_ROOT" && -n "$(ls -A "$STORAGE_ROOT")" ]]; then
  die "storage directory $STORAGE_ROOT is not empty; restore into an empty one"
fi

case "$(db_dialect)" in
  postgres)
    tables="$(psql --no-psqlrc --tuples-only --no-align --dbname="$(libpq_url)" \
      --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
    [[ "$tables" == "0" ]] || die "database is not empty ($tables tables); restore into an empty one"
    pg_restore --no-owner --no-privileges --exit-on-error --dbname="$(libpq_url)" "$src/db.dump"
    ;;
  sqlite)
    dst="$(sqlite_path)"
    [[ ! -s "$dst" ]] || die "SQLite database $dst exists; restore into a new path"
    mkdir -p "$(dirname "$dst")"
    cp "$src/db.sqlite3" "$dst"
    ;;
esac

# The newest key ring, never one from the backup's day: erased candidates stay unreadable.
if [[ -f "$keyring" ]]; then
  import_keyring "$keyring"
else
  echo "WARNING: no key ring at $keyring: candidates' contact data, resumes and recordings will not decrypt" >&2
fi

if [[ "$STORAGE_BACKEND" == "s3" ]]; then
  objects="$(mktemp -d)"
  trap 'rm -rf "$objects"' EXIT
  tar --extract --file="$src/storage.tar" --directory="$objects"
  # Refuses a bucket prefix that already holds objects, like a non-empty directory.
  "$PYTHON" -m dinghire.object_copy import "$objects" >/dev/null
else
  mkdir -p "$STORAGE_ROOT"
  chmod 700 "$STORAGE_ROOT"
  tar --extract --file="$src/storage.tar" --directory="$STORAGE_ROOT"
fi
echo "restored $(sed -n 's/^objects=//p' "$src/manifest.txt") objects and the $(db_dialect) database from $src"
