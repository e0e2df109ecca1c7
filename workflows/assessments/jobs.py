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
from workflows.assessments import answers as svc
from workflows.assessments import reports as rsvc
from workflows.assessments.models import AnalysisStatus
from workflows.background.jobs import PermanentJobError, job_id, retrying
from workflows.background.names import JobName
from workflows.errors import ConflictError, NotFoundError
from workflows.events import ApplicationStageChanged, EventBus
from workflows.interviews.models import AnswerStatus
from workflows.interviews.progress import mark_completed, mark_evaluating
from workflows.privacy import contexts

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
        actx = await svc.load_answer_context(answer_id)
    except NotFoundError as exc:
        raise PermanentJobError(str(exc)) from exc
    row = await svc.find_result(answer_id, version)
    if row is None and actx.superseded:
        # Retaken before analysis began: only the newest attempt counts (and is analysed).
        return {"answer_id": answer_id, "skipped": "superseded"}
    if row is None:
        await svc.set_answer_status(answer_id, AnswerStatus.ANALYSING)
        values = await _analyse(ctx, actx, version)
        row, created = await svc.save_result(answer_id, version, values)
        if created:
            needs_review = row.status != AnalysisStatus.OK
            await svc.set_answer_status(
                answer_id, AnswerStatus.NEEDS_REVIEW if needs_review else AnswerStatus.ANALYSED
            )
    await _offer_follow_up(actx, row.id, row.follow_up)
    if not actx.session_open:
        await mark_evaluating(actx.session_id)  # no-op unless the session is just "submitted"
    await request_report(ctx, actx.session_id, version)
    return {"answer_id": answer_id, "result_id": row.id, "status": row.status}


async def _analyse(ctx: dict[str, Any], actx: svc.AnswerContext, version: str) -> dict[str, Any]:
    settings: Settings = ctx["settings"]
    vault = ctx["vault"]
    outcome = await _transcript(ctx, actx)
    transcript = outcome.transcript
    observe_asr = ctx.get(ASR_OBSERVER_KEY)
    if observe_asr is not None and outcome.asr_s > 0 and transcript.duration_s > 0:
        # The process's metrics (dinghire.metrics) see every transcription's real-time factor.
        observe_asr(transcript.engine, outcome.asr_s, transcript.duration_s)
    engine = _engine(ctx)
    scorer = _scorer(ctx)
    min_conf = settings.analysis.min_asr_confidence
    if actx.question is None or not actx.question.dimension_codes:
        reason = "该题未关联能力维度，不计分"
        score = AnswerScore((), outcome.flags, reason, scorer.engine, model=scorer.model)
    else:
        # Off the event loop: an LLM judge waits seconds on its server, and its verdict cache
        # needs this loop for the database meanwhile (dinghire.scoring.build_process_scorer).
        score = await asyncio.to_thread(
            scorer.score,
            transcript,
            question_spec(actx.question),
            dimension_specs(actx.dimensions),
            flags=outcome.flags,
            min_asr_confidence=min_conf,
        )
    follow: dict[str, Any] = {}
    if actx.question is not None and actx.session_open:
        suggestion = suggest_follow_up(
            transcript, question_spec(actx.question), engine=engine, min_asr_confidence=min_conf
        )
        if suggestion is not None:
            follow = {"text": suggestion.text, "reason": suggestion.reason, "kind": suggestion.kind}
    assessed = any(d.assessed for d in score.dimensions)
    status = AnalysisStatus.OK if assessed or not score.dimensions else AnalysisStatus.NOT_ASSESSED
    if outcome.error:
        status = AnalysisStatus.NOT_ASSESSED
    return {
        "status": status,
        "engine": transcript.engine,
        "transcript_enc": vault.encrypt(transcript.text, context=contexts.TRANSCRIPT)
        if transcript.text
        else "",
        "segments": [
            {"start": s.start, "end": s.end, "text": s.text, "confidence": s.confidence}
            for s in transcript.segments
        ],
        "duration_s": transcript.duration_s or actx.duration_s,
        "audio_cues": outcome.audio_cues,
        "vision_cues": outcome.vision_cues,
        "dimension_scores": {**score.to_dict(), "analyser_version": version},
        "flags": list(score.flags),
        "follow_up": follow,
        "error": outcome.error,
    }


