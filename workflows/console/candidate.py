"""One application in the console: the candidate's timeline (stage changes, invitations,
messages to the candidate) and its audit trail; the report stays on /r/{id}. The read is
audited, since it shows the candidate's name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.actors import Actor, ActorKind
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.clock import format_deadline
from workflows.console.access import ConsoleViewer, visible_job
from workflows.console.dashboard import SOURCE_LABELS
from workflows.errors import NotFoundError
from workflows.invitations.models import Invitation
from workflows.messaging.models import CandidateNotice
from workflows.privacy.audit import record_access, trail
from workflows.privacy.vault import PiiVault
from workflows.ranking.views import display_name
from workflows.staff.models import Staff
from workflows.staff.policy import Action

GONE_MESSAGE = "找不到该申请"
INVITATION_LABELS = {
    "pending": "待发送",
    "sent": "已发送",
    "opened": "候选人已打开",
    "completed": "已完成面试",
    "missed": "已错过",
    "expired": "已过期",
    "cancelled": "已取消",
}

AUDIT_LABELS = {
    "console.application.viewed": "在控制台查看",
    "report.viewed": "查看评估报告",
    "report.summary.viewed": "查看报告摘要",
    "application.compared": "对比候选人",
    "application.similar.listed": "查看相似候选人",
    "offer.requested": "发起录用",
}


@dataclass(frozen=True, slots=True)
class Event:
    """One line of the timeline."""

    at: datetime
    kind: str
    text: str
    by: str


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    """What the candidate page shows."""

    application_id: int
    job_id: int
    job_title: str
    name: str
    stage: str
    stage_label: str
    overall_score: float | None
    match_score: float | None
    source: str
    report_url: str
    timeline: list[Event]
    audit: list[Event]


async def _names(actors: set[str]) -> dict[str, str]:
    ids = [Actor.parse(a).id for a in actors if a.startswith(f"{ActorKind.STAFF.value}:")]
    found = {s.dingtalk_user_id: s.name for s in await Staff.filter(dingtalk_user_id__in=ids)}
    out: dict[str, str] = {}
    for actor in actors:
        kind, _, ident = actor.partition(":")
        if kind == ActorKind.STAFF.value:
            out[actor] = found.get(ident, ident)
        elif kind == ActorKind.CANDIDATE.value:
            out[actor] = "候选人"
        else:
            out[actor] = "系统"
    return out


async def application_detail(
    viewer: ConsoleViewer, application_id: int, *, vault: PiiVault
) -> ApplicationDetail:
    """The application's page, if its job is one the viewer may see (audited)."""
    app = await Application.get_or_none(id=application_id).prefetch_related("candidate")
    if app is None:
        raise NotFoundError(f"application {application_id}", user_message=GONE_MESSAGE)
    job = await visible_job(viewer, app.job_id, Action.VIEW_REPORT)  # type: ignore[attr-defined]
    history = await StageHistory.filter(application_id=app.id).order_by("at", "id")
    invitations = await Invitation.filter(application_id=app.id).order_by("id")
    notices = await CandidateNotice.filter(application_id=app.id).order_by("id")
    audits = await trail("application", app.id)
    names = await _names({h.actor for h in history} | {a.actor for a in audits})
    events: list[Event] = []
    if not any(h.to_stage == Stage.RECEIVED for h in history):
        events.append(Event(app.created_at, "created", "收到申请", ""))
    for h in history:
        to = STAGE_LABELS_ZH[Stage(h.to_stage)]
        text = f"进入「{to}」" + (f"：{h.reason}" if h.reason else "")
        events.append(Event(h.at, "stage", text, names.get(h.actor, "")))
    for inv in invitations:
        status = INVITATION_LABELS.get(str(inv.status), str(inv.status))
        deadline = format_deadline(inv.deadline_at)
        text = f"面试邀请（第 {inv.attempt} 次，截止 {deadline}）：{status}"
        events.append(Event(inv.sent_at or inv.created_at, "invitation", text, ""))
    for n in notices:
        channel = "已送达" if n.channel else "待 HR 转发"
        events.append(Event(n.created_at, "message", f"通知候选人：{n.title}（{channel}）", ""))
    events.sort(key=lambda e: e.at)
    audit = [
        Event(a.at, a.action, AUDIT_LABELS.get(a.action, a.action), names.get(a.actor, a.actor))
        for a in audits
    ]
    await record_access(viewer.actor, "console.application.viewed", "application", app.id)
    stage = Stage(app.stage)
    return ApplicationDetail(
        app.id,
        job.id,
        job.title,
        display_name(vault, app.candidate.name_enc),
        stage.value,
        STAGE_LABELS_ZH[stage],
        app.overall_score,
        app.match_score,
        SOURCE_LABELS.get(app.source_channel, app.source_channel),
        f"/r/{app.id}",
        events,
        audit,
    )
