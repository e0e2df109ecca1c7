"""Steps 6 to 8: HR ranks, compares and decides in chat, exports to Excel, opens the reports."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from dinghire.demo.chat import card_actions, card_text, message_text, only_help, urls
from dinghire.demo.content import HR_NAME, HR_USER
from dinghire.demo.output import StepFailedError
from dinghire.demo.state import Applicant, DemoState
from integrations.dingtalk.emulator.models import SentMessage

CANDIDATE_NEWS_WAIT_S = 4.0


async def command(state: DemoState, text: str, *, limit: int = 14) -> list[SentMessage] | None:
    """HR sends `text`; the replies are printed. None when the bot does not know the command."""
    state.out.info(f"{HR_NAME} → 机器人：{text}")
    try:
        replies = await state.chat.say(HR_USER, text)
    except TimeoutError as exc:
        raise StepFailedError(f"the bot did not answer `{text}` within 60 s") from exc
    if only_help(replies):
        word = text.split()[0]
        state.out.note(f"`{word}` 还不可用（机器人回复了帮助）/ command not available yet")
        return None
    for reply in replies:
        state.out.block(await state.chat.describe(reply), limit=limit)
    return replies


async def rank_compare_decide(state: DemoState) -> None:
    """Step 6: 排名, 对比, then the pass-line recommendation confirmed in one tap."""
    job = state.job_id
    ids = " ".join(str(a.application_id) for a in state.applicants)
    await command(state, f"排名 {job}")
    await command(state, f"对比 {job} {ids}", limit=24)
    ranked = state.ranked()
    state.best, state.worst = ranked[0], ranked[-1]
    since = await state.chat.last_seq()
    confirmed = await _recommend_and_confirm(state, ranked)
    if not confirmed:
        await _decide_on_cards(state)
    await _show_candidate_news(state, since)


async def _recommend_and_confirm(state: DemoState, ranked: list[Applicant]) -> bool:
    """Check (or set) a pass line only the best clears, then 建议 and 一键确认 on its card."""
    job = state.job_id
    first, second = ranked[0].overall, ranked[1].overall
    if first is None or second is None or first - second < 1.0:
        state.out.note("最高分与第二名太接近，改为在评分卡片上逐个决定 / scores too close")
        return False
    if state.pass_line is not None and second < state.pass_line <= first:
        state.out.info(f"及格线 {state.pass_line:g} 分正好把第一名和其他人分开：")
        if await command(state, f"及格线 {job}") is None:
            return False
    else:
        line = math.floor((first + second) / 2)
        state.out.info(f"王芳把及格线设在第一名和第二名之间（{line} 分），只让最好的一位晋级：")
        if await command(state, f"及格线 {job} {line}") is None:
            return False
    replies = await command(state, f"建议 {job}")
    if replies is None:
        return False
    track = await _recommend_card(state, replies)
    if not track:
        state.out.note("没有收到「一键确认」卡片 / no confirmation card")
        return False
    card = await state.chat.card(track)
    buttons = [b for b in card_actions(card) if b.get("action") == "confirm_recommendations"]
    if not buttons:
        return False
    state.out.info(f"{HR_NAME} 在卡片上点击「一键确认」 taps confirm")
    result = await state.chat.click(track, HR_USER, {str(k): v for k, v in buttons[0].items()})
    params = result.get("card", {}).get("card_param_map", {})
    state.out.info(f"  卡片更新 card now: {params.get('status', '')} · {params.get('notice', '')}")
    return True


async def _recommend_card(state: DemoState, replies: list[SentMessage]) -> str:
    for reply in replies:
        if reply.out_track_id.startswith("recommend-"):
            return reply.out_track_id
    since = replies[0].seq - 1 if replies else 0
    try:
        found = await state.chat.wait_for(
            since, lambda m: m.out_track_id.startswith("recommend-"), timeout_s=15
        )
    except TimeoutError:
        return ""
    return found[0].out_track_id


async def _decide_on_cards(state: DemoState) -> None:
    """Fallback: 进入下一轮 on the best candidate's scored card, 淘汰 on the weakest's."""
    taps = ((state.best, "advance", "进入下一轮"), (state.worst, "reject", "淘汰"))
    for applicant, action, label in taps:
        if applicant is None or not applicant.scored_card:
            continue
        result = await state.chat.click(
            applicant.scored_card,
            HR_USER,
            {"action": action, "application_id": str(applicant.application_id)},
        )
        status = result.get("card", {}).get("card_param_map", {}).get("status", "")
        state.out.info(f"{HR_NAME} 点击 {applicant.label} 卡片上的「{label}」→ {status}")


async def _show_candidate_news(state: DemoState, since: int) -> None:
    """What the decisions sent: candidate feedback (or the text HR is asked to forward)."""
    await asyncio.sleep(CANDIDATE_NEWS_WAIT_S)  # the outbox dispatches within a few seconds
    news = [m for m in await state.chat.sent(since) if m.channel != "session_webhook"]
    news = [m for m in news if not m.out_track_id.startswith("recommend-")]
    if not news:
        state.out.note("没有发给候选人的消息 / no candidate messages were sent")
    state.out.info("决定发出的消息 messages after the decisions（候选人不是钉钉成员，由 HR 转告）:")
    for message in news:
        state.out.info(f"  → {message.recipient}：{message.title}")
        state.out.block(message_text(message), limit=10)


async def export_excel(state: DemoState) -> None:
    """Step 7: 导出 sends the workbook one-to-one; it is downloaded from the emulator."""
    since = await state.chat.last_seq()
    if await command(state, f"导出 {state.job_id}") is None:
        raise StepFailedError("the 导出 (export) command is not available")
    try:
        files = await state.chat.wait_for(
            since, lambda m: bool(m.media_id) and m.recipient == HR_USER, timeout_s=60
        )
    except TimeoutError as exc:
        raise StepFailedError("no Excel file reached 王芳 within 60 s") from exc
    message = files[0]
    data: bytes = await state.chat.call(state.chat.control.media, message.media_id)
    name = message.file_name or f"岗位{state.job_id}-候选人.xlsx"
    path = state.workdir / name
    path.write_bytes(data)
    state.excel_path = path
    rows = _excel_rows(path)
    state.out.info(f"已保存 saved: {path}（{len(data) // 1024 + 1} KB，{rows} 位候选人 rows）")


def _excel_rows(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        return sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(row))
    finally:
        book.close()


async def report_links(state: DemoState) -> None:
    """Step 8: each candidate's report link (报告 command), checked over HTTP."""
    for applicant in state.applicants:
        replies = await state.chat.say(HR_USER, f"报告 {applicant.application_id}")
        found = [u for r in replies for u in urls(await _text(state, r), "/r/")]
        if found:
            applicant.report_link = found[0]
        if not applicant.report_link:
            state.out.note(f"{applicant.label}: 没有报告链接 / no report link")
            continue
        response = await state.http.get(applicant.report_link, follow_redirects=True)
        state.out.info(f"{applicant.label} 报告 report: {applicant.report_link}")
        state.out.info(f"  GET → HTTP {response.status_code}")
        state.out.info(f"  {await _open_report(state, applicant.report_link)}")
    if state.excel_path is not None:
        state.out.info(f"Excel: {state.excel_path}")


