"""What bot handlers get besides the update: the process's services and a way to answer."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import MessageContent, OutgoingMessage, Recipient
from integrations.dingtalk.ports import DingTalkPorts
from settings import Settings
from workflows.background.queue import JobQueue
from workflows.candidates.intake import IntakeDeps
from workflows.events import EventBus
from workflows.messaging.notify import notify
from workflows.privacy.vault import PiiVault


@dataclass
class BotContext:
    """Services for handlers; every outgoing message goes through the outbox."""

    settings: Settings
    dingtalk: DingTalkPorts
    vault: PiiVault
    bus: EventBus
    queue: JobQueue
    intake: IntakeDeps
    _seq: itertools.count[int] = field(default_factory=itertools.count)

    async def send(self, message: OutgoingMessage, *, dedup_key: str) -> None:
        """Queue a message durably and ask a dispatcher to send it now."""
        await notify(message, dedup_key=dedup_key, queue=self.queue)

    async def reply(self, message: InboundMessage, content: MessageContent, part: str = "") -> None:
        """Answer in the conversation the message came from."""
        recipient = Recipient.webhook(
            message.session_webhook, message.session_webhook_expires_at_ms
        )
        key = f"reply:{message.msg_id}:{part or next(self._seq)}"
        await self.send(OutgoingMessage(recipient, content), dedup_key=key[:128])
