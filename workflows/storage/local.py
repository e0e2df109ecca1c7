"""Encrypted object store on the local file system (the embedded default)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

from workflows.privacy.keys import (
    CandidateKeyRing,
    KeyUnavailableError,
    MasterKeys,
    candidate_kid,
    owner_of,
)
from workflows.storage.envelope import (
    HEADER_MAX,
    IntegrityError,
    Sealer,
    header_kid,
    object_kek,
    open_segments,
    rewrap_header,
)

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

    def __init__(
        self,
        root: Path,
        master_key: bytes,
        *,
        previous_master_keys: tuple[bytes, ...] = (),
        keyring: CandidateKeyRing | None = None,
    ) -> None:
        self._root = root
        self._masters = MasterKeys(master_key, previous_master_keys)
        self._keyring = keyring or CandidateKeyRing(self._masters)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key) or ".." in key.split("/"):
            raise ValueError(f"invalid object key {key!r}")
        return self._root / key

    async def put(self, key: str, data: bytes, *, owner: int | None = None) -> StoredObject:
        """Store bytes under `key` (under candidate `owner`'s key), replacing any previous."""

        async def one() -> AsyncIterator[bytes]:
            yield data

        return await self.put_stream(key, one(), owner=owner)

    async def _sealer(self, key: str, owner: int | None) -> Sealer:
        if owner:
            secret = await self._keyring.key(owner, create=True)
            return Sealer(object_kek(secret), candidate_kid(owner), key)
        kid = self._masters.current_kid
        return Sealer(object_kek(self._masters.by_kid(kid)), kid, key)

    async def _keks(self, key: str) -> list[bytes]:
        """The key-encryption keys that may open the object under `key`."""
        path = self._path(key)
        if not await asyncio.to_thread(path.exists):
            raise ObjectNotFoundError(key)
        head = await asyncio.to_thread(_head, path)
        kid = header_kid(head)
        owner = owner_of(kid)
        try:
            if owner is not None:
                return [object_kek(await self._keyring.key(owner))]
            if kid:
                return [object_kek(self._masters.by_kid(kid))]
        except KeyUnavailableError as exc:
            raise IntegrityError(f"object {key}: {exc}") from exc
        return [object_kek(k) for k in (self._masters.current, *self._masters.previous)]

    async def put_stream(
        self, key: str, chunks: AsyncIterator[bytes], *, owner: int | None = None
    ) -> StoredObject:
        """Store an async stream of chunks without holding it all in memory."""
        path = self._path(key)
        await asyncio.to_thread(path.parent.mkdir, parents=True, exist_ok=True)
        sealer = await self._sealer(key, owner)
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
        plain = await self.open_plain(key)
        return await asyncio.to_thread(lambda: b"".join(plain))

    async def open_plain(self, key: str) -> Iterator[bytes]:
        """A sync iterator of the object's plaintext (keys resolved now, bytes read as it runs)."""
        keks = await self._keks(key)
        path = self._path(key)

        def raw() -> Iterator[bytes]:
            with path.open("rb") as fh:
                while chunk := fh.read(_READ):
                    yield chunk

        return open_segments(keks, raw(), key)

    async def rewrap(self, key: str) -> bool:
        """Re-wrap a master-key object under the current master key; False when not needed."""
        path = self._path(key)
        head = await asyncio.to_thread(_head, path)
        kid = header_kid(head)
        current = self._masters.current_kid
        if not kid or kid == current or owner_of(kid) is not None:
            return False
        new = rewrap_header(
            head,
            object_kek(self._masters.by_kid(kid)),
            object_kek(self._masters.current),
            current,
            key,
        )
        await asyncio.to_thread(_write_head, path, new)
        return True

    async def key_id(self, key: str) -> str:
        """The id of the key that wraps the object's data key ('' for the old DHE1 format)."""
        return header_kid(await asyncio.to_thread(_head, self._path(key)))

    def keys(self) -> Iterator[str]:
        """Every stored object key (for rotation and checks)."""
        for path in sorted(self._root.rglob("*")):
            if path.is_file() and ".tmp" not in path.name:
                yield path.relative_to(self._root).as_posix()

    async def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        """Plaintext bytes start..end (inclusive) of an object, decrypted as the iterator runs."""
        return _slice(await self.open_plain(key), start, end)

    async def plain_size(self, key: str) -> int:
        """The plaintext size of an object (for rows stored without their size)."""
        plain = await self.open_plain(key)
        return await asyncio.to_thread(lambda: sum(len(p) for p in plain))

    async def save_plain(self, key: str, fd: int) -> int:
        """Decrypt an object into an open file descriptor, one segment at a time (a recording
        of hundreds of MiB never sits in memory); returns the bytes written."""
        plain = await self.open_plain(key)

        def copy() -> int:
            written = 0
            for piece in plain:
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

    def forget(self, candidate_id: int) -> None:
        """Drop a cached candidate key (it was destroyed)."""
        self._keyring.forget(candidate_id)

    def raw_path(self, key: str) -> Path:
        """Where the sealed bytes live (tests and retention jobs inspect it)."""
        return self._path(key)


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(HEADER_MAX)


def _write_head(path: Path, header: bytes) -> None:
    with path.open("r+b") as fh:
        fh.write(header)
        fh.flush()
        os.fsync(fh.fileno())


def _slice(plain: Iterator[bytes], start: int, end: int) -> Iterator[bytes]:
    # Segments authenticate in order from the first, so decryption starts at the beginning
    # and skips; AES-GCM runs at about a gigabyte a second, far above what a player asks for.
    position = 0
    for piece in plain:
        piece_end = position + len(piece)
        if piece_end > start:
            lo = max(0, start - position)
            hi = min(len(piece), end + 1 - position)
            if hi > lo:
                yield piece[lo:hi]
        position = piece_end
        if position > end:
            return
