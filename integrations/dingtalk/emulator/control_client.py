"""Typed synchronous client for the emulator's control API (tests, demo, sandbox console)."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import httpx

from integrations.dingtalk.emulator.models import (
    Card,
    EmulatorConfig,
    EventRecord,
    InboundRecord,
    Org,
    PreEntry,
    SentMessage,
    User,
)


class EmulatorControlError(Exception):
    """The control API refused a request."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class EmulatorControl:
    """Drive the emulator: org setup, user messages, card clicks, approvals, faults, inspection."""

    def __init__(self, base_url: str, timeout_s: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout_s, trust_env=False)

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def __enter__(self) -> EmulatorControl:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- plumbing ----------------------------------------------------------------------------

    def request(
        self, method: str, path: str, body: dict[str, Any] | None = None, **params: Any
    ) -> Any:
        """One control call; raises EmulatorControlError on a non-2xx answer."""
        query = {k: v for k, v in params.items() if v is not None}
        resp = self._http.request(method, "/_emulator" + path, json=body, params=query)
        if resp.status_code >= 400:
            try:
                err = resp.json()
            except ValueError:
                err = {"error": "http", "message": resp.text}
            raise EmulatorControlError(
                resp.status_code, err.get("error", ""), err.get("message", "")
            )
        if resp.headers.get("content-type", "").startswith("application/json"):
            return resp.json()
        return resp.content

    def _post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.request("POST", path, body or {})

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
            content_b64=_b64(content),
            file_name=file_name,
            chat="single",
            **extra,
        )

    def send_picture(
        self, from_user: str, content: bytes, *, chat: str = "single", **extra: Any
    ) -> dict[str, Any]:
        """A picture message."""
        return self.send_message(
            from_user=from_user, msgtype="picture", content_b64=_b64(content), chat=chat, **extra
        )

    def send_rich_text(
        self, from_user: str, parts: list[str | bytes], *, chat: str = "single", **extra: Any
    ) -> dict[str, Any]:
        """Rich text: strings become text parts, bytes become pictures."""
        rich = [{"text": p} if isinstance(p, str) else {"content_b64": _b64(p)} for p in parts]
        return self.send_message(
            from_user=from_user, msgtype="richText", rich_text=rich, chat=chat, **extra
        )

    def upload_file(self, content: bytes, file_name: str) -> str:
        """Store bytes and return a downloadCode."""
        result = self._post("/files", {"content_b64": _b64(content), "file_name": file_name})
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

    # --- approvals ---------------------------------------------------------------------------

    def approvals(self) -> list[dict[str, Any]]:
        """All approval instances (§6.2 shape plus instance_id and process_code)."""
        items: list[dict[str, Any]] = self.request("GET", "/approvals")["items"]
        return items

    def approval(self, instance_id: str) -> dict[str, Any]:
        """One approval instance."""
        result: dict[str, Any] = self.request("GET", f"/approvals/{instance_id}")
        return result

    def approve(
        self, instance_id: str, user_id: str | None = None, remark: str = ""
    ) -> dict[str, Any]:
        """Approve the running task of user_id (or the first running task)."""
        result: dict[str, Any] = self._post(
            f"/approvals/{instance_id}/approve", {"user_id": user_id, "remark": remark}
        )
        return result

    def refuse(
        self, instance_id: str, user_id: str | None = None, remark: str = ""
    ) -> dict[str, Any]:
        """Refuse the running task of user_id (or the first running task)."""
        result: dict[str, Any] = self._post(
            f"/approvals/{instance_id}/refuse", {"user_id": user_id, "remark": remark}
        )
        return result

    def terminate_approval(
        self, instance_id: str, user_id: str | None = None, remark: str = ""
    ) -> dict[str, Any]:
        """Withdraw an instance."""
        result: dict[str, Any] = self._post(
            f"/approvals/{instance_id}/terminate", {"user_id": user_id, "remark": remark}
        )
        return result

    def templates(self) -> list[dict[str, Any]]:
        """Saved approval templates."""
        items: list[dict[str, Any]] = self.request("GET", "/templates")["items"]
        return items

    def set_template_approvers(self, process_code: str, approvers: list[dict[str, Any]]) -> None:
        """Default approvers [{"actionType": "OR", "userIds": [...]}] for a template."""
        self._post(f"/templates/{process_code}/approvers", {"approvers": approvers})

    def preentries(self) -> list[PreEntry]:
        """Pre-entry records."""
        return [PreEntry.model_validate(p) for p in self.request("GET", "/preentries")["items"]]

    # --- auth --------------------------------------------------------------------------------

    def auth_code(self, user: str) -> str:
        """A single-use auth code for a userId or unionId (5 min)."""
        return str(self._post("/auth-codes", {"user": user})["auth_code"])

    def expire_tokens(self, kind: str = "all") -> int:
        """Expire app tokens, user tokens or all; returns how many."""
        return int(self._post("/tokens/expire", {"kind": kind})["expired"])

    def expire_sessions(self) -> None:
        """Expire every sessionWebhook."""
        self._post("/sessions/expire")

    # --- stream ------------------------------------------------------------------------------

    def connections(self) -> list[dict[str, Any]]:
        """Open stream connections."""
        items: list[dict[str, Any]] = self.request("GET", "/connections")["items"]
        return items

    def wait_for_connection(self, count: int = 1, timeout_s: float = 10.0) -> list[dict[str, Any]]:
        """Poll until at least `count` stream connections are open."""
        deadline = time.monotonic() + timeout_s
        while True:
            conns = self.connections()
            if len(conns) >= count:
                return conns
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(conns)} stream connections after {timeout_s}s")
            time.sleep(0.05)

    def drop_connections(self, app_key: str | None = None, mode: str = "close") -> int:
        """Server-side close (mode close) or SYSTEM disconnect (mode disconnect)."""
        return int(self._post("/connections/drop", {"app_key": app_key, "mode": mode})["dropped"])

    def ping(self) -> int:
        """Send a SYSTEM ping to every connection."""
        return int(self._post("/connections/ping")["pinged"])

    def emit_event(self, event_type: str, data: dict[str, Any]) -> list[str]:
        """Push any EVENT to the bot."""
        ids: list[str] = self._post("/events", {"event_type": event_type, "data": data})[
            "message_ids"
        ]
        return ids

    def events(self, since: int = 0, event_type: str | None = None) -> list[EventRecord]:
        """Event records (pending / acked / dropped)."""
        data = self.request("GET", "/events", since=since, event_type=event_type)
        return [EventRecord.model_validate(e) for e in data["items"]]

    # --- faults ------------------------------------------------------------------------------

    def fail_next(
        self, path: str, count: int = 1, *, status: int = 500, code: str = "", message: str = ""
    ) -> None:
        """The next `count` calls of `path` (prefix with trailing *) fail with a server error."""
        body = {"path": path, "count": count, "status": status, "code": code, "message": message}
        self._post("/faults", body)

    def slow_next(self, path: str, count: int = 1, *, delay_s: float = 3.0) -> None:
        """The next `count` calls of `path` are answered only after `delay_s` seconds."""
        self._post("/faults", {"path": path, "count": count, "kind": "slow", "delay_s": delay_s})

    def lose_answer_next(self, path: str, count: int = 1, *, status: int = 504) -> None:
        """The next `count` calls of `path` take effect, but the caller gets a server error."""
        body = {"path": path, "count": count, "status": status, "kind": "lost_answer"}
        self._post("/faults", body)

    def throttle_next(self, path: str, count: int = 1) -> None:
        """The next `count` calls of `path` get the QPS-limit error."""
        self._post("/faults", {"path": path, "count": count, "kind": "throttle"})

    def robot_storm(
        self,
        calls: int,
        *,
        refuse_rate: float = 0.3,
        flow_control_rate: float = 0.3,
        seed: int | None = None,
    ) -> None:
        """Throttle the next `calls` robot sends with DingTalk's documented 400 throttle codes
        and flow-controlled recipients."""
        body = {
            "calls": calls,
            "refuse_rate": refuse_rate,
            "flow_control_rate": flow_control_rate,
            "seed": seed,
        }
        self._post("/limits/robot-storm", body)

    def api_calls(self) -> dict[str, Any]:
        """This month's calls counted against the quota: {month, total, by_api, quota}."""
        return dict(self.request("GET", "/limits/api-calls"))

    def drop_next_events(self, event_type: str, count: int = 1) -> None:
        """Silently drop the next `count` events of a type (for reconciliation tests)."""
        self._post("/faults/events", {"event_type": event_type, "count": count})

    def clear_faults(self) -> None:
        """Disarm all faults."""
        self.request("DELETE", "/faults")
