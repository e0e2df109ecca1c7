"""Data-subject requests (PIPL Art. 45-47): a copy of everything held, and erasure with a receipt.

HR heads and admins run them from chat (`个人信息 #申请号`, `删除个人信息 #申请号 原因`), operators
from the CLI (`dinghire privacy export|erase`); every request, granted or refused, is audited.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.candidates.models import Candidate
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.privacy.audit import record_access
from workflows.privacy.erasure import Erasure, erase_candidate
from workflows.privacy.subject_export import SubjectExport, export_candidate
from workflows.services import Services
from workflows.staff.models import Staff
from workflows.staff.policy import Action, require

# Files sent through DingTalk chat stay under its file limit; the CLI has no limit.
CHAT_FILE_BUDGET = 15 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ErasureReceipt:
    """Proof of an erasure: what was removed, when, for whom and why (no personal data). The
    front doors word it (`bot/presenters/privacy.py`, for chat and the CLI alike)."""

    number: str
    erasure: Erasure
    requested_by: str
    reason: str


def receipt_number(secret: bytes, erasure: Erasure) -> str:
    """A receipt number that only this deployment can issue (keyed on the erasure's facts)."""
    facts = f"{erasure.candidate_id}|{erasure.erased_at.isoformat()}".encode()
    return "ER-" + hmac.new(secret, facts, hashlib.sha256).hexdigest()[:12].upper()


async def candidate_of_application(ref: str) -> int:
    """The candidate behind an application number like `#12` or `12`."""
    digits = ref.strip().lstrip("#＃")
    if not digits.isdigit():
        raise ValidationFailedError(
            f"bad application ref {ref!r}", user_message="请写申请编号，例如 #12"
        )
    app = await Application.get_or_none(id=int(digits))
    if app is None:
        raise NotFoundError(f"application {digits}", user_message=f"找不到申请编号 #{digits}")
    return int(app.candidate_id)  # type: ignore[attr-defined]


async def _live_candidate(candidate_id: int) -> Candidate:
    cand = await Candidate.get_or_none(id=candidate_id)
    if cand is None:
        raise NotFoundError(f"candidate {candidate_id}", user_message="找不到该候选人")
    return cand


async def export_subject_data(
    candidate_id: int,
    deps: Services,
    *,
    actor: Actor,
    staff: Staff | None = None,
    max_file_bytes: int = 2**40,
) -> SubjectExport:
    """The candidate's copy (staff: HR head or admin; `staff=None` is an operator at the CLI)."""
    if staff is not None or actor.kind.value == "staff":
        await require(
            staff, Action.SUBJECT_EXPORT, actor=actor, subject=("candidate", candidate_id)
        )
    cand = await _live_candidate(candidate_id)
    if cand.erased_at is not None:
        raise ConflictError(
            f"candidate {candidate_id} erased",
            user_message="该候选人的个人信息已删除，无可导出内容",
        )
    export = await export_candidate(
        candidate_id, deps.vault, deps.store, max_file_bytes=max_file_bytes
    )
    await record_access(
        actor,
        "candidate.exported",
        "candidate",
        candidate_id,
        files=export.files,
        omitted=export.omitted_media,
        bytes=len(export.content),
    )
    return export


async def erase_on_request(
    candidate_id: int,
    deps: Services,
    *,
    actor: Actor,
    reason: str,
    staff: Staff | None = None,
    now: datetime | None = None,
) -> ErasureReceipt:
    """Erase the candidate now and issue the receipt (staff: HR head or admin)."""
    if staff is not None or actor.kind.value == "staff":
        await require(staff, Action.SUBJECT_ERASE, actor=actor, subject=("candidate", candidate_id))
    if not reason.strip():
        raise ValidationFailedError(
            "no reason", user_message="请写明删除原因，例如：候选人本人申请"
        )
    cand = await _live_candidate(candidate_id)
    if cand.erased_at is not None:
        raise ConflictError(
            f"candidate {candidate_id} already erased",
            user_message=f"该候选人的个人信息已于 {cand.erased_at:%Y-%m-%d} 删除",
        )
    at = now or deps.clock()
    erasure = await erase_candidate(
        candidate_id,
        deps.store,
        now=at,
        reason=reason.strip(),
        actor=actor,
        keyring_file=deps.settings.storage.backup_keyring,
    )
    deps.vault.keyring.forget(candidate_id)
    receipt = ErasureReceipt(
        receipt_number(deps.secret, erasure), erasure, str(actor), reason.strip()
    )
    await record_access(
        actor, "candidate.erasure_receipt", "candidate", candidate_id, number=receipt.number
    )
    return receipt
