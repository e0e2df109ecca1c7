"""Control client, back-office and operations part: approvals, auth codes, stream, faults."""

from __future__ import annotations

import time
from typing import Any

from integrations.dingtalk.emulator.control_client_base import ControlTransport
from integrations.dingtalk.emulator.models import EventRecord, PreEntry


class BackOfficeControls(ControlTransport):
    """Approvals, templates, pre-entries, auth codes, stream connections, faults and events."""

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

    def delay_stream(self, delay_s: float) -> None:
        """Hold every stream push (events, messages, card clicks) for `delay_s` (0 = off)."""
        self._post("/faults/delay", {"delay_s": delay_s})

    def clear_faults(self) -> None:
        """Disarm all faults."""
        self.request("DELETE", "/faults")
