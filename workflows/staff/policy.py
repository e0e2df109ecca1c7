"""Who may do what, on which jobs: the one role matrix every entry point asks.

Roles (`Role`): admin, hr_head, hr, manager (hiring manager), interviewer; candidates are not
staff and reach only their own interview and offer through signed tokens. Scope: an HR member
acts on the jobs they own and the jobs of their department (a job without a department, or a
member without one, is org-wide); a hiring manager sees the jobs they manage; an interviewer sees
reports of their department's jobs. HR heads and admins act on every job; only they handle
data-subject requests, and only admins rotate keys. `authorize` answers; `require` raises a
PermissionDeniedError with a Chinese message and writes the refusal to the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workflows.actors import Actor
from workflows.errors import PermissionDeniedError
from workflows.jobs.models import Job
from workflows.privacy.audit import record_access
from workflows.staff.models import Role, Staff


class Action(StrEnum):
    """Everything a command, card button, page or export can do."""

    HELP = "help"
    LIST_JOBS = "jobs.list"
    LIST_CANDIDATES = "candidates.list"
    VIEW_RANKING = "ranking.view"
    COMPARE = "ranking.compare"
    VIEW_CANDIDATE = "candidate.view"
    VIEW_REPORT = "report.view"
    VIEW_MEDIA = "answer.media"
    DECIDE = "application.decide"
    INVITE = "invitation.send"
    REQUEST_OFFER = "offer.request"
    EDIT_JOB_RULES = "job.rules"
    EXPORT_JOB = "job.export"
    IMPORT_DATA = "data.import"
    VIEW_MATERIALS = "offer.materials"
    SUBJECT_EXPORT = "subject.export"
    SUBJECT_ERASE = "subject.erase"
    ROTATE_KEYS = "keys.rotate"
    MERGE_CANDIDATES = "candidate.merge"
    VIEW_FAIRNESS = "fairness.view"  # demographics, fairness, validity and calibration
    HANDLE_REVIEWS = "review.handle"  # candidates' human-review requests (PIPL Art. 24)
    ASSIGN_ROLES = "staff.roles"  # who has which role (the console's people page)


# Which actions each role may take at all (scope is checked separately).
_HR_ACTIONS = frozenset(Action) - {
    Action.VIEW_FAIRNESS,
    Action.SUBJECT_EXPORT,
    Action.SUBJECT_ERASE,
    Action.ROTATE_KEYS,
    Action.ASSIGN_ROLES,
}
MATRIX: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.HR_HEAD: frozenset(Action) - {Action.ROTATE_KEYS},
    Role.HR: _HR_ACTIONS,
    # Scores and reports of their own job; no contact details, decisions or exports.
    Role.MANAGER: frozenset(
        {
            Action.HELP,
            Action.LIST_JOBS,
            Action.VIEW_RANKING,
            Action.COMPARE,
            Action.VIEW_REPORT,
            Action.VIEW_MEDIA,
        }
    ),
    Role.INTERVIEWER: frozenset({Action.HELP, Action.VIEW_REPORT, Action.VIEW_MEDIA}),
}
# Actions about the whole org rather than one job.
ORG_WIDE = frozenset(
    {
        Action.HELP,
        Action.LIST_JOBS,
        Action.IMPORT_DATA,
        Action.SUBJECT_EXPORT,
        Action.SUBJECT_ERASE,
        Action.ROTATE_KEYS,
        Action.MERGE_CANDIDATES,
        Action.VIEW_FAIRNESS,
        Action.HANDLE_REVIEWS,
        Action.ASSIGN_ROLES,
    }
)
_ANY_JOB = frozenset({Role.ADMIN, Role.HR_HEAD})

NOT_STAFF = "你还不是钉聘的使用成员，请联系 HR 负责人开通"
NO_ROLE = "你的角色（{roles}）不能执行「{action}」，如需开通请联系 HR 负责人"
OUT_OF_SCOPE = "你没有岗位 #{job} 的权限：只能处理自己负责或本部门的岗位"
ACTION_LABELS: dict[Action, str] = {
    Action.HELP: "帮助",
    Action.LIST_JOBS: "查看岗位",
    Action.LIST_CANDIDATES: "查看候选人",
    Action.VIEW_RANKING: "查看排名",
    Action.COMPARE: "对比候选人",
    Action.VIEW_CANDIDATE: "查看候选人详情",
    Action.VIEW_REPORT: "查看面试报告",
    Action.VIEW_MEDIA: "查看面试录像",
    Action.DECIDE: "推进或淘汰",
    Action.INVITE: "发送面试邀请",
    Action.REQUEST_OFFER: "发起录用",
    Action.EDIT_JOB_RULES: "修改岗位规则",
    Action.EXPORT_JOB: "导出",
    Action.IMPORT_DATA: "导入",
    Action.VIEW_MATERIALS: "查看入职材料",
    Action.SUBJECT_EXPORT: "导出个人信息副本",
    Action.SUBJECT_ERASE: "删除个人信息",
    Action.ROTATE_KEYS: "轮换密钥",
    Action.MERGE_CANDIDATES: "合并疑似重复的候选人",
    Action.VIEW_FAIRNESS: "查看公平性与效度分析",
    Action.HANDLE_REVIEWS: "处理候选人的人工复核申请",
    Action.ASSIGN_ROLES: "分配角色",
}
ROLE_LABELS = {
    Role.ADMIN: "管理员",
    Role.HR_HEAD: "HR 负责人",
    Role.HR: "HR",
    Role.MANAGER: "用人经理",
    Role.INTERVIEWER: "面试官",
}


@dataclass(frozen=True, slots=True)
class JobScope:
    """The facts about a job that scope decisions need."""

    job_id: int
    department_id: int | None
    owner_id: int | None
    hiring_manager_id: int | None

    @classmethod
    def of(cls, job: Job) -> JobScope:
        """The scope facts of a loaded job."""
        return cls(
            job.id,
            job.department_id,  # type: ignore[attr-defined]
            job.owner_id,  # type: ignore[attr-defined]
            job.hiring_manager_id,  # type: ignore[attr-defined]
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """Allowed, or refused with the reason a person reads."""

    allowed: bool
    message: str = ""
    reason: str = ""


def roles_of(staff: Staff) -> list[Role]:
    """The staff member's known roles."""
    return [r for r in Role if r.value in staff.roles]


