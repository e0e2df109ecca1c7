"""The outcomes page end to end: real app, headless Chromium, a stored monthly report of a
cohort with a planted adverse impact. The HR head sees the alert, impact-ratio bars with the
four-fifths line, validity intervals and the drift table; ordinary HR is refused.

Screenshots go to a temporary folder (or DINGHIRE_TEST_E2E_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from settings import DingTalkSettings
from tests.e2e.browser import BASE_ARGS, chromium_path
from tests.e2e.live_server import LiveServer
from tests.e2e.test_interview_page import _serving
from tests.integration.workflows.outcomes.support import store_cohort
from workflows.outcomes.monthly import build_monthly_report
from workflows.staff.models import Staff
from workflows.staff.web_session import sign_web_session

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]


@pytest.fixture
def live(tmp_path: Path, sqlite_template: Path) -> Iterator[LiveServer]:
    """The app with DingTalk off; Debian's Chromium checked first."""
    chromium_path()
    with _serving(tmp_path, sqlite_template, DingTalkSettings(enabled=False)) as server:
        yield server


async def _staff_id(user_id: str) -> int:
    return (await Staff.get(dingtalk_user_id=user_id)).id


def _cookie(live: LiveServer, user_id: str) -> dict[str, object]:
    staff_id = live.run(_staff_id(user_id))
    secret = live.settings.security.secret_key.get_secret_value().encode()
    token = sign_web_session(staff_id, datetime.now(UTC) + timedelta(hours=1), secret)
    return {"name": "dinghire_hr", "value": token, "url": live.base_url}


def test_the_hr_head_sees_the_charts_and_ordinary_hr_is_refused(
    live: LiveServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    container = live.container
    assert container is not None
    live.run(store_cohort(container.vault, n=300), timeout=300)
    live.run(build_monthly_report(container.services, "2026-11"), timeout=300)
    folder = Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    head, hr = _cookie(live, "hr_lijing"), _cookie(live, "hr_wangfang")
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=[*BASE_ARGS]
        )
        try:
            context = browser.new_context(
                viewport={"width": 1280, "height": 900}, locale="zh-CN", timezone_id="Asia/Shanghai"
            )
            context.add_cookies([head])  # type: ignore[list-item]
            page = context.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(f"{live.base_url}/outcomes")
            expect(page.locator("#period")).to_have_text("2026-11 月报")
            expect(page.locator("#alert-list li.alert").first).to_contain_text("性别「女」")
            expect(page.locator("#fairness .chart").first).to_be_visible()
            # One bar per category of each attribute, and the dashed four-fifths line.
            gender = page.locator("#fairness .chart", has_text="面试评估 · 性别（通过率）")
            expect(gender.locator("rect")).to_have_count(2)
            expect(gender.locator("rect[fill='#f54a45']")).to_have_count(1)  # 女: adverse
            expect(gender.locator("line[stroke-dasharray]")).to_have_count(1)
            expect(page.locator("#validity .chart circle").first).to_be_attached()
            expect(page.locator("#drift table tr").first).to_be_visible()
            page.screenshot(path=str(folder / "outcomes-desktop.png"), full_page=True)
            page.locator("#fairness").screenshot(path=str(folder / "outcomes-fairness.png"))
            page.locator("#validity").screenshot(path=str(folder / "outcomes-validity.png"))

            # The same figures inside the HR console, with Chart.js.
            page.goto(f"{live.base_url}/console#/fairness")
            expect(page.locator("a[data-nav='fairness']")).to_be_visible()
            expect(page.locator("#fair-alerts li").first).to_contain_text("性别「女」")
            gender_box = page.locator(
                ".fair-chart[data-decision='面试评估'][data-attribute='gender']"
            )
            expect(gender_box.locator("canvas")).to_be_visible()
            expect(page.locator("#validity-table tbody tr").first).to_be_visible()
            page.screenshot(path=str(folder / "console-fairness.png"), full_page=True)
            context.close()

            other = browser.new_context(locale="zh-CN")
            other.add_cookies([hr])  # type: ignore[list-item]
            refused = other.new_page()
            refused.goto(f"{live.base_url}/outcomes")
            expect(refused.locator("#error-text")).to_contain_text("仅 HR 负责人和管理员")
            refused.goto(f"{live.base_url}/console#/jobs")
            expect(refused.locator("#nav")).to_be_visible()
            expect(refused.locator("a[data-nav='fairness']")).to_be_hidden()
            other.close()
        finally:
            browser.close()
    assert problems == [] or all("403" in p for p in problems), problems
