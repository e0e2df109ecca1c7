"""Restore drill: back up, wipe, restore; the report still opens and its recording decrypts."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from miniapp_api.app import create_app
from settings import DatabaseSettings, Settings, StorageSettings, load_settings
from tests.conftest import _admin
from tests.integration.miniapp_api.harness import JobLog, make_container
from tests.integration.miniapp_api.report_factory import BuiltReport, build_report, staff
from tests.integration.miniapp_api.test_report_api import _sign_in_with_link
from tests.s3server import S3Server, running_s3_server
from tests.support import POSTGRES_ADMIN_URL, REPO_ROOT
from workflows import db as dbmod
from workflows.interviews.models import Answer
from workflows.staff.models import Staff

SCRIPTS = REPO_ROOT / "deploy/backup"
MEDIA = b"\x1a\x45\xdf\xa3" + os.urandom(1024 * 1024 + 777)


def _run(
    name: str, arg: Path, dbs: DatabaseSettings, root: Path, s3: StorageSettings | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "PYTHON": sys.executable,
        "DINGHIRE_DATABASE_URL": dbs.url,
        "DINGHIRE_STORAGE_ROOT": str(root),
    }
    if s3 is not None:
        secret = s3.s3_secret_access_key
        env |= {
            "DINGHIRE_STORAGE_BACKEND": "s3",
            "DINGHIRE_STORAGE_S3_ENDPOINT_URL": s3.s3_endpoint_url,
            "DINGHIRE_STORAGE_S3_BUCKET": s3.s3_bucket,
            "DINGHIRE_STORAGE_S3_PREFIX": s3.s3_prefix,
            "DINGHIRE_STORAGE_S3_ACCESS_KEY_ID": s3.s3_access_key_id,
            "DINGHIRE_STORAGE_S3_SECRET_ACCESS_KEY": secret.get_secret_value() if secret else "",
        }
    return subprocess.run(
        ["bash", str(SCRIPTS / name), str(arg)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _script(
    name: str, arg: Path, dbs: DatabaseSettings, root: Path, s3: StorageSettings | None = None
) -> str:
    result = _run(name, arg, dbs, root, s3)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
async def empty_target(db: DatabaseSettings, tmp_path: Path) -> AsyncIterator[DatabaseSettings]:
    """A new, empty database of the same dialect: the machine we restore onto."""
    if db.dialect == "sqlite":
        yield DatabaseSettings(url=f"sqlite://{tmp_path}/restored/dinghire.sqlite3")
        return
    name = f"dinghire_restore_{secrets.token_hex(4)}"
    await _admin(f'CREATE DATABASE "{name}"')
    try:
        yield DatabaseSettings(url=f"{POSTGRES_ADMIN_URL.rsplit('/', 1)[0]}/{name}", pool_max=2)
    finally:
        await dbmod.disconnect()
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _settings(
    dbs: DatabaseSettings, root: Path, storage: StorageSettings | None = None
) -> Settings:
    return load_settings(
        strict=False, mode="test", database=dbs, storage=storage or StorageSettings(root=root)
    )


@pytest.fixture(scope="module")
def s3_server() -> Iterator[S3Server]:
    """moto's S3 server in its own process (PyPI moto[server])."""
    with running_s3_server() as server:
        yield server


async def test_restore_drill_on_the_s3_store(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path, s3_server: S3Server
) -> None:
    first = s3_server.settings(s3_prefix=f"{tmp_path.name}/before")
    before = _settings(db, tmp_path / "unused", first)
    container = make_container(before, JobLog())
    built = await build_report(container.vault, container.store, MEDIA)
    hr = await staff("hr001", "王芳", ["hr"])

    _script("backup.sh", tmp_path / "backup", db, tmp_path / "unused", first)
    assert MEDIA[:4096] not in (tmp_path / "backup/storage.tar").read_bytes()
    # Wipe: the recording goes; restore into an empty prefix and an empty database.
    media_key = (await Answer.get(id=built.media_answer_id)).media_key
    assert await container.store.delete(media_key)
    await dbmod.disconnect()
    second = s3_server.settings(s3_prefix=f"{tmp_path.name}/after")
    out = _script("restore.sh", tmp_path / "backup", empty_target, tmp_path / "unused", second)
    assert "restored" in out
    refused = _run("restore.sh", tmp_path / "backup", empty_target, tmp_path / "unused", second)
    assert refused.returncode != 0  # the database (or the prefix) is no longer empty

    await dbmod.connect(empty_target, process_wide=False)
    after = _settings(empty_target, tmp_path / "unused", second)
    await _assert_report_and_recording_open(after, built, hr)


async def _assert_report_and_recording_open(after: Settings, built: BuiltReport, hr: Staff) -> None:
    """On the restored system HR signs in, the report opens and its recording decrypts."""
    app = create_app(make_container(after, JobLog()))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        signed = await _sign_in_with_link(client, after, built.application_id, hr)
        assert signed.status_code == 200, signed.text
        report = await client.get(f"/api/hr/reports/{built.application_id}")
        assert report.status_code == 200, report.text
        media = await client.get(f"/api/hr/answers/{built.media_answer_id}/media")
    assert media.status_code == 200
    assert media.content == MEDIA


async def test_restore_drill_report_opens_and_recording_decrypts(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path
) -> None:
    before = _settings(db, tmp_path / "storage")
    container = make_container(before, JobLog())
    built = await build_report(container.vault, container.store, MEDIA)
    hr = await staff("hr001", "王芳", ["hr"])

    out = _script("backup.sh", tmp_path / "backup", db, before.storage.root)
    assert "backup written to" in out
    # The backup holds the sealed recording, never its plaintext.
    assert MEDIA[:4096] not in (tmp_path / "backup/storage.tar").read_bytes()

    # Wipe: the original storage is gone; the database is restored onto a new, empty one.
    shutil.rmtree(before.storage.root)
    await dbmod.disconnect()
    out = _script("restore.sh", tmp_path / "backup", empty_target, tmp_path / "restored-storage")
    assert "restored" in out

    await dbmod.connect(empty_target, process_wide=False)
    after = _settings(empty_target, tmp_path / "restored-storage")
    await _assert_report_and_recording_open(after, built, hr)


async def test_restore_refuses_a_damaged_backup(db: DatabaseSettings, tmp_path: Path) -> None:
    root = tmp_path / "storage"
    (root / "a").mkdir(parents=True)
    (root / "a/object").write_bytes(b"sealed bytes")
    _script("backup.sh", tmp_path / "backup", db, root)
    tar = tmp_path / "backup/storage.tar"
    tar.write_bytes(tar.read_bytes().replace(b"sealed bytes", b"sealed bytez"))
    target = DatabaseSettings(url=f"sqlite://{tmp_path}/new.sqlite3")
    if db.dialect == "postgres":
        target = DatabaseSettings(url=db.url.replace("/dinghire_t_", "/absent_"))
    result = _run("restore.sh", tmp_path / "backup", target, tmp_path / "new-storage")
    assert result.returncode == 1
    assert "is damaged: a checksum differs" in result.stderr
    assert not (tmp_path / "new-storage").exists()
