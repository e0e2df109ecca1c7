"""Typed errors for recordings that cannot be analysed, with the reason in Chinese."""

from __future__ import annotations

from enum import StrEnum


class UnusableReason(StrEnum):
    """Why a recording cannot be analysed."""

    NOT_FOUND = "not_found"
    NO_AUDIO = "no_audio"
    NO_VIDEO = "no_video"
    ZERO_DURATION = "zero_duration"
    CORRUPT = "corrupt"
    TIMEOUT = "timeout"
    TOOL_MISSING = "tool_missing"


# What candidates and HR read; each says what went wrong and what to do.
MESSAGES: dict[UnusableReason, str] = {
    UnusableReason.NOT_FOUND: "找不到录制文件，请重新上传或重新录制。",
    UnusableReason.NO_AUDIO: "录制文件中没有声音（没有音频轨道），请检查麦克风权限后重新录制。",
    UnusableReason.NO_VIDEO: "录制文件中没有画面（没有视频轨道），请检查摄像头权限后重新录制。",
    UnusableReason.ZERO_DURATION: "录制文件时长为零，可能录制未成功，请重新录制。",
    UnusableReason.CORRUPT: "录制文件已损坏或格式无法识别，请重新录制后上传。",
    UnusableReason.TIMEOUT: "处理录制文件超时，请稍后重试；如多次失败请联系 HR。",
    UnusableReason.TOOL_MISSING: "服务器缺少媒体处理组件（ffmpeg），请联系管理员。",
}


class UnusableMediaError(Exception):
    """A recording that cannot be analysed; `message` is the Chinese text for users."""

    def __init__(self, reason: UnusableReason, detail: str = "") -> None:
        self.reason = reason
        self.message = MESSAGES[reason]
        # detail is for logs only (ffmpeg stderr tail); never shown to candidates.
        self.detail = detail
        super().__init__(f"{self.message} [{reason.value}] {detail}".rstrip())
