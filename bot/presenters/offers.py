"""Chinese texts of offers: the candidate's notice, HR's messages.

`OfferTexts` is the `OfferPresenter` port of `workflows/offers/messages.py`.
"""

from __future__ import annotations

from datetime import date

from integrations.dingtalk.messages import ActionButton, ActionCard, Markdown
from workflows.messaging.markdown import inert
from workflows.offers.messages import (
    MATERIALS_TO_BRING,
    NOTICE_TITLE,
    OfferNotice,
    OfferOutcome,
    OfferOwnerNotice,
    OfferRequestSummary,
    OfferUpdate,
    OwnerNews,
    TrainingAdvice,
)

UNREACHABLE_WHY = (
    "该候选人不是本企业钉钉成员，机器人无法私聊他/她；录用通知含薪资信息，不在群聊中发送。"
)
REMARK_UNKNOWN = "（未获取到审批意见，请在钉钉审批中查看）"
REMARK_EMPTY = "（审批人未填写意见）"
REASON_EMPTY = "（未填写撤销原因）"
# What HR is told about the pre-entry when the candidate accepts.
PREENTRY_LINES = {
    "created": "已在智能人事创建待入职记录",
    "retrying": "创建待入职记录暂未成功，系统会自动重试；如长时间未完成请在智能人事中手动添加",
    "manual": "候选人缺少手机号或入职日期，无法自动创建待入职记录，请在智能人事中手动添加",
    "refused": "钉钉拒绝创建待入职记录（常见原因：该手机号已是本企业成员），请在智能人事中处理",
}
# How the notice reached a candidate outside the org.
CHANNEL_NAMES = {"email": "邮件", "sms": "短信"}


def day_zh(day: date | None) -> str:
    """2026年12月15日."""
    if day is None:
        return "待定"
    return f"{day.year}年{day.month}月{day.day}日"


def yuan(amount: int | None) -> str:
    """20,000 元."""
    return "未定" if amount is None else f"{amount:,} 元"


class OfferTexts:
    """The bot's `OfferPresenter` (the bootstrap puts it in `Services.present`)."""

    def notice_body(self, notice: OfferNotice) -> str:
        """The offer notice as the candidate reads it (stored, encrypted, as a CandidateNotice)."""
        n = notice
        who = f"{n.name}，您好：" if n.name else "您好："
        materials = "\n".join(f"- {m}" for m in MATERIALS_TO_BRING)
        dept = f"{n.department} · " if n.department else ""
        return (
            f"#### 录用通知\n\n{who}\n\n"
            f"恭喜您通过面试！我们很高兴邀请您加入，担任 **{dept}{n.job_title}**。\n\n"
            f"- 税前月薪：{yuan(n.salary)}\n"
            f"- 预计入职日期：{day_zh(n.start_date)}\n\n"
            f"入职当天请携带：\n{materials}\n\n"
            f"请打开下方链接查看录用详情，并确认接受或婉拒；也可以在链接中提前上传入职材料：\n\n"
            f"{n.link}\n\n该链接为您本人专属，请勿转发他人。"
        )

    def candidate_card(self, notice: OfferNotice) -> ActionCard:
        """The DingTalk message to the candidate: the notice with a button to the offer page."""
        body = self.notice_body(notice)
        return ActionCard(NOTICE_TITLE, body, (ActionButton("查看录用通知", notice.link),))

    def hr_forward(self, notice: OfferNotice) -> Markdown:
        """HR must pass the offer on: the candidate cannot be messaged privately."""
        name = notice.name
        text = (
            f"#### ⚠️ 请转发录用通知：{name or '未识别姓名'}\n\n{UNREACHABLE_WHY}\n\n"
            f"- 岗位：{notice.job_title}\n"
            f"- 候选人专属链接（请通过电话、短信或邮件发给候选人本人）：\n\n{notice.link}\n\n"
            f"---\n\n通知内容：\n\n{self.notice_body(notice)}"
        )
        return Markdown(f"请转发录用通知：{name or '候选人'}", text)

    def hr_update(self, update: OfferUpdate) -> Markdown:
        """HR hears that the approval passed, was refused or was withdrawn."""
        if update.outcome is OfferOutcome.APPROVED:
            return _approved(update)
        return _not_approved(update)

    def approver_reminder(self, name: str, job_title: str, hours: int) -> Markdown:
        """An approver has left an offer approval waiting."""
        text = (
            f"#### ⏰ 录用审批待您处理：{name or '未识别姓名'}\n\n"
            f"- 岗位：{job_title}\n- 已等待：约 {hours} 小时\n\n"
            "请在钉钉「审批」中查看并处理，以免候选人等待过久。"
        )
        return Markdown(f"录用审批待处理：{name or '候选人'}", text)

    def owner_notice(self, notice: OfferOwnerNotice) -> Markdown:
        """The job owner's news of an accepted or declined offer, or of its pre-entry."""
        return owner_notice(notice)

    def training_advice(self, advice: TrainingAdvice) -> Markdown:
        """Training suggestions for the hiring manager or the new hire."""
        return training_advice(advice)

    def request_summary(self, summary: OfferRequestSummary) -> str:
        """HR's answer to 录用: the suggestion, its reasons and who approves."""
        s, suggestion = summary, summary.suggestion
        head = "录用审批已在进行中" if s.existing else "已发起录用审批"
        lines = [
            f"#### {head}：{s.name or '未识别姓名'} · {s.job_title}",
            f"- 职级：{suggestion.level}",
            f"- 建议月薪：{yuan(suggestion.suggested)}"
            f"（可谈范围 {yuan(suggestion.range[0])}–{yuan(suggestion.range[1])}）",
            f"- 薪资带：{yuan(suggestion.band[0])}–{yuan(suggestion.band[1])}",
            f"- 预计入职：{day_zh(s.start_date)}",
            f"- 审批流程：{' → '.join(s.approvers) if s.approvers else '按模板默认'}",
            "",
            "**建议理由**",
            *[f"{i}. {r}" for i, r in enumerate(suggestion.reasons, 1)],
            "",
            "审批结果会自动通知您；通过后录用通知将发送给候选人。",
        ]
        return "\n".join(lines)


