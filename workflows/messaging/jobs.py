"""Background job functions of messaging (registered by the job runner)."""

from __future__ import annotations

from typing import Any

from integrations.dingtalk.clients import DingTalkClients
from workflows.messaging.external import ExternalSenders
from workflows.messaging.outbox import dispatch_outbox

DEFAULT_BATCH = 50


async def dispatch_outbox_job(ctx: dict[str, Any]) -> dict[str, int]:
    """Send due outbox messages: DingTalk with the messenger in ctx["dingtalk"] (None when
    DingTalk is off), e-mail and SMS with the services' mailer and SMS sender; returns counts."""
    clients = ctx.get("dingtalk")
    if clients is not None and not isinstance(clients, DingTalkClients):
        raise TypeError('ctx["dingtalk"] must be a DingTalkClients or None')
    messenger = clients.messenger if clients is not None else None
    services = ctx.get("services")
    others = None
    if services is not None and (services.mailer is not None or services.sms is not None):
        others = ExternalSenders(services.vault, services.mailer, services.sms)
    limit = int(ctx.get("outbox_batch", DEFAULT_BATCH))
    report = await dispatch_outbox(messenger, limit, others=others)
    return report.as_dict()
