"""The candidate answers an approved offer: accept (pre-entry in 智能人事, training) or decline.

Acceptance is recorded first; the pre-entry call to DingTalk comes after the commit
(`workflows.offers.preentry`, with its retry job).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.errors import (
    ConflictError,
    IllegalTransitionError,
    NotFoundError,
    ValidationFailedError,
)
from workflows.events import EventBus, OfferAccepted
from workflows.messaging.notify import kick_dispatch
from workflows.offers.messages import OfferOwnerNotice, OwnerNews
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.preentry import candidate_name, tell_owner, try_preentry
from workflows.services import Services

log = logging.getLogger(__name__)

REMARK_MAX = 500

MSG_NOT_FOUND = "找不到这份录用通知，请联系 HR"
MSG_ACCEPTED = "你已接受这份录用通知，无需重复操作"
MSG_DECLINED = "你已拒绝这份录用通知；如需改变决定，请联系 HR"
MSG_NOT_APPROVED = "这份录用通知尚未审批通过，暂时不能接受或拒绝"
MSG_WITHDRAWN = "这份录用通知已失效，请联系 HR"
MSG_REASON_REQUIRED = "请填写拒绝原因，方便 HR 了解你的想法"
MSG_TOO_LONG = f"内容过长，请控制在 {REMARK_MAX} 字以内"


def _check_text(text: str, *, required: bool) -> str:
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise ValidationFailedError("reason required", user_message=MSG_REASON_REQUIRED)
    if len(cleaned) > REMARK_MAX:
        raise ValidationFailedError("remark too long", user_message=MSG_TOO_LONG)
    return cleaned


def _check_open(offer: Offer) -> None:
    if offer.status == OfferStatus.ACCEPTED:
        raise ConflictError(f"offer {offer.id} already accepted", user_message=MSG_ACCEPTED)
    if offer.status == OfferStatus.DECLINED:
        raise ConflictError(f"offer {offer.id} already declined", user_message=MSG_DECLINED)
    if offer.status != OfferStatus.APPROVED:
        raise ConflictError(f"offer {offer.id} is {offer.status}", user_message=MSG_NOT_APPROVED)


# Where the application may be while the candidate answers an approved offer.
_ACCEPTABLE_IN = (Stage.OFFER_APPROVED, Stage.ONBOARDING)
_DECLINABLE_IN = (Stage.OFFER_APPROVED, Stage.OFFER_DECLINED)


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
    outcome = await try_preentry(offer.id, deps)
    rows: list[int] = []
    name = await candidate_name(app, deps.vault)
    news = OfferOwnerNotice(
        OwnerNews.ACCEPTED,
        name,
        app.job.title,
        entry_date=offer.entry_date,
        remark=remark,
        preentry=outcome,
    )
    message = deps.present.offers.owner_notice(news)
    row = await tell_owner(app, message, f"offer_accepted:{offer.id}", None)
    rows += [row] if row is not None else []
    await kick_dispatch(deps.queue, rows)
    # Training suggestions react to this (offers/training.py); being advice, a failure there is
    # logged by the bus and does not undo the acceptance.
    await deps.bus.publish(OfferAccepted(offer_id=offer.id, application_id=app.id))
    return await Offer.get(id=offer.id)


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
        news = OfferOwnerNotice(OwnerNews.DECLINED, name, app.job.title, remark=reason)
        message = deps.present.offers.owner_notice(news)
        row = await tell_owner(app, message, f"offer_declined:{offer.id}", conn)
    if Stage(app.stage) is Stage.OFFER_APPROVED:
        await _move(app, Stage.OFFER_DECLINED, f"候选人拒绝录用：{reason}", deps.bus)
    await kick_dispatch(deps.queue, [row] if row is not None else [])
    return await Offer.get(id=offer.id)
