"""The candidate answers an approved offer: accept (pre-entry in 智能人事, training) or decline.

Acceptance is recorded first; the pre-entry call to DingTalk comes after the commit, and when
it fails a job with a deterministic id retries it. `Offer.preentry_user_id` is the proof that
the record exists, so neither a second acceptance nor a retried job ever creates it twice.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime, time
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from integrations.dingtalk.ports import Hrm, PreEntry, PreEntryResult
from settings import Settings
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.assessments.reports import current_report
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.errors import (
    ConflictError,
    IllegalTransitionError,
    NotFoundError,
    ValidationFailedError,
)
from workflows.events import EventBus
from workflows.links import report_url
from workflows.messaging.markdown import inert
from workflows.messaging.notify import candidate_name as notify_candidate_name
from workflows.messaging.notify import kick_dispatch
from workflows.messaging.outbox import enqueue_message
from workflows.offers.models import Offer, OfferStatus
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault
from workflows.services import Services, services_from_ctx

log = logging.getLogger(__name__)

REMARK_MAX = 500
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

MSG_NOT_FOUND = "找不到这份录用通知，请联系 HR"
MSG_ACCEPTED = "你已接受这份录用通知，无需重复操作"
MSG_DECLINED = "你已拒绝这份录用通知；如需改变决定，请联系 HR"
MSG_NOT_APPROVED = "这份录用通知尚未审批通过，暂时不能接受或拒绝"
MSG_WITHDRAWN = "这份录用通知已失效，请联系 HR"
MSG_REASON_REQUIRED = "请填写拒绝原因，方便 HR 了解你的想法"
MSG_TOO_LONG = f"内容过长，请控制在 {REMARK_MAX} 字以内"

# What HR is told about the pre-entry when the candidate accepts.
PREENTRY_LINES = {
    "created": "已在智能人事创建待入职记录",
    "retrying": "创建待入职记录暂未成功，系统会自动重试；如长时间未完成请在智能人事中手动添加",
    "manual": "候选人缺少手机号或入职日期，无法自动创建待入职记录，请在智能人事中手动添加",
    "refused": "钉钉拒绝创建待入职记录（常见原因：该手机号已是本企业成员），请在智能人事中处理",
}
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


def _check_text(text: str, *, required: bool) -> str:
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise ValidationFailedError("reason required", user_message=MSG_REASON_REQUIRED)
    if len(cleaned) > REMARK_MAX:
        raise ValidationFailedError("remark too long", user_message=MSG_TOO_LONG)
    return cleaned


# Where the application may be while the candidate answers an approved offer.
_ACCEPTABLE_IN = (Stage.OFFER_APPROVED, Stage.ONBOARDING)
_DECLINABLE_IN = (Stage.OFFER_APPROVED, Stage.OFFER_DECLINED)


def _check_open(offer: Offer) -> None:
    if offer.status == OfferStatus.ACCEPTED:
        raise ConflictError(f"offer {offer.id} already accepted", user_message=MSG_ACCEPTED)
    if offer.status == OfferStatus.DECLINED:
        raise ConflictError(f"offer {offer.id} already declined", user_message=MSG_DECLINED)
    if offer.status != OfferStatus.APPROVED:
        raise ConflictError(f"offer {offer.id} is {offer.status}", user_message=MSG_NOT_APPROVED)


async def _locked_open_offer(
    offer_id: int, conn: BaseDBAsyncClient, answerable_in: tuple[Stage, ...]
) -> tuple[Offer, Application]:
    """Lock an offer the candidate may still answer, whose application is in one of these stages."""
    offer, app = await _locked_offer(offer_id, conn)
    _check_open(offer)
    if Stage(app.stage) not in answerable_in:
        raise ConflictError(f"application {app.id} is {app.stage}", user_message=MSG_WITHDRAWN)
    return offer, app


async def _locked_offer(offer_id: int, conn: BaseDBAsyncClient) -> tuple[Offer, Application]:
    offer = await Offer.select_for_update().using_db(conn).get_or_none(id=offer_id)
    if offer is None:
        raise NotFoundError(f"offer {offer_id} not found", user_message=MSG_NOT_FOUND)
    app = (
        await Application.filter(id=offer.application_id)  # type: ignore[attr-defined]
        .using_db(conn)
        .prefetch_related("candidate", "job__owner", "job__hiring_manager", "job__department")
        .get()
    )
    return offer, app


async def _move(app: Application, to: Stage, reason: str, bus: EventBus) -> None:
    """Move the application after the candidate's answer is committed; a race is only logged."""
    try:
        await transition(
            app.id,
            to,
            actor=Actor.candidate(app.candidate.id),
            reason=reason,
            bus=bus,
            expected_from=Stage.OFFER_APPROVED,
        )
    except (ConflictError, IllegalTransitionError) as exc:
        # The answer stands (it is the candidate's); HR corrects the stage if it raced.
        log.warning("application %s not moved to %s after the offer answer: %s", app.id, to, exc)


async def candidate_name(app: Application, vault: PiiVault) -> str:
    """The candidate's name for HR's Markdown ("候选人" when unknown; taken from a resume, so
    made inert)."""
    return inert(await notify_candidate_name(app.candidate, vault)) or "候选人"


