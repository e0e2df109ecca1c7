"""Use cases of HR decisions: advance or reject one or many applications, with feedback."""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass

from integrations.dingtalk.messages import InteractiveCard, Recipient
from workflows.actors import Actor, ActorKind
from workflows.applications.models import Application
from workflows.applications.service import transition
from workflows.applications.stages import STAGE_LABELS_ZH, Stage, can_transition
from workflows.candidates.models import Candidate
from workflows.decisions.feedback import NoticeOutcome, notice_key, send_decision_notice
from workflows.decisions.messages import ForwardSummary
from workflows.decisions.policy import Decision
from workflows.decisions.policy import recommendation as policy_recommendation
from workflows.decisions.scored_card import DecidedCard, scored_card_id
from workflows.errors import DomainError
from workflows.jobs.models import Job
from workflows.links import explain_url, report_url
from workflows.messaging.models import CandidateNotice
from workflows.messaging.notify import candidate_name, kick_dispatch, queue_message
from workflows.privacy.vault import PiiVault
from workflows.services import Services
from workflows.staff.models import Staff

log = logging.getLogger(__name__)

TARGET: dict[Decision, Stage] = {
    Decision.ADVANCE: Stage.SHORTLISTED,
    Decision.REJECT: Stage.REJECTED,
}
DECISION_VERBS_ZH: dict[Decision, str] = {Decision.ADVANCE: "晋级", Decision.REJECT: "淘汰"}


@dataclass(frozen=True, slots=True)
class DecisionOutcome:
    """What happened to one application of a batch."""

    application_id: int
    label: str
    ok: bool
    error: str = ""
    channel: str = ""
    job_title: str = ""


@dataclass(frozen=True, slots=True)
class DecisionBatch:
    """Per-application results of one decision; failures are listed, never raised."""

    decision: Decision
    outcomes: tuple[DecisionOutcome, ...]

    @property
    def done(self) -> list[DecisionOutcome]:
        """Applications that moved (and whose candidate got the notice)."""
        return [o for o in self.outcomes if o.ok]

    @property
    def failed(self) -> list[DecisionOutcome]:
        """Applications left as they were, each with the reason in Chinese."""
        return [o for o in self.outcomes if not o.ok]


def recommendation(app: Application, job: Job) -> str:
    """The pass-line recommendation of an application: "advance", "reject" or "" (未评估)."""
    return policy_recommendation(app.overall_score, job.pass_line)


def _refusal(decision: Decision, stage: Stage) -> str | None:
    """Why this stage cannot take this decision (Chinese), or None when it can."""
    label = STAGE_LABELS_ZH[stage]
    if decision is Decision.ADVANCE:
        if stage is Stage.SHORTLISTED:
            return "已在「进入下一轮」，无需重复晋级"
        if stage is not Stage.SCORED:
            return f"当前阶段为「{label}」，只有「已评分」的候选人可以晋级"
        return None
    if stage is Stage.REJECTED:
        return "已淘汰，无需重复操作"
    if not can_transition(stage, Stage.REJECTED):
        return f"当前阶段为「{label}」，不能淘汰"
    return None


async def actor_display(actor: Actor) -> str:
    """How a decision maker appears on cards: the staff name, or the pass-line policy."""
    if actor.kind is ActorKind.STAFF:
        staff = await Staff.get_or_none(dingtalk_user_id=actor.id)
        return staff.name if staff else actor.id
    return "系统（按及格线自动处理）"


async def _forward_recipient(actor: Actor, job: Job) -> str:
    if actor.kind is ActorKind.STAFF:
        return actor.id
    owner = await Staff.get_or_none(id=job.owner_id) if job.owner_id else None  # type: ignore[attr-defined]
    return owner.dingtalk_user_id if owner else ""


async def _update_scored_card(
    app: Application, stage: Stage, by: str, deps: Services
) -> int | None:
    track = scored_card_id(app.id)
    if app.hr_card_track_id != track:
        return None
    data = deps.present.scored_cards.decided(
        DecidedCard(stage, by, app.id, report_url(deps.settings, app.id))
    )
    card = InteractiveCard(deps.settings.dingtalk.card_template_id, track, data)
    return await queue_message(Recipient.card(track), card, dedup_key=f"{track}:{stage.value}")