async def _open_report(state: DemoState, link: str) -> str:
    """What the report page does with its link: sign in with `t`, then read the report."""
    parts = urlsplit(link)
    token = parse_qs(parts.query).get("t", [""])[0]
    signed = await state.http.post("/api/hr/session", json={"report_token": token})
    if signed.status_code != 200:
        return f"⚠ 报告登录失败 sign-in with the link failed: HTTP {signed.status_code}"
    auth = {"Authorization": f"Bearer {signed.json()['session_token']}"}
    app_id = parts.path.rsplit("/", 1)[-1]
    report = await state.http.get(f"/api/hr/reports/{app_id}", headers=auth)
    if report.status_code != 200:
        return f"⚠ 读取报告失败 reading the report failed: HTTP {report.status_code}"
    body = report.json()
    overall = body.get("overall", {})
    score = overall.get("score")
    dims = sum(1 for d in body.get("dimensions", []) if d.get("score") is not None)
    return (
        f"报告页数据 report data: {body.get('candidate', {}).get('name')} · 总分 "
        f"{'未评分' if score is None else f'{score:.1f}'}（{overall.get('confidence_label', '')}）"
        f" · {dims} 个维度有评分 · {len(body.get('answers', []))} 段作答"
    )


async def _text(state: DemoState, message: SentMessage) -> str:
    if message.out_track_id:
        return card_text(await state.chat.card(message.out_track_id))
    return message_text(message)
