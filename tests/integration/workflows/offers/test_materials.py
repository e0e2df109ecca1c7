"""Onboarding materials: encrypted at rest, sniffed, size-limited, every read audited."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from settings import DatabaseSettings
from tests.integration.workflows.offers.onboarding_support import (
    HR,
    RecordingQueue,
    approved_offer,
    make_deps,
    onboarding_settings,
)
from workflows.actors import Actor
from workflows.errors import ConflictError, ValidationFailedError
from workflows.interviews.errors import PayloadTooLargeError, UnsupportedMediaError
from workflows.offers.acceptance import accept_offer
from workflows.offers.materials import list_materials, read_material, upload_material
from workflows.offers.models import MaterialKind, Offer, OnboardingMaterial
from workflows.privacy.audit import trail
from workflows.services import Services

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n" + "身份证 赵六 110101199001011234".encode() * 50 + b"\n%%EOF"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


async def _accepted(tmp_path: Path) -> tuple[Services, Offer, Actor]:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, report=False)
    await accept_offer(offer.id, remark="", deps=deps)
    app = await offer.application
    return deps, offer, Actor.candidate(app.candidate_id)


async def test_materials_are_encrypted_at_rest_and_every_read_is_audited(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps, offer, candidate = await _accepted(tmp_path)

    info = await upload_material(
        offer.id, "id_card", file_name="赵六-身份证.pdf", data=PDF, actor=candidate, deps=deps
    )

    row = await OnboardingMaterial.get(id=info.id)
    assert deps.store is not None
    on_disk = deps.store.raw_path(row.storage_key).read_bytes()
    assert on_disk != PDF and b"%PDF" not in on_disk and "赵六".encode() not in on_disk
    assert row.sha256 == hashlib.sha256(PDF).hexdigest() and row.size_bytes == len(PDF)
    assert "赵六" not in row.file_name_enc
    assert (row.content_type, info.file_name) == ("application/pdf", "赵六-身份证.pdf")

    hr = Actor.staff(HR)
    _, data = await read_material(info.id, actor=hr, deps=deps)
    _, again = await read_material(info.id, actor=candidate, deps=deps, offer_id=offer.id)
    assert data == again == PDF
    reads = [(e.actor, e.action) for e in await trail("onboarding_material", info.id)]
    assert reads == [(str(candidate), "upload"), (str(hr), "read"), (str(candidate), "read")]


async def test_bad_type_empty_and_oversize_files_are_refused_with_the_reason(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps, offer, candidate = await _accepted(tmp_path)
    with pytest.raises(UnsupportedMediaError) as exe:
        await upload_material(
            offer.id,
            "diploma",
            file_name="a.pdf",
            data=b"MZ\x90\x00" * 10,
            actor=candidate,
            deps=deps,
        )
    assert "只支持 PDF、JPG、PNG" in exe.value.user_message
    with pytest.raises(PayloadTooLargeError) as big:
        await upload_material(
            offer.id,
            "diploma",
            file_name="b.png",
            data=PNG,
            actor=candidate,
            deps=deps,
            max_bytes=100,
        )
    assert "文件过大" in big.value.user_message
    with pytest.raises(ValidationFailedError) as empty:
        await upload_material(
            offer.id, "diploma", file_name="c", data=b"", actor=candidate, deps=deps
        )
    assert "空" in empty.value.user_message
    with pytest.raises(ValidationFailedError) as kind:
        await upload_material(
            offer.id, "passport", file_name="d", data=PNG, actor=candidate, deps=deps
        )
    assert "材料类型不正确" in kind.value.user_message
    assert not await OnboardingMaterial.exists(offer_id=offer.id)


async def test_uploading_a_kind_again_marks_the_old_file_replaced(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps, offer, candidate = await _accepted(tmp_path)
    first = await upload_material(
        offer.id, "diploma", file_name="旧.png", data=PNG, actor=candidate, deps=deps
    )
    second = await upload_material(
        offer.id, "diploma", file_name="新.pdf", data=PDF, actor=candidate, deps=deps
    )

    current = await list_materials(offer.id, actor=candidate, deps=deps)
    everything = await list_materials(offer.id, actor=candidate, deps=deps, include_replaced=True)
    assert [m.id for m in current] == [second.id]
    assert {m.id: m.replaced for m in everything} == {first.id: True, second.id: False}
    assert current[0].kind is MaterialKind.DIPLOMA


async def test_materials_wait_until_the_offer_is_accepted(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, report=False)
    with pytest.raises(ConflictError) as early:
        await upload_material(
            offer.id, "id_card", file_name="x.pdf", data=PDF, actor=Actor.system(), deps=deps
        )
    assert "接受录用后" in early.value.user_message
