"""Steps 2 to 5: resumes to the bot, invitations, interviews on the mini-app, analysis."""

from __future__ import annotations

import asyncio
import json
import re
import time

from dinghire.demo.candidate import AnswerLog, InterviewApiError, InterviewPage, take_interview
from dinghire.demo.chat import card_text, message_text
from dinghire.demo.content import CANDIDATES, HR_NAME, HR_USER, DemoCandidate, resume_text
from dinghire.demo.documents import make_docx, make_pdf
from dinghire.demo.media import MediaToolMissingError, require_tools
from dinghire.demo.output import StepFailedError
from dinghire.demo.state import Applicant, DemoState

RESUME_TIMEOUT_S = 120.0
ANALYSIS_TIMEOUT_S = 20 * 60.0
_SCORE = re.compile(r"(\d+(?:\.\d+)?)\s*分")
LEVEL_LABELS = {"strong": "优秀 strong", "average": "一般 average", "weak": "较弱 weak"}
FORMAT_LABELS = {"pdf": "PDF 文件", "docx": "Word 文件", "text": "粘贴的文字"}
KIND_LABELS = {"self_introduction": "自我介绍", "question": "面试题", "follow_up": "追问"}


async def send_resumes(state: DemoState) -> None:
    """Step 2: 王芳 sends three resumes; each gives her a resume card with the match score."""
    for candidate in CANDIDATES:
        applicant = Applicant(candidate)
        state.applicants.append(applicant)
        since = await state.chat.last_seq()
        await _send_resume(state, candidate)
        try:
            cards = await state.chat.wait_for(
                since,
                lambda m: m.kind == "card" and m.recipient == HR_USER,
                timeout_s=RESUME_TIMEOUT_S,
            )
        except TimeoutError as exc:
            replies = [message_text(m) for m in await state.chat.sent(since)]
            raise StepFailedError(
                f"no resume card for {candidate.name} within {RESUME_TIMEOUT_S:.0f} s; "
                f"the bot said: {' / '.join(replies) or 'nothing'}"
            ) from exc
        card = await state.chat.card(cards[0].out_track_id)
        params = card.card_param_map
        applicant.resume_card = card.out_track_id
        applicant.application_id = int(params.get("application_id") or 0)
        if not applicant.application_id:
            raise StepFailedError(f"{candidate.name}: the resume matched no open job")
        matches = json.loads(params.get("matches") or "[]")
        score = matches[0].get("score") if matches else None
        applicant.match_score = "未评分" if score is None else f"{float(score):.0f}"
        state.out.info(
            f"{HR_NAME} → 机器人：{FORMAT_LABELS[candidate.resume_format]}「{candidate.file_name}」"
        )
        state.out.info(
            f"  卡片 card「{params.get('title', '')}」 {applicant.label} · "
            f"匹配度 match {applicant.match_score}"
        )
        state.out.block(params.get("matches_md", ""), limit=4)


async def _send_resume(state: DemoState, candidate: DemoCandidate) -> None:
    control = state.chat.control
    if candidate.resume_format == "pdf":
        data = make_pdf(candidate.resume_lines)
        await state.chat.call(control.send_file, HR_USER, data, candidate.file_name)
    elif candidate.resume_format == "docx":
        data = make_docx(candidate.resume_lines, candidate.education_table, table_after=3)
        await state.chat.call(control.send_file, HR_USER, data, candidate.file_name)
    else:
        await state.chat.call(control.send_text, HR_USER, resume_text(candidate))
    (state.workdir / "resumes").mkdir(exist_ok=True)
    path = state.workdir / "resumes" / candidate.file_name
    if candidate.resume_format == "text":
        path.write_text(resume_text(candidate), encoding="utf-8")
    else:
        path.write_bytes(data)


async def invite_all(state: DemoState) -> None:
    """Step 3: 王芳 taps 邀请面试 on each card; the links come to her to forward."""
    for applicant in state.applicants:
        since = await state.chat.last_seq()
        result = await state.chat.click(
            applicant.resume_card,
            HR_USER,
            {"action": "invite", "application_id": str(applicant.application_id)},
        )
        notice = result.get("card", {}).get("card_param_map", {}).get("notice", "")
        state.out.info(f"{applicant.label}：点击「邀请面试」 tapped invite → {notice}")
        applicant.invite_link = await _invite_link(state, applicant.candidate.name, since)
        state.out.info(f"  面试链接 interview link: {applicant.invite_link}")


