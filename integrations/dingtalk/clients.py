"""The bundle of DingTalk adapters a process uses, and its factory (nothing connects here)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import httpx

from integrations.dingtalk.approvals import ApprovalsAdapter
from integrations.dingtalk.cards import SdkCards
from integrations.dingtalk.files import FilesAdapter
from integrations.dingtalk.hrm import HrmAdapter
from integrations.dingtalk.login import LoginAdapter
from integrations.dingtalk.messenger import RobotMessengerAdapter
from integrations.dingtalk.ports import (
    Approvals,
    Cards,
    DeliveryLog,
    Files,
    Hrm,
    Login,
    RobotMessenger,
)
from integrations.dingtalk.retry import RetryPolicy, Sleep
from integrations.dingtalk.stream import StreamBridge
from integrations.dingtalk.tokens import AccessTokenCache, Clock
from integrations.dingtalk.transport import HttpCaller, SdkCaller, app_token_fetcher
from settings import DingTalkSettings


@dataclass
class DingTalkClients:
    """Every DingTalk adapter of one process, typed as its port (put in job ctx["dingtalk"])."""

    settings: DingTalkSettings
    tokens: AccessTokenCache
    messenger: RobotMessenger
    cards: Cards
    files: Files
    approvals: Approvals
    hrm: Hrm
    login: Login
    stream: StreamBridge
    http: HttpCaller

    async def aclose(self) -> None:
        """Stop the stream bridge (if started) and close HTTP pools."""
        await self.stream.stop()
        await self.http.aclose()


def build_dingtalk_clients(
    settings: DingTalkSettings,
    *,
    delivery_log: DeliveryLog,
    retry_policy: RetryPolicy | None = None,
    clock: Clock = time.monotonic,
    sleep: Sleep = asyncio.sleep,
    http_transport: httpx.AsyncBaseTransport | None = None,
) -> DingTalkClients:
    """Build all adapters from settings; nothing connects until first use or stream.start()."""
    policy = retry_policy or RetryPolicy(max_retries=settings.max_retries)
    tokens = AccessTokenCache(app_token_fetcher(settings, policy, sleep), clock=clock)
    sdk = SdkCaller(settings, tokens, policy, sleep)
    http = HttpCaller(settings, tokens, policy, sleep, transport=http_transport)
    cards = SdkCards(sdk)
    return DingTalkClients(
        settings=settings,
        tokens=tokens,
        messenger=RobotMessengerAdapter(sdk, http, cards),
        cards=cards,
        files=FilesAdapter(sdk, http),
        approvals=ApprovalsAdapter(sdk, settings.offer_process_code),
        hrm=HrmAdapter(sdk, http),
        login=LoginAdapter(sdk, http),
        stream=StreamBridge(settings, delivery_log),
        http=http,
    )
