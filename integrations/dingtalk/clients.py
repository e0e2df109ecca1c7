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
from integrations.dingtalk.inbound import CardUpdate
from integrations.dingtalk.login import LoginAdapter
from integrations.dingtalk.messenger import RobotMessengerAdapter
from integrations.dingtalk.ports import CallCounter, DeliveryLog
from integrations.dingtalk.retry import RetryPolicy, Sleep
from integrations.dingtalk.stream import StreamBridge
from integrations.dingtalk.tokens import AccessTokenCache, Clock
from integrations.dingtalk.transport import HttpCaller, SdkCaller, app_token_fetcher
from settings import DingTalkSettings


class OrmDeliveryLog:
    """DeliveryLog port over workflows.messaging.deliveries (InboundDelivery table)."""

    async def first(self, key: str, kind: str) -> bool:
        """True the first time `key` is seen."""
        from workflows.messaging.deliveries import first_delivery

        return await first_delivery(key, kind)

    async def forget(self, key: str) -> None:
        """Forget `key` so a redelivery runs again."""
        from workflows.messaging.deliveries import forget_delivery

        await forget_delivery(key)


@dataclass
class DingTalkClients:
    """Every DingTalk adapter of one process (put in job ctx["dingtalk"])."""

    settings: DingTalkSettings
    tokens: AccessTokenCache
    messenger: RobotMessengerAdapter
    cards: SdkCards
    files: FilesAdapter
    approvals: ApprovalsAdapter
    hrm: HrmAdapter
    login: LoginAdapter
    stream: StreamBridge
    http: HttpCaller

    async def aclose(self) -> None:
        """Stop the stream bridge (if started) and close HTTP pools."""
        await self.stream.stop()
        await self.http.aclose()


def build_dingtalk_clients(
    settings: DingTalkSettings,
    *,
    delivery_log: DeliveryLog | None = None,
    retry_policy: RetryPolicy | None = None,
    clock: Clock = time.monotonic,
    sleep: Sleep = asyncio.sleep,
    http_transport: httpx.AsyncBaseTransport | None = None,
    call_counter: CallCounter | None = None,
) -> DingTalkClients:
    """Build all adapters from settings; nothing connects until first use or stream.start()."""
    policy = retry_policy or RetryPolicy(max_retries=settings.max_retries)
    tokens = AccessTokenCache(app_token_fetcher(settings, policy, sleep), clock=clock)
    sdk = SdkCaller(settings, tokens, policy, sleep, counter=call_counter)
    http = HttpCaller(
        settings, tokens, policy, sleep, transport=http_transport, counter=call_counter
    )
    cards = SdkCards(sdk)
    stream = StreamBridge(settings, delivery_log or OrmDeliveryLog())

    async def late_card_update(out_track_id: str, user_id: str, update: CardUpdate) -> None:
        private = {user_id: update.user_private_data} if update.user_private_data else None
        await cards.update(out_track_id, update.card_data, private)

    stream.on_late_card_update(late_card_update)
    return DingTalkClients(
        settings=settings,
        tokens=tokens,
        messenger=RobotMessengerAdapter(sdk, http, cards),
        cards=cards,
        files=FilesAdapter(sdk, http),
        approvals=ApprovalsAdapter(sdk, settings.offer_process_code),
        hrm=HrmAdapter(sdk, http),
        login=LoginAdapter(sdk, http),
        stream=stream,
        http=http,
    )
