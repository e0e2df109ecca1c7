"""The role matrix, walked: every chat command, card button, HR page and export, for every role,
on a job in scope and one out of scope. Each refusal raises with a reason and is audited.

The expected answers are spelled out here, independently of workflows.staff.policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from bot.app import build_dispatcher
from bot.permissions import CARD_ACTIONS, COMMANDS
from miniapp_api.app import create_app
from settings import DatabaseSettings, Settings
from tests.integration.miniapp_api.harness import JobLog, make_container
from workflows.applications.models import Application
from workflows.candidates.models import Candidate
from workflows.errors import PermissionDeniedError
from workflows.jobs.models import Job
from workflows.privacy.models import AuditLog
from workflows.staff.models import Department, Staff
from workflows.staff.policy import Action, check_staff

A = Action
# HR pages and exports besides the chat: route or export -> the action it is.
PAGES = {
    "/api/hr/reports/{application_id}": A.VIEW_REPORT,
    "/api/hr/answers/{answer_id}/media": A.VIEW_MEDIA,
    "/api/hr/outcomes/access": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/monthly": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/monthly/latest": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/monthly/{period}": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/validity": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/jobs/{job_id}/calibration": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/proposals/{proposal_id}/decision": A.VIEW_FAIRNESS,
    "/api/hr/outcomes/reviews": A.HANDLE_REVIEWS,
    "/api/hr/outcomes/reviews/{review_id}/close": A.HANDLE_REVIEWS,
}
# The HR console's API: "METHOD path" -> the action the use case asks the matrix for (reading
# the job library and the job list need console access, i.e. LIST_JOBS).
CONSOLE = {
    "GET /api/console/me": A.LIST_JOBS,
    "GET /api/console/jobs": A.LIST_JOBS,
    "GET /api/console/choices": A.LIST_JOBS,
    "POST /api/console/jobs": A.EDIT_JOB_RULES,
    "GET /api/console/jobs/{job_id}": A.VIEW_RANKING,
    "PUT /api/console/jobs/{job_id}": A.EDIT_JOB_RULES,
    "GET /api/console/people": A.EDIT_JOB_RULES,
    "PUT /api/console/people/{staff_id}/roles": A.ASSIGN_ROLES,
    "GET /api/console/settings": A.EDIT_JOB_RULES,
    "GET /api/console/models": A.LIST_JOBS,
    "GET /api/console/models/{model_id}": A.LIST_JOBS,
    "POST /api/console/models": A.EDIT_JOB_RULES,
    "PUT /api/console/models/{model_id}": A.EDIT_JOB_RULES,
    "GET /api/console/starters": A.LIST_JOBS,
    "POST /api/console/starters/{key}/copy": A.EDIT_JOB_RULES,
    "GET /api/console/questions": A.LIST_JOBS,
    "POST /api/console/questions/check": A.LIST_JOBS,
    "POST /api/console/questions": A.EDIT_JOB_RULES,
    "PUT /api/console/questions/{question_id}": A.EDIT_JOB_RULES,
    "DELETE /api/console/questions/{question_id}": A.EDIT_JOB_RULES,
    "GET /api/console/questions.xlsx": A.EDIT_JOB_RULES,
    "POST /api/console/imports": A.IMPORT_DATA,
    "GET /api/console/sets": A.LIST_JOBS,
    "GET /api/console/sets/{set_id}": A.LIST_JOBS,
    "POST /api/console/sets": A.EDIT_JOB_RULES,
    "PUT /api/console/sets/{set_id}": A.EDIT_JOB_RULES,
    "GET /api/console/sets/{set_id}/preview": A.LIST_JOBS,
    "GET /api/console/jobs/{job_id}/board": A.VIEW_RANKING,
    "POST /api/console/jobs/{job_id}/bulk": A.DECIDE,
    "GET /api/console/dashboard": A.VIEW_RANKING,
    "GET /api/console/applications/{application_id}": A.VIEW_REPORT,
}
EXPORTS = {"导出 (Excel)": A.EXPORT_JOB, "个人信息 (ZIP)": A.SUBJECT_EXPORT}
HR_WORK = set(A) - {
    A.VIEW_FAIRNESS,
    A.SUBJECT_EXPORT,
    A.SUBJECT_ERASE,
    A.ROTATE_KEYS,
    A.ASSIGN_ROLES,
}
ORG_WIDE = {
    A.HELP,
    A.LIST_JOBS,
    A.IMPORT_DATA,
    A.SUBJECT_EXPORT,
    A.SUBJECT_ERASE,
    A.ROTATE_KEYS,
    A.MERGE_CANDIDATES,
    A.VIEW_FAIRNESS,
    A.HANDLE_REVIEWS,
    A.ASSIGN_ROLES,
}


@dataclass(frozen=True)
class Who:
    user_id: str
    roles: tuple[str, ...]
    dept: str | None


PEOPLE = [
    Who("admin", ("admin",), None),
    Who("head", ("hr", "hr_head"), "sales"),
    Who("hr_tech", ("hr",), "tech"),
    Who("mgr_tech", ("manager",), "tech"),
    Who("mgr_other", ("manager",), "tech"),
    Who("iv_tech", ("interviewer",), "tech"),
    Who("iv_sales", ("interviewer",), "sales"),
    Who("colleague", (), "tech"),
    Who("candidate_x", (), None),  # a candidate: not staff at all
]


def expected(who: Who, action: Action, job: str) -> bool:
    """The matrix as the product defines it (job is "tech": hr_tech's and mgr_tech's job in
    the tech department, or "sales": another department's job nobody here owns)."""
    roles = set(who.roles)
    if "admin" in roles:
        return True
    if "hr_head" in roles:
        return action is not A.ROTATE_KEYS
    if "hr" in roles:
        return action in HR_WORK and (action in ORG_WIDE or job == "tech")
    if "manager" in roles:
        manager_work = {A.HELP, A.LIST_JOBS, A.VIEW_RANKING, A.COMPARE, A.VIEW_REPORT, A.VIEW_MEDIA}
        if action in (A.HELP, A.LIST_JOBS):
            return True
        return action in manager_work and who.user_id == "mgr_tech" and job == "tech"
    if "interviewer" in roles:
        if action is A.HELP:
            return True
        return action in (A.VIEW_REPORT, A.VIEW_MEDIA) and who.dept == job
    return False


async def _org() -> dict[str, int]:
    tech = await Department.create(dingtalk_dept_id=1, name="技术部")
    sales = await Department.create(dingtalk_dept_id=2, name="销售部")
    depts = {"tech": tech, "sales": sales}
    staff = {}
    for who in PEOPLE:
        if who.user_id == "candidate_x":
            continue
        staff[who.user_id] = await Staff.create(
            dingtalk_user_id=who.user_id,
            name=who.user_id,
            roles=list(who.roles),
            department=depts[who.dept] if who.dept else None,
        )
    jobs = {
        "tech": await Job.create(
            title="后端", department=tech, owner=staff["hr_tech"], hiring_manager=staff["mgr_tech"]
        ),
        "sales": await Job.create(title="销售", department=sales),
    }
    out = {}
    for name, job in jobs.items():
        app = await Application.create(candidate=await Candidate.create(), job=job)
        out[name] = app.id
    return out


def _closed_over(fn: Any, var: str) -> Any:
    """A variable a filter closes over (the command words, the button name), or None."""
    code = getattr(fn, "__code__", None)
    if code is None or var not in code.co_freevars or fn.__closure__ is None:
        return None
    return fn.__closure__[code.co_freevars.index(var)].cell_contents


def test_the_walk_covers_every_command_button_and_hr_page(settings: Settings) -> None:
    """A new command, button, HR route or console route without a policy action fails here."""
    words: set[str] = set()
    buttons: set[str] = set()
    for router in build_dispatcher()._routers:
        filters: list[Any] = [f for fs, _ in router.messages for f in fs]
        filters += [f for fs, _ in router.cards for f in fs]
        for flt in filters:
            words |= set(_closed_over(flt, "wanted") or ())
            name = _closed_over(flt, "name")
            if isinstance(name, str):
                buttons.add(name)
    assert words and words <= {w.lower() for w in COMMANDS}, words - set(COMMANDS)
    assert buttons and buttons <= set(CARD_ACTIONS), buttons - set(CARD_ACTIONS)
    app = create_app(make_container(settings, JobLog()))
    hr_routes = {
        path
        for path in app.openapi()["paths"]
        if path.startswith("/api/hr/")
        and not path.startswith(("/api/hr/session", "/api/hr/config"))
    }
    assert hr_routes == set(PAGES)
    console_routes = {
        f"{method.upper()} {path}"
        for path, ops in app.openapi()["paths"].items()
        if path.startswith("/api/console/")
        for method in ops
    }
    assert console_routes == set(CONSOLE), (
        console_routes - set(CONSOLE),
        set(CONSOLE) - console_routes,
    )


ENTRY_POINTS = (
    [(f"命令 {w}", a) for w, a in COMMANDS.items()]
    + [(f"按钮 {b}", a) for b, a in CARD_ACTIONS.items()]
    + [(f"页面 {p}", a) for p, a in PAGES.items()]
    + [(f"控制台 {r}", a) for r, a in CONSOLE.items()]
    + [(f"导出 {e}", a) for e, a in EXPORTS.items()]
)


async def _refusal(who: Who, action: Action, app_id: int) -> str | None:
    """None when allowed; the refusal's message otherwise."""
    try:
        await check_staff(who.user_id, action, application_id=app_id)
    except PermissionDeniedError as exc:
        return exc.user_message
    return None


async def test_every_entry_point_for_every_role_in_and_out_of_scope(db: DatabaseSettings) -> None:
    apps = await _org()
    checked = refused = 0
    for who in PEOPLE:
        trail = AuditLog.filter(actor=f"staff:{who.user_id}")
        for label, action in ENTRY_POINTS:
            for job, app_id in apps.items():
                want = expected(who, action, job)
                before = await trail.count()
                message = await _refusal(who, action, app_id)
                where = f"{who.user_id} {label} on the {job} job"
                assert (message is None) is want, f"{where}: expected allowed={want}"
                if message is not None:
                    entry = await trail.order_by("-id").first()
                    assert message and entry is not None, where
                    assert entry.action == f"{action.value}.denied", where
                    assert await trail.count() == before + 1, where
                    refused += 1
                checked += 1
    print(f"role matrix: {checked} checks, {refused} refusals, all audited")
    assert refused > 0 and checked == len(PEOPLE) * len(ENTRY_POINTS) * len(apps)


@pytest.mark.parametrize("action", list(A))
def test_every_action_has_a_chinese_label(action: Action) -> None:
    from workflows.staff.policy import ACTION_LABELS

    assert ACTION_LABELS[action]
