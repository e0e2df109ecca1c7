"""How the chat names the way a candidate was reached, and the time left before a deadline."""

from __future__ import annotations

from datetime import datetime, timedelta

from workflows.decisions import feedback
from workflows.messaging.reach import Channel

# Invitations (and offers): how the link reached the candidate.
REACH_LABELS_ZH: dict[str, str] = {
    Channel.DIRECT: "钉钉单聊",
    Channel.GROUP: "来源群聊",
    Channel.MANUAL: "需 HR 转发链接",
    Channel.EMAIL: "邮件",
    Channel.SMS: "短信",
}

# Decision notices: how the result reached the candidate.
NOTICE_LABELS_ZH: dict[str, str] = {
    feedback.CHANNEL_USER: "钉钉单聊",
    feedback.CHANNEL_GROUP: "来源群聊",
    feedback.CHANNEL_HR_FORWARD: "需 HR 转告",
    feedback.CHANNEL_EMAIL: "邮件",
    feedback.CHANNEL_SMS: "短信",
}


def format_remaining(deadline: datetime, now: datetime) -> str:
    """`剩余 1天5小时` / `剩余 40分钟` / `已截止`."""
    left = deadline - now
    if left <= timedelta(0):
        return "已截止"
    minutes = int(left.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"剩余 {days}天{hours}小时"
    if hours:
        return f"剩余 {hours}小时{mins}分钟"
    return f"剩余 {mins}分钟"
