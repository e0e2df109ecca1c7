"""Retention of the inbound delivery log: ids are only needed while DingTalk may redeliver."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workflows.messaging.models import InboundDelivery


async def purge_delivery_log(older_than: timedelta) -> int:
    """Delete delivery records older than `older_than`; return how many went."""
    cutoff = datetime.now(UTC) - older_than
    deleted: int = await InboundDelivery.filter(created_at__lt=cutoff).delete()
    return deleted
