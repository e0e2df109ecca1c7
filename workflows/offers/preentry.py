"""The 智能人事 pre-entry (待入职) record of an accepted offer, and its retry job.

The record is made after the acceptance is committed; when DingTalk fails, a job with a
deterministic id retries it. `Offer.preentry_user_id` is the proof that the record exists, so
neither a second acceptance nor a retried job ever creates it twice. The interview summary goes
into the archive fields the org named (DingTalk assigns their codes).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from integrations.dingtalk.ports import Hrm, PreEntry, PreEntryResult
from settings import Settings
from workflows.applications.models import Application
from workflows.assessments.reports import current_report
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.links import report_url
from workflows.messaging.markdown import inert
from workflows.messaging.notify import candidate_name as notify_candidate_name
from workflows.messaging.notify import kick_dispatch
from workflows.messaging.outbox import enqueue_message
from workflows.offers.messages import OfferOwnerNotice, OwnerNews
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.training import suggest_training
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault
from workflows.services import Services, services_from_ctx

log = logging.getLogger(__name__)

# Where the interview summary goes in the 智能人事 archive when the org configured nothing: the
# names of custom fields HR creates once in 花名册 (docs/dingtalk-setup.md). DingTalk assigns
# their codes, so they are named here and looked up (settings `offers.archive_field_names`).
DEFAULT_ARCHIVE_FIELDS: dict[str, str] = {
    "score": "面试评分",
    "summary": "面试总结",
    "report": "面试报告",
    # The probation review reads the training plan from the employee record itself.
    "training": "培训计划",
}
# A retried job looks for a record it may have created before the answer was lost.
LOOKUP_PAGES = 10
# Per event loop and offer: one process never runs two pre-entry calls for an offer at once.
_LOCKS: dict[tuple[int, int], asyncio.Lock] = {}


def preentry_job_id(offer_id: int) -> str:
    """The one job id of an offer's pre-entry retry."""
    return job_id(JobName.CREATE_PREENTRY, offer_id)


def archive_field_names(settings: Settings) -> dict[str, str]:
    """Which 智能人事 archive fields (by name) receive the interview summary."""
    configured = settings.offers.archive_field_names
    if configured:
        return {str(k): str(v) for k, v in configured.items() if v}
    return dict(DEFAULT_ARCHIVE_FIELDS)


async def candidate_name(app: Application, vault: PiiVault) -> str:
    """The candidate's name for messages ("候选人" when unknown)."""
    return inert(await notify_candidate_name(app.candidate, vault)) or "候选人"


async def tell_owner(
    app: Application, news: Markdown, dedup_key: str, conn: BaseDBAsyncClient | None
) -> int | None:
    """Queue a message to the job's owner (in `conn`'s transaction); None when there is none."""
    owner = app.job.owner
    if owner is None:
        log.warning("job %s has no owner to tell: %s", app.job.id, dedup_key)
        return None
    message = OutgoingMessage(Recipient.users(owner.dingtalk_user_id), news)
    row = await enqueue_message(message, dedup_key=dedup_key[:128], using_db=conn)
    return int(row.id)


async def try_preentry(offer_id: int, deps: Services) -> str:
    """Create the pre-entry now (created); on failure leave it to the retry job (retrying), or
    to HR when data is missing (manual)."""
    if deps.hrm is not None:
        try:
            await ensure_preentry(offer_id, deps)
            return "created"
        except PermanentJobError as exc:
            log.warning("pre-entry for offer %s cannot be created: %s", offer_id, exc)
            return "refused" if isinstance(exc.__cause__, DingTalkError) else "manual"
        except Exception as exc:
            log.warning("pre-entry for offer %s failed, a job retries it: %r", offer_id, exc)
    await deps.queue.enqueue(JobName.CREATE_PREENTRY, offer_id, job_id=preentry_job_id(offer_id))
    return "retrying"


async def preentry_for(offer_id: int, deps: Services) -> PreEntry:
    """The 待入职 record of an accepted offer (mobile decrypted from the vault)."""
    offer = await Offer.get(id=offer_id).prefetch_related(
        "application__candidate", "application__job__department", "application__job__owner"
    )
    app: Application = offer.application
    candidate, job = app.candidate, app.job
    await deps.vault.unlock(candidate.id)
    mobile = deps.vault.decrypt(
        candidate.phone_enc, context=contexts.CANDIDATE_PHONE, owner=candidate.id
    )
    if not mobile:
        raise PermanentJobError(f"candidate {candidate.id} has no mobile")
    entry_day = offer.entry_date or offer.start_date
    if entry_day is None:
        raise PermanentJobError(f"offer {offer_id} has no start date")
    dept = job.department
    values: dict[str, Any] = {
        # The real name for 智能人事 (a record, not Markdown).
        "name": await notify_candidate_name(candidate, deps.vault) or "候选人",
        "mobile": mobile,
        # 09:00 on the entry day, the usual reporting time.
        "pre_entry_time": datetime.combine(entry_day, time(9, 0)),
        "op_user_id": job.owner.dingtalk_user_id if job.owner else "",
        "position": job.title,
        "dept_ids": (int(dept.dingtalk_dept_id),) if dept else (),
        "main_dept_id": int(dept.dingtalk_dept_id) if dept else None,
        "main_dept_name": dept.name if dept else "",
        "work_place": job.city,
    }
    # The interview summary goes into the archive fields the org chose (new preentry API).
    values["fields"] = await archive_values(app, deps.settings, offer_id=offer_id)
    return PreEntry(**values)


