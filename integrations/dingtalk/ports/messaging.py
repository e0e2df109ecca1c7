"""Ports for access tokens, robot messages, interactive cards and files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from integrations.dingtalk.messages import InteractiveCard, MessageContent, OutgoingMessage

# ---------------------------------------------------------------- access tokens


@dataclass(frozen=True)
class AccessToken:
    """A token and how long it lives from the moment it was fetched."""

    value: str
    expires_in_s: float


class CallCounter(Protocol):
    """Counts the calls DingTalk counts against the org's monthly quota, by API."""

    async def count(self, api: str) -> None:
        """Record one call of `api` (must not raise: counting never blocks a call)."""
        ...


class AccessTokenProvider(Protocol):
    """Cached app access token, refreshed before expiry; concurrent callers share one refresh."""

    async def get(self) -> str:
        """A token valid for at least a little while."""
        ...

    async def invalidate(self, token: str | None = None) -> None:
        """Drop the cached token (DingTalk rejected it)."""
        ...


# ---------------------------------------------------------------- robot messages


@dataclass(frozen=True)
class SendResult:
    """What DingTalk answered to a send; `process_query_key` identifies proactive sends."""

    process_query_key: str = ""
    out_track_id: str = ""
    invalid_user_ids: tuple[str, ...] = ()
    flow_controlled_user_ids: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """JSON-able form, stored on the outbox row."""
        return {
            "process_query_key": self.process_query_key,
            "out_track_id": self.out_track_id,
            "invalid_user_ids": list(self.invalid_user_ids),
            "flow_controlled_user_ids": list(self.flow_controlled_user_ids),
        }


class RobotMessenger(Protocol):
    """Sends robot messages: session-webhook reply, one-to-one batch, group, interactive card."""

    async def send(self, message: OutgoingMessage) -> SendResult:
        """Send one normalised message to its recipient."""
        ...

    async def reply(self, session_webhook: str, content: MessageContent) -> SendResult:
        """Reply in the conversation a message came from (no token needed)."""
        ...

    async def send_to_users(self, user_ids: tuple[str, ...], content: MessageContent) -> SendResult:
        """One-to-one batch send from the robot to org users."""
        ...

    async def send_to_group(self, open_conversation_id: str, content: MessageContent) -> SendResult:
        """Send to a group the robot is in."""
        ...


# ---------------------------------------------------------------- interactive cards


@dataclass(frozen=True)
class CardDelivery:
    """Result of delivering a card: per-space success."""

    out_track_id: str
    delivered_to: tuple[str, ...] = ()
    failures: tuple[str, ...] = ()


class Cards(Protocol):
    """Interactive cards (card_1_0): create-and-deliver and update."""

    async def create_and_deliver(
        self,
        card: InteractiveCard,
        *,
        user_ids: tuple[str, ...] = (),
        open_conversation_id: str = "",
    ) -> CardDelivery:
        """Create the card and deliver it to users' robot chats or to a group."""
        ...

    async def update(
        self,
        out_track_id: str,
        card_data: Mapping[str, str],
        private_data: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """Update card fields by key."""
        ...


# ---------------------------------------------------------------- files


class Files(Protocol):
    """Files a user sent to the bot, and media uploads for sending files back."""

    async def download(self, download_code: str, *, max_bytes: int) -> bytes:
        """Fetch a received file; raises DingTalkFileTooLargeError above `max_bytes`."""
        ...

    async def upload_media(self, content: bytes, filename: str, media_type: str = "file") -> str:
        """Upload a file (oapi media/upload) and return its media id."""
        ...
