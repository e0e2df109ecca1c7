"""The question bank in the console: list, create, edit, delete, with the compliance check.

A question (and each of its follow-up templates) that asks about marriage, childbearing,
pregnancy, ethnicity, religion, hukou or health is refused with the topic and the rule
(analysis.compliance); the Excel import and generated follow-ups use the same check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.compliance import check_texts, refusal_message
from workflows.console.access import ConsoleViewer, audit_change, require_configure
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.jobs.models import Dimension, Question, QuestionSetItem, QuestionType

TYPE_LABELS: dict[QuestionType, str] = {
    QuestionType.SELF_INTRODUCTION: "自我介绍",
    QuestionType.BEHAVIOURAL: "行为",
    QuestionType.SITUATIONAL: "情景",
    QuestionType.TECHNICAL: "技术",
    QuestionType.VALUES: "价值观",
}


@dataclass(frozen=True, slots=True)
class QuestionForm:
    """A question as the form sends it."""

    type: QuestionType
    text: str
    think_time_s: int = 30
    answer_time_s: int = 180
    retakes_allowed: int = 1
    difficulty: int = 2
    equivalence_group: str = ""
    dimension_codes: list[str] = field(default_factory=list)
    exemplar_answers: list[str] = field(default_factory=list)
    follow_up_templates: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """A bank question as the console shows it."""

    id: int
    type: str
    type_label: str
    text: str
    think_time_s: int
    answer_time_s: int
    retakes_allowed: int
    difficulty: int
    equivalence_group: str
    dimension_codes: list[str]
    exemplar_answers: list[str]
    follow_up_templates: list[str]
    in_sets: int


@dataclass(frozen=True, slots=True)
class ComplianceVerdict:
    """The check on a draft question: allowed, or refused with the reason."""

    allowed: bool
    message: str
    topics: list[str]


def check_form(form: QuestionForm) -> ComplianceVerdict:
    """The compliance verdict of a draft (question text and follow-up templates)."""
    issues = check_texts([form.text, *form.follow_up_templates])
    if not issues:
        return ComplianceVerdict(True, "未发现违规内容", [])
    return ComplianceVerdict(False, refusal_message(issues), [i.topic for i in issues])


async def _validate(form: QuestionForm) -> None:
    errors: list[str] = []
    text = form.text.strip()
    if not text:
        errors.append("请填写题目")
    elif len(text) > 1000:
        errors.append("题目最多 1000 字")
    if not 0 <= form.think_time_s <= 600:
        errors.append("思考时间需在 0 到 600 秒之间")
    if not 10 <= form.answer_time_s <= 1800:
        errors.append("作答时间需在 10 到 1800 秒之间")
    if not 0 <= form.retakes_allowed <= 5:
        errors.append("重录次数需在 0 到 5 之间")
    if not 1 <= form.difficulty <= 5:
        errors.append("难度需在 1 到 5 之间")
    if form.dimension_codes:
        known = {str(d["code"]) for d in await Dimension.all().values("code")}
        unknown = [c for c in form.dimension_codes if c not in known]
        if unknown:
            errors.append("能力维度不存在：" + "、".join(unknown))
    if errors:
        raise ValidationFailedError("question invalid", user_message="；".join(errors))
    verdict = check_form(form)
    if not verdict.allowed:
        raise ValidationFailedError(
            f"question refused: {verdict.topics}", user_message=verdict.message
        )


def _row(q: Question, in_sets: int) -> QuestionRow:
    kind = QuestionType(q.type)
    return QuestionRow(
        q.id,
        kind.value,
        TYPE_LABELS[kind],
        q.text,
        q.think_time_s,
        q.answer_time_s,
        q.retakes_allowed,
        q.difficulty,
        q.equivalence_group,
        list(q.dimension_codes),
        list(q.exemplar_answers),
        list(q.follow_up_templates),
        in_sets,
    )


async def list_questions(
    *, search: str = "", kind: QuestionType | None = None, limit: int = 200
) -> list[QuestionRow]:
    """Bank questions, newest first, filtered by text and type."""
    query = Question.all()
    if search.strip():
        query = query.filter(text__icontains=search.strip())
    if kind is not None:
        query = query.filter(type=kind)
    questions = await query.order_by("-id").limit(limit)
    used: dict[int, int] = {}
    ids = [q.id for q in questions]
    for qid in await QuestionSetItem.filter(question_id__in=ids).values_list(
        "question_id", flat=True
    ):
        used[int(qid)] = used.get(int(qid), 0) + 1  # type: ignore[call-overload]
    return [_row(q, used.get(q.id, 0)) for q in questions]


def _fields(form: QuestionForm) -> dict[str, Any]:
    follow = [t.strip() for t in form.follow_up_templates if t.strip()]
    return {
        "type": form.type,
        "text": form.text.strip(),
        "think_time_s": form.think_time_s,
        "answer_time_s": form.answer_time_s,
        "retakes_allowed": form.retakes_allowed,
        "difficulty": form.difficulty,
        "equivalence_group": form.equivalence_group.strip(),
        "dimension_codes": list(dict.fromkeys(form.dimension_codes)),
        "exemplar_answers": [a.strip() for a in form.exemplar_answers if a.strip()],
        "follow_up_templates": follow,
        "allow_follow_up": bool(follow),
    }


async def create_question(viewer: ConsoleViewer, form: QuestionForm) -> QuestionRow:
    """Add a compliant question to the bank (audited)."""
    await require_configure(viewer)
    await _validate(form)
    if await Question.exists(text=form.text.strip()):
        raise ConflictError("question exists", user_message="题库中已有相同的题目")
    question = await Question.create(**_fields(form))
    await audit_change(viewer, "question.created", "question", question.id, type=form.type.value)
    return _row(question, 0)


async def update_question(
    viewer: ConsoleViewer, question_id: int, form: QuestionForm
) -> QuestionRow:
    """Edit a bank question (audited); the same checks as a new one."""
    await require_configure(viewer)
    question = await Question.get_or_none(id=question_id)
    if question is None:
        raise NotFoundError(f"question {question_id}", user_message="找不到该题目")
    await _validate(form)
    clash = await Question.filter(text=form.text.strip()).exclude(id=question_id).exists()
    if clash:
        raise ConflictError("question exists", user_message="题库中已有相同的题目")
    question.update_from_dict(_fields(form))
    await question.save()
    await audit_change(viewer, "question.updated", "question", question.id)
    uses = await QuestionSetItem.filter(question_id=question.id).count()
    return _row(question, uses)


async def delete_question(viewer: ConsoleViewer, question_id: int) -> None:
    """Remove a question no question set uses (audited)."""
    await require_configure(viewer)
    question = await Question.get_or_none(id=question_id)
    if question is None:
        raise NotFoundError(f"question {question_id}", user_message="找不到该题目")
    uses = await QuestionSetItem.filter(question_id=question_id).count()
    if uses:
        raise ConflictError(
            "question in use", user_message=f"该题目在 {uses} 个题本中使用，请先从题本中移除"
        )
    await question.delete()
    await audit_change(viewer, "question.deleted", "question", question_id)
