"""The object store port: what use cases, jobs and routes need from wherever files live.

Two adapters implement it, both sealing every object client-side with the same envelope
(`workflows.storage.envelope`): `LocalEncryptedStore` (files under one directory, the embedded
default) and `S3EncryptedStore` (any S3-compatible server such as MinIO), so a recording is
encrypted before it leaves the process whichever store holds it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$")


class ObjectNotFoundError(Exception):
    """No object under that key."""


class ObjectStoreUnavailableError(Exception):
    """The object store did not answer or refused the request (a retry may succeed)."""


@dataclass(frozen=True, slots=True)
class StoredObject:
    """What was stored: key, plaintext size and SHA-256."""

    key: str
    size: int
    sha256: str


def check_key(key: str) -> str:
    """The key itself when it is a safe object key; ValueError otherwise."""
    if not KEY_PATTERN.match(key) or ".." in key.split("/"):
        raise ValueError(f"invalid object key {key!r}")
    return key


@runtime_checkable
class ObjectStore(Protocol):
    """Encrypted object storage, as use cases, jobs, routes, rotation and erasure use it.

    A candidate's objects are sealed under their data key (`owner=`), so destroying that key
    at erasure shreds every copy; everything else under the current master key. Every object
    names its key id and is bound to its storage key."""

    async def put(self, key: str, data: bytes, *, owner: int | None = None) -> StoredObject:
        """Store bytes under `key` (under candidate `owner`'s key), replacing any previous."""
        ...

    async def put_stream(
        self, key: str, chunks: AsyncIterator[bytes], *, owner: int | None = None
    ) -> StoredObject:
        """Store an async stream of chunks without holding it all in memory; atomic."""
        ...

    async def get(self, key: str) -> bytes:
        """The whole plaintext of an object (for small objects such as resumes)."""
        ...

    async def open_plain(self, key: str) -> Iterator[bytes]:
        """A sync iterator of the plaintext (keys resolved now, bytes read as it runs)."""
        ...

    def stream(self, key: str) -> AsyncIterator[bytes]:
        """The plaintext of an object as it decrypts, segment by segment."""
        ...

    async def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        """Plaintext bytes start..end (inclusive) as a sync iterator, reading only the sealed
        segments that hold them."""
        ...

    async def plain_size(self, key: str) -> int:
        """The plaintext size of an object, from its sealed size (no decryption)."""
        ...

    async def save_plain(self, key: str, fd: int) -> int:
        """Decrypt an object into an open file descriptor; the bytes written."""
        ...

    async def exists(self, key: str) -> bool:
        """True when an object is stored under `key`."""
        ...

    async def delete(self, key: str) -> bool:
        """Remove an object; False when it was not there."""
        ...

    async def keys(self) -> list[str]:
        """Every stored object key (master-key rotation walks them)."""
        ...

    async def key_id(self, key: str) -> str:
        """The id of the key that wraps the object's data key ('' for the old DHE1 format)."""
        ...

    async def rewrap(self, key: str) -> bool:
        """Re-wrap a master-key object under the current master key; False when not needed."""
        ...

    def forget(self, candidate_id: int) -> None:
        """Drop a cached candidate key (it was destroyed)."""
        ...
