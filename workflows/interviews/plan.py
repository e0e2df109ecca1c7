"""The interview plan: self-introduction, questions drawn for this candidate, follow-ups."""

from __future__ import annotations

import hashlib
import hmac
import random
from typing import Any

from tortoise.transactions import in_transaction

from analysis.compliance import check_question, refusal_message
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.interviews.models import Answer, InterviewSession, SessionStatus
from workflows.jobs.models import Question, QuestionSetItem, QuestionType
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault

NODE_SELF_INTRODUCTION = "self_introduction"
NODE_QUESTION = "question"
NODE_FOLLOW_UP = "follow_up"

DEFAULT_INTRO_TEXT = (
    "请用一到两分钟做个自我介绍：你的教育和工作经历，以及你为什么对这个岗位感兴趣。"
)
FOLLOW_UP_THINK_S = 20
FOLLOW_UP_ANSWER_S = 120


def difficulty_for(years_experience: float | None) -> int:
    """Target question difficulty (1-4) from years of experience; unknown counts as junior."""
    years = years_experience or 0.0
    if years < 1:
        return 1
    if years < 3:
        return 2
    if years < 6:
        return 3
    return 4


def plan_seed(application_id: int, secret: bytes) -> int:
    """A per-application seed, secret so the draw cannot be predicted from the ids."""
    digest = hmac.new(secret, f"plan:{application_id}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:6], "big")


def _node(kind: str, question: Question | None, text: str, **extra: Any) -> dict[str, Any]:
    node: dict[str, Any] = {
        "kind": kind,
        "question_id": question.id if question else None,
        "text": question.text if question else text,
        "think_s": question.think_time_s if question else extra.pop("think_s", 30),
        "answer_s": question.answer_time_s if question else extra.pop("answer_s", 120),
        "retakes_allowed": question.retakes_allowed if question else extra.pop("retakes", 1),
        "difficulty": question.difficulty if question else None,
        "group": question.equivalence_group if question else "",
    }
    node.update(extra)
    return node


async def draw_plan(
    question_set_id: int | None, years_experience: float | None, seed: int
) -> list[dict[str, Any]]:
    """Draw the nodes: one question per set item, the equivalent nearest the target difficulty."""
    rng = random.Random(seed)
    target = difficulty_for(years_experience)
    items = (
        await QuestionSetItem.filter(question_set_id=question_set_id)
        .order_by("position")
        .prefetch_related("question")
        if question_set_id is not None
        else []
    )
    used: set[int] = set()
    nodes: list[dict[str, Any]] = []
    for item in items:
        fixed: Question = item.question
        pool = [fixed]
        if fixed.equivalence_group:
            pool = await Question.filter(equivalence_group=fixed.equivalence_group).order_by("id")
        pool = [q for q in pool if q.id not in used] or [fixed]
        best = min(abs(q.difficulty - target) for q in pool)
        choice = rng.choice([q for q in pool if abs(q.difficulty - target) == best])
        used.add(choice.id)
        is_intro = choice.type == QuestionType.SELF_INTRODUCTION
        nodes.append(_node(NODE_SELF_INTRODUCTION if is_intro else NODE_QUESTION, choice, ""))
    # The self-introduction always comes first, and there is always one.
    intros = [n for n in nodes if n["kind"] == NODE_SELF_INTRODUCTION]
    rest = [n for n in nodes if n["kind"] != NODE_SELF_INTRODUCTION]
    if not intros:
        intros = [_node(NODE_SELF_INTRODUCTION, None, DEFAULT_INTRO_TEXT)]
    ordered = intros[:1] + rest
    for index, node in enumerate(ordered):
        node["index"] = index
    return ordered


async def add_follow_up_node(
    session_id: int,
    after_index: int,
    text: str,
    source_answer_id: int,
    *,
    vault: PiiVault | None = None,
    owner: int | None = None,
) -> int:
    """Insert a follow-up after node `after_index` (and its earlier follow-ups); its new index.
    With the vault, its text (it quotes the answer) is sealed under candidate `owner`'s key.

    Indices are stable ids: the new node gets the next free index and the plan's list order
    is the order in which nodes are asked.
    """
    if not text.strip():
        raise ValueError("follow-up text must not be empty")
    issues = check_question(text)
    if vault is not None and owner:
        await vault.unlock(owner, create=True)
    if issues:
        # A generated (or templated) follow-up is held to the same rule as the bank.
        raise ValidationFailedError(
            f"follow-up refused: {', '.join(i.topic for i in issues)}",
            user_message=refusal_message(issues),
        )
    async with in_transaction() as conn:
        session = (
            await InterviewSession.select_for_update().using_db(conn).get_or_none(id=session_id)
        )
        if session is None:
            raise NotFoundError(f"session {session_id} not found", user_message="找不到这场面试")
        if session.status not in (SessionStatus.NOT_STARTED, SessionStatus.IN_PROGRESS):
            raise ConflictError(
                f"session {session_id} is {session.status}", user_message="面试已提交，不能再追问"
            )
        if await Answer.filter(id=source_answer_id, superseded=True).using_db(conn).exists():
            # The candidate recorded that answer again while it was being analysed.
            raise ConflictError(
                f"answer {source_answer_id} superseded", user_message="该回答已重新作答"
            )
        plan = list(session.plan)
        positions = [pos for pos, n in enumerate(plan) if n["index"] == after_index]
        if not positions:
            raise NotFoundError(f"no node {after_index}", user_message="找不到这道题")
        pos = positions[0] + 1
        while pos < len(plan) and plan[pos].get("after_index") == after_index:
            pos += 1
        new_index = max(n["index"] for n in plan) + 1
        stored = text.strip()
        if vault is not None and owner:
            stored = vault.encrypt(stored, context=contexts.FOLLOW_UP_QUESTION, owner=owner)
        node = _node(
            NODE_FOLLOW_UP,
            None,
            stored,
            think_s=FOLLOW_UP_THINK_S,
            answer_s=FOLLOW_UP_ANSWER_S,
            retakes=0,
            index=new_index,
            after_index=after_index,
            source_answer_id=source_answer_id,
        )
        plan.insert(pos, node)
        session.plan = plan
        await session.save(using_db=conn, update_fields=["plan", "updated_at"])
    return int(new_index)


def find_node(session: InterviewSession, index: int) -> dict[str, Any]:
    """The plan node with this stable index."""
    for node in session.plan:
        if node["index"] == index:
            return node
    raise NotFoundError(f"session {session.id} has no node {index}", user_message="找不到这道题")
