"""The HR console end to end on PostgreSQL: real app, DingTalk 免登 through the emulator,
headless Chromium on a desktop and a 390 px phone.

A new HR user sets up a job from nothing (competency model copied from the library, questions
imported from Excel, a question set, the job itself), imports a candidate, invites them from
the board and sees the funnel move; a question about marriage is refused with the reason; a
hiring manager sees only their job; an ordinary employee sees nothing.

Screenshots go to a temporary folder (or DINGHIRE_TEST_E2E_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from integrations.dingtalk.emulator.testing import EmulatorHandle, start_test_emulator
from tests.e2e.browser import BASE_ARGS, chromium_path, wait_until
from tests.e2e.live_server import LiveServer, e2e_settings, live_app, private_database
from tests.support import free_port
from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.jobs.models import Job
from workflows.privacy.models import AuditLog
from workflows.staff.models import Department, Staff

if TYPE_CHECKING:
    from playwright.sync_api import Page, ViewportSize

pytestmark = [pytest.mark.e2e, pytest.mark.postgres, pytest.mark.timeout(900)]

PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1366, "height": 900}
DINGTALK_UA = (
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Mobile Safari/537.36 AliApp(DingTalk/7.6.10) com.alibaba.android.rimet/37066"
)
JSAPI = re.compile(r".*/static/interview/vendor/dingtalk-jsapi-[^/]*\.js$")
HR, MANAGER, EMPLOYEE = "hr001", "mgr001", "emp001"  # the emulator's seeded org


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A private, migrated PostgreSQL database for this test, dropped afterwards."""
    with private_database("dinghire_console") as url:
        yield url


@pytest.fixture
def emulator() -> Iterator[EmulatorHandle]:
    """A private DingTalk emulator with its seeded test org."""
    handle = start_test_emulator(free_port())
    try:
        yield handle
    finally:
        handle.control.close()
        handle.server.stop()


@pytest.fixture
def live(
    chromium: str, pg_url: str, emulator: EmulatorHandle, tmp_path: Path
) -> Iterator[LiveServer]:
    """The app on PostgreSQL with DingTalk on against the emulator."""
    with live_app(e2e_settings(pg_url, tmp_path, emulator.settings, free_port())) as server:
        yield server


async def _org() -> None:
    dept = await Department.create(dingtalk_dept_id=2, name="技术研发部")
    await Staff.create(dingtalk_user_id=HR, name="王芳", roles=["hr"], department=dept)
    await Staff.create(dingtalk_user_id=MANAGER, name="陈刚", roles=["manager"], department=dept)
    await Staff.create(dingtalk_user_id=EMPLOYEE, name="张伟", roles=[], department=dept)
    other = await Staff.create(dingtalk_user_id="mgr_other", name="赵敏", roles=["manager"])
    await Job.create(title="大客户销售（他人负责）", hiring_manager=other)


def _fake_jsapi(code: str) -> str:
    return (
        "window.dd = { runtime: { permission: { requestAuthCode: function (o) {"
        f" setTimeout(function () {{ o.onSuccess({{ code: {code!r} }}); }}, 0); }} }} }} }};"
    )


