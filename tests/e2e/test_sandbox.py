"""The sandbox console end to end: the real app and bot on PostgreSQL against the emulator,
driven from headless Chromium through the console the emulator serves at /_sandbox/.

The whole hire by clicking and typing: HR 王芳 picks herself, opens the workbench (免登), asks
帮助 in a new group, drags a PDF resume into the 1:1 chat, presses 邀请面试 on the bot's card
(the click goes through the stream callback); the candidate opens the link from 候选人手机 and
types every answer; the scored card arrives, 进入下一轮 and 发起录用; the hiring manager and the
HR head approve in 审批; the candidate accepts the offer; 智能人事 shows the pre-entry.
Screenshots go to a temporary folder (or DINGHIRE_TEST_E2E_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dinghire.demo.content import STRONG
from dinghire.demo.documents import make_pdf
from integrations.dingtalk.emulator.control_client import EmulatorControl
from integrations.dingtalk.emulator.testing import emulator_test_settings, start_test_emulator
from settings.dingtalk import DingTalkSettings
from tests.conftest import STREAM_PORT
from tests.e2e.browser import BASE_ARGS, chromium_path, sideways_overflow, wait_until
from tests.e2e.live_server import (
    LiveServer,
    e2e_settings,
    free_port,
    private_database,
    sandbox_app,
)
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.jobs.models import Job
from workflows.seed import demo_data

if TYPE_CHECKING:
    from playwright.sync_api import Frame, Page, ViewportSize

pytestmark = [pytest.mark.e2e, pytest.mark.postgres, pytest.mark.timeout(600)]

DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
ANSWER = (
    "我在上一家公司负责订单系统的重构：先梳理瓶颈，再拆分服务、引入缓存和消息队列，"
    "最后把接口延迟从八百毫秒降到一百二十毫秒，并带两位同事完成了上线和监控。"
)
HR = "hr_wangfang"  # 王芳 of the demo seed, synced into the emulator's org as `serve` does
STRONG_EMAIL = next(m for line in STRONG.resume_lines for m in re.findall(r"[\w.]+@[\w.]+", line))


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A private, migrated PostgreSQL database for this test, dropped afterwards."""
    with private_database("dinghire_sandbox") as url:
        yield url


@dataclass
class Emulator:
    """The emulator this test drives: its address, control client and DingTalk settings."""

    base_url: str
    control: EmulatorControl
    settings: DingTalkSettings


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """The emulator on this process's stream port: dingtalk_stream reads its endpoint once per
    process, so the bot can only reach that port. When the integration suite's session emulator
    already runs there, it is shared (reset to the seeded org first); otherwise one is started."""
    if _listening(STREAM_PORT):
        control = EmulatorControl(f"http://127.0.0.1:{STREAM_PORT}")
        control.reset()
        try:
            yield Emulator(control.base_url, control, emulator_test_settings(STREAM_PORT))
        finally:
            control.clear_faults()
            control.close()
        return
    handle = start_test_emulator(STREAM_PORT)
    try:
        yield Emulator(handle.base_url, handle.control, handle.settings)
    finally:
        handle.control.close()
        handle.server.stop()


@pytest.fixture
def live(chromium: str, pg_url: str, emulator: Emulator, tmp_path: Path) -> Iterator[LiveServer]:
    """The app with demo jobs, the bot, the mailbox and the console's host routes, like
    `dinghire serve` on the sandbox."""
    settings = e2e_settings(pg_url, tmp_path, emulator.settings, free_port())
    with sandbox_app(settings, emulator.control) as server:
        yield server


async def _a_candidate() -> int:
    return (await Candidate.create(masked_phone="139****0001")).id


async def _candidate_ids() -> list[int]:
    return list(await Candidate.all().values_list("id", flat=True))


async def _job_titles() -> list[str]:
    return sorted(await Job.all().values_list("title", flat=True))


async def _stage(application_id: int) -> str:
    return (await Application.get(id=application_id)).stage


def _open_on_phone(page: Page, kind: str) -> Frame:
    """候选人手机: the newest candidate link of that kind, in the console's 390 px phone frame."""
    from playwright.sync_api import expect

    page.locator(".tabs [data-tab=phone]").click()
    button = page.locator(f"#candidate-links [data-link*='{kind}']").first
    expect(button).to_be_visible()
    link = button.get_attribute("data-link") or ""
    button.click()
    return _phone_frame(page, link)


def _phone_frame(page: Page, link: str) -> Frame:
    """The phone frame once it shows `link`, checked for its phone layout."""
    from playwright.sync_api import expect

    expect(page.locator("#tab-phone")).to_be_visible()
    expect(page.locator("#phone-url")).to_have_text(link)
    handle = page.locator("#phone-frame").element_handle()
    assert handle is not None
    box = handle.bounding_box()
    assert box is not None and round(box["width"]) == PHONE["width"], box
    frame = handle.content_frame()
    assert frame is not None
    frame.wait_for_url(link)
    frame.wait_for_load_state()
    # The real page at 390 px: nothing wider than the phone.
    assert sideways_overflow(frame) <= 0, frame.url
    return frame