async def _transcript(ctx: dict[str, Any], actx: svc.AnswerContext) -> MediaOutcome:
    vault = ctx["vault"]
    if actx.mode == "text":
        text = vault.decrypt(actx.text_enc, context=contexts.ANSWER_TEXT) if actx.text_enc else ""
        return MediaOutcome(text_transcript(text, actx.duration_s), {}, {}, ())
    previous = await svc.reusable_result(actx.answer_id)
    if previous is not None:
        # Re-scoring: the words did not change, so ASR is not run again.
        text = vault.decrypt(previous.transcript_enc, context=contexts.TRANSCRIPT)
        segs = tuple(
            Segment(float(s["start"]), float(s["end"]), str(s["text"]), float(s["confidence"]))
            for s in previous.segments
        )
        conf = _weighted_confidence(segs)
        transcript = Transcript(text, segs, "zh", conf, previous.engine, previous.duration_s or 0)
        # Cue flags carry over; speech flags are re-judged under the current settings.
        cue_flags = [*previous.audio_cues.get("flags", ()), *previous.vision_cues.get("flags", ())]
        limits = speech_limits(ctx["settings"].analysis)
        speech_flags = check_speech(transcript, transcript.duration_s, limits).flags
        flags = tuple(dict.fromkeys(str(f) for f in [*speech_flags, *cue_flags]))
        return MediaOutcome(transcript, previous.audio_cues, previous.vision_cues, flags)
    if not actx.media_key:
        raise PermanentJobError(f"answer {actx.answer_id} has no recording")
    return await analyse_recording(
        ctx["store"],
        actx.media_key,
        transcriber=_transcriber(ctx),
        video=actx.mode == "video",
        expression_cues=actx.face_cues_allowed,
        speech_limits=speech_limits(ctx["settings"].analysis),
    )


def _weighted_confidence(segs: tuple[Segment, ...]) -> float:
    total = sum(max(0.0, s.end - s.start) for s in segs)
    if not segs or total <= 0:
        return 0.0
    return sum(s.confidence * max(0.0, s.end - s.start) for s in segs) / total


async def _offer_follow_up(actx: svc.AnswerContext, result_id: int, follow: dict[str, Any]) -> None:
    if not follow or "node_index" in follow or not actx.session_open or actx.superseded:
        return  # a retaken answer gets no follow-up: its words were replaced
    from workflows.interviews.plan import add_follow_up_node

    try:
        node = await add_follow_up_node(
            actx.session_id, actx.node_index, follow["text"], actx.answer_id
        )
    except (ConflictError, NotFoundError) as exc:
        log.info("follow-up for answer %s not offered: %s", actx.answer_id, exc)
        return
    await svc.mark_follow_up_offered(result_id, node)


async def request_report(ctx: dict[str, Any], session_id: int, version: str) -> bool:
    """Queue build_report_job when every answer of the submitted session has a result."""
    ready = await svc.session_readiness(session_id, version)
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
    session = await svc.latest_submitted_session(application_id)
    if session is None:
        raise PermanentJobError(f"application {application_id} has no submitted interview")
    ready = await svc.session_readiness(session.id, version)
    if not ready.ready:
        # The last answer's job queues this again once its result is stored.
        return {"application_id": application_id, "ready": False, "waiting": ready.waiting_for}
    dims = dimension_specs(await svc.application_dimensions(application_id))
    rows = await rsvc.results_for(await svc.session_answer_ids(session.id), version)
    inputs = [
        AnswerInput(
            r.answer_id,
            r.node_index,
            r.question_text,
            AnswerScore.from_dict(r.dimension_scores),
            tuple(r.flags),
        )
        for r in rows
    ]
    draft = aggregate(dims, inputs)
    report, created = await rsvc.store_report(
        application_id,
        version,
        draft,
        [r.result_id for r in rows],
    )
    scored = await rsvc.mark_scored(application_id, ctx["bus"])
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
    session = await svc.latest_submitted_session(application_id)
    if session is None:
        return 0
    ids = await svc.session_answer_ids(session.id)
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


ANALYSIS_JOBS = (analyse_answer_job, build_report_job)
