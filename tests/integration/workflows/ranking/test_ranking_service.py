"""Ranking, compare and similar on both databases."""

from __future__ import annotations

import pytest

from settings import DatabaseSettings
from tests.integration.workflows.ranking.support import Person, add_application, make_vault
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.rank_score import backfill_rank_scores, rank_score
from workflows.applications.stages import Stage
from workflows.errors import NotFoundError, ValidationFailedError
from workflows.jobs.models import Job
from workflows.privacy.models import AuditLog
from workflows.ranking.compare import compare
from workflows.ranking.filters import RankFilters
from workflows.ranking.service import rank
from workflows.ranking.similar import similar

HR = Actor.staff("hr_wangfang")
VAULT = make_vault()
BACKEND = ["Python", "Redis", "Kafka", "MySQL"]


async def _pool(job: Job) -> dict[str, Application]:
    people = [
        Person(
            "甲",
            match=90,
            overall=70,
            dims={"communication": 7.0, "teamwork": 6.5},
            stage=Stage.SCORED,
            skills=BACKEND,
        ),
        Person(
            "乙",
            match=50,
            overall=88,
            dims={"communication": 9.0, "teamwork": None},
            stage=Stage.SCORED,
            skills=BACKEND[:3],
            flags=["multiple_faces"],
        ),
        Person(
            "丙",
            match=70,
            overall=75,
            dims={"communication": 7.5, "teamwork": 8.0},
            stage=Stage.SHORTLISTED,
            skills=["Excel"],
        ),
        Person("丁", match=95, stage=Stage.SCREENED, skills=BACKEND),
        Person("戊", match=40, stage=Stage.SCREENED),
        Person("己", stage=Stage.RECEIVED),
    ]
    return {p.name: await add_application(job, p, VAULT) for p in people}


def _names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.name for r in rows]


async def test_scores_written_refresh_the_stored_rank_key(db: DatabaseSettings) -> None:
    job = await Job.create(title="后端")
    apps = await _pool(job)
    assert apps["乙"].rank_score == pytest.approx(rank_score(88, 50))
    assert apps["丁"].rank_score == pytest.approx(rank_score(None, 95))
    assert apps["己"].rank_score is None


async def test_rank_orders_interviewed_first_then_match_then_unscored(
    db: DatabaseSettings,
) -> None:
    job = await Job.create(title="后端")
    apps = await _pool(job)
    page = await rank(job.id, viewer=HR, vault=VAULT)
    # 乙 80.4, 甲 74, 丙 74 (newer id first on ties), then match only, then no score.
    assert _names(page.rows) == ["乙", "丙", "甲", "丁", "戊", "己"]
    assert page.total == 6
    top = page.rows[0]
    assert top.application_id == apps["乙"].id
    assert top.masked_phone == "138****0000"
    assert top.flags == ("画面中出现多人",) and top.integrity_flag
    assert [(d.code, d.score) for d in top.dimensions] == [
        ("communication", 9.0),
        ("teamwork", None),
    ]
    assert await AuditLog.filter(action="job.ranking.viewed", subject_id=str(job.id)).count() == 1


async def test_rank_pages_cross_from_keyed_to_unkeyed(db: DatabaseSettings) -> None:
    job = await Job.create(title="后端")
    await _pool(job)
    pages = [await rank(job.id, viewer=HR, vault=VAULT, page=n, page_size=4) for n in (1, 2, 3)]
    assert _names(pages[0].rows) == ["乙", "丙", "甲", "丁"]
    assert _names(pages[1].rows) == ["戊", "己"]
    assert pages[2].rows == [] and pages[2].total == 6
    assert [r.position for r in pages[1].rows] == [5, 6]
    assert pages[0].pages == 2


async def test_rank_filters(db: DatabaseSettings) -> None:
    job = await Job.create(title="后端")
    other = await Job.create(title="销售")
    await _pool(job)
    await add_application(other, Person("庚", match=99, overall=99), VAULT)

    async def names(**kw: object) -> list[str]:
        page = await rank(job.id, RankFilters(**kw), viewer=HR, vault=VAULT)  # type: ignore[arg-type]
        assert page.total == len(page.rows)
        return _names(page.rows)

    assert await names(min_overall=74) == ["乙", "丙"]
    assert await names(min_match=70) == ["丙", "甲", "丁"]
    assert await names(stages=(Stage.SCORED,)) == ["乙", "甲"]
    assert await names(no_integrity_flags=True) == ["丙", "甲", "丁", "戊", "己"]
    assert await names(has_report=True) == ["乙", "丙", "甲"]
    assert await names(has_report=True, no_integrity_flags=True, min_match=60) == ["丙", "甲"]
    assert await names(stages=(Stage.REJECTED,)) == []


