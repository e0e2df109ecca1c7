"""HR's view of an application's current report: everything the report page shows, decrypted
for an authorised viewer, with every view (and every refusal) in the audit trail.

The view is a JSON-ready dict; times are seconds into the answer's recording plus an "mm:ss"
label, so the page can jump the recording to the moment a quote was said.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from analysis.reports.probes import FLAG_LABELS, INTEGRITY_FLAGS
from analysis.resume.types import Degree
from analysis.scoring.labels import scored_by, scorer_label
from analysis.speech.labels import engine_label
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.models import AnalysisResult, AnalysisStatus, Report
from workflows.assessments.reports import current_report
from workflows.candidates.models import Candidate, Resume
from workflows.decisions.policy import recommendation
from workflows.errors import NotFoundError, PermissionDeniedError
from workflows.interviews.models import Answer
from workflows.jobs.models import Job
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.models import AuditLog
from workflows.privacy.sealed_json import open_doc, open_text
from workflows.privacy.vault import PiiVault
from workflows.staff.models import Staff
from workflows.staff.policy import Action, Decision, JobScope, authorize

# A player fetches a recording in many Range requests; one audit entry per viewer and answer
# in this window says the same thing without flooding the trail.
MEDIA_AUDIT_WINDOW = timedelta(minutes=10)

APPLICATION_NOT_FOUND_MESSAGE = "找不到这份申请，可能已被删除"
ANSWER_NOT_FOUND_MESSAGE = "找不到这条回答的录像"
NO_RECORDING_MESSAGE = "这条回答没有录像或录音（文字作答或录像已按保留期限删除）"
NO_PERMISSION_MESSAGE = (
    "你没有查看该候选人报告的权限（仅 HR 与该岗位的用人经理可以查看，HR 与面试官限本部门岗位）"
)
OUT_OF_SCOPE_MESSAGE = "此登录仅能查看链接对应的报告；查看其他报告请在钉钉中打开"
REPORT_NOT_READY_MESSAGE = "尚未生成报告"

RECOMMENDATION_LABELS = {"advance": "建议进入下一轮", "reject": "建议淘汰"}
STATUS_LABELS = {
    AnalysisStatus.OK: "已评估",
    AnalysisStatus.NOT_ASSESSED: "未能评估",
    AnalysisStatus.FAILED: "分析失败",
}
MODE_LABELS = {"video": "视频作答", "audio": "语音作答", "text": "文字作答"}
_MIME = {
    "webm": ("video/webm", "audio/webm"),
    "mkv": ("video/x-matroska", "audio/webm"),
    "mp4": ("video/mp4", "audio/mp4"),
    "m4a": ("video/mp4", "audio/mp4"),
    "ogg": ("video/ogg", "audio/ogg"),
    "wav": ("audio/wav", "audio/wav"),
}


class ReportNotReadyError(NotFoundError):
    """The application has no report yet (interview not submitted or still being analysed)."""

    code = "report_not_ready"


def may_view(staff: Staff, job: Job, action: Action = Action.VIEW_REPORT) -> Decision:
    """The role matrix's answer (workflows.staff.policy): HR heads and admins see every report,
    HR their own and their department's jobs, a hiring manager their job, an interviewer their
    department's jobs."""
    return authorize(staff, action, JobScope.of(job))


