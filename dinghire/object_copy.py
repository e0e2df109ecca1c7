"""Copy the S3 object store's sealed objects to a directory and back (backup.sh, restore.sh).

Objects are copied as stored, sealed: nothing is decrypted, so a backup holds no readable
resume or recording. Usage (settings from the environment, like every dinghire command):
  python -m dinghire.object_copy export DIR   # every object under the prefix into DIR
  python -m dinghire.object_copy import DIR   # into an empty bucket prefix; refuses otherwise
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from settings import StorageBackend, StorageSettings, load_settings
from workflows.storage.port import check_key
from workflows.storage.s3 import build_s3_client


def _prefix(storage: StorageSettings) -> str:
    return f"{storage.s3_prefix}/" if storage.s3_prefix else ""


def _names(client: Any, storage: StorageSettings) -> list[str]:
    pages = client.get_paginator("list_objects_v2").paginate(
        Bucket=storage.s3_bucket, Prefix=_prefix(storage)
    )
    return [item["Key"] for page in pages for item in page.get("Contents", [])]


def export_objects(storage: StorageSettings, dest: Path) -> int:
    """Write every sealed object under the prefix to dest/<key>; the count."""
    client = build_s3_client(storage)
    prefix = _prefix(storage)
    count = 0
    for name in _names(client, storage):
        key = check_key(name[len(prefix) :])
        if key.startswith("readyz/"):
            continue  # readiness probes' leftovers
        target = dest / key
        target.parent.mkdir(parents=True, exist_ok=True)
        client.download_file(storage.s3_bucket, name, str(target))
        count += 1
    return count


def import_objects(storage: StorageSettings, src: Path) -> int:
    """Upload every file under src as the object of the same key; refuses a non-empty prefix."""
    client = build_s3_client(storage)
    if _names(client, storage):
        raise SystemExit(
            f"ERROR: bucket {storage.s3_bucket} prefix '{storage.s3_prefix}' is not empty; "
            "restore into an empty one"
        )
    count = 0
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        key = check_key(path.relative_to(src).as_posix())
        client.upload_file(str(path), storage.s3_bucket, _prefix(storage) + key)
        count += 1
    return count


def main(argv: list[str]) -> int:
    """export DIR | import DIR."""
    if len(argv) != 2 or argv[0] not in ("export", "import"):
        print(__doc__, file=sys.stderr)
        return 2
    storage = load_settings(strict=False).storage
    if storage.backend is not StorageBackend.S3:
        print("ERROR: DINGHIRE_STORAGE_BACKEND is not s3", file=sys.stderr)
        return 2
    problems = storage.storage_problems()
    if problems:
        print("ERROR: " + "; ".join(problems), file=sys.stderr)
        return 2
    where = Path(argv[1])
    done = export_objects(storage, where) if argv[0] == "export" else import_objects(storage, where)
    print(f"{argv[0]}ed {done} objects")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
