"""Outcomes import: hired applications get probation, ratings, leaving and encrypted
demographics; bad rows import nothing; only the HR head or an admin may import; reads of
demographics are audited."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.integration.workflows.spreadsheets.support import Person, add, backend_job, make_vault
from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.errors import PermissionDeniedError
from workflows.events import EventBus
from workflows.outcomes.demographics import backfill_from_candidates, read_profiles
from workflows.outcomes.models import DemographicProfile, HireOutcome, PerformanceRating
from workflows.privacy import contexts
from workflows.privacy.models import AuditLog
from workflows.spreadsheets.imports import import_workbook
from workflows.spreadsheets.schema import ImportKind

HEAD = Actor.staff("hr_lijing")  # 人力资源总监: hr_head in the demo seed
HR = Actor.staff("hr_wangfang")
HEADER = ["编号", "姓名", "入职日期", "试用期结果", "转正日期", "绩效周期", "绩效评级"]
HEADER += ["离职日期", "离职类型", "离职原因", "性别", "出生年份", "地区", "学校层次"]


def cid(app: Application) -> int:
    """The application's candidate id."""
    return int(app.candidate_id)  # type: ignore[attr-defined]


async def test_outcomes_and_demographics_are_imported_for_hires(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    hired = await add(job, Person("张伟", "13812345678", stage=Stage.HIRED), vault)
    left = await add(job, Person("刘洋", "13911112222", stage=Stage.HIRED), vault)
    data = workbook_bytes(
        [
            HEADER,
            [
                hired.id,
                "张伟",
                "2026-03-01",
                "通过",
                "2026-06-01",
                "2026H1",
                "A",
                None,
                None,
                None,
                "女",
                1990,
                "华东",
                "985/211",
            ],
            [hired.id, "张伟", None, None, None, "2026H2", "S"] + [None] * 7,
            [
                f"#{left.id}",
                "刘洋",
                "2026/3/1",
                "未通过",
                None,
                None,
                None,
                "2026-05-20",
                "被动",
                "试用期考核未达标",
                "男",
                1980,
                "华北",
                None,
            ],
        ]
    )
    result = await import_workbook(data, "表现.xlsx", actor=HEAD, vault=vault, bus=EventBus())
    assert result.ok, [str(e) for e in result.errors]
    assert result.kind is ImportKind.OUTCOMES and (result.created, result.updated) == (2, 0)

    outcome = await HireOutcome.get(application_id=hired.id)
    assert outcome.probation == "passed" and outcome.regularised_on == date(2026, 6, 1)
    ratings = await PerformanceRating.filter(outcome_id=outcome.id).order_by("period")
    assert [(r.period, r.label, r.value) for r in ratings] == [
        ("2026H1", "A", 4.0),
        ("2026H2", "S", 5.0),
    ]
    gone = await HireOutcome.get(application_id=left.id)
    assert gone.probation == "failed" and gone.left_on == date(2026, 5, 20)
    assert gone.leaving_type == "被动" and "未达标" not in gone.leaving_reason_enc
    assert (
        vault.decrypt(gone.leaving_reason_enc, context=contexts.LEAVING_REASON)
        == "试用期考核未达标"
    )

    # Demographics are ciphertext at rest and readable only through the audited use case.
    row = await DemographicProfile.get(candidate_id=cid(hired))
    assert "女" not in row.data_enc and "1990" not in row.data_enc
    profiles = await read_profiles(
        [cid(hired), cid(left)],
        vault=vault,
        actor=HEAD,
        purpose="test",
    )
    assert profiles[cid(hired)].groups(2026) == {
        "gender": "女",
        "age_band": "35-44岁",
        "region": "华东",
        "school_tier": "985/211",
    }
    assert profiles[cid(left)].groups(2026)["age_band"] == "45岁及以上"
    audit = await AuditLog.filter(action="demographics.read").first()
    assert audit is not None and audit.actor == str(HEAD) and audit.detail["candidates"] == 2

    # Importing the same file again updates, never duplicates.
    again = await import_workbook(data, "表现.xlsx", actor=HEAD, vault=vault, bus=EventBus())
    assert (again.created, again.updated) == (0, 2)
    assert await PerformanceRating.all().count() == 2


async def test_ordinary_hr_may_neither_import_nor_read_demographics(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    hired = await add(job, Person("张伟", "13812345678", stage=Stage.HIRED), vault)
    data = workbook_bytes([HEADER, [hired.id, "张伟", None, "通过"] + [None] * 6 + ["女"]])
    with pytest.raises(PermissionDeniedError) as refused:
        await import_workbook(data, "表现.xlsx", actor=HR, vault=vault, bus=EventBus())
    assert "HR 负责人" in refused.value.user_message
    assert await HireOutcome.all().count() == 0 and await DemographicProfile.all().count() == 0
    with pytest.raises(PermissionDeniedError):
        await read_profiles([cid(hired)], vault=vault, actor=HR, purpose="test")


async def test_rows_naming_unhired_applications_or_half_ratings_import_nothing(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    scored = await add(job, Person("张伟", "13812345678", stage=Stage.SCORED), vault)
    hired = await add(job, Person("刘洋", "13911112222", stage=Stage.HIRED), vault)
    data = workbook_bytes(
        [
            HEADER,
            [scored.id, "张伟", None, "通过"] + [None] * 10,
            [hired.id, "刘洋", "2026-03-01", None, "2026-02-01", "2026H1", None] + [None] * 7,
            [hired.id, "刘洋", None, None, None, None, "优秀"] + [None] * 7,
            [9999, "无名", None, "通过"] + [None] * 10,
        ]
    )
    result = await import_workbook(data, "表现.xlsx", actor=HEAD, vault=vault, bus=EventBus())
    messages = [str(e) for e in result.errors]
    assert not result.ok
    assert any("第2行" in m and "尚未录用" in m for m in messages), messages
    assert any("第3行" in m and "转正日期" in m and "不能早于入职日期" in m for m in messages)
    assert any("第3行" in m and "绩效周期和绩效评级需同时填写" in m for m in messages)
    assert any("第4行" in m and "绩效评级应为 S/A/B/C/D" in m for m in messages)
    assert any("第5行" in m and "申请编号 9999 不存在" in m for m in messages)
    assert await HireOutcome.all().count() == 0


async def test_demographics_alone_are_accepted_for_applicants_not_hired(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    rejected = await add(job, Person("张伟", "13812345678", stage=Stage.REJECTED), vault)
    data = workbook_bytes([HEADER, [rejected.id, "张伟", *[None] * 8, "女", 1991, "华南", "一本"]])
    result = await import_workbook(data, "人员.xlsx", actor=HEAD, vault=vault, bus=EventBus())
    assert result.ok, [str(e) for e in result.errors]
    assert (result.created, result.updated, result.unchanged) == (0, 0, 1)
    assert await HireOutcome.all().count() == 0
    profiles = await read_profiles([cid(rejected)], vault=vault, actor=HEAD, purpose="test")
    assert profiles[cid(rejected)].gender == "女"


async def test_birth_year_and_city_fill_missing_profiles_once(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    known = await add(job, Person("张伟", "13812345678", stage=Stage.SCORED), vault)
    await Candidate.filter(id=cid(known)).update(birth_year=1980, city="深圳")
    blank = await add(job, Person("刘洋", "13911112222", stage=Stage.SCORED), vault)
    assert await backfill_from_candidates(vault=vault, actor=HEAD) == 1
    assert await backfill_from_candidates(vault=vault, actor=HEAD) == 0
    profiles = await read_profiles([cid(known), cid(blank)], vault=vault, actor=HEAD, purpose="t")
    assert profiles[cid(known)].groups(2026) == {
        "gender": None,
        "age_band": "45岁及以上",
        "region": "华南",
        "school_tier": None,
    }
    assert cid(blank) not in profiles
