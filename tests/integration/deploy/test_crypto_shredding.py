"""Crypto-shredding: a backup taken before a candidate's erasure no longer decrypts their data.

The dated backups hold no data keys; the key ring beside them is replaced on every run. After an
erasure and the next backup, restoring the OLD backup brings back the erased candidate's rows and
sealed files, and none of it opens; another candidate in the same old backup restores whole.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dinghire.bootstrap import build_store, build_vault
from settings import DatabaseSettings
from tests.integration.deploy import test_backup_restore as drill
from workflows import db as dbmod
from workflows.candidates.models import Candidate
from workflows.privacy import contexts
from workflows.privacy.erasure import erase_candidate
from workflows.privacy.models import CandidateKey
from workflows.privacy.vault import DecryptionError, PiiVault
from workflows.storage.envelope import IntegrityError
from workflows.storage.local import LocalEncryptedStore

_script, _settings = drill._script, drill._settings
empty_target = drill.empty_target  # the restore drill's fixture: a new, empty database

RESUME = b"%PDF-1.4 resume bytes of a real person " * 50


async def _candidate(vault: PiiVault, store: LocalEncryptedStore, name: str) -> tuple[int, str]:
    cand = await Candidate.create()
    await vault.unlock(cand.id, create=True)
    cand.name_enc = vault.encrypt(name, context=contexts.CANDIDATE_NAME, owner=cand.id)
    await cand.save()
    key = f"resumes/{cand.id}/cv"
    await store.put(key, RESUME, owner=cand.id)
    return cand.id, key


async def test_a_backup_taken_before_erasure_no_longer_decrypts_the_erased_candidate(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path
) -> None:
    live = _settings(db, tmp_path / "storage")
    vault = build_vault(live)
    store = build_store(live, vault)
    erased_id, erased_file = await _candidate(vault, store, "张伟")
    kept_id, kept_file = await _candidate(vault, store, "李娜")
    backups = tmp_path / "backups"

    _script("backup.sh", backups / "day1", db, live.storage.root)
    erasure = await erase_candidate(
        erased_id, store, now=datetime.now(UTC), reason="候选人申请删除"
    )
    assert erasure.key_destroyed
    _script("backup.sh", backups / "day2", db, live.storage.root)

    # Disaster: restore the OLD backup (from before the erasure) onto a new machine.
    shutil.rmtree(live.storage.root)
    await dbmod.disconnect()
    _script("restore.sh", backups / "day1", empty_target, tmp_path / "restored")
    await dbmod.connect(empty_target, process_wide=False)
    after = _settings(empty_target, tmp_path / "restored")
    vault2 = build_vault(after)
    store2 = build_store(after, vault2)

    old_row = await Candidate.get(id=erased_id)
    assert old_row.name_enc, "the old backup does hold the erased candidate's ciphertext"
    await vault2.unlock_tokens([old_row.name_enc])
    with pytest.raises(DecryptionError):
        vault2.decrypt(old_row.name_enc, context=contexts.CANDIDATE_NAME, owner=erased_id)
    assert await store2.exists(erased_file)
    with pytest.raises(IntegrityError):
        await store2.get(erased_file)
    assert (await CandidateKey.get(candidate_id=erased_id)).destroyed_at is not None

    kept = await Candidate.get(id=kept_id)
    await vault2.unlock(kept_id)
    assert vault2.decrypt(kept.name_enc, context=contexts.CANDIDATE_NAME, owner=kept_id) == "李娜"
    assert await store2.get(kept_file) == RESUME


async def test_erasure_scrubs_the_key_ring_at_once_without_waiting_for_the_next_backup(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path
) -> None:
    """The ring beside the backups held the erased candidate's wrapped key until the next backup
    run replaced it: an old backup restored with that ring opened their data again."""
    live = _settings(db, tmp_path / "storage")
    vault = build_vault(live)
    store = build_store(live, vault)
    erased_id, erased_file = await _candidate(vault, store, "张伟")
    kept_id, kept_file = await _candidate(vault, store, "李娜")
    backups = tmp_path / "backups"
    _script("backup.sh", backups / "day1", db, live.storage.root)
    ring = backups / "keyring.csv"
    wrapped = (await CandidateKey.get(candidate_id=erased_id)).wrapped
    assert wrapped and wrapped in ring.read_text()

    await erase_candidate(
        erased_id, store, now=datetime.now(UTC), reason="候选人申请删除", keyring_file=str(ring)
    )
    assert wrapped not in ring.read_text()
    assert ring.stat().st_mode & 0o777 == 0o600

    # No second backup: restore day 1 with the ring as the erasure left it.
    shutil.rmtree(live.storage.root)
    await dbmod.disconnect()
    _script("restore.sh", backups / "day1", empty_target, tmp_path / "restored")
    await dbmod.connect(empty_target, process_wide=False)
    after = _settings(empty_target, tmp_path / "restored")
    vault2 = build_vault(after)
    store2 = build_store(after, vault2)
    old_row = await Candidate.get(id=erased_id)
    await vault2.unlock_tokens([old_row.name_enc])
    with pytest.raises(DecryptionError):
        vault2.decrypt(old_row.name_enc, context=contexts.CANDIDATE_NAME, owner=erased_id)
    with pytest.raises(IntegrityError):
        await store2.get(erased_file)
    assert (await CandidateKey.get(candidate_id=erased_id)).destroyed_at is not None
    kept = await Candidate.get(id=kept_id)
    await vault2.unlock(kept_id)
    assert vault2.decrypt(kept.name_enc, context=contexts.CANDIDATE_NAME, owner=kept_id) == "李娜"
    assert await store2.get(kept_file) == RESUME
