"""Route plumbing shared by the API families: fault injection, token checks, throttling, errors."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.errors import ApiError, Family
from integrations.dingtalk.emulator.models import App, Token

Auth = Literal["app", "user", "any", "none"]
TOKEN_HEADER = "x-acs-dingtalk-access-token"  # noqa: S105 - a header name


@dataclass
class Ctx:
    """What a handler gets: the request, the emulator and the authenticated caller."""

    request: Request
    emu: Emulator
    family: Family
    token: Token | None
    body: dict[str, Any]

    @property
    def app(self) -> App:
        """The calling app (from the token), or the default app for anonymous calls."""
        if self.token is not None:
            app = self.emu.app_by_key(self.token.app_key)
            if app is not None:
                return app
        return self.emu.default_app()

    def query(self, name: str, default: str = "") -> str:
        """A query-string parameter."""
        return self.request.query_params.get(name, default)

    def field(self, name: str, *, required: bool = True) -> Any:
        """A body field; a missing required field is a parameter error."""
        value = self.body.get(name)
        if required and (value is None or value == ""):
            raise errors.invalid_parameter(name, f"缺少参数 {name}")
        return value

    def ok(self, payload: dict[str, Any]) -> JSONResponse:
        """A success answer in this family's shape."""
        if self.family == "old":
            payload = {"errcode": 0, "errmsg": "ok", **payload, "request_id": errors.request_id()}
            return JSONResponse(payload)
        return JSONResponse(payload, headers={"x-acs-request-id": errors.request_id()})


Handler = Callable[[Ctx], Awaitable[Response]]


def emulator_of(request: Request) -> Emulator:
    """The Emulator behind this app."""
    emu: Emulator = request.app.state.emulator
    return emu


async def read_json(request: Request) -> dict[str, Any]:
    """The JSON object body, or {} for an empty or non-JSON body."""
    ctype = request.headers.get("content-type", "")
    if "multipart/form-data" in ctype or "x-www-form-urlencoded" in ctype:
        return {}
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, "InvalidParameter.Body", "请求体不是合法的JSON", 40035) from exc
    return data if isinstance(data, dict) else {"_": data}


def _authenticate(request: Request, emu: Emulator, family: Family, auth: Auth) -> Token | None:
    if auth == "none":
        return None
    if family == "new":
        value = request.headers.get(TOKEN_HEADER, "")
        if not value:
            raise errors.missing_token()
    else:
        value = request.query_params.get("access_token", "")
        if not value:
            raise errors.invalid_token()
    token = emu.check_token(value)
    if token is None:
        raise errors.invalid_token()
    if auth == "app" and token.kind != "app":
        raise errors.invalid_token()
    if auth == "user" and token.kind != "user":
        raise errors.invalid_token()
    return token


def api_route(
    method: str,
    path: str,
    handler: Handler,
    *,
    family: Family = "new",
    auth: Auth = "app",
    throttle: bool = True,
    quota: bool = True,
) -> Route:
    """A Starlette route running faults -> auth -> throttle -> quota -> handler, with DingTalk
    errors. `quota=False` for the APIs the monthly quota leaves out (token, identity, contacts)."""
    api_key = f"{method} {path}"

    async def endpoint(request: Request) -> Response:
        emu = emulator_of(request)
        try:
            fault = emu.faults.take_path_fault(request.url.path)
            if fault is not None and fault.kind == "slow":
                await asyncio.sleep(fault.delay_s)
                fault = None
            if fault is not None and fault.kind != "lost_answer":
                if fault.kind == "throttle":
                    raise errors.qps_limited()
                raise errors.server_error(fault.status, fault.code, fault.message)
            token = _authenticate(request, emu, family, auth)
            if throttle and token is not None and not emu.throttle.allow(token.app_key, api_key):
                raise errors.qps_limited()
            if quota and not emu.calls.admit(api_key, emu.config.monthly_call_quota):
                raise errors.api_count_limited()
            body = await read_json(request) if method in ("POST", "PUT") else {}
            response = await handler(Ctx(request, emu, family, token, body))
            if fault is not None:
                # Done, but the caller sees a failure: the ambiguous case retries must survive.
                emu.touch()
                raise errors.server_error(fault.status, fault.code, fault.message)
        except ApiError as err:
            return errors.error_response(err, family)
        if method != "GET":
            emu.touch()
        return response

    return Route(path, endpoint, methods=[method])


def str_map(value: Any) -> dict[str, str]:
    """A cardParamMap-like dict with every value as a string (DingTalk requires strings)."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, str] = {}
    for key, val in value.items():
        out[str(key)] = val if isinstance(val, str) else json.dumps(val, ensure_ascii=False)
    return out


def parse_json_param(value: Any, name: str) -> dict[str, Any]:
    """A JSON-string parameter (like msgParam) decoded to an object."""
    if isinstance(value, dict):
        return value
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise errors.invalid_parameter(name, f"{name} 必须是JSON对象字符串")
    return data
