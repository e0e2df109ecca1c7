"""Object storage settings: local files by default."""

from __future__ import annotations

from pathlib import Path

from settings.base import Section, section_config


class StorageSettings(Section):
    """Where files (resumes, recordings, exports) are kept."""

    model_config = section_config("storage")

    root: Path = Path("var/storage")
    max_resume_bytes: int = 20 * 1024 * 1024
    max_upload_bytes: int = 512 * 1024 * 1024
    retention_days: int = 180
