"""Encrypted object store on an S3-compatible server (MinIO, Ceph RGW...) through boto3.

Objects are sealed client-side with the same envelope as the local store before they leave
the process: the server only ever holds ciphertext, and a stolen bucket or a curious storage
admin reads nothing. Writes stream: small objects go up in one PUT, larger ones as a multipart
upload of `s3_part_bytes` parts (aborted on any failure, so no half object is ever visible:
S3 shows an object only once its PUT or CompleteMultipartUpload succeeded). Range reads fetch
only the sealed segments that hold the wanted bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from settings import StorageSettings
from workflows.storage.envelope import SealedLayout, Sealer, header_size, open_segments, trim
from workflows.storage.local import iterate_in_thread
from workflows.storage.port import (
    ObjectNotFoundError,
    ObjectStoreUnavailableError,
    StoredObject,
    check_key,
)

T = TypeVar("T")
_READ = 256 * 1024
_MISSING = {"404", "NoSuchKey", "NotFound"}


def build_s3_client(settings: StorageSettings) -> Any:
    """A boto3 S3 client from the storage settings (standard retries, bounded timeouts)."""
    secret = settings.s3_secret_access_key
    return boto3.session.Session().client(
        "s3",
        endpoint_url=settings.s3_endpoint_url or None,
        region_name=settings.s3_region,
        aws_access_key_id=settings.s3_access_key_id or None,
        aws_secret_access_key=secret.get_secret_value() if secret is not None else None,
        verify=settings.s3_ca_bundle or True,
        config=Config(
            s3={"addressing_style": "path" if settings.s3_path_style else "auto"},
            signature_version="s3v4",
            connect_timeout=settings.s3_connect_timeout_s,
            read_timeout=settings.s3_read_timeout_s,
            retries={"max_attempts": settings.s3_max_attempts, "mode": "standard"},
            # Checksums only when the operation requires them: MinIO and older servers
            # refuse the newer default trailing checksums on some operations.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        ),
    )


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class S3EncryptedStore:
    """The object store port on an S3 bucket; every object sealed under its own data key."""

    def __init__(
        self,
        client: Any,
        bucket: str,
        master_key: bytes,
        *,
        prefix: str = "",
        part_bytes: int = 8 * 1024 * 1024,
    ) -> None:
        self._client = client
        self._bucket = bucket
        self._master_key = master_key
        self._prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
        self._part = part_bytes

    @classmethod
    def from_settings(cls, settings: StorageSettings, master_key: bytes) -> S3EncryptedStore:
        """The store named by DINGHIRE_STORAGE_S3_*."""
        return cls(
            build_s3_client(settings),
            settings.s3_bucket,
            master_key,
            prefix=settings.s3_prefix,
            part_bytes=settings.s3_part_bytes,
        )

    def _name(self, key: str) -> str:
        return self._prefix + check_key(key)

    async def _call(self, fn: Callable[..., T], key: str, **kwargs: Any) -> T:
        """One SDK call in a worker thread, its errors turned into the port's."""
        return await asyncio.to_thread(functools.partial(self._sync, fn, key, **kwargs))

    def _sync(self, fn: Callable[..., T], key: str, **kwargs: Any) -> T:
        try:
            return fn(**kwargs)
        except ClientError as exc:
            if _code(exc) in _MISSING:
                raise ObjectNotFoundError(key) from exc
            # The error code only: messages may echo request details.
            raise ObjectStoreUnavailableError(f"S3 {_code(exc) or 'error'} on {key}") from exc
        except BotoCoreError as exc:
            raise ObjectStoreUnavailableError(f"S3 unreachable ({type(exc).__name__})") from exc

    async def put(self, key: str, data: bytes) -> StoredObject:
        """Store bytes under `key`, replacing any previous object."""

        async def one() -> AsyncIterator[bytes]:
            yield data

        return await self.put_stream(key, one())

    async def put_stream(self, key: str, chunks: AsyncIterator[bytes]) -> StoredObject:
        """Seal and upload a stream: one PUT when small, else a multipart upload."""
        name = self._name(key)
        sealer = Sealer(self._master_key)
        digest = hashlib.sha256()
        size = 0
        pending = bytearray(sealer.header)
        upload_id: str | None = None
        parts: list[dict[str, Any]] = []
        try:
            async for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                for sealed in sealer.update(chunk):
                    pending += sealed
                while len(pending) >= self._part:
                    if upload_id is None:
                        upload_id = await self._start_multipart(key, name)
                    body = bytes(pending[: self._part])
                    del pending[: self._part]
                    parts.append(
                        await self._upload_part(key, name, upload_id, len(parts) + 1, body)
                    )
            pending += sealer.finish()
            if upload_id is None:
                await self._call(
                    self._client.put_object, key, Bucket=self._bucket, Key=name, Body=bytes(pending)
                )
            else:
                parts.append(
                    await self._upload_part(key, name, upload_id, len(parts) + 1, bytes(pending))
                )
                await self._call(
                    self._client.complete_multipart_upload,
                    key,
                    Bucket=self._bucket,
                    Key=name,
                    UploadId=upload_id,
                    MultipartUpload={"Parts": parts},
                )
        except BaseException:
            if upload_id is not None:
                await self._abort(name, upload_id)
            raise
        return StoredObject(key, size, digest.hexdigest())

    async def _start_multipart(self, key: str, name: str) -> str:
        created = await self._call(
            self._client.create_multipart_upload, key, Bucket=self._bucket, Key=name
        )
        return str(created["UploadId"])

    async def _upload_part(
        self, key: str, name: str, upload_id: str, number: int, body: bytes
    ) -> dict[str, Any]:
        done = await self._call(
            self._client.upload_part,
            key,
            Bucket=self._bucket,
            Key=name,
            UploadId=upload_id,
            PartNumber=number,
            Body=body,
        )
        return {"PartNumber": number, "ETag": done["ETag"]}

    async def _abort(self, name: str, upload_id: str) -> None:
        # Best effort: the server may be the reason we are here; a lifecycle rule
        # (AbortIncompleteMultipartUpload, docs/operations.md) removes what is left.
        with contextlib.suppress(ClientError, BotoCoreError):
            await asyncio.shield(
                asyncio.to_thread(
                    self._client.abort_multipart_upload,
                    Bucket=self._bucket,
                    Key=name,
                    UploadId=upload_id,
                )
            )

    def _raw(self, key: str, byte_range: str | None = None) -> tuple[Iterator[bytes], int]:
        """The sealed bytes (or a range of them) as an iterator, and the object's full size."""
        kwargs: dict[str, Any] = {"Bucket": self._bucket, "Key": self._name(key)}
        if byte_range:
            kwargs["Range"] = byte_range
        answer = self._sync(self._client.get_object, key, **kwargs)
        body = answer["Body"]
        total = answer.get("ContentRange", "")
        size = int(total.rsplit("/", 1)[1]) if total else int(answer["ContentLength"])

        def chunks() -> Iterator[bytes]:
            try:
                yield from body.iter_chunks(_READ)
            except BotoCoreError as exc:
                raise ObjectStoreUnavailableError(f"S3 read cut ({type(exc).__name__})") from exc
            finally:
                body.close()

        return chunks(), size

    def _iter_plain(self, key: str) -> Iterator[bytes]:
        raw, _ = self._raw(key)
        yield from open_segments(self._master_key, raw)

    async def get(self, key: str) -> bytes:
        """The whole plaintext of an object (for small objects such as resumes)."""
        return await asyncio.to_thread(lambda: b"".join(self._iter_plain(key)))

    def stream(self, key: str) -> AsyncIterator[bytes]:
        """The plaintext of an object as it decrypts, segment by segment."""
        return iterate_in_thread(self._iter_plain(key))

    def _layout(self, key: str) -> SealedLayout:
        raw, size = self._raw(key, f"bytes=0-{header_size() - 1}")
        return SealedLayout(self._master_key, b"".join(raw), size)

    def read_range(self, key: str, start: int, end: int) -> AsyncIterator[bytes]:
        """Plaintext bytes start..end (inclusive), fetching only the segments that hold them."""

        def pieces() -> Iterator[bytes]:
            layout = self._layout(key)
            first, raw_start, raw_end = layout.span(start, end)
            raw, _ = self._raw(key, f"bytes={raw_start}-{raw_end - 1}")
            yield from trim(layout.open_from(first, raw), first * layout.segment, start, end)

        return iterate_in_thread(pieces())

    async def plain_size(self, key: str) -> int:
        """The plaintext size of an object, from its sealed size (no decryption)."""
        return (await asyncio.to_thread(self._layout, key)).plain_size

    async def exists(self, key: str) -> bool:
        """True when an object is stored under `key`."""
        try:
            await self._call(
                self._client.head_object, key, Bucket=self._bucket, Key=self._name(key)
            )
        except ObjectNotFoundError:
            return False
        return True

    async def delete(self, key: str) -> bool:
        """Remove an object; False when it was not there."""
        if not await self.exists(key):
            return False
        await self._call(self._client.delete_object, key, Bucket=self._bucket, Key=self._name(key))
        return True
