"""HR commands and card buttons for ranking: 排名, 对比, 报告, 相似, and 查看报告 / 对比 on the
scored card (their answers go privately to the HR who clicked)."""

from __future__ import annotations

import re

from bot.context import BotContext
from bot.filters import card_action, card_application_id, command, command_args, from_hr, require_hr
from bot.presenters.rank_args import RANK_USAGE, parse_rank_args
from bot.presenters.ranking import render_compare, render_rank, render_report, render_similar
from bot.router import Router
from integrations.dingtalk.inbound import CardAction, InboundMessage
from integrations.dingtalk.messages import Markdown, OutgoingMessage, Recipient
from workflows.actors import Actor
from workflows.applications.queries import application_exists
from workflows.errors import NotFoundError
from workflows.invitations.queries import resolve_targets
from workflows.jobs.service import find_job
from workflows.links import report_url
from workflows.privacy.vault import PiiVault
from workflows.ranking.compare import MAX_COMPARED, compare, compare_with_best_others
from workflows.ranking.service import rank
from workflows.ranking.similar import similar
from workflows.ranking.summary import report_summary
from workflows.staff.service import find_staff

router = Router("ranking")

COMPARE_USAGE = (
    "#### 对比候选人\n\n"
    f"用法：`对比 岗位编号 候选人1 候选人2 …`（2–{MAX_COMPARED} 位，姓名或申请编号）\n\n"
    "- `对比 1 张伟 李娜`\n- `/compare 1 15 16 17`"
)
REPORT_USAGE = (
    "#### 查看报告\n\n用法：`报告 申请编号` 或 `报告 岗位编号 候选人`\n\n"
    "- `报告 15`\n- `报告 1 张伟`"
)
SIMILAR_USAGE = (
    "#### 相似候选人\n\n用法：`相似 申请编号` 或 `相似 岗位编号 候选人`，"
    "加 `本岗位` 只在同一岗位中查找\n\n- `相似 15`\n- `相似 1 张伟 本岗位`"
)
SAME_JOB_WORDS = frozenset({"本岗位", "同岗位", "仅本岗位"})

_SEPARATORS = re.compile(r"[\s,，、;；]+")


def _words(message: InboundMessage) -> list[str]:
    return [w for w in _SEPARATORS.split(command_args(message)) if w]


async def _resolve(job_ref: str, refs: list[str], *, viewer: Actor, vault: PiiVault) -> list[int]:
    """Applications named in a job; any reference that matches nothing is an error."""
    job = await find_job(job_ref)
    targets = await resolve_targets(job.id, refs, viewer=viewer, vault=vault)
    if targets.unknown:
        raise NotFoundError(
            "unknown candidates",
            user_message="\n".join(f"{ref}：{why}" for ref, why in targets.unknown),
        )
    return list(targets.application_ids)


async def _one_application(words: list[str], *, viewer: Actor, vault: PiiVault) -> int:
    """`15` (application number) or `岗位 候选人`."""
    if len(words) == 1 and words[0].lstrip("#").isdigit():
        app_id = int(words[0].lstrip("#"))
        if not await application_exists(app_id):
            raise NotFoundError(f"application {app_id}", user_message=f"找不到申请编号 #{app_id}")
        return app_id
    ids = await _resolve(words[0], words[1:2], viewer=viewer, vault=vault)
    return ids[0]


async def _staff_pk(user_id: str) -> int:
    staff = await find_staff(user_id)
    return staff.id if staff is not None else 0


async def report_markdown(application_id: int, user_id: str, ctx: BotContext) -> str:
    """The report summary for one HR, with a report link signed for them."""
    summary = await report_summary(application_id, viewer=Actor.staff(user_id), vault=ctx.vault)
    link = report_url(ctx.settings, application_id, staff_id=await _staff_pk(user_id))
    return render_report(summary, link)


