"""Question drawing, the server's clock, retakes and follow-up nodes."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import httpx

from settings import Settings
from tests.integration.miniapp_api.harness import (
    QUESTIONS,
    START,
    FakeClock,
    Flow,
    World,
    invite,
    make_job,
    new_invitation,
)
from workflows.candidates.models import Candidate
from workflows.interviews.models import Answer, InterviewSession
from workflows.interviews.plan import add_follow_up_node
from workflows.jobs.models import Job

CONFLICT = {q[0] for q in QUESTIONS if q[2] == "conflict"}


async def _plan(client: httpx.AsyncClient, world: World) -> list[dict[str, object]]:
    await Flow(client).login(world.invite_token)
    session = await InterviewSession.get(invitation_id=world.invitation_id)
    return list(session.plan)


async def test_experience_sets_the_difficulty_of_drawn_questions(
    client: httpx.AsyncClient, api_settings: Settings
) -> None:
    job = await make_job()
    junior = await _plan(client, await invite(api_settings, job, years=0.5))
    senior = await _plan(client, await invite(api_settings, job, years=8))
    assert [n["kind"] for n in junior] == ["self_introduction", "question", "question"]
    assert junior[2]["difficulty"] == 1 and junior[2]["group"] == "incident"
    assert senior[2]["difficulty"] == 4 and senior[2]["group"] == "incident"


async def test_equivalent_questions_are_drawn_at_random_per_candidate(
    client: httpx.AsyncClient, api_settings: Settings
) -> None:
    job = await make_job()
    drawn: Counter[str] = Counter()
    for _ in range(12):
        plan = await _plan(client, await invite(api_settings, job, years=1))
        drawn[str(plan[1]["text"])] += 1
    assert set(drawn) <= CONFLICT
    assert len(drawn) >= 2  # 12 draws from 3 equivalents all alike: chance 3 * 3**-12


async def test_a_retry_sees_the_same_plan(
    client: httpx.AsyncClient, api_settings: Settings, world: World
) -> None:
    first = await _plan(client, world)
    again = await _plan(client, world)  # the same link opened again
    job = await Job.get(id=world.job_id)
    candidate = await Candidate.get(id=world.candidate_id)
    later = START + timedelta(days=5)
    retry = await new_invitation(api_settings, job, candidate, world.application_id, later)
    fresh = await _plan(client, retry)  # a new invitation for the same application
    assert first == again == fresh
    assert await InterviewSession.all().count() == 2


async def test_question_text_is_revealed_only_by_start(flow: Flow) -> None:
    await flow.consent()
    plan = (await flow.call("GET", "/api/v1/interview/plan")).json()
    assert all("text" not in node for node in plan["nodes"])
    assert [n["state"] for n in plan["nodes"]] == ["pending"] * 3
    started = (await flow.start(0)).json()
    assert started["text"] and started["attempt"] == 1
    assert started["answer_deadline_ms"] - started["think_deadline_ms"] == 60_000


async def test_the_server_clock_refuses_a_late_answer(flow: Flow, clock: FakeClock) -> None:
    await flow.consent(recording=False)
    started = (await flow.start(0)).json()
    assert started["server_now_ms"] == int(clock().timestamp() * 1000)
    clock.advance(30 + 60 + 5)  # past the deadline but inside the grace
    ok = await flow.call("POST", "/api/v1/interview/nodes/0/text-answer", json={"text": "及时"})
    assert ok.status_code == 200
    await flow.start(1)
    clock.advance(30 + 60 + 11)  # past the deadline and the grace
    late = await flow.call("POST", "/api/v1/interview/nodes/1/text-answer", json={"text": "太晚"})
    assert late.status_code == 409
    assert late.json()["error"] == {
        "code": "deadline_passed",
        "message": "本题作答时间已结束，答案未能保存",
    }
    plan = (await flow.call("GET", "/api/v1/interview/plan")).json()
    assert [n["state"] for n in plan["nodes"]] == ["answered", "skipped", "pending"]


async def test_a_late_upload_is_refused(flow: Flow, clock: FakeClock) -> None:
    await flow.consent()
    await flow.start(0)
    clock.advance(30 + 60 + 11)
    response = await flow.open_upload(0, 1, 10_000)
    assert response.status_code == 409
    assert "作答时间已结束" in response.json()["error"]["message"]


async def test_retakes_are_limited_per_node(flow: Flow) -> None:
    await flow.consent(recording=False)
    await flow.start(0)
    plan = (await flow.call("GET", "/api/v1/interview/plan")).json()
    assert plan["nodes"][0]["retakes_left"] == 1
    retake = await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    assert retake.status_code == 200 and retake.json()["attempt"] == 2
    again = await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    assert again.status_code == 409
    assert again.json()["error"]["message"] == "本题的重答机会已用完"
    attempts = await Answer.filter(node_index=0).order_by("attempt")
    assert [a.superseded for a in attempts] == [True, False]
    stale = await flow.open_upload(0, 1, 1000)  # the superseded attempt takes no upload
    assert stale.status_code == 403  # text-only session: recording was declined


async def test_only_one_node_is_open_at_a_time(flow: Flow) -> None:
    await flow.consent()
    await flow.start(0)
    busy = await flow.start(1)
    assert busy.status_code == 409
    assert busy.json()["error"]["message"] == "请先完成正在作答的题目，再开始下一题"
    repeat = await flow.start(0)  # a reload of the page gets the same attempt back
    assert repeat.status_code == 200 and repeat.json()["attempt"] == 1


async def test_follow_up_nodes_are_inserted_after_their_question(flow: Flow) -> None:
    await flow.consent()
    session = await InterviewSession.get()
    first = await add_follow_up_node(session.id, 1, "能具体说说你是怎么说服对方的吗？", 7)
    second = await add_follow_up_node(session.id, 1, "结果如何？", 7)
    assert (first, second) == (3, 4)
    plan = (await flow.call("GET", "/api/v1/interview/plan")).json()
    assert [(n["index"], n["kind"]) for n in plan["nodes"]] == [
        (0, "self_introduction"),
        (1, "question"),
        (3, "follow_up"),
        (4, "follow_up"),
        (2, "question"),
    ]
    started = (await flow.start(3)).json()
    assert started["text"] == "能具体说说你是怎么说服对方的吗？"
