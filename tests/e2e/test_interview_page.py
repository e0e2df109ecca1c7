"""The candidate's H5 interview page, end to end: real app, headless Chromium, fake devices.

Screenshots go to a temporary folder (or DINGHIRE_TEST_E2E_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from analysis.media.probe import MediaInfo, probe
from settings import DatabaseSettings, DingTalkSettings, Settings, load_settings
from settings.storage import StorageSettings
from tests.e2e.browser import (
    chromium_path,
    launch_args,
    make_fake_audio,
    make_fake_video,
    wait_until,
)
from tests.e2e.live_server import LiveServer
from tests.support import free_port
from workflows.actors import Actor
from workflows.applications.service import open_application, transition
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.interviews.models import Answer, InterviewSession
from workflows.invitations.service import invite
from workflows.jobs.models import Job, Question, QuestionSet, QuestionSetItem, QuestionType
from workflows.seed.service import seed_demo

if TYPE_CHECKING:
    from playwright.sync_api import ViewportSize

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 860}
HR = Actor.staff("hr_wangfang")
# Three short nodes keep the test quick: (type, text, think seconds, retakes). The first has a
# long think time that the candidate cuts short; the second allows one retake, which is used.
QUESTIONS = [
    (QuestionType.SELF_INTRODUCTION, "请用一句话介绍你自己，以及你为什么对这个岗位感兴趣。", 30, 0),
    (QuestionType.BEHAVIOURAL, "请讲一次你处理线上故障的经历：你是怎么定位问题的？", 1, 1),
    (QuestionType.TECHNICAL, "如果让你设计一个短链接服务，你会先考虑哪些问题？", 1, 0),
]
ANSWER_S = 4
# The one console error the test causes on purpose: a chunk upload cut off mid-answer.
EXPECTED_CONSOLE_ERROR = re.compile(r"net::ERR_INTERNET_DISCONNECTED")


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked before the app starts (fails in CI, skips loudly elsewhere)."""
    return chromium_path()


@contextmanager
def _serving(
    tmp_path: Path,
    sqlite_template: Path,
    dingtalk: DingTalkSettings,
    *,
    real_analysis: bool = True,
) -> Iterator[LiveServer]:
    """The app on a private SQLite copy and storage folder; the real analysis job transcribes
    each recording unless `real_analysis` is off (a worker that never gets to the answers)."""
    db_path = tmp_path / "e2e.sqlite3"
    db_path.write_bytes(sqlite_template.read_bytes())
    settings: Settings = load_settings(
        strict=False,
        mode="test",
        database=DatabaseSettings(url=f"sqlite://{db_path}"),
        storage=StorageSettings(root=tmp_path / "storage"),
        dingtalk=dingtalk,
    )
    server = LiveServer(settings, free_port(), real_analysis=real_analysis)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def live(chromium: str, tmp_path: Path, sqlite_template: Path) -> Iterator[LiveServer]:
    """The app with DingTalk off; recordings are transcribed by the real analysis job."""
    with _serving(tmp_path, sqlite_template, DingTalkSettings(enabled=False)) as server:
        yield server


@pytest.fixture
def live_without_worker(
    chromium: str, tmp_path: Path, sqlite_template: Path
) -> Iterator[LiveServer]:
    """The app whose analysis never runs: speech recognition as slow as it gets."""
    dingtalk = DingTalkSettings(enabled=False)
    with _serving(tmp_path, sqlite_template, dingtalk, real_analysis=False) as server:
        yield server


