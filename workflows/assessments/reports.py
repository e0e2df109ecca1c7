"""Use cases of reports: store a new version (old ones are kept), read current and history."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from tortoise.transactions import in_transaction

from analysis.reports import ReportDraft
from analysis.scoring import AnswerScore
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.rank_score import refresh_rank_score
from workflows.applications.service import transition
from workflows.applications.stages import Stage
from workflows.assessments.models import AnalysisResult, Report
from workflows.errors import ConflictError, IllegalTransitionError
from workflows.events import EventBus
from workflows.privacy import contexts
from workflows.privacy.sealed_json import open_quotes, open_text, seal_quotes
from workflows.privacy.vault import PiiVault


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One stored analysis result with where its answer sits in the interview."""

    result_id: int
    answer_id: int
    node_index: int
    question_text: str
    status: str
    score: AnswerScore
    flags: tuple[str, ...]


async def results_for(
    answer_ids: list[int], analyser_version: str, *, vault: PiiVault | None = None
) -> list[ResultRow]:
    """The results of these answers for one analyser version, in interview order (the vault
    opens evidence quotes sealed under the candidate's key)."""
    rows = (
        await AnalysisResult.filter(answer_id__in=answer_ids, analyser_version=analyser_version)
        .prefetch_related("answer")
        .order_by("id")
    )
    out = [
        ResultRow(
            result_id=r.id,
            answer_id=r.answer.id,
            node_index=r.answer.node_index,
            question_text=await open_text(
                vault, r.answer.question_text, context=contexts.FOLLOW_UP_QUESTION
            )
            if vault
            else r.answer.question_text,
            status=r.status,
            score=AnswerScore.from_dict(
                await open_quotes(vault, r.dimension_scores) if vault else r.dimension_scores
            ),
            flags=tuple(r.flags),
        )
        for r in rows
    ]
    return sorted(out, key=lambda r: (r.node_index, r.answer_id))


async def store_report(
    application_id: int,
    analyser_version: str,
    draft: ReportDraft,
    result_ids: list[int],
    *,
    scoring_config_version: int | None = None,
    vault: PiiVault | None = None,
) -> tuple[Report, bool]:
    """Add a report version and make it current; the same inputs again return the stored one.
    With the vault, evidence quotes are sealed under the candidate's data key."""
    ids = sorted(result_ids)
    if vault is not None:
        owner = await Application.get(id=application_id).values_list("candidate_id", flat=True)
        await vault.unlock(int(str(owner)), create=True)
    async with in_transaction() as conn:
        # Lock the application row: concurrent builders serialise here, so versions never clash.
        app = await Application.select_for_update().using_db(conn).get(id=application_id)
        existing = (
            await Report.filter(
                application_id=application_id, analyser_version=analyser_version, is_current=True
            )
            .using_db(conn)
            .first()
        )
        if (
            existing is not None
            and sorted(existing.result_ids) == ids
            and existing.scoring_config_version == scoring_config_version
        ):
            return existing, False
        last = (
            await Report.filter(application_id=application_id)
            .using_db(conn)
            .order_by("-version")
            .first()
        )
        await (
            Report.filter(application_id=application_id, is_current=True)
            .using_db(conn)
            .update(is_current=False)
        )
        report = await Report.create(
            using_db=conn,
            application_id=application_id,
            version=(last.version + 1) if last else 1,
            analyser_version=analyser_version,
            result_ids=ids,
            is_current=True,
            scoring_config_version=scoring_config_version,
            **_sealed(asdict(draft), vault, app.candidate_id),  # type: ignore[attr-defined]
        )
        await (
            Application.filter(id=application_id)
            .using_db(conn)
            .update(overall_score=draft.overall_score)
        )
        # Same transaction: the ranking key never disagrees with the stored overall score.
        await refresh_rank_score(application_id, conn=conn)
    return report, True


def _sealed(values: dict[str, Any], vault: PiiVault | None, owner: int) -> dict[str, Any]:
    if vault is None:
        return values
    quoted = ("dimensions", "strengths", "weaknesses", "flag_details")
    return values | {k: seal_quotes(vault, values[k], owner=owner) for k in quoted}


async def current_report(application_id: int, vault: PiiVault | None = None) -> Report | None:
    """The report HR sees now (with the vault, its evidence quotes opened in memory)."""
    report = await Report.get_or_none(application_id=application_id, is_current=True)
    if report is not None and vault is not None:
        await open_report(report, vault)
    return report


async def open_report(report: Report, vault: PiiVault) -> Report:
    """`report` with its sealed evidence quotes readable (in memory only: never saved)."""
    report.dimensions = await open_quotes(vault, report.dimensions)
    report.strengths = await open_quotes(vault, report.strengths)
    report.weaknesses = await open_quotes(vault, report.weaknesses)
    report.flag_details = await open_quotes(vault, report.flag_details)
    return report


async def report_history(application_id: int) -> list[Report]:
    """Every report version, newest first."""
    return await Report.filter(application_id=application_id).order_by("-version")


async def mark_scored(application_id: int, bus: EventBus) -> bool:
    """Move a submitted application to `scored` (actor: system); False when it is elsewhere."""
    app = await Application.get(id=application_id)
    if app.stage != Stage.SUBMITTED:
        return False
    try:
        await transition(
            application_id,
            Stage.SCORED,
            actor=Actor.system("analysis"),
            reason="面试评估报告已生成",
            bus=bus,
            expected_from=Stage.SUBMITTED,
        )
    except (ConflictError, IllegalTransitionError):
        # Someone moved it meanwhile (withdrawn, rejected, or another builder won): leave it.
        return False
    return True
