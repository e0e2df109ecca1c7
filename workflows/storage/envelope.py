"""Envelope encryption: one AES-256-GCM data key per object, wrapped by a named key.

The wrapping key is a master key (`m…`) or, for a candidate's files, their data key (`c<id>`),
so destroying that key at erasure leaves every copy of their files sealed for good.

Objects are sealed in segments (a STREAM construction: nonce = prefix | counter | last-flag), so
large recordings are encrypted and decrypted without holding them in memory, and a truncated,
reordered or tampered file fails to open instead of yielding partial data.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"DHE1"
MAGIC2 = b"DHE2"
SEGMENT = 1024 * 1024
_TAG = 16
_HEADER = struct.Struct(">4sI7s60s")  # magic, segment size, nonce prefix, wrapped key
# DHE2: magic, segment size, nonce prefix, key id (NUL-padded), wrapped key. The segments are
# bound to the header's fixed part and the object's storage key (an object copied to another key
# fails), not to the wrapping, so a rotation re-wraps the data key by rewriting the header alone.
_HEADER2 = struct.Struct(">4sI7s24s60s")
HEADER_MAX = _HEADER2.size
_OBJECT_KEK = b"dinghire/object-kek/v1"


class IntegrityError(Exception):
    """The object is corrupt, truncated or was sealed with another key."""


def object_kek(secret: bytes) -> bytes:
    """The key that wraps object data keys, from a master key or a candidate's data key."""
    return hmac.digest(secret, _OBJECT_KEK, "sha256")


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def _bound(magic: bytes, segment: int, prefix: bytes, object_key: str) -> bytes:
    return magic + struct.pack(">I", segment) + prefix + b"|" + object_key.encode()


def header_kid(header: bytes) -> str:
    """The key id a sealed object names ('' for the old DHE1 format)."""
    if header[:4] == MAGIC2 and len(header) >= _HEADER2.size:
        kid: bytes = _HEADER2.unpack(header[: _HEADER2.size])[3]
        return kid.rstrip(b"\0").decode()
    if header[:4] == MAGIC:
        return ""
    raise IntegrityError("not a DingHire sealed object")


def wrap_data_key(kek: bytes, kid: str, object_key: str, data_key: bytes) -> bytes:
    """The 60-byte wrapped form of an object's data key."""
    nonce = os.urandom(12)
    aad = MAGIC2 + kid.encode() + b"|" + object_key.encode()
    return nonce + AESGCM(kek).encrypt(nonce, data_key, aad)


def rewrap_header(header: bytes, old_kek: bytes, new_kek: bytes, new_kid: str, key: str) -> bytes:
    """The same object's header with its data key wrapped by another master key.

    Only master-key objects move this way: a candidate's objects stay under their data key."""
    magic, segment, prefix, kid_raw, wrapped = _HEADER2.unpack(header[: _HEADER2.size])
    data_key = _unwrap(old_kek, kid_raw.rstrip(b"\0").decode(), key, wrapped)
    rewrapped = wrap_data_key(new_kek, new_kid, key, data_key)
    return _HEADER2.pack(magic, segment, prefix, new_kid.encode(), rewrapped)


def _unwrap(kek: bytes, kid: str, object_key: str, wrapped: bytes) -> bytes:
    aad = MAGIC2 + kid.encode() + b"|" + object_key.encode()
    try:
        return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], aad)
    except InvalidTag as exc:
        raise IntegrityError("data key cannot be unwrapped (wrong or destroyed key?)") from exc


class Sealer:
    """Encrypts one object segment by segment."""

    def __init__(self, kek: bytes, kid: str, object_key: str, segment_size: int = SEGMENT) -> None:
        kid_raw = kid.encode()
        if len(kid_raw) > 24:
            raise ValueError("key id too long")
        self._data_key = AESGCM.generate_key(bit_length=256)
        self._aead = AESGCM(self._data_key)
        self._prefix = os.urandom(7)
        self._segment = segment_size
        wrapped = wrap_data_key(kek, kid, object_key, self._data_key)
        self.header = _HEADER2.pack(MAGIC2, segment_size, self._prefix, kid_raw, wrapped)
        self._bound = _bound(MAGIC2, segment_size, self._prefix, object_key)
        self._counter = 0
        self._buffer = bytearray()

    def update(self, chunk: bytes) -> Iterator[bytes]:
        """Feed plaintext; yields sealed segments as they fill."""
        self._buffer += chunk
        while len(self._buffer) > self._segment:
            piece = bytes(self._buffer[: self._segment])
            del self._buffer[: self._segment]
            yield self._seal(piece, last=False)

    def finish(self) -> bytes:
        """Seal what is left as the final segment (possibly empty)."""
        piece = bytes(self._buffer)
        self._buffer.clear()
        return self._seal(piece, last=True)

    def _seal(self, piece: bytes, *, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter, last), piece, self._bound)
        self._counter += 1
        return sealed


@dataclass(frozen=True, slots=True)
class _Header:
    """A parsed, unwrapped object header: what opening its segments needs."""

    size: int  # bytes of the header in the sealed object
    aead: AESGCM
    prefix: bytes
    segment: int
    aad: bytes


