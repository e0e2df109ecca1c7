"""Decisions against the database: batches with failures, candidate notices on each channel,
the pass-line policy on reaching `scored`, one-tap confirmation, audited settings."""

from __future__ import annotations

from typing import Any

import pytest

from settings import DatabaseSettings, load_settings
from tests.fakes import RecordingQueue, make_services
from tests.integration.workflows.decisions.support import scored_application, submitted_application
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.decisions.feedback import read_notice
from workflows.decisions.job_settings import set_pass_line, set_switch
from workflows.decisions.pass_line import (
    apply_scored_policy,
    confirm_recommendations,
    recommendations_for_job,
)
from workflows.decisions.policy import Decision
from workflows.decisions.service import decide
from workflows.errors import PermissionDeniedError
from workflows.jobs.models import Job
from workflows.messaging.models import CandidateNotice, OutboxMessage
from workflows.privacy.audit import trail
from workflows.privacy.vault import PiiVault
from workflows.seed.service import seed_demo
from workflows.services import Services

HR = Actor.staff("hr_wangfang")
BACKEND = "高级后端开发工程师"


@pytest.fixture
async def deps(db: DatabaseSettings) -> Services:
    await seed_demo()
    settings = load_settings(strict=False, mode="test")
    vault = PiiVault(settings.security.master_key_bytes(), b"test-hash-key")
    return make_services(settings, vault=vault, queue=RecordingQueue())


async def _job() -> Job:
    """The seeded backend job with a known pass line and every switch off."""
    job = await Job.get(title=BACKEND)
    job.pass_line = 60.0
    job.auto_advance = job.auto_reject = job.feedback_improvement_note = False
    await job.save()
    return job


async def _payloads(**filters: Any) -> list[dict[str, Any]]:
    return [m.payload for m in await OutboxMessage.filter(**filters).order_by("id")]


async def test_batch_reject_does_the_legal_ones_and_reports_the_illegal_one(
    deps: Services,
) -> None:
    job = await _job()
    apps = [
        await scored_application(deps.bus, deps.vault, job, f"候选人{i}", 50.0, user_id=f"emp{i}")
        for i in range(4)
    ]
    await applications.transition(
        apps[3].id, Stage.WITHDRAWN, actor=Actor.system("test"), reason="撤回", bus=deps.bus
    )
    batch = await decide(
        [a.id for a in apps] + [999999],
        Decision.REJECT,
        actor=HR,
        reason="岗位已招满",
        deps=deps,
    )
    assert [o.application_id for o in batch.done] == [a.id for a in apps[:3]]
    failed = {o.application_id: o.error for o in batch.failed}
    assert failed[apps[3].id] == "当前阶段为「已撤回」，不能淘汰"
    assert failed[999999] == "找不到申请编号 999999"
    for a in apps[:3]:
        app = await Application.get(id=a.id)
        assert app.stage is Stage.REJECTED
        last = (await applications.history(a.id))[-1]
        assert (last.actor, last.reason) == ("staff:hr_wangfang", "岗位已招满")
    # One encrypted notice and one direct message per rejected candidate.
    notices = await CandidateNotice.filter(kind="decision").order_by("id")
    assert len(notices) == 3
    assert all("候选人" not in n.body_enc for n in notices)
    assert {n.channel for n in notices} == {"dingtalk_user"}
    body = await read_notice(apps[0].id, Decision.REJECT, deps.vault)
    assert body.startswith("候选人0，您好！") and "感谢" in body
    sent = await _payloads(recipient="users:emp0")
    assert len(sent) == 1 and sent[0]["content"]["text"] == body
    # Retrying the same batch changes nothing and sends nothing new.
    again = await decide([apps[0].id], Decision.REJECT, actor=HR, reason="重试", deps=deps)
    assert again.failed[0].error == "已淘汰，无需重复操作"
    assert await CandidateNotice.filter(kind="decision").count() == 3
    assert len(await _payloads(recipient="users:emp0")) == 1


