"""Acting as DingTalk users through the emulator: chat with the bot, tap cards, read messages."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from typing import Any

from integrations.dingtalk.emulator.control_client import EmulatorControl
from integrations.dingtalk.emulator.models import Card, SentMessage

HELP_TITLE = "钉聘使用帮助"  # the fallback answer to anything the bot does not handle
# Card values that are data for buttons or repeat the title, not text for people.
_HIDDEN_KEYS = frozenset({"actions", "matches", "plan", "job", "name", "pass_line", "status_by"})
_URL = re.compile(r"https?://[^\s)\]>\"'，。）]+")


def urls(text: str, marker: str) -> list[str]:
    """Every URL in `text` whose path contains `marker` (e.g. '/i/', '/r/', '/o/')."""
    return [u.rstrip(".,;") for u in _URL.findall(text) if marker in u]


def message_text(message: SentMessage) -> str:
    """Title, text and button URLs of a sent message, as one string."""
    parts = [message.title, message.text, message.url]
    parts += [f"{b.title} {b.url}" for b in message.buttons]
    return "\n".join(p for p in parts if p)


def card_text(card: Card) -> str:
    """The human-readable values of a card (JSON values and ids left out)."""
    lines = []
    for key, value in card.card_param_map.items():
        if not value or key in _HIDDEN_KEYS or key.endswith("_id"):
            continue
        if value[:1] in "[{":
            continue
        lines.append(value)
    return "\n".join(lines)


def card_actions(card: Card) -> list[dict[str, Any]]:
    """Buttons listed in the card's `actions`-like JSON values ({action, text, ...})."""
    found: list[dict[str, Any]] = []
    for value in card.card_param_map.values():
        if not value or value[:1] != "[" or "action" not in value:
            continue
        try:
            items = json.loads(value)
        except ValueError:
            continue
        found += [i for i in items if isinstance(i, dict) and "action" in i]
    return found


class Chat:
    """One emulator, driven off the event loop (the control client is synchronous)."""

    def __init__(self, control: EmulatorControl) -> None:
        self.control = control

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one control call in a thread."""
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def last_seq(self) -> int:
        """The newest sent-message number."""
        return int(await self.call(self.control.last_seq))

    async def sent(self, since: int, **filters: Any) -> list[SentMessage]:
        """Messages the bot sent after `since`."""
        items: list[SentMessage] = await self.call(self.control.sent, since, **filters)
        return items

    async def wait_for(
        self,
        since: int,
        where: Callable[[SentMessage], bool],
        *,
        count: int = 1,
        timeout_s: float = 60.0,
    ) -> list[SentMessage]:
        """Poll until `count` matching messages were sent; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout_s
        while True:
            items = [m for m in await self.sent(since) if where(m)]
            if len(items) >= count:
                return items
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(items)} of {count} expected messages after {timeout_s}s")
            await asyncio.sleep(0.2)

    async def say(
        self, user: str, text: str, *, timeout_s: float = 60.0, settle_s: float = 1.5
    ) -> list[SentMessage]:
        """Send a chat message as `user`; return what the bot sent back to them."""
        since = await self.last_seq()
        await self.call(self.control.send_text, user, text)
        return await self.replies(user, since, timeout_s=timeout_s, settle_s=settle_s)

    async def replies(
        self, user: str, since: int, *, timeout_s: float = 60.0, settle_s: float = 1.5
    ) -> list[SentMessage]:
        """Messages to `user` after `since`: wait for the first, then for the rest to settle."""

        def to_user(m: SentMessage) -> bool:
            return m.recipient == user or m.channel == "session_webhook"

        first = await self.wait_for(since, to_user, timeout_s=timeout_s)
        while True:
            await asyncio.sleep(settle_s)
            more = [m for m in await self.sent(since) if to_user(m)]
            if len(more) == len(first):
                return more
            first = more

    async def card(self, out_track_id: str) -> Card:
        """One card with its current data."""
        card: Card = await self.call(self.control.card, out_track_id)
        return card

    async def cards(self) -> list[Card]:
        """Every card the bot created."""
        cards: list[Card] = await self.call(self.control.cards)
        return cards

    async def click(self, out_track_id: str, user: str, params: dict[str, Any]) -> dict[str, Any]:
        """Tap a card button as `user`; the emulator returns the ACK and the updated card."""
        result: dict[str, Any] = await self.call(
            self.control.click_card, out_track_id, user, params=params
        )
        return result

    async def mailbox_links(self, name: str, marker: str) -> list[str]:
        """Links with `marker` in e-mails and SMS that greet `name` (the sandbox's mailbox, where
        candidates outside the org are reached when e-mail or SMS is on), newest first."""
        items = (await self.call(self.control.request, "GET", "/mailbox"))["items"]
        return [
            link
            for item in items
            if name in item["text"]
            for link in item["links"]
            if marker in link
        ]

    async def wait_for_link(
        self,
        since: int,
        marker: str,
        name: str,
        *,
        name_in_chat: bool = True,
        timeout_s: float = 60.0,
    ) -> str | None:
        """The first `marker` link (/i/, /o/) for `name` in what the bot sent after `since` (to HR,
        to forward) or in the mailbox (the candidate's e-mail or SMS); None after the timeout."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for message in await self.sent(since):
                text = message_text(message)
                if marker in text and (name in text or not name_in_chat):
                    found = urls(text, marker)
                    if found:
                        return found[0]
            mailed = await self.mailbox_links(name, marker)
            if mailed:
                return mailed[0]
            await asyncio.sleep(0.5)
        return None

    async def describe(self, message: SentMessage) -> str:
        """What a sent message shows: its text, or the card's current values."""
        if message.out_track_id:
            return card_text(await self.card(message.out_track_id))
        return message_text(message)


def is_help(message: SentMessage) -> bool:
    """The bot did not understand (it answered with the help text)."""
    return message.title == HELP_TITLE


def only_help(messages: list[SentMessage]) -> bool:
    """The bot answered only with its help text: the command does not exist (yet)."""
    return bool(messages) and all(is_help(m) for m in messages)
