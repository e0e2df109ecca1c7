"""The candidate's offer letter as the offer page shows it, with the notices sent to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.messaging.notices import NoticeView, notices_for
from workflows.offers.models import Offer, OfferStatus
from workflows.privacy.vault import PiiVault


@dataclass(frozen=True, slots=True)
class OfferLetter:
    """One offer, its job, and the candidate's notices (newest first)."""

    offer_id: int
    status: OfferStatus
    job_title: str
    department: str
    city: str
    level: str
    monthly_salary: int | None
    salary_min: int | None
    salary_max: int | None
    start_date: date | None
    entry_date: date | None
    responded_at: datetime | None
    candidate_remark: str
    notices: list[NoticeView]


async def offer_letter(offer_id: int, *, vault: PiiVault) -> OfferLetter:
    """The offer for its candidate; their notices are marked read and the read is audited."""
    offer = await Offer.get(id=offer_id)
    app = await Application.get(id=offer.application_id).prefetch_related(  # type: ignore[attr-defined]
        "job__department"
    )
    notices = await notices_for(
        app.id,
        vault=vault,
        reader=Actor.candidate(app.candidate_id),  # type: ignore[attr-defined]
    )
    return OfferLetter(
        offer_id=offer.id,
        status=OfferStatus(offer.status),
        job_title=app.job.title,
        department=app.job.department.name if app.job.department else "",
        city=app.job.city,
        level=offer.level,
        monthly_salary=offer.monthly_salary,
        salary_min=offer.salary_min,
        salary_max=offer.salary_max,
        start_date=offer.start_date,
        entry_date=offer.entry_date,
        responded_at=offer.candidate_responded_at,
        candidate_remark=offer.candidate_remark,
        notices=notices,
    )


async def offer_candidate(offer_id: int) -> Actor:
    """The candidate an offer was made to, as an actor."""
    offer = await Offer.get(id=offer_id).prefetch_related("application")
    return Actor.candidate(offer.application.candidate_id)
