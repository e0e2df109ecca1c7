"""Object storage settings: local files by default, or an S3-compatible server (MinIO)."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from pydantic import Field, SecretStr, field_validator

from settings.base import Section, is_placeholder, section_config

# S3 bucket naming rules (lowercase letters, digits, dots and hyphens; 3-63 characters).
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
MIN_PART_BYTES = 5 * 1024 * 1024  # S3's smallest multipart part (all but the last)


class StorageBackend(StrEnum):
    """Where sealed objects live."""

    LOCAL = "local"
    S3 = "s3"


class StorageSettings(Section):
    """Where files (resumes, recordings, exports) are kept."""

    model_config = section_config("storage")

    backend: StorageBackend = StorageBackend.LOCAL
    root: Path = Path("var/storage")
    # S3-compatible object storage (DINGHIRE_STORAGE_BACKEND=s3): MinIO, Ceph RGW, OSS, COS...
    s3_endpoint_url: str = ""
    s3_bucket: str = ""
    s3_prefix: str = ""
    s3_region: str = "us-east-1"
    s3_access_key_id: str = ""
    s3_secret_access_key: SecretStr | None = None
    # MinIO and most on-prem servers address buckets by path (http://host:9000/bucket/key).
    s3_path_style: bool = True
    # A private CA's bundle for an https endpoint; empty: the system's trust store.
    s3_ca_bundle: str = ""
    s3_part_bytes: int = Field(default=8 * 1024 * 1024, ge=MIN_PART_BYTES)
    # Open connections to the object store per process (concurrent chunk uploads share them).
    s3_max_connections: int = Field(default=32, ge=1, le=512)
    s3_connect_timeout_s: float = Field(default=3.0, gt=0)
    s3_read_timeout_s: float = Field(default=30.0, gt=0)
    s3_max_attempts: int = Field(default=5, ge=1, le=20)
    max_resume_bytes: int = 20 * 1024 * 1024
    max_upload_bytes: int = 512 * 1024 * 1024
    # Candidate data (recordings, transcripts, resumes, contact data) is erased this many days
    # after the candidate's last application closed (rejected, withdrawn, expired, hired...).
    retention_days: int = Field(default=180, ge=1)
    # Chunks of an upload nobody has touched for this long are deleted (the candidate retakes).
    abandoned_upload_hours: int = Field(default=48, ge=1)
    # Sent and dead outbox rows (message payloads) are kept this long for inspection.
    outbox_keep_days: int = Field(default=14, ge=1)
    # The key-ring file deploy/backup/backup.sh writes (the same path it uses): an erasure scrubs
    # the erased candidate's wrapped key from it at once, not only at the next backup run.
    backup_keyring: str = ""

    @field_validator("s3_endpoint_url")
    @classmethod
    def _endpoint_is_http(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL such as http://10.0.0.5:9000")
        return value.rstrip("/")

    @field_validator("s3_prefix")
    @classmethod
    def _prefix_is_clean(cls, value: str) -> str:
        value = value.strip().strip("/")
        if value and not re.fullmatch(r"[A-Za-z0-9._/-]{1,100}", value):
            raise ValueError("letters, digits, '.', '_', '-' and '/' only, such as dinghire/prod")
        return value

    def storage_problems(self) -> list[str]:
        """What stops the chosen backend from working (empty for the local store)."""
        if self.backend is not StorageBackend.S3:
            return []
        found: list[str] = []
        need = "required when DINGHIRE_STORAGE_BACKEND=s3"
        if not self.s3_endpoint_url:
            found.append(f"DINGHIRE_STORAGE_S3_ENDPOINT_URL: {need} (e.g. http://10.0.0.5:9000)")
        if not self.s3_bucket:
            found.append(f"DINGHIRE_STORAGE_S3_BUCKET: {need} (the bucket, e.g. dinghire)")
        elif not _BUCKET.match(self.s3_bucket) or ".." in self.s3_bucket:
            found.append(
                "DINGHIRE_STORAGE_S3_BUCKET: not a valid bucket name (3-63 lowercase letters, "
                "digits, '.' or '-')"
            )
        if not self.s3_access_key_id.strip():
            found.append(f"DINGHIRE_STORAGE_S3_ACCESS_KEY_ID: {need}")
        if is_placeholder(self.s3_secret_access_key):
            found.append(f"DINGHIRE_STORAGE_S3_SECRET_ACCESS_KEY: {need} (missing or placeholder)")
        if self.s3_ca_bundle and not Path(self.s3_ca_bundle).is_file():
            found.append(f"DINGHIRE_STORAGE_S3_CA_BUNDLE: no such file {self.s3_ca_bundle}")
        return found
