"""Encrypted object store on the local file system (the embedded default)."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from workflows.privacy.keys import CandidateKeyRing
from workflows.storage.envelope import HEADER_MAX
from workflows.storage.port import ObjectNotFoundError, StoredObject, check_key
from workflows.storage.sealed import SealedStore, iterate_in_thread

__all__ = ["LocalEncryptedStore", "ObjectNotFoundError", "StoredObject", "iterate_in_thread"]

_READ = 256 * 1024


class LocalEncryptedStore(SealedStore):
    """Stores each object sealed under its own data key; writes are atomic (temp file + rename)."""

    def __init__(
        self,
        root: Path,
        master_key: bytes,
        *,
        previous_master_keys: tuple[bytes, ...] = (),
        keyring: CandidateKeyRing | None = None,
    ) -> None:
        super().__init__(master_key, previous_master_keys=previous_master_keys, keyring=keyring)
        self._root = root

    def _path(self, key: str) -> Path:
        return self._root / check_key(key)

    def _open_raw(
        self, key: str, start: int = 0, end: int | None = None
    ) -> tuple[Iterator[bytes], int]:
        path = self._path(key)
        try:
            size = path.stat().st_size
        except FileNotFoundError as exc:
            raise ObjectNotFoundError(key) from exc

        def chunks() -> Iterator[bytes]:
            # Opened when read: an iterator dropped unread holds no file.
            try:
                fh = path.open("rb")
            except FileNotFoundError as exc:
                raise ObjectNotFoundError(key) from exc
            with fh:
                fh.seek(start)
                left = (size if end is None else min(end, size)) - start
                while left > 0 and (chunk := fh.read(min(_READ, left))):
                    left -= len(chunk)
                    yield chunk

        return chunks(), size

    async def put_stream(
        self, key: str, chunks: AsyncIterator[bytes], *, owner: int | None = None
    ) -> StoredObject:
        """Store an async stream of chunks without holding it all in memory."""
        path = self._path(key)
        await asyncio.to_thread(path.parent.mkdir, parents=True, exist_ok=True)
        sealer = await self._keys.sealer(key, owner)
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

    async def rewrap(self, key: str) -> bool:
        """Re-wrap a master-key object under the current master key (its header is rewritten
        in place); False when not needed."""
        head, _ = await self._head(key)
        new = self._keys.rewrapped(key, head)
        if new is None:
            return False
        await asyncio.to_thread(_write_head, self._path(key), new)
        return True

    async def keys(self) -> list[str]:
        """Every stored object key (for rotation and checks)."""

        def walk() -> list[str]:
            return [
                path.relative_to(self._root).as_posix()
                for path in sorted(self._root.rglob("*"))
                if path.is_file() and ".tmp" not in path.name
            ]

        return await asyncio.to_thread(walk)

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


def _write_head(path: Path, header: bytes) -> None:
    assert len(header) <= HEADER_MAX
    with path.open("r+b") as fh:
        fh.write(header)
        fh.flush()
        os.fsync(fh.fileno())
