# Shared by backup.sh and restore.sh: settings, URL forms, errors.

die() {
  echo "ERROR: $*" >&2
  exit 1
}

load_settings() {
  if [[ -n "${DINGHIRE_ENV_FILE:-}" ]]; then
    [[ -r "$DINGHIRE_ENV_FILE" ]] || die "cannot read $DINGHIRE_ENV_FILE"
    set -a
    # shellcheck disable=SC1090
    source "$DINGHIRE_ENV_FILE"
    set +a
  fi
  DATABASE_URL="${DINGHIRE_DATABASE_URL:-sqlite://var/dinghire.sqlite3}"
  STORAGE_ROOT="${DINGHIRE_STORAGE_ROOT:-var/storage}"
  STORAGE_BACKEND="${DINGHIRE_STORAGE_BACKEND:-local}"
  PYTHON="${PYTHON:-$(command -v python3)}"
}

db_dialect() {
  case "$DATABASE_URL" in
    sqlite://*) echo sqlite ;;
    postgres://* | postgresql://* | asyncpg://* | psycopg://*) echo postgres ;;
    *) die "unsupported DINGHIRE_DATABASE_URL scheme: ${DATABASE_URL%%://*}" ;;
  esac
}

# libpq (pg_dump, psql) knows postgresql:// but not the ORM's asyncpg:// or psycopg:// forms.
libpq_url() {
  echo "postgresql://${DATABASE_URL#*://}"
}

sqlite_path() {
  echo "${DATABASE_URL#sqlite://}"
}

# The candidate_key table as CSV with a header (every column), and back.
_KEYRING_SQLITE_EXPORT='import csv, sqlite3, sys
c = sqlite3.connect(sys.argv[1]); cur = c.execute("SELECT * FROM candidate_key ORDER BY id")
w = csv.writer(open(sys.argv[2], "w", newline="")); w.writerow([d[0] for d in cur.description]); w.writerows(cur)'
_KEYRING_SQLITE_IMPORT='import csv, sqlite3, sys
c = sqlite3.connect(sys.argv[1]); r = csv.reader(open(sys.argv[2], newline="")); head = next(r)
c.executemany("INSERT INTO candidate_key (%s) VALUES (%s)" % (",".join(head), ",".join("?" * len(head))),
              ([v if v != "" or h not in ("destroyed_at",) else None for h, v in zip(head, row)] for row in r))
c.commit(); print(c.execute("SELECT count(*) FROM candidate_key").fetchone()[0])'

export_keyring() {
  case "$(db_dialect)" in
    postgres)
      psql --no-psqlrc --quiet --dbname="$(libpq_url)" \
        --command="\\copy (SELECT * FROM candidate_key ORDER BY id) TO '$1' WITH (FORMAT csv, HEADER)"
      ;;
    sqlite) "$PYTHON" -c "$_KEYRING_SQLITE_EXPORT" "$(sqlite_path)" "$1" ;;
  esac
}

import_keyring() {
  case "$(db_dialect)" in
    postgres)
      psql --no-psqlrc --quiet --dbname="$(libpq_url)" \
        --command="\\copy candidate_key FROM '$1' WITH (FORMAT csv, HEADER)"
      psql --no-psqlrc --quiet --dbname="$(libpq_url)" --command="SELECT setval(pg_get_serial_sequence('candidate_key', 'id'), COALESCE(MAX(id), 1)) FROM candidate_key" >/dev/null
      ;;
    sqlite) "$PYTHON" -c "$_KEYRING_SQLITE_IMPORT" "$(sqlite_path)" "$1" >/dev/null ;;
  esac
}
