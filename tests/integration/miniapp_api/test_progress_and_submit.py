"""Progress labels, the application's stages, and HR being told on submit."""

from __future__ import annotations

from dinghire.bootstrap import Container
from tests.integration.miniapp_api.harness import OWNER_USER_ID, Flow, JobLog, World
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.interviews.models import InterviewSession
from workflows.interviews.progress import mark_completed, mark_evaluating
from workflows.messaging.models import OutboxMessage


async def _progress(flow: Flow) -> dict[str, object]:
    body: dict[str, object] = (await flow.call("GET", "/api/v1/interview/progress")).json()
    return body


async def _answer_all(flow: Flow) -> None:
    for index in (0, 1, 2):
        assert (await flow.start(index)).status_code == 200
        answered = await flow.call(
            "POST", f"/api/v1/interview/nodes/{index}/text-answer", json={"text": f"回答 {index}"}
        )
        assert answered.status_code == 200


async def test_progress_moves_through_its_labels_and_stages(
    flow: Flow, world: World, container: Container, jobs: JobLog
) -> None:
    assert await _progress(flow) == {
        "status": "not_started",
        "label": "未开始",
        "answered": 0,
        "total": 3,
    }
    await flow.consent(recording=False)
    await flow.start(0)
    assert (await _progress(flow))["label"] == "进行中"
    app = await Application.get(id=world.application_id)
    assert app.stage == Stage.INTERVIEWING
    early = await flow.call("POST", "/api/v1/interview/submit")
    assert early.status_code == 409 and "未作答" in early.json()["error"]["message"]

    await flow.call("POST", "/api/v1/interview/nodes/0/text-answer", json={"text": "回答 0"})
    for index in (1, 2):
        await flow.start(index)
        await flow.call(
            "POST", f"/api/v1/interview/nodes/{index}/text-answer", json={"text": "回答"}
        )
    assert (await _progress(flow))["answered"] == 3
    submitted = await flow.call("POST", "/api/v1/interview/submit")
    assert submitted.json() == {"status": "submitted"}
    assert (await _progress(flow))["label"] == "已提交"
    app = await Application.get(id=world.application_id)
    assert app.stage == Stage.SUBMITTED
    last = await StageHistory.filter(application_id=app.id).order_by("-id").first()
    assert last is not None and last.actor == f"candidate:{world.candidate_id}"

    session = await InterviewSession.get(application_id=world.application_id)
    await mark_evaluating(session.id)
    assert (await _progress(flow))["label"] == "评估中"
    await mark_completed(session.id)
    assert (await _progress(flow))["label"] == "已完成"


async def test_hr_is_told_through_the_outbox_when_an_interview_is_submitted(
    flow: Flow, container: Container, jobs: JobLog
) -> None:
    await flow.consent(recording=False)
    await _answer_all(flow)
    assert await OutboxMessage.all().count() == 0
    await flow.call("POST", "/api/v1/interview/submit")
    await flow.call("POST", "/api/v1/interview/submit")  # a double tap sends one message
    (row,) = await OutboxMessage.all()
    assert row.recipient == f"users:{OWNER_USER_ID}"
    assert "陈晨" in str(row.payload) and "已提交面试" in str(row.payload)
    await container.drain_jobs(10)
    assert jobs.dispatched == [f"dispatch_outbox_job:{row.id}"]


async def test_nothing_can_be_answered_after_submitting(flow: Flow) -> None:
    await flow.consent(recording=False)
    await _answer_all(flow)
    await flow.call("POST", "/api/v1/interview/submit")
    retake = await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    assert retake.status_code == 409
    assert retake.json()["error"]["message"] == "面试已提交，不能再作答"
