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
