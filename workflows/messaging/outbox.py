"""Outbox for outgoing messages (DingTalk, e-mail, SMS): enqueue in the caller's transaction,
dispatch later.

A DingTalk outage only delays messages: a failed send goes back to PENDING with a backoff,
and a claimed row whose dispatcher died is claimable again once its lease runs out.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from integrations.dingtalk.errors import DingTalkError, scrub_secrets
from integrations.dingtalk.ports import (
    OutgoingMessage,
    Recipient,
    RecipientKind,
    RobotMessenger,
    SendResult,
)
from workflows.messaging.models import OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)

CHANNEL_DINGTALK = "dingtalk"
# Seconds to wait after the n-th failed attempt (last value repeats).
BACKOFF_SCHEDULE_S: tuple[int, ...] = (10, 30, 120, 600, 1800, 3600)
MAX_ATTEMPTS = 8
# A claimed row not marked sent/failed within this time is claimable again.
CLAIM_LEASE_S = 300


class SendFailed(Exception):
    """A channel refused or could not take a message; `retryable` says whether to try later."""

    def __init__(self, message: str, *, retryable: bool, retry_after_s: float | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.retry_after_s = retry_after_s


class ChannelSender(Protocol):
    """Sends the outbox rows of channels other than DingTalk (e-mail, SMS)."""

    @property
    def channels(self) -> frozenset[str]:
        """The channels it can send now."""
        ...

    async def send(self, channel: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Send one row's payload; raises SendFailed."""
        ...


def _now() -> datetime:
    return datetime.now(UTC)


def backoff_after(attempts: int) -> timedelta:
    """Delay before the next try after `attempts` failed attempts (1-based)."""
    index = min(max(attempts, 1), len(BACKOFF_SCHEDULE_S)) - 1
    return timedelta(seconds=BACKOFF_SCHEDULE_S[index])


async def enqueue_message(
    message: OutgoingMessage,
    *,
    dedup_key: str,
    not_before: datetime | None = None,
    using_db: BaseDBAsyncClient | None = None,
) -> OutboxMessage:
    """Queue a message once per dedup_key (safe inside the caller's transaction)."""
    return await enqueue_channel_message(
        CHANNEL_DINGTALK,
        message.recipient.summary(),
        message.to_payload(),
        dedup_key=dedup_key,
        not_before=not_before,
        using_db=using_db,
    )


async def enqueue_channel_message(
    channel: str,
    recipient: str,
    payload: dict[str, Any],
    *,
    dedup_key: str,
    not_before: datetime | None = None,
    using_db: BaseDBAsyncClient | None = None,
) -> OutboxMessage:
    """Queue a message of any channel once per dedup_key; `recipient` holds no PII."""
    if not dedup_key or len(dedup_key) > 128:
        raise ValueError("dedup_key must be 1 to 128 characters")
    row = OutboxMessage(
        dedup_key=dedup_key,
        channel=channel,
        recipient=recipient[:255],
        payload=payload,
        status=OutboxStatus.PENDING,
        attempts=0,
        next_attempt_at=not_before or _now(),
    )
    # ON CONFLICT DO NOTHING: a duplicate never raises, so it cannot abort a PostgreSQL transaction.
    await OutboxMessage.bulk_create([row], ignore_conflicts=True, using_db=using_db)
    return await OutboxMessage.get(dedup_key=dedup_key, using_db=using_db)


def _dialect(db: BaseDBAsyncClient) -> str:
    return str(db.capabilities.dialect)


async def claim_due(
    limit: int,
    *,
    now: datetime | None = None,
    lease_s: int = CLAIM_LEASE_S,
    channels: Collection[str] | None = None,
) -> list[OutboxMessage]:
    """Claim up to `limit` due messages for this dispatcher (concurrent dispatchers are safe);
    `channels`: only rows of these channels (the ones this dispatcher can send)."""
    now = now or _now()
    lease_until = now + timedelta(seconds=lease_s)
    due = Q(status=OutboxStatus.PENDING, next_attempt_at__lte=now) | Q(
        status=OutboxStatus.SENDING, next_attempt_at__lte=now
    )
    if channels is not None:
        due = due & Q(channel__in=list(channels))
    if _dialect(OutboxMessage._meta.db) == "postgres":
        return await _claim_skip_locked(due, limit, lease_until)
    return await _claim_conditional(due, limit, lease_until)


