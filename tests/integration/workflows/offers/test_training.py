"""Training suggestions from the new hire's weakest assessed dimensions, and the catalogue."""

from __future__ import annotations

from pathlib import Path

from settings import DatabaseSettings
from tests.integration.workflows.offers.onboarding_support import (
    MANAGER,
    RecordingQueue,
    approved_offer,
    make_deps,
    onboarding_settings,
)
from workflows.messaging.models import OutboxMessage
from workflows.offers.models import Offer, TrainingCourse
from workflows.offers.training import (
    DEFAULT_COURSES,
    ensure_default_catalogue,
    send_training_suggestions,
    suggest_training,
    upsert_course,
)


async def test_suggestions_pick_the_weakest_assessed_dimensions_and_skip_not_assessed(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    await ensure_default_catalogue()
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault)

    suggestions = await suggest_training(offer.id)

    # Pass line 65 -> 6.5 per dimension; 学习能力 was not assessed and is never suggested.
    assert [s["dimension_name"] for s in suggestions] == ["沟通表达", "团队协作"]
    assert suggestions[0]["why"] == "沟通表达 3.1 分，低于岗位要求（6.5 分）"
    assert suggestions[0]["courses"]
    assert all("学习能力" not in s["why"] for s in suggestions)
    titles = {c["title"] for c in suggestions[0]["courses"]}
    assert "结构化表达：金字塔原理与工作汇报" in titles
    stored = await Offer.get(id=offer.id)
    assert stored.training_suggestions == suggestions


async def test_the_manager_receives_the_suggestions_and_the_new_hire_not_by_default(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    await ensure_default_catalogue()
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, dingtalk_user_id="emp001")

    rows = await send_training_suggestions(offer.id, deps)

    (row,) = [await OutboxMessage.get(id=r) for r in rows]
    assert row.recipient == f"users:{MANAGER}"
    assert "沟通表达 3.1 分，低于岗位要求" in str(row.payload)
    assert not await OutboxMessage.exists(dedup_key=f"training_hire:{offer.id}")


async def test_catalogue_is_seeded_once_and_takes_new_courses_by_dimension_name(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    assert await ensure_default_catalogue() == len(DEFAULT_COURSES) >= 12
    assert await ensure_default_catalogue() == 0
    # The org retires its own teamwork courses and adds one tagged by the dimension's name.
    retired = ("comm-listening", "team-conflict", "team-crossdept")
    await TrainingCourse.filter(code__in=retired).update(is_active=False)
    await upsert_course("team-okr", "OKR 目标对齐实战", ["团队协作"], provider="外部讲师", hours=4)
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault)

    suggestions = {s["dimension_code"]: s for s in await suggest_training(offer.id)}

    assert [c["code"] for c in suggestions["teamwork"]["courses"]] == ["team-okr"]
    assert "comm-listening" not in [c["code"] for c in suggestions["communication"]["courses"]]


async def test_without_a_report_there_are_no_suggestions_and_no_message(
    db: DatabaseSettings, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), None, RecordingQueue())
    offer = await approved_offer(deps.vault, report=False)
    assert await suggest_training(offer.id) == []
    assert await send_training_suggestions(offer.id, deps) == []