async def _tell_owner(
    app: Application, title: str, text: str, dedup_key: str, conn: BaseDBAsyncClient | None
) -> int | None:
    owner = app.job.owner
    if owner is None:
        log.warning("job %s has no owner to tell: %s", app.job.id, dedup_key)
        return None
    message = OutgoingMessage(Recipient.users(owner.dingtalk_user_id), Markdown(title, text))
    row = await enqueue_message(message, dedup_key=dedup_key[:128], using_db=conn)
    return int(row.id)


# ------------------------------------------------------------------------------ accept


async def accept_offer(offer_id: int, *, remark: str = "", deps: Services) -> Offer:
    """The candidate accepts: offer accepted, application onboarding, pre-entry, training."""
    remark = _check_text(remark, required=False)
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        offer, app = await _locked_open_offer(offer_id, conn, _ACCEPTABLE_IN)
        offer.status = OfferStatus.ACCEPTED
        offer.candidate_responded_at = now
        offer.candidate_remark = remark
        if offer.entry_date is None:
            offer.entry_date = offer.start_date
        await offer.save(
            using_db=conn,
            update_fields=[
                "status",
                "candidate_responded_at",
                "candidate_remark",
                "entry_date",
                "updated_at",
            ],
        )
    if Stage(app.stage) is Stage.OFFER_APPROVED:
        await _move(app, Stage.ONBOARDING, "候选人接受录用", deps.bus)
    outcome = await _try_preentry(offer.id, deps)
    rows: list[int] = []
    name = await candidate_name(app, deps.vault)
    status_line = PREENTRY_LINES[outcome]
    text = (
        f"### {name} 已接受录用\n\n"
        f"- 岗位：{app.job.title}\n"
        f"- 入职日期：{_fmt_date(offer.entry_date)}\n"
        f"- 候选人备注：{inert(remark) or '无'}\n"
        f"- 入职登记：{status_line}\n"
    )
    row = await _tell_owner(app, f"{name} 已接受录用", text, f"offer_accepted:{offer.id}", None)
    rows += [row] if row is not None else []
    # Imported here: training imports this module's deps.
    from workflows.offers.training import send_training_suggestions

    try:
        rows += await send_training_suggestions(offer.id, deps)
    except Exception:
        # Suggestions are advice; a failure must not undo the acceptance.
        log.exception("training suggestions for offer %s failed", offer.id)
    await kick_dispatch(deps.queue, rows)
    return await Offer.get(id=offer.id)


def _fmt_date(day: date | None) -> str:
    return day.strftime("%Y-%m-%d") if day else "待定"


async def _try_preentry(offer_id: int, deps: Services) -> str:
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
    from workflows.offers.training import suggest_training

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
    fields = "、".join(created.not_written)
    text = (
        f"### {name} 的面试信息未写入档案\n\n"
        f"- 未写入的字段：{fields}\n- 原因：{created.reason or '钉钉未接受'}\n\n"
        "待入职记录已创建。请在智能人事中手动补充；"
        "若花名册没有这些字段，请先按部署文档创建同名字段。"
    )
    key = f"preentry_unwritten:{offer_id}"
    row = await _tell_owner(app, f"{name} 的面试信息未写入档案", text, key, None)
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
    row = await _tell_owner(
        app,
        f"{name} 的入职登记已创建",
        f"### 入职登记已创建\n\n- 岗位：{app.job.title}\n- 候选人：{name}\n"
        f"- 入职日期：{_fmt_date(offer.entry_date)}\n\n已在智能人事中生成待入职记录。",
        f"preentry_created:{offer_id}",
        None,
    )
    await kick_dispatch(deps.queue, [row] if row is not None else [])
    return {"offer_id": offer_id, "preentry_user_id": user_id, "created": True}


# ------------------------------------------------------------------------------ decline


async def decline_offer(offer_id: int, *, reason: str, deps: Services) -> Offer:
    """The candidate declines: offer declined, application offer_declined, HR told the reason."""
    reason = _check_text(reason, required=True)
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        offer, app = await _locked_open_offer(offer_id, conn, _DECLINABLE_IN)
        offer.status = OfferStatus.DECLINED
        offer.candidate_responded_at = now
        offer.candidate_remark = reason
        await offer.save(
            using_db=conn,
            update_fields=["status", "candidate_responded_at", "candidate_remark", "updated_at"],
        )
        name = await candidate_name(app, deps.vault)
        text = (
            f"### {name} 拒绝了录用\n\n"
            f"- 岗位：{app.job.title}\n"
            f"- 拒绝原因：{inert(reason)}\n\n"
            f"如需调整条件重新发起录用，可在候选人卡片上操作。"
        )
        row = await _tell_owner(app, f"{name} 拒绝了录用", text, f"offer_declined:{offer.id}", conn)
    if Stage(app.stage) is Stage.OFFER_APPROVED:
        await _move(app, Stage.OFFER_DECLINED, f"候选人拒绝录用：{reason}", deps.bus)
    await kick_dispatch(deps.queue, [row] if row is not None else [])
    return await Offer.get(id=offer.id)


ONBOARDING_JOBS = (create_preentry_job,)
