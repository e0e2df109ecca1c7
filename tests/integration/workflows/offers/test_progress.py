"""The onboarding steps a new hire sees."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from settings import DatabaseSettings
from tests.integration.workflows.offers.onboarding_support import (
    START_DATE,
    RecordingQueue,
    approved_offer,
    make_deps,
    onboarding_settings,
)
from workflows.actors import Actor
from workflows.offers.acceptance import accept_offer, decline_offer
from workflows.offers.materials import upload_material
from workflows.offers.models import Offer
from workflows.offers.progress import onboarding_progress

PDF = b"%PDF-1.4\n%%EOF"


def _states(progress: object) -> dict[str, str]:
    return {s.key: s.state for s in progress.steps}  # type: ignore[attr-defined]


async def test_progress_follows_acceptance_materials_preentry_and_entry_date(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, report=False)
    before = await onboarding_progress(offer.id, deps.settings)
    assert _states(before) == {
        "approved": "done",
        "accepted": "current",
        "materials": "todo",
        "preentry": "todo",
        "entry": "todo",
    }

    await accept_offer(offer.id, remark="", deps=deps)
    accepted = await onboarding_progress(offer.id, deps.settings)
    assert _states(accepted)["materials"] == "current"
    assert accepted.missing_materials == ["身份证", "毕业证书", "银行卡"]
    assert "还缺：身份证、毕业证书、银行卡" in accepted.steps[2].detail

    actor = Actor.system("test")
    for kind in ("id_card", "diploma", "bank_card"):
        await upload_material(
            offer.id, kind, file_name=f"{kind}.pdf", data=PDF, actor=actor, deps=deps
        )
    await Offer.filter(id=offer.id).update(preentry_user_id="u-1")
    ready = await onboarding_progress(offer.id, deps.settings, today=date(2026, 12, 1))
    assert _states(ready) == {
        "approved": "done",
        "accepted": "done",
        "materials": "done",
        "preentry": "done",
        "entry": "current",
    }
    assert ready.steps[3].label == "入职登记已创建"
    assert ready.steps[4].label == f"入职日期 {START_DATE.isoformat()}"
    arrived = await onboarding_progress(offer.id, deps.settings, today=START_DATE)
    assert _states(arrived)["entry"] == "done"


async def test_a_declined_offer_shows_where_it_stopped(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, report=False)
    await decline_offer(offer.id, reason="薪资不符合预期", deps=deps)
    progress = await onboarding_progress(offer.id, deps.settings)
    assert progress.steps[1].label == "已拒绝录用"
    assert progress.steps[1].state == "stopped"
    assert progress.steps[1].detail == "薪资不符合预期"
    assert all(s.state != "current" for s in progress.steps)
