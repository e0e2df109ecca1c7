"""The org's training catalogue and course suggestions for a new hire's weakest dimensions.

Suggestions come from the hired candidate's current report, only from assessed dimensions
(a dimension the interview could not assess says nothing about a gap). They are stored on the
offer, next to the pre-entry id, so the probation review finds them with the employee record.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from integrations.dingtalk.messages import OutgoingMessage, Recipient
from workflows.applications.models import Application
from workflows.assessments.reports import current_report
from workflows.clock import BEIJING
from workflows.errors import NotFoundError, ValidationFailedError
from workflows.events import EventBus, OfferAccepted
from workflows.messaging.notify import candidate_name, kick_dispatch
from workflows.messaging.outbox import enqueue_message
from workflows.offers.messages import CourseSuggestion, TrainingAdvice
from workflows.offers.models import Offer, TrainingCourse
from workflows.services import Services

log = logging.getLogger(__name__)

MAX_DIMENSIONS = 3
MIN_DIMENSIONS = 2
COURSES_PER_DIMENSION = 2
# Dimension scores are 0..10; a job's pass line is 0..100.
DEFAULT_REQUIRED = 6.0


@dataclass(frozen=True, slots=True)
class CourseSpec:
    """One default course of the seeded catalogue."""

    code: str
    title: str
    provider: str
    hours: float
    dimensions: tuple[str, ...]
    description: str


DEFAULT_COURSES: tuple[CourseSpec, ...] = (
    CourseSpec(
        "comm-structured",
        "结构化表达：金字塔原理与工作汇报",
        "企业大学",
        6,
        ("communication", "沟通表达"),
        "用结论先行、以上统下的结构组织汇报与邮件，减少来回沟通。",
    ),
    CourseSpec(
        "comm-listening",
        "高效倾听与有效反馈",
        "企业大学",
        3,
        ("communication", "沟通表达", "teamwork", "团队协作"),
        "练习复述确认、提问澄清和 SBI 反馈法，让沟通少误解。",
    ),
    CourseSpec(
        "team-crossdept",
        "跨部门协作与影响力",
        "企业大学",
        4,
        ("teamwork", "团队协作"),
        "在没有直接管理权的情况下对齐目标、争取资源、推动协作。",
    ),
    CourseSpec(
        "team-conflict",
        "团队冲突管理工作坊",
        "人力资源部",
        3,
        ("teamwork", "团队协作", "communication", "沟通表达"),
        "识别冲突类型，用对事不对人的方式达成共识。",
    ),
    CourseSpec(
        "problem-solving",
        "结构化问题分析与解决",
        "企业大学",
        6,
        ("problem_solving", "问题解决"),
        "问题界定、议题树拆解、假设驱动验证与复盘。",
    ),
    CourseSpec(
        "tech-highconcurrency",
        "高并发系统设计实战",
        "技术学院",
        12,
        ("backend_expertise", "后端技术", "技术深度", "problem_solving"),
        "缓存、消息队列、分库分表与限流降级的设计取舍，配合线上案例复盘。",
    ),
    CourseSpec(
        "tech-engineering",
        "代码质量与工程实践",
        "技术学院",
        8,
        ("backend_expertise", "后端技术", "技术深度"),
        "代码评审、单元测试、重构与可观测性的团队规范。",
    ),
    CourseSpec(
        "customer-insight",
        "客户需求洞察与服务设计",
        "客户成功中心",
        4,
        ("customer_focus", "客户导向"),
        "从客户旅程出发发现痛点，设计可落地的服务改进。",
    ),
    CourseSpec(
        "customer-complaint",
        "投诉处理与客户情绪安抚",
        "客户成功中心",
        3,
        ("customer_focus", "客户导向", "resilience", "抗压能力"),
        "倾听—致歉—方案—跟进四步法，在权限内妥善解决投诉。",
    ),
    CourseSpec(
        "resilience-stress",
        "情绪管理与压力应对",
        "员工关怀中心",
        3,
        ("resilience", "抗压能力"),
        "识别压力信号，掌握情绪调节与时间管理方法，保持稳定输出。",
    ),
    CourseSpec(
        "sales-consultative",
        "顾问式销售与大客户经营",
        "销售学院",
        8,
        ("sales_drive", "业绩驱动", "customer_focus", "客户导向"),
        "SPIN 提问、客户关系地图与商机推进，提升赢单率。",
    ),
    CourseSpec(
        "learning-agility",
        "学习敏锐度：新员工快速上手",
        "企业大学",
        2,
        ("learning", "学习能力"),
        "制定 30/60/90 天学习计划，向同事和文档高效学习。",
    ),
)


async def ensure_default_catalogue() -> int:
    """Create the default courses that are missing; existing ones are left as the org set them."""
    created = 0
    for spec in DEFAULT_COURSES:
        _, made = await TrainingCourse.get_or_create(
            code=spec.code,
            defaults={
                "title": spec.title,
                "provider": spec.provider,
                "hours": spec.hours,
                "description": spec.description,
                "dimension_codes": list(spec.dimensions),
            },
        )
        created += int(made)
    return created


async def upsert_course(
    code: str,
    title: str,
    dimensions: list[str],
    *,
    provider: str = "",
    hours: float = 0,
    url: str = "",
    description: str = "",
    is_active: bool = True,
) -> TrainingCourse:
    """Add a course to the catalogue, or change the one with this code."""
    code, title = code.strip(), title.strip()
    tags = [d.strip() for d in dimensions if d.strip()]
    if not code or not title:
        raise ValidationFailedError("code and title required", user_message="课程编号和名称必填")
    if not tags:
        raise ValidationFailedError(
            "no dimensions", user_message="请至少填写一个对应的能力维度（如 沟通表达）"
        )
    course, _ = await TrainingCourse.update_or_create(
        code=code,
        defaults={
            "title": title,
            "provider": provider,
            "hours": hours,
            "url": url,
            "description": description,
            "dimension_codes": tags,
            "is_active": is_active,
        },
    )
    return course


async def list_courses(*, active_only: bool = True) -> list[TrainingCourse]:
    """The catalogue, by code."""
    query = TrainingCourse.filter(is_active=True) if active_only else TrainingCourse.all()
    return await query.order_by("code")


def _matches(course: TrainingCourse, code: str, name: str) -> bool:
    tags = {t.strip() for t in course.dimension_codes}
    return code in tags or (bool(name) and name in tags)


def weakest_dimensions(
    dimensions: list[dict[str, Any]], not_assessed: list[dict[str, Any]], required: float
) -> list[dict[str, Any]]:
    """The 2–3 weakest assessed dimensions: those under the requirement, else the two lowest."""
    skipped = {str(d.get("code")) for d in not_assessed}
    assessed = [
        d for d in dimensions if d.get("score") is not None and str(d.get("code")) not in skipped
    ]
    ordered = sorted(assessed, key=lambda d: (float(d["score"]), str(d.get("code"))))
    below = [d for d in ordered if float(d["score"]) < required]
    return below[:MAX_DIMENSIONS] if len(below) >= MIN_DIMENSIONS else ordered[:MIN_DIMENSIONS]


def _course_out(course: TrainingCourse) -> dict[str, Any]:
    return {
        "code": course.code,
        "title": course.title,
        "provider": course.provider,
        "hours": course.hours,
        "url": course.url,
    }


async def suggest_training(offer_id: int) -> list[dict[str, Any]]:
    """Courses for the new hire's weakest assessed dimensions, with why; stored on the offer."""
    offer = await Offer.get_or_none(id=offer_id)
    if offer is None:
        raise NotFoundError(f"offer {offer_id} not found", user_message="找不到这份录用通知")
    app = await Application.get(id=offer.application_id).prefetch_related("job")  # type: ignore[attr-defined]
    report = await current_report(app.id)
    if report is None:
        suggestions: list[dict[str, Any]] = []
    else:
        required = round(app.job.pass_line / 10.0, 1) if app.job.pass_line else DEFAULT_REQUIRED
        courses = await list_courses()
        suggestions = []
        for dim in weakest_dimensions(list(report.dimensions), list(report.not_assessed), required):
            code, name, score = str(dim["code"]), str(dim.get("name") or dim["code"]), dim["score"]
            matched = [c for c in courses if _matches(c, code, name)][:COURSES_PER_DIMENSION]
            if float(score) < required:
                why = f"{name} {float(score):.1f} 分，低于岗位要求（{required:.1f} 分）"
            else:
                why = f"{name} {float(score):.1f} 分，是该候选人相对薄弱的维度"
            suggestions.append(
                {
                    "dimension_code": code,
                    "dimension_name": name,
                    "score": round(float(score), 1),
                    "required": required,
                    "why": why,
                    "courses": [_course_out(c) for c in matched],
                }
            )
    offer.training_suggestions = suggestions
    await offer.save(update_fields=["training_suggestions", "updated_at"])
    return suggestions