async def _claim_skip_locked(due: Q, limit: int, lease_until: datetime) -> list[OutboxMessage]:
    async with in_transaction(OutboxMessage._meta.default_connection) as tx:
        rows = (
            await OutboxMessage.filter(due)
            .order_by("next_attempt_at", "id")
            .limit(limit)
            .select_for_update(skip_locked=True)
            .using_db(tx)
        )
        ids = [r.id for r in rows]
        if ids:
            await (
                OutboxMessage.filter(id__in=ids)
                .using_db(tx)
                .update(
                    status=OutboxStatus.SENDING,
                    next_attempt_at=lease_until,
                    attempts=F("attempts") + 1,
                )
            )
    return await _reload(ids)


async def _claim_conditional(due: Q, limit: int, lease_until: datetime) -> list[OutboxMessage]:
    candidates = (
        await OutboxMessage.filter(due)
        .order_by("next_attempt_at", "id")
        # Extra candidates so a dispatcher that loses some races still fills its batch.
        .limit(limit * 4)
        .values_list("id", "status", "next_attempt_at")
    )
    claimed: list[int] = []
    for row_id, status, seen_at in candidates:
        if len(claimed) >= limit:
            break
        # Atomic compare-and-set: only one dispatcher sees 1 updated row.
        updated = await OutboxMessage.filter(
            id=row_id, status=status, next_attempt_at=seen_at
        ).update(
            status=OutboxStatus.SENDING, next_attempt_at=lease_until, attempts=F("attempts") + 1
        )
        if updated == 1:
            claimed.append(row_id)
    return await _reload(claimed)


async def _reload(ids: list[int]) -> list[OutboxMessage]:
    if not ids:
        return []
    rows = await OutboxMessage.filter(id__in=ids).order_by("id")
    return list(rows)


async def mark_sent(message_id: int, result: dict[str, Any] | None = None) -> bool:
    """Record a successful send; False if the row was no longer claimed by us."""
    # Delivered content lives in DingTalk now; keeping names and phone numbers here would only
    # widen what a database leak exposes, so the payload is reduced to what it was.
    redacted = {"redacted": True}
    updated = await OutboxMessage.filter(id=message_id, status=OutboxStatus.SENDING).update(
        status=OutboxStatus.SENT,
        sent_at=_now(),
        result=result or {},
        last_error="",
        payload=redacted,
    )
    return updated == 1


async def mark_failed(
    message_id: int,
    error: str | BaseException,
    *,
    retry_after_s: float | None = None,
    permanent: bool = False,
    max_attempts: int = MAX_ATTEMPTS,
    now: datetime | None = None,
) -> OutboxStatus:
    """Record a failed send: PENDING with backoff, or DEAD after max_attempts / permanent."""
    now = now or _now()
    row = await OutboxMessage.get(id=message_id)
    text = scrub_secrets(error if isinstance(error, str) else f"{type(error).__name__}: {error}")
    if permanent or row.attempts >= max_attempts:
        status = OutboxStatus.DEAD
        next_at = row.next_attempt_at
    else:
        status = OutboxStatus.PENDING
        delay = backoff_after(row.attempts)
        if retry_after_s is not None:
            delay = max(delay, timedelta(seconds=retry_after_s))
        next_at = now + delay
    await OutboxMessage.filter(id=message_id, status=OutboxStatus.SENDING).update(
        status=status, next_attempt_at=next_at, last_error=text
    )
    return status