def _approved(u: OfferUpdate) -> Markdown:
    """The approval passed, and how the candidate was told."""
    by = CHANNEL_NAMES.get(u.delivered_by, "")
    if u.delivered:
        how = "录用通知已通过钉钉发送给候选人。"
    elif by:
        how = f"候选人不是本企业钉钉成员，录用通知已通过{by}发送给候选人。"
    else:
        how = "候选人无法通过钉钉直接联系，录用通知链接已另行私信给您，请转发。"
    text = (
        f"#### ✅ 录用审批已通过：{u.name or '未识别姓名'}\n\n"
        f"- 岗位：{u.job_title}\n- 月薪：{yuan(u.salary)}\n- 预计入职：{day_zh(u.start_date)}\n\n"
        f"{how}候选人可在录用页面确认接受或婉拒。"
    )
    return Markdown(f"录用审批已通过：{u.name or '候选人'}", text)


def _not_approved(u: OfferUpdate) -> Markdown:
    """The approval was refused or withdrawn, with the approver's remark (None when DingTalk
    told nothing about it, "" when the approver left it empty)."""
    name, approver, remark = u.name, u.approver, u.remark
    if u.outcome is OfferOutcome.TERMINATED:
        head = f"#### ⚠️ 录用审批已撤销：{name or '未识别姓名'}"
        who = f"- 操作人：{approver}\n" if approver else ""
        title = f"录用审批已撤销：{name or '候选人'}"
        said = f"- 撤销原因：{remark or (REMARK_UNKNOWN if remark is None else REASON_EMPTY)}"
    else:
        head = f"#### ❌ 录用审批未通过：{name or '未识别姓名'}"
        who = f"- 审批人：{approver}\n" if approver else ""
        title = f"录用审批未通过：{name or '候选人'}"
        said = f"- 审批意见：{remark or (REMARK_UNKNOWN if remark is None else REMARK_EMPTY)}"
    text = (
        f"{head}\n\n- 岗位：{u.job_title}\n{who}{said}\n\n"
        f"候选人已回到「进入下一轮」阶段（编号 {u.application_id}），"
        "可调整薪资或入职日期后重新发起录用。"
    )
    return Markdown(title, text)


def fmt_date(day: date | None) -> str:
    """2026-12-15 (待定 when unknown)."""
    return day.strftime("%Y-%m-%d") if day else "待定"


def owner_notice(n: OfferOwnerNotice) -> Markdown:
    """The job owner's news of an accepted or declined offer, or of its pre-entry."""
    name = n.name
    if n.news is OwnerNews.ACCEPTED:
        return Markdown(
            f"{name} 已接受录用",
            f"### {name} 已接受录用\n\n"
            f"- 岗位：{n.job_title}\n"
            f"- 入职日期：{fmt_date(n.entry_date)}\n"
            f"- 候选人备注：{inert(n.remark) or '无'}\n"
            f"- 入职登记：{PREENTRY_LINES[n.preentry]}\n",
        )
    if n.news is OwnerNews.DECLINED:
        return Markdown(
            f"{name} 拒绝了录用",
            f"### {name} 拒绝了录用\n\n"
            f"- 岗位：{n.job_title}\n"
            f"- 拒绝原因：{inert(n.remark)}\n\n"
            f"如需调整条件重新发起录用，可在候选人卡片上操作。",
        )
    if n.news is OwnerNews.PREENTRY_CREATED:
        return Markdown(
            f"{name} 的入职登记已创建",
            f"### 入职登记已创建\n\n- 岗位：{n.job_title}\n- 候选人：{name}\n"
            f"- 入职日期：{fmt_date(n.entry_date)}\n\n已在智能人事中生成待入职记录。",
        )
    return Markdown(
        f"{name} 的面试信息未写入档案",
        f"### {name} 的面试信息未写入档案\n\n"
        f"- 未写入的字段：{'、'.join(n.fields)}\n- 原因：{n.reason or '钉钉未接受'}\n\n"
        "待入职记录已创建。请在智能人事中手动补充；"
        "若花名册没有这些字段，请先按部署文档创建同名字段。",
    )


def _suggestion_lines(advice: TrainingAdvice) -> str:
    lines: list[str] = []
    for item in advice.suggestions:
        head = item.why if advice.for_manager else f"提升「{item.dimension_name}」"
        titles = "、".join(f"《{t}》" for t in item.course_titles) or "目录中暂无对应课程"
        lines.append(f"- {head}：{titles}")
    return "\n".join(lines)


def training_advice(advice: TrainingAdvice) -> Markdown:
    """Training suggestions for the hiring manager or the new hire."""
    name, job_title = advice.name, advice.job_title
    if advice.for_manager:
        text = (
            f"### {name} 的培训建议\n\n"
            f"{name} 已接受「{job_title}」的录用。根据面试评估中得分较低的维度，"
            f"建议在试用期安排以下课程：\n\n"
            f"{_suggestion_lines(advice)}\n\n"
            f"这些建议已随入职记录保存，可在试用期评估时参考。"
        )
        return Markdown(f"{name} 的培训建议", text)
    text = (
        f"### 欢迎加入！\n\n为帮助你更快上手「{job_title}」，推荐以下课程：\n\n"
        f"{_suggestion_lines(advice)}"
    )
    return Markdown("入职培训推荐", text)