async def _invite_candidate(server: LiveServer) -> tuple[str, int, str]:
    """Seed the demo org, give a demo job a short question set, invite a new candidate."""
    container = server.container
    assert container is not None
    await seed_demo()
    job = await Job.all().order_by("id").first()
    assert job is not None
    qset = await QuestionSet.create(name="端到端测试短题本")
    for position, (kind, text, think_s, retakes) in enumerate(QUESTIONS):
        question = await Question.create(
            type=kind,
            text=text,
            think_time_s=think_s,
            answer_time_s=ANSWER_S,
            retakes_allowed=retakes,
            difficulty=3,
        )
        await QuestionSetItem.create(question_set=qset, position=position, question=question)
    job.question_set = qset
    await job.save(update_fields=["question_set_id", "updated_at"])
    candidate = await Candidate.create(
        name_enc=container.vault.encrypt("张伟", context="candidate.name"), years_experience=5
    )
    app, _ = await open_application(
        candidate_id=candidate.id, job_id=job.id, actor=HR, bus=container.bus, source_channel="e2e"
    )
    await transition(app.id, Stage.SCREENED, actor=HR, reason="简历筛选通过", bus=container.bus)
    deps = replace(container.services, settings=server.settings)
    result = await invite(
        app.id, actor=HR, deps=deps, deadline=datetime.now(UTC) + timedelta(days=3)
    )
    return result.link.rsplit("/i/", 1)[1], app.id, job.title


async def _stored_recordings(
    server: LiveServer, application_id: int, folder: Path
) -> tuple[str, list[tuple[Answer, MediaInfo]]]:
    """Every answer of the application, decrypted through the store and probed with ffprobe."""
    container = server.container
    assert container is not None
    await server.drain()
    session = await InterviewSession.get(application_id=application_id)
    answers = await Answer.filter(session_id=session.id).order_by("node_index", "attempt")
    probed = []
    for answer in answers:
        assert answer.media_key, f"answer {answer.id} has no recording"
        data = await container.store.get(answer.media_key)
        path = folder / f"answer-{answer.node_index}-{answer.attempt}.webm"
        path.write_bytes(data)
        probed.append((answer, await probe(path)))
    return str(session.status), probed


class Shots:
    """Screenshots of the main screens, on the phone viewport and (some) on a desktop one."""

    def __init__(self, page: Any, folder: Path) -> None:
        self.page = page
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def take(self, name: str, *, desktop: bool = False) -> None:
        self.page.screenshot(path=str(self.folder / f"{name}-phone.png"), full_page=True)
        if desktop:
            self.page.set_viewport_size(DESKTOP)
            self.page.screenshot(path=str(self.folder / f"{name}-desktop.png"), full_page=True)
            self.page.set_viewport_size(PHONE)


def _cut_first_chunk_answer(page: Any) -> list[str]:
    """Let the first chunk PUT reach the server but lose its answer (a dropped connection)."""
    cut: list[str] = []

    def handler(route: Any) -> None:
        if cut:
            route.continue_()
            return
        route.fetch()  # the server stores the chunk...
        cut.append(route.request.url)
        route.abort("internetdisconnected")  # ...but the page never hears back

    page.route(re.compile(r".*/api/v1/uploads/[^/]+/chunks/\d+$"), handler)
    return cut


@contextmanager
def _candidate_page(
    browser_path: str, tmp_path: Path, user_agent: str | None = None
) -> Iterator[tuple[Any, list[str], Shots]]:
    """A phone-sized page in headless Chromium with fake devices; console problems collected."""
    from playwright.sync_api import sync_playwright

    video, audio = make_fake_video(tmp_path), make_fake_audio(tmp_path)
    folder = Path(os.environ.get("DINGHIRE_TEST_E2E_SCREENSHOTS") or tmp_path / "screenshots")
    print(f"\nscreenshots: {folder}")
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=browser_path, headless=True, args=launch_args(video, audio)
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
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        try:
            yield page, problems, Shots(page, folder)
        finally:
            context.close()
            browser.close()