async def test_advance_only_from_scored_and_messages_differ(deps: Services) -> None:
    job = await _job()
    scored = await scored_application(deps.bus, deps.vault, job, "张伟", 82.0, user_id="emp1")
    early = await submitted_application(deps.bus, deps.vault, job, "李娜", user_id="emp2")
    batch = await decide([scored.id, early.id], Decision.ADVANCE, actor=HR, reason="", deps=deps)
    assert [o.application_id for o in batch.done] == [scored.id]
    assert batch.failed[0].error == "当前阶段为「已提交」，只有「已评分」的候选人可以晋级"
    assert (await Application.get(id=scored.id)).stage is Stage.SHORTLISTED
    advance_body = await read_notice(scored.id, Decision.ADVANCE, deps.vault)
    assert "进入下一轮" in advance_body and "遗憾" not in advance_body
    twice = await decide([scored.id], Decision.ADVANCE, actor=HR, reason="", deps=deps)
    assert twice.failed[0].error == "已在「进入下一轮」，无需重复晋级"


async def test_unreachable_candidates_are_forwarded_by_hr_in_one_summary(
    deps: Services,
) -> None:
    job = await _job()
    job.feedback_improvement_note = True
    await job.save()
    a = await scored_application(deps.bus, deps.vault, job, "王强", 40.0)
    b = await scored_application(deps.bus, deps.vault, job, "赵敏", 45.0, conversation_id="cid9")
    batch = await decide([a.id, b.id], Decision.REJECT, actor=HR, reason="", deps=deps)
    assert {o.channel for o in batch.done} == {"hr_forward"}
    # A rejection is never posted in the group the resume came from.
    assert await _payloads(recipient="group:cid9") == []
    summary = await _payloads(recipient="users:hr_wangfang")
    assert len(summary) == 1
    text = summary[0]["content"]["text"]
    assert "王强（编号" in text and "赵敏（编号" in text
    # The improvement note comes from the weakest assessed dimension, without its score.
    assert "定位原因" in text and "4.2" not in text


async def test_reaching_scored_recommends_and_auto_advances_only_when_enabled(
    deps: Services,
) -> None:
    job = await _job()
    high = await scored_application(deps.bus, deps.vault, job, "甲", 75.0, user_id="emp1")
    out = await apply_scored_policy(high.id, deps)
    assert out.recommendation == "advance" and out.automatic is None
    assert out.application.stage is Stage.SCORED
    assert (await Application.get(id=high.id)).recommendation == "advance"

    job.auto_advance = True
    await job.save()
    high2 = await scored_application(deps.bus, deps.vault, job, "乙", 75.0, user_id="emp2")
    out = await apply_scored_policy(high2.id, deps)
    assert out.application.stage is Stage.SHORTLISTED
    last = (await applications.history(high2.id))[-1]
    assert last.actor == "system:pass_line" and "及格线 60" in last.reason
    # Below the line with auto-advance on: never rejected without the auto-reject flag.
    low = await scored_application(deps.bus, deps.vault, job, "丙", 30.0, user_id="emp3")
    out = await apply_scored_policy(low.id, deps)
    assert out.recommendation == "reject" and out.application.stage is Stage.SCORED
    assert await CandidateNotice.filter(application_id=low.id).count() == 0

    job.auto_reject = True
    await job.save()
    low2 = await scored_application(deps.bus, deps.vault, job, "丁", 30.0, user_id="emp4")
    out = await apply_scored_policy(low2.id, deps)
    assert out.application.stage is Stage.REJECTED
    assert "自动淘汰" in (await applications.history(low2.id))[-1].reason

    unscored = await scored_application(deps.bus, deps.vault, job, "戊", None, user_id="emp5")
    out = await apply_scored_policy(unscored.id, deps)
    assert out.recommendation == "" and out.application.stage is Stage.SCORED


