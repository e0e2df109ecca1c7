"""The object store port, on both adapters: the local files and an S3 server (moto).

Same behaviour whichever holds the objects: round trips at segment edges, streamed writes,
range reads, sizes, deletes, and nothing readable without the master key.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.s3server import S3Server
from workflows.storage.envelope import IntegrityError
from workflows.storage.local import LocalEncryptedStore
from workflows.storage.port import ObjectNotFoundError, ObjectStore
from workflows.storage.s3 import S3EncryptedStore

MIB = 1024 * 1024
KEY = os.urandom(32)


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ObjectStore]:
    if request.param == "local":
        yield LocalEncryptedStore(tmp_path, KEY)
        return
    server: S3Server = request.getfixturevalue("s3_server")
    # A small part size so multipart runs on a few MiB (the setting's floor is S3's 5 MiB).
    yield S3EncryptedStore.from_settings(server.settings(s3_prefix=tmp_path.name), KEY)


async def _chunks(data: bytes, size: int) -> AsyncIterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


@pytest.mark.parametrize("size", [0, 1, MIB, MIB + 1, 3 * MIB + 17])
async def test_round_trip_at_segment_edges(store: ObjectStore, size: int) -> None:
    data = os.urandom(size)
    stored = await store.put("resumes/a.bin", data)
    assert (stored.size, await store.get("resumes/a.bin")) == (size, data)
    assert await store.plain_size("resumes/a.bin") == size


async def test_streamed_write_and_read_match(store: ObjectStore) -> None:
    data = os.urandom(11 * MIB + 5)  # above the 8 MiB part: a multipart upload on S3
    stored = await store.put_stream("answers/1/rec.webm", _chunks(data, 300_000))
    assert stored.size == len(data)
    assert b"".join([p async for p in store.stream("answers/1/rec.webm")]) == data


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 0), (0, MIB - 1), (MIB - 3, MIB + 3), (2 * MIB + 100, 5 * MIB), (5 * MIB - 1, 5 * MIB)],
)
async def test_range_reads_return_exactly_those_bytes(
    store: ObjectStore, start: int, end: int
) -> None:
    data = os.urandom(5 * MIB + 1)
    await store.put("answers/2/rec.mp4", data)
    got = b"".join(await store.read_range("answers/2/rec.mp4", start, end))
    assert got == data[start : end + 1]


async def test_missing_objects_and_deletes(store: ObjectStore) -> None:
    assert not await store.exists("nope/x")
    with pytest.raises(ObjectNotFoundError):
        await store.get("nope/x")
    with pytest.raises(ObjectNotFoundError):
        await store.plain_size("nope/x")
    await store.put("d/x", b"bye")
    assert await store.exists("d/x")
    assert await store.delete("d/x") is True
    assert await store.delete("d/x") is False
    assert not await store.exists("d/x")


async def test_invalid_keys_are_refused(store: ObjectStore) -> None:
    for key in ("../etc/passwd", "/abs", "a/../b", ""):
        with pytest.raises(ValueError, match="invalid object key"):
            await store.put(key, b"x")


async def test_another_master_key_cannot_read(store: ObjectStore, tmp_path: Path) -> None:
    await store.put("k/x", b"secret")
    if isinstance(store, LocalEncryptedStore):
        other: ObjectStore = LocalEncryptedStore(tmp_path, os.urandom(32))
    else:
        assert isinstance(store, S3EncryptedStore)
        other = S3EncryptedStore(store._client, store._bucket, os.urandom(32), prefix=tmp_path.name)
    with pytest.raises(IntegrityError):
        await other.get("k/x")
