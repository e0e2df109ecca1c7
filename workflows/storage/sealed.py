"""What both store adapters share: reading sealed objects whole, streamed or by range.

An adapter supplies raw access to the sealed bytes (`_open_raw`, blocking, run in worker
threads) and its writes; keys are resolved here, once per read, through `ObjectKeys`.
"""

from __future__ import annotations

import asyncio
import os
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterator

from workflows.privacy.keys import CandidateKeyRing
from workflows.storage.envelope import HEADER_MAX, SealedLayout, header_kid, open_segments, trim
from workflows.storage.object_keys import ObjectKeys
from workflows.storage.port import StoredObject


async def iterate_in_thread(items: Iterator[bytes]) -> AsyncIterator[bytes]:
    """Step a blocking iterator (file or network reads, decryption) in worker threads."""
    done = object()
    while True:
        item = await asyncio.to_thread(next, items, done)
        if item is done:
            return
        assert isinstance(item, bytes)
        yield item


def _take_head(raw: Iterator[bytes]) -> tuple[bytes, Iterator[bytes]]:
    """The first HEADER_MAX bytes (fewer for a short object) and an iterator of the rest."""
    buf = bytearray()
    for chunk in raw:
        buf += chunk
        if len(buf) >= HEADER_MAX:
            break
    return bytes(buf), raw


def _chained(head: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield head
    yield from rest


class SealedStore(ABC):
    """The object store port's reads, on top of an adapter's raw access to sealed bytes."""

    def __init__(
        self,
        master_key: bytes,
        *,
        previous_master_keys: tuple[bytes, ...] = (),
        keyring: CandidateKeyRing | None = None,
    ) -> None:
        self._keys = ObjectKeys(master_key, previous_master_keys, keyring)

    @abstractmethod
    def _open_raw(
        self, key: str, start: int = 0, end: int | None = None
    ) -> tuple[Iterator[bytes], int]:
        """Sealed bytes start..end (exclusive; None: to the end) as an iterator, and the whole
        sealed size; ObjectNotFoundError when there is no such object. Blocking."""

    @abstractmethod
    async def put_stream(
        self, key: str, chunks: AsyncIterator[bytes], *, owner: int | None = None
    ) -> StoredObject:
        """Store an async stream of chunks without holding it all in memory; atomic."""

    @abstractmethod
    async def exists(self, key: str) -> bool:
        """True when an object is stored under `key`."""

    @abstractmethod
    async def delete(self, key: str) -> bool:
        """Remove an object; False when it was not there."""

    @abstractmethod
    async def keys(self) -> list[str]:
        """Every stored object key (master-key rotation walks them)."""

    @abstractmethod
    async def rewrap(self, key: str) -> bool:
        """Re-wrap a master-key object under the current master key; False when not needed."""

    async def put(self, key: str, data: bytes, *, owner: int | None = None) -> StoredObject:
        """Store bytes under `key` (under candidate `owner`'s key), replacing any previous."""

        async def one() -> AsyncIterator[bytes]:
            yield data

        return await self.put_stream(key, one(), owner=owner)

    async def _head(self, key: str) -> tuple[bytes, int]:
        """The object's first HEADER_MAX sealed bytes and its sealed size."""

        def read() -> tuple[bytes, int]:
            raw, size = self._open_raw(key, 0, HEADER_MAX)
            return b"".join(raw), size

        return await asyncio.to_thread(read)

    async def open_plain(self, key: str) -> Iterator[bytes]:
        """A sync iterator of the object's plaintext (keys resolved now, bytes read as it runs)."""

        def start() -> tuple[bytes, Iterator[bytes]]:
            raw, _ = self._open_raw(key)
            return _take_head(raw)

        head, rest = await asyncio.to_thread(start)
        try:
            keks = await self._keys.keks(key, head)
        except BaseException:
            close = getattr(rest, "close", None)
            if close is not None:
                close()
            raise
        return open_segments(keks, _chained(head, rest), key)

    def stream(self, key: str) -> AsyncIterator[bytes]:
        """The plaintext of an object as it decrypts, segment by segment."""

        async def pieces() -> AsyncIterator[bytes]:
            async for piece in iterate_in_thread(await self.open_plain(key)):
                yield piece

        return pieces()

    async def get(self, key: str) -> bytes:
        """The whole plaintext of an object (for small objects such as resumes)."""
        plain = await self.open_plain(key)
        return await asyncio.to_thread(lambda: b"".join(plain))

    async def _layout(self, key: str) -> SealedLayout:
        head, size = await self._head(key)
        return SealedLayout(await self._keys.keks(key, head), head, size, key)

    async def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        """Plaintext bytes start..end (inclusive): keys resolved now; only the sealed segments
        holding them are read (a file seek, an S3 Range GET) and decrypted as the iterator runs."""
        layout = await self._layout(key)
        first, raw_start, raw_end = layout.span(start, end)

        def pieces() -> Iterator[bytes]:
            raw, _ = self._open_raw(key, raw_start, raw_end)
            yield from trim(layout.open_from(first, raw), first * layout.segment, start, end)

        return pieces()

    async def plain_size(self, key: str) -> int:
        """The plaintext size of an object, from its sealed size (its header is checked, its
        segments are not decrypted); ObjectNotFoundError, or IntegrityError when its key is gone."""
        return (await self._layout(key)).plain_size

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

    async def key_id(self, key: str) -> str:
        """The id of the key that wraps the object's data key ('' for the old DHE1 format)."""
        return header_kid((await self._head(key))[0])

    def forget(self, candidate_id: int) -> None:
        """Drop a cached candidate key (it was destroyed)."""
        self._keys.forget(candidate_id)
