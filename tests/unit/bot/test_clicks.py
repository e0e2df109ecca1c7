"""The job runner of queued card clicks: a transient failure is raised so the job retries it,
a refused use case or a permanent DingTalk refusal is answered on the card at once, and on the
last try every failure is answered (the card never stays on 正在处理)."""

from __future__ import annotations

import pytest

from bot.clicks import DispatcherClickRunner
from bot.context import BotContext
from bot.router import Dispatcher, Router
from integrations.dingtalk.errors import DingTalkError, DingTalkServerError
from integrations.dingtalk.inbound import CardAction, CardUpdate, InboundMessage
from settings import Settings
from tests.fakes import make_services
from workflows.errors import ValidationFailedError

ACTION = CardAction("msg-1", "track-1", "hr1", "corp", "IM", "im1", (), {"action": "x"})


def _dispatcher(failure: Exception) -> Dispatcher:
    handlers, errors = Router("t"), Router("errors")

    @handlers.card_action(lambda a, c: a.params.get("action") == "x", in_job=True)
    async def click(action: CardAction, ctx: BotContext) -> CardUpdate:
        raise failure

    @errors.error(Exception)
    async def answer(exc: BaseException, update: object, ctx: BotContext) -> CardUpdate:
        return CardUpdate(card_data={"notice": type(exc).__name__})

    async def fallback(message: InboundMessage, ctx: BotContext) -> None:
        return None

    return Dispatcher(handlers, errors, fallback=fallback)


@pytest.mark.parametrize(
    "failure",
    [DingTalkServerError("busy", code="ServiceUnavailable"), RuntimeError("db gone")],
)
async def test_a_transient_failure_is_raised_for_a_retry_until_the_last_try(
    settings: Settings, failure: Exception
) -> None:
    runner = DispatcherClickRunner(_dispatcher(failure))
    deps = make_services(settings)
    with pytest.raises(type(failure)):
        await runner.run(ACTION, deps, last_try=False)
    update = await runner.run(ACTION, deps, last_try=True)
    assert update is not None and update.card_data["notice"] == type(failure).__name__


@pytest.mark.parametrize(
    "failure",
    [
        ValidationFailedError("x", user_message="卡片数据不完整"),
        DingTalkError("refused", code="param.invalid"),
    ],
)
async def test_a_refusal_is_answered_at_once(settings: Settings, failure: Exception) -> None:
    runner = DispatcherClickRunner(_dispatcher(failure))
    update = await runner.run(ACTION, make_services(settings), last_try=False)
    assert update is not None and update.card_data["notice"] == type(failure).__name__


async def test_only_handlers_registered_in_job_are_queued(settings: Settings) -> None:
    dispatcher = _dispatcher(RuntimeError())
    ctx = BotContext(make_services(settings))
    assert await dispatcher.runs_in_job(ACTION, ctx)
    other = CardAction("msg-2", "track-1", "hr1", "corp", "IM", "im1", (), {"action": "y"})
    assert not await dispatcher.runs_in_job(other, ctx)


def test_a_click_that_failed_for_good_asks_hr_to_click_again() -> None:
    runner = DispatcherClickRunner(_dispatcher(RuntimeError()))
    assert runner.failed(ACTION).card_data == {"notice": "处理失败，请稍后重新点击"}
