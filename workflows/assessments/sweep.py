"""The periodic sweep for answers stuck between upload and analysis.

An uploaded answer's analysis is queued when its upload completes. If that job was lost (Redis
restarted without its data, the queueing failed after the answer was stored and the candidate
never retried), the answer would wait for ever with no result. The sweep finds answers that have
been uploaded (or were being analysed) for longer than `STUCK_AFTER` without any analysis result
and queues their analysis again under the same deterministic job id as the upload did, so a job
that is still queued or running is not queued twice, and the job itself stores at most one
result per answer and analyser version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from workflows.assessments.models import AnalysisResult
from workflows.background.jobs import job_id
from workflows.background.names import JobName
from workflows.interviews.models import Answer, AnswerStatus
from workflows.services import Services

# Longer than a queued analysis normally waits for a worker on a busy day.
STUCK_AFTER = timedelta(minutes=15)
SWEEP_BATCH = 500
_WAITING = (AnswerStatus.UPLOADED, AnswerStatus.ANALYSING)


@dataclass(frozen=True, slots=True)
class SweepReport:
    """What one sweep found and queued."""

    stuck: int
    queued: int

    def as_dict(self) -> dict[str, int]:
        """For the job result and the log."""
        return {"stuck": self.stuck, "queued": self.queued}


async def stuck_answer_ids(deps: Services, *, older_than: timedelta = STUCK_AFTER) -> list[int]:
    """Answers uploaded (or in analysis) for longer than `older_than` with no result, oldest
    first, at most SWEEP_BATCH."""
    cutoff = deps.clock() - older_than
    waiting = await (
        Answer.filter(status__in=_WAITING, superseded=False, updated_at__lt=cutoff)
        .order_by("updated_at", "id")
        .limit(SWEEP_BATCH)
        .values_list("id", flat=True)
    )
    ids = [int(i) for i in waiting]  # type: ignore[call-overload]
    if not ids:
        return []
    analysed = set(
        await AnalysisResult.filter(answer_id__in=ids).values_list("answer_id", flat=True)
    )
    return [i for i in ids if i not in analysed]


async def sweep_stuck_answers(
    deps: Services, *, older_than: timedelta = STUCK_AFTER
) -> SweepReport:
    """Queue the analysis of every stuck answer again (deterministic job id: idempotent)."""
    stuck = await stuck_answer_ids(deps, older_than=older_than)
    queued = 0
    for answer_id in stuck:
        queued += int(
            await deps.queue.enqueue(
                JobName.ANALYSE_ANSWER, answer_id, job_id=job_id(JobName.ANALYSE_ANSWER, answer_id)
            )
        )
    return SweepReport(len(stuck), queued)
