"""Offer request: the salary suggestion, the OA approval it starts, the offer row.

Reading approval results back (events and reconciliation) lives in `workflows.offers.approval_sync`.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta
from typing import Any

from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.ports import ApproverStep, StartApproval
from settings import Settings
from workflows.actors import Actor, ActorKind
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.reports import current_report
from workflows.candidates.models import Resume
from workflows.clock import BEIJING
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.links import report_url
from workflows.offers import approval_sync, refusals
from workflows.offers import form as offer_form
from workflows.offers.messages import OfferRequestSummary
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.salary import (
    Peer,
    SalarySuggestion,
    Thresholds,
    bands_from,
    suggest_salary,
)
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.services import Services
from workflows.staff.models import Role, Staff
from workflows.staff.service import staff_names

log = logging.getLogger(__name__)

DEFAULT_START_IN_DAYS = 14
# Offers other applications of the job are compared with (internal equity).
PEER_STATUSES = (OfferStatus.APPROVED, OfferStatus.ACCEPTED)
OPEN_STATUSES = (OfferStatus.DRAFT, OfferStatus.PENDING_APPROVAL)
REQUESTABLE = (Stage.SHORTLISTED, Stage.OFFER_DECLINED)


def thresholds(settings: Settings) -> Thresholds:
    """The suggestion's thresholds from settings."""
    o = settings.offers
    return Thresholds(
        junior_below=o.junior_below,
        senior_above=o.senior_above,
        interview_weight=o.interview_weight,
        raise_min_pct=o.raise_min_pct,
        raise_max_pct=o.raise_max_pct,
    )


async def _application(application_id: int) -> Application:
    app = await Application.get_or_none(id=application_id).prefetch_related(
        "candidate", "job", "job__owner", "job__hiring_manager", "job__department"
    )
    if app is None:
        raise NotFoundError(f"application {application_id}", user_message="找不到这份申请")
    return app


def _salary_pair(value: Any) -> tuple[int, int] | None:
    if not isinstance(value, dict):
        return None
    inner = value.get("value", value)
    if not isinstance(inner, dict):
        return None
    lo, hi = inner.get("min_monthly_cny"), inner.get("max_monthly_cny")
    if not isinstance(lo, int | float) or not isinstance(hi, int | float) or lo <= 0:
        return None
    return int(lo), int(max(lo, hi))


async def salary_facts(
    candidate_id: int, vault: PiiVault
) -> tuple[tuple[int, int] | None, int | None]:
    """Expected monthly salary (min, max) and current monthly salary from the latest resume."""
    resume = await Resume.filter(candidate_id=candidate_id, status="parsed").order_by("-id").first()
    if resume is None or not resume.parsed_enc:
        return None, None
    await vault.unlock(candidate_id)
    try:
        parsed = json.loads(
            vault.decrypt(resume.parsed_enc, context=contexts.RESUME, owner=candidate_id)
        )
    except ValueError:
        return None, None
    expected = _salary_pair(parsed.get("expected_salary"))
    # The parser does not extract 当前薪资 yet; use it when a later parser version stores it.
    current_pair = _salary_pair(parsed.get("current_salary"))
    current = current_pair[1] if current_pair else None
    return expected, current


async def peers_of(job_id: int, exclude_application_id: int) -> list[Peer]:
    """Approved offers of the job, as (level, score, salary)."""
    offers = await Offer.filter(
        application__job_id=job_id, status__in=list(PEER_STATUSES), monthly_salary__not_isnull=True
    ).prefetch_related("application")
    peers = []
    for o in offers:
        if o.application_id == exclude_application_id:  # type: ignore[attr-defined]
            continue
        score = o.suggestion.get("score")
        if score is None:
            score = o.application.overall_score
        if score is None or o.monthly_salary is None:
            continue
        peers.append(Peer(o.level, float(score), int(o.monthly_salary)))
    return peers


async def suggestion_for(app: Application, deps: Services) -> SalarySuggestion:
    """The salary suggestion of an application (job band or the configured default)."""
    job = app.job
    bands = bands_from(job.salary_band, deps.settings.offers.salary_bands, job_title=job.title)
    expected, current = await salary_facts(app.candidate.id, deps.vault)
    return suggest_salary(
        bands,
        interview_score=app.overall_score,
        match_score=app.match_score,
        expected_salary=expected,
        current_salary=current,
        peers=await peers_of(job.id, app.id),
        thresholds=thresholds(deps.settings),
    )


async def approver_chain(app: Application, deps: Services) -> tuple[ApproverStep, ...]:
    """Job.offer_approvers, else the hiring manager then the HR head(s)."""
    job = app.job
    if job.offer_approvers:
        return offer_form.configured_steps(job.offer_approvers)
    heads = [
        s.dingtalk_user_id
        for s in await Staff.filter(is_active=True).order_by("id")
        if Role.HR_HEAD.value in s.roles
    ]
    manager = job.hiring_manager.dingtalk_user_id if job.hiring_manager else None
    steps = offer_form.default_steps(manager, heads, deps.settings.offers.approver_mode)
    if not steps:
        raise ValidationFailedError(
            "no offer approvers", user_message=refusals.NO_APPROVERS.format(job=job.title)
        )
    return steps


def _originator(actor: Actor, app: Application) -> str:
    if actor.kind is ActorKind.STAFF and actor.id:
        return actor.id
    if app.job.owner is not None:
        return str(app.job.owner.dingtalk_user_id)
    raise ValidationFailedError("no originator", user_message=refusals.NO_ORIGINATOR)


