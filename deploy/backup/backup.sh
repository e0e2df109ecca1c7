#!/usr/bin/env bash
# Backs up DingHire into a new directory: the database (pg_dump's custom format, or SQLite's online
# backup) and the object store's files as stored (sealed: useless without the master key, which
# is NOT in the backup; keep it apart). Safe while DingHire runs.
# The candidates' data keys (table candidate_key) are left out of the dated backup: they go to ONE
# key-ring file (DINGHIRE_STORAGE_BACKUP_KEYRING, default DEST_DIR/../keyring.csv), replaced on
# every run. An erased candidate's key is gone from it at the next run, so no backup, however old,
# decrypts their data again (crypto-shredding); every other candidate restores with the newest one.
# Usage: deploy/backup/backup.sh DEST_DIR
#   Reads DINGHIRE_DATABASE_URL and DINGHIRE_STORAGE_ROOT (or DINGHIRE_STORAGE_BACKEND=s3 and its
#   DINGHIRE_STORAGE_S3_* settings) from the environment, or from the file
#   named by DINGHIRE_ENV_FILE (e.g. /etc/dinghire/dinghire.env).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/backup/common.sh
source "$here/common.sh"

dest="${1:?usage: backup.sh DEST_DIR}"
load_settings
if [[ -e "$dest" && -n "$(ls -A "$dest" 2>/dev/null)" ]]; then
  die "$dest is not empty; give a new directory for each backup"
fi
mkdir -p "$dest"
chmod 700 "$dest"

# The database first: objects written after the dump are extra in the backup, never missing.
case "$(db_dialect)" in
  postgres)
    pg_dump --format=custom --no-owner --no-privileges --exclude-table-data=candidate_key \
      --dbname="$(libpq_url)" --file="$dest/db.dump"
    ;;
  sqlite)
    src="$(sqlite_path)"
    [[ -f "$src" ]] || die "SQLite database $src does not exist"
    # SQLite's online backup API gives a consistent copy while the server writes.
    "$PYTHON" -c 'import sqlite3, sys; s = sqlite3.connect(sys.argv[1]); d = sqlite3.connect(sys.argv[2]); s.backup(d); d.close(); s.close()' \
      "$src" "$dest/db.sqlite3"
    "$PYTHON" -c 'import sqlite3, sys; d = sqlite3.connect(sys.argv[1]); d.execute("DELETE FROM candidate_key"); d.commit(); d.execute("VACUUM"); d.close()' \
      "$dest/db.sqlite3"
    ;;
esac

# The key ring after the dump: it then holds every key the dump's rows need (keys of candidates
# erased in between are rightly missing).
keyring="${DINGHIRE_STORAGE_BACKUP_KEYRING:-${DINGHIRE_BACKUP_KEYRING:-$(dirname "$dest")/keyring.csv}}"
export_keyring "$keyring.tmp$$"
chmod 600 "$keyring.tmp$$"
mv -f "$keyring.tmp$$" "$keyring"

if [[ "$STORAGE_BACKEND" == "s3" ]]; then
  # The bucket's objects as stored (sealed), through the same settings as the app.
  objects="$(mktemp -d)"
  trap 'rm -rf "$objects"' EXIT
  "$PYTHON" -m dinghire.object_copy export "$objects" >/dev/null
  tar --create --file="$dest/storage.tar" --directory="$objects" .
elif [[ -d "$STORAGE_ROOT" ]]; then
  # Half-written objects (temp files before their atomic rename) are not objects yet.
  tar --create --file="$dest/storage.tar" --directory="$STORAGE_ROOT" --exclude='*.tmp[0-9]*' .
else
  tar --create --file="$dest/storage.tar" --files-from=/dev/null
fi

{
  echo "created_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "dialect=$(db_dialect)"
  echo "objects=$(tar --list --file="$dest/storage.tar" | grep -cv '/$' || true)"
} > "$dest/manifest.txt"
(cd "$dest" && sha256sum -- * > SHA256SUMS)
echo "backup written to $dest ($(du -sh "$dest" | cut -f1)); key ring in $keyring"
