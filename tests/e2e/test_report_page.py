"""The HR report page end to end: real app, headless Chromium, a stored report with a real WebM.

Screenshots go to a temporary folder (or DINGHIRE_TEST_E2E_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from integrations.dingtalk.emulator.testing import EmulatorHandle, start_test_emulator
from settings import DingTalkSettings
from tests.e2e.browser import BASE_ARGS, chromium_path, require_tool, wait_until
from tests.e2e.live_server import LiveServer
from tests.e2e.test_interview_page import _serving
from tests.integration.miniapp_api.harness import make_media
from tests.integration.miniapp_api.report_factory import (
    EVIDENCE_AT,
    NAME,
    BuiltReport,
    build_report,
    staff,
)
from tests.support import free_port
from workflows.links import report_url

if TYPE_CHECKING:
    from playwright.sync_api import ViewportSize

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 900}


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@pytest.fixture
def live(chromium: str, tmp_path: Path, sqlite_template: Path) -> Iterator[LiveServer]:
    """The app with DingTalk off (HR signs in with their own report link)."""
    with _serving(tmp_path, sqlite_template, DingTalkSettings(enabled=False)) as server:
        yield server


async def _report(server: LiveServer, media: bytes) -> BuiltReport:
    container = server.container
    assert container is not None
    return await build_report(container.vault, container.store, media)


def _link(server: LiveServer, application_id: int, staff_id: int) -> str:
    url = urlsplit(report_url(server.settings, application_id, staff_id=staff_id))
    return f"{server.base_url}{url.path}?{url.query}"


@pytest.fixture
def built(live: LiveServer, tmp_path: Path) -> BuiltReport:
    """A stored report whose second answer is an 8-second WebM made with ffmpeg."""
    require_tool("ffmpeg", shutil.which("ffmpeg"))
    media = make_media(tmp_path / "answer.webm", seconds=8.0, video=True)
    return live.run(_report(live, media))


@contextmanager
def _hr_page(
    browser_path: str, tmp_path: Path, user_agent: str | None = None
) -> Iterator[tuple[Any, list[str], Path]]:
    """A phone-sized page; console errors and warnings collected."""
    from playwright.sync_api import sync_playwright

    folder = Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=browser_path,
            headless=True,
            args=[*BASE_ARGS, "--autoplay-policy=no-user-gesture-required"],
        )
        context = browser.new_context(
            viewport=PHONE, locale="zh-CN", timezone_id="Asia/Shanghai", user_agent=user_agent
        )
        page = context.new_page()
        page.on(
            "console",
            lambda m: (
                problems.append(f"console.{m.type}: {m.text}")
                if m.type in ("error", "warning")
                else None
            ),
        )
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        try:
            yield page, problems, folder
        finally:
            context.close()
            browser.close()


def test_hr_opens_the_report_link_and_an_evidence_time_plays_the_recording_from_there(
    chromium: str, live: LiveServer, built: BuiltReport, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    hr = live.run(staff("hr_wangfang", "王芳", ["hr"]))
    with _hr_page(chromium, tmp_path) as (page, problems, shots):
        page.goto(_link(live, built.application_id, hr.id))
        expect(page.locator("body[data-ready='true']")).to_be_attached()
        expect(page.locator("#cand-name")).to_have_text(NAME)
        expect(page.locator("#job-title")).to_contain_text("高级后端开发工程师")
        expect(page.locator("tr.dim-row")).to_have_count(5)
        expect(page.locator("tr.dim-row[data-code='teamwork']")).to_contain_text("未评估")
        expect(page.locator("#na-list li")).to_have_count(2)
        expect(page.locator("#flags-list li[data-flag='looking_away']")).to_contain_text(
            "视线频繁偏离屏幕（第2题）"
        )
        expect(page.locator(".segments li")).to_have_count(3)
        # Which engine transcribed the recorded answer; the candidate confirmed its text.
        recorded = page.locator(f"#answer-{built.media_answer_id} .asr")
        expect(recorded).to_contain_text("转写：Whisper-base（离线）")
        expect(recorded.locator(".chip.ok")).to_have_text("候选人已核对并确认转写文字")
        expect(page.locator(".asr")).to_have_count(1)  # typed answers need no transcription
        # The single-use credential leaves the address bar once the session cookie is set.
        assert "t=" not in page.url
        page.screenshot(path=str(shots / "report-phone.png"), full_page=True)

        page.evaluate(
            """() => {
              window.__seeked = [];
              document.getElementById('media').addEventListener('seeked',
                (e) => window.__seeked.push(e.target.currentTime));
            }"""
        )
        quote = page.locator(
            f".evidence .ev-time[data-answer='{built.media_answer_id}']", has_text="00:03"
        )
        expect(quote).to_have_count(1)
        quote.click()
        expect(page.locator("#player-dock")).to_be_visible()
        wait_until(page, "window.__seeked.length > 0", timeout_s=20)
        seeked = page.evaluate("window.__seeked[0]")
        assert abs(seeked - EVIDENCE_AT) < 0.05, seeked
        src = page.evaluate("document.getElementById('media').currentSrc")
        assert src.endswith(f"/api/hr/answers/{built.media_answer_id}/media")
        assert page.evaluate("document.getElementById('media').duration") > 7
        page.screenshot(path=str(shots / "report-playing-phone.png"))

        page.set_viewport_size(DESKTOP)
        page.screenshot(path=str(shots / "report-desktop.png"), full_page=True)

    assert problems == []


def test_printing_hides_the_controls_and_starts_sections_on_new_pages(
    chromium: str, live: LiveServer, built: BuiltReport, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    hr = live.run(staff("hr_wangfang", "王芳", ["hr"]))
    with _hr_page(chromium, tmp_path) as (page, problems, shots):
        page.goto(_link(live, built.application_id, hr.id))
        expect(page.locator("body[data-ready='true']")).to_be_attached()
        expect(page.locator("#print-btn")).to_be_visible()
        page.locator(".evidence button.ev-time").first.click()
        expect(page.locator("#player-dock")).to_be_visible()

        page.emulate_media(media="print")
        expect(page.locator("#print-btn")).to_be_hidden()
        expect(page.locator("#player-dock")).to_be_hidden()
        expect(page.locator("#media")).to_be_hidden()
        for button in page.locator("button.btn").all():
            expect(button).to_be_hidden()
        expect(page.locator("#dims-table")).to_be_visible()
        expect(page.locator(".confidential")).to_be_visible()
        breaks = page.evaluate(
            "['review', 'answers'].map((id) => getComputedStyle(document.getElementById(id))"
            ".breakBefore)"
        )
        assert breaks == ["page", "page"]
        page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
        page.screenshot(path=str(shots / "report-print.png"), full_page=True)
        pdf = page.pdf(format="A4", print_background=True)
        (shots / "report.pdf").write_bytes(pdf)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        assert pages >= 3, pages

    assert problems == []


def test_a_staff_member_without_permission_sees_a_clear_chinese_refusal(
    chromium: str, live: LiveServer, built: BuiltReport, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    outsider = live.run(staff("emp_zhouqiang", "周强", []))
    with _hr_page(chromium, tmp_path) as (page, _problems, _shots):
        page.goto(_link(live, built.application_id, outsider.id))
        expect(page.locator("#state-error")).to_be_visible()
        expect(page.locator("#error-title")).to_have_text("没有查看权限")
        expect(page.locator("#error-message")).to_contain_text("仅 HR 与该岗位的用人经理可以查看")
        expect(page.locator("#report")).to_be_hidden()


# DingTalk's webview names itself in the user agent; the page keys 免登 off "DingTalk".
DINGTALK_UA = (
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Mobile Safari/537.36 AliApp(DingTalk/7.6.10) com.alibaba.android.rimet/37066"
)
JSAPI_URL = re.compile(r".*/static/interview/vendor/dingtalk-jsapi-[^/]*\.js$")


@pytest.fixture
def emulator() -> Iterator[EmulatorHandle]:
    """A private DingTalk emulator with the seeded test org (hr001 is its HR)."""
    handle = start_test_emulator(free_port())
    try:
        yield handle
    finally:
        handle.control.close()
        handle.server.stop()


@pytest.fixture
def dingtalk_live(
    chromium: str, tmp_path: Path, sqlite_template: Path, emulator: EmulatorHandle
) -> Iterator[LiveServer]:
    """The app with DingTalk on, against the emulator."""
    with _serving(tmp_path, sqlite_template, emulator.settings) as server:
        yield server


def test_inside_dingtalk_hr_signs_in_with_mianden_without_any_token(
    chromium: str, dingtalk_live: LiveServer, emulator: EmulatorHandle, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    require_tool("ffmpeg", shutil.which("ffmpeg"))
    live = dingtalk_live
    built = live.run(_report(live, make_media(tmp_path / "a.webm", seconds=4.0)))
    live.run(staff("hr001", "王芳", ["hr"]))
    code = emulator.control.auth_code("hr001")
    posted: list[dict[str, Any]] = []

    def fake_jsapi(route: Any) -> None:
        # Stands in for the vendored JSAPI: 免登 answers with the emulator's code.
        route.fulfill(
            content_type="text/javascript",
            body=(
                "window.dd = { runtime: { permission: { requestAuthCode: function (o) {"
                f" setTimeout(function () {{ o.onSuccess({{ code: {code!r} }}); }}, 0);"
                " } } } };"
            ),
        )

    with _hr_page(chromium, tmp_path, user_agent=DINGTALK_UA) as (page, problems, _):
        page.route(JSAPI_URL, fake_jsapi)
        page.on(
            "request",
            lambda r: (
                posted.append(r.post_data_json) if r.url.endswith("/api/hr/session") else None
            ),
        )
        page.goto(f"{live.base_url}/r/{built.application_id}")
        expect(page.locator("body[data-ready='true']")).to_be_attached()
        expect(page.locator("#cand-name")).to_have_text(NAME)
        expect(page.locator("#report-foot")).to_contain_text("查看人：王芳")

    assert posted == [{"dingtalk_auth_code": code}]
    assert problems == []
