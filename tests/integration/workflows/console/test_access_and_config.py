"""Console configuration on both databases: scope by role, audited changes, validation,
and the compliance check on the bank, the Excel import and generated follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.integration.workflows.console.support import department, hr, member
from tests.integration.workflows.spreadsheets.support import make_vault
from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.console.access import NO_CONSOLE_MESSAGE, console_viewer
from workflows.console.competency import copy_starter, starter_form, update_model
from workflows.console.jobs import JobForm, create_job, get_job, list_jobs, update_job
from workflows.console.question_sets import preview_set, save_set
from workflows.console.questions import QuestionForm, create_question
from workflows.errors import PermissionDeniedError, ValidationFailedError
from workflows.events import EventBus
from workflows.interviews.plan import add_follow_up_node
from workflows.jobs.models import Question, QuestionType
from workflows.privacy.models import AuditLog
from workflows.spreadsheets.imports import import_workbook
from workflows.staff.models import Staff

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


async def test_hr_sees_every_job_a_manager_only_theirs_an_employee_nothing(db: Any) -> None:
    viewer = await hr()
    manager = await member("mgr_console", "陈刚", ["manager"])
    other = await member("mgr_other", "赵敏", ["manager"])
    employee = await member("emp_console", "张伟", [])
    dept = await department()
    mine = await create_job(
        viewer,
        JobForm("后端开发工程师", department_id=dept.id, hiring_manager_id=manager.id),
        now=NOW,
    )
    theirs = await create_job(viewer, JobForm("销售代表", hiring_manager_id=other.id), now=NOW)

    assert {j.id for j in await list_jobs(viewer)} == {mine.id, theirs.id}
    as_manager = console_viewer(manager)
    assert [j.title for j in await list_jobs(as_manager)] == ["后端开发工程师"]
    with pytest.raises(PermissionDeniedError) as out_of_scope:
        await get_job(as_manager, theirs.id)
    assert (
        out_of_scope.value.user_message
        == f"你没有岗位 #{theirs.id} 的权限：只能处理自己负责或本部门的岗位"
    )
    assert await AuditLog.exists(action="ranking.view.denied", subject_id=str(theirs.id))
    with pytest.raises(PermissionDeniedError):
        await create_job(as_manager, JobForm("偷偷建的岗位"), now=NOW)
    with pytest.raises(PermissionDeniedError) as refused:
        console_viewer(employee)
    assert refused.value.user_message == NO_CONSOLE_MESSAGE
    with pytest.raises(PermissionDeniedError):
        console_viewer(await member("hr_link", "李静", ["hr"]), link_scope=12)
    with pytest.raises(PermissionDeniedError):
        console_viewer(await member("iv_console", "周敏", ["interviewer"]))


async def test_hr_sees_their_department_and_org_wide_jobs_the_head_sees_all(db: Any) -> None:
    head = console_viewer(await member("head_console", "李静", ["hr", "hr_head"]))
    tech = await department("技术研发部", 101)
    sales = await department("销售部", 102)
    tech_hr = console_viewer(
        await Staff.create(dingtalk_user_id="hr_tech", name="王芳", roles=["hr"], department=tech)
    )
    for title, dept in (("后端", tech), ("销售", sales), ("行政", None)):
        await create_job(head, JobForm(title, department_id=dept.id if dept else None), now=NOW)
    assert {j.title for j in await list_jobs(head)} == {"后端", "销售", "行政"}
    assert {j.title for j in await list_jobs(tech_hr)} == {"后端", "行政"}


async def test_a_new_job_is_owned_by_its_creator_and_every_change_is_audited(db: Any) -> None:
    viewer = await hr()
    dept = await department()
    model = await copy_starter(viewer, "backend", "后端模型（控制台）")
    job = await create_job(
        viewer,
        JobForm(
            "后端开发工程师",
            department_id=dept.id,
            competency_model_id=model.id,
            headcount=2,
            pass_line=70,
            salary_band={"中级": [20000, 30000]},
            offer_approvers=[{"user_ids": ["mgr_console"], "mode": "OR"}],
            invite_ttl_hours=48,
        ),
        now=NOW,
    )
    assert job.form.owner_id == viewer.staff_id
    assert job.department == "技术研发部" and job.competency_model == "后端模型（控制台）"
    actions = set(await AuditLog.all().values_list("action", flat=True))
    assert {"console.model.created", "console.model.copied", "console.job.created"} <= actions


async def test_job_form_errors_are_listed_in_chinese(db: Any) -> None:
    viewer = await hr()
    with pytest.raises(ValidationFailedError) as bad:
        await create_job(
            viewer,
            JobForm(
                "",
                headcount=0,
                pass_line=120,
                salary_band={"中级": [30000, 20000]},
                offer_approvers=[{"user_ids": [], "mode": "XOR"}],
                competency_model_id=999,
            ),
            now=NOW,
        )
    message = bad.value.user_message
    for part in ("岗位名称", "招聘人数", "及格线", "月薪范围", "审批人", "审批方式", "能力模型"):
        assert part in message


async def test_a_competency_model_needs_weights_summing_to_100_and_every_level(db: Any) -> None:
    viewer = await hr()
    model = await copy_starter(viewer, "sales", "销售模型")
    form = starter_form("sales", "销售模型")
    heavier = replace(form.dimensions[0], weight=form.dimensions[0].weight + 0.2)
    missing_level = replace(form.dimensions[1], levels=form.dimensions[1].levels[:4])
    broken = replace(form, dimensions=[heavier, missing_level, *form.dimensions[2:]])
    with pytest.raises(ValidationFailedError) as bad:
        await update_model(viewer, model.id, broken)
    assert "权重之和需为 100%，当前为 120.0%" in bad.value.user_message
    assert "需描述 1 到 5 级" in bad.value.user_message


async def test_a_question_about_marriage_is_refused_with_the_reason(db: Any) -> None:
    viewer = await hr()
    with pytest.raises(ValidationFailedError) as refused:
        await create_question(
            viewer, QuestionForm(QuestionType.VALUES, "你结婚了吗？近期有生育计划吗？")
        )
    assert "婚姻状况" in refused.value.user_message
    assert "生育计划" in refused.value.user_message
    with pytest.raises(ValidationFailedError) as follow_up:
        await create_question(
            viewer,
            QuestionForm(
                QuestionType.BEHAVIOURAL,
                "讲一次你带团队加班赶项目的经历。",
                follow_up_templates=["你的家人支持吗？你打算什么时候要孩子？"],
            ),
        )
    assert "生育计划" in follow_up.value.user_message
    assert not await Question.exists()


async def test_a_generated_follow_up_about_pregnancy_is_refused(db: Any) -> None:
    with pytest.raises(ValidationFailedError) as refused:
        await add_follow_up_node(1, 0, "你现在怀孕了吗？会影响出差吗？", 1)
    assert "怀孕" in refused.value.user_message


async def test_an_excel_row_about_hukou_is_refused_and_nothing_is_imported(db: Any) -> None:
    data = workbook_bytes(
        [
            ["题目", "类型"],
            ["请讲一次你解决线上故障的经历。", "行为"],
            ["你的户口在本地吗？", "价值观"],
        ]
    )
    result = await import_workbook(
        data, "题库.xlsx", actor=(await hr()).actor, vault=make_vault(), bus=EventBus()
    )
    assert not result.ok
    assert [e.row for e in result.errors] == [3]
    assert "户籍" in result.errors[0].reason
    assert not await Question.exists()


async def test_a_question_set_previews_as_the_candidate_sees_it(db: Any) -> None:
    viewer = await hr()
    intro = await create_question(
        viewer, QuestionForm(QuestionType.SELF_INTRODUCTION, "请做一个简短的自我介绍。", 10, 60)
    )
    story = await create_question(
        viewer, QuestionForm(QuestionType.BEHAVIOURAL, "讲一次你主动学习新技术的经历。", 30, 180)
    )
    qset = await save_set(
        viewer, None, name="后端题本", description="", question_ids=[story.id, intro.id]
    )
    assert qset.total_seconds == 280
    preview = await preview_set(qset.id, years_experience=3)
    assert [n.kind for n in preview.nodes] == ["自我介绍", "面试题"]
    assert preview.total_seconds == 280


async def test_an_edit_keeps_the_owner_and_audits_the_changed_fields(db: Any) -> None:
    viewer = await hr()
    job = await create_job(viewer, JobForm("销售代表", city="上海"), now=NOW)
    edited = await update_job(
        viewer, job.id, replace(job.form, owner_id=None, city="杭州", pass_line=70), now=NOW
    )
    assert edited.form.owner_id == viewer.staff_id
    assert (edited.form.city, edited.form.pass_line) == ("杭州", 70)
    entry = await AuditLog.get(action="console.job.updated")
    assert entry.detail == {"fields": ["city", "pass_line"]}