@router.message(command("排名", "rank", "排行"), from_hr)
async def rank_command(message: InboundMessage, ctx: BotContext) -> None:
    """A job's candidates ranked by weighted score, with filters and pages."""
    args = command_args(message)
    if not args:
        await ctx.reply(message, Markdown("候选人排名", "#### 候选人排名\n\n" + RANK_USAGE))
        return
    query = parse_rank_args(args)
    job = await find_job(query.job_ref)
    page = await rank(
        job.id,
        query.filters,
        viewer=Actor.staff(message.sender_staff_id),
        vault=ctx.vault,
        page=query.page,
        page_size=query.page_size,
    )
    await ctx.reply_privately(message, Markdown("候选人排名", render_rank(page)))


@router.message(command("对比", "compare"), from_hr)
async def compare_command(message: InboundMessage, ctx: BotContext) -> None:
    """Two to five candidates of one job side by side."""
    words = _words(message)
    if len(words) < 3:
        await ctx.reply(message, Markdown("对比候选人", COMPARE_USAGE))
        return
    actor = Actor.staff(message.sender_staff_id)
    ids = await _resolve(words[0], words[1:], viewer=actor, vault=ctx.vault)
    result = await compare(ids, viewer=actor, vault=ctx.vault)
    await ctx.reply_privately(message, Markdown("候选人对比", render_compare(result)))


@router.message(command("报告", "report"), from_hr)
async def report_command(message: InboundMessage, ctx: BotContext) -> None:
    """One candidate's report summary and the link to the full report page."""
    words = _words(message)
    if not words or (len(words) == 1 and not words[0].lstrip("#").isdigit()):
        await ctx.reply(message, Markdown("查看报告", REPORT_USAGE))
        return
    actor = Actor.staff(message.sender_staff_id)
    app_id = await _one_application(words, viewer=actor, vault=ctx.vault)
    text = await report_markdown(app_id, message.sender_staff_id, ctx)
    await ctx.reply_privately(message, Markdown("面试报告", text))


@router.message(command("相似", "similar"), from_hr)
async def similar_command(message: InboundMessage, ctx: BotContext) -> None:
    """Candidates similar to one, in all open jobs or only the same job."""
    words = _words(message)
    same_job = any(w in SAME_JOB_WORDS for w in words)
    words = [w for w in words if w not in SAME_JOB_WORDS]
    if not words or (len(words) == 1 and not words[0].lstrip("#").isdigit()):
        await ctx.reply(message, Markdown("相似候选人", SIMILAR_USAGE))
        return
    actor = Actor.staff(message.sender_staff_id)
    app_id = await _one_application(words, viewer=actor, vault=ctx.vault)
    result = await similar(app_id, viewer=actor, vault=ctx.vault, same_job_only=same_job)
    await ctx.reply_privately(message, Markdown("相似候选人", render_similar(result)))


async def _tell_privately(ctx: BotContext, action: CardAction, title: str, text: str) -> None:
    await ctx.send(
        OutgoingMessage(Recipient.users(action.user_id), Markdown(title, text)),
        dedup_key=f"ranking-card:{action.delivery_id}"[:128],
    )


@router.card_action(card_action("report"))
async def report_button(action: CardAction, ctx: BotContext) -> None:
    """查看报告: the report summary and link, privately to the HR who clicked."""
    await require_hr(action)
    text = await report_markdown(card_application_id(action), action.user_id, ctx)
    await _tell_privately(ctx, action, "面试报告", text)


@router.card_action(card_action("compare"))
async def compare_button(action: CardAction, ctx: BotContext) -> None:
    """对比: this candidate against the two best other scored ones of the job, privately."""
    await require_hr(action)
    result = await compare_with_best_others(
        card_application_id(action), viewer=Actor.staff(action.user_id), vault=ctx.vault
    )
    if result is None:
        await _tell_privately(
            ctx, action, "候选人对比", "该岗位暂时没有其他已完成面试评估的候选人，无法对比。"
        )
        return
    await _tell_privately(ctx, action, "候选人对比", render_compare(result))
