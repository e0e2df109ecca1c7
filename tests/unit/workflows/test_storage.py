"""Encrypted local storage: round trips, no plaintext on disk, tampering and truncation caught."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from workflows.storage.envelope import IntegrityError
from workflows.storage.local import LocalEncryptedStore, ObjectNotFoundError


@pytest.fixture
def store(tmp_path: Path) -> LocalEncryptedStore:
    return LocalEncryptedStore(tmp_path, os.urandom(32))


@pytest.mark.parametrize("size", [0, 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 17])
async def test_round_trip_at_segment_edges(store: LocalEncryptedStore, size: int) -> None:
    data = os.urandom(size)
    obj = await store.put("resumes/a.bin", data)
    assert obj.size == size
    assert await store.get("resumes/a.bin") == data


async def test_plaintext_never_reaches_disk(store: LocalEncryptedStore) -> None:
    secret = "张伟 13812345678 zhangwei@example.com".encode() * 100
    await store.put("r/x.txt", secret)
    raw = store.raw_path("r/x.txt").read_bytes()
    assert b"13812345678" not in raw
    assert "张伟".encode() not in raw


async def test_stream_put_matches_bytes(store: LocalEncryptedStore) -> None:
    parts = [os.urandom(300_000) for _ in range(8)]

    async def gen() -> AsyncIterator[bytes]:
        for p in parts:
            yield p

    obj = await store.put_stream("m/rec.webm", gen())
    assert obj.size == sum(map(len, parts))
    assert await store.get("m/rec.webm") == b"".join(parts)


async def test_tampered_byte_is_detected(store: LocalEncryptedStore) -> None:
    await store.put("t/x", os.urandom(5000))
    path = store.raw_path("t/x")
    raw = bytearray(path.read_bytes())
    raw[200] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError):
        await store.get("t/x")


async def test_truncation_at_a_segment_boundary_is_detected(store: LocalEncryptedStore) -> None:
    await store.put("t/y", os.urandom(2 * 1024 * 1024 + 10))
    path = store.raw_path("t/y")
    raw = path.read_bytes()
    header = 4 + 4 + 7 + 60
    # Drop the final segment entirely: what is left must not pass as a whole object.
    path.write_bytes(raw[: header + 2 * (1024 * 1024 + 16)])
    with pytest.raises(IntegrityError):
        await store.get("t/y")


async def test_wrong_master_key_cannot_open(tmp_path: Path) -> None:
    await LocalEncryptedStore(tmp_path, os.urandom(32)).put("k", b"hello")
    with pytest.raises(IntegrityError):
        await LocalEncryptedStore(tmp_path, os.urandom(32)).get("k")


async def test_missing_object_and_bad_keys(store: LocalEncryptedStore) -> None:
    with pytest.raises(ObjectNotFoundError):
        await store.get("nope")
    for bad in ("../etc/passwd", "/abs", "a/../../b", ""):
        with pytest.raises(ValueError, match="invalid object key"):
            await store.put(bad, b"x")
    assert await store.delete("nope") is False


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 0), (5, 1024 * 1024 + 3), (1024 * 1024, 1024 * 1024), (2 * 1024 * 1024 - 1, 10**9)],
)
async def test_a_range_reads_those_plain_bytes_across_segments(
    store: LocalEncryptedStore, start: int, end: int
) -> None:
    data = os.urandom(2 * 1024 * 1024 + 7)
    await store.put("answers/v.webm", data)
    assert b"".join(await store.read_range("answers/v.webm", start, end)) == data[start : end + 1]
    assert await store.plain_size("answers/v.webm") == len(data)
