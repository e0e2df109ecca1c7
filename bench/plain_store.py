"""An S3 store that keeps bytes as they come (no envelope): bench_load's baseline only."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator, Iterator

from workflows.storage.port import StoredObject
from workflows.storage.s3 import S3EncryptedStore


class PlainS3Store(S3EncryptedStore):
    """Same SDK calls as the encrypted store, without sealing (never used outside bench/)."""

    async def put_stream(
        self, key: str, chunks: AsyncIterator[bytes], *, owner: int | None = None
    ) -> StoredObject:
        """Collect and PUT in one request (benchmark objects are a few MiB)."""
        body = b"".join([c async for c in chunks])
        await self._call(
            self._client.put_object, key, Bucket=self._bucket, Key=self._name(key), Body=body
        )
        return StoredObject(key, len(body), hashlib.sha256(body).hexdigest())

    async def open_plain(self, key: str) -> Iterator[bytes]:
        """The stored bytes as they arrive."""
        raw, _ = await asyncio.to_thread(self._open_raw, key)
        return raw

    async def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        """A ranged GET."""
        raw, _ = await asyncio.to_thread(self._open_raw, key, start, end + 1)
        return raw

    async def plain_size(self, key: str) -> int:
        """The stored size."""
        _, size = await asyncio.to_thread(self._open_raw, key, 0, 1)
        return size
