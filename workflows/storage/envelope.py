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
from collections.abc import Callable, Iterator, Sequence

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
    if len(buf) < _HEADER.size:
        raise IntegrityError("object too short")
    if bytes(buf[:4]) == MAGIC2:
        if len(buf) < _HEADER2.size:
            raise IntegrityError("object too short")
        header = bytes(buf[: _HEADER2.size])
        del buf[: _HEADER2.size]
        magic, segment, prefix, kid_raw, wrapped = _HEADER2.unpack(header)
        kid = kid_raw.rstrip(b"\0").decode()
        data_key = _first_unwrap(keks, lambda kek: _unwrap(kek, kid, object_key, wrapped))
        aad = _bound(magic, segment, prefix, object_key)
    else:
        header = bytes(buf[: _HEADER.size])
        del buf[: _HEADER.size]
        magic, segment, prefix, wrapped = _HEADER.unpack(header)
        if magic != MAGIC:
            raise IntegrityError("not a DingHire sealed object")

        def legacy(kek: bytes) -> bytes:
            try:
                return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], MAGIC)
            except InvalidTag as exc:
                raise IntegrityError("data key cannot be unwrapped (wrong master key?)") from exc

        data_key = _first_unwrap(keks, legacy)
        aad = header
    yield from _segments(AESGCM(data_key), prefix, segment, aad, buf, chunks)


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
