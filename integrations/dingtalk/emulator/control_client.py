"""Typed synchronous client for the emulator's control API (tests, demo, sandbox console).

Org, messages and cards here; approvals, auth, stream and faults in `control_client_ops`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from integrations.dingtalk.emulator.control_client_base import EmulatorControlError, b64
from integrations.dingtalk.emulator.control_client_ops import BackOfficeControls
from integrations.dingtalk.emulator.models import (
    Card,
    EmulatorConfig,
    InboundRecord,
    Org,
    SentMessage,
    User,
)


class EmulatorControl(BackOfficeControls):
    """Drive the emulator: org setup, user messages, card clicks, approvals, faults, inspection."""

    # --- org and config ----------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Liveness and a summary."""
        result: dict[str, Any] = self.request("GET", "/health")
        return result

    def reset(self, seed: bool = True) -> None:
        """Back to the seeded demo org (or an empty one), faults cleared."""
        self._post("/reset", {"seed": seed})

    def get_config(self) -> EmulatorConfig:
        """Current tunables."""
        return EmulatorConfig.model_validate(self.request("GET", "/config"))

    def configure(self, **changes: Any) -> EmulatorConfig:
        """Change tunables, e.g. configure(qps_limit=2, redelivery_delay_s=1)."""
        return EmulatorConfig.model_validate(self._post("/config", changes))

    def org(self) -> Org:
        """The org."""
        return Org.model_validate(self.request("GET", "/org"))

    def setup_org(self, **parts: Any) -> Org:
        """Replace parts of the org: corp_id, corp_name, apps, departments, users, external_users,
        groups (see docs/sandbox.md)."""
        return Org.model_validate(self.request("PUT", "/org", parts))

    def add_user(self, **spec: Any) -> User:
        """Add or replace one user; pass external=True for a non-member."""
        return User.model_validate(self._post("/users", spec))

    def set_employment(self, **spec: Any) -> dict[str, Any]:
        """Set a staff member's 智能人事 record: user_id, status (2 试用期, 3 正式, 5 待离职),
        join_time, regular_time, dimission {last_work_day, reason_memo, voluntary_reason, ...}."""
        result: dict[str, Any] = self._post("/employments", spec)
        return result

    def add_group(
        self, title: str, members: list[str], conversation_id: str | None = None
    ) -> dict[str, Any]:
        """A group with the bot in it; returns the conversation (conversation_id)."""
        body = {"title": title, "members": members, "conversation_id": conversation_id}
        result: dict[str, Any] = self._post("/groups", body)
        return result

    def state(self) -> dict[str, Any]:
        """The whole state as JSON (debugging)."""
        result: dict[str, Any] = self.request("GET", "/state")
        return result

    # --- users talking to the bot ------------------------------------------------------------

    def send_message(self, **spec: Any) -> dict[str, Any]:
        """Generic: from_user, msgtype, chat, conversation_id, at_bot, at_users, wait_ack_s, ..."""
        result: dict[str, Any] = self._post("/messages/send", spec)
        return result

    def send_text(
        self, from_user: str, text: str, *, chat: str = "single", **extra: Any
    ) -> dict[str, Any]:
        """A text message to the bot (group chats @ the bot unless at_bot=False)."""
        return self.send_message(from_user=from_user, msgtype="text", text=text, chat=chat, **extra)

    def send_file(
        self, from_user: str, content: bytes, file_name: str, **extra: Any
    ) -> dict[str, Any]:
        """A file in single chat; its downloadCode is in result['data']['content']."""
        return self.send_message(
            from_user=from_user,
            msgtype="file",
            content_b64=b64(content),
            file_name=file_name,
            chat="single",
            **extra,
        )

    def send_picture(
        self, from_user: str, content: bytes, *, chat: str = "single", **extra: Any
    ) -> dict[str, Any]:
        """A picture message."""
        return self.send_message(
            from_user=from_user, msgtype="picture", content_b64=b64(content), chat=chat, **extra
        )

    def send_rich_text(
        self, from_user: str, parts: list[str | bytes], *, chat: str = "single", **extra: Any
    ) -> dict[str, Any]:
        """Rich text: strings become text parts, bytes become pictures."""
        rich = [{"text": p} if isinstance(p, str) else {"content_b64": b64(p)} for p in parts]
        return self.send_message(
            from_user=from_user, msgtype="richText", rich_text=rich, chat=chat, **extra
        )

    def upload_file(self, content: bytes, file_name: str) -> str:
        """Store bytes and return a downloadCode."""
        result = self._post("/files", {"content_b64": b64(content), "file_name": file_name})
        return str(result["download_code"])

    # --- what the bot sent -------------------------------------------------------------------

    def sent(
        self,
        since: int = 0,
        *,
        recipient: str | None = None,
        channel: str | None = None,
        kind: str | None = None,
    ) -> list[SentMessage]:
        """Messages the bot sent with seq > since."""
        data = self.request(
            "GET", "/sent", since=since, recipient=recipient, channel=channel, kind=kind
        )
        return [SentMessage.model_validate(m) for m in data["items"]]

    def last_seq(self) -> int:
        """The newest sequence number (use as `since` to see only what comes next)."""
        return int(self.request("GET", "/sent", since=2**62)["last_seq"])

    def wait_for_sent(
        self,
        since: int = 0,
        *,
        count: int = 1,
        timeout_s: float = 10.0,
        where: Callable[[SentMessage], bool] | None = None,
        **filters: str,
    ) -> list[SentMessage]:
        """Poll until at least `count` matching messages were sent; raises TimeoutError."""
        deadline = time.monotonic() + timeout_s
        while True:
            items = [m for m in self.sent(since, **filters) if where is None or where(m)]
            if len(items) >= count:
                return items
            if time.monotonic() > deadline:
                raise TimeoutError(f"only {len(items)} of {count} sent messages after {timeout_s}s")
            time.sleep(0.05)

    def media(self, media_id: str) -> bytes:
        """Bytes of a media_id uploaded with /media/upload."""
        data: bytes = self.request("GET", f"/media/{media_id}")
        return data

    def inbound(self, since: int = 0) -> list[InboundRecord]:
        """CALLBACKs pushed to the bot and their ACKs."""
        data = self.request("GET", "/inbound", since=since)
        return [InboundRecord.model_validate(r) for r in data["items"]]

    # --- cards -------------------------------------------------------------------------------

    def cards(self) -> list[Card]:
        """All cards."""
        return [Card.model_validate(c) for c in self.request("GET", "/cards")["items"]]

    def card(self, out_track_id: str) -> Card:
        """One card with its current cardParamMap."""
        return Card.model_validate(self.request("GET", f"/cards/{out_track_id}"))

    def click_card(
        self,
        out_track_id: str,
        user_id: str,
        *,
        action_ids: list[str] | None = None,
        params: dict[str, Any] | None = None,
        value: str | None = None,
        wait_s: float | None = None,
    ) -> dict[str, Any]:
        """Click a card button as a user; returns ack info and the updated card."""
        body: dict[str, Any] = {
            "user_id": user_id,
            "action_ids": action_ids or [],
            "params": params or {},
        }
        if value is not None:
            body["value"] = value
        if wait_s is not None:
            body["wait_s"] = wait_s
        result: dict[str, Any] = self._post(f"/cards/{out_track_id}/click", body)
        return result


__all__ = ["EmulatorControl", "EmulatorControlError"]