async def test_confirm_rechecks_stages_and_the_pass_line_at_click_time(
    deps: Services,
) -> None:
    job = await _job()
    a = await scored_application(deps.bus, deps.vault, job, "甲", 90.0, user_id="emp1")
    b = await scored_application(deps.bus, deps.vault, job, "乙", 40.0, user_id="emp2")
    c = await scored_application(deps.bus, deps.vault, job, "丙", 65.0, user_id="emp3")
    d = await scored_application(deps.bus, deps.vault, job, "丁", None, user_id="emp4")
    rows = await recommendations_for_job(job.id, viewer=HR, vault=deps.vault)
    assert [(r.name, r.recommendation) for r in rows] == [
        ("甲", "advance"),
        ("丙", "advance"),
        ("乙", "reject"),
        ("丁", ""),
    ]
    plan = [(r.application_id, Decision(r.recommendation)) for r in rows if r.recommendation]
    # Meanwhile: someone rejected 甲 by hand, and the pass line went up past 丙.
    await decide([a.id], Decision.REJECT, actor=HR, reason="", deps=deps)
    await set_pass_line(job.id, 70.0, actor=HR)
    result = await confirm_recommendations(job.id, plan, actor=HR, deps=deps)
    assert [o.application_id for o in result.rejected.done] == [b.id]
    assert result.advanced.outcomes == ()
    skipped = dict(result.skipped)
    assert "不再是「已评分」" in skipped[a.id]
    assert "及格线已改为 70" in skipped[c.id]
    assert (await Application.get(id=c.id)).stage is Stage.SCORED
    assert (await Application.get(id=d.id)).stage is Stage.SCORED


async def test_settings_are_hr_only_and_audited(deps: Services) -> None:
    job = await _job()
    c = await scored_application(deps.bus, deps.vault, job, "甲", 65.0)
    assert (await Application.get(id=c.id)).recommendation == ""  # set by the notify job
    change = await set_pass_line(job.id, 70.0, actor=HR)
    assert (change.old, change.new) == (60.0, 70.0)
    assert (await Application.get(id=c.id)).recommendation == "reject"
    await set_switch(job.id, "auto_reject", True, actor=HR)
    assert (await Job.get(id=job.id)).auto_reject is True
    with pytest.raises(PermissionDeniedError):
        await set_pass_line(job.id, 10.0, actor=Actor.staff("mgr_chengang"))
    with pytest.raises(PermissionDeniedError):
        await set_switch(job.id, "auto_advance", True, actor=Actor.system("x"))
    entries = [
        (e.actor, e.detail["field"], e.detail["old"], e.detail["new"])
        for e in await trail("job", job.id)
        if e.action == "job.decision_settings.changed"
    ]
    assert entries == [
        ("staff:hr_wangfang", "pass_line", 60.0, 70.0),
        ("staff:hr_wangfang", "auto_reject", False, True),
    ]
    assert (await Job.get(id=job.id)).pass_line == 70.0


async def test_retry_after_a_lost_notice_tells_the_candidate_without_moving_again(
    deps: Services,
) -> None:
    job = await _job()
    app = await scored_application(deps.bus, deps.vault, job, "甲", 30.0, user_id="emp1")
    # The stage changed but the process died before the notice was written.
    await applications.transition(
        app.id, Stage.REJECTED, actor=HR, reason="岗位已招满", bus=deps.bus
    )
    batch = await decide([app.id], Decision.REJECT, actor=HR, reason="重试", deps=deps)
    assert [o.application_id for o in batch.done] == [app.id]
    assert await CandidateNotice.filter(application_id=app.id).count() == 1
    assert len(await _payloads(recipient="users:emp1")) == 1
    history = await applications.history(app.id)
    assert [h.to_stage for h in history].count(Stage.REJECTED) == 1
    again = await decide([app.id], Decision.REJECT, actor=HR, reason="重试", deps=deps)
    assert again.failed[0].error == "已淘汰，无需重复操作"
