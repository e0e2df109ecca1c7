"""Key ids, per-candidate data keys, row binding, rotation and crypto-shredding."""

from __future__ import annotations

import base64
import hmac
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from settings import DatabaseSettings
from workflows.candidates.models import Candidate
from workflows.privacy import contexts
from workflows.privacy.keys import KeyNotLoadedError, master_kid
from workflows.privacy.models import CandidateKey
from workflows.privacy.rotation import rotate
from workflows.privacy.vault import DecryptionError, PiiVault, key_id_of
from workflows.storage.envelope import IntegrityError
from workflows.storage.local import LocalEncryptedStore

OLD, NEW, HASH = os.urandom(32), os.urandom(32), b"hash-key"


def _pair(root: Path, master: bytes, *previous: bytes) -> tuple[PiiVault, LocalEncryptedStore]:
    vault = PiiVault(master, HASH, previous_master_keys=previous)
    return vault, LocalEncryptedStore(
        root, master, previous_master_keys=previous, keyring=vault.keyring
    )


async def _candidate(vault: PiiVault, name: str) -> Candidate:
    cand = await Candidate.create()
    cand.name_enc = await vault.seal(name, context=contexts.CANDIDATE_NAME, owner=cand.id)
    await cand.save()
    return cand


async def test_ciphertexts_name_their_key_and_candidate_data_uses_the_candidates_key(
    db: DatabaseSettings,
) -> None:
    vault = PiiVault(OLD, HASH)
    cand = await _candidate(vault, "张伟")
    assert key_id_of(cand.name_enc) == f"c{cand.id}"
    assert key_id_of(vault.encrypt("x", context="c")) == master_kid(OLD)
    row = await CandidateKey.get(candidate_id=cand.id)
    assert row.kek_id == master_kid(OLD) and row.wrapped and row.destroyed_at is None
    # Another process reads it after loading the key; before that, a use without unlock is a bug.
    other = PiiVault(OLD, HASH)
    with pytest.raises(KeyNotLoadedError):
        other.decrypt(cand.name_enc, context=contexts.CANDIDATE_NAME)
    await other.unlock(cand.id)
    assert other.decrypt(cand.name_enc, context=contexts.CANDIDATE_NAME, owner=cand.id) == "张伟"


async def test_a_ciphertext_copied_into_another_candidates_row_is_refused(
    db: DatabaseSettings,
) -> None:
    vault = PiiVault(OLD, HASH)
    alice, bob = await _candidate(vault, "张伟"), await _candidate(vault, "李娜")
    with pytest.raises(DecryptionError):
        vault.decrypt(alice.name_enc, context=contexts.CANDIDATE_NAME, owner=bob.id)
    # Nor does it open as another field of the same person.
    with pytest.raises(DecryptionError):
        vault.decrypt(alice.name_enc, context=contexts.CANDIDATE_PHONE, owner=alice.id)


async def test_an_object_moved_to_another_storage_key_does_not_open(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    vault, store = _pair(tmp_path, OLD)
    cand = await _candidate(vault, "张伟")
    await store.put("answers/1/a.webm", b"recording one", owner=cand.id)
    await store.put("answers/2/b.webm", b"recording two", owner=cand.id)
    store.raw_path("answers/2/b.webm").write_bytes(store.raw_path("answers/1/a.webm").read_bytes())
    with pytest.raises(IntegrityError):
        await store.get("answers/2/b.webm")


async def test_destroying_a_candidates_key_shreds_their_fields_and_files(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    vault, store = _pair(tmp_path, OLD)
    cand = await _candidate(vault, "张伟")
    await store.put("resumes/x", b"resume", owner=cand.id)
    copy = cand.name_enc  # what a backup holds
    assert await vault.keyring.destroy(cand.id)
    fresh_vault, fresh_store = _pair(tmp_path, OLD)  # a new process, nothing cached
    await fresh_vault.unlock_tokens([copy])
    with pytest.raises(DecryptionError):
        fresh_vault.decrypt(copy, context=contexts.CANDIDATE_NAME, owner=cand.id)
    with pytest.raises(IntegrityError):
        await fresh_store.get("resumes/x")


async def test_rotation_moves_everything_to_the_new_master_key(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    vault, store = _pair(tmp_path, OLD)
    cand = await _candidate(vault, "张伟")
    await store.put("resumes/c", b"candidate file", owner=cand.id)
    await store.put("inbox/k/file", b"no owner")
    # Data from before key ids: a v1 field under the old master's field key, still readable.
    legacy = AESGCM(hmac.digest(OLD, b"dinghire/pii-field/v1", "sha256"))
    nonce = os.urandom(12)
    sealed = legacy.encrypt(nonce, b"13812345678", contexts.CANDIDATE_PHONE.encode())
    v1 = "v1:" + base64.urlsafe_b64encode(nonce + sealed).decode()
    await Candidate.filter(id=cand.id).update(phone_enc=v1)

    rotating, rstore = _pair(tmp_path, NEW, OLD)
    assert rotating.decrypt(v1, context=contexts.CANDIDATE_PHONE) == "13812345678"
    done = await rotate(rotating, rstore)
    assert done.keys_rewrapped == 1 and done.fields_resealed == 1
    assert done.objects_rewrapped == 1 and done.unreadable == 0

    # The old master key is gone from the configuration: everything still opens.
    only_new, nstore = _pair(tmp_path, NEW)
    row = await Candidate.get(id=cand.id)
    assert key_id_of(row.phone_enc) == f"c{cand.id}"
    await only_new.unlock(cand.id)
    assert only_new.decrypt(row.phone_enc, context=contexts.CANDIDATE_PHONE, owner=cand.id) == (
        "13812345678"
    )
    assert only_new.decrypt(row.name_enc, context=contexts.CANDIDATE_NAME, owner=cand.id) == "张伟"
    assert await nstore.get("resumes/c") == b"candidate file"
    assert await nstore.get("inbox/k/file") == b"no owner"
    assert (await CandidateKey.get(candidate_id=cand.id)).kek_id == master_kid(NEW)
    assert (await rotate(only_new, nstore)).as_dict() == {
        "keys_rewrapped": 0,
        "fields_resealed": 0,
        "objects_rewrapped": 0,
        "objects_resealed": 0,
        "unreadable": 0,
    }