class Shots:
    """Full-page screenshots into one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        print(f"\nscreenshots: {folder}")

    def take(self, page: Page, name: str, *, full_page: bool = True) -> None:
        """Save `name`.png of the whole page (or of the screen only)."""
        page.screenshot(path=str(self.folder / f"{name}.png"), full_page=full_page)


@contextmanager
def _console(
    chromium: str,
    emulator: EmulatorHandle,
    user: str,
    viewport: ViewportSize,
    user_agent: str | None = DINGTALK_UA,
) -> Iterator[tuple[Page, list[str]]]:
    """A page inside "DingTalk" signed in as `user` (a fresh auth code per JSAPI load)."""
    from playwright.sync_api import expect, sync_playwright

    # A shared 2-core machine: sign-in and charts may take longer than Playwright's 5 s.
    expect.set_options(timeout=20_000)
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=[*BASE_ARGS])
        context = browser.new_context(
            viewport=viewport,
            locale="zh-CN",
            timezone_id="Asia/Shanghai",
            user_agent=user_agent,
            accept_downloads=True,
        )
        page = context.new_page()
        page.route(
            JSAPI,
            lambda route: route.fulfill(
                content_type="text/javascript",
                body=_fake_jsapi(emulator.control.auth_code(user)),
            ),
        )
        page.on(
            "console",
            lambda m: (
                problems.append(f"console.{m.type}: {m.text}")
                if m.type in ("error", "warning")
                else None
            ),
        )
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        page.set_default_timeout(20_000)
        try:
            yield page, problems
        finally:
            context.close()
            browser.close()


def _xlsx(folder: Path, name: str, rows: list[list[Any]]) -> Path:
    path = folder / name
    path.write_bytes(workbook_bytes(rows))
    return path


def _import(page: Page, path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(page.url.split("#")[0] + "#/import")
    page.locator("#import-file").set_input_files(str(path))
    page.locator("#import-send").click()
    expect(page.locator("#import-result .alert.ok")).to_be_visible()


async def _stage(title: str) -> list[str]:
    job = await Job.get(title=title)
    return [a.stage for a in await Application.filter(job_id=job.id)]


def test_new_hr_sets_up_a_job_and_invites_from_the_board(
    chromium: str, live: LiveServer, emulator: EmulatorHandle, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    live.run(_org())
    shots = Shots(Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "shots"))
    base = f"{live.base_url}/console"
    with _console(chromium, emulator, HR, DESKTOP) as (page, problems):
        page.goto(base)
        expect(page.locator("#who")).to_have_text("王芳 · HR")
        wait_until(page, "document.body.dataset.ready === '1'")

        # A competency model copied from the starter library, then saved from its form.
        page.goto(f"{base}#/models")
        starter = page.locator(".starter", has=page.locator("[data-starter='backend']"))
        starter.locator("input").fill("后端工程师模型（控制台）")
        starter.locator("[data-starter='backend']").click()
        expect(page.locator("#view h1")).to_have_text("能力模型 · 后端工程师模型（控制台）")
        expect(page.locator("#weight-total")).to_have_text("权重合计 100.0%")
        expect(page.locator("fieldset.dimension")).to_have_count(5)
        shots.take(page, "console-model-desktop")

        # A question about marriage and childbearing is refused with the reason, as typed.
        page.goto(f"{base}#/questions")
        page.locator("#question-form textarea[name='text']").fill("你结婚了吗？近期有生育计划吗？")
        expect(page.locator("#compliance .alert.danger")).to_contain_text("婚姻状况")
        page.locator("#save-question").click()
        refusal = page.locator("#form-errors .alert.danger")
        expect(refusal).to_contain_text("生育计划")
        expect(refusal).to_contain_text("人社部发〔2019〕17号")
        shots.take(page, "console-compliance-desktop")

        # Questions from Excel (they land in a question set named in the file).
        _import(
            page,
            _xlsx(
                tmp_path,
                "题库.xlsx",
                [
                    ["题目", "类型", "能力维度", "题本"],
                    ["请做一个简短的自我介绍。", "自我介绍", "", "后端导入题本"],
                    ["讲一次你定位线上故障根因的经历。", "行为", "problem_solving", "后端导入题本"],
                    ["设计一个高可用的分布式限流方案。", "技术", "backend_expertise", ""],
                ],
            ),
        )
        expect(page.locator("#import-result")).to_contain_text("新增 3")

        # A new question set from the bank, previewed as the candidate sees it.
        page.goto(f"{base}#/sets/new")
        page.locator("#set-form input[name='name']").fill("后端一面题本")
        for text in ("请做一个简短的自我介绍。", "设计一个高可用的分布式限流方案。"):
            page.locator(".bank li", has_text=text).locator("button").click()
        expect(page.locator("#set-total")).to_contain_text("共 2 题")
        page.locator("#save-set").click()
        expect(page.locator("#preview .candidate-q")).to_have_count(2)

        # The job: department-scoped, with the new model and set.
        page.goto(f"{base}#/jobs/new")
        form = page.locator("#job-form")
        form.locator("input[name='title']").fill("后端开发工程师（控制台）")
        form.locator("select[name='department_id']").select_option(label="技术研发部")
        form.locator("input[name='city']").fill("杭州")
        form.locator("select[name='hiring_manager_id']").select_option(label="陈刚")
        form.locator("select[name='competency_model_id']").select_option(
            label="后端工程师模型（控制台）"
        )
        form.locator("select[name='question_set_id']").select_option(label="后端一面题本")
        form.locator("input[name='pass_line']").fill("65")
        form.locator("input[name='req_required']").fill("Java、MySQL")
        shots.take(page, "console-job-form-desktop")
        page.locator("#save-job").click()
        expect(page.locator("#view h1")).to_have_text("看板 · 后端开发工程师（控制台）")
        job_id = int(page.url.rsplit("/", 2)[-2])

        # A candidate from Excel, invited from the board; the funnel moves.
        _import(
            page,
            _xlsx(
                tmp_path,
                "候选人.xlsx",
                [["姓名", "手机", "岗位编号"], ["李雷", "13912345678", job_id]],
            ),
        )
        page.goto(f"{base}#/jobs/{job_id}/board")
        new = page.locator("[data-column='new']")
        expect(new.locator(".board-card")).to_have_count(1)
        expect(new).to_contain_text("李雷")
        page.goto(f"{base}#/dashboard/{job_id}")
        expect(page.locator("#funnel-table tr[data-step='已邀请'] td").nth(1)).to_have_text("0")

        page.goto(f"{base}#/jobs/{job_id}/board")
        page.locator("[data-column='new'] .board-card input[type='checkbox']").check()
        page.locator("#bulk-bar [data-action='invite']").click()
        expect(page.locator("#bulk-bar")).to_contain_text("确认向 1 位候选人发出面试邀请？")
        page.locator("#bulk-confirm").click()
        expect(page.locator("#toast")).to_contain_text("邀请面试：成功 1 位")
        expect(page.locator("[data-column='invited'] .board-card")).to_contain_text("李雷")
        shots.take(page, "console-board-desktop")
        page.locator("[data-column='invited'] .board-card a", has_text="李雷").click()
        expect(page.locator("#timeline")).to_contain_text("进入「已邀请」：邀请参加线上面试")
        expect(page.locator("#timeline")).to_contain_text("面试邀请（第 1 次")
        shots.take(page, "console-candidate-desktop")
        page.goto(f"{base}#/dashboard/{job_id}")
        expect(page.locator("#funnel-table tr[data-step='已邀请'] td").nth(1)).to_have_text("1")
        wait_until(page, "document.body.dataset.charts === 'drawn'")
        page.locator("#what-if-line").fill("50")
        expect(page.locator("#what-if")).to_contain_text("及格线设为 50 分")
        shots.take(page, "console-dashboard-desktop")
        # The one failed request the browser logs is the refused question (422).
        assert [p for p in problems if "status of 422" not in p] == []

    assert live.run(_stage("后端开发工程师（控制台）")) == [Stage.INVITED]
    audited = set(live.run(_audit_actions()))
    assert {
        "console.model.copied",
        "console.set.created",
        "console.job.created",
        "console.bulk.invite",
        "spreadsheet.imported",
    } <= audited

    # The candidate opens the invitation: the new job and its new question set.
    token = live.run(_invite_token(live, "后端开发工程师（控制台）"))
    with _console(chromium, emulator, HR, PHONE, user_agent=None) as (page, problems):
        page.goto(f"{live.base_url}/i/{token}")
        expect(page.locator("#w-job")).to_have_text("后端开发工程师（控制台）")
        expect(page.locator("#w-count")).to_contain_text("2")
        shots.take(page, "console-candidate-welcome-phone")
        assert problems == []

    # On a 390 px phone: the same board and dashboard, readable.
    with _console(chromium, emulator, HR, PHONE) as (page, problems):
        page.goto(f"{base}#/jobs/{job_id}/board")
        expect(page.locator("[data-column='invited']")).to_contain_text("李雷")
        _no_sideways_scroll(page)
        shots.take(page, "console-board-phone")
        page.goto(f"{base}#/dashboard/{job_id}")
        wait_until(page, "document.body.dataset.charts === 'drawn'")
        _no_sideways_scroll(page)
        shots.take(page, "console-dashboard-phone")
        assert problems == []

    # The hiring manager sees only their job, read-only.
    with _console(chromium, emulator, MANAGER, PHONE) as (page, problems):
        page.goto(base)
        expect(page.locator("#who")).to_have_text("陈刚 · 用人经理")
        expect(page.locator(".job-row")).to_have_count(1)
        expect(page.locator(".job-row")).to_contain_text("后端开发工程师（控制台）")
        expect(page.locator("#new-job")).to_have_count(0)
        expect(page.locator("[data-nav='questions']")).to_be_hidden()
        page.goto(f"{base}#/jobs/{job_id}/board")
        expect(page.locator("[data-column='invited']")).to_contain_text("李雷")
        expect(page.locator(".board-card input[type='checkbox']")).to_have_count(0)
        shots.take(page, "console-manager-phone")
        assert problems == []

    # A desktop browser outside DingTalk: a 免登 code in the address, used once and removed.
    with _console(chromium, emulator, HR, DESKTOP, user_agent=None) as (page, problems):
        page.goto(f"{base}?code={emulator.control.auth_code(HR)}#/jobs")
        expect(page.locator("#who")).to_have_text("王芳 · HR")
        expect(page.locator(".job-row")).to_have_count(2)
        assert "code=" not in page.url
        assert problems == []

    # An ordinary employee sees nothing.
    with _console(chromium, emulator, EMPLOYEE, PHONE) as (page, _):
        page.goto(base)
        expect(page.locator("#error-message")).to_have_text(
            "你没有招聘控制台的访问权限，如需开通请联系 HR 负责人"
        )
        expect(page.locator("#view")).to_be_hidden()
        shots.take(page, "console-employee-phone")


async def _invite_token(server: LiveServer, title: str) -> str:
    from workflows.invitations.delivery import invite_token
    from workflows.invitations.models import Invitation

    job = await Job.get(title=title)
    invitation = await Invitation.get(application__job_id=job.id)
    return invite_token(invitation, server.settings)


async def _audit_actions() -> list[str]:
    return [str(a) for a in await AuditLog.all().values_list("action", flat=True)]


def _no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide on a 390 px phone"


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "杰", "涛", "明", "超")
DIMENSIONS = (("communication", "沟通表达"), ("problem_solving", "问题解决"),
              ("teamwork", "团队协作"), ("backend_expertise", "后端技术"))  # fmt: skip
PATH = (Stage.SCREENED, Stage.INVITED, Stage.INTERVIEWING, Stage.SUBMITTED, Stage.SCORED)


async def _pipeline(server: LiveServer, n: int) -> int:
    """A job with n applications spread over the stages, scored ones with reports."""
    import random
    from datetime import UTC, datetime, timedelta

    from workflows.applications.models import StageHistory
    from workflows.applications.rank_score import rank_score
    from workflows.assessments.models import Report
    from workflows.candidates.models import Candidate
    from workflows.interviews.models import Answer, AnswerMode, InterviewSession
    from workflows.privacy import contexts

    assert server.container is not None
    vault = server.container.vault
    rng = random.Random(5)
    manager = await Staff.get(dingtalk_user_id=MANAGER)
    job = await Job.create(
        title="高级后端开发工程师", city="杭州", pass_line=65, headcount=3, hiring_manager=manager
    )
    start = datetime.now(UTC) - timedelta(days=20)
    for i in range(n):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)]
        cand = await Candidate.create(name_enc=vault.encrypt(name, context=contexts.CANDIDATE_NAME))
        roll = rng.random()
        steps = PATH[: 1 + int(roll * len(PATH))]
        final = steps[-1]
        if final is Stage.SCORED and rng.random() < 0.3:
            steps, final = (*steps, Stage.SHORTLISTED), Stage.SHORTLISTED
        elif final is Stage.SCREENED and rng.random() < 0.2:
            steps, final = (*steps, Stage.REJECTED), Stage.REJECTED
        match = round(rng.uniform(45, 95), 1)
        dims = [(c, nm, round(rng.uniform(4, 9.5), 1)) for c, nm in DIMENSIONS]
        overall = round(10 * sum(s for *_, s in dims) / len(dims), 1)
        scored = Stage.SCORED in steps
        app = await Application.create(
            candidate=cand,
            job=job,
            stage=final,
            source_channel=rng.choice(("dingtalk_bot", "excel_import")),
            match_score=match,
            overall_score=overall if scored else None,
            rank_score=rank_score(overall if scored else None, match),
            recommendation=("advance" if overall >= 65 else "reject") if scored else "",
        )
        at = start + timedelta(hours=rng.uniform(0, 72))
        await Application.filter(id=app.id).update(created_at=at)
        if Stage.INTERVIEWING in steps:
            # Five questions; those still interviewing stopped part-way.
            session = await InterviewSession.create(application=app, started_at=at)
            answered = 5 if Stage.SUBMITTED in steps else rng.randint(0, 4)
            for node in range(answered):
                await Answer.create(session=session, node_index=node, mode=AnswerMode.TEXT)
        previous = Stage.RECEIVED
        for stage in steps:
            at += timedelta(hours=rng.uniform(2, 60))
            await StageHistory.create(
                application=app, from_stage=previous, to_stage=stage, actor="staff:hr001", at=at
            )
            previous = stage
        if scored:
            await Report.create(
                application=app,
                analyser_version="e2e",
                overall_score=overall,
                confidence=0.8,
                dimensions=[{"code": c, "name": nm, "score": s} for c, nm, s in dims],
                flags=["multiple_faces"] if rng.random() < 0.1 else [],
                is_current=True,
            )
    return job.id


def test_a_busy_board_and_dashboard_read_well_on_desktop_and_phone(
    chromium: str, live: LiveServer, emulator: EmulatorHandle, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    live.run(_org())
    job_id = live.run(_pipeline(live, 48))
    shots = Shots(Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "shots"))
    base = f"{live.base_url}/console"
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        with _console(chromium, emulator, HR, viewport) as (page, problems):
            page.goto(f"{base}#/jobs/{job_id}/board")
            scored = page.locator("[data-column='scored']")
            expect(scored.locator(".board-card").first).to_be_visible()
            everyone = scored.locator(".count").inner_text()
            shots.take(page, f"console-busy-board-{label}")
            shots.take(page, f"console-busy-board-{label}-screen", full_page=False)
            page.locator("#board-filters input[name='min_overall']").fill("80")
            page.locator("#board-filters button").click()
            expect(scored.locator(".count")).not_to_have_text(everyone)
            for card in scored.locator(".board-card").all():
                line = card.locator(".muted").inner_text()
                assert int(line.split("面试 ")[1].split(" ")[0]) >= 80, line
            page.goto(f"{base}#/dashboard/{job_id}")
            wait_until(page, "document.body.dataset.charts === 'drawn'")
            expect(page.locator("#funnel-table tr[data-step='已收到'] td").nth(1)).to_have_text(
                "48"
            )
            shots.take(page, f"console-busy-dashboard-{label}-screen", full_page=False)
            page.locator("#what-if-line").fill("70")
            expect(page.locator("#what-if")).to_contain_text("及格线设为 70 分")
            if label == "phone":
                _no_sideways_scroll(page)
            shots.take(page, f"console-busy-dashboard-{label}")
            if label == "phone":
                # Every configuration page fits the phone too.
                for route, ready in (
                    ("#/jobs", ".job-row"),
                    (f"#/jobs/{job_id}", "#job-form"),
                    ("#/models", ".starter"),
                    ("#/questions", "#question-form"),
                    ("#/sets/new", "#set-form"),
                    ("#/import", "#import-file"),
                    ("#/people", ".person"),
                    ("#/settings", "#retention"),
                ):
                    page.goto(f"{base}{route}")
                    expect(page.locator(ready).first).to_be_visible()
                    _no_sideways_scroll(page)
                    name = route.strip("#/").replace("/", "-") or "home"
                    shots.take(page, f"console-phone-{name}")
            assert problems == []
