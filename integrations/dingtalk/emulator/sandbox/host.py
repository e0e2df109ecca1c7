"""The sandbox's own control routes: the mailbox, and the DingHire process behind the console.

DingHire (`dinghire/sandbox_host.py`) registers its sandbox endpoint here when it runs against
this emulator in development; the console's 重置并载入演示 and 演示旅程 buttons then reach it
through these routes (same origin for the page, a bearer token between the two processes). The
emulator knows nothing of DingHire's domain: it forwards a fixed set of actions.
"""

from __future__ import annotations

from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator.control import bad, control_route
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.sandbox import mailbox as mb
from settings.base import is_loopback_url

# What the console may ask DingHire to do: (method, action) pairs, nothing else is forwarded.
ACTIONS = {
    ("POST", "reset-seed"),
    ("GET", "journey"),
    ("POST", "journey/next"),
    ("POST", "journey/restart"),
}
FORWARD_TIMEOUT_S = 120.0


async def list_mailbox(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """E-mails and SMS DingHire sent to candidates, newest first (?to= one recipient)."""
    return {"items": emu.mailbox.items(request.query_params.get("to", ""))}


async def mailbox_channels(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Where DingHire's mailer and SMS adapter should send in the sandbox."""
    host = request.url.hostname or "127.0.0.1"
    return {
        "smtp": {"host": host, "port": emu.mailbox.smtp_port},
        "sms": {
            "endpoint": f"{host}:{request.url.port}",
            "protocol": "http",
            "access_key_id": mb.SMS_ACCESS_KEY_ID,
            "access_key_secret": mb.SMS_ACCESS_KEY_SECRET,
            "sign_name": mb.SMS_SIGN_NAME,
            "templates": {kind: code for kind, (code, _) in mb.SMS_TEMPLATES.items()},
        },
    }


async def register_host(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """DingHire's sandbox endpoint (loopback only) and the token to call it with."""
    url, token = str(body.get("url") or "").rstrip("/"), str(body.get("token") or "")
    if not is_loopback_url(url) or not token:
        raise bad("url 必须是本机地址，且需要 token")
    emu.sandbox_host = (url, token)
    return {"registered": True}


async def host_status(request: Request, emu: Emulator, body: dict[str, Any]) -> Any:
    """Whether a DingHire process drives this sandbox."""
    return {"registered": emu.sandbox_host is not None}


async def _forward(request: Request) -> Response:
    emu: Emulator = request.app.state.emulator
    action = request.path_params["action"]
    if (request.method, action) not in ACTIONS:
        return JSONResponse({"error": "unknown_action", "message": "不支持的操作"}, 404)
    if emu.sandbox_host is None:
        return JSONResponse(
            {
                "error": "no_host",
                "message": "没有钉聘进程连接到这个模拟器：请用 make run（dinghire serve）启动",
            },
            409,
        )
    url, token = emu.sandbox_host
    try:
        async with httpx.AsyncClient(timeout=FORWARD_TIMEOUT_S, trust_env=False) as http:
            answer = await http.request(
                request.method,
                f"{url}/{action}",
                headers={"authorization": f"Bearer {token}"},
                content=await request.body(),
            )
    except httpx.HTTPError as exc:
        message = f"钉聘没有响应（{type(exc).__name__}），请确认 make run 仍在运行"
        return JSONResponse({"error": "host_unreachable", "message": message}, 502)
    return Response(
        answer.content, answer.status_code, media_type=answer.headers.get("content-type")
    )


def routes() -> list[BaseRoute]:
    """The mailbox and host routes under /_emulator/sandbox."""
    c = control_route
    return [
        c("GET", "/_emulator/mailbox", list_mailbox),
        c("GET", "/_emulator/mailbox/channels", mailbox_channels),
        c("POST", "/_emulator/sandbox/host", register_host),
        c("GET", "/_emulator/sandbox/host", host_status),
        Route("/_emulator/sandbox/app/{action:path}", _forward, methods=["GET", "POST"]),
    ]