def _interview_in_text(phone: Frame) -> None:
    """The candidate opens the invitation on a phone and types every answer."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect

    expect(phone.locator("#welcome-start")).to_be_in_viewport()
    phone.click("#welcome-start")
    phone.check("#c-processing")
    phone.click("#consent-text-only")
    expect(phone.locator("#q-title")).to_have_text(re.compile(r"^第 1 / [2-9]\d* 题$"))
    total = int(re.findall(r"\d+", phone.locator("#q-title").inner_text())[1])
    for number in range(1, total + 1):
        expect(phone.locator("#q-title")).to_have_text(f"第 {number} / {total} 题")
        phone.click("#q-start")
        # Think time first on most questions: skip it when the page offers to.
        with contextlib.suppress(PlaywrightTimeoutError):
            phone.locator("#q-answer-now").click(timeout=3000)
        expect(phone.locator("#q-answer")).to_be_enabled(timeout=10_000)
        phone.fill("#q-answer", ANSWER)
        phone.click("#q-finish")
        expect(phone.locator("#u-title")).to_have_text(f"第 {number} 题已完成")
        phone.click("#u-next")
    expect(phone.locator("#u-title")).to_have_text("全部题目已完成")
    phone.click("#u-next")  # 提交面试
    expect(phone.locator("#screen-finish")).to_be_visible()


def _delayed_events(page: Page) -> None:
    """延迟事件: a chat message reaches the bot only after the delay, and is still answered."""
    from playwright.sync_api import expect

    page.locator("#delay-s").fill("3")
    page.locator("[data-fault=delay]").click()
    expect(page.locator("#fault-state")).to_contain_text("事件延迟 3 秒")
    page.locator(".tabs [data-tab=chat]").click()
    answers = page.locator(".msg.bot").count()
    page.locator("#text").fill("帮助")
    page.locator("#text").press("Enter")
    # The console waits for the delayed push; then the bot answers as usual.
    expect(page.locator(".msg.bot").nth(answers)).to_be_visible(timeout=30_000)
    page.locator(".tabs [data-tab=faults]").click()
    page.locator("[data-fault=clear]").click()
    expect(page.locator("#fault-state")).to_have_text("当前没有故障。")


def _layout(page: Page, shots: Path) -> None:
    """Every tab at 1280 px and on a 390 px phone: no sideways scroll, the tabs reachable."""
    from playwright.sync_api import expect

    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for tab in ("chat", "approvals", "hrm", "phone", "mailbox", "journey", "faults"):
            button = page.locator(f".tabs [data-tab={tab}]")
            button.scroll_into_view_if_needed()
            button.click()
            expect(page.locator(f"#tab-{tab}")).to_be_visible()
            assert sideways_overflow(page) <= 0, (viewport, tab)
        expect(page.locator("#who")).to_be_visible()
        page.locator("#reset-seed").scroll_into_view_if_needed()
        expect(page.locator("#reset-seed")).to_be_in_viewport()
    page.locator(".tabs [data-tab=chat]").click()
    expect(page.locator("#text")).to_be_visible()
    page.screenshot(path=str(shots / "sandbox-console-phone.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def _running_approver(emulator: Emulator, instance_id: str) -> str:
    """Whose turn it is (the test only reads it to know whom to become in the console)."""
    tasks = emulator.control.approval(instance_id)["tasks"]
    return str(next(t["userId"] for t in tasks if t["status"] == "RUNNING"))


def test_hr_sends_a_resume_and_invites_from_the_card_in_the_sandbox(
    live: LiveServer, emulator: Emulator, tmp_path: Path, chromium: str
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    shots = Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {shots}")
    resume = tmp_path / STRONG.file_name
    resume.write_bytes(make_pdf(STRONG.resume_lines))
    problems: list[str] = []
    url = f"{emulator.base_url}/_sandbox/?as={HR}&app={live.base_url}"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=[*BASE_ARGS])
        context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
        page = context.new_page()
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        page.on(
            "console",
            lambda m: problems.append(m.text) if m.type in ("error", "warning") else None,
        )
        try:
            page.goto(url)
            wait_until(page, "document.body.dataset.ready === '1'")
            expect(page.locator("#who option:checked")).to_contain_text("王芳")
            # 工作台: the HR console as this member, signed in with an emulator 免登 code.
            with page.expect_popup() as popup:
                page.locator("#workbench").click()
            console = popup.value
            expect(console.locator("#who")).to_contain_text("王芳", timeout=30_000)
            assert "code=" not in console.url, console.url
            console.close()
            # A group with the bot: 帮助 there is answered in the group.
            page.once("dialog", lambda dialog: dialog.accept("招聘讨论群"))
            page.locator("#new-group").click()
            expect(page.locator("#conv-title")).to_have_text("招聘讨论群")
            page.locator("#text").fill("帮助")
            page.locator("#text").press("Enter")
            expect(page.locator(".msg.me")).to_contain_text("帮助")
            expect(page.locator(".msg.bot").first).to_be_visible()
            page.locator("#conv-list button", has_text="钉聘（单聊）").click()
            expect(page.locator("#conv-title")).to_have_text("钉聘（单聊）")
            expect(page.locator(".msg")).to_have_count(0)
            # Drag the resume into the chat (a real drop event carrying the PDF).
            drop = page.evaluate_handle(
                """([bytes, name]) => {
                    const dt = new DataTransfer();
                    const data = new Uint8Array(bytes);
                    dt.items.add(new File([data], name, { type: "application/pdf" }));
                    return dt;
                }""",
                [list(resume.read_bytes()), STRONG.file_name],
            )
            page.dispatch_event(".chat", "drop", {"dataTransfer": drop})
            expect(page.locator(".msg.me")).to_contain_text(STRONG.file_name)
            card = page.locator(".msg.bot .card").filter(has_text=STRONG.name)
            expect(card).to_contain_text("新简历", timeout=90_000)
            invite = card.locator(".card-btn", has_text="邀请面试")
            expect(invite).to_be_visible()
            page.screenshot(path=str(shots / "sandbox-chat-card.png"), full_page=True)
            invite.click()
            expect(card.locator(".card-status")).to_contain_text("已邀请")
            expect(card.locator(".card-notice")).to_contain_text("面试")
            expect(card.locator(".card-btn", has_text="邀请面试")).to_have_count(0)
            # The invitation link reaches HR (to forward) or the candidate: the app says invited.
            track = card.get_attribute("data-out-track-id") or ""
            params = emulator.control.request("GET", f"/cards/{track}")["card_param_map"]
            assert live.run(_stage(int(params["application_id"]))) == Stage.INVITED
            page.screenshot(path=str(shots / "sandbox-chat-desktop.png"), full_page=True)
            page.set_viewport_size(PHONE)
            page.screenshot(path=str(shots / "sandbox-chat-phone.png"), full_page=True)
            page.set_viewport_size(DESKTOP)
            # Outside the org, the candidate is reached by e-mail: 邮件与短信 lists it by recipient.
            page.locator(".tabs [data-tab=mailbox]").click()
            mail = page.locator(f"#mailbox .recipient[data-recipient='{STRONG_EMAIL}'] .card.mail")
            expect(mail.first).to_contain_text("/i/")
            expect(mail.first).to_contain_text(STRONG.name)
            page.screenshot(path=str(shots / "sandbox-mailbox.png"), full_page=True)
            link = mail.first.locator("[data-link*='/i/']").first.get_attribute("data-link") or ""
            mail.first.locator("[data-link*='/i/']").first.click()
            # The candidate takes the interview in the console's phone frame, typing every answer.
            phone = _phone_frame(page, link)
            expect(phone.locator("#welcome-start")).to_be_visible()
            page.screenshot(path=str(shots / "sandbox-phone-desktop.png"))
            _interview_in_text(phone)
            page.locator(".tabs [data-tab=chat]").click()
            # The scored card reaches HR; 进入下一轮 (unless decided automatically), 发起录用.
            scored = page.locator(".msg.bot .card").filter(has_text="面试已评分").last
            expect(scored).to_be_visible(timeout=240_000)
            page.screenshot(path=str(shots / "sandbox-scored-card.png"), full_page=True)
            advance = scored.locator(".card-btn", has_text="进入下一轮")
            if advance.count():
                advance.click()
            offer = scored.locator(".card-btn", has_text="发起录用")
            expect(offer).to_be_visible()
            offer.click()
            expect(page.locator(".msg.bot").filter(has_text="录用审批").last).to_be_visible()
            instances = emulator.control.approvals()
            assert len(instances) == 1, instances
            instance_id = str(instances[0]["instance_id"])
            for _ in range(3):
                if emulator.control.approval(instance_id)["status"] != "RUNNING":
                    break
                approver = _running_approver(emulator, instance_id)
                page.goto(f"{emulator.base_url}/_sandbox/?as={approver}&app={live.base_url}")
                wait_until(page, "document.body.dataset.ready === '1'")
                page.locator(".tabs [data-tab=approvals]").click()
                item = page.locator(f".approval[data-instance-id='{instance_id}']")
                expect(item).to_contain_text("审批中")
                item.locator(".remark").fill("同意录用")
                page.screenshot(path=str(shots / "sandbox-approvals.png"), full_page=True)
                item.locator(".card-btn", has_text="同意").click()
                expect(item.locator(".card-btn", has_text="同意")).to_have_count(0)
            assert emulator.control.approval(instance_id)["result"] == "agree"
            # The offer link reaches the candidate (by e-mail here) and opens in the phone frame.
            page.goto(url)
            wait_until(page, "document.body.dataset.ready === '1'")
            page.locator(".tabs [data-tab=phone]").click()
            expect(page.locator("#candidate-links [data-link*='/o/']").first).to_be_visible(
                timeout=60_000
            )
            phone = _open_on_phone(page, "/o/")
            expect(phone.locator("#status-chip")).to_have_text("待你确认")
            # The offer's details come first; the accept button is one scroll down the phone.
            phone.locator("#btn-accept").scroll_into_view_if_needed()
            expect(phone.locator("#btn-accept")).to_be_in_viewport()
            phone.click("#btn-accept")
            phone.fill("#accept-remark", "我会按时报到")
            phone.click("#btn-accept-confirm")
            expect(phone.locator("#status-chip")).to_have_text("已接受")
            page.screenshot(path=str(shots / "sandbox-phone-offer.png"))
            # 智能人事 in the console shows the pre-entry as it arrived.
            page.locator(".tabs [data-tab=hrm]").click()
            expect(page.locator("#preentries .card")).to_contain_text(STRONG.name)
            expect(page.locator("#preentries .card")).to_contain_text("待入职")
            page.screenshot(path=str(shots / "sandbox-preentry.png"), full_page=True)
            page.locator(".tabs [data-tab=faults]").click()
            page.locator("[data-fault=throttle]").click()
            expect(page.locator("#fault-state")).to_contain_text("throttle /v1.0/robot/*")
            page.locator("[data-fault=clear]").click()
            expect(page.locator("#fault-state")).to_have_text("当前没有故障。")
            _delayed_events(page)
            _layout(page, shots)
        finally:
            context.close()
            browser.close()
    assert not problems, problems


def test_reset_and_seed_then_the_demo_journey_step_by_step(
    live: LiveServer, emulator: Emulator, tmp_path: Path, chromium: str
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    shots = Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=[*BASE_ARGS])
        context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
        page = context.new_page()
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        try:
            page.goto(f"{emulator.base_url}/_sandbox/?as={HR}&app={live.base_url}")
            wait_until(page, "document.body.dataset.ready === '1'")
            page.locator("#text").fill("帮助")
            page.locator("#text").press("Enter")
            expect(page.locator(".msg.bot").first).to_be_visible()
            # 重置并载入演示: a fresh org, DingHire's data emptied (a first playthrough's
            # candidate gone), the demo jobs seeded once and its staff synced into it again.
            assert live.run(_a_candidate()) in live.run(_candidate_ids())
            page.locator(".tabs [data-tab=faults]").click()
            page.once("dialog", lambda dialog: dialog.accept())
            page.locator("#reset-seed").click()
            expect(page.locator("#toast")).to_contain_text("已重置")
            assert live.run(_candidate_ids()) == []
            assert live.run(_job_titles()) == sorted(spec["title"] for spec in demo_data.JOBS)
            expect(page.locator("#who option:checked")).to_contain_text("王芳")
            page.locator(".tabs [data-tab=chat]").click()
            expect(page.locator(".msg.bot")).to_have_count(0)  # the emulator forgot the chat
            # The demo journey, one 下一步 at a time, through the same protocol paths.
            page.locator(".tabs [data-tab=journey]").click()
            steps = page.locator("#journey-steps .step")
            expect(steps).to_have_count(11)
            expect(steps.first).to_contain_text("投递三份简历")
            page.locator("#journey-next").click()
            first = page.locator("#journey-steps .step[data-step='2']")
            expect(first).to_have_attribute("data-status", "done", timeout=240_000)
            expect(first.locator(".step-output")).to_contain_text("第 2 步完成")
            page.locator("#journey-next").click()
            second = page.locator("#journey-steps .step[data-step='3']")
            expect(second).to_have_attribute("data-status", "done", timeout=120_000)
            page.screenshot(path=str(shots / "sandbox-journey.png"), full_page=True)
            # What happened is in the console: 王芳's cards, the invitations in the mailbox.
            page.locator(".tabs [data-tab=chat]").click()
            expect(page.locator(".msg.bot .card").nth(2)).to_be_visible()
            page.locator(".tabs [data-tab=mailbox]").click()
            expect(page.locator("#mailbox .recipient").nth(2)).to_be_visible()
            page.locator(".tabs [data-tab=journey]").click()
            page.locator("#journey-restart").click()
            expect(page.locator("#journey-steps .step[data-status=waiting]")).to_have_count(11)
        finally:
            context.close()
            browser.close()
    assert not problems, problems
