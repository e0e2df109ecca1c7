"""Read what became of hires from DingTalk 智能人事: on-job status (probation / regular / leaving),
the regularisation and join dates from the roster, and leaving information."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from integrations.dingtalk.hrm_status import JOIN_TIME, REGULAR_TIME
from integrations.dingtalk.ports import Dismission, Hrm, OnJobStatus
from workflows.applications.stages import Stage
from workflows.offers.models import Offer
from workflows.outcomes.models import HireOutcome, ProbationResult
from workflows.privacy import contexts
from workflows.services import Services

DINGTALK_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
MAX_PAGES = 200  # 50 per page: 10,000 employees


@dataclass
class SyncResult:
    """What one sync read and changed."""

    hires: int = 0
    updated: int = 0
    left: int = 0
    regularised: int = 0
    not_found: list[str] = field(default_factory=list)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


async def _statuses(hrm: Hrm) -> dict[str, OnJobStatus]:
    out: dict[str, OnJobStatus] = {}
    for status in (OnJobStatus.PROBATION, OnJobStatus.REGULAR, OnJobStatus.LEAVING):
        offset: int | None = 0
        pages = 0
        while offset is not None and pages < MAX_PAGES:
            ids, offset = await hrm.list_on_job((status,), offset)
            out.update(dict.fromkeys(ids, status))
            pages += 1
    return out


def _leaving(outcome: HireOutcome, d: Dismission, deps: Services) -> None:
    if d.last_work_day is not None:
        outcome.left_on = d.last_work_day.astimezone(DINGTALK_TZ).date()
    outcome.leaving_type = "主动" if d.voluntary_reasons else ("被动" if d.passive_reasons else "")
    reason = "；".join([*d.voluntary_reasons, *d.passive_reasons, d.reason_memo])
    if reason.strip("；"):
        outcome.leaving_reason_enc = deps.vault.encrypt(
            reason.strip("；"), context=contexts.LEAVING_REASON
        )
    # Left during probation for a passive reason: the probation was not passed.
    if d.pre_status == 2 and d.passive_reasons and outcome.probation is ProbationResult.PENDING:
        outcome.probation = ProbationResult.FAILED


async def sync_from_dingtalk(deps: Services) -> SyncResult:
    """Update every hire that DingTalk knows (by the pre-entry userId) from 智能人事."""
    result = SyncResult()
    hrm = deps.hrm
    if hrm is None:
        return result
    offers = await Offer.filter(
        preentry_user_id__isnull=False,
        application__stage__in=[Stage.ONBOARDING, Stage.HIRED],
    ).order_by("id")
    by_user = {o.preentry_user_id: int(o.application_id) for o in offers if o.preentry_user_id}  # type: ignore[attr-defined]
    if not by_user:
        return result
    result.hires = len(by_user)
    ids = tuple(by_user)
    statuses = await _statuses(hrm)
    roster = {e.user_id: e.fields for e in await hrm.read_roster(ids, (REGULAR_TIME, JOIN_TIME))}
    gone = {d.user_id: d for d in await hrm.dismissions(ids) if d.status == 2}
    now = datetime.now(DINGTALK_TZ)
    for user_id, application_id in by_user.items():
        if user_id not in statuses and user_id not in gone and user_id not in roster:
            result.not_found.append(user_id)
            continue
        outcome, _ = await HireOutcome.get_or_create(application_id=application_id)
        before = (outcome.probation, outcome.regularised_on, outcome.left_on, outcome.hired_on)
        outcome.dingtalk_user_id = user_id
        fields = roster.get(user_id, {})
        outcome.hired_on = _date(fields.get(JOIN_TIME, "")) or outcome.hired_on
        regular = _date(fields.get(REGULAR_TIME, ""))
        status = statuses.get(user_id)
        if regular is not None and regular <= now.date():
            outcome.regularised_on = regular
        if outcome.regularised_on is not None or status is OnJobStatus.REGULAR:
            outcome.probation = ProbationResult.PASSED
        if user_id in gone:
            _leaving(outcome, gone[user_id], deps)
        outcome.source = "dingtalk"
        outcome.synced_at = now
        await outcome.save()
        after = (outcome.probation, outcome.regularised_on, outcome.left_on, outcome.hired_on)
        if after != before:
            result.updated += 1
        result.left += user_id in gone
        result.regularised += outcome.probation is ProbationResult.PASSED
    return result
