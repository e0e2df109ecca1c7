"""Envelope encryption: one AES-256-GCM data key per object, wrapped by the master key.

Objects are sealed in segments (a STREAM construction: nonce = prefix | counter | last-flag), so
large recordings are encrypted and decrypted without holding them in memory, and a truncated,
reordered or tampered file fails to open instead of yielding partial data.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"DHE1"
SEGMENT = 1024 * 1024
_TAG = 16
_HEADER = struct.Struct(">4sI7s60s")  # magic, segment size, nonce prefix, wrapped key


class IntegrityError(Exception):
    """The object is corrupt, truncated or was sealed with another key."""


def _kek(master_key: bytes) -> AESGCM:
    return AESGCM(hmac.digest(master_key, b"dinghire/object-kek/v1", "sha256"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


class Sealer:
    """Encrypts one object segment by segment."""

    def __init__(self, master_key: bytes, segment_size: int = SEGMENT) -> None:
        self._data_key = AESGCM.generate_key(bit_length=256)
        self._aead = AESGCM(self._data_key)
        self._prefix = os.urandom(7)
        self._segment = segment_size
        wrap_nonce = os.urandom(12)
        wrapped = wrap_nonce + _kek(master_key).encrypt(wrap_nonce, self._data_key, MAGIC)
        self.header = _HEADER.pack(MAGIC, segment_size, self._prefix, wrapped)
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
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter, last), piece, self.header)
        self._counter += 1
        return sealed


def open_segments(master_key: bytes, read: Iterator[bytes]) -> Iterator[bytes]:
    """Decrypt a sealed object given its raw bytes as an iterator of chunks; yields plaintext."""
    buf = bytearray()
    chunks = iter(read)
    for chunk in chunks:
        buf += chunk
        if len(buf) >= _HEADER.size:
            break
    if len(buf) < _HEADER.size:
        raise IntegrityError("object too short")
    header = bytes(buf[: _HEADER.size])
    del buf[: _HEADER.size]
    magic, segment, prefix, wrapped = _HEADER.unpack(header)
    if magic != MAGIC:
        raise IntegrityError("not a DingHire sealed object")
    try:
        data_key = _kek(master_key).decrypt(wrapped[:12], wrapped[12:], MAGIC)
    except InvalidTag as exc:
        raise IntegrityError("data key cannot be unwrapped (wrong master key?)") from exc
    aead = AESGCM(data_key)
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
            yield aead.decrypt(_nonce(prefix, counter, last), piece, header)
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
    header is the associated data), so a range read fetches and opens only the segments it
    needs, and a segment moved, dropped or cut still fails to open.
    """

    def __init__(self, master_key: bytes, header: bytes, sealed_size: int) -> None:
        if len(header) < _HEADER.size:
            raise IntegrityError("object too short")
        self.header = header[: _HEADER.size]
        magic, segment, self._prefix, wrapped = _HEADER.unpack(self.header)
        self.segment: int = segment
        if magic != MAGIC:
            raise IntegrityError("not a DingHire sealed object")
        try:
            data_key = _kek(master_key).decrypt(wrapped[:12], wrapped[12:], MAGIC)
        except InvalidTag as exc:
            raise IntegrityError("data key cannot be unwrapped (wrong master key?)") from exc
        self._aead = AESGCM(data_key)
        body = sealed_size - _HEADER.size
        if body < _TAG:
            raise IntegrityError("object too short")
        self.sealed_segment: int = self.segment + _TAG
        self.segments: int = -(-body // self.sealed_segment)
        self.plain_size: int = body - _TAG * self.segments

    def span(self, start: int, end: int) -> tuple[int, int, int]:
        """(first segment, raw start, raw end exclusive) of the segments holding start..end."""
        first = start // self.segment if self.segment else 0
        last = min(end // self.segment, self.segments - 1) if self.segment else 0
        raw_start = _HEADER.size + first * self.sealed_segment
        raw_end = _HEADER.size + (last + 1) * self.sealed_segment
        return first, raw_start, raw_end

    def open_from(self, first: int, raw: Iterator[bytes]) -> Iterator[bytes]:
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
        try:
            return self._aead.decrypt(_nonce(self._prefix, counter, last), piece, self.header)
        except InvalidTag as exc:
            raise IntegrityError(f"segment {counter} failed authentication") from exc


def header_size() -> int:
    """Bytes of the sealed header (a range reader fetches them first)."""
    return _HEADER.size


def trim(pieces: Iterator[bytes], first_offset: int, start: int, end: int) -> Iterator[bytes]:
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
