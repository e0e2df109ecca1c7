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
import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dinghire.demo.content import STRONG
from dinghire.demo.documents import make_pdf
from dinghire.runtime import start_bot, stop_bot
from dinghire.sandbox import sync_staff
from integrations.dingtalk.emulator.control_client import EmulatorControl
from integrations.dingtalk.emulator.testing import emulator_test_settings, start_test_emulator
from settings import DatabaseSettings, StorageSettings, load_settings
from settings.dingtalk import DingTalkSettings
from settings.server import ServerSettings
from tests.conftest import STREAM_PORT, _admin
from tests.e2e.browser import BASE_ARGS, chromium_path, wait_until
from tests.e2e.live_server import LiveServer
from tests.support import POSTGRES_ADMIN_URL, free_port, run_in_thread
from workflows import db as dbmod
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.seed.service import seed_demo

if TYPE_CHECKING:
    from playwright.sync_api import Page, ViewportSize

pytestmark = [pytest.mark.e2e, pytest.mark.postgres, pytest.mark.timeout(600)]

DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
ANSWER = (
    "我在上一家公司负责订单系统的重构：先梳理瓶颈，再拆分服务、引入缓存和消息队列，"
    "最后把接口延迟从八百毫秒降到一百二十毫秒，并带两位同事完成了上线和监控。"
)
HR = "hr_wangfang"  # 王芳 of the demo seed, synced into the emulator's org as `serve` does


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A private, migrated PostgreSQL database for this test, dropped afterwards."""
    name = f"dinghire_sandbox_{os.getpid()}_{secrets.token_hex(3)}"
    url = f"{POSTGRES_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    run_in_thread(lambda: _admin(f'CREATE DATABASE "{name}"'))
    try:
        run_in_thread(lambda: dbmod.migrate(DatabaseSettings(url=url)))
        yield url
    finally:
        run_in_thread(lambda: _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


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
    """The app with demo jobs and the bot connected to the emulator, like `dinghire serve`."""
    port = free_port()
    settings = load_settings(
        strict=False,
        mode="test",
        # Links the bot sends (interview /i/, offer /o/) must point at this server.
        server=ServerSettings(public_base_url=f"http://127.0.0.1:{port}"),
        database=DatabaseSettings(url=pg_url, pool_max=4),
        storage=StorageSettings(root=tmp_path / "storage"),
        dingtalk=emulator.settings,
    )
    server = LiveServer(settings, port, real_analysis=True)
    server.start()
    runtime = None
    try:
        server.run(seed_demo())
        server.run(sync_staff(emulator.control))
        runtime = server.run(start_bot(server.container))  # type: ignore[arg-type]
        yield server
    finally:
        if runtime is not None:
            server.run(stop_bot(runtime))
        server.stop()


async def _stage(application_id: int) -> str:
    return (await Application.get(id=application_id)).stage


def _open_on_phone(page: Page, kind: str) -> Page:
    """候选人手机: the newest candidate link of that kind, opened in its phone window."""
    from playwright.sync_api import expect

    page.locator(".tabs [data-tab=phone]").click()
    button = page.locator(f"#candidate-links [data-link*='{kind}']").first
    expect(button).to_be_visible()
    with page.expect_popup() as popup:
        button.click()
    phone = popup.value
    phone.set_viewport_size(PHONE)
    page.locator(".tabs [data-tab=chat]").click()
    return phone


def _interview_in_text(phone: Page) -> None:
    """The candidate opens the invitation on a phone and types every answer."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect

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
            # The candidate has no DingTalk reach here: the link comes to HR to forward.
            expect(page.locator(".msg.bot").filter(has_text="/i/")).to_be_visible()
            page.screenshot(path=str(shots / "sandbox-chat-desktop.png"), full_page=True)
            page.set_viewport_size(PHONE)
            page.screenshot(path=str(shots / "sandbox-chat-phone.png"), full_page=True)
            page.set_viewport_size(DESKTOP)

            # The candidate takes the interview on a phone (a separate page: the app's pages may
            # not be framed by the emulator's origin), typing every answer.
            phone = _open_on_phone(page, "/i/")
            _interview_in_text(phone)
            phone.close()
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
            # HR receives the offer notice with the candidate's /o/ link.
            page.goto(url)
            wait_until(page, "document.body.dataset.ready === '1'")
            notice = page.locator(".msg.bot").filter(has_text="/o/").last
            expect(notice).to_be_visible(timeout=60_000)
            link = notice.locator("a[href*='/o/']").first.get_attribute("href") or ""
            assert "/o/" in link, link
            # The candidate opens the offer on a phone (a separate page: the app's pages may not
            # be framed by the emulator's origin) and accepts.
            phone = _open_on_phone(page, "/o/")
            assert phone.url == link, (phone.url, link)
            expect(phone.locator("#status-chip")).to_have_text("待你确认")
            phone.click("#btn-accept")
            phone.fill("#accept-remark", "我会按时报到")
            phone.click("#btn-accept-confirm")
            expect(phone.locator("#status-chip")).to_have_text("已接受")
            phone.close()
            # 智能人事 in the console shows the pre-entry as it arrived.
            page.locator(".tabs [data-tab=hrm]").click()
            expect(page.locator("#preentries .card")).to_contain_text(STRONG.name)
            expect(page.locator("#preentries .card")).to_contain_text("待入职")
            page.screenshot(path=str(shots / "sandbox-preentry.png"), full_page=True)
            page.locator(".tabs [data-tab=faults]").click()
            page.locator("[data-fault=throttle]").click()
            expect(page.locator("#fault-state")).to_contain_text("throttle /v1.0/robot/*")
        finally:
            context.close()
            browser.close()
    assert not problems, problems
