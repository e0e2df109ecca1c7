"""Which policy action each chat command and card button is (workflows.staff.policy decides).

A command is checked twice: its role when it is recognised (`from_hr`), and its job scope once
the job is named (a job id or title as the first word, or an application number for 报告/相似).
Every refusal of a staff member is written to the audit trail.
"""

from __future__ import annotations

import re

from integrations.dingtalk.inbound import CardAction, InboundMessage
from workflows.errors import NotFoundError, PermissionDeniedError
from workflows.jobs.service import find_job
from workflows.staff.policy import NOT_STAFF, Action, check_staff

COMMANDS: dict[str, Action] = {
    **dict.fromkeys(("帮助", "help", "?", "？"), Action.HELP),
    **dict.fromkeys(("岗位", "jobs", "职位"), Action.LIST_JOBS),
    **dict.fromkeys(("候选人", "candidates", "未开始", "pending"), Action.LIST_CANDIDATES),
    **dict.fromkeys(("排名", "rank", "排行"), Action.VIEW_RANKING),
    **dict.fromkeys(("对比", "compare", "相似", "similar"), Action.COMPARE),
    **dict.fromkeys(("报告", "report"), Action.VIEW_REPORT),
    **dict.fromkeys(("晋级", "advance", "淘汰", "reject", "建议", "recommend"), Action.DECIDE),
    **dict.fromkeys(("邀请", "邀请面试", "invite"), Action.INVITE),
    **dict.fromkeys(("录用", "发起录用", "offer"), Action.REQUEST_OFFER),
    **dict.fromkeys(
        (
            "及格线",
            "passline",
            "自动晋级",
            "autoadvance",
            "自动淘汰",
            "autoreject",
            "改进建议",
            "feedbacknote",
        ),
        Action.EDIT_JOB_RULES,
    ),
    **dict.fromkeys(("导出", "export"), Action.EXPORT_JOB),
    **dict.fromkeys(("导入", "import"), Action.IMPORT_DATA),
    **dict.fromkeys(("个人信息", "导出个人信息", "subject-export"), Action.SUBJECT_EXPORT),
    **dict.fromkeys(("删除个人信息", "subject-erase"), Action.SUBJECT_ERASE),
    **dict.fromkeys(
        ("合并", "merge", "不合并", "notduplicate", "疑似重复", "duplicates"),
        Action.MERGE_CANDIDATES,
    ),
}
# Commands whose first argument is an application number, not a job.
_BY_APPLICATION = frozenset({"报告", "report", "相似", "similar"})
CARD_ACTIONS: dict[str, Action] = {
    "advance": Action.DECIDE,
    "reject": Action.DECIDE,
    "confirm_recommendations": Action.DECIDE,
    "invite": Action.INVITE,
    "detail": Action.VIEW_CANDIDATE,
    "report": Action.VIEW_REPORT,
    "compare": Action.COMPARE,
    "offer": Action.REQUEST_OFFER,
}
FILE_IMPORT = Action.IMPORT_DATA


def command_words(text: str) -> list[str]:
    """The words of a command, @-mentions removed."""
    return re.sub(r"@\S+", " ", text).split()


def action_of(message: InboundMessage) -> tuple[Action | None, str, list[str]]:
    """The action a command message asks for, its command word and its arguments."""
    words = command_words(message.text)
    if not words:
        return None, "", []
    word = words[0].lower().lstrip("/").rstrip("：:")
    return COMMANDS.get(word), word, words[1:]


async def check_message(message: InboundMessage, action: Action | None = None) -> bool:
    """True when the sender may run this command (on the job it names); a staff member's
    refusal is audited and raised with the reason, anyone else simply does not match."""
    found, word, args = action_of(message)
    action = action or found
    if action is None:
        return False
    job_id = application_id = None
    if args and action not in (Action.HELP, Action.LIST_JOBS, Action.IMPORT_DATA):
        ref = args[0].lstrip("#＃")
        if word in _BY_APPLICATION and ref.isdigit() and len(args) == 1:
            application_id = int(ref)
        elif action not in (Action.SUBJECT_EXPORT, Action.SUBJECT_ERASE):
            try:
                job_id = (await find_job(args[0])).id
            except NotFoundError:
                job_id = None  # the handler answers "not found" with its own message
        else:
            application_id = int(ref) if ref.isdigit() else None
    try:
        await check_staff(
            message.sender_staff_id, action, job_id=job_id, application_id=application_id
        )
    except PermissionDeniedError as exc:
        if exc.user_message == NOT_STAFF:
            return False  # not DingHire staff: their message is for the candidate handlers
        raise
    return True


async def check_card(click: CardAction, *, message: str = "") -> str:
    """The clicking staff member's name when the button is theirs to press (role and job scope);
    otherwise PermissionDeniedError (audited)."""
    name = str(click.params.get("action", "")) or next(iter(click.action_ids), "")
    action = CARD_ACTIONS.get(name, Action.DECIDE)
    raw = str(click.params.get("application_id", ""))
    try:
        staff = await check_staff(
            click.user_id, action, application_id=int(raw) if raw.isdigit() else None
        )
    except PermissionDeniedError as exc:
        if message and "角色" in exc.user_message:
            raise PermissionDeniedError(str(exc), user_message=message) from exc
        raise
    return staff.name
