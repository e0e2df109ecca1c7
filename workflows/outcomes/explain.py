"""Explanations for candidates (PIPL Art. 24): what the automated assessment looked at, the
evidence behind each dimension, and a way to ask for a human review, which HR sees as a task."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from integrations.dingtalk.messages import OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH
from workflows.assessments.models import Report
from workflows.assessments.reports import current_report
from workflows.errors import ConflictError, NotFoundError, PermissionDeniedError
from workflows.links import report_url
from workflows.messaging.notify import notify
from workflows.outcomes.access import may_see_fairness
from workflows.outcomes.messages import ReviewRequested
from workflows.outcomes.models import ReviewRequest, ReviewStatus
from workflows.outcomes.monthly import hr_heads
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.services import Services
from workflows.staff.models import Staff

QUOTES_PER_DIMENSION = 2
MAX_REASON_CHARS = 500
HOW_TO_REVIEW = (
    "如果你认为评估有误，可以申请人工复核：写明理由后提交，招聘负责人会重新查看你的回答和录音并"
    "给出答复。复核不会影响你的其他申请。"
)
WHAT_WE_USE = (
    "评分只依据你在面试中的回答内容与能力维度的评分标准；性别、年龄、地区、学校等信息不参与评分，"
    "仅在汇总层面用于检查招聘是否公平。"
)


@dataclass(frozen=True, slots=True)
class DimensionWhy:
    """One assessed dimension as the candidate sees it."""

    name: str
    score: float | None  # 0..10; None = not assessed
    evidence: tuple[str, ...]  # the candidate's own words the score rests on
    note: str  # why it was not assessed, when it was not


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an application stands where it does."""

    application_id: int
    job_title: str
    stage_label: str
    overall: float | None
    pass_line: float | None
    config_version: int | None
    dimensions: tuple[DimensionWhy, ...]
    review_open: bool
    what_we_use: str = WHAT_WE_USE
    how_to_review: str = HOW_TO_REVIEW

    def markdown(self) -> str:
        """The explanation as a chat message."""
        lines = [f"#### 《{self.job_title}》面试评估说明", f"- 当前状态：{self.stage_label}"]
        if self.overall is not None:
            line = f"- 综合得分：{self.overall:.1f}"
            if self.pass_line is not None:
                line += f"（岗位及格线 {self.pass_line:g}）"
            lines.append(line)
        for d in self.dimensions:
            if d.score is None:
                lines.append(f"- {d.name}：未评估（{d.note or '回答不足以评估'}）")
                continue
            lines.append(f"- {d.name}：{d.score:.1f}/10")
            lines += [f"  - 依据：「{q}」" for q in d.evidence]
        lines += ["", self.what_we_use, "", self.how_to_review]
        return "\n".join(lines)


async def explanation(application_id: int, vault: PiiVault | None = None) -> Explanation:
    """The explanation of the application's current report (or its stage when none); the vault
    opens the candidate's quoted words."""
    app = await Application.get_or_none(id=application_id).prefetch_related("job")
    if app is None:
        raise NotFoundError(f"application {application_id}", user_message="申请不存在")
    report = await current_report(application_id, vault)
    dims: list[DimensionWhy] = []
    version: int | None = None
    if report is not None:
        version = report.scoring_config_version
        reasons = {str(n.get("code")): str(n.get("reason") or "") for n in report.not_assessed}
        for d in report.dimensions:
            quotes = [str(e.get("text", "")) for e in d.get("evidence", []) if e.get("text")]
            dims.append(
                DimensionWhy(
                    str(d.get("name") or d.get("code")),
                    float(d["score"]) if d.get("score") is not None else None,
                    tuple(quotes[:QUOTES_PER_DIMENSION]),
                    reasons.get(str(d.get("code")), ""),
                )
            )
    open_review = await ReviewRequest.exists(
        application_id=application_id, status=ReviewStatus.OPEN
    )
    return Explanation(
        application_id,
        app.job.title,
        STAGE_LABELS_ZH.get(app.stage, app.stage.value),
        report.overall_score if report is not None else None,
        app.job.pass_line if report is not None else None,
        version,
        tuple(dims),
        open_review,
    )


async def request_review(application_id: int, reason: str, deps: Services) -> ReviewRequest:
    """The candidate asks for a human review: an open HR task (one at a time per application),
    assigned to the job's HR owner (else the HR heads), who is told at once."""
    text = reason.strip()[:MAX_REASON_CHARS]
    if not text:
        raise ConflictError("empty reason", user_message="请写明需要复核的理由")
    app = await Application.get_or_none(id=application_id).prefetch_related("job")
    if app is None:
        raise NotFoundError(f"application {application_id}", user_message="申请不存在")
    existing = await ReviewRequest.get_or_none(
        application_id=application_id, status=ReviewStatus.OPEN
    )
    if existing is not None:
        return existing
    report = await Report.get_or_none(application_id=application_id, is_current=True)
    owner_id = app.job.owner_id
    owner = await Staff.get_or_none(id=owner_id) if owner_id else None
    assignees = (owner.dingtalk_user_id,) if owner is not None else await hr_heads()
    row = await ReviewRequest.create(
        application_id=application_id,
        report_version=report.version if report is not None else None,
        reason_enc=deps.vault.encrypt(text, context=contexts.REVIEW_REASON),
        assignee_user_id=assignees[0] if assignees else "",
    )
    await record_access(
        Actor.candidate(int(app.candidate_id)),  # type: ignore[attr-defined]
        "review.requested",
        "application",
        application_id,
        review=row.id,
    )
    if assignees:
        link = report_url(deps.settings, application_id)
        news = ReviewRequested(app.job.title, application_id, text, link)
        await notify(
            OutgoingMessage(
                Recipient.users(*assignees), deps.present.outcomes.review_requested(news)
            ),
            dedup_key=f"review-request:{row.id}",
            queue=deps.queue,
        )
    return row


async def open_reviews() -> list[ReviewRequest]:
    """HR's task list: open review requests, oldest first."""
    return await ReviewRequest.filter(status=ReviewStatus.OPEN).order_by("created_at", "id")


async def close_review(review_id: int, actor: Actor, resolution: str) -> ReviewRequest:
    """HR closes a review with its answer."""
    row = await ReviewRequest.get_or_none(id=review_id)
    if row is None:
        raise NotFoundError(f"review {review_id}", user_message="复核申请不存在")
    if row.assignee_user_id != actor.id and not await may_see_fairness(actor):
        raise PermissionDeniedError(
            f"{actor} may not close review {review_id}",
            user_message="只有被指派的 HR、HR 负责人或管理员可以处理该复核申请",
        )
    if row.status is ReviewStatus.DONE:
        raise ConflictError("closed", user_message="该复核申请已处理")
    row.status = ReviewStatus.DONE
    row.resolution = resolution.strip()[:MAX_REASON_CHARS]
    row.closed_by = str(actor)
    row.closed_at = datetime.now(UTC)
    await row.save()
    app_id = int(row.application_id)  # type: ignore[attr-defined]
    await record_access(actor, "review.closed", "application", app_id, review=row.id)
    return row
