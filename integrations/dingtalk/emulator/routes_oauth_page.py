"""The browser sign-in page of DingTalk OAuth (login.dingtalk.com/oauth2/auth), emulated.

OD:obtain-identity-credentials: GET /oauth2/auth with client_id, redirect_uri, response_type
(only "code"), scope (openid), prompt (consent) and state; after the user agrees, DingTalk
redirects to redirect_uri?authCode=…&state=… with `state` unchanged. The code is single-use and
short-lived (redeemed at POST /v1.0/oauth2/userAccessToken). Who is signed in to the emulated
browser is `EmulatorConfig.oauth_login_user`; without one the page lists the accounts to pick.
"""

from __future__ import annotations

import html
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from integrations.dingtalk.emulator.api import emulator_of
from integrations.dingtalk.emulator.routes_auth import issue_auth_code


def _refuse(message: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><p>{html.escape(message)}</p>", status_code=400)


async def authorize(request: Request) -> Response:
    """GET /oauth2/auth: check the request, then sign in and redirect with authCode and state."""
    emu = emulator_of(request)
    q = request.query_params
    if emu.app_by_key(q.get("client_id", "")) is None:
        return _refuse("应用不存在或 client_id 错误")
    if q.get("response_type") != "code":
        return _refuse("response_type 只支持 code")
    if "openid" not in q.get("scope", "").split():
        return _refuse("scope 需包含 openid")
    redirect_uri = q.get("redirect_uri", "")
    if not redirect_uri.startswith(("http://", "https://")):
        return _refuse("redirect_uri 缺失或不合法（需与开发配置→安全设置中的重定向URL一致）")
    login = q.get("login_as") or emu.config.oauth_login_user
    user = emu.user_by_ref(login) if login else None
    if user is None:
        links = "".join(
            f'<li><a href="/oauth2/auth?{html.escape(urlencode({**q, "login_as": u.union_id}))}">'
            f"{html.escape(u.name)}</a></li>"
            for u in emu.org.users
        )
        return HTMLResponse(f"<!doctype html><h1>钉钉登录（模拟）</h1><ul>{links}</ul>")
    code = issue_auth_code(emu, user)
    query = urlencode({"authCode": code, "state": q.get("state", "")})
    separator = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(f"{redirect_uri}{separator}{query}", status_code=302)


def routes() -> list[BaseRoute]:
    """The sign-in page."""
    return [Route("/oauth2/auth", authorize, methods=["GET"])]
