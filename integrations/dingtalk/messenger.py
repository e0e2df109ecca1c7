"""Robot messages: sessionWebhook replies (httpx), one-to-one batch and group sends (SDK)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from integrations.dingtalk.cards import SdkCards, token_headers
from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.messages import robot_msg_key_param, webhook_body
from integrations.dingtalk.ports import (
    InteractiveCard,
    MessageContent,
    OutgoingMessage,
    RecipientKind,
    SendResult,
)
from integrations.dingtalk.transport import HttpCaller, SdkCaller


class WebhookExpiredError(DingTalkError):
    """The sessionWebhook of the conversation has expired; it cannot be used any more."""


class RobotMessengerAdapter:
    """Implements the RobotMessenger port."""

    def __init__(
        self,
        sdk: SdkCaller,
        http: HttpCaller,
        cards: SdkCards,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._sdk = sdk
        self._http = http
        self._cards = cards
        self._wall_clock = wall_clock

    async def send(self, message: OutgoingMessage) -> SendResult:
        """Send one normalised message to its recipient."""
        r = message.recipient
        content = message.content
        if r.kind is RecipientKind.SESSION_WEBHOOK:
            expires = r.webhook_expires_at_ms
            if expires and self._wall_clock() * 1000 >= expires:
                raise WebhookExpiredError("session webhook expired", code="WebhookExpired")
            return await self.reply(r.session_webhook, content)
        if r.kind is RecipientKind.CARD:
            assert isinstance(content, InteractiveCard)
            await self._cards.update(r.out_track_id, content.card_data, content.private_data)
            return SendResult(out_track_id=r.out_track_id)
        if isinstance(content, InteractiveCard):
            delivery = await self._cards.create_and_deliver(
                content, user_ids=r.user_ids, open_conversation_id=r.open_conversation_id
            )
            return SendResult(out_track_id=delivery.out_track_id)
        if r.kind is RecipientKind.USERS:
            return await self.send_to_users(r.user_ids, content)
        return await self.send_to_group(r.open_conversation_id, content)

    async def reply(self, session_webhook: str, content: MessageContent) -> SendResult:
        """Reply in the conversation a message came from (no token needed)."""
        await self._http.post_webhook(session_webhook, webhook_body(content))
        return SendResult()

    async def send_to_users(self, user_ids: tuple[str, ...], content: MessageContent) -> SendResult:
        """One-to-one batch send from the robot to org users."""
        from alibabacloud_dingtalk.robot_1_0 import models as m
        from alibabacloud_dingtalk.robot_1_0.client import Client

        key, param = robot_msg_key_param(content)
        request = m.BatchSendOTORequest(
            robot_code=self._sdk.settings.effective_robot_code,
            user_ids=list(user_ids),
            msg_key=key,
            msg_param=param,
        )
        client = self._sdk.client(Client)

        async def op(token: str) -> Any:
            # Method name quirk of the SDK: batch_send_otowith_options.
            return await client.batch_send_otowith_options_async(
                request, token_headers(m.BatchSendOTOHeaders, token), self._sdk.runtime()
            )

        body = (await self._sdk.call("robot batchSend", op)).body
        invalid = tuple(body.invalid_staff_id_list or ())
        if invalid and len(invalid) == len(user_ids):
            raise DingTalkError(
                f"no valid recipient among {len(user_ids)} user ids", code="InvalidStaff"
            )
        return SendResult(
            process_query_key=str(body.process_query_key or ""),
            invalid_user_ids=invalid,
            flow_controlled_user_ids=tuple(body.flow_controlled_staff_id_list or ()),
        )

    async def send_to_group(self, open_conversation_id: str, content: MessageContent) -> SendResult:
        """Send to a group the robot is in."""
        from alibabacloud_dingtalk.robot_1_0 import models as m
        from alibabacloud_dingtalk.robot_1_0.client import Client

        key, param = robot_msg_key_param(content)
        request = m.OrgGroupSendRequest(
            robot_code=self._sdk.settings.effective_robot_code,
            open_conversation_id=open_conversation_id,
            msg_key=key,
            msg_param=param,
        )
        client = self._sdk.client(Client)

        async def op(token: str) -> Any:
            return await client.org_group_send_with_options_async(
                request, token_headers(m.OrgGroupSendHeaders, token), self._sdk.runtime()
            )

        body = (await self._sdk.call("robot groupMessages/send", op)).body
        return SendResult(process_query_key=str(body.process_query_key or ""))
