"""Approval results: applied from bpms events and from polling, exactly once per offer.

The event body is never trusted for the decision: the instance is read back from DingTalk.
The offer's status is checked and changed under a row lock, so a duplicate event, a late poll
and a concurrent event all find it decided and change nothing. The messages a decision sends
are queued in the same transaction, so they go out exactly when the decision is committed.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from tortoise.transactions import in_transaction

from integrations.dingtalk.inbound import APPROVAL_INSTANCE_EVENT, ApprovalEvent
from integrations.dingtalk.messages import Recipient
from integrations.dingtalk.ports import ApprovalInstance, ApprovalRecord
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.background.jobs import retrying
from workflows.budget.service import within_poll_budget
from workflows.errors import DomainError
from workflows.messaging.notify import kick_dispatch, queue_message
from workflows.offers.approval_notices import approved_messages, people_of
from workflows.offers.messages import OfferOutcome, OfferUpdate
from workflows.offers.models import Offer, OfferStatus
from workflows.services import Services, services_from_ctx
from workflows.staff.service import staff_names

log = logging.getLogger(__name__)

SYSTEM = Actor.system("offer-approval")
# A draft older than this never got its approval started (the process died meanwhile).
STALE_DRAFT = timedelta(minutes=10)

_STAGE_AFTER = {
    OfferStatus.APPROVED: Stage.OFFER_APPROVED,
    OfferStatus.REFUSED: Stage.SHORTLISTED,
    OfferStatus.TERMINATED: Stage.SHORTLISTED,
}


def outcome_of(instance: ApprovalInstance) -> OfferStatus | None:
    """approved / refused / terminated for a finished instance; None while it runs."""
    if instance.status in ("TERMINATED", "CANCELED"):
        return OfferStatus.TERMINATED
    if instance.status != "COMPLETED":
        return None
    if instance.result == "agree":
        return OfferStatus.APPROVED
    return OfferStatus.REFUSED


def deciding_record(instance: ApprovalInstance, outcome: OfferStatus) -> ApprovalRecord | None:
    """The history entry that ended a refused (last refusal) or withdrawn instance, if any."""
    if outcome is OfferStatus.TERMINATED:
        return next((r for r in reversed(instance.records) if r.terminated), None)
    if outcome is OfferStatus.REFUSED:
        return next((r for r in reversed(instance.records) if r.refused), None)
    return None


def _decider(instance: ApprovalInstance, record: ApprovalRecord | None) -> str:
    if record is not None and record.user_id:
        return record.user_id
    refused = [t.user_id for t in instance.tasks if t.result.upper() == "REFUSE"]
    return refused[-1] if refused else ""


async def apply_approval_result(instance_id: str, deps: Services) -> bool:
    """Read the instance and apply a finished result once; True when this call applied it."""
    offer = await Offer.get_or_none(process_instance_id=instance_id)
    if offer is None:
        return False
    applied, _ = await _read_and_apply(offer, deps)
    return applied


async def _read_and_apply(offer: Offer, deps: Services) -> tuple[bool, ApprovalInstance | None]:
    if offer.status is not OfferStatus.PENDING_APPROVAL:
        await settle_stage(offer, deps)
        return False, None
    instance = await deps.approvals.get(str(offer.process_instance_id))
    now = deps.clock()
    await Offer.filter(id=offer.id).update(synced_at=now)
    outcome = outcome_of(instance)
    if outcome is None:
        return False, instance
    return await _apply(offer, instance, outcome, deps), instance


async def _apply(
    offer: Offer, instance: ApprovalInstance, outcome: OfferStatus, deps: Services
) -> bool:
    now = deps.clock()
    app, people = await people_of(offer, deps)
    record = deciding_record(instance, outcome)
    decider = _decider(instance, record)
    approver = await _staff_name(decider)
    row_ids: list[int] = []
    async with in_transaction() as conn:
        locked = await Offer.select_for_update().using_db(conn).get(id=offer.id)
        if locked.status is not OfferStatus.PENDING_APPROVAL:
            return False
        locked.status = outcome
        locked.decided_at = now
        locked.synced_at = now
        locked.suggestion = {**locked.suggestion, "decided_by": decider}
        # The instance's own history is the source of the remark; the task event's remark
        # (kept by record_task_event) only when DingTalk's history has none.
        remark: str | None = record.remark if record is not None else None
        if not remark and locked.approval_remark:
            remark = locked.approval_remark
        locked.approval_remark = (remark or "")[:2000]
        await locked.save(
            using_db=conn,
            update_fields=[
                "status",
                "decided_at",
                "synced_at",
                "suggestion",
                "approval_remark",
                "updated_at",
            ],
        )
        if outcome is OfferStatus.APPROVED:
            row_ids = await approved_messages(locked, app, people, deps, conn)
        else:
            ended = OfferOutcome.TERMINATED
            if outcome is not OfferStatus.TERMINATED:
                ended = OfferOutcome.REFUSED
            message = deps.present.offers.hr_update(
                OfferUpdate(
                    ended,
                    people.name,
                    people.job_title,
                    application_id=app.id,
                    approver=approver,
                    remark=remark,
                )
            )
            row_ids = [
                await queue_message(
                    Recipient.users(hr),
                    message,
                    dedup_key=f"offer:{locked.id}:outcome:{hr}",
                    using_db=conn,
                )
                for hr in people.hr_user_ids
            ]
    await kick_dispatch(deps.queue, row_ids)
    await settle_stage(locked, deps)
    log.info("offer %s approval finished: %s", locked.id, outcome.value)
    return True


async def _staff_name(user_id: str) -> str:
    if not user_id:
        return ""
    return (await staff_names([user_id])).get(user_id, user_id)


async def settle_stage(offer: Offer, deps: Services) -> bool:
    """Move the application to match a decided offer (repairs a crash after the decision)."""
    target = _STAGE_AFTER.get(OfferStatus(offer.status))
    if target is None:
        return False
    app = await Application.get(id=offer.application_id)  # type: ignore[attr-defined]
    if Stage(app.stage) is not Stage.OFFER_PENDING:
        return False
    reason = {
        OfferStatus.APPROVED: "录用审批通过",
        OfferStatus.REFUSED: "录用审批未通过，回到进入下一轮",
        OfferStatus.TERMINATED: "录用审批已撤销，回到进入下一轮",
    }[OfferStatus(offer.status)]
    try:
        await applications.transition(
            app.id,
            target,
            actor=SYSTEM,
            reason=reason,
            bus=deps.bus,
            expected_from=Stage.OFFER_PENDING,
        )
    except DomainError as exc:
        # Someone else moved it meanwhile (e.g. withdrawn): their change stands.
        log.info("offer %s: application %s not moved: %s", offer.id, app.id, exc)
        return False
    return True


async def abandon_draft(offer: Offer, deps: Services, reason: str) -> bool:
    """Drop an offer whose approval was never started and give the candidate back to HR."""
    deleted = await Offer.filter(
        id=offer.id, status=OfferStatus.DRAFT, process_instance_id__isnull=True
    ).delete()
    if not deleted:
        return False
    app_id: int = offer.application_id  # type: ignore[attr-defined]
    try:
        await applications.transition(
            app_id,
            Stage.SHORTLISTED,
            actor=SYSTEM,
            reason=reason,
            bus=deps.bus,
            expected_from=Stage.OFFER_PENDING,
        )
    except DomainError as exc:
        log.info("offer draft %s: application %s not moved back: %s", offer.id, app_id, exc)
    return True


async def record_task_event(event: ApprovalEvent) -> bool:
    """Keep a refusing approver's remark in case the instance's history lacks it."""
    if event.change_type != "finish" or event.result != "refuse" or not event.remark:
        return False
    # Never overwrites: a remark already taken from the instance's history stands.
    updated = await Offer.filter(
        process_instance_id=event.process_instance_id,
        status__in=[OfferStatus.PENDING_APPROVAL, OfferStatus.REFUSED],
        approval_remark="",
    ).update(approval_remark=event.remark[:2000])
    return bool(updated)


async def handle_approval_event(event: ApprovalEvent, deps: Services) -> bool:
    """A bpms event: keep a refusal remark, then apply the instance's real state."""
    if not event.process_instance_id:
        return False
    if event.event_type != APPROVAL_INSTANCE_EVENT:
        await record_task_event(event)
        if event.change_type != "finish":
            return False
    return await apply_approval_result(event.process_instance_id, deps)


