"""Shared fakes of the ports: they keep state for the test to read, and run nothing real.

Use these instead of writing another fake inside a test: a job queue that records, a robot
messenger that records what it sent, files a user "sent", and DingTalk as a bundle of them.
For the clock use `workflows.clock.ManualClock`; `make_services` builds the Services of a test.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.presenters.outbound import outbound_presenters
from integrations.dingtalk.files import DingTalkFileTooLargeError
from integrations.dingtalk.ports import (
    ActionCard,
    CardDelivery,
    InteractiveCard,
    Markdown,
    MessageContent,
    OutgoingMessage,
    Recipient,
    SendResult,
    Text,
)
from settings import Settings
from workflows.background.queue import JobQueue
from workflows.clock import Clock, utc_now
from workflows.events import EventBus
from workflows.privacy.vault import PiiVault
from workflows.services import Services
from workflows.storage.local import LocalEncryptedStore


@dataclass
class RecordingQueue:
    """A JobQueue that keeps every job once per id (like the real queues) and runs none."""

    jobs: dict[str, tuple[str, tuple[Any, ...]]] = field(default_factory=dict)

    async def enqueue(
        self, function: str, *args: Any, job_id: str, defer_by_s: float = 0.0
    ) -> bool:
        """Record the job; False for an id already queued."""
        if job_id in self.jobs:
            return False
        self.jobs[job_id] = (str(function), args)
        return True

    def ids(self, function: str) -> list[str]:
        """Job ids queued for one function."""
        return [jid for jid, (fn, _) in self.jobs.items() if fn == function]


@dataclass
class FakeMessenger:
    """A RobotMessenger that records every message instead of sending it."""

    sent: list[OutgoingMessage] = field(default_factory=list)

    async def send(self, message: OutgoingMessage) -> SendResult:
        """Record one message."""
        self.sent.append(message)
        return SendResult(process_query_key=f"fake-{len(self.sent)}")

    async def reply(self, session_webhook: str, content: MessageContent) -> SendResult:
        """Record a reply in a conversation."""
        return await self.send(OutgoingMessage(Recipient.webhook(session_webhook), content))

    async def send_to_users(self, user_ids: tuple[str, ...], content: MessageContent) -> SendResult:
        """Record a one-to-one batch."""
        return await self.send(OutgoingMessage(Recipient.users(*user_ids), content))

    async def send_to_group(self, open_conversation_id: str, content: MessageContent) -> SendResult:
        """Record a group message."""
        return await self.send(OutgoingMessage(Recipient.group(open_conversation_id), content))

    def texts(self) -> list[str]:
        """The readable text of every recorded message, in order ("" for cards and files)."""
        out = []
        for m in self.sent:
            c = m.content
            out.append(
                c.content
                if isinstance(c, Text)
                else c.text
                if isinstance(c, Markdown | ActionCard)
                else ""
            )
        return out


@dataclass
class FakeCards:
    """Interactive cards kept in memory by out_track_id."""

    cards: dict[str, dict[str, str]] = field(default_factory=dict)

    async def create_and_deliver(
        self,
        card: InteractiveCard,
        *,
        user_ids: tuple[str, ...] = (),
        open_conversation_id: str = "",
    ) -> CardDelivery:
        """Keep the card's data."""
        self.cards[card.out_track_id] = {k: str(v) for k, v in card.card_data.items()}
        return CardDelivery(card.out_track_id, delivered_to=user_ids or (open_conversation_id,))

    async def update(
        self,
        out_track_id: str,
        card_data: Mapping[str, str],
        private_data: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """Merge new values into the kept card."""
        self.cards.setdefault(out_track_id, {}).update(card_data)


@dataclass
class FakeFiles:
    """Files users "sent" to the bot, by download code; uploads are kept too."""

    received: dict[str, bytes] = field(default_factory=dict)
    uploaded: list[tuple[str, bytes]] = field(default_factory=list)

    async def download(self, download_code: str, *, max_bytes: int) -> bytes:
        """The file for a download code; too large raises like the real adapter."""
        data = self.received[download_code]
        if len(data) > max_bytes:
            raise DingTalkFileTooLargeError(len(data), max_bytes)
        return data

    async def upload_media(self, content: bytes, filename: str, media_type: str = "file") -> str:
        """Keep the upload; returns a media id."""
        self.uploaded.append((filename, content))
        return f"media-{len(self.uploaded)}"


def make_services(
    settings: Settings,
    *,
    queue: JobQueue | None = None,
    vault: PiiVault | None = None,
    dingtalk: Any = None,
    clock: Clock = utc_now,
    bus: EventBus | None = None,
) -> Services:
    """The process's Services for a test: these settings' vault and store, a recording queue."""
    key = settings.security.master_key_bytes()
    vault = vault or PiiVault(key, settings.security.hash_key.get_secret_value().encode())
    return Services(
        settings,
        vault,
        bus or EventBus(),
        queue or RecordingQueue(),
        LocalEncryptedStore(settings.storage.root, key, keyring=vault.keyring),
        dingtalk,
        clock,
        presenters=outbound_presenters(),
    )


@dataclass
class FakeDingTalk:
    """DingTalk as the bot and the jobs see it (the DingTalkPorts protocol), all fakes.

    Approvals, 智能人事 and login are left out: a test that needs one passes its own.
    """

    messenger: FakeMessenger = field(default_factory=FakeMessenger)
    cards: FakeCards = field(default_factory=FakeCards)
    files: FakeFiles = field(default_factory=FakeFiles)
    approvals: Any = None
    hrm: Any = None
    login: Any = None