def _answer_one(
    page: Any, expect: Any, shots: Shots | None, *, number: int, total: int, cut_think: bool = False
) -> None:
    """Start the current node, wait through think and answer time, wait for the upload."""
    expect(page.locator("#screen-question")).to_be_visible()
    expect(page.locator("#q-title")).to_have_text(f"第 {number} / {total} 题")
    expect(page.locator("#q-start")).to_be_visible()
    if shots:
        shots.take("4-question-ready")
    page.click("#q-start")
    expect(page.locator("#q-text")).not_to_be_empty()
    if shots or cut_think:  # the first node: a long think time, cut short by the candidate
        expect(page.locator("#q-phase-label")).to_have_text("思考时间")
        expect(page.locator("#q-clock")).to_have_text(re.compile(r"00:(29|30)"))
        if shots:
            shots.take("5-thinking")
        page.click("#q-answer-now")
    expect(page.locator("#q-rec")).to_be_visible(timeout=5000)
    expect(page.locator("#q-phase-label")).to_have_text("作答时间")
    if shots:
        page.wait_for_timeout(1200)
        shots.take("6-answering", desktop=True)
    _uploaded(page, expect, number)


def _uploaded(page: Any, expect: Any, number: int) -> None:
    """The recording is uploaded and its transcript is being recognised or shown."""
    expect(page.locator("#screen-upload")).to_be_visible(timeout=15_000)
    expect(page.locator("#u-title")).to_have_text(f"第 {number} 题已上传", timeout=20_000)
    expect(page.locator("#u-status")).to_have_text("上传完成 100%")
    expect(page.locator("#t-box")).to_be_visible()


EMPTY_TRANSCRIPT = "没有识别到语音"


def _transcript_shown(page: Any, expect: Any) -> str:
    """Wait for recognition to finish; return the recognised text, or "" for the page's honest
    "no speech heard" state.

    Chromium's fake microphone starves on a loaded 2-core machine and can hand Whisper silence, so
    one attempt may honestly end without words; the test then requires text on another attempt.
    """
    expect(page.locator("#t-waiting")).to_be_hidden(timeout=60_000)
    # Read-only: no form field and nothing editable in the transcript panel.
    assert page.locator("#t-box textarea, #t-box input, #t-box [contenteditable]").count() == 0
    if page.locator("#t-text").is_visible():
        text = str(page.locator("#t-text").inner_text()).strip()
        assert text, "the transcript is shown as text"
        return text
    expect(page.locator("#t-message")).to_contain_text(EMPTY_TRANSCRIPT)
    print("NOTE: the fake microphone gave Whisper no speech on this attempt (page said so)")
    return ""


