"""The OA offer template, its filled form and the approver chain (会签 / 或签)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from integrations.dingtalk.approvals import OFFER_TEMPLATE_NAME
from integrations.dingtalk.ports import (
    ApproverActionType,
    ApproverStep,
    FormComponent,
    FormValue,
    ProcessTemplate,
)
from workflows.errors import ValidationFailedError
from workflows.offers.salary import SalarySuggestion

FIELD_CANDIDATE = "候选人"
FIELD_JOB = "应聘岗位"
FIELD_DEPARTMENT = "部门"
FIELD_LEVEL = "职级"
FIELD_SALARY = "建议月薪"
FIELD_RANGE = "薪资范围"
FIELD_START = "预计入职日期"
FIELD_SCORE = "面试得分"
FIELD_REPORT = "面试报告"
FIELD_REASONS = "推荐理由"

OFFER_TEMPLATE = ProcessTemplate(
    name=OFFER_TEMPLATE_NAME,
    description="DingHire 发起的候选人录用审批：薪资建议、入职日期与面试结论",
    components=(
        FormComponent(FIELD_CANDIDATE, required=True),
        FormComponent(FIELD_JOB, required=True),
        FormComponent(FIELD_DEPARTMENT),
        FormComponent(FIELD_LEVEL, required=True),
        FormComponent(FIELD_SALARY, "MoneyField", required=True, placeholder="税前月薪（元）"),
        FormComponent(FIELD_RANGE),
        FormComponent(FIELD_START, "DDDateField", required=True),
        FormComponent(FIELD_SCORE),
        FormComponent(FIELD_REPORT),
        FormComponent(FIELD_REASONS, "TextareaField"),
    ),
)

MODE_LABELS = {"AND": "会签", "OR": "或签", "NONE": "审批"}


@dataclass(frozen=True, slots=True)
class OfferForm:
    """What goes into the approval form."""

    candidate: str
    job_title: str
    department: str
    suggestion: SalarySuggestion
    start_date: date
    interview_score: float | None
    report_link: str
    strengths: Sequence[str] = ()


def reasons_text(reasons: Sequence[str]) -> str:
    """Numbered reasons for the approval form."""
    return "\n".join(f"{i}. {r}" for i, r in enumerate(reasons, 1))


def form_values(form: OfferForm) -> tuple[FormValue, ...]:
    """The filled form, in template order."""
    s = form.suggestion
    reasons = list(s.reasons)
    if form.strengths:
        reasons.append("面试亮点：" + "；".join(form.strengths))
    score = "未面试" if form.interview_score is None else f"{form.interview_score:.1f}"
    return (
        FormValue(FIELD_CANDIDATE, form.candidate or "未识别姓名"),
        FormValue(FIELD_JOB, form.job_title),
        FormValue(FIELD_DEPARTMENT, form.department or "未设置"),
        FormValue(FIELD_LEVEL, s.level),
        FormValue(FIELD_SALARY, str(s.suggested)),
        FormValue(
            FIELD_RANGE,
            f"{s.range[0]}-{s.range[1]} 元/月（{s.level}薪资带 {s.band[0]}-{s.band[1]}）",
        ),
        FormValue(FIELD_START, form.start_date.isoformat()),
        FormValue(FIELD_SCORE, score),
        FormValue(FIELD_REPORT, form.report_link),
        FormValue(FIELD_REASONS, reasons_text(reasons)),
    )


def _mode(raw: Any, n_people: int) -> ApproverActionType:
    text = str(raw or "").upper()
    if n_people <= 1:
        return ApproverActionType.NONE
    if text in ("AND", "会签"):
        return ApproverActionType.AND
    return ApproverActionType.OR


def configured_steps(raw_steps: Sequence[Mapping[str, Any]]) -> tuple[ApproverStep, ...]:
    """Steps from Job.offer_approvers: [{"user_ids": [...], "mode": "AND"|"OR"|"NONE"}]."""
    steps: list[ApproverStep] = []
    for raw in raw_steps:
        ids = tuple(dict.fromkeys(str(u) for u in raw.get("user_ids") or [] if str(u)))
        if not ids:
            continue
        steps.append(ApproverStep(ids, _mode(raw.get("mode"), len(ids))))
    if raw_steps and not steps:
        raise ValidationFailedError(
            "offer_approvers has no user ids",
            user_message="岗位配置的录用审批人为空，请检查岗位的审批人设置",
        )
    return tuple(steps)


def default_steps(
    manager_user_id: str | None, hr_head_user_ids: Sequence[str], mode: str
) -> tuple[ApproverStep, ...]:
    """The default chain: the hiring manager, then the HR head(s) (或签 or 会签 by `mode`)."""
    steps: list[ApproverStep] = []
    if manager_user_id:
        steps.append(ApproverStep((manager_user_id,), ApproverActionType.NONE))
    heads = tuple(u for u in dict.fromkeys(hr_head_user_ids) if u and u != manager_user_id)
    if heads:
        steps.append(ApproverStep(heads, _mode(mode, len(heads))))
    return tuple(steps)


def steps_to_json(steps: Sequence[ApproverStep]) -> list[dict[str, Any]]:
    """What Offer.approvers stores."""
    return [{"user_ids": list(s.user_ids), "mode": s.action_type.value} for s in steps]


def describe_steps(steps: Sequence[ApproverStep], names: Mapping[str, str]) -> list[str]:
    """`陈刚`, `李静、张三（或签）` for HR."""
    out = []
    for s in steps:
        people = "、".join(names.get(u, u) for u in s.user_ids)
        if len(s.user_ids) > 1:
            people += f"（{MODE_LABELS[s.action_type.value]}）"
        out.append(people)
    return out
