"""The console API end to end in-process: sign-in scope by role, a job set up from nothing,
Excel imports, a bulk invite from the board and the funnel moving, and the compliance refusal."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock
from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.console.access import NO_CONSOLE_MESSAGE
from workflows.privacy.models import AuditLog
from workflows.staff.models import Department, Staff
from workflows.staff.web_session import sign_web_session


async def _as(settings: Settings, clock: FakeClock, user_id: str, roles: list[str]) -> Any:
    staff = await Staff.create(dingtalk_user_id=user_id, name=user_id, roles=roles)
    secret = settings.security.secret_key.get_secret_value().encode()
    token = sign_web_session(staff.id, clock.now + timedelta(hours=1), secret)
    return staff, {"Authorization": f"Bearer {token}"}


async def test_hr_sets_up_a_job_imports_and_invites_from_the_board(
    client: httpx.AsyncClient, api_settings: Settings, clock: FakeClock
) -> None:
    _, as_hr = await _as(api_settings, clock, "hr_c", ["hr"])
    manager, as_mgr = await _as(api_settings, clock, "mgr_c", ["manager"])
    _, as_emp = await _as(api_settings, clock, "emp_c", [])
    dept = await Department.create(dingtalk_dept_id=101, name="技术研发部")

    refused = await client.get("/api/console/me", headers=as_emp)
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == NO_CONSOLE_MESSAGE
    me = (await client.get("/api/console/me", headers=as_hr)).json()
    assert me == {"name": "hr_c", "role": "HR", "can_configure": True}

    model = await client.post(
        "/api/console/starters/backend/copy", json={"name": "后端模型"}, headers=as_hr
    )
    assert model.status_code == 201, model.text
    bad = await client.post(
        "/api/console/questions",
        json={"type": "values", "text": "你结婚了吗？有没有生育计划？"},
        headers=as_hr,
    )
    assert bad.status_code == 422
    assert "婚姻状况" in bad.json()["error"]["message"]

    questions = workbook_bytes(
        [
            ["题目", "类型", "能力维度", "题本"],
            ["请做一个简短的自我介绍。", "自我介绍", "", "后端题本"],
            ["讲一次你定位线上故障根因的经历。", "行为", "problem_solving", "后端题本"],
        ]
    )
    imported = await client.post(
        "/api/console/imports",
        params={"file_name": "题库.xlsx"},
        content=questions,
        headers=as_hr,
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["created"] == 2
    sets = (await client.get("/api/console/sets", headers=as_hr)).json()
    assert [s["name"] for s in sets] == ["后端题本"]

    job = await client.post(
        "/api/console/jobs",
        json={
            "title": "后端开发工程师",
            "department_id": dept.id,
            "hiring_manager_id": manager.id,
            "competency_model_id": model.json()["id"],
            "question_set_id": sets[0]["id"],
            "pass_line": 65,
        },
        headers=as_hr,
    )
    assert job.status_code == 201, job.text
    job_id = job.json()["id"]

    people = workbook_bytes([["姓名", "手机", "岗位编号"], ["张伟", "13812345678", job_id]])
    opened = await client.post(
        "/api/console/imports", params={"file_name": "候选人.xlsx"}, content=people, headers=as_hr
    )
    assert opened.json()["applications_opened"] == 1, opened.text

    board = (await client.get(f"/api/console/jobs/{job_id}/board", headers=as_hr)).json()
    new = next(c for c in board["columns"] if c["key"] == "new")
    assert [c["name"] for c in new["cards"]] == ["张伟"]
    app_id = new["cards"][0]["application_id"]

    before = (await client.get(f"/api/console/dashboard?job_id={job_id}", headers=as_hr)).json()
    assert [s["count"] for s in before["funnel"][:3]] == [1, 1, 0]
    as_manager = await client.post(
        f"/api/console/jobs/{job_id}/bulk",
        json={"action": "invite", "application_ids": [app_id]},
        headers=as_mgr,
    )
    assert as_manager.status_code == 403
    invited = await client.post(
        f"/api/console/jobs/{job_id}/bulk",
        json={"action": "invite", "application_ids": [app_id]},
        headers=as_hr,
    )
    assert invited.json() == {"action": "invite", "done": 1, "failed": []}
    after = (await client.get(f"/api/console/dashboard?job_id={job_id}", headers=as_hr)).json()
    assert [s["count"] for s in after["funnel"][:3]] == [1, 1, 1]

    mine = (await client.get("/api/console/jobs", headers=as_mgr)).json()
    assert [j["title"] for j in mine] == ["后端开发工程师"]
    actions = set(await AuditLog.all().values_list("action", flat=True))
    assert {"console.job.created", "console.bulk.invite", "console.board.viewed"} <= actions


async def test_the_console_page_is_served_with_the_csp(client: httpx.AsyncClient) -> None:
    page = await client.get("/console/jobs/3")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "/static/console/app.js" in page.text


async def test_only_the_hr_head_assigns_roles_and_it_is_audited(
    client: httpx.AsyncClient, api_settings: Settings, clock: FakeClock
) -> None:
    _, as_hr = await _as(api_settings, clock, "hr_c", ["hr"])
    _, as_head = await _as(api_settings, clock, "head_c", ["hr", "hr_head"])
    employee, as_emp = await _as(api_settings, clock, "emp_c", [])

    listed = (await client.get("/api/console/people", headers=as_hr)).json()
    assert listed["can_assign"] is False
    assert {p["user_id"] for p in listed["people"]} == {"hr_c", "head_c", "emp_c"}
    refused = await client.put(
        f"/api/console/people/{employee.id}/roles", json={"roles": ["manager"]}, headers=as_hr
    )
    assert refused.status_code == 403

    done = await client.put(
        f"/api/console/people/{employee.id}/roles", json={"roles": ["manager"]}, headers=as_head
    )
    assert done.status_code == 200, done.text
    assert (await client.get("/api/console/me", headers=as_emp)).json()["role"] == "用人经理"
    entry = await AuditLog.get(action="console.roles.changed")
    assert entry.detail == {"before": [], "after": ["manager"]}


async def test_the_exported_bank_imports_again_unchanged(
    client: httpx.AsyncClient, api_settings: Settings, clock: FakeClock
) -> None:
    _, as_hr = await _as(api_settings, clock, "hr_c", ["hr"])
    made = await client.post(
        "/api/console/questions",
        json={
            "type": "situational",
            "text": "如果上线后发现数据错乱，你会怎么处理？",
            "think_time_s": 20,
            "follow_up_templates": ["你会先通知谁？", "怎么避免再次发生？"],
            "equivalence_group": "incident",
        },
        headers=as_hr,
    )
    assert made.status_code == 201, made.text
    exported = await client.get("/api/console/questions.xlsx", headers=as_hr)
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("application/vnd.openxmlformats")
    again = await client.post(
        "/api/console/imports",
        params={"file_name": "题库导出.xlsx"},
        content=exported.content,
        headers=as_hr,
    )
    assert again.json() | {"errors": []} == again.json(), again.text
    assert (again.json()["created"], again.json()["updated"]) == (0, 1)
    rows = (await client.get("/api/console/questions", headers=as_hr)).json()
    assert [
        (r["think_time_s"], r["follow_up_templates"], r["equivalence_group"]) for r in rows
    ] == [(20, ["你会先通知谁？", "怎么避免再次发生？"], "incident")]


async def test_settings_show_retention_consent_and_messages_to_hr_only(
    client: httpx.AsyncClient, api_settings: Settings, clock: FakeClock
) -> None:
    _, as_hr = await _as(api_settings, clock, "hr_c", ["hr"])
    _, as_mgr = await _as(api_settings, clock, "mgr_c", ["manager"])
    shown = (await client.get("/api/console/settings", headers=as_hr)).json()
    days = api_settings.storage.retention_days
    assert f"申请全部结束后 {days} 天" in shown["retention"][0]["value"]
    assert shown["consent_version"]
    assert [t["label"] for t in shown["templates"]] == ["面试邀请", "晋级通知", "未通过通知"]
    assert "张伟" in shown["templates"][0]["body"]
    assert (await client.get("/api/console/settings", headers=as_mgr)).status_code == 403