async def _invite_link(state: DemoState, name: str, since: int) -> str:
    """The /i/ link: in the message HR gets to forward, or (e-mail or SMS on, as in the sandbox
    console) in what the candidate received."""
    link = await state.chat.wait_for_link(since, "/i/", name)
    if link is None:
        raise StepFailedError(f"no interview link for {name} reached {HR_NAME} or the candidate")
    return link


async def interviews(state: DemoState) -> None:
    """Step 4: each candidate opens the link and answers every question on the mini-app API."""
    if any(a.candidate.answer_mode != "text" for a in state.applicants):
        try:
            require_tools()
        except MediaToolMissingError as exc:
            raise StepFailedError(str(exc)) from exc
        state.out.info(
            "注 note：录像里的普通话由 espeak-ng 合成，Whisper-base 大多听不懂，"
            "所以决定排名的回答用文字输入（见 docs/demo.md）"
        )
    for number, applicant in enumerate(state.applicants):
        candidate = applicant.candidate
        page = InterviewPage(state.http, state.workdir / "media", pattern=number)
        applicant.page = page
        how = (
            "不同意录制，全部文字作答 declines recording, types every answer"
            if candidate.answer_mode == "text"
            else "自我介绍录像，其余文字作答 video self-introduction, typed answers"
        )
        level = LEVEL_LABELS.get(candidate.level, candidate.level)
        state.out.info(f"{candidate.name}（设定 {level}）打开链接，同意说明，{how}：")

        async def show(log: AnswerLog) -> None:
            kind = KIND_LABELS.get(log.kind, log.kind)
            how = f"录像 video ~{log.seconds:.0f} s" if log.seconds else "文字 text"
            question = log.question if len(log.question) <= 28 else log.question[:28] + "…"
            state.out.info(f"  第 {log.position} 题 [{kind}] {question} → {how}")

        try:
            applicant.run = await take_interview(page, candidate, applicant.invite_token, show)
        except InterviewApiError as exc:
            raise StepFailedError(f"{candidate.name}'s interview: {exc}") from exc
        state.out.info(f"  已提交 submitted（{applicant.run.status}）")


def _score_of(label: str) -> float | None:
    match = _SCORE.search(label)
    return float(match.group(1)) if match else None


async def wait_for_analysis(state: DemoState) -> None:
    """Step 5: the in-process jobs transcribe and score; the scored cards reach 王芳."""
    deadline = time.monotonic() + ANALYSIS_TIMEOUT_S
    done: set[int] = set()
    last_dot = 0.0
    while len(done) < len(state.applicants):
        cards = {c.out_track_id: c for c in await state.chat.cards()}
        for applicant in state.applicants:
            if applicant.application_id in done:
                continue
            card = cards.get(f"scored-{applicant.application_id}")
            if card is None:
                continue
            done.add(applicant.application_id)
            params = card.card_param_map
            applicant.scored_card = card.out_track_id
            applicant.overall_label = params.get("score", "")
            applicant.overall = _score_of(applicant.overall_label)
            applicant.report_link = params.get("report_url", "")
            state.pass_line = _score_of(params.get("pass_line", "") + "分")
            state.out.info(
                f"评分卡片 scored card → {HR_NAME}：{applicant.label} 总分 "
                f"{applicant.overall_label or '?'}（{params.get('confidence', '')}）"
            )
            state.out.block(card_text(card), limit=14)
        if len(done) == len(state.applicants):
            break
        if time.monotonic() > deadline:
            missing = [a.candidate.name for a in state.applicants if a.application_id not in done]
            statuses = await _progress_labels(state)
            raise StepFailedError(
                f"no scored card for {'、'.join(missing)} after {ANALYSIS_TIMEOUT_S / 60:.0f} "
                f"min (interview progress: {statuses}); see demo.log in the work directory"
            )
        if time.monotonic() - last_dot > 3:
            state.out.dot()
            last_dot = time.monotonic()
        await asyncio.sleep(0.5)


async def _progress_labels(state: DemoState) -> str:
    labels = []
    for applicant in state.applicants:
        if applicant.page is None:
            continue
        try:
            progress = await applicant.page.progress()
            labels.append(f"{applicant.candidate.name} {progress.get('label', '?')}")
        except InterviewApiError as exc:
            labels.append(f"{applicant.candidate.name} ({exc})")
    return ", ".join(labels)
