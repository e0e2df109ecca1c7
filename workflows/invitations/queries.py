"""Read side for HR: who has not started the interview, and which applications a command names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.interviews.models import InterviewSession, SessionStatus
from workflows.invitations.models import OPEN_STATUSES, Invitation, InvitationStatus
from workflows.invitations.schedule import reminder_status_zh, state_of
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault

ALL_SCREENED = frozenset({"全部已筛选", "所有已筛选", "全部", "all", "all-screened", "screened"})


@dataclass(frozen=True, slots=True)
class PendingRow:
    """An invited candidate who has not started the interview."""

    application_id: int
    invitation_id: int
    name: str
    masked_phone: str
    deadline_at: datetime
    opened: bool
    reminders: str
    channel: str
    attempt: int


def _name(vault: PiiVault, enc: str) -> str:
    return vault.decrypt(enc, context=contexts.CANDIDATE_NAME) if enc else ""


async def pending_invitations(
    job_id: int, *, viewer: Actor, vault: PiiVault, now: datetime
) -> list[PendingRow]:
    """Open invitations of a job whose candidate has not started, nearest deadline first."""
    invitations = (
        await Invitation.filter(
            application__job_id=job_id,
            application__stage=Stage.INVITED,
            status__in=list(OPEN_STATUSES),
        )
        .order_by("deadline_at", "id")
        .prefetch_related("application__candidate")
    )
    app_ids = [i.application.id for i in invitations]
    sessions = await InterviewSession.filter(application_id__in=app_ids).values(
        "application_id", "invitation_id", "status", "started_at"
    )
    started = {
        int(s["application_id"])
        for s in sessions
        if s["status"] != SessionStatus.NOT_STARTED or s["started_at"] is not None
    }
    # The interview page creates the session when the candidate first signs in with the link.
    signed_in = {int(s["invitation_id"]) for s in sessions if s["invitation_id"] is not None}
    await vault.unlock(*(i.application.candidate.id for i in invitations))
    rows: list[PendingRow] = []
    for inv in invitations:
        app: Application = inv.application
        if app.id in started:
            continue
        cand = app.candidate
        rows.append(
            PendingRow(
                application_id=app.id,
                invitation_id=inv.id,
                name=_name(vault, cand.name_enc) or "（未识别姓名）",
                masked_phone=cand.masked_phone,
                deadline_at=inv.deadline_at,
                opened=inv.status is InvitationStatus.OPENED
                or inv.opened_at is not None
                or inv.id in signed_in,
                reminders=reminder_status_zh(state_of(inv), now),
                channel=inv.channel,
                attempt=inv.attempt,
            )
        )
    await record_access(viewer, "job.invitations.pending_listed", "job", job_id, count=len(rows))
    return rows


@dataclass(frozen=True, slots=True)
class Targets:
    """Applications a command named, labels for HR, and the references that matched nothing."""

    application_ids: tuple[int, ...]
    labels: dict[int, str]
    unknown: tuple[tuple[str, str], ...]


async def resolve_targets(
    job_id: int, references: list[str], *, viewer: Actor, vault: PiiVault
) -> Targets:
    """Turn `全部已筛选`, application ids (`15`, `#15`) and candidate names into applications."""
    apps = await Application.filter(job_id=job_id).order_by("id").prefetch_related("candidate")
    by_id = {a.id: a for a in apps}
    names = {a.id: _name(vault, a.candidate.name_enc) for a in apps}
    await record_access(viewer, "job.candidates.resolved", "job", job_id, count=len(apps))
    chosen: list[int] = []
    unknown: list[tuple[str, str]] = []
    for ref in references:
        token = ref.strip().lstrip("#")
        if token.lower() in ALL_SCREENED:
            chosen += [a.id for a in apps if Stage(a.stage) is Stage.SCREENED]
        elif token.isdigit():
            if int(token) in by_id:
                chosen.append(int(token))
            else:
                unknown.append((ref, f"岗位 #{job_id} 下没有申请编号 #{token}"))
        else:
            hits = [app_id for app_id, name in names.items() if name == token]
            if len(hits) == 1:
                chosen.append(hits[0])
            elif hits:
                listed = "、".join(
                    f"#{h}（{STAGE_LABELS_ZH[Stage(by_id[h].stage)]}）" for h in hits
                )
                unknown.append((ref, f"有多位候选人叫“{token}”：{listed}，请改用申请编号"))
            else:
                unknown.append((ref, f"岗位 #{job_id} 下找不到候选人“{token}”"))
    ids = tuple(dict.fromkeys(chosen))
    labels = {i: f"{names[i] or '未识别姓名'}（#{i}）" for i in ids}
    return Targets(ids, labels, tuple(unknown))
