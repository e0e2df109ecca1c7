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
from workflows.privacy.keys import CandidateKeyRing
from workflows.storage.port import (
    ObjectNotFoundError,
    ObjectStoreUnavailableError,
    StoredObject,
    check_key,
)
from workflows.storage.sealed import SealedStore, iterate_in_thread

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
            max_pool_connections=settings.s3_max_connections,
            # Checksums only when the operation requires them: MinIO and older servers
            # refuse the newer default trailing checksums on some operations.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        ),
    )


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class S3EncryptedStore(SealedStore):
    """The object store port on an S3 bucket; every object sealed under its own data key."""

    def __init__(
        self,
        client: Any,
        bucket: str,
        master_key: bytes,
        *,
        previous_master_keys: tuple[bytes, ...] = (),
        keyring: CandidateKeyRing | None = None,
        prefix: str = "",
        part_bytes: int = 8 * 1024 * 1024,
    ) -> None:
        super().__init__(master_key, previous_master_keys=previous_master_keys, keyring=keyring)
        self._client = client
        self._bucket = bucket
        self._prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
        self._part = part_bytes

    @classmethod
    def from_settings(
        cls,
        settings: StorageSettings,
        master_key: bytes,
        *,
        previous_master_keys: tuple[bytes, ...] = (),
        keyring: CandidateKeyRing | None = None,
    ) -> S3EncryptedStore:
        """The store named by DINGHIRE_STORAGE_S3_*."""
        return cls(
            build_s3_client(settings),
            settings.s3_bucket,
            master_key,
            previous_master_keys=previous_master_keys,
            keyring=keyring,
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

    async def put_stream(
        self, key: str, chunks: AsyncIterator[bytes], *, owner: int | None = None
    ) -> StoredObject:
        """Seal and upload a stream: one PUT when small, else a multipart upload."""
        sealer = await self._keys.sealer(key, owner)
        digest = hashlib.sha256()
        size = 0

        async def sealed() -> AsyncIterator[bytes]:
            nonlocal size
            yield sealer.header
            async for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                for piece in sealer.update(chunk):
                    yield piece
            yield sealer.finish()

        await self._upload(key, sealed())
        return StoredObject(key, size, digest.hexdigest())

    async def _upload(self, key: str, raw: AsyncIterator[bytes]) -> None:
        """Upload sealed bytes as the object `key`: one PUT when small, else multipart (aborted
        on any failure, so the object appears whole or not at all)."""
        name = self._name(key)
        pending = bytearray()
        upload_id: str | None = None
        parts: list[dict[str, Any]] = []
        try:
            async for piece in raw:
                pending += piece
                while len(pending) >= self._part:
                    if upload_id is None:
                        upload_id = await self._start_multipart(key, name)
                    body = bytes(pending[: self._part])
                    del pending[: self._part]
                    parts.append(
                        await self._upload_part(key, name, upload_id, len(parts) + 1, body)
                    )
            if upload_id is None:
                await self._call(
                    self._client.put_object, key, Bucket=self._bucket, Key=name, Body=bytes(pending)
                )
            else:
                if pending or not parts:
                    parts.append(
                        await self._upload_part(
                            key, name, upload_id, len(parts) + 1, bytes(pending)
                        )
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

    def _open_raw(
        self, key: str, start: int = 0, end: int | None = None
    ) -> tuple[Iterator[bytes], int]:
        """The sealed bytes start..end (exclusive) as an iterator, and the object's full size."""
        kwargs: dict[str, Any] = {"Bucket": self._bucket, "Key": self._name(key)}
        if start or end is not None:
            kwargs["Range"] = f"bytes={start}-{'' if end is None else end - 1}"
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

    async def rewrap(self, key: str) -> bool:
        """Re-wrap a master-key object under the current master key; False when not needed.

        S3 objects cannot be patched in place: the object is copied through this process with
        the new header (its segments unchanged, still sealed) and replaces the old one whole."""
        head, _ = await self._head(key)
        new = self._keys.rewrapped(key, head)
        if new is None:
            return False
        raw, _ = await asyncio.to_thread(self._open_raw, key, len(new))

        async def rewritten() -> AsyncIterator[bytes]:
            yield new
            async for piece in iterate_in_thread(raw):
                yield piece

        await self._upload(key, rewritten())
        return True

    async def keys(self) -> list[str]:
        """Every stored object key under the prefix (for rotation and checks)."""

        def listing() -> list[str]:
            pages = self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self._bucket, Prefix=self._prefix
            )
            return [
                str(item["Key"])[len(self._prefix) :]
                for page in pages
                for item in page.get("Contents", [])
            ]

        try:
            return await asyncio.to_thread(listing)
        except (ClientError, BotoCoreError) as exc:
            raise ObjectStoreUnavailableError("S3 listing failed") from exc

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