async def archive_values(
    app: Application, settings: Settings, *, offer_id: int | None = None
) -> dict[str, str]:
    """The interview summary by archive field code: score, strengths/gaps, report, training."""
    codes = archive_field_names(settings)
    report = await current_report(app.id)
    score = app.overall_score if report is None else report.overall_score
    parts: list[str] = []
    if report is not None:
        strengths = "、".join(str(s.get("name", "")) for s in report.strengths if s.get("name"))
        gaps = "、".join(str(w.get("name", "")) for w in report.weaknesses if w.get("name"))
        if strengths:
            parts.append(f"优势：{strengths}")
        if gaps:
            parts.append(f"待提升：{gaps}")
    summary = "；".join(parts) or "暂无面试报告"
    out = {
        "score": f"{score:.1f}" if score is not None else "",
        "summary": summary,
        "report": report_url(settings, app.id),
        "training": await training_plan(offer_id) if offer_id is not None else "",
    }
    return {codes[k]: v for k, v in out.items() if k in codes and v}


async def training_plan(offer_id: int) -> str:
    """The training suggestions as one archive line, e.g. `沟通表达：《…》、《…》`."""
    suggestions = await suggest_training(offer_id)
    lines = []
    for s in suggestions:
        titles = "、".join(f"《{c['title']}》" for c in s.get("courses", []) if c.get("title"))
        if titles:
            lines.append(f"{s.get('dimension_name', '')}：{titles}")
    return "；".join(lines)


async def _existing_preentry(hrm: Hrm, mobile: str) -> str | None:
    """A pre-entry already made for this mobile (an earlier attempt whose answer was lost)."""
    for page in range(LOOKUP_PAGES):
        ids = await hrm.list_pre_entries(page * 50, 50)
        if not ids:
            return None
        for entry in await hrm.read_roster(ids, ("sys00-mobile",)):
            if entry.fields.get("sys00-mobile") == mobile:
                return entry.user_id
        if len(ids) < 50:
            return None
    return None


async def ensure_preentry(offer_id: int, deps: Services, *, look_up: bool = False) -> str:
    """The offer's pre-entry user id, creating the record once; `look_up` checks DingTalk first."""
    if deps.hrm is None:
        raise RuntimeError("DingTalk is off: no 智能人事 client")
    lock = _LOCKS.setdefault((id(asyncio.get_running_loop()), offer_id), asyncio.Lock())
    async with lock:
        offer = await Offer.get_or_none(id=offer_id)
        if offer is None:
            raise PermanentJobError(f"offer {offer_id} not found")
        if offer.preentry_user_id:
            return offer.preentry_user_id
        if offer.status != OfferStatus.ACCEPTED:
            raise PermanentJobError(f"offer {offer_id} is {offer.status}, not accepted")
        entry = await preentry_for(offer_id, deps)
        user_id = await _existing_preentry(deps.hrm, entry.mobile) if look_up else None
        if user_id is None:
            try:
                created = await deps.hrm.add_pre_entry(entry)
            except DingTalkError as exc:
                if exc.retryable:
                    raise
                # e.g. the mobile already belongs to the org: retrying will not change it.
                raise PermanentJobError(f"DingTalk refused the pre-entry: {exc}") from exc
            user_id = created.user_id
            if created.not_written:
                await _tell_not_written(offer_id, created, deps)
        # Conditional write: whoever stored an id first wins, the record is never replaced.
        await Offer.filter(id=offer_id, preentry_user_id=None).update(preentry_user_id=user_id)
        stored = await Offer.get(id=offer_id)
        return str(stored.preentry_user_id or user_id)


async def _tell_not_written(offer_id: int, created: PreEntryResult, deps: Services) -> None:
    """Tell the job owner which interview fields did not reach the 智能人事 archive, and why."""
    offer = await Offer.get(id=offer_id).prefetch_related(
        "application__candidate", "application__job__owner"
    )
    app: Application = offer.application
    name = await candidate_name(app, deps.vault)
    news = OfferOwnerNotice(
        OwnerNews.ARCHIVE_NOT_WRITTEN,
        name,
        fields=tuple(created.not_written),
        reason=created.reason or "",
    )
    message = deps.present.offers.owner_notice(news)
    row = await tell_owner(app, message, f"preentry_unwritten:{offer_id}", None)
    await kick_dispatch(deps.queue, [row] if row is not None else [])


@retrying(max_tries=8)
async def create_preentry_job(ctx: dict[str, Any], offer_id: int) -> dict[str, Any]:
    """Retry the pre-entry of an accepted offer; HR is told once it exists."""
    deps = services_from_ctx(ctx)
    if deps.hrm is None:
        raise PermanentJobError("DingTalk is off: the pre-entry cannot be created")
    before = await Offer.get_or_none(id=offer_id)
    if before is not None and before.preentry_user_id:
        return {"offer_id": offer_id, "preentry_user_id": before.preentry_user_id, "created": False}
    user_id = await ensure_preentry(offer_id, deps, look_up=True)
    offer = await Offer.get(id=offer_id).prefetch_related(
        "application__candidate", "application__job__owner"
    )
    app: Application = offer.application
    name = await candidate_name(app, deps.vault)
    news = OfferOwnerNotice(
        OwnerNews.PREENTRY_CREATED, name, app.job.title, entry_date=offer.entry_date
    )
    message = deps.present.offers.owner_notice(news)
    row = await tell_owner(app, message, f"preentry_created:{offer_id}", None)
    await kick_dispatch(deps.queue, [row] if row is not None else [])
    return {"offer_id": offer_id, "preentry_user_id": user_id, "created": True}


ONBOARDING_JOBS = (create_preentry_job,)