async def reconcile_open_offers(deps: Services) -> int:
    """Poll every offer waiting for approval (events may be lost); returns how many changed."""
    changed = 0
    pending = await Offer.filter(
        status=OfferStatus.PENDING_APPROVAL, process_instance_id__not_isnull=True
    ).order_by("id")
    # Each read counts against the org's monthly DingTalk quota: events do the real work.
    for offer in await within_poll_budget(pending, deps.settings, deps.clock()):
        try:
            applied, instance = await _read_and_apply(offer, deps)
            changed += int(applied)
            if instance is not None and not applied and outcome_of(instance) is None:
                await remind_approvers(offer, instance, deps)
        except Exception:
            # One unreadable instance must not stop the others; the next cycle tries again.
            log.exception("could not reconcile offer %s", offer.id)
    # Decided offers whose application did not follow (a crash between the two writes).
    decided = await Offer.filter(
        status__in=list(_STAGE_AFTER), application__stage=Stage.OFFER_PENDING
    ).order_by("id")
    for offer in decided:
        changed += int(await settle_stage(offer, deps))
    stale = await Offer.filter(
        status=OfferStatus.DRAFT,
        process_instance_id__isnull=True,
        created_at__lt=deps.clock() - STALE_DRAFT,
    ).order_by("id")
    for offer in stale:
        changed += int(await abandon_draft(offer, deps, "录用审批未能发起（已超时），已恢复"))
    return changed


async def remind_approvers(offer: Offer, instance: ApprovalInstance, deps: Services) -> int:
    """Nudge the approvers holding a long-waiting offer approval (at most once a day each)."""
    after_h = deps.settings.offers.remind_after_h
    now = deps.clock()
    waited = now - offer.created_at
    if after_h <= 0 or waited < timedelta(hours=after_h):
        return 0
    waiting = tuple(dict.fromkeys(t.user_id for t in instance.tasks if t.status == "RUNNING"))
    if not waiting:
        return 0
    _, people = await people_of(offer, deps)
    hours = int(waited.total_seconds() // 3600)
    message = deps.present.offers.approver_reminder(people.name, people.job_title, hours)
    day = now.date().isoformat()
    rows = [
        await queue_message(
            Recipient.users(user), message, dedup_key=f"offer:{offer.id}:remind:{user}:{day}"
        )
        for user in waiting
    ]
    await kick_dispatch(deps.queue, rows)
    return len(rows)


@retrying(max_tries=3)
async def reconcile_offers_job(ctx: dict[str, Any]) -> int:
    """Periodic: read back open offer approvals and apply finished ones."""
    if ctx.get("dingtalk") is None:
        return 0
    changed = await reconcile_open_offers(services_from_ctx(ctx))
    if changed:
        log.info("offer reconciliation applied %d result(s)", changed)
    return changed


OFFER_JOBS = (reconcile_offers_job,)
