"""Excel in chat: 导出 a job's candidates, 导入 templates, and .xlsx files from HR imported."""

from __future__ import annotations

from bot.context import BotContext
from bot.filters import command, command_args, from_hr, is_file
from bot.router import Router
from integrations.dingtalk.files import DingTalkFileTooLargeError
from integrations.dingtalk.inbound import InboundMessage
from integrations.dingtalk.messages import FileMessage, Markdown, OutgoingMessage, Recipient, Text
from workflows.actors import Actor
from workflows.jobs.service import find_job
from workflows.outcomes.access import may_see_fairness
from workflows.spreadsheets.export import export_job
from workflows.spreadsheets.imports import import_workbook
from workflows.spreadsheets.reading import ACCEPTED_SUFFIXES, DEFAULT_LIMITS
from workflows.spreadsheets.result import ImportResult
from workflows.spreadsheets.schema import KIND_LABELS, ImportKind
from workflows.spreadsheets.templates import template_file_name, template_workbook

router = Router("spreadsheets")

# Chat messages stay readable: the first errors are listed, the rest are counted.
MAX_LISTED_ERRORS = 20

EXPORT_USAGE = "请指定岗位，例如：`导出 1` 或 `导出 后端`（发送「岗位」查看岗位编号）"
IMPORT_USAGE = """#### Excel 导入
把填好的 Excel（.xlsx）直接发给我即可导入，按表头自动识别类型：
- **候选人**：姓名、手机、邮箱、岗位编号、学历、学校、工作年限、技能、期望月薪、城市
- **题库**：题目、类型、思考时间、作答时间、难度、能力维度、等价组、参考答案、追问模板、题本
- **薪资带宽**：岗位编号、级别、月薪下限、月薪上限
- **录用后表现**（仅 HR 负责人/管理员）：申请编号、试用期结果、转正日期、绩效周期、\
绩效评级、离职日期等；性别、出生年份、地区、学校层次仅用于公平性分析，加密保存

导入前会逐行校验，任何一处有误都会整份不导入，并告诉你具体的行和列。
模板已单独发给你（录用后表现模板仅发给 HR 负责人和管理员），第2行灰色为示例，导入时自动跳过。"""


def _is_spreadsheet(message: InboundMessage, ctx: BotContext) -> bool:
    return is_file(message, ctx) and message.file_name.lower().endswith(ACCEPTED_SUFFIXES)


def _file_type(file_name: str) -> str:
    return file_name.rsplit(".", 1)[-1].lower() if "." in file_name else "xlsx"


async def _send_file(
    message: InboundMessage, ctx: BotContext, content: bytes, file_name: str, part: str
) -> None:
    # sessionWebhook cannot carry files (wire contract §3): the robot sends them one-to-one.
    media_id = await ctx.dingtalk.files.upload_media(content, file_name, "file")
    file = FileMessage(media_id, file_name, _file_type(file_name))
    await ctx.send(
        OutgoingMessage(Recipient.users(message.sender_staff_id), file),
        dedup_key=f"xlsx:{message.msg_id}:{part}"[:128],
    )


@router.message(command("导出", "export"), from_hr)
async def export(message: InboundMessage, ctx: BotContext) -> None:
    """Build the job's workbook and send it to the HR one-to-one, with a short summary."""
    ref = command_args(message)
    if not ref:
        await ctx.reply(message, Markdown("导出", EXPORT_USAGE))
        return
    job = await find_job(ref)
    result = await export_job(
        job.id, viewer=Actor.staff(message.sender_staff_id), vault=ctx.vault, settings=ctx.settings
    )
    await _send_file(message, ctx, result.content, result.file_name, "export")
    where = "" if message.is_single_chat else "，已私聊发送给你"
    text = (
        f"#### 已导出 #{job.id} {job.title}\n"
        f"- 文件：{result.file_name}{where}\n"
        f"- 候选人：{result.row_count} 人\n"
        "- 含阶段、综合得分、各维度得分、标记、匹配度、推荐和报告链接"
    )
    await ctx.reply(message, Markdown("导出完成", text), part="summary")


@router.message(command("导入", "import"), from_hr)
async def import_help(message: InboundMessage, ctx: BotContext) -> None:
    """Usage text plus the three template files."""
    await ctx.reply(message, Markdown("Excel 导入", IMPORT_USAGE), part="usage")
    # The outcomes template (performance, demographics) only for those who may import it.
    heads = await may_see_fairness(Actor.staff(message.sender_staff_id))
    for kind in ImportKind:
        if kind is ImportKind.OUTCOMES and not heads:
            continue
        await _send_file(
            message, ctx, template_workbook(kind), template_file_name(kind), f"template-{kind}"
        )


@router.message(_is_spreadsheet, from_hr)
async def import_file(message: InboundMessage, ctx: BotContext) -> None:
    """An .xlsx from HR: download (size-limited), validate every row, import all or nothing."""
    name = message.file_name
    limit = DEFAULT_LIMITS.max_file_bytes
    try:
        data = await ctx.dingtalk.files.download(message.file_download_code, max_bytes=limit)
    except DingTalkFileTooLargeError:
        text = f"《{name}》过大：Excel 文件不能超过 {limit // (1024 * 1024)}MB，请拆分后分批发送"
        await ctx.reply(message, Text(text), part="too-large")
        return
    result = await import_workbook(
        data,
        name,
        actor=Actor.staff(message.sender_staff_id),
        vault=ctx.vault,
        bus=ctx.bus,
    )
    title = "导入完成" if result.ok else "导入未完成"
    await ctx.reply(message, Markdown(title, import_summary(result)), part="summary")


def import_summary(result: ImportResult) -> str:
    """The chat answer to an import: what was saved, or every bad cell (capped)."""
    label = KIND_LABELS[result.kind]
    if not result.ok:
        lines = [
            f"#### 《{result.file_name}》未导入",
            f"识别为{label}表，发现 {len(result.errors)} 处错误，整份文件未导入任何数据。"
            "请修改后重新发送：",
        ]
        lines += [f"- {e}" for e in result.errors[:MAX_LISTED_ERRORS]]
        rest = len(result.errors) - MAX_LISTED_ERRORS
        if rest > 0:
            lines.append(f"- ……另有 {rest} 处错误未列出")
        return "\n".join(lines)
    lines = [f"#### 《{result.file_name}》已导入（{label}）", f"- 数据行：{result.rows}"]
    if result.kind is ImportKind.CANDIDATES:
        lines += [
            f"- 新建候选人：{result.created}",
            f"- 已存在、资料已更新（未重复创建）：{result.updated}",
        ]
        if result.unchanged:
            lines.append(f"- 已存在且资料相同：{result.unchanged}")
        lines.append(f"- 新开申请：{result.applications_opened}")
        lines += [f"- 岗位：{j}" for j in result.jobs]
    elif result.kind is ImportKind.QUESTIONS:
        lines += [f"- 新增题目：{result.created}", f"- 更新已有题目：{result.updated}"]
        if result.question_set:
            lines.append(f"- 加入题本：{result.question_set}")
    elif result.kind is ImportKind.OUTCOMES:
        lines += [f"- 新增录用结果：{result.created}", f"- 更新已有录用结果：{result.updated}"]
        if result.unchanged:
            lines.append(f"- 仅更新公平性分析信息（性别、年龄等）：{result.unchanged}")
    else:
        lines += [f"- 已设置薪资带宽的岗位：{'、'.join(result.jobs)}"]
    if result.skipped_examples:
        lines.append(f"- 已跳过模板示例行：{result.skipped_examples}")
    lines += [f"- 提示：{w}" for w in result.warnings]
    return "\n".join(lines)