async def test_rank_of_unknown_job_says_so(db: DatabaseSettings) -> None:
    with pytest.raises(NotFoundError) as info:
        await rank(999, viewer=HR, vault=VAULT)
    assert "找不到岗位 #999" in info.value.user_message


async def test_compare_shows_scores_confidence_not_assessed_and_best(
    db: DatabaseSettings,
) -> None:
    job = await Job.create(title="后端")
    apps = await _pool(job)
    ids = [apps["甲"].id, apps["乙"].id, apps["丁"].id]
    c = await compare(ids, viewer=HR, vault=VAULT)
    assert [e.name for e in c.entries] == ["甲", "乙", "丁"]
    assert c.dimensions == [("communication", "沟通表达"), ("teamwork", "团队协作")]
    assert c.best_by_dimension == {"communication": (apps["乙"].id,), "teamwork": (apps["甲"].id,)}
    assert c.best_overall == (apps["乙"].id,)
    assert c.best_match == (apps["丁"].id,)
    yi = c.entries[1]
    assert yi.dimensions["teamwork"].label() == "未评估"
    assert yi.dimensions["communication"].label() == "9.0/10（置信 0.80）"
    assert yi.flags == ("画面中出现多人",)
    assert c.entries[0].strengths == ("沟通表达 7.0/10",)
    assert not c.entries[2].has_report
    logged = await AuditLog.filter(action="application.compared").count()
    assert logged == 3


async def test_compare_refuses_other_jobs_and_wrong_counts(db: DatabaseSettings) -> None:
    job = await Job.create(title="后端")
    other = await Job.create(title="销售")
    a = await add_application(job, Person("甲", match=80), VAULT)
    b = await add_application(other, Person("乙", match=80), VAULT)
    with pytest.raises(ValidationFailedError) as info:
        await compare([a.id, b.id], viewer=HR, vault=VAULT)
    assert "只能对比同一岗位的候选人" in info.value.user_message
    with pytest.raises(ValidationFailedError) as info:
        await compare([a.id, a.id], viewer=HR, vault=VAULT)
    assert "至少指定两位" in info.value.user_message
    with pytest.raises(ValidationFailedError) as info:
        await compare(list(range(1, 7)), viewer=HR, vault=VAULT)
    assert "最多对比 5 位" in info.value.user_message
    with pytest.raises(NotFoundError) as missing:
        await compare([a.id, 9999], viewer=HR, vault=VAULT)
    assert "#9999" in missing.value.user_message


async def test_similar_finds_shared_skills_and_close_scores_across_jobs(
    db: DatabaseSettings,
) -> None:
    job = await Job.create(title="后端")
    other = await Job.create(title="架构师")
    apps = await _pool(job)
    twin = await add_application(
        other,
        Person(
            "辛",
            match=85,
            overall=72,
            dims={"communication": 7.0, "teamwork": 6.5},
            skills=BACKEND,
            school="",
            years=5.0,
        ),
        VAULT,
    )
    result = await similar(apps["甲"].id, viewer=HR, vault=VAULT)
    names = [i.name for i in result.items]
    assert names[0] == "辛"
    assert "丙" not in names[:2]
    first = result.items[0]
    assert first.application_id == twin.id and first.job_title == "架构师"
    assert any("共同技能" in r and "Python" in r for r in first.reasons)
    assert any("各维度得分接近" in r for r in first.reasons)
    assert apps["甲"].id not in [i.application_id for i in result.items]

    same_job = await similar(apps["甲"].id, viewer=HR, vault=VAULT, same_job_only=True)
    assert same_job.same_job_only
    assert {i.job_id for i in same_job.items} == {job.id}
    assert "辛" not in [i.name for i in same_job.items]
    assert await AuditLog.filter(action="application.similar.listed").count() == 2


async def test_backfill_sets_missing_keys_once(db: DatabaseSettings) -> None:
    job = await Job.create(title="后端")
    apps = await _pool(job)
    await Application.all().update(rank_score=None)
    assert await backfill_rank_scores(batch_size=2) == 5  # 己 has no score at all
    assert await backfill_rank_scores() == 0
    again = await Application.get(id=apps["乙"].id)
    assert again.rank_score == pytest.approx(rank_score(88, 50))
