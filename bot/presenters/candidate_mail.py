"""What candidates outside the organisation receive by e-mail and SMS (Chinese).

SMS bodies are the templates approved at Alibaba Cloud (their codes in DINGHIRE_SMS_TEMPLATES);
only the variables are sent: see `sms_params` and docs/candidate-channels.md. `CandidateMail` is
the `CandidateMailPresenter` port of `workflows/messaging/candidate_message.py`.
"""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from workflows.messaging.candidate_message import CandidateMessage, Email

CN = ZoneInfo("Asia/Shanghai")
# Variables of one SMS are short at Alibaba Cloud (35 characters by default, links apart).
SMS_VAR_MAX = 35


def when(moment: datetime | None) -> str:
    """12月10日 18:00 (China time)."""
    if moment is None:
        return "待定"
    local = moment.astimezone(CN)
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def _greeting(name: str) -> str:
    return f"{name}您好：" if name else "您好："


def email_subject(message: CandidateMessage) -> str:
    """The subject line."""
    job = message.job_title
    return {
        "invitation": f"面试邀请：{job}",
        "reminder": f"面试提醒：{job} 在线面试即将截止",
        "decision": f"应聘结果通知：{job}",
        "offer": f"录用通知：{job}",
    }.get(message.kind, f"招聘通知：{job}")


def email_text(message: CandidateMessage, unsubscribe_link: str) -> str:
    """The plain-text body, with the way to stop these e-mails."""
    lines = [_greeting(message.name), ""]
    if message.kind == "invitation":
        lines += [
            f"感谢您应聘「{message.job_title}」岗位。诚邀您参加在线面试：",
            message.link,
            f"请于 {when(message.deadline)} 前完成。面试可在手机或电脑浏览器中进行，约需 20 分钟。",
        ]
    elif message.kind == "reminder":
        lines += [
            f"您的「{message.job_title}」在线面试将于 {when(message.deadline)} 截止，请尽快完成：",
            message.link,
        ]
    else:
        lines += [message.body]
        if message.link and message.link not in message.body:
            lines += ["", message.link]
    lines += [
        "",
        "本邮件由招聘系统自动发送，请勿直接回复。",
        f"如不希望再收到招聘相关邮件，请点击退订：{unsubscribe_link}",
    ]
    return "\n".join(lines)


def email_html(text: str) -> str:
    """The same text as simple HTML (links clickable)."""
    out = []
    for line in text.split("\n"):
        escaped = html.escape(line)
        if line.startswith(("http://", "https://")):
            escaped = f'<a href="{escaped}">{escaped}</a>'
        out.append(f"<p>{escaped}</p>" if line else "<br>")
    return "<html><body>" + "".join(out) + "</body></html>"


def _short(text: str) -> str:
    return text if len(text) <= SMS_VAR_MAX else text[: SMS_VAR_MAX - 1] + "…"


def sms_params(message: CandidateMessage) -> dict[str, str]:
    """The variables of the approved template of this kind."""
    params = {"name": _short(message.name or "候选人"), "job": _short(message.job_title)}
    if message.kind in ("invitation", "reminder"):
        params |= {"deadline": when(message.deadline), "link": message.link}
    elif message.kind == "decision":
        params["result"] = _short(message.result or "请留意后续通知")
    else:
        params["link"] = message.link
    return params


class CandidateMail:
    """The `CandidateMailPresenter` (the bootstrap puts it in `Services.present`)."""

    def email(self, message: CandidateMessage, unsubscribe_link: str) -> Email:
        """The e-mail, with the way to stop these e-mails."""
        text = email_text(message, unsubscribe_link)
        return Email(email_subject(message), text, email_html(text))

    def sms_params(self, message: CandidateMessage) -> dict[str, str]:
        """The variables of the approved SMS template of this kind."""
        return sms_params(message)
