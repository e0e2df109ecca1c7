"""Object storage settings: local files by default."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from settings.base import Section, section_config


class StorageSettings(Section):
    """Where files (resumes, recordings, exports) are kept."""

    model_config = section_config("storage")

    root: Path = Path("var/storage")
    max_resume_bytes: int = 20 * 1024 * 1024
    max_upload_bytes: int = 512 * 1024 * 1024
    # Candidate data (recordings, transcripts, resumes, contact data) is erased this many days
    # after the candidate's last application closed (rejected, withdrawn, expired, hired...).
    retention_days: int = Field(default=180, ge=1)
    # Chunks of an upload nobody has touched for this long are deleted (the candidate retakes).
    abandoned_upload_hours: int = Field(default=48, ge=1)
    # Sent and dead outbox rows (message payloads) are kept this long for inspection.
    outbox_keep_days: int = Field(default=14, ge=1)
