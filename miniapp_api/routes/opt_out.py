"""The unsubscribe link of candidates outside the org (e-mail or SMS). Thin: the rules are in
workflows.messaging.external."""

from __future__ import annotations

import html

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from miniapp_api.deps import ServicesDep, client_ip
from workflows.messaging.external import read_opt_out_token, record_opt_out
from workflows.messaging.external_texts import (
    CHANNEL_NAMES,
    OPT_OUT_CONFIRM_PAGE,
    OPTED_OUT_PAGE,
)

router = APIRouter(tags=["pages"])
NONCE_COOKIE = "dh_oauth_nonce"
BAD_OPT_OUT_LINK = "退订链接无效，请直接打开邮件中的链接，或联系 HR。"


def _page(title: str, body_html: str, status: int = 200) -> HTMLResponse:
    page = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1>{body_html}</body></html>"
    )
    return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-store"})


@router.get("/u/{token}", summary="Opt out of recruiting e-mail or SMS (confirm page)")
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


@router.post("/u/{token}", summary="Opt out of recruiting e-mail or SMS")
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
