"""Job functions owned by workflows itself (maintenance and retention)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from workflows.background.jobs import retrying
from workflows.budget.intake_quota import purge_sender_counts
from workflows.messaging.retention import purge_delivery_log
from workflows.retention.sweep import RetentionPolicy, enforce_retention
from workflows.staff.web_session import purge_spent_links


@retrying(max_tries=3)
async def purge_delivery_log_job(ctx: dict[str, Any], days: int) -> int:
    """Drop inbound delivery ids older than `days` days; spent links and intake counts too."""
    await purge_spent_links(datetime.now(UTC))
    await purge_sender_counts(datetime.now(UTC))
    return await purge_delivery_log(timedelta(days=days))


@retrying(max_tries=3)
async def enforce_retention_job(ctx: dict[str, Any]) -> dict[str, int]:
    """Apply the retention limits from the storage settings (erase, abort uploads, purge)."""
    storage = ctx["settings"].storage
    policy = RetentionPolicy(
        candidate_days=storage.retention_days,
        abandoned_upload_hours=storage.abandoned_upload_hours,
        outbox_keep_days=storage.outbox_keep_days,
        backup_keyring=storage.backup_keyring,
    )
    report = await enforce_retention(ctx["store"], policy)
    # Inbound delivery ids only matter while DingTalk may redeliver (minutes to hours).
    purged = await purge_delivery_log(timedelta(days=storage.outbox_keep_days))
    return {**report.as_dict(), "delivery_log_deleted": purged}


WORKFLOW_JOBS = (purge_delivery_log_job, enforce_retention_job)
