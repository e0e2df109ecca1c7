"""Encrypted object store on the local file system (the embedded default)."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from workflows.storage.envelope import SealedLayout, Sealer, header_size, open_segments, trim
from workflows.storage.port import ObjectNotFoundError, StoredObject, check_key

__all__ = ["LocalEncryptedStore", "ObjectNotFoundError", "StoredObject"]

_READ = 256 * 1024


async def iterate_in_thread(items: Iterator[bytes]) -> AsyncIterator[bytes]:
    """Step a blocking iterator (file reads, decryption) in worker threads."""
    done = object()
    while True:
        item = await asyncio.to_thread(next, items, done)
        if item is done:
            return
        assert isinstance(item, bytes)
        yield item


class LocalEncryptedStore:
    """Stores each object sealed under its own data key; writes are atomic (temp file + rename)."""

    def __init__(self, root: Path, master_key: bytes) -> None:
        self._root = root
        self._master_key = master_key

    def _path(self, key: str) -> Path:
        return self._root / check_key(key)

    async def put(self, key: str, data: bytes) -> StoredObject:
        """Store bytes under `key`, replacing any previous object."""

        async def one() -> AsyncIterator[bytes]:
            yield data

        return await self.put_stream(key, one())

    async def put_stream(self, key: str, chunks: AsyncIterator[bytes]) -> StoredObject:
        """Store an async stream of chunks without holding it all in memory."""
        path = self._path(key)
        await asyncio.to_thread(path.parent.mkdir, parents=True, exist_ok=True)
        sealer = Sealer(self._master_key)
        digest = hashlib.sha256()
        size = 0
        # Write to a temp file and rename, so readers never see half an object.
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        fh = await asyncio.to_thread(tmp.open, "wb")
        try:
            await asyncio.to_thread(fh.write, sealer.header)
            async for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                for sealed in sealer.update(chunk):
                    await asyncio.to_thread(fh.write, sealed)
            await asyncio.to_thread(fh.write, sealer.finish())
            await asyncio.to_thread(fh.flush)
            await asyncio.to_thread(os.fsync, fh.fileno())
        except BaseException:
            fh.close()
            tmp.unlink(missing_ok=True)
            raise
        fh.close()
        await asyncio.to_thread(tmp.replace, path)
        return StoredObject(key, size, digest.hexdigest())

    async def get(self, key: str) -> bytes:
        """The whole plaintext of an object (for small objects such as resumes)."""
        return await asyncio.to_thread(lambda: b"".join(self._iter_plain(key)))

    def stream(self, key: str) -> AsyncIterator[bytes]:
        """The plaintext of an object as it decrypts, segment by segment."""
        return iterate_in_thread(self._iter_plain(key))

    def _iter_plain(self, key: str) -> Iterator[bytes]:
        path = self._path(key)
        if not path.exists():
            raise ObjectNotFoundError(key)

        def raw() -> Iterator[bytes]:
            with path.open("rb") as fh:
                while chunk := fh.read(_READ):
                    yield chunk

        yield from open_segments(self._master_key, raw())

    def read_range(self, key: str, start: int, end: int) -> AsyncIterator[bytes]:
        """Plaintext bytes start..end (inclusive), reading only the segments that hold them."""
        return iterate_in_thread(self._iter_range(key, start, end))

    def _iter_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        path = self._path(key)
        try:
            fh = path.open("rb")
        except FileNotFoundError as exc:
            raise ObjectNotFoundError(key) from exc
        with fh:
            layout = SealedLayout(
                self._master_key, fh.read(header_size()), os.fstat(fh.fileno()).st_size
            )
            first, raw_start, raw_end = layout.span(start, end)
            fh.seek(raw_start)

            def raw() -> Iterator[bytes]:
                left = raw_end - raw_start
                while left > 0 and (chunk := fh.read(min(_READ, left))):
                    left -= len(chunk)
                    yield chunk

            yield from trim(layout.open_from(first, raw()), first * layout.segment, start, end)

    async def plain_size(self, key: str) -> int:
        """The plaintext size of an object, from its sealed size (no decryption)."""

        def size() -> int:
            path = self._path(key)
            try:
                with path.open("rb") as fh:
                    header = fh.read(header_size())
                    return SealedLayout(
                        self._master_key, header, os.fstat(fh.fileno()).st_size
                    ).plain_size
            except FileNotFoundError as exc:
                raise ObjectNotFoundError(key) from exc

        return await asyncio.to_thread(size)

    async def exists(self, key: str) -> bool:
        """True when an object is stored under `key`."""
        return await asyncio.to_thread(self._path(key).exists)

    async def delete(self, key: str) -> bool:
        """Remove an object; False when it was not there."""
        path = self._path(key)
        try:
            await asyncio.to_thread(path.unlink)
        except FileNotFoundError:
            return False
        return True

    def raw_path(self, key: str) -> Path:
        """Where the sealed bytes live (tests and retention jobs inspect it)."""
        return self._path(key)
