"""HR chat commands: the help card, open jobs with pipeline counts, candidates of a job."""

from __future__ import annotations

from urllib.parse import quote

from bot import texts
from bot.context import BotContext
from bot.filters import command, command_args, from_hr
from bot.router import Router
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import ActionButton, ActionCard, Markdown
from workflows.actors import Actor
from workflows.applications.queries import candidates_of_job
from workflows.applications.stages import HAPPY_PATH, STAGE_LABELS_ZH, Stage
from workflows.jobs.service import find_job, open_jobs

router = Router("commands")

# Every stage in hiring order, then the ways out; stages without applications are not shown.
_PIPELINE = (*HAPPY_PATH, Stage.REJECTED, Stage.WITHDRAWN, Stage.EXPIRED, Stage.OFFER_DECLINED)


def send_message_url(text: str) -> str:
    """A DingTalk link that, when tapped, sends `text` to the bot as the user."""
    return "dtmd://dingtalkclient/sendMessage?content=" + quote(text)


def help_card() -> ActionCard:
    """The HR help card: every command, grouped, with one-tap buttons for the first steps."""
    return ActionCard(
        "钉聘使用帮助",
        texts.HR_HELP,
        (
            ActionButton("查看在招岗位", send_message_url("岗位")),
            ActionButton("Excel 导入说明", send_message_url("导入")),
        ),
        horizontal=True,
    )


@router.message(command("帮助", "help", "?", "？"), from_hr)
async def help_hr(message: InboundMessage, ctx: BotContext) -> None:
    """The HR help card."""
    await ctx.reply(message, help_card())


@router.message(command("岗位", "jobs", "职位"), from_hr)
async def jobs(message: InboundMessage, ctx: BotContext) -> None:
    """Open jobs with their pipeline counts."""
    summaries = await open_jobs()
    if not summaries:
        await ctx.reply(message, Markdown("在招岗位", "目前没有在招岗位。"))
        return
    lines = ["#### 在招岗位"]
    for job in summaries:
        counts = " · ".join(
            f"{STAGE_LABELS_ZH[s]} {job.counts[s]}" for s in _PIPELINE if job.counts.get(s)
        )
        lines.append(
            f"- **#{job.id} {job.title}**（{job.city or '不限'}，招{job.headcount}人，"
            f"及格线 {job.pass_line:g}）共 {job.total} 人" + (f"：{counts}" if counts else "")
        )
    lines.append("\n发送 `排名 岗位编号` 查看排名，`候选人 岗位编号` 查看候选人")
    await ctx.reply(message, Markdown("在招岗位", "\n".join(lines)))


@router.message(command("候选人", "candidates"), from_hr)
async def candidates(message: InboundMessage, ctx: BotContext) -> None:
    """A job's candidates, best first."""
    ref = command_args(message)
    if not ref:
        await ctx.reply(
            message, Markdown("候选人", "请指定岗位，例如：`候选人 12` 或 `候选人 后端`")
        )
        return
    job = await find_job(ref)
    rows, total = await candidates_of_job(
        job.id, viewer=Actor.staff(message.sender_staff_id), vault=ctx.vault
    )
    lines = [f"#### #{job.id} {job.title} 的候选人（共 {total} 人）"]
    for i, row in enumerate(rows, 1):
        score = f"匹配 {row.match_score:.0f}" if row.match_score is not None else "未匹配"
        if row.overall_score is not None:
            score += f" · 面试 {row.overall_score:.0f}"
        phone = row.masked_phone or "无手机"
        lines.append(f"{i}. {row.name}（{phone}）{STAGE_LABELS_ZH[row.stage]} · {score}")
    if total > len(rows):
        lines.append(f"\n仅显示前 {len(rows)} 人")
    if not rows:
        lines.append("暂无候选人")
    await ctx.reply_privately(message, Markdown("候选人", "\n".join(lines)))
