"""Onboarding materials (ID, diploma, ...) of an accepted offer: encrypted, hashed, audited.

The file is sealed in the object store, its original name (it often holds the candidate's name)
is encrypted with the PII vault, and every read, the candidate's own included, is written to
the audit trail. Uploading a kind again keeps the old file but marks it replaced.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from tortoise.transactions import in_transaction

from settings import Settings
from workflows.actors import Actor
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.interviews.errors import PayloadTooLargeError, UnsupportedMediaError
from workflows.offers.models import MaterialKind, Offer, OfferStatus, OnboardingMaterial
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.services import Services
from workflows.storage.port import ObjectStore

MAX_MATERIAL_BYTES = 20 * 1024 * 1024
SUBJECT = "onboarding_material"
FORMATS_ZH = "PDF、JPG、PNG"

KIND_LABELS: dict[MaterialKind, str] = {
    MaterialKind.ID_CARD: "身份证",
    MaterialKind.DIPLOMA: "毕业证书",
    MaterialKind.DEGREE: "学位证书",
    MaterialKind.BANK_CARD: "银行卡",
    MaterialKind.MEDICAL: "入职体检报告",
    MaterialKind.OTHER: "其他材料",
}
# What every new hire brings unless the org configures `offers.required_materials`.
DEFAULT_REQUIRED: tuple[MaterialKind, ...] = (
    MaterialKind.ID_CARD,
    MaterialKind.DIPLOMA,
    MaterialKind.BANK_CARD,
)
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)


@dataclass(frozen=True, slots=True)
class MaterialInfo:
    """One uploaded material as lists show it."""

    id: int
    kind: MaterialKind
    label: str
    file_name: str
    content_type: str
    size_bytes: int
    sha256: str
    uploaded_at: datetime
    replaced: bool


def sniff_document(head: bytes) -> tuple[str, str] | None:
    """(media type, extension) of a PDF, JPEG or PNG by its first bytes; None otherwise."""
    for magic, media_type, ext in _MAGIC:
        if head.startswith(magic):
            return media_type, ext
    return None


def required_kinds(settings: Settings) -> tuple[MaterialKind, ...]:
    """Materials a new hire must upload (org setting, else the default three)."""
    configured = settings.offers.required_materials
    if configured:
        kinds = [MaterialKind(k) for k in configured if k in MaterialKind._value2member_map_]
        if kinds:
            return tuple(kinds)
    return DEFAULT_REQUIRED


def parse_kind(kind: str) -> MaterialKind:
    """A material kind from the page's value, with a clear message for an unknown one."""
    try:
        return MaterialKind(kind)
    except ValueError:
        names = "、".join(KIND_LABELS.values())
        raise ValidationFailedError(
            f"unknown material kind {kind!r}", user_message=f"材料类型不正确，可选：{names}"
        ) from None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _store(deps: Services) -> ObjectStore:
    if deps.store is None:
        raise RuntimeError("onboarding deps lack the object store")
    return deps.store


def _info(row: OnboardingMaterial, deps: Services) -> MaterialInfo:
    kind = MaterialKind(row.kind)
    return MaterialInfo(
        row.id,
        kind,
        KIND_LABELS[kind],
        deps.vault.decrypt(row.file_name_enc, context=contexts.MATERIAL_FILE_NAME),
        row.content_type,
        row.size_bytes,
        row.sha256,
        row.uploaded_at,
        row.replaced,
    )