async def mark_flow_controlled(
    message_id: int,
    message: OutgoingMessage,
    result: SendResult,
    *,
    max_attempts: int = MAX_ATTEMPTS,
    now: datetime | None = None,
) -> OutboxStatus:
    """Keep only the users DingTalk flow-controlled in the row and send to them after a backoff.

    The others were reached, so sending the whole row again would give them the message twice.
    """
    now = now or _now()
    unreached = result.flow_controlled_user_ids
    rest = replace(message, recipient=Recipient.users(*unreached))
    row = await OutboxMessage.get(id=message_id)
    if row.attempts >= max_attempts:
        status, next_at = OutboxStatus.DEAD, row.next_attempt_at
    else:
        status, next_at = OutboxStatus.PENDING, now + backoff_after(row.attempts)
    await OutboxMessage.filter(id=message_id, status=OutboxStatus.SENDING).update(
        status=status,
        next_attempt_at=next_at,
        recipient=rest.recipient.summary(),
        payload=rest.to_payload(),
        result=result.as_dict(),
        last_error=f"flowControlledStaffIdList: {len(unreached)} user(s) not reached yet",
    )
    return status


@dataclass(frozen=True)
class DispatchReport:
    """What one dispatch run did."""

    claimed: int = 0
    sent: int = 0
    retrying: int = 0
    dead: int = 0

    def as_dict(self) -> dict[str, int]:
        """Counts by outcome."""
        return {
            "claimed": self.claimed,
            "sent": self.sent,
            "retrying": self.retrying,
            "dead": self.dead,
        }


async def _send_other(
    row: OutboxMessage, sender: ChannelSender, now: datetime | None
) -> OutboxStatus:
    try:
        result = await sender.send(row.channel, row.payload)
    except SendFailed as exc:
        status = await mark_failed(
            row.id,
            exc,
            retry_after_s=exc.retry_after_s,
            permanent=not exc.retryable,
            now=now,
        )
        log.warning("outbox %s message %s failed (%s)", row.channel, row.id, status.value)
        return status
    except Exception as exc:  # a bug must not leave the row claimed until the lease ends
        log.exception("outbox %s message %s failed unexpectedly", row.channel, row.id)
        return await mark_failed(row.id, exc, now=now)
    await mark_sent(row.id, result)
    return OutboxStatus.SENT


async def dispatch_outbox(
    messenger: RobotMessenger | None,
    limit: int = 50,
    *,
    now: datetime | None = None,
    others: ChannelSender | None = None,
) -> DispatchReport:
    """Send due outbox messages: DingTalk ones through the robot-message port, e-mail and SMS
    through `others`; rows of a channel nobody here can send stay queued."""
    channels = set(others.channels) if others is not None else set()
    if messenger is not None:
        channels.add(CHANNEL_DINGTALK)
    rows = await claim_due(limit, now=now, channels=channels)
    sent = retrying = dead = 0
    for row in rows:
        if row.channel != CHANNEL_DINGTALK:
            assert others is not None
            status = await _send_other(row, others, now)
            sent += status is OutboxStatus.SENT
            dead += status is OutboxStatus.DEAD
            retrying += status is OutboxStatus.PENDING
            continue
        assert messenger is not None
        try:
            message = OutgoingMessage.from_payload(row.payload)
        except ValueError as exc:
            await mark_failed(row.id, exc, permanent=True, now=now)
            dead += 1
            continue
        try:
            result = await messenger.send(message)
        except DingTalkError as exc:
            status = await mark_failed(
                row.id, exc, retry_after_s=exc.retry_after, permanent=not exc.retryable, now=now
            )
            log.warning(
                "outbox message %s failed (%s): %s", row.id, status.value, type(exc).__name__
            )
            if status is OutboxStatus.DEAD:
                dead += 1
            else:
                retrying += 1
            continue
        except Exception as exc:  # a bug must not leave the row claimed until the lease ends
            log.exception("outbox message %s failed unexpectedly", row.id)
            await mark_failed(row.id, exc, now=now)
            retrying += 1
            continue
        if result.flow_controlled_user_ids and message.recipient.kind is RecipientKind.USERS:
            status = await mark_flow_controlled(row.id, message, result, now=now)
            if status is OutboxStatus.DEAD:
                dead += 1
            else:
                retrying += 1
            continue
        await mark_sent(row.id, result.as_dict())
        sent += 1
    return DispatchReport(claimed=len(rows), sent=sent, retrying=retrying, dead=dead)
