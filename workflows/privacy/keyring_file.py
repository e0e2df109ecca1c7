"""The backup key-ring file (deploy/backup/backup.sh writes `candidate_key` there as CSV).

An erasure destroys the candidate's key in the database; this scrubs the same key from the ring
file at once, so an old backup plus the ring never decrypts an erased candidate again, even
before the next backup run replaces the ring. The row stays, marked destroyed, so a restore
records the destruction too.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path


def scrub_keyring_file(path: str | Path, candidate_id: int, *, now: datetime) -> bool:
    """Blank candidate `candidate_id`'s wrapped key in the ring file; False when the file is
    missing or held no live key of theirs. The file is replaced atomically (mode 600)."""
    ring = Path(path)
    if not str(path) or not ring.is_file():
        return False
    # Line by line, keeping every other value exactly as written: in PostgreSQL's CSV an unquoted
    # empty value is NULL and a quoted one an empty string. The ring's values (ids, timestamps,
    # base64) hold no commas, quotes or line breaks.
    lines = ring.read_text().splitlines()
    if not lines:
        return False
    col = {name: i for i, name in enumerate(lines[0].split(","))}
    if not {"candidate_id", "wrapped", "destroyed_at"} <= set(col):
        raise ValueError(f"{ring} is not a DingHire key ring (no candidate_id/wrapped columns)")
    changed = False
    for n, line in enumerate(lines[1:], 1):
        values = line.split(",")
        if values[col["candidate_id"]] == str(candidate_id) and values[col["wrapped"]] not in (
            "",
            '""',
        ):
            values[col["wrapped"]] = '""'
            values[col["destroyed_at"]] = now.isoformat()
            lines[n] = ",".join(values)
            changed = True
    if not changed:
        return False
    tmp = ring.with_name(f"{ring.name}.scrub{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, ring)
    return True
