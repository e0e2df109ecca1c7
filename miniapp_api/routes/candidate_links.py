"""Browser links for candidates outside the org: DingTalk OAuth sign-in and opting out of e-mail
or SMS. Thin: the rules are in workflows.interviews.oauth and workflows.messaging.external."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from miniapp_api.deps import ServicesDep, client_ip
from workflows.errors import ValidationFailedError
from workflows.interviews.oauth import (
    CALLBACK_PATH,
    NONCE_COOKIE,
    STATE_TTL,
    finish_oauth,
    start_oauth,
)
from workflows.messaging.external import read_opt_out_token, record_opt_out

router = APIRouter(tags=["pages"])
BAD_OPT_OUT_LINK = "退订链接无效，请直接打开邮件中的链接，或联系 HR。"
OPTED_OUT_PAGE = "您已退订招聘通知{channel}。之后的面试邀请、提醒和结果将由 HR 通过其他方式告知您。"
OPT_OUT_CONFIRM_PAGE = "确认不再通过{channel}接收招聘通知吗？"
CHANNEL_NAMES = {"email": "邮件", "sms": "短信"}


def _page(title: str, body_html: str, status: int = 200) -> HTMLResponse:
    page = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1>{body_html}</body></html>"
    )
    return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-store"})


_HTML_ERROR: dict[str, Any] = {"content": {"text/html": {}}}


@router.get(
    "/auth/dingtalk/start",
    summary="Start DingTalk OAuth sign-in (redirect)",
    status_code=302,
    response_class=RedirectResponse,
    responses={302: {"description": "To DingTalk's sign-in page, with the nonce cookie set"}},
)
async def oauth_start(deps: ServicesDep, next: str = "/i") -> Response:
    started = start_oauth(deps.settings, next, deps.clock())
    response = RedirectResponse(started.url, status_code=302)
    response.set_cookie(
        NONCE_COOKIE,
        started.nonce,
        max_age=int(STATE_TTL.total_seconds()),
        path="/",  # read by the callback and by the session call that exchanges the code
        httponly=True,
        secure=deps.settings.server.public_base_url.startswith("https://"),
        samesite="lax",
    )
    return response


@router.get(
    CALLBACK_PATH,
    summary="DingTalk OAuth redirect target",
    status_code=302,
    response_class=RedirectResponse,
    responses={
        302: {"description": "Back to the interview page with the code and state"},
        400: {**_HTML_ERROR, "description": "Sign-in not completed (a page saying why)"},
    },
)
async def oauth_callback(
    request: Request,
    deps: ServicesDep,
    authCode: str = "",
    state: str = "",
) -> Response:
    try:
        back = finish_oauth(
            deps.settings, state, request.cookies.get(NONCE_COOKIE, ""), deps.clock()
        )
    except ValidationFailedError as exc:
        return _page("钉钉登录未完成", f"<p>{html.escape(exc.user_message)}</p>", 400)
    if not authCode:
        return _page("钉钉登录未完成", "<p>您没有同意授权，可以改用邀请链接进入面试。</p>", 400)
    # The interview page signs in with the code (single use) and drops it from the address; the
    # state goes along so the exchange itself is checked against this browser's nonce.
    query = urlencode({"authCode": authCode, "state": state})
    return RedirectResponse(f"{back}?{query}", status_code=302)


@router.get(
    "/u/{token}",
    summary="Opt out of recruiting e-mail or SMS (confirm page)",
    response_class=HTMLResponse,
    responses={404: {**_HTML_ERROR, "description": "Unknown or expired link (a page)"}},
)
async def opt_out_page(token: str, deps: ServicesDep) -> HTMLResponse:
    found = read_opt_out_token(token, deps.settings)
    if found is None:
        return _page("退订", f"<p>{BAD_OPT_OUT_LINK}</p>", 404)
    channel = CHANNEL_NAMES[found[1].value]
    form = (
        f"<p>{html.escape(OPT_OUT_CONFIRM_PAGE.format(channel=channel))}</p>"
        f'<form method="post" action="/u/{html.escape(token)}">'
        '<button type="submit">确认退订</button></form>'
    )
    return _page("退订招聘通知", form)


@router.post(
    "/u/{token}",
    summary="Opt out of recruiting e-mail or SMS",
    response_class=HTMLResponse,
    responses={404: {**_HTML_ERROR, "description": "Unknown or expired link (a page)"}},
)
async def opt_out(token: str, request: Request, deps: ServicesDep) -> HTMLResponse:
    found = read_opt_out_token(token, deps.settings)
    if found is None:
        return _page("退订", f"<p>{BAD_OPT_OUT_LINK}</p>", 404)
    candidate_id, channel = found
    await record_opt_out(
        candidate_id,
        channel,
        at=deps.clock(),
        ip=client_ip(request),
        user_agent=request.headers.get("user-agent", ""),
    )
    text = OPTED_OUT_PAGE.format(channel=CHANNEL_NAMES[channel.value])
    return _page("已退订", f"<p>{html.escape(text)}</p>")