def default_start_date(now: datetime) -> date:
    """Two weeks from today (Beijing) when HR gives no date."""
    return now.astimezone(BEIJING).date() + timedelta(days=DEFAULT_START_IN_DAYS)


async def _open_offer(application_id: int) -> Offer | None:
    return (
        await Offer.filter(application_id=application_id, status__in=list(OPEN_STATUSES))
        .order_by("-id")
        .first()
    )


async def pending_offer(application_id: int) -> Offer | None:
    """The offer of this application waiting for approval, if any."""
    return (
        await Offer.filter(application_id=application_id, status=OfferStatus.PENDING_APPROVAL)
        .order_by("-id")
        .first()
    )


async def request_offer(
    application_id: int, *, actor: Actor, start_date: date | None, deps: Services
) -> Offer:
    """Start the OA offer approval of a shortlisted application (a second call returns it)."""
    existing = await _open_offer(application_id)
    if existing is not None:
        if existing.status is OfferStatus.DRAFT:
            raise ConflictError("offer being requested", user_message=refusals.IN_PROGRESS)
        return existing
    app = await _application(application_id)
    stage = Stage(app.stage)
    if stage is Stage.OFFER_APPROVED:
        raise ConflictError("offer approved already", user_message=refusals.ALREADY_APPROVED)
    if stage not in REQUESTABLE:
        raise ConflictError(
            f"application {application_id} is {stage}",
            user_message=refusals.NOT_SHORTLISTED.format(stage=STAGE_LABELS_ZH[stage]),
        )
    now = deps.clock()
    start = start_date or default_start_date(now)
    if start < now.astimezone(BEIJING).date():
        raise ValidationFailedError(
            "start date in the past", user_message=refusals.BAD_START_DATE.format(day=start)
        )
    suggestion = await suggestion_for(app, deps)
    steps = await approver_chain(app, deps)
    originator = _originator(actor, app)
    await deps.vault.unlock(app.candidate.id)
    name = deps.vault.decrypt(app.candidate.name_enc, context=contexts.CANDIDATE_NAME)
    report = await current_report(app.id)
    strengths = [str(s.get("name") or "") for s in (report.strengths if report else [])][:3]
    values = offer_form.form_values(
        offer_form.OfferForm(
            candidate=name,
            job_title=app.job.title,
            department=app.job.department.name if app.job.department else "",
            suggestion=suggestion,
            start_date=start,
            interview_score=app.overall_score,
            report_link=report_url(deps.settings, app.id),
            strengths=[s for s in strengths if s],
        )
    )
    # The stage is the lock: of two concurrent requests only one moves it to offer_pending.
    try:
        await applications.transition(
            app.id,
            Stage.OFFER_PENDING,
            actor=actor,
            reason=f"发起录用审批（建议月薪 {suggestion.suggested} 元）",
            bus=deps.bus,
            expected_from=stage,
        )
    except ConflictError:
        again = await _open_offer(application_id)
        if again is not None and again.status is OfferStatus.PENDING_APPROVAL:
            return again
        raise ConflictError("concurrent offer request", user_message=refusals.IN_PROGRESS) from None
    offer = await Offer.create(
        application_id=app.id,
        status=OfferStatus.DRAFT,
        level=suggestion.level,
        monthly_salary=suggestion.suggested,
        salary_min=suggestion.range[0],
        salary_max=suggestion.range[1],
        start_date=start,
        reasons=suggestion.reasons,
        suggestion={**suggestion.to_dict(), "requested_by": originator},
        approvers=offer_form.steps_to_json(steps),
    )
    try:
        code = deps.settings.dingtalk.offer_process_code or await deps.approvals.ensure_process(
            offer_form.OFFER_TEMPLATE
        )
        instance_id = await deps.approvals.start(
            StartApproval(
                process_code=code,
                originator_user_id=originator,
                form=values,
                approvers=steps,
                business_id=f"offer-{offer.id}",
            )
        )
    except DingTalkError as exc:
        # Nothing was started: undo, so HR can simply try again.
        await approval_sync.abandon_draft(offer, deps, "录用审批发起失败，已恢复")
        raise ConflictError(
            f"offer approval start failed: {exc.code}",
            user_message=refusals.START_FAILED.format(why=exc.message[:200] or exc.code),
        ) from exc
    except Exception:
        await approval_sync.abandon_draft(offer, deps, "录用审批发起失败，已恢复")
        raise
    offer.process_code = code
    offer.process_instance_id = instance_id
    offer.status = OfferStatus.PENDING_APPROVAL
    offer.synced_at = now
    await offer.save(
        update_fields=["process_code", "process_instance_id", "status", "synced_at", "updated_at"]
    )
    await record_access(actor, "offer.requested", "offer", offer.id, application_id=app.id)
    log.info("offer %s requested for application %s", offer.id, app.id)
    return offer


async def describe_request(offer: Offer, vault: PiiVault, *, existing: bool) -> OfferRequestSummary:
    """What HR's answer to a request says: the suggestion, its reasons and the approvers."""
    await offer.fetch_related("application", "application__candidate", "application__job")
    app = offer.application
    steps = offer_form.configured_steps(offer.approvers) if offer.approvers else ()
    ids = [u for s in steps for u in s.user_ids]
    names = await staff_names(ids)
    await vault.unlock(app.candidate.id)
    return OfferRequestSummary(
        name=vault.decrypt(app.candidate.name_enc, context=contexts.CANDIDATE_NAME),
        job_title=app.job.title,
        suggestion=SalarySuggestion.from_dict(offer.suggestion),
        start_date=offer.start_date,
        approvers=tuple(offer_form.describe_steps(steps, names)),
        existing=existing,
    )
