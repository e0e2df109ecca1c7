"""Interview analysis jobs: analyse one answer as it arrives, build the report after the last.

Both take ids, are safe to run twice (one AnalysisResult per answer and analyser version, one
report version per set of results) and use @retrying for backoff and dead letters.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import Any

from analysis.answer_media import MediaOutcome, analyse_recording, build_transcriber
from analysis.followup import suggest_follow_up
from analysis.reports import AnswerInput, aggregate
from analysis.scoring import SCORER_VERSION, AnswerScore, AnswerScorer, MatchEngine, build_scorer
from analysis.scoring.convert import dimension_specs, question_spec, text_transcript
from analysis.scoring.fallback import SerialScorer
from analysis.scoring.paddle_engine import build_engine
from analysis.speech import Transcriber, check_speech, speech_limits
from analysis.types import Segment, Transcript
from settings import Settings
from workflows.assessments import answers, reports, results
from workflows.assessments.models import AnalysisStatus
from workflows.assessments.results import AnswerAnalysis, StoredResult
from workflows.assessments.sweep import sweep_stuck_answers
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.events import ApplicationStageChanged, EventBus
from workflows.interviews.models import AnswerStatus
from workflows.interviews.plan import add_follow_up_node
from workflows.interviews.progress import mark_completed, mark_evaluating
from workflows.outcomes import config as scoring_config
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault
from workflows.services import services_from_ctx

log = logging.getLogger(__name__)

# ctx key of the process's ASR observer: (engine, seconds of ASR, seconds of audio) -> None.
ASR_OBSERVER_KEY = "observe_asr"

ANALYSE_JOB = JobName.ANALYSE_ANSWER
REPORT_JOB = JobName.BUILD_REPORT
_CACHE = "analysis_cache"


def analyser_version(settings: Settings) -> str:
    """The version results are stored under: the scorer's, the scoring and speech engines'."""
    analysis = settings.analysis
    return f"{SCORER_VERSION}/{analysis.scoring_engine.value}/{analysis.asr_engine.value}"


def _cache(ctx: dict[str, Any]) -> dict[str, Any]:
    cache: dict[str, Any] = ctx.setdefault(_CACHE, {})
    return cache


def answer_scorer(settings: Settings) -> AnswerScorer:
    """The configured scoring engine; the one place jobs get their scorer from."""
    return build_scorer(settings.analysis.scoring_engine.value, settings.analysis)


def offline_scorer(settings: Settings) -> AnswerScorer:
    """The embedded offline engine (the LLM judge's fallback)."""
    return build_scorer("offline", settings.analysis)


def _scorer(ctx: dict[str, Any]) -> AnswerScorer:
    """The process's scorer (bootstrap puts it in ctx; built here for a bare ctx)."""
    if "scorer" not in ctx:
        ctx["scorer"] = SerialScorer(answer_scorer(ctx["settings"]))
    scorer: AnswerScorer = ctx["scorer"]
    return scorer


def _engine(ctx: dict[str, Any]) -> MatchEngine:
    """The phrase-matching engine follow-up suggestions use."""
    cache = _cache(ctx)
    if "engine" not in cache:
        cache["engine"] = build_engine(ctx["settings"].analysis.paddlenlp_uie_dir)
    engine: MatchEngine = cache["engine"]
    return engine


def _transcriber(ctx: dict[str, Any]) -> Transcriber:
    """The process's transcriber: models load once and stay in the worker's ctx."""
    cache = _cache(ctx)
    if "transcriber" not in cache:
        cache["transcriber"] = build_transcriber(ctx["settings"])
    transcriber: Transcriber = cache["transcriber"]
    return transcriber


@retrying(max_tries=4)
async def analyse_answer_job(
    ctx: dict[str, Any], answer_id: int, version: str = ""
) -> dict[str, Any]:
    """Transcribe (or read) one answer, score it, store one result, offer a follow-up."""
    settings: Settings = ctx["settings"]
    version = version or analyser_version(settings)
    try:
        answer = await answers.load_answer_context(answer_id, ctx["vault"])
    except NotFoundError as exc:
        raise PermanentJobError(str(exc)) from exc
    stored = await results.find_result(answer_id, version, ctx["vault"])
    if stored is None and answer.superseded:
        # Retaken before analysis began: only the newest attempt counts (and is analysed).
        return {"answer_id": answer_id, "skipped": "superseded"}
    if stored is None and answer.consent_withdrawn:
        # The candidate took consent back after the upload: the answer is not processed.
        log.info("answer %s not analysed: consent withdrawn", answer_id)
        return {"answer_id": answer_id, "skipped": "consent_withdrawn"}
    if stored is None:
        await answers.set_answer_status(answer_id, AnswerStatus.ANALYSING)
        analysis = await _analyse(ctx, answer)
        vault: PiiVault = ctx["vault"]
        stored, created = await results.record_analysis(
            answer_id, version, analysis, vault, owner=answer.candidate_id
        )
        if created:
            needs_review = stored.status != AnalysisStatus.OK
            await answers.set_answer_status(
                answer_id, AnswerStatus.NEEDS_REVIEW if needs_review else AnswerStatus.ANALYSED
            )
    await _offer_follow_up(answer, stored, ctx["vault"])
    if not answer.session_open:
        await mark_evaluating(answer.session_id)  # no-op unless the session is just "submitted"
    await request_report(ctx, answer.session_id, version)
    return {"answer_id": answer_id, "result_id": stored.result_id, "status": stored.status}


async def _analyse(ctx: dict[str, Any], answer: answers.AnswerContext) -> AnswerAnalysis:
    settings: Settings = ctx["settings"]
    vault: PiiVault = ctx["vault"]
    await vault.unlock(answer.candidate_id, create=True)
    outcome = await _transcript(ctx, answer)
    transcript = outcome.transcript
    observe_asr = ctx.get(ASR_OBSERVER_KEY)
    if observe_asr is not None and outcome.asr_s > 0 and transcript.duration_s > 0:
        # The process's metrics (dinghire.metrics) see every transcription's real-time factor.
        observe_asr(transcript.engine, outcome.asr_s, transcript.duration_s)
    engine = _engine(ctx)
    scorer = _scorer(ctx)
    min_conf = settings.analysis.min_asr_confidence
    if answer.question is None or not answer.question.dimension_codes:
        reason = "该题未关联能力维度，不计分"
        score = AnswerScore((), outcome.flags, reason, scorer.engine, model=scorer.model)
    else:
        # Off the event loop: an LLM judge waits seconds on its server, and its verdict cache
        # needs this loop for the database meanwhile (dinghire.scoring.build_process_scorer).
        score = await asyncio.to_thread(
            scorer.score,
            transcript,
            question_spec(answer.question),
            dimension_specs(answer.dimensions),
            flags=outcome.flags,
            min_asr_confidence=min_conf,
        )
    follow_up = None
    if answer.question is not None and answer.session_open:
        follow_up = suggest_follow_up(
            transcript, question_spec(answer.question), engine=engine, min_asr_confidence=min_conf
        )
    assessed = any(d.assessed for d in score.dimensions)
    status = AnalysisStatus.OK if assessed or not score.dimensions else AnalysisStatus.NOT_ASSESSED
    if outcome.error:
        status = AnalysisStatus.NOT_ASSESSED
    duration_s = transcript.duration_s or answer.duration_s
    return AnswerAnalysis(status, outcome, score, duration_s, follow_up)


async def _transcript(ctx: dict[str, Any], answer: answers.AnswerContext) -> MediaOutcome:
    vault = ctx["vault"]
    owner = answer.candidate_id
    await vault.unlock(owner)
    if answer.mode == "text":
        text = vault.decrypt(answer.text_enc, context=contexts.ANSWER_TEXT, owner=owner)
        return MediaOutcome(text_transcript(text, answer.duration_s), {}, {}, ())
    previous = await results.reusable_transcript(answer.answer_id, vault)
    if previous is not None:
        # Re-scoring: the words did not change, so ASR is not run again.
        text = vault.decrypt(previous.transcript_enc, context=contexts.TRANSCRIPT, owner=owner)
        segs = previous.segments
        conf = _weighted_confidence(segs)
        transcript = Transcript(text, segs, "zh", conf, previous.engine, previous.duration_s)
        # Cue flags carry over; speech flags are re-judged under the current settings.
        cue_flags = [*previous.audio_cues.get("flags", ()), *previous.vision_cues.get("flags", ())]
        limits = speech_limits(ctx["settings"].analysis)
        speech_flags = check_speech(transcript, transcript.duration_s, limits).flags
        flags = tuple(dict.fromkeys(str(f) for f in [*speech_flags, *cue_flags]))
        return MediaOutcome(transcript, previous.audio_cues, previous.vision_cues, flags)
    if not answer.media_key:
        raise PermanentJobError(f"answer {answer.answer_id} has no recording")
    return await analyse_recording(
        ctx["store"],
        answer.media_key,
        transcriber=_transcriber(ctx),
        video=answer.mode == "video",
        face_cues=answer.face_cues_allowed,
        speech_limits=speech_limits(ctx["settings"].analysis),
    )


def _weighted_confidence(segs: tuple[Segment, ...]) -> float:
    total = sum(max(0.0, s.end - s.start) for s in segs)
    if not segs or total <= 0:
        return 0.0
    return sum(s.confidence * max(0.0, s.end - s.start) for s in segs) / total


async def _offer_follow_up(
    answer: answers.AnswerContext, stored: StoredResult, vault: PiiVault
) -> None:
    follow = stored.follow_up
    if follow is None or stored.follow_up_node is not None:
        return
    if not answer.session_open or answer.superseded:
        return  # a retaken answer gets no follow-up: its words were replaced
    try:
        node = await add_follow_up_node(
            answer.session_id,
            answer.node_index,
            follow.text,
            answer.answer_id,
            vault=vault,
            owner=answer.candidate_id,
        )
    except (ConflictError, NotFoundError, ValidationFailedError) as exc:
        # A refused (non-compliant) follow-up is dropped: the candidate never sees it.
        log.info("follow-up for answer %s not offered: %s", answer.answer_id, exc)
        return
    await results.mark_follow_up_offered(stored.result_id, node)


async def request_report(ctx: dict[str, Any], session_id: int, version: str) -> bool:
    """Queue build_report_job when every answer of the submitted session has a result."""
    ready = await answers.session_readiness(session_id, version)
    if not ready.ready:
        return False
    digest = hashlib.sha256(",".join(map(str, ready.result_ids)).encode()).hexdigest()[:16]
    jid = job_id(REPORT_JOB, ready.application_id, version, digest)
    await ctx["queue"].enqueue(REPORT_JOB, ready.application_id, version, job_id=jid)
    return True


@retrying(max_tries=4)
async def build_report_job(
    ctx: dict[str, Any], application_id: int, version: str = ""
) -> dict[str, Any]:
    """Aggregate the session's results into a new report version and move to `scored`."""
    version = version or analyser_version(ctx["settings"])
    session = await answers.latest_submitted_session(application_id)
    if session is None:
        raise PermanentJobError(f"application {application_id} has no submitted interview")
    ready = await answers.session_readiness(session.id, version)
    if not ready.ready:
        # The last answer's job queues this again once its result is stored.
        return {"application_id": application_id, "ready": False, "waiting": ready.waiting_for}
    config = await scoring_config.current_config(await answers.application_job_id(application_id))
    dims = dimension_specs(
        scoring_config.weighted(await answers.application_dimensions(application_id), config)
    )
    vault: PiiVault = ctx["vault"]
    rows = await reports.results_for(
        await answers.session_answer_ids(session.id), version, vault=vault
    )
    inputs = [
        AnswerInput(r.answer_id, r.node_index, r.question_text, r.score, r.flags) for r in rows
    ]
    draft = aggregate(dims, inputs)
    report, created = await reports.store_report(
        application_id,
        version,
        draft,
        [r.result_id for r in rows],
        scoring_config_version=config.version,
        vault=vault,
    )
    scored = await reports.mark_scored(application_id, ctx["bus"])
    await mark_completed(session.id)
    return {
        "application_id": application_id,
        "report_id": report.id,
        "version": report.version,
        "created": created,
        "overall_score": report.overall_score,
        "moved_to_scored": scored,
    }


async def rescore_application(ctx: dict[str, Any], application_id: int, version: str) -> int:
    """Queue analysis of the latest submitted interview under a new analyser version."""
    session = await answers.latest_submitted_session(application_id)
    if session is None:
        return 0
    ids = await answers.session_answer_ids(session.id)
    for answer_id in ids:
        await ctx["queue"].enqueue(
            ANALYSE_JOB, answer_id, version, job_id=job_id(ANALYSE_JOB, answer_id, version)
        )
    return len(ids)


def subscribe_report_on_submit(bus: EventBus, queue: Any, settings: Settings) -> None:
    """When an interview is submitted after its last answer was analysed, nobody else would
    queue the report: check once on submission (build_report_job waits if not ready)."""

    async def on_stage(event: ApplicationStageChanged) -> None:
        if event.to_stage != "submitted":
            return
        version = analyser_version(settings)
        at = int(event.occurred_at.timestamp())
        jid = job_id(REPORT_JOB, event.application_id, version, "submitted", at)
        await queue.enqueue(REPORT_JOB, event.application_id, version, job_id=jid)

    bus.subscribe(ApplicationStageChanged, on_stage)


@retrying(max_tries=3)
async def sweep_stuck_answers_job(ctx: dict[str, Any]) -> dict[str, int]:
    """Periodic: queue again the analysis of answers uploaded long ago with no result."""
    report = await sweep_stuck_answers(services_from_ctx(ctx))
    if report.stuck:
        log.warning("stuck answers queued again: %s", report.as_dict())
    return report.as_dict()


ANALYSIS_JOBS = (analyse_answer_job, build_report_job, sweep_stuck_answers_job)
