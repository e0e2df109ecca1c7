"""Background job functions that use DingTalk (registered by the job runner)."""

from __future__ import annotations

from typing import Any

from integrations.dingtalk.clients import DingTalkClients
from workflows.messaging.outbox import dispatch_outbox

DEFAULT_BATCH = 50


async def dispatch_outbox_job(ctx: dict[str, Any]) -> dict[str, int]:
    """Send due outbox messages with the messenger in ctx["dingtalk"]; returns counts."""
    clients = ctx["dingtalk"]
    if not isinstance(clients, DingTalkClients):
        raise TypeError('ctx["dingtalk"] must be a DingTalkClients')
    limit = int(ctx.get("outbox_batch", DEFAULT_BATCH))
    report = await dispatch_outbox(clients.messenger, limit)
    return report.as_dict()
