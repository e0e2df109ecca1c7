"""What candidates and HR read about invitations (calm, respectful Chinese), in one place.

`InvitationTexts` is the `InvitationPresenter` port of `workflows/invitations/messages.py`.
"""

from __future__ import annotations

from datetime import datetime

from integrations.dingtalk.messages import ActionButton, ActionCard, Markdown
from workflows.clock import format_deadline
from workflows.invitations.messages import (
    HrInviteKind,
    HrInviteNotice,
    InviteKind,
    InviteMessage,
)
from workflows.invitations.models import InvitationChannel

START_BUTTON = "开始面试"


def _hello(name: str) -> str:
    return f"{name}，您好：" if name else "您好："


_WHAT_TO_EXPECT = (
    "- **面试形式**：线上视频面试，手机或电脑均可，随时开始，无需预约\n"
    "- **预计用时**：约 20–30 分钟；每道题有思考时间和作答时间，页面会显示倒计时\n"
    "- **准备事项**：请选择安静、光线充足的环境，并允许使用摄像头和麦克风；"
    "如不便录像，可在页面中选择文字作答\n"
    "- 开始后请尽量一次完成；如遇网络中断，重新打开链接即可继续"
)


def _link_note(channel: InvitationChannel, name: str) -> str:
    if channel is InvitationChannel.GROUP:
        who = f"{name}" if name else "受邀候选人"
        return f"此链接为{who}专属，请其他群成员不要点击。"
    return "此链接为您专属，请勿转发给他人。"


def invitation_card(m: InviteMessage) -> ActionCard:
    """The invitation the candidate receives."""
    name, job_title, deadline, link, channel = m.name, m.job_title, m.deadline, m.link, m.channel
    text = (
        f"### 面试邀请 · {job_title}\n\n"
        f"{_hello(name)}\n\n"
        f"感谢您应聘「{job_title}」岗位。您的简历已通过初步筛选，"
        f"诚挚邀请您参加一场线上面试。\n\n"
        f"- **截止时间**：{format_deadline(deadline)}\n"
        f"{_WHAT_TO_EXPECT}\n\n"
        f"准备好后，点击下方「{START_BUTTON}」即可进入。{_link_note(channel, name)}"
        "如有任何疑问，欢迎随时联系我们。"
    )
    return ActionCard(f"面试邀请：{job_title}", text, (ActionButton(START_BUTTON, link),))


def reminder_card(m: InviteMessage) -> ActionCard:
    """A reminder before the deadline (tag `24h` or `2h`)."""
    name, job_title, deadline, link, channel = m.name, m.job_title, m.deadline, m.link, m.channel
    left = "约 2 小时" if m.tag == "2h" else "约 24 小时"
    text = (
        f"### 面试提醒 · {job_title}\n\n"
        f"{_hello(name)}\n\n"
        f"温馨提醒：您的「{job_title}」线上面试将于 **{format_deadline(deadline)}** 截止，"
        f"距离截止还有{left}。\n\n"
        f"面试约需 20–30 分钟，请预留充足时间。准备好后点击下方「{START_BUTTON}」即可。"
        f"{_link_note(channel, name)}如您已经完成，请忽略本消息。"
    )
    return ActionCard(f"面试提醒：{job_title}", text, (ActionButton(START_BUTTON, link),))


def new_slot_card(m: InviteMessage, missed_deadline: datetime) -> ActionCard:
    """After a first miss: a new deadline and a new link."""
    name, job_title, deadline, link, channel = m.name, m.job_title, m.deadline, m.link, m.channel
    text = (
        f"### 新的面试时间 · {job_title}\n\n"
        f"{_hello(name)}\n\n"
        f"您的「{job_title}」线上面试已于 {format_deadline(missed_deadline)} 截止，"
        "我们暂未收到您的作答。理解您可能临时有事，我们为您重新安排了一次机会。\n\n"
        f"- **新的截止时间**：{format_deadline(deadline)}\n"
        "- 原链接已失效，请使用下方按钮进入\n\n"
        f"准备好后点击「{START_BUTTON}」即可。{_link_note(channel, name)}"
        "这是最后一次自动安排，如时间仍不方便，请直接联系 HR。"
    )
    return ActionCard(f"新的面试时间：{job_title}", text, (ActionButton(START_BUTTON, link),))


def hr_forward_notice(n: HrInviteNotice) -> Markdown:
    """HR must reach this candidate outside DingTalk and forward the link."""
    name, job_title, deadline, link = n.name, n.job_title, n.deadline, n.link
    why = UNREACHABLE_WHY
    text = (
        f"#### ⚠️ 请通过其他方式联系候选人：{name or '未识别姓名'}\n\n"
        f"{why}\n\n"
        f"- 岗位：{job_title}\n"
        f"- 截止时间：{format_deadline(deadline)}\n"
        f"- 面试链接（请通过电话、短信或邮件转发给候选人本人）：\n\n{link}\n\n"
        "链接为该候选人专属，到截止时间自动失效。"
    )
    return Markdown(f"请转发面试链接：{name or '候选人'}", text)


UNREACHABLE_WHY = "该候选人不是本企业钉钉成员，也没有可用的来源群聊，机器人无法直接给他/她发消息。"


def hr_final_miss(n: HrInviteNotice) -> Markdown:
    """The second miss: no more automatic slots; HR decides."""
    name, job_title, deadline = n.name, n.job_title, n.deadline
    job_id, application_id = n.job_id, n.application_id
    text = (
        f"#### 候选人再次错过面试：{name or '未识别姓名'}\n\n"
        f"- 岗位：#{job_id} {job_title}\n"
        f"- 重新安排的截止时间 {format_deadline(deadline)} 已过，仍未收到作答\n"
        "- 申请已标记为「已过期」，系统不会再自动安排\n\n"
        f"如仍希望面试，可发送 `邀请 {job_id} {application_id}` 重新邀请。"
    )
    return Markdown(f"候选人再次错过面试：{name or '候选人'}", text)


def hr_reminder_notice(n: HrInviteNotice) -> Markdown:
    """A reminder for a candidate only HR can reach: HR passes it on."""
    name, job_title, deadline, link = n.name, n.job_title, n.deadline, n.link
    left = "约 2 小时" if n.tag == "2h" else "约 24 小时"
    text = (
        f"#### 请提醒候选人：{name or '未识别姓名'}\n\n"
        f"候选人尚未完成「{job_title}」的线上面试，距离截止（{format_deadline(deadline)}）"
        f"还有{left}。{UNREACHABLE_WHY}\n\n"
        f"请通过电话、短信或邮件提醒候选人，面试链接：\n\n{link}"
    )
    return Markdown(f"请提醒候选人：{name or '候选人'}", text)


class InvitationTexts:
    """The bot's `InvitationPresenter` (the bootstrap puts it in `Services.present`)."""

    def to_candidate(self, message: InviteMessage) -> ActionCard:
        """The candidate's card with the button into the interview."""
        if message.kind is InviteKind.REMINDER:
            return reminder_card(message)
        if message.kind is InviteKind.NEW_SLOT and message.missed_deadline is not None:
            return new_slot_card(message, message.missed_deadline)
        return invitation_card(message)

    def to_hr(self, notice: HrInviteNotice) -> Markdown:
        """HR's message."""
        if notice.kind is HrInviteKind.REMIND:
            return hr_reminder_notice(notice)
        if notice.kind is HrInviteKind.FINAL_MISS:
            return hr_final_miss(notice)
        return hr_forward_notice(notice)
