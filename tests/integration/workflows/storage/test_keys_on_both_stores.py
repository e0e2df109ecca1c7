"""Key semantics on both adapters: candidates' keys (crypto-shredding), key ids, master-key
rotation, and range reads of new (DHE2) and old (DHE1) objects."""

from __future__ import annotations

import hmac
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from settings import DatabaseSettings
from tests.s3server import S3Server
from workflows.candidates.models import Candidate
from workflows.privacy.keys import destroy_candidate_key, master_kid
from workflows.storage.envelope import IntegrityError
from workflows.storage.local import LocalEncryptedStore
from workflows.storage.s3 import S3EncryptedStore
from workflows.storage.sealed import SealedStore

OLD, NEW = os.urandom(32), os.urandom(32)
MIB = 1024 * 1024
Make = Callable[..., SealedStore]


@pytest.fixture(params=["local", "s3"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Make]:
    """A factory of stores over the same objects, with the master keys given."""

    def local(master: bytes, *previous: bytes) -> SealedStore:
        return LocalEncryptedStore(tmp_path / "store", master, previous_master_keys=previous)

    if request.param == "local":
        yield local
        return
    server: S3Server = request.getfixturevalue("s3_server")

    def s3(master: bytes, *previous: bytes) -> SealedStore:
        return S3EncryptedStore.from_settings(
            server.settings(s3_prefix=tmp_path.name), master, previous_master_keys=previous
        )

    yield s3


def _raw_put(store: SealedStore, key: str, sealed: bytes) -> None:
    if isinstance(store, LocalEncryptedStore):
        store.raw_path(key).parent.mkdir(parents=True, exist_ok=True)
        store.raw_path(key).write_bytes(sealed)
    else:
        assert isinstance(store, S3EncryptedStore)
        store._client.put_object(Bucket=store._bucket, Key=store._name(key), Body=sealed)


def _dhe1(master: bytes, data: bytes, segment: int) -> bytes:
    """An object in the old format (no key id, segments bound to the whole header)."""
    kek = AESGCM(hmac.digest(master, b"dinghire/object-kek/v1", "sha256"))
    data_key, prefix, nonce = AESGCM.generate_key(bit_length=256), os.urandom(7), os.urandom(12)
    header = struct.pack(
        ">4sI7s60s", b"DHE1", segment, prefix, nonce + kek.encrypt(nonce, data_key, b"DHE1")
    )
    pieces = [data[i : i + segment] for i in range(0, len(data), segment)] or [b""]
    out = bytearray(header)
    aead = AESGCM(data_key)
    for n, piece in enumerate(pieces):
        last = n == len(pieces) - 1
        out += aead.encrypt(prefix + struct.pack(">IB", n, int(last)), piece, header)
    return bytes(out)


async def test_a_candidates_objects_use_their_key_and_are_shredded_with_it(
    db: DatabaseSettings, make: Make
) -> None:
    store = make(OLD)
    cand = await Candidate.create()
    data = os.urandom(2 * MIB + 33)
    await store.put("answers/5/rec.webm", data, owner=cand.id)
    assert await store.key_id("answers/5/rec.webm") == f"c{cand.id}"
    assert (
        b"".join(await store.read_range("answers/5/rec.webm", MIB - 5, MIB + 5))
        == (data[MIB - 5 : MIB + 6])
    )
    assert await store.plain_size("answers/5/rec.webm") == len(data)

    await destroy_candidate_key(cand.id)
    store.forget(cand.id)
    for read in (
        store.get("answers/5/rec.webm"),
        store.read_range("answers/5/rec.webm", 0, 10),
        store.plain_size("answers/5/rec.webm"),
    ):
        with pytest.raises(IntegrityError):
            await read
    # A fresh process (no cached key) cannot read it either.
    with pytest.raises(IntegrityError):
        await make(OLD).get("answers/5/rec.webm")


async def test_rotation_rewraps_master_key_objects_in_place(
    db: DatabaseSettings, make: Make
) -> None:
    data = os.urandom(MIB + 100)
    await make(OLD).put("inbox/a/file", data)
    rotating = make(NEW, OLD)
    assert await rotating.keys() == ["inbox/a/file"]
    assert await rotating.key_id("inbox/a/file") == master_kid(OLD)
    assert await rotating.rewrap("inbox/a/file") is True
    assert await rotating.rewrap("inbox/a/file") is False
    only_new = make(NEW)
    assert await only_new.key_id("inbox/a/file") == master_kid(NEW)
    assert await only_new.get("inbox/a/file") == data
    assert b"".join(await only_new.read_range("inbox/a/file", MIB, MIB + 99)) == data[MIB:]
    with pytest.raises(IntegrityError):
        await make(OLD).get("inbox/a/file")


@pytest.mark.parametrize(("start", "end"), [(0, 0), (990, 2010), (4000, 4999), (0, 4999)])
async def test_old_dhe1_objects_still_read_whole_and_by_range(
    make: Make, start: int, end: int
) -> None:
    data = os.urandom(5000)
    store = make(NEW, OLD)
    _raw_put(store, "resumes/old.pdf", _dhe1(OLD, data, 1000))
    assert await store.key_id("resumes/old.pdf") == ""
    assert await store.get("resumes/old.pdf") == data
    assert await store.plain_size("resumes/old.pdf") == len(data)
    assert b"".join(await store.read_range("resumes/old.pdf", start, end)) == data[start : end + 1]
