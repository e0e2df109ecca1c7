"""Consent (recording, processing, optional face cues) and the device check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from workflows.errors import ConflictError, ValidationFailedError
from workflows.interviews.errors import ConsentRequiredError
from workflows.interviews.models import AnswerMode, InterviewSession, SessionStatus
from workflows.jobs.models import Job
from workflows.privacy.models import ConsentKind, ConsentRecord
from workflows.services import Services

# 2026-12: face detection (presence, several faces, gaze) moved under the face-cue consent.
POLICY_VERSION = "2026-12"
RECORDING_TEXT = (
    "本次面试将录制你的视频或音频回答，仅用于本岗位的招聘评估，加密保存，"
    "保存期满后删除。你可以拒绝录制，改用文字作答，不影响你的面试资格。"
)
PROCESSING_TEXT = (
    "我们会处理你的简历与回答内容（语音转文字、按岗位能力要求评分），评估结果由 HR 复核，"
    "不会仅凭自动评分做出决定。你可以随时联系 HR 查询、更正或删除你的个人信息。"
)
FACE_CUES_TEXT = (
    "可选：允许系统在你的视频回答中检测人脸，包括是否在画面中、画面中是否有多人、"
    "视线是否频繁偏离屏幕，并分析表情与眼神等非言语线索，作为面试官的参考（不用于身份识别，"
    "不单独决定结果）。默认不开启，拒绝不影响你的面试；不开启时系统不会检测你的人脸。"
)


@dataclass(frozen=True, slots=True)
class ConsentOffer:
    """What the page shows before anything is recorded."""

    policy_version: str
    recording_text: str
    processing_text: str
    face_cues_available: bool
    face_cues_text: str


async def consent_offer(session: InterviewSession) -> ConsentOffer:
    """The consent texts; face cues are only offered when the job enables expression cues."""
    available = await _face_cues_available(session)
    return ConsentOffer(
        POLICY_VERSION,
        RECORDING_TEXT,
        PROCESSING_TEXT,
        available,
        FACE_CUES_TEXT if available else "",
    )


async def _face_cues_available(session: InterviewSession) -> bool:
    job = await Job.filter(applications__id=session.application_id).first()  # type: ignore[attr-defined]
    return bool(job and job.expression_cues_enabled)


async def record_consent(
    deps: Services,
    session_id: int,
    *,
    recording: bool,
    processing: bool,
    face_cues: bool,
    policy_version: str,
    ip: str,
    user_agent: str,
) -> AnswerMode:
    """Record each decision as a ConsentRecord; returns the answer mode it allows."""
    if policy_version != POLICY_VERSION:
        raise ConflictError(
            f"policy version {policy_version!r} is not {POLICY_VERSION}",
            user_message="隐私说明已更新，请刷新页面后重新阅读并确认",
        )
    now = deps.clock()
    async with in_transaction() as conn:
        session = await InterviewSession.select_for_update().using_db(conn).get(id=session_id)
        if session.status not in (SessionStatus.NOT_STARTED, SessionStatus.IN_PROGRESS):
            raise ConflictError(
                "session already submitted", user_message="面试已提交，无需再次确认"
            )
        app = await session.application
        candidate_id: int = app.candidate_id
        offered_face = await _face_cues_available(session)
        decisions = [(ConsentKind.RECORDING, recording), (ConsentKind.PROCESSING, processing)]
        if offered_face:
            decisions.append((ConsentKind.FACE_CUES, face_cues and recording))
        for kind, granted in decisions:
            await ConsentRecord.create(
                using_db=conn,
                candidate_id=candidate_id,
                session_id=session.id,
                kind=kind,
                granted=granted,
                policy_version=POLICY_VERSION,
                ip=ip[:64],
                user_agent=user_agent[:255],
                at=now,
            )
        session.consent_policy_version = POLICY_VERSION
        session.recording_consent = recording
        session.processing_consent = processing
        session.face_cues_consent = bool(offered_face and face_cues and recording)
        session.consented_at = now
        mode = AnswerMode.VIDEO if recording else AnswerMode.TEXT
        if session.answer_mode != AnswerMode.TEXT and recording:
            mode = AnswerMode(session.answer_mode)
        session.answer_mode = mode
        await session.save(using_db=conn)
    if not processing:
        raise ConsentRequiredError(
            "processing consent declined",
            user_message="需要同意处理你的回答内容才能进行面试；如有疑问请联系 HR",
        )
    return mode


def require_consent(session: InterviewSession) -> None:
    """Refuse any interview step before processing consent was given."""
    if not session.processing_consent:
        raise ConsentRequiredError(
            f"session {session.id} has no processing consent",
            user_message="请先阅读并同意面试说明，再开始作答",
        )


def require_recording_consent(session: InterviewSession) -> None:
    """Refuse uploads when the candidate chose the text-only path."""
    require_consent(session)
    if not session.recording_consent or session.answer_mode == AnswerMode.TEXT:
        raise ConsentRequiredError(
            f"session {session.id} has no recording consent",
            user_message="你选择了文字作答，不能上传录音或录像",
        )


@dataclass(frozen=True, slots=True)
class DeviceCheckResult:
    """Outcome of the page's camera and microphone check."""

    ok: bool
    mode: AnswerMode
    problems: list[str]


def _problems(mode: AnswerMode, camera: dict[str, Any], microphone: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if mode == AnswerMode.TEXT:
        return problems
    if mode == AnswerMode.VIDEO:
        if not camera.get("ok"):
            problems.append("未检测到可用的摄像头，请检查权限设置，或改用语音/文字作答")
        elif int(camera.get("width") or 0) < 320 or int(camera.get("height") or 0) < 240:
            problems.append("摄像头分辨率过低（至少 320×240），请换用其他摄像头")
    if not microphone.get("ok"):
        problems.append("未检测到可用的麦克风，请检查权限设置，或改用文字作答")
    elif float(microphone.get("peak_level") or 0.0) < 0.02:
        problems.append("麦克风几乎没有声音，请靠近麦克风说几句话再试")
    return problems


async def store_device_check(
    deps: Services,
    session_id: int,
    *,
    camera: dict[str, Any],
    microphone: dict[str, Any],
    mode_choice: AnswerMode,
    user_agent: str,
) -> DeviceCheckResult:
    """Store the device check on the session and set the answer mode the consent allows."""
    async with in_transaction() as conn:
        session = await InterviewSession.select_for_update().using_db(conn).get(id=session_id)
        require_consent(session)
        # Switching mode mid-interview is allowed: a camera can fail between questions.
        if mode_choice != AnswerMode.TEXT and not session.recording_consent:
            raise ValidationFailedError(
                "recording declined", user_message="你未同意录制，只能选择文字作答"
            )
        problems = _problems(mode_choice, camera, microphone)
        session.device_check = {
            "camera": camera,
            "microphone": microphone,
            "mode_choice": mode_choice.value,
            "user_agent": user_agent[:255],
            "problems": problems,
            "at": deps.clock().isoformat(),
        }
        session.answer_mode = mode_choice
        await session.save(
            using_db=conn, update_fields=["device_check", "answer_mode", "updated_at"]
        )
    return DeviceCheckResult(not problems, mode_choice, problems)
