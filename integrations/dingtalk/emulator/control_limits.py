"""Control API, limits part: DingTalk's documented send-rate limits, switched on by tests."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.limits import RobotStorm

ControlHandler = Callable[[Request, Emulator, dict[str, Any]], Awaitable[Any]]
RouteMaker = Callable[[str, str, ControlHandler], Route]


def _rate(body: dict[str, Any], name: str, default: float) -> float:
    value = float(body.get(name, default))
    if not 0.0 <= value <= 1.0:
        raise errors.ApiError(400, "emulator.badRequest", f"{name} 必须在 0 到 1 之间")
    return value


async def robot_storm(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Throttle the next `calls` robot sends (400 throttle codes and flow-controlled users)."""
    calls = int(body.get("calls") or 0)
    if calls <= 0:
        raise errors.ApiError(400, "emulator.badRequest", "calls 必须是正整数")
    seed = body.get("seed")
    emu.faults.robot_storm = RobotStorm(
        calls=calls,
        refuse_rate=_rate(body, "refuse_rate", 0.3),
        flow_control_rate=_rate(body, "flow_control_rate", 0.3),
        rng=random.Random(seed),
    )
    return {"armed": True}


async def api_calls(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """This month's calls counted against the monthly quota, in total and by API."""
    return {**emu.calls.usage(), "quota": emu.config.monthly_call_quota}


def limit_routes(route: RouteMaker) -> list[BaseRoute]:
    """The limits part of the control API."""
    return [
        route("POST", "/_emulator/limits/robot-storm", robot_storm),
        route("GET", "/_emulator/limits/api-calls", api_calls),
    ]
