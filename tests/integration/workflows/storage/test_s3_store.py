"""The S3 adapter against a real S3-protocol server (moto's, a separate process).

The bucket holds only ciphertext; a multipart upload cut by a server restart leaves no object
and fails with the port's error, and the same upload succeeds once the server is back; a
tampered object in the bucket does not decrypt.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.s3server import S3Server
from workflows.storage.envelope import IntegrityError
from workflows.storage.port import ObjectStoreUnavailableError
from workflows.storage.s3 import S3EncryptedStore, build_s3_client

MIB = 1024 * 1024
KEY = os.urandom(32)


def _store(server: S3Server, prefix: str) -> S3EncryptedStore:
    return S3EncryptedStore.from_settings(server.settings(s3_prefix=prefix), KEY)


def _raw(server: S3Server, name: str) -> bytes:
    client = build_s3_client(server.settings())
    return bytes(client.get_object(Bucket=server.bucket, Key=name)["Body"].read())


async def test_the_bucket_holds_only_ciphertext(s3_server: S3Server, tmp_path: Path) -> None:
    store = _store(s3_server, tmp_path.name)
    secret = "张伟 13812345678 zhangwei@example.com".encode() * 100
    await store.put("r/x.txt", secret)
    raw = _raw(s3_server, f"{tmp_path.name}/r/x.txt")
    assert raw.startswith(b"DHE2")
    assert b"13812345678" not in raw
    assert "张伟".encode() not in raw


async def test_large_recording_goes_up_in_parts(s3_server: S3Server, tmp_path: Path) -> None:
    store = _store(s3_server, tmp_path.name)
    data = os.urandom(20 * MIB)

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(data), MIB):
            yield data[i : i + MIB]

    await store.put_stream("answers/9/big.webm", chunks())
    client = build_s3_client(s3_server.settings())
    head = client.head_object(Bucket=s3_server.bucket, Key=f"{tmp_path.name}/answers/9/big.webm")
    # A multipart object's ETag ends in -<parts>: 20 MiB sealed in 8 MiB parts makes three.
    assert head["ETag"].strip('"').endswith("-3")
    assert await store.get("answers/9/big.webm") == data


async def test_a_tampered_object_does_not_decrypt(s3_server: S3Server, tmp_path: Path) -> None:
    store = _store(s3_server, tmp_path.name)
    await store.put("t/x", os.urandom(5000))
    name = f"{tmp_path.name}/t/x"
    raw = bytearray(_raw(s3_server, name))
    raw[200] ^= 0x01
    build_s3_client(s3_server.settings()).put_object(
        Bucket=s3_server.bucket, Key=name, Body=bytes(raw)
    )
    with pytest.raises(IntegrityError):
        await store.get("t/x")


async def test_server_restart_mid_upload_leaves_no_object_and_a_retry_succeeds(
    tmp_path: Path,
) -> None:
    server = S3Server().start()
    try:
        store = _store(server, tmp_path.name)
        data = os.urandom(24 * MIB)
        sent = 0

        async def chunks() -> AsyncIterator[bytes]:
            nonlocal sent
            for i in range(0, len(data), MIB):
                if i == 12 * MIB:
                    # The first part is up and the multipart upload is open: crash the server.
                    await asyncio.to_thread(server.restart)
                sent += MIB
                yield data[i : i + MIB]

        with pytest.raises(ObjectStoreUnavailableError):
            await store.put_stream("answers/7/rec.webm", chunks())
        assert 12 * MIB < sent < len(data) + MIB  # it really was cut in the middle
        assert not await store.exists("answers/7/rec.webm")

        async def again() -> AsyncIterator[bytes]:
            for i in range(0, len(data), MIB):
                yield data[i : i + MIB]

        stored = await store.put_stream("answers/7/rec.webm", again())
        assert stored.size == len(data)
        assert await store.get("answers/7/rec.webm") == data
    finally:
        server.stop()


async def test_a_stopped_server_is_an_unavailable_store_not_a_missing_object(
    tmp_path: Path,
) -> None:
    server = S3Server().start()
    settings = server.settings(s3_prefix=tmp_path.name, s3_max_attempts=2)
    store = S3EncryptedStore.from_settings(settings, KEY)
    await store.put("x/y", b"kept")
    server.stop()
    with pytest.raises(ObjectStoreUnavailableError):
        await store.exists("x/y")
    with pytest.raises(ObjectStoreUnavailableError):
        await store.put("x/z", b"new")