def test_candidate_records_three_answers_and_the_server_keeps_them(
    chromium: str, live: LiveServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    token, application_id, job_title = live.run(_invite_candidate(live))
    total = len(QUESTIONS)
    with _candidate_page(chromium, tmp_path) as (page, problems, shots):
        page.goto(f"{live.base_url}/i/{token}")
        expect(page.locator("#screen-welcome")).to_be_visible()
        expect(page.locator("#w-job")).to_have_text(job_title)
        expect(page.locator("#w-count")).to_have_text(f"{total} 道题")
        expect(page.locator("#status-chip")).to_have_text("未开始")
        shots.take("1-welcome", desktop=True)
        page.click("#welcome-start")

        expect(page.locator("#screen-consent")).to_be_visible()
        page.click("#consent-submit")  # processing consent is required: the page says so
        expect(page.locator("#consent-error")).to_contain_text("同意处理")
        page.check("#c-recording")
        page.check("#c-processing")
        shots.take("2-consent", desktop=True)
        page.click("#consent-submit")

        expect(page.locator("#screen-device")).to_be_visible()
        expect(page.locator("#device-status")).to_have_text("摄像头和麦克风已就绪。")
        wait_until(
            page,
            "document.getElementById('preview').videoWidth > 0"
            " && Number(document.getElementById('meter').getAttribute('aria-valuenow')) > 0",
            timeout_s=10,
        )
        shots.take("3-device-check", desktop=True)
        page.click("#device-continue")

        # Question 1, then question 2 answered twice (retake), then question 3 with a cut chunk.
        # After each recording: "正在识别您的回答…", then the read-only transcript to confirm.
        _answer_one(page, expect, shots, number=1, total=total)
        expect(page.locator("#t-waiting")).to_have_text("正在识别您的回答…")
        shots.take("7a-recognising")
        heard = [_transcript_shown(page, expect)]
        expect(page.locator("#u-next")).to_have_text("确认，下一题" if heard[-1] else "继续下一题")
        expect(page.locator("#u-retake")).to_be_hidden()  # the self-introduction allows none
        expect(page.locator("#t-retake-reason")).to_have_text("不能重新录制：本题不支持重新作答。")
        page.click("#u-next")
        _answer_one(page, expect, None, number=2, total=total)
        heard.append(_transcript_shown(page, expect))
        expect(page.locator("#u-retake")).to_have_text("重新录制（还可重录 1 次）")
        expect(page.locator("#t-retake-reason")).to_be_empty()
        shots.take("7b-transcript-to-check", desktop=True)
        page.click("#u-retake")
        expect(page.locator("#screen-question")).to_be_visible()
        expect(page.locator("#q-rec")).to_be_visible(timeout=5000)
        _uploaded(page, expect, 2)
        heard.append(_transcript_shown(page, expect))
        expect(page.locator("#u-retake")).to_be_hidden()
        expect(page.locator("#t-retake-reason")).to_have_text(
            "不能重新录制：本题的重答机会已用完。"
        )
        shots.take("7c-no-retake-left", desktop=True)
        page.click("#u-next")  # 确认，下一题
        cut = _cut_first_chunk_answer(page)
        _answer_one(page, expect, None, number=3, total=total)
        assert cut, "the dropped-connection path was never exercised"
        heard.append(_transcript_shown(page, expect))
        assert any(heard), "Whisper recognised none of the four recordings"
        expect(page.locator("#u-next")).to_have_text(
            "确认，去提交" if heard[-1] else "继续，去提交"
        )
        page.click("#u-next")

        expect(page.locator("#u-title")).to_have_text("全部题目已完成")
        page.click("#u-next")
        expect(page.locator("#screen-finish")).to_be_visible()
        expect(page.locator("#f-status")).to_have_text(re.compile("已提交|评估中|已完成"))
        expect(page.locator("#f-answered")).to_have_text(f"{total} / {total}")
        shots.take("8-finish", desktop=True)

    unexpected = [p for p in problems if not EXPECTED_CONSOLE_ERROR.search(p)]
    assert unexpected == [], unexpected

    status, recordings = live.run(_stored_recordings(live, application_id, tmp_path))
    assert status in {"submitted", "evaluating", "completed"}
    assert [(a.node_index, a.attempt) for a, _ in recordings] == [(0, 1), (1, 1), (1, 2), (2, 1)]
    for answer, info in recordings:
        assert answer.mode == "video"
        assert info.has_video and info.has_audio, (answer.id, info)
        assert info.duration_s is not None and 1.0 < info.duration_s <= ANSWER_S + 1.0, info
        assert (info.width, info.height) == (640, 480)
    # Every stored recording was handed to the analysis job exactly once; the candidate
    # confirmed the transcript of each final answer in which speech was heard (an empty one has
    # nothing to confirm: the page said so), never of the one they recorded again.
    assert sorted(live.analysis.answer_ids) == sorted(a.id for a, _ in recordings)
    confirmed = [(a.node_index, a.attempt) for a, _ in recordings if a.transcript_confirmed_at]
    finals = [((0, 1), heard[0]), ((1, 2), heard[2]), ((2, 1), heard[3])]
    assert confirmed == [key for key, text in finals if text]


def test_slow_speech_recognition_never_blocks_the_interview(
    chromium: str, live_without_worker: LiveServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    live = live_without_worker
    token, _, _ = live.run(_invite_candidate(live))
    with _candidate_page(chromium, tmp_path) as (page, problems, shots):
        page.goto(f"{live.base_url}/i/{token}")
        page.click("#welcome-start")
        page.check("#c-recording")
        page.check("#c-processing")
        page.click("#consent-submit")
        expect(page.locator("#device-status")).to_have_text("摄像头和麦克风已就绪。")
        page.click("#device-continue")
        _answer_one(page, expect, None, number=1, total=len(QUESTIONS), cut_think=True)
        expect(page.locator("#t-waiting")).to_be_visible()
        expect(page.locator("#t-waiting")).to_have_text("正在识别您的回答…")
        expect(page.locator("#u-next")).to_be_hidden()  # first the page waits for the text
        expect(page.locator("#t-slow")).to_be_visible(timeout=40_000)
        expect(page.locator("#t-slow")).to_have_text("识别较慢，您可以继续答题，不影响评分。")
        expect(page.locator("#t-waiting")).to_be_visible()  # it still waits for the text
        expect(page.locator("#u-next")).to_be_visible()
        expect(page.locator("#u-next")).to_have_text("继续下一题")
        shots.take("7d-recognition-slow", desktop=True)
        page.click("#u-next")
        expect(page.locator("#q-title")).to_have_text(f"第 2 / {len(QUESTIONS)} 题")
    assert problems == []


def test_candidate_who_declines_recording_answers_in_text(
    chromium: str, live: LiveServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    token, application_id, _ = live.run(_invite_candidate(live))
    typed = [f"第{n}题：我会先说结论，再讲背景、行动和结果。" for n in range(1, len(QUESTIONS) + 1)]
    with _candidate_page(chromium, tmp_path) as (page, problems, shots):
        page.goto(f"{live.base_url}/i/{token}")
        page.click("#welcome-start")
        page.check("#c-processing")
        page.click("#consent-text-only")  # no device check: straight to the first question
        for number, text in enumerate(typed, start=1):
            expect(page.locator("#q-title")).to_have_text(f"第 {number} / {len(typed)} 题")
            page.click("#q-start")
            if number == 1:  # 30 s of think time: start typing early
                expect(page.locator("#q-answer")).to_be_disabled()
                page.click("#q-answer-now")
            expect(page.locator("#q-answer")).to_be_enabled(timeout=5000)
            page.click("#q-finish")  # nothing typed yet: the page asks for an answer first
            expect(page.locator("#q-error")).to_have_text("请先输入你的回答，再点击提交")
            page.fill("#q-answer", text)
            expect(page.locator("#q-counter")).to_have_text(f"{len(text)} / 2000 字")
            if number == 1:
                shots.take("9-text-answer")
            page.click("#q-finish")
            expect(page.locator("#u-title")).to_have_text(f"第 {number} 题已完成")
            if number == 1:
                # Reopening the link mid-interview resumes at the first unanswered question.
                page.reload()
                expect(page.locator("#welcome-start")).to_have_text("继续面试")
                expect(page.locator("#status-chip")).to_have_text("进行中")
                page.click("#welcome-start")
                page.check("#c-processing")
                page.click("#consent-text-only")
                continue
            page.click("#u-next")
        expect(page.locator("#u-title")).to_have_text("全部题目已完成")
        page.click("#u-next")  # 提交面试
        expect(page.locator("#screen-finish")).to_be_visible()
        expect(page.locator("#f-answered")).to_have_text(f"{len(typed)} / {len(typed)}")

    assert problems == []

    async def stored() -> list[tuple[str, str]]:
        container = live.container
        assert container is not None
        await live.drain()
        session = await InterviewSession.get(application_id=application_id)
        answers = await Answer.filter(session_id=session.id).order_by("node_index")
        assert [a.id for a in answers] == sorted(live.analysis.answer_ids)
        return [
            (str(a.mode), container.vault.decrypt(a.text_enc, context="answer.text"))
            for a in answers
        ]

    assert live.run(stored()) == [("text", text) for text in typed]
