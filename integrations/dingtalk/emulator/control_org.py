"""Control API, org part: health, reset, config, state, org, users and groups."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.core import Emulator, make_user, normalise_app
from integrations.dingtalk.emulator.inbound import group_conversation
from integrations.dingtalk.emulator.models import App, Department, Employment, EmulatorConfig, User

ControlHandler = Callable[[Request, Emulator, dict[str, Any]], Awaitable[Any]]
RouteMaker = Callable[[str, str, ControlHandler], Route]

USER_FIELDS = ("mobile", "email", "title", "dept_ids", "roles", "is_admin", "avatar_url")


def _bad(message: str) -> errors.ApiError:
    return errors.ApiError(400, "emulator.badRequest", message)


def user_from_spec(spec: dict[str, Any], external: bool = False) -> User:
    """A User from a control-API spec (ids derived when missing)."""
    if not spec.get("name"):
        raise _bad("用户必须有 name")
    external = external or bool(spec.get("external"))
    if not external and not spec.get("user_id"):
        raise _bad("员工必须有 user_id")
    fields = {k: spec[k] for k in USER_FIELDS if k in spec}
    try:
        return make_user(
            user_id=str(spec.get("user_id") or ""),
            name=str(spec["name"]),
            union_id=str(spec.get("union_id") or ""),
            external=external,
            **fields,
        )
    except ValidationError as exc:
        raise _bad(f"用户字段不合法: {exc.errors()[0]['msg']}") from exc


async def health(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Liveness and a summary."""
    return {
        "ok": True,
        "base_url": emu.base_url,
        "corp_id": emu.org.corp_id,
        "apps": [a.app_key for a in emu.org.apps],
        "connections": len(emu.gateway.connections) if emu.gateway else 0,
    }


async def reset(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Back to the seeded state; `{"seed": false}` leaves only the app and a root department."""
    emu.reset(seed=bool(body.get("seed", True)))
    if emu.gateway is not None:
        emu.gateway.tickets.ttl_s = emu.config.ticket_ttl_s
    return {"reset": True}


async def get_config(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Current tunables."""
    return emu.config.model_dump()


async def set_config(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Change tunables (qps_limit, redelivery_delay_s, ...)."""
    unknown = set(body) - set(EmulatorConfig.model_fields)
    if unknown:
        raise _bad(f"未知配置项: {', '.join(sorted(unknown))}")
    try:
        return emu.set_config(body).model_dump()
    except ValidationError as exc:
        raise _bad(f"配置不合法: {exc.errors()[0]['msg']}") from exc


async def dump_state(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """The whole state (debugging)."""
    return emu.state.model_dump(mode="json")


async def get_org(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """The org with apps, departments and users."""
    return emu.org.model_dump()


async def put_org(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Set up the org; each given part replaces the current one."""
    org = emu.org.model_copy(deep=True)
    try:
        if "corp_id" in body:
            org.corp_id = str(body["corp_id"])
        if "corp_name" in body:
            org.corp_name = str(body["corp_name"])
        if "apps" in body:
            org.apps = [normalise_app(App.model_validate(a)) for a in body["apps"]]
        if "departments" in body:
            org.departments = [Department.model_validate(d) for d in body["departments"]]
    except ValidationError as exc:
        raise _bad(f"组织字段不合法: {exc.errors()[0]['msg']}") from exc
    staff = [u for u in org.users if not u.external]
    externals = [u for u in org.users if u.external]
    if "users" in body:
        staff = [user_from_spec(s) for s in body["users"]]
    if "external_users" in body:
        externals = [user_from_spec(s, external=True) for s in body["external_users"]]
    org.users = staff + externals
    if not org.apps:
        raise _bad("组织至少需要一个应用")
    emu.state.org = org
    for group in body.get("groups") or []:
        members = [m for m in (emu.user_by_ref(str(r)) for r in group.get("members") or []) if m]
        group_conversation(
            emu,
            emu.default_app(),
            str(group.get("conversation_id") or ""),
            str(group.get("title") or ""),
            members,
        )
    return org.model_dump()


async def add_user(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Add or replace one user (staff, or external with `external: true`)."""
    user = user_from_spec(body)
    emu.state.org.users = [
        u
        for u in emu.org.users
        if u.union_id != user.union_id and (user.external or u.user_id != user.user_id)
    ]
    emu.state.org.users.append(user)
    return user.model_dump()


async def set_employment(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Set a staff member's 智能人事 record (status, dates, leaving)."""
    try:
        record = Employment.model_validate(body)
    except ValidationError as exc:
        raise _bad(f"人事记录字段不合法: {exc.errors()[0]['msg']}") from exc
    if emu.staff(record.user_id) is None:
        raise _bad(f"没有员工 {record.user_id}")
    emu.state.employments[record.user_id] = record
    return record.model_dump()


async def add_group(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Create a group with the bot in it (to send group messages or cards to)."""
    members = [m for m in (emu.user_by_ref(str(r)) for r in body.get("members") or []) if m]
    app = emu.app_by_key(str(body.get("app_key") or "")) or emu.default_app()
    conv = group_conversation(
        emu, app, str(body.get("conversation_id") or ""), str(body.get("title") or ""), members
    )
    return conv.model_dump()


async def list_conversations(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Single chats and groups the bot is in."""
    return {"items": [c.model_dump() for c in emu.state.conversations.values()]}


def org_routes(route: RouteMaker) -> list[BaseRoute]:
    """The org part of the control API."""
    return [
        route("GET", "/_emulator/health", health),
        route("POST", "/_emulator/reset", reset),
        route("GET", "/_emulator/config", get_config),
        route("POST", "/_emulator/config", set_config),
        route("GET", "/_emulator/state", dump_state),
        route("GET", "/_emulator/org", get_org),
        route("PUT", "/_emulator/org", put_org),
        route("POST", "/_emulator/users", add_user),
        route("POST", "/_emulator/groups", add_group),
        route("POST", "/_emulator/employments", set_employment),
        route("GET", "/_emulator/conversations", list_conversations),
    ]
