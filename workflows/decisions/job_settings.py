"""HR's per-job decision settings: the pass line and the three switches; every change audited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tortoise.transactions import in_transaction

from workflows.actors import Actor, ActorKind
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.decisions.policy import PASS_LINE_MAX, PASS_LINE_MIN, Decision
from workflows.errors import PermissionDeniedError, ValidationFailedError
from workflows.jobs.models import Job
from workflows.privacy.audit import record_access
from workflows.staff.service import is_hr

Switch = Literal["auto_advance", "auto_reject", "feedback_improvement_note"]

SWITCH_LABELS_ZH: dict[str, str] = {
    "auto_advance": "自动晋级",
    "auto_reject": "自动淘汰",
    "feedback_improvement_note": "淘汰通知附改进建议",
}
AUDIT_ACTION = "job.decision_settings.changed"


@dataclass(frozen=True, slots=True)
class SettingChange:
    """One changed setting of a job, as recorded in the audit log."""

    job_id: int
    job_title: str
    field: str
    old: float | bool
    new: float | bool


async def _require_hr(actor: Actor) -> None:
    if actor.kind is not ActorKind.STAFF or not await is_hr(actor.id):
        raise PermissionDeniedError(
            f"{actor} may not change job settings", user_message="只有 HR 可以修改岗位的决策设置"
        )


async def set_pass_line(job_id: int, value: float, *, actor: Actor) -> SettingChange:
    """Set the job's pass line (0–100) and refresh the stored recommendations of its scored
    applications; recorded in the audit log."""
    await _require_hr(actor)
    if value != value or not PASS_LINE_MIN <= value <= PASS_LINE_MAX:
        raise ValidationFailedError(
            f"pass line {value} out of range", user_message="及格线必须在 0 到 100 之间"
        )
    async with in_transaction() as conn:
        job = await Job.select_for_update().using_db(conn).get(id=job_id)
        old = job.pass_line
        job.pass_line = value
        await job.save(using_db=conn, update_fields=["pass_line", "updated_at"])
        scored = Application.filter(job_id=job_id, stage=Stage.SCORED)
        await (
            scored.filter(overall_score__gte=value)
            .using_db(conn)
            .update(recommendation=Decision.ADVANCE.value)
        )
        await (
            scored.filter(overall_score__lt=value)
            .using_db(conn)
            .update(recommendation=Decision.REJECT.value)
        )
    await record_access(actor, AUDIT_ACTION, "job", job_id, field="pass_line", old=old, new=value)
    return SettingChange(job_id, job.title, "pass_line", old, value)


async def set_switch(job_id: int, switch: Switch, on: bool, *, actor: Actor) -> SettingChange:
    """Turn auto-advance, auto-reject or the improvement note on or off; audited."""
    await _require_hr(actor)
    if switch not in SWITCH_LABELS_ZH:
        raise ValidationFailedError(f"unknown switch {switch}", user_message="未知的设置项")
    async with in_transaction() as conn:
        job = await Job.select_for_update().using_db(conn).get(id=job_id)
        old = bool(getattr(job, switch))
        setattr(job, switch, on)
        await job.save(using_db=conn, update_fields=[switch, "updated_at"])
    await record_access(actor, AUDIT_ACTION, "job", job_id, field=switch, old=old, new=on)
    return SettingChange(job_id, job.title, switch, old, on)
