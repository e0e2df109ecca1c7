"""The candidate's offer page end to end: real app with 智能人事 on a private emulator,
headless Chromium on a phone viewport (and a desktop screenshot).

Screenshots go to a temporary folder (or DINGHIRE_TEST_E2E_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from integrations.dingtalk.emulator.testing import EmulatorHandle, start_test_emulator
from tests.e2e.browser import BASE_ARGS, chromium_path
from tests.e2e.live_server import LiveServer
from tests.e2e.test_interview_page import DESKTOP, PHONE, _serving
from tests.integration.workflows.offers.onboarding_support import approved_offer
from tests.support import free_port
from workflows.links import offer_url
from workflows.offers.models import OnboardingMaterial

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n" + b"0" * 4096 + b"\n%%EOF"


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@pytest.fixture
def emulator() -> Iterator[EmulatorHandle]:
    """A private DingTalk emulator (its own port: no clash with the integration suite's)."""
    handle = start_test_emulator(free_port())
    try:
        yield handle
    finally:
        handle.control.close()
        handle.server.stop()


@pytest.fixture
def live(
    chromium: str, tmp_path: Path, sqlite_template: Path, emulator: EmulatorHandle
) -> Iterator[LiveServer]:
    """The app with DingTalk on against the emulator (the pre-entry goes to its 智能人事)."""
    with _serving(tmp_path, sqlite_template, emulator.settings) as server:
        yield server


async def _offer(server: LiveServer) -> int:
    assert server.container is not None
    offer = await approved_offer(server.container.vault)
    return offer.id


async def _materials(offer_id: int) -> int:
    return await OnboardingMaterial.filter(offer_id=offer_id, replaced=False).count()


def test_candidate_accepts_uploads_a_pdf_and_sees_the_progress(
    chromium: str, live: LiveServer, emulator: EmulatorHandle, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    offer_id = live.run(_offer(live))
    token = offer_url(live.settings, offer_id).rsplit("/o/", 1)[1]
    folder = Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=list(BASE_ARGS))
        context = browser.new_context(viewport=PHONE, locale="zh-CN", timezone_id="Asia/Shanghai")
        page: Any = context.new_page()
        page.on(
            "console",
            lambda m: (
                problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        try:
            page.goto(f"{live.base_url}/o/{token}")
            expect(page.locator("#status-chip")).to_have_text("待你确认")
            expect(page.locator("#offer-facts")).to_contain_text("¥26,000")
            expect(page.locator("#offer-facts")).to_contain_text("2026-12-15")
            expect(page.locator("#materials")).to_be_hidden()
            page.screenshot(path=str(folder / "offer-letter-phone.png"), full_page=True)

            page.click("#btn-accept")
            page.fill("#accept-remark", "我会按时报到")
            page.click("#btn-accept-confirm")
            expect(page.locator("#status-chip")).to_have_text("已接受")
            expect(page.locator("#materials")).to_be_visible()
            expect(page.locator('li[data-step="preentry"]')).to_have_class("done")
            materials = page.locator('li[data-step="materials"]')
            expect(materials).to_have_class("current")
            expect(materials.locator(".detail")).to_have_text("还缺：身份证、毕业证书、银行卡")

            page.select_option("#material-kind", "id_card")
            page.set_input_files(
                "#material-file",
                files=[{"name": "身份证.pdf", "mimeType": "application/pdf", "buffer": PDF}],
            )
            page.click("#btn-upload")
            expect(page.locator("#upload-status")).to_have_text("已上传：身份证")
            expect(materials.locator(".detail")).to_have_text("还缺：毕业证书、银行卡")
            expect(page.locator("#material-list")).to_contain_text("身份证.pdf")
            page.screenshot(path=str(folder / "offer-accepted-phone.png"), full_page=True)
            page.set_viewport_size(DESKTOP)
            page.screenshot(path=str(folder / "offer-accepted-desktop.png"), full_page=True)
        finally:
            context.close()
            browser.close()

    assert len(emulator.control.preentries()) == 1
    assert live.run(_materials(offer_id)) == 1
    assert problems == []