@dataclass
class _Pending:
    """What a batch collects while it runs: outbox rows to dispatch, notices HR must forward."""

    outbox: list[int]
    forwards: dict[tuple[str, str], list[tuple[str, str]]]


async def _notice_missing(app_id: int, decision: Decision) -> bool:
    return not await CandidateNotice.exists(dedup_key=notice_key(app_id, decision))


async def _decide_one(
    app: Application,
    decision: Decision,
    label: str,
    *,
    actor: Actor,
    reason: str,
    by: str,
    deps: Services,
    update_card: bool,
    pending: _Pending,
) -> DecisionOutcome:
    target = TARGET[decision]
    job = await Job.get(id=app.job_id)  # type: ignore[attr-defined]
    stage = Stage(app.stage)
    refusal = _refusal(decision, stage)
    # Already decided but the candidate was never told (the notice step failed after the
    # stage change): a retry completes it instead of refusing.
    resume = stage is target and await _notice_missing(app.id, decision)
    if refusal is not None and not resume:
        return DecisionOutcome(app.id, label, False, refusal, "", job.title)
    if not resume:
        await transition(app.id, target, actor=actor, reason=reason, bus=deps.bus)
    # PIPL Art. 24: a rejection links to the explanation page with the human-review request.
    link = explain_url(deps.settings, app.id) if decision is Decision.REJECT else ""
    notice: NoticeOutcome = await send_decision_notice(app, job, decision, deps, explain_link=link)
    if notice.outbox_id is not None:
        pending.outbox.append(notice.outbox_id)
    if notice.body:
        to = await _forward_recipient(actor, job)
        if to:
            pending.forwards[(to, job.title)].append((label, notice.body))
    if update_card:
        row = await _update_scored_card(app, target, by, deps)
        if row is not None:
            pending.outbox.append(row)
    return DecisionOutcome(app.id, label, True, "", notice.channel, job.title)


async def _label(app: Application, labels: dict[int, str] | None, vault: PiiVault) -> str:
    if labels and app.id in labels:
        return labels[app.id]
    cand = await Candidate.get(id=app.candidate_id)  # type: ignore[attr-defined]
    return f"{await candidate_name(cand, vault) or '未识别姓名'}（编号 {app.id}）"


async def decide(
    application_ids: list[int],
    decision: Decision,
    *,
    actor: Actor,
    reason: str,
    deps: Services,
    labels: dict[int, str] | None = None,
    update_card: bool = True,
) -> DecisionBatch:
    """Advance (scored -> shortlisted) or reject each application and tell its candidate.

    Failures are reported per application, never raised: one illegal move does not stop the
    rest of the batch.
    """
    decision = Decision(decision)
    by = await actor_display(actor)
    outcomes: list[DecisionOutcome] = []
    pending = _Pending([], defaultdict(list))
    for app_id in dict.fromkeys(application_ids):
        label = (labels or {}).get(app_id, f"编号 {app_id}")
        try:
            app = await Application.get_or_none(id=app_id)
            if app is None:
                outcomes.append(DecisionOutcome(app_id, label, False, f"找不到申请编号 {app_id}"))
                continue
            label = await _label(app, labels, deps.vault)
            outcome = await _decide_one(
                app,
                decision,
                label,
                actor=actor,
                reason=reason,
                by=by,
                deps=deps,
                update_card=update_card,
                pending=pending,
            )
            outcomes.append(outcome)
        except DomainError as exc:
            outcomes.append(DecisionOutcome(app_id, label, False, exc.user_message))
        except Exception:
            log.exception("decision %s failed for application %s", decision.value, app_id)
            outcomes.append(DecisionOutcome(app_id, label, False, "系统内部错误，请稍后重试"))
    for (to, job_title), items in pending.forwards.items():
        names = ",".join(sorted(who for who, _ in items))
        digest = hashlib.sha256(names.encode("utf-8")).hexdigest()[:16]
        key = f"decision-forward:{decision.value}:{to}:{digest}"
        message = deps.present.decisions.forward_summary(ForwardSummary(job_title, tuple(items)))
        pending.outbox.append(await queue_message(Recipient.users(to), message, dedup_key=key))
    await kick_dispatch(deps.queue, pending.outbox)
    return DecisionBatch(decision, tuple(outcomes))
