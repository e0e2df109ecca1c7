"""What an approved offer sends: the candidate's notice where it reaches them, HR's summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from integrations.dingtalk.messages import Recipient
from workflows.applications.models import Application
from workflows.links import offer_url
from workflows.messaging.candidate_message import CandidateMessage
from workflows.messaging.external import ExternalReach, external_reach, queue_external
from workflows.messaging.models import CandidateNotice
from workflows.messaging.notify import queue_message
from workflows.messaging.reach import Channel, reach_candidate
from workflows.offers.messages import (
    NOTICE_KIND,
    NOTICE_TITLE,
    OfferNotice,
    OfferOutcome,
    OfferUpdate,
)
from workflows.offers.models import Offer
from workflows.privacy import contexts
from workflows.services import Services


@dataclass(frozen=True, slots=True)
class People:
    """Who an offer is about and which HR hear of it."""

    name: str
    job_title: str
    department: str
    hr_user_ids: tuple[str, ...]


async def people_of(offer: Offer, deps: Services) -> tuple[Application, People]:
    """The offer's application, the candidate's name and the HR to tell."""
    app = await Application.get(id=offer.application_id).prefetch_related(  # type: ignore[attr-defined]
        "candidate", "job", "job__owner", "job__department"
    )
    hr: list[str] = []
    if app.job.owner is not None:
        hr.append(str(app.job.owner.dingtalk_user_id))
    requester = str(offer.suggestion.get("requested_by") or "")
    if requester and requester not in hr:
        hr.append(requester)
    await deps.vault.unlock(app.candidate.id)
    name = deps.vault.decrypt(app.candidate.name_enc, context=contexts.CANDIDATE_NAME)
    dept = app.job.department.name if app.job.department else ""
    return app, People(name, app.job.title, dept, tuple(hr))


async def approved_messages(
    offer: Offer, app: Application, people: People, deps: Services, conn: Any
) -> list[int]:
    """Queue (in `conn`) the candidate's offer notice and HR's summary; the outbox row ids."""
    link = offer_url(deps.settings, offer.id)
    words = deps.present.offers
    notice = OfferNotice(
        people.name,
        people.job_title,
        people.department,
        offer.monthly_salary,
        offer.start_date,
        link,
    )
    body = words.notice_body(notice)
    reach = reach_candidate(app.candidate)
    external: ExternalReach | None = None
    rows: list[int] = []
    # Only a private chat: the notice names the salary, so it never goes to a group.
    direct = reach.channel is Channel.DIRECT and reach.recipient is not None
    if direct and reach.recipient is not None:
        rows.append(
            await queue_message(
                reach.recipient,
                words.candidate_card(notice),
                dedup_key=f"offer:{offer.id}:candidate",
                using_db=conn,
            )
        )
    elif external := await external_reach(app.candidate, "offer", deps):
        # Outside the org: the offer link by e-mail or SMS, never to a group.
        message = CandidateMessage("offer", people.name, people.job_title, link=link, body=body)
        rows.append(
            await queue_external(
                external, message, dedup_key=f"offer:{offer.id}:candidate", deps=deps, using_db=conn
            )
        )
    else:
        for hr in people.hr_user_ids[:1]:
            rows.append(
                await queue_message(
                    Recipient.users(hr),
                    words.hr_forward(notice),
                    dedup_key=f"offer:{offer.id}:forward",
                    using_db=conn,
                )
            )
    await CandidateNotice.create(
        using_db=conn,
        application_id=app.id,
        kind=NOTICE_KIND,
        dedup_key=f"offer:{offer.id}:notice",
        title=NOTICE_TITLE,
        body_enc=await deps.vault.seal(
            body,
            context=contexts.NOTICE_BODY,
            owner=app.candidate_id,  # type: ignore[attr-defined]
        ),
        channel="dingtalk_user" if direct else external.channel.value if external else "hr_forward",
    )
    summary = words.hr_update(
        OfferUpdate(
            OfferOutcome.APPROVED,
            people.name,
            people.job_title,
            salary=offer.monthly_salary,
            start_date=offer.start_date,
            delivered=direct,
            delivered_by=external.channel.value if external else "",
        )
    )
    for hr in people.hr_user_ids:
        rows.append(
            await queue_message(
                Recipient.users(hr), summary, dedup_key=f"offer:{offer.id}:hr:{hr}", using_db=conn
            )
        )
    return rows
