"""What bot handlers get besides the update: the process's services and a way to answer."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot import texts
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import MessageContent, OutgoingMessage, Recipient, Text
from integrations.dingtalk.ports import DingTalkPorts
from settings import Settings
from workflows.background.queue import JobQueue
from workflows.events import EventBus
from workflows.messaging.notify import notify
from workflows.privacy.vault import PiiVault
from workflows.services import Services


@dataclass
class BotContext:
    """What handlers get: the process's services, and a way to answer through the outbox."""

    services: Services
    _seq: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def settings(self) -> Settings:
        """The process settings."""
        return self.services.settings

    @property
    def vault(self) -> PiiVault:
        """The PII vault."""
        return self.services.vault

    @property
    def bus(self) -> EventBus:
        """The domain event bus."""
        return self.services.bus

    @property
    def intake(self) -> Services:
        """What resume intake uses (the same services)."""
        return self.services

    @property
    def queue(self) -> JobQueue:
        """The job queue."""
        return self.services.queue

    @property
    def dingtalk(self) -> DingTalkPorts:
        """DingTalk (the bot only runs with DingTalk enabled)."""
        if self.services.dingtalk is None:
            raise RuntimeError("DingTalk is disabled (DINGHIRE_DINGTALK_ENABLED=false)")
        return self.services.dingtalk

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

    async def reply_privately(
        self, message: InboundMessage, content: MessageContent, part: str = ""
    ) -> None:
        """Answer HR output one-to-one: in a group only a short note says where it went, so
        names, scores, salaries and staff-bound links never reach the other members."""
        if message.is_single_chat or not message.sender_staff_id:
            await self.reply(message, content, part)
            return
        key = f"private:{message.msg_id}:{part or next(self._seq)}"
        private = OutgoingMessage(Recipient.users(message.sender_staff_id), content)
        await self.send(private, dedup_key=key[:128])
        await self.reply(message, Text(texts.SENT_PRIVATELY), part=f"note-{part}")
