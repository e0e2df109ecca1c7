"""Steps 9 to 12: offer approval in DingTalk OA, the candidate accepts, pre-entry, training."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from dinghire.demo.chat import message_text
from dinghire.demo.content import (
    HR_HEAD_USER,
    HR_NAME,
    HR_USER,
    MANAGER_USER,
    OFFER_START_DATE,
)
from dinghire.demo.output import StepFailedError
from dinghire.demo.state import DemoState
from dinghire.demo.steps_hr import command

OFFER_API = "/api/v1/offer"
NAMES = {MANAGER_USER: "陈刚（用人经理）", HR_HEAD_USER: "李静（HR 负责人）", HR_USER: HR_NAME}


class OfferNotAvailableError(Exception):
    """The offer command is not there (yet): the remaining steps are skipped."""


async def request_offer(state: DemoState) -> str:
    """Step 9: 王芳 sends `录用 岗位 候选人`; an OA approval instance starts. Its id."""
    best = state.best
    if best is None:
        raise StepFailedError("no candidate was advanced, so there is nobody to make an offer to")
    before = {i["instance_id"] for i in await state.chat.call(state.chat.control.approvals)}
    text = f"录用 {state.job_id} {best.application_id} 入职 {OFFER_START_DATE}"
    if await command(state, text, limit=20) is None:
        raise OfferNotAvailableError("`录用` is not available in this build")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        items = await state.chat.call(state.chat.control.approvals)
        fresh = [i for i in items if i["instance_id"] not in before]
        if fresh:
            instance = fresh[0]
            state.out.info(
                f"钉钉审批已发起 OA approval started: {instance.get('title', '')} "
                f"（{instance['instance_id']}）"
            )
            for field in instance.get("formComponentValues", [])[:12]:
                value = str(field.get("value", ""))
                first, _, rest = value.partition("\n")
                state.out.info(f"  {field.get('name', '')}：{first}")
                if rest:
                    state.out.block(rest, limit=8)
            return str(instance["instance_id"])
        await asyncio.sleep(0.5)
    raise StepFailedError("no approval instance appeared in the emulator within 30 s")


async def approve(state: DemoState, instance_id: str) -> None:
    """Step 10: the hiring manager, then the HR head, approve; the offer notice goes out."""
    since = await state.chat.last_seq()
    control = state.chat.control
    for _ in range(6):
        instance: dict[str, Any] = await state.chat.call(control.approval, instance_id)
        if instance.get("status") != "RUNNING":
            break
        running = [t for t in instance.get("tasks", []) if t.get("status") == "RUNNING"]
        if not running:
            break
        user = str(running[0]["userId"])
        await state.chat.call(control.approve, instance_id, user, "同意录用")
        state.out.info(f"{NAMES.get(user, user)} 在钉钉审批中点了「同意」 approved")
        await asyncio.sleep(0.3)
    instance = await state.chat.call(control.approval, instance_id)
    state.out.info(f"审批状态 approval: {instance.get('status')} / {instance.get('result')}")
    # To HR to forward, or (e-mail or SMS on, as in the sandbox console) to the candidate.
    name = state.best.candidate.name if state.best is not None else ""
    link = await state.chat.wait_for_link(since, "/o/", name, name_in_chat=False, timeout_s=60)
    if link is None:
        raise StepFailedError("no offer notice with an /o/ link within 60 s of approval")
    for message in await state.chat.sent(since):
        state.out.info(f"  → {message.recipient}：{message.title}")
        state.out.block(message_text(message), limit=8)
    state.offer_link = link
    state.out.info(f"录用通知链接 offer link: {state.offer_link}")


async def accept(state: DemoState) -> None:
    """Step 11: the candidate opens the offer page and accepts through the offer API."""
    page = await state.http.get(state.offer_link)
    state.out.info(f"候选人打开 /o/ 页面 → HTTP {page.status_code}")
    if page.status_code != 200:
        raise StepFailedError(f"the offer page answered HTTP {page.status_code}")
    token = state.offer_link.rsplit("/o/", 1)[-1]
    auth = {"Authorization": f"Bearer {token}"}
    offer = await state.http.get(OFFER_API, headers=auth)
    if offer.status_code != 200:
        raise StepFailedError(f"GET {OFFER_API} answered HTTP {offer.status_code}: {offer.text}")
    body = offer.json()
    state.out.info(
        f"录用通知 offer: {body.get('job_title')} · {body.get('department')} · "
        f"月薪 {body.get('monthly_salary')} 元 · 入职 {body.get('start_date')} · "
        f"{body.get('status_label')}"
    )
    since = await state.chat.last_seq()
    state.accept_seq = since
    accepted = await state.http.post(
        f"{OFFER_API}/accept", headers=auth, json={"remark": "谢谢，我会按时入职。"}
    )
    if accepted.status_code != 200:
        raise StepFailedError(f"accepting the offer answered HTTP {accepted.status_code}")
    state.out.info(f"候选人点击「接受录用」 accepted → {accepted.json().get('status_label')}")
    progress = await state.http.get(f"{OFFER_API}/progress", headers=auth)
    if progress.status_code == 200:
        for step in progress.json().get("steps", []):
            detail = step.get("detail") or step.get("state")
            state.out.info(f"  入职进度 {step.get('label')}：{detail}")


async def preentry_and_training(state: DemoState) -> None:
    """Step 12: the pre-entry record in 智能人事 and the training suggestions to the manager."""
    control = state.chat.control
    deadline = time.monotonic() + 30
    entries: list[Any] = []
    while time.monotonic() < deadline:
        entries = await state.chat.call(control.preentries)
        if entries:
            break
        await asyncio.sleep(0.5)
    if not entries:
        raise StepFailedError("no pre-entry (待入职) record reached 智能人事 within 30 s")
    for entry in entries:
        state.out.info(
            f"智能人事 待入职 pre-entry: {entry.name} · {entry.mobile} · "
            f"入职 {entry.pre_entry_time or '?'}"
        )
        # Position and department first, then the interview summary the archive fields received.
        shown = [k for k in entry.fields if not k.startswith("sys00-")][:4]
        shown = [k for k in ("sys00-position", "sys00-dept") if k in entry.fields] + shown
        for key in shown:
            state.out.info(f"  {key}：{entry.fields[key]}")
    try:
        found = await state.chat.wait_for(
            state.accept_seq, lambda m: m.recipient == MANAGER_USER, timeout_s=30
        )
    except TimeoutError:
        state.out.note("用人经理没有收到培训建议 / no training suggestions reached the manager")
        return
    for message in found:
        state.out.info(f"  → {NAMES[MANAGER_USER]}：{message.title}")
        state.out.block(message_text(message), limit=14)