def _in_scope(staff: Staff, role: Role, scope: JobScope) -> bool:
    if role in _ANY_JOB:
        return True
    dept: int | None = staff.department_id  # type: ignore[attr-defined]
    same_dept = scope.department_id is None or dept is None or dept == scope.department_id
    if role is Role.HR:
        return scope.owner_id == staff.id or same_dept
    if role is Role.MANAGER:
        return scope.hiring_manager_id == staff.id
    if role is Role.INTERVIEWER:
        return scope.department_id is not None and dept == scope.department_id
    return False


def authorize(staff: Staff | None, action: Action, scope: JobScope | None = None) -> Decision:
    """May this staff member take `action` (on the job in `scope`)? Pure: no I/O."""
    label = ACTION_LABELS[action]
    if staff is None or not staff.is_active:
        return Decision(False, NOT_STAFF, "not_staff")
    roles = [r for r in roles_of(staff) if action in MATRIX[r]]
    if not roles:
        names = "、".join(ROLE_LABELS[r] for r in roles_of(staff)) or "无"
        return Decision(False, NO_ROLE.format(roles=names, action=label), "role")
    if action in ORG_WIDE or scope is None:
        return Decision(True)
    if any(_in_scope(staff, r, scope) for r in roles):
        return Decision(True)
    return Decision(False, OUT_OF_SCOPE.format(job=scope.job_id), "scope")


async def require(
    staff: Staff | None,
    action: Action,
    scope: JobScope | None = None,
    *,
    actor: Actor | None = None,
    subject: tuple[str, str | int] = ("job", 0),
) -> Staff:
    """The staff member when allowed; otherwise audit the refusal and raise."""
    decision = authorize(staff, action, scope)
    if decision.allowed and staff is not None:
        return staff
    who = actor or (Actor.staff(staff.dingtalk_user_id) if staff else Actor.system("unknown"))
    subject_type, subject_id = subject
    if scope is not None and subject == ("job", 0):
        subject_id = scope.job_id
    await record_access(
        who, f"{action.value}.denied", subject_type, subject_id, reason=decision.reason
    )
    raise PermissionDeniedError(f"{who} may not {action.value}", user_message=decision.message)


def allowed_actions(staff: Staff | None, scope: JobScope | None = None) -> list[Action]:
    """Every action this member may take (on the job in `scope`): what a console shows."""
    return [a for a in Action if authorize(staff, a, scope).allowed]


async def job_scope(*, job_id: int | None = None, application_id: int | None = None) -> JobScope:
    """The scope facts of a job, given the job or one of its applications."""
    from workflows.applications.models import Application

    if job_id is None and application_id is not None:
        app = await Application.get_or_none(id=application_id)
        job_id = app.job_id if app is not None else None  # type: ignore[attr-defined]
    job = await Job.get_or_none(id=job_id) if job_id is not None else None
    if job is None:
        # Nothing to scope on: the use case itself answers "not found".
        return JobScope(0, None, None, None)
    return JobScope.of(job)


async def check_staff(
    dingtalk_user_id: str,
    action: Action,
    *,
    job_id: int | None = None,
    application_id: int | None = None,
) -> Staff:
    """The use case every entry point (chat, cards, pages, the HR console) calls: the staff
    member when allowed, else PermissionDeniedError with the refusal audited."""
    staff = (
        await Staff.get_or_none(dingtalk_user_id=dingtalk_user_id, is_active=True)
        if dingtalk_user_id
        else None
    )
    scope = None
    subject: tuple[str, str | int] = ("job", 0)
    if job_id is not None or application_id is not None:
        scope = await job_scope(job_id=job_id, application_id=application_id)
        if application_id is not None:
            subject = ("application", application_id)
    actor = Actor.staff(dingtalk_user_id) if dingtalk_user_id else Actor.system("anonymous")
    return await require(staff, action, scope, actor=actor, subject=subject)


def role_allows(roles: list[str], action: Action) -> bool:
    """True when any of these roles may take `action` at all (scope aside)."""
    return any(action in MATRIX[r] for r in Role if r.value in roles)