async def upload_material(
    offer_id: int,
    kind: str,
    *,
    file_name: str,
    data: bytes,
    actor: Actor,
    deps: Services,
    max_bytes: int = MAX_MATERIAL_BYTES,
) -> MaterialInfo:
    """Store one material of an accepted offer; an earlier one of the same kind is replaced."""
    material_kind = parse_kind(kind)
    offer = await Offer.get_or_none(id=offer_id)
    if offer is None:
        raise NotFoundError(f"offer {offer_id} not found", user_message="找不到这份录用通知")
    if offer.status != OfferStatus.ACCEPTED:
        raise ConflictError(
            f"offer {offer_id} is {offer.status}", user_message="接受录用后才能上传入职材料"
        )
    if not data:
        raise ValidationFailedError("empty file", user_message="文件是空的，请重新选择")
    if len(data) > max_bytes:
        raise PayloadTooLargeError(
            f"material of {len(data)} bytes refused",
            user_message=f"文件过大（{_mb(len(data))}），单个文件最多 {_mb(max_bytes)}",
        )
    sniffed = sniff_document(data[:16])
    if sniffed is None:
        raise UnsupportedMediaError(
            "material is not pdf/jpeg/png",
            user_message=f"只支持 {FORMATS_ZH} 格式的文件，请转换后重新上传",
        )
    media_type, ext = sniffed
    key = f"onboarding/{offer_id}/{secrets.token_hex(16)}.{ext}"
    owner = await Offer.filter(id=offer_id).values_list("application__candidate_id", flat=True)
    candidate_id = int(cast(Any, owner[0]))
    stored = await _store(deps).put(key, data, owner=candidate_id)
    await deps.vault.unlock(candidate_id, create=True)
    name = (file_name or f"{KIND_LABELS[material_kind]}.{ext}").strip()[:200]
    async with in_transaction() as conn:
        await (
            OnboardingMaterial.filter(offer_id=offer_id, kind=material_kind, replaced=False)
            .using_db(conn)
            .update(replaced=True)
        )
        row = await OnboardingMaterial.create(
            using_db=conn,
            offer_id=offer_id,
            kind=material_kind,
            file_name_enc=deps.vault.encrypt(
                name, context=contexts.MATERIAL_FILE_NAME, owner=candidate_id
            ),
            content_type=media_type,
            size_bytes=stored.size,
            sha256=stored.sha256,
            storage_key=key,
            uploaded_at=datetime.now(UTC),
        )
    await record_access(
        actor, "upload", SUBJECT, row.id, offer_id=offer_id, kind=material_kind.value
    )
    return _info(row, deps)


async def list_materials(
    offer_id: int, *, actor: Actor, deps: Services, include_replaced: bool = False
) -> list[MaterialInfo]:
    """The offer's materials, newest first; the listing is audited (file names are PII)."""
    query = OnboardingMaterial.filter(offer_id=offer_id)
    if not include_replaced:
        query = query.filter(replaced=False)
    rows = await query.order_by("-uploaded_at", "-id")
    await record_access(actor, "list", "offer_materials", offer_id, count=len(rows))
    await deps.vault.unlock_tokens(r.file_name_enc for r in rows)
    return [_info(r, deps) for r in rows]


async def read_material(
    material_id: int, *, actor: Actor, deps: Services, offer_id: int | None = None
) -> tuple[MaterialInfo, bytes]:
    """The decrypted file; every read is recorded (pass `offer_id` to confine a candidate)."""
    row = await OnboardingMaterial.get_or_none(id=material_id)
    if row is None or (offer_id is not None and row.offer_id != offer_id):  # type: ignore[attr-defined]
        raise NotFoundError(f"material {material_id} not found", user_message="找不到这份材料")
    data = await _store(deps).get(row.storage_key)
    await record_access(
        actor,
        "read",
        SUBJECT,
        row.id,
        offer_id=row.offer_id,  # type: ignore[attr-defined]
        kind=str(row.kind),
    )
    await deps.vault.unlock_tokens([row.file_name_enc])
    return _info(row, deps), data


async def missing_kinds(offer_id: int, settings: Settings) -> list[MaterialKind]:
    """Required materials not uploaded yet."""
    rows = await OnboardingMaterial.filter(offer_id=offer_id, replaced=False).values_list(
        "kind", flat=True
    )
    have = {str(getattr(k, "value", k)) for k in rows}
    return [k for k in required_kinds(settings) if k.value not in have]
