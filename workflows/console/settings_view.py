"""The console's settings page, read only: retention periods, the consent texts and their
version, and the messages candidates receive (rendered with sample values). Each value names
where it is changed (a setting in the deployment's environment, or the code for the texts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from workflows.console.access import ConsoleViewer, require_configure
from workflows.decisions.messages import DecisionNotice
from workflows.decisions.policy import Decision
from workflows.interviews.consent import (
    FACE_CUES_TEXT,
    POLICY_VERSION,
    PROCESSING_TEXT,
    RECORDING_TEXT,
)
from workflows.invitations.messages import InviteKind, InviteMessage
from workflows.messaging.reach import Channel
from workflows.services import Services

SAMPLE_NAME = "张伟"
SAMPLE_JOB = "后端开发工程师"


@dataclass(frozen=True, slots=True)
class Setting:
    """One value and where it is changed."""

    label: str
    value: str
    change: str


@dataclass(frozen=True, slots=True)
class Template:
    """A message a candidate receives, with sample values filled in."""

    label: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class ConsoleSettings:
    """Everything the settings page shows."""

    retention: list[Setting]
    consent_version: str
    consent_texts: list[Template]
    templates: list[Template]


async def console_settings(viewer: ConsoleViewer, deps: Services) -> ConsoleSettings:
    """The settings as they are in force for this process (configuring roles only)."""
    await require_configure(viewer)
    settings = deps.settings
    storage = settings.storage
    retention = [
        Setting(
            "候选人资料保留期",
            f"申请全部结束后 {storage.retention_days} 天删除录像、转写、简历和联系方式",
            "DINGHIRE_STORAGE_RETENTION_DAYS",
        ),
        Setting(
            "未完成上传保留",
            f"{storage.abandoned_upload_hours} 小时",
            "DINGHIRE_STORAGE_ABANDONED_UPLOAD_HOURS",
        ),
        Setting(
            "已发送消息记录保留",
            f"{storage.outbox_keep_days} 天",
            "DINGHIRE_STORAGE_OUTBOX_KEEP_DAYS",
        ),
        Setting(
            "面试邀请默认有效期",
            f"{settings.security.invite_ttl_hours} 小时（岗位可单独设置）",
            "DINGHIRE_SECURITY_INVITE_TTL_HOURS",
        ),
    ]
    consent = [
        Template("录制同意", "录制", RECORDING_TEXT),
        Template("个人信息处理同意", "处理", PROCESSING_TEXT),
        Template("人脸线索（可选，岗位开启后才询问）", "人脸线索", FACE_CUES_TEXT),
    ]
    deadline = datetime(2026, 12, 31, 15, 59, tzinfo=UTC)
    words = deps.present
    invite = words.invitations.to_candidate(
        InviteMessage(
            InviteKind.INVITATION,
            SAMPLE_NAME,
            SAMPLE_JOB,
            deadline,
            "https://…/i/…",
            Channel.DIRECT,
        )
    )
    advance = words.decisions.candidate_notice(
        DecisionNotice(Decision.ADVANCE, SAMPLE_NAME, SAMPLE_JOB)
    )
    reject = words.decisions.candidate_notice(
        DecisionNotice(Decision.REJECT, SAMPLE_NAME, SAMPLE_JOB)
    )
    templates = [
        Template("面试邀请", invite.title, invite.text),
        Template("晋级通知", advance.title, advance.text),
        Template("未通过通知", reject.title, reject.text),
    ]
    return ConsoleSettings(retention, POLICY_VERSION, consent, templates)
