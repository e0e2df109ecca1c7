"""HR's detailed view of a candidate (decrypted, and every view is audited)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.candidates.models import Resume
from workflows.errors import NotFoundError
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.sealed_json import open_doc
from workflows.privacy.vault import PiiVault


@dataclass(frozen=True, slots=True)
class CandidateDetail:
    """What HR sees when opening a candidate from a card."""

    application_id: int
    candidate_id: int
    job_title: str
    name: str
    phone: str
    email: str
    parsed: dict[str, Any]
    match: dict[str, Any]
    stage: str


async def candidate_detail(
    application_id: int, *, viewer: Actor, vault: PiiVault
) -> CandidateDetail:
    """Decrypt one application's candidate for an authorised viewer and record the access."""
    app = await Application.get_or_none(id=application_id).prefetch_related("candidate", "job")
    if app is None:
        raise NotFoundError(f"application {application_id}", user_message="找不到这份申请")
    cand = app.candidate
    resume = await Resume.filter(candidate_id=cand.id, status="parsed").order_by("-id").first()
    parsed: dict[str, Any] = {}
    await vault.unlock(cand.id)
    if resume is not None and resume.parsed_enc:
        parsed = json.loads(vault.decrypt(resume.parsed_enc, context=contexts.RESUME))
    await record_access(viewer, "candidate.viewed", "candidate", cand.id, application_id=app.id)
    return CandidateDetail(
        application_id=app.id,
        candidate_id=cand.id,
        job_title=app.job.title,
        name=vault.decrypt(cand.name_enc, context=contexts.CANDIDATE_NAME, owner=cand.id),
        phone=vault.decrypt(cand.phone_enc, context=contexts.CANDIDATE_PHONE, owner=cand.id),
        email=vault.decrypt(cand.email_enc, context=contexts.CANDIDATE_EMAIL, owner=cand.id),
        parsed=parsed,
        match=await open_doc(vault, app.match_explanation, context=contexts.MATCH_EXPLANATION),
        stage=str(app.stage),
    )
