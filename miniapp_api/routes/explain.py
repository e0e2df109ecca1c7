"""The candidate's explanation page /x/{token} (PIPL Art. 24): the assessed dimensions with the
evidence behind them, and a form to request a human review, which becomes an HR task.

Server-rendered without scripts, so it works in any browser the decision message opens in."""

from __future__ import annotations

from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse

from miniapp_api.deps import ServicesDep
from miniapp_api.schemas import ERRORS
from workflows.links import verify_explain_token
from workflows.outcomes.explain import Explanation, explanation, request_review

router = APIRouter(tags=["pages"])
STYLE = "/static/offer/offer.css"


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)}</title><link rel='stylesheet' href='{STYLE}'></head>"
        f"<body><main class='page'><h1>{escape(title)}</h1>{body}</main></body></html>"
    )


def render(why: Explanation, token: str, *, sent: bool = False) -> str:
    """The page body."""
    parts = [f"<p>当前状态：{escape(why.stage_label)}</p>"]
    if why.overall is not None:
        line = f"综合得分：{why.overall:.1f}"
        if why.pass_line is not None:
            line += f"（岗位及格线 {why.pass_line:g}）"
        parts.append(f"<p>{escape(line)}</p>")
    if why.dimensions:
        items = []
        for d in why.dimensions:
            if d.score is None:
                items.append(
                    f"<li>{escape(d.name)}：未评估（{escape(d.note or '回答不足以评估')}）</li>"
                )
                continue
            quotes = "".join(f"<li>「{escape(q)}」</li>" for q in d.evidence)
            items.append(
                f"<li>{escape(d.name)}：{d.score:.1f}/10"
                + (f"<ul class='evidence'>{quotes}</ul>" if quotes else "")
                + "</li>"
            )
        parts.append("<h2>各能力维度与依据</h2><ul>" + "".join(items) + "</ul>")
    parts.append(f"<p>{escape(why.what_we_use)}</p>")
    if sent or why.review_open:
        parts.append("<p class='notice'>你的人工复核申请已提交，招聘负责人会尽快答复。</p>")
    else:
        parts.append(
            f"<h2>申请人工复核</h2><p>{escape(why.how_to_review)}</p>"
            f"<form method='post' action='/x/{escape(token)}/review'>"
            "<textarea name='reason' maxlength='500' required placeholder='请写明理由'></textarea>"
            "<button type='submit'>提交复核申请</button></form>"
        )
    return "".join(parts)


# The pages are HTML, their refusals (a bad or expired link) the usual JSON error body.
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {**spec, "content": {"application/json": {}}} for code, spec in ERRORS.items()
}


@router.get(
    "/x/{token}",
    response_class=HTMLResponse,
    responses=_ERRORS,
    summary="The candidate's explanation",
)
async def explanation_page(token: str, deps: ServicesDep) -> HTMLResponse:
    """Dimensions, evidence and the review form."""
    app_id = verify_explain_token(token, deps.secret, deps.clock())
    why = await explanation(app_id, deps.vault)
    return _page(f"《{why.job_title}》评估说明", render(why, token))


@router.post(
    "/x/{token}/review",
    response_class=HTMLResponse,
    responses=_ERRORS,
    summary="Request a human review",
)
async def review_request(
    token: str, deps: ServicesDep, reason: Annotated[str, Form(max_length=2000)] = ""
) -> HTMLResponse:
    """Create the HR review task and show the page again with the confirmation."""
    app_id = verify_explain_token(token, deps.secret, deps.clock())
    await request_review(app_id, reason, deps)
    why = await explanation(app_id, deps.vault)
    return _page(f"《{why.job_title}》评估说明", render(why, token, sent=True))