def first_day(day: date) -> datetime:
    """09:00 China time on the entry day, in UTC."""
    return datetime.combine(day, time(9, 0), tzinfo=BEIJING).astimezone(UTC)


def _advice(
    name: str, job_title: str, suggestions: list[dict[str, Any]], *, for_manager: bool
) -> TrainingAdvice:
    items = tuple(
        CourseSuggestion(
            str(item["dimension_name"]),
            str(item["why"]),
            tuple(str(c["title"]) for c in item["courses"]),
        )
        for item in suggestions
    )
    return TrainingAdvice(name, job_title, items, for_manager)


async def send_training_suggestions(offer_id: int, deps: Services) -> list[int]:
    """Suggest and queue the message to the hiring manager (and the new hire when enabled)."""
    suggestions = await suggest_training(offer_id)
    if not suggestions:
        return []
    offer = await Offer.get(id=offer_id).prefetch_related(
        "application__candidate", "application__job__hiring_manager"
    )
    app: Application = offer.application
    name = await candidate_name(app.candidate, deps.vault) or "候选人"
    rows: list[int] = []
    manager = app.job.hiring_manager
    if manager is not None:
        advice = _advice(name, app.job.title, suggestions, for_manager=True)
        message = OutgoingMessage(
            Recipient.users(manager.dingtalk_user_id), deps.present.offers.training_advice(advice)
        )
        rows.append(int((await enqueue_message(message, dedup_key=f"training_mgr:{offer_id}")).id))
    else:
        log.warning("job %s has no hiring manager for training suggestions", app.job.id)
    # The offers setting notify_new_hire_training: the new hire gets the courses on the first
    # day, not before.
    to_new_hire = deps.settings.offers.notify_new_hire_training
    entry_day = offer.entry_date or offer.start_date
    if to_new_hire and app.candidate.dingtalk_user_id and entry_day is not None:
        advice = _advice(name, app.job.title, suggestions, for_manager=False)
        message = OutgoingMessage(
            Recipient.users(app.candidate.dingtalk_user_id),
            deps.present.offers.training_advice(advice),
        )
        row = await enqueue_message(
            message, dedup_key=f"training_hire:{offer_id}", not_before=first_day(entry_day)
        )
        rows.append(int(row.id))
    return rows


def subscribe_training_on_acceptance(bus: EventBus, deps: Services) -> None:
    """When an offer is accepted, send its training suggestions (acceptance does not know them)."""

    async def on_accepted(event: OfferAccepted) -> None:
        await kick_dispatch(deps.queue, await send_training_suggestions(event.offer_id, deps))

    bus.subscribe(OfferAccepted, on_accepted)