def _open_header(keks: Sequence[bytes], head: bytes, object_key: str) -> _Header:
    """Parse a DHE2 (or old DHE1) header and unwrap its data key with the first kek that fits."""
    if len(head) < _HEADER.size:
        raise IntegrityError("object too short")
    if head[:4] == MAGIC2:
        if len(head) < _HEADER2.size:
            raise IntegrityError("object too short")
        magic, segment, prefix, kid_raw, wrapped = _HEADER2.unpack(head[: _HEADER2.size])
        kid = kid_raw.rstrip(b"\0").decode()
        data_key = _first_unwrap(keks, lambda kek: _unwrap(kek, kid, object_key, wrapped))
        aad = _bound(magic, segment, prefix, object_key)
        return _Header(_HEADER2.size, AESGCM(data_key), prefix, segment, aad)
    header = head[: _HEADER.size]
    magic, segment, prefix, wrapped = _HEADER.unpack(header)
    if magic != MAGIC:
        raise IntegrityError("not a DingHire sealed object")

    def legacy(kek: bytes) -> bytes:
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], MAGIC)
        except InvalidTag as exc:
            raise IntegrityError("data key cannot be unwrapped (wrong master key?)") from exc

    return _Header(_HEADER.size, AESGCM(_first_unwrap(keks, legacy)), prefix, segment, header)


def open_segments(
    keks: Sequence[bytes], read: Iterator[bytes], object_key: str = ""
) -> Iterator[bytes]:
    """Decrypt a sealed object from its raw chunks, trying each candidate key-encryption key."""
    buf = bytearray()
    chunks = iter(read)
    for chunk in chunks:
        buf += chunk
        if len(buf) >= HEADER_MAX:
            break
    opened = _open_header(keks, bytes(buf[:HEADER_MAX]), object_key)
    del buf[: opened.size]
    yield from _segments(opened.aead, opened.prefix, opened.segment, opened.aad, buf, chunks)


def _first_unwrap(keks: Sequence[bytes], unwrap: Callable[[bytes], bytes]) -> bytes:
    error: IntegrityError = IntegrityError("no key to unwrap the data key")
    for kek in keks:
        try:
            return unwrap(kek)
        except IntegrityError as exc:
            error = exc
    raise error


def _segments(
    aead: AESGCM,
    prefix: bytes,
    segment: int,
    aad: bytes,
    buf: bytearray,
    chunks: Iterator[bytes],
) -> Iterator[bytes]:
    sealed_size = segment + _TAG
    counter = 0
    exhausted = False
    while True:
        while len(buf) <= sealed_size and not exhausted:
            try:
                buf += next(chunks)
            except StopIteration:
                exhausted = True
        # A full segment with more bytes after it is not the last; anything else must be.
        last = exhausted and len(buf) <= sealed_size
        piece = bytes(buf[: min(len(buf), sealed_size)])
        del buf[: len(piece)]
        try:
            yield aead.decrypt(_nonce(prefix, counter, last), piece, aad)
        except InvalidTag as exc:
            raise IntegrityError(f"segment {counter} failed authentication") from exc
        counter += 1
        if last:
            return


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


class SealedLayout:
    """Random access into a sealed object: which raw bytes hold a plaintext range.

    Every segment is authenticated on its own (its counter and last-flag are in the nonce, the
    header's fixed part and the object's storage key in the associated data; the whole header
    for old DHE1 objects), so a range read fetches and opens only the segments it needs, and a
    segment moved, dropped or cut still fails to open.
    """

    def __init__(
        self, keks: Sequence[bytes], head: bytes, sealed_size: int, object_key: str = ""
    ) -> None:
        opened = _open_header(keks, head, object_key)
        self._opened = opened
        self.header_size: int = opened.size
        self.segment: int = opened.segment
        body = sealed_size - opened.size
        if body < _TAG or not self.segment:
            raise IntegrityError("object too short")
        self.sealed_segment: int = self.segment + _TAG
        self.segments: int = -(-body // self.sealed_segment)
        self.plain_size: int = body - _TAG * self.segments

    def span(self, start: int, end: int) -> tuple[int, int, int]:
        """(first segment, raw start, raw end exclusive) of the segments holding start..end."""
        first = min(start // self.segment, self.segments - 1)
        last = max(first, min(end // self.segment, self.segments - 1))
        raw_start = self.header_size + first * self.sealed_segment
        raw_end = self.header_size + (last + 1) * self.sealed_segment
        return first, raw_start, raw_end

    def open_from(self, first: int, raw: Iterable[bytes]) -> Iterator[bytes]:
        """Decrypt consecutive sealed segments from segment `first` as their bytes arrive."""
        buf = bytearray()
        counter = first
        for chunk in raw:
            buf += chunk
            while len(buf) >= self.sealed_segment and counter < self.segments:
                yield self._open(counter, bytes(buf[: self.sealed_segment]))
                del buf[: self.sealed_segment]
                counter += 1
        if buf:
            yield self._open(counter, bytes(buf))
        elif counter == first:
            raise IntegrityError("no segment in range")

    def _open(self, counter: int, piece: bytes) -> bytes:
        last = counter == self.segments - 1
        opened = self._opened
        try:
            return opened.aead.decrypt(_nonce(opened.prefix, counter, last), piece, opened.aad)
        except InvalidTag as exc:
            raise IntegrityError(f"segment {counter} failed authentication") from exc


def trim(pieces: Iterable[bytes], first_offset: int, start: int, end: int) -> Iterator[bytes]:
    """Cut decrypted segments that begin at plaintext offset `first_offset` to start..end."""
    position = first_offset
    for plain in pieces:
        piece_end = position + len(plain)
        lo = max(0, start - position)
        hi = min(len(plain), end + 1 - position)
        if hi > lo:
            yield plain[lo:hi]
        position = piece_end
        if position > end:
            return