def time_label(seconds: float | None) -> str:
    """Seconds as "mm:ss" (or "h:mm:ss"), the label of a jump-to link."""
    total = max(0, int(seconds or 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


async def _authorise(
    app: Application, viewer: Staff, scope: int | None, what: str, subject: str
) -> None:
    """Raise PermissionDeniedError (audited) unless the viewer may see this application."""
    actor = Actor.staff(viewer.dingtalk_user_id)
    if scope is not None and scope != app.id:
        await record_access(actor, f"{what}.denied", subject, app.id, reason="out_of_scope")
        raise PermissionDeniedError(
            "session scoped to another report", user_message=OUT_OF_SCOPE_MESSAGE
        )
    decision = may_view(viewer, app.job, Action(what))
    if not decision.allowed:
        await record_access(actor, f"{what}.denied", subject, app.id, reason=decision.reason)
        raise PermissionDeniedError(
            f"staff {viewer.id} may not view application {app.id}",
            user_message=NO_PERMISSION_MESSAGE,
        )


async def report_view(
    application_id: int,
    *,
    viewer: Staff,
    vault: PiiVault,
    scope: int | None = None,
    via: str = "",
) -> dict[str, Any]:
    """The current report of an application for an authorised viewer; the view is audited."""
    app = await Application.get_or_none(id=application_id).prefetch_related("candidate", "job")
    if app is None:
        raise NotFoundError(
            f"application {application_id}", user_message=APPLICATION_NOT_FOUND_MESSAGE
        )
    await _authorise(app, viewer, scope, "report.view", "application")
    report = await current_report(app.id, vault)
    if report is None:
        raise ReportNotReadyError(
            f"application {app.id} has no report", user_message=REPORT_NOT_READY_MESSAGE
        )
    candidate: Candidate = app.candidate
    job: Job = app.job
    answers = await _answers(report, vault)
    by_id = {a["answer_id"]: a for a in answers}
    await record_access(
        Actor.staff(viewer.dingtalk_user_id),
        "report.viewed",
        "application",
        app.id,
        candidate_id=candidate.id,
        report_id=report.id,
        version=report.version,
        via=via,
    )
    await vault.unlock(candidate.id)
    return {
        "application_id": app.id,
        "stage": str(app.stage),
        "stage_label": STAGE_LABELS_ZH.get(Stage(app.stage), str(app.stage)),
        "candidate": {
            "name": vault.decrypt(candidate.name_enc, context=contexts.CANDIDATE_NAME)
            or "未识别姓名",
            "masked_phone": candidate.masked_phone,
            "resume": await _resume_summary(candidate, vault),
        },
        "job": {"id": job.id, "title": job.title, "city": job.city, "pass_line": job.pass_line},
        "match": _match(
            app, await open_doc(vault, app.match_explanation, context=contexts.MATCH_EXPLANATION)
        ),
        "overall": {
            "score": report.overall_score,
            "confidence": report.confidence,
            "confidence_label": confidence_label(report.confidence),
            "scored_by": scored_by(report.dimensions),
        },
        "recommendation": _recommendation(app, job, report),
        "dimensions": [_dimension(d, by_id) for d in report.dimensions],
        "not_assessed": [
            {"code": n.get("code", ""), "name": n.get("name", ""), "reason": n.get("reason", "")}
            for n in report.not_assessed
        ],
        "strengths": list(report.strengths),
        "weaknesses": list(report.weaknesses),
        "suggestions": list(report.suggestions),
        "flags": [_flag(f, by_id) for f in report.flag_details],
        "answers": answers,
        "report": {
            "id": report.id,
            "version": report.version,
            "analyser_version": report.analyser_version,
            "created_at": report.created_at.isoformat(),
        },
        "viewer": {"name": viewer.name, "scoped": scope is not None},
    }


def confidence_label(confidence: float | None) -> str:
    """高 / 中 / 低 for a 0..1 confidence."""
    if confidence is None:
        return "无"
    if confidence >= 0.7:
        return "高"
    return "中" if confidence >= 0.4 else "低"


def _recommendation(app: Application, job: Job, report: Report) -> dict[str, Any]:
    code = app.recommendation
    if not code:
        code = recommendation(report.overall_score, job.pass_line)
    label = RECOMMENDATION_LABELS.get(code, "待 HR 判断")
    return {"code": code, "label": label, "pass_line": job.pass_line}


def _match(app: Application, exp: dict[str, Any]) -> dict[str, Any]:
    return {
        "score": app.match_score,
        "confidence": exp.get("confidence"),
        "matched": [str(m) for m in exp.get("matched", [])],
        "missing": [str(m) for m in exp.get("missing", [])],
        "disqualified": bool(exp.get("disqualified", False)),
        "disqualify_reasons": [str(r) for r in exp.get("disqualify_reasons", [])],
    }


def _value(field: Any) -> Any:
    return field.get("value") if isinstance(field, dict) else None


def _degree_label(raw: Any) -> str:
    if not raw:
        return ""
    try:
        return Degree(str(raw)).label_zh
    except ValueError:
        return str(raw)


def _month(ym: Any) -> str:
    if not isinstance(ym, dict) or not ym.get("year"):
        return ""
    return f"{ym['year']}.{ym['month']:02d}" if ym.get("month") else str(ym["year"])


async def _resume_summary(candidate: Candidate, vault: PiiVault) -> dict[str, Any]:
    """Degree, years, school, last employer and skills (parsed resume, else candidate fields)."""
    resume = await Resume.filter(candidate_id=candidate.id, status="parsed").order_by("-id").first()
    parsed: dict[str, Any] = {}
    if resume is not None and resume.parsed_enc:
        await vault.unlock(candidate.id)
        parsed = json.loads(
            vault.decrypt(resume.parsed_enc, context=contexts.RESUME, owner=candidate.id)
        )
    years_field = _value(parsed.get("years_of_experience"))
    years = years_field.get("years") if isinstance(years_field, dict) else None
    education = [e for e in parsed.get("education", []) if _value(e.get("school"))]
    # The highest degree's school is the one HR asks about first.
    education.sort(key=lambda e: -_degree_rank(_value(e.get("degree"))))
    school = education[0] if education else {}
    work = [w for w in parsed.get("work_history", []) if _value(w.get("employer"))]
    work.sort(
        key=lambda w: (
            bool(w.get("end_is_present")),
            _month_key(w.get("end")),
            _month_key(w.get("start")),
        ),
        reverse=True,
    )
    last = work[0] if work else {}
    return {
        "available": bool(parsed),
        "degree": _degree_label(_value(parsed.get("highest_degree")) or candidate.highest_degree),
        "years": years if years is not None else candidate.years_experience,
        "school": str(_value(school.get("school")) or ""),
        "major": str(_value(school.get("major")) or ""),
        "last_employer": str(_value(last.get("employer")) or ""),
        "last_title": str(_value(last.get("title")) or ""),
        "last_period": _period(last) if last else "",
        "skills": [str(_value(s)) for s in parsed.get("skills", []) if _value(s)][:20],
        "city": candidate.city,
    }


def _degree_rank(raw: Any) -> int:
    try:
        return Degree(str(raw)).rank
    except ValueError:
        return 0


def _month_key(ym: Any) -> int:
    if not isinstance(ym, dict) or not ym.get("year"):
        return 0
    return int(ym["year"]) * 12 + int(ym.get("month") or 1)


def _period(entry: dict[str, Any]) -> str:
    start = _month(entry.get("start"))
    end = "至今" if entry.get("end_is_present") else _month(entry.get("end"))
    return f"{start} – {end}" if start or end else ""


def _dimension(d: dict[str, Any], answers: dict[int, dict[str, Any]]) -> dict[str, Any]:
    evidence = []
    for ev in d.get("evidence", []):
        answer = answers.get(int(ev.get("answer_id", 0)), {})
        start = float(ev.get("start", 0.0))
        evidence.append(
            {
                "text": str(ev.get("text", "")),
                "start": start,
                "end": float(ev.get("end", start)),
                "time_label": time_label(start),
                "note": str(ev.get("note", "")),
                "answer_id": ev.get("answer_id"),
                "question_number": int(ev.get("node", answer.get("node_index", 0))) + 1,
                "question_text": answer.get("question_text", ""),
                "has_media": bool(answer.get("has_media")),
            }
        )
    score = d.get("score")
    return {
        "code": d.get("code", ""),
        "name": d.get("name", ""),
        "weight": d.get("weight"),
        "effective_weight": d.get("effective_weight"),
        "score": score,
        "confidence": d.get("confidence"),
        "confidence_label": confidence_label(d.get("confidence")) if score is not None else "",
        "assessed": score is not None,
        "not_assessed_reason": d.get("not_assessed_reason", "") if score is None else "",
        "evidence": evidence,
        "answer_ids": list(d.get("answers", [])),
    }


def _flag(f: dict[str, Any], answers: dict[int, dict[str, Any]]) -> dict[str, Any]:
    code = str(f.get("flag", ""))
    label = str(f.get("label") or FLAG_LABELS.get(code, code))
    integrity = f.get("kind") == "integrity" or code in INTEGRITY_FLAGS
    numbers = [int(n) + 1 for n in f.get("nodes", [])]
    where = "、".join(f"第{n}题" for n in numbers)
    advice = (
        "属于作答规范提示，不计入评分，建议结合录像人工复核。"
        if integrity
        else "可能影响该题评估的可靠性，不计入评分，建议人工复核对应回答。"
    )
    return {
        "flag": code,
        "label": label,
        "kind": "integrity" if integrity else "quality",
        "kind_label": "诚信提示" if integrity else "质量提示",
        "question_numbers": numbers,
        "explanation": f"{label}（{where or '整场面试'}）。{advice}",
    }


async def _answers(report: Report, vault: PiiVault) -> list[dict[str, Any]]:
    """The answers the report was built from, in interview order, with their transcripts."""
    rows = await AnalysisResult.filter(id__in=list(report.result_ids)).prefetch_related("answer")
    await vault.unlock_tokens([r.transcript_enc for r in rows] + [r.answer.text_enc for r in rows])
    out = []
    for row in sorted(rows, key=lambda r: (r.answer.node_index, r.answer.id)):
        answer: Answer = row.answer
        transcript = vault.decrypt(row.transcript_enc, context=contexts.TRANSCRIPT)
        if not transcript and answer.text_enc:
            transcript = vault.decrypt(answer.text_enc, context=contexts.ANSWER_TEXT)
        mode = str(answer.mode)
        has_media = bool(answer.media_key)
        recorded = mode in ("video", "audio")
        out.append(
            {
                "answer_id": answer.id,
                "node_index": answer.node_index,
                "number": answer.node_index + 1,
                "question_text": await open_text(
                    vault, answer.question_text, context=contexts.FOLLOW_UP_QUESTION
                ),
                "is_follow_up": answer.is_follow_up,
                "mode": mode,
                "mode_label": MODE_LABELS.get(mode, mode),
                "duration_s": row.duration_s or answer.duration_s,
                "has_media": has_media,
                "media_kind": ("video" if mode == "video" else "audio") if has_media else "",
                "status": row.status,
                "status_label": STATUS_LABELS.get(row.status, row.status),
                "transcript": transcript,
                # Which engine wrote the words the scores rest on, and whether the candidate
                # read and confirmed them before going on (recorded answers only).
                "asr_engine": row.engine if recorded else "",
                "asr_engine_label": engine_label(row.engine) if recorded else "",
                "transcript_confirmed": recorded and answer.transcript_confirmed_at is not None,
                "transcript_check_label": _check_label(recorded, answer),
                # Which scoring engine and model produced this answer's scores.
                "scored_by_label": scorer_label(
                    str(row.dimension_scores.get("engine", "")),
                    str(row.dimension_scores.get("model", "")),
                    fallback=bool(row.dimension_scores.get("fallback_reason")),
                )
                if row.dimension_scores.get("dimensions")
                else "",
                # A text answer's "segments" are sentence splits without real times.
                "segments": [
                    {
                        "start": float(s.get("start", 0.0)),
                        "end": float(s.get("end", 0.0)),
                        "time_label": time_label(float(s.get("start", 0.0))),
                        "text": str(s.get("text", "")),
                    }
                    for s in await vault.open_segments(row.segments)
                ]
                if has_media
                else [],
                "flags": [
                    {"flag": str(f), "label": FLAG_LABELS.get(str(f), str(f))} for f in row.flags
                ],
            }
        )
    return out


def _check_label(recorded: bool, answer: Answer) -> str:
    """What the report says about the candidate's check of the transcript."""
    if not recorded:
        return ""
    if answer.transcript_confirmed_at is not None:
        return "候选人已核对并确认转写文字"
    return "候选人未确认转写文字（未看到或跳过了识别结果）"


# ------------------------------------------------------------------ recordings


@dataclass(frozen=True, slots=True)
class AnswerMedia:
    """Where an answer's sealed recording is and how to serve it."""

    answer_id: int
    application_id: int
    media_key: str
    size: int
    mime_type: str


def media_type(media_key: str, mode: str) -> str:
    """The recording's Content-Type from its stored extension and the answer's mode."""
    ext = media_key.rsplit(".", 1)[-1].lower() if "." in media_key else ""
    video, audio = _MIME.get(ext, ("application/octet-stream", "application/octet-stream"))
    return video if mode == "video" else audio


async def answer_media(
    answer_id: int, *, viewer: Staff, scope: int | None = None, now: datetime | None = None
) -> AnswerMedia:
    """An answer's recording for an authorised viewer; audited once per viewer per window."""
    answer = await Answer.get_or_none(id=answer_id).prefetch_related("session__application__job")
    if answer is None:
        raise NotFoundError(f"answer {answer_id}", user_message=ANSWER_NOT_FOUND_MESSAGE)
    app: Application = answer.session.application
    await _authorise(app, viewer, scope, "answer.media", "application")
    if not answer.media_key:
        raise NotFoundError(f"answer {answer_id} has no media", user_message=NO_RECORDING_MESSAGE)
    actor = str(Actor.staff(viewer.dingtalk_user_id))
    at = now or datetime.now(UTC)
    recent = await AuditLog.filter(
        actor=actor,
        action="answer.media_viewed",
        subject_type="answer",
        subject_id=str(answer.id),
        at__gte=at - MEDIA_AUDIT_WINDOW,
    ).exists()
    if not recent:
        await record_access(
            Actor.staff(viewer.dingtalk_user_id),
            "answer.media_viewed",
            "answer",
            answer.id,
            application_id=app.id,
        )
    return AnswerMedia(
        answer.id,
        app.id,
        answer.media_key,
        int(answer.media_bytes),
        media_type(answer.media_key, str(answer.mode)),
    )
