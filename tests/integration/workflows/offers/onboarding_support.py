"""Builders for the onboarding tests: an approved offer on the legal stage path, a job queue
fake that keeps what was enqueued, and onboarding deps on the emulator's 智能人事."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from integrations.dingtalk.ports import Hrm
from settings import Settings, StorageSettings, load_settings
from tests.fakes import FakeDingTalk, RecordingQueue, make_services
from workflows.actors import Actor
from workflows.applications.service import open_application, transition
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.candidates.models import Candidate
from workflows.events import EventBus
from workflows.jobs.models import Job
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.training import subscribe_training_on_acceptance
from workflows.privacy.vault import PiiVault, mask_phone
from workflows.services import Services
from workflows.staff.models import Department, Staff

HR = "hr001"
MANAGER = "mgr001"
START_DATE = date(2026, 12, 15)
# The legal path from a new application to an approved offer.
PATH_TO_APPROVED = (
    Stage.SCREENED,
    Stage.INVITED,
    Stage.INTERVIEWING,
    Stage.SUBMITTED,
    Stage.SCORED,
    Stage.SHORTLISTED,
    Stage.OFFER_PENDING,
    Stage.OFFER_APPROVED,
)
# An assessed report: communication and teamwork weak, learning not assessed.
DIMENSIONS: list[dict[str, Any]] = [
    {"code": "backend_expertise", "name": "后端技术", "score": 7.8, "weight": 0.35},
    {"code": "problem_solving", "name": "问题解决", "score": 7.2, "weight": 0.25},
    {"code": "teamwork", "name": "团队协作", "score": 5.4, "weight": 0.15},
    {"code": "communication", "name": "沟通表达", "score": 3.1, "weight": 0.1},
    {"code": "learning", "name": "学习能力", "score": None, "weight": 0.15},
]
NOT_ASSESSED = [{"code": "learning", "name": "学习能力", "reason": "回答过短"}]


def onboarding_settings(tmp_path: Path) -> Settings:
    """Test settings with a private storage root."""
    return load_settings(strict=False, mode="test", storage=StorageSettings(root=tmp_path / "s"))


def make_deps(settings: Settings, hrm: Hrm | None, queue: RecordingQueue) -> Services:
    """Onboarding deps with these settings' vault and store, training wired as in a process."""
    deps = make_services(settings, queue=queue, dingtalk=FakeDingTalk(hrm=hrm) if hrm else None)
    subscribe_training_on_acceptance(deps.bus, deps)
    return deps


async def approved_offer(
    vault: PiiVault,
    *,
    name: str = "赵六",
    phone: str = "13912345678",
    report: bool = True,
    status: OfferStatus = OfferStatus.APPROVED,
    dingtalk_user_id: str | None = None,
) -> Offer:
    """An offer approved for a new candidate of a 研发部 job (owner hr001, manager mgr001)."""
    dept, _ = await Department.get_or_create(dingtalk_dept_id=3, defaults={"name": "研发部"})
    owner, _ = await Staff.get_or_create(dingtalk_user_id=HR, defaults={"name": "王芳"})
    manager, _ = await Staff.get_or_create(dingtalk_user_id=MANAGER, defaults={"name": "李强"})
    job = await Job.create(
        title="高级后端开发工程师",
        department=dept,
        owner=owner,
        hiring_manager=manager,
        city="杭州",
        pass_line=65.0,
    )
    candidate = await Candidate.create(
        name_enc=vault.encrypt(name, context="candidate.name"),
        phone_enc=vault.encrypt(phone, context="candidate.phone"),
        masked_phone=mask_phone(phone),
        dingtalk_user_id=dingtalk_user_id,
    )
    bus, actor = EventBus(), Actor.staff(HR)
    app, _ = await open_application(candidate_id=candidate.id, job_id=job.id, actor=actor, bus=bus)
    path = PATH_TO_APPROVED if status is OfferStatus.APPROVED else PATH_TO_APPROVED[:-1]
    for stage in path:
        await transition(app.id, stage, actor=actor, reason="测试", bus=bus)
    if report:
        await Report.create(
            application_id=app.id,
            version=1,
            analyser_version="test",
            overall_score=68.5,
            confidence=0.8,
            dimensions=DIMENSIONS,
            strengths=[{"code": "backend_expertise", "name": "后端技术", "score": 7.8}],
            weaknesses=[{"code": "communication", "name": "沟通表达", "score": 3.1}],
            not_assessed=NOT_ASSESSED,
            is_current=True,
        )
    return await Offer.create(
        application_id=app.id,
        status=status,
        level="中级",
        monthly_salary=26000,
        salary_min=22000,
        salary_max=30000,
        start_date=START_DATE,
        decided_at=datetime.now(UTC) if status is OfferStatus.APPROVED else None,
    )
