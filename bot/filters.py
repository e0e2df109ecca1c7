"""Filters for handlers: message kinds, commands, chat type, who is speaking."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.context import BotContext
from bot.permissions import FILE_IMPORT, action_of, check_card, check_message
from integrations.dingtalk.inbound import CardAction, InboundMessage
from workflows.errors import ValidationFailedError
from workflows.staff.service import is_hr

_CONTACT = re.compile(r"1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|[\w.+-]+@[\w-]+\.[\w.]+")
_RESUME_WORDS = (
    "教育",
    "工作经历",
    "工作经验",
    "项目经历",
    "求职意向",
    "毕业",
    "简历",
    "本科",
    "硕士",
)


def is_file(message: InboundMessage, ctx: BotContext) -> bool:
    """A file sent to the bot."""
    return message.msg_type == "file" and bool(message.file_download_code)


def is_picture(message: InboundMessage, ctx: BotContext) -> bool:
    """A picture sent to the bot."""
    return message.msg_type in ("picture", "richText") and bool(message.picture_download_code)


def is_single_chat(message: InboundMessage, ctx: BotContext) -> bool:
    """One-to-one chat with the bot."""
    return message.is_single_chat


def mentioned_in_group(message: InboundMessage, ctx: BotContext) -> bool:
    """A group message that @-mentions the bot (DingTalk only delivers those)."""
    return not message.is_single_chat and message.is_in_at_list


def strip_command(text: str) -> str:
    """Text without @-mentions and surrounding blanks."""
    return re.sub(r"@\S+", " ", text).strip()


def looks_like_resume_text(message: InboundMessage, ctx: BotContext) -> bool:
    """Pasted text long enough and shaped like a resume (contact data or resume headings)."""
    text = strip_command(message.text)
    if len(text) < 60:
        return False
    hits = sum(word in text for word in _RESUME_WORDS)
    return (bool(_CONTACT.search(text)) and hits >= 1) or hits >= 3


def command(*names: str) -> Callable[[InboundMessage, BotContext], bool]:
    """Text whose first word is one of `names` (with or without a leading slash)."""
    wanted = {n.lower().lstrip("/") for n in names}

    def check(message: InboundMessage, ctx: BotContext) -> bool:
        words = strip_command(message.text).split(maxsplit=1)
        return bool(words) and words[0].lower().lstrip("/").rstrip("：:") in wanted

    return check


def command_args(message: InboundMessage) -> str:
    """What follows the command word."""
    words = strip_command(message.text).split(maxsplit=1)
    return words[1].strip() if len(words) > 1 else ""


async def from_hr(message: InboundMessage, ctx: BotContext) -> bool:
    """The sender may run this HR command (role and job scope, workflows.staff.policy); a staff
    member's refusal is audited and answered with the reason."""
    if message.msg_type == "file":
        return await check_message(message, FILE_IMPORT)
    if action_of(message)[0] is None:
        return await is_hr(message.sender_staff_id)
    return await check_message(message)


def card_action(name: str) -> Callable[[CardAction, BotContext], bool]:
    """A click whose params say `action=name`."""

    def check(action: CardAction, ctx: BotContext) -> bool:
        return str(action.params.get("action", "")) == name or name in action.action_ids

    return check


def card_application_id(action: CardAction) -> int:
    """The application a card button acts on (its `application_id` param)."""
    raw = str(action.params.get("application_id", ""))
    if not raw.isdigit():
        raise ValidationFailedError(
            "card action without application_id", user_message="卡片数据不完整"
        )
    return int(raw)


async def require_hr(action: CardAction) -> str:
    """The clicking HR's name when the button is theirs (role and the job's scope); anyone else
    is refused with a clear message, and the refusal is audited."""
    return await check_card(action, message="该操作仅限 HR 使用")
