"""Encrypted object store on the local file system (the embedded default)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

from workflows.storage.envelope import Sealer, open_segments

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$")
_READ = 256 * 1024


class ObjectNotFoundError(Exception):
    """No object under that key."""


@dataclass(frozen=True, slots=True)
class StoredObject:
    """What was stored: key, plaintext size and SHA-256."""

    key: str
    size: int
    sha256: str


class LocalEncryptedStore:
    """Stores each object sealed under its own data key; writes are atomic (temp file + rename)."""

    def __init__(self, root: Path, master_key: bytes) -> None:
        self._root = root
        self._master_key = master_key

    def _path(self, key: str) -> Path:
        if not _KEY.match(key) or ".." in key.split("/"):
            raise ValueError(f"invalid object key {key!r}")
        return self._root / key

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

    def _iter_plain(self, key: str) -> Iterator[bytes]:
        path = self._path(key)
        if not path.exists():
            raise ObjectNotFoundError(key)

        def raw() -> Iterator[bytes]:
            with path.open("rb") as fh:
                while chunk := fh.read(_READ):
                    yield chunk

        yield from open_segments(self._master_key, raw())

    async def save_plain(self, key: str, fd: int) -> int:
        """Decrypt an object into an open file descriptor, one segment at a time (a recording
        of hundreds of MiB never sits in memory); returns the bytes written."""

        def copy() -> int:
            written = 0
            for piece in self._iter_plain(key):
                view = memoryview(piece)
                while view:
                    n = os.write(fd, view)
                    view = view[n:]
                    written += n
            return written

        return await asyncio.to_thread(copy)

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
