"""Interactive cards (card_1_0) on the official SDK: create-and-deliver and update."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from integrations.dingtalk.errors import DingTalkError
from integrations.dingtalk.ports import CardDelivery, InteractiveCard
from integrations.dingtalk.transport import SdkCaller

log = logging.getLogger(__name__)

# A create that reuses an outTrackId (OD:create-and-deliver-cards: one outTrackId is one card) is
# refused with this 400 code (OD:server-api-error-codes-1). Our outTrackIds are unique per card,
# so it means an earlier try whose answer was lost already created and delivered it.
CARD_ALREADY_EXISTS = "param.cardAlreadyExist"


def token_headers(headers_cls: Any, token: str) -> Any:
    """An SDK *Headers object carrying the app token."""
    headers = headers_cls()
    headers.x_acs_dingtalk_access_token = token
    return headers


def _param_map(values: Mapping[str, str]) -> dict[str, Any]:
    return {"cardParamMap": {str(k): str(v) for k, v in values.items()}}


class SdkCards:
    """Implements the Cards port."""

    def __init__(self, sdk: SdkCaller) -> None:
        self._sdk = sdk

    async def create_and_deliver(
        self,
        card: InteractiveCard,
        *,
        user_ids: tuple[str, ...] = (),
        open_conversation_id: str = "",
    ) -> CardDelivery:
        """Create the card and deliver it to users' robot chats or to a group."""
        from alibabacloud_dingtalk.card_1_0 import models as m
        from alibabacloud_dingtalk.card_1_0.client import Client

        if bool(user_ids) == bool(open_conversation_id):
            raise ValueError("deliver to user ids or to one group, not both")
        robot_code = self._sdk.settings.effective_robot_code
        body: dict[str, Any] = {
            "cardTemplateId": card.template_id,
            "outTrackId": card.out_track_id,
            "cardData": _param_map(card.card_data),
            "callbackType": "STREAM",
            "userIdType": 1,
        }
        if card.private_data:
            body["privateData"] = {uid: _param_map(v) for uid, v in card.private_data.items()}
        if open_conversation_id:
            body["openSpaceId"] = f"dtv1.card//IM_GROUP.{open_conversation_id}"
            body["imGroupOpenSpaceModel"] = {"supportForward": True}
            body["imGroupOpenDeliverModel"] = {"robotCode": robot_code}
        else:
            # One open space per robot chat; several users are separated by ';'.
            body["openSpaceId"] = "dtv1.card//" + ";".join(f"IM_ROBOT.{u}" for u in user_ids)
            body["imRobotOpenSpaceModel"] = {"supportForward": True}
            body["imRobotOpenDeliverModel"] = {"spaceType": "IM_ROBOT", "robotCode": robot_code}
        request = m.CreateAndDeliverRequest().from_map(body)
        client = self._sdk.client(Client)

        async def op(token: str) -> Any:
            return await client.create_and_deliver_with_options_async(
                request, token_headers(m.CreateAndDeliverHeaders, token), self._sdk.runtime()
            )

        try:
            response = await self._sdk.call("card createAndDeliver", op)
        except DingTalkError as exc:
            if exc.code != CARD_ALREADY_EXISTS:
                raise
            log.info("card %s already exists: an earlier try delivered it", card.out_track_id)
            spaces = body["openSpaceId"].removeprefix("dtv1.card//").split(";")
            return CardDelivery(card.out_track_id, tuple(s.replace(".", ":", 1) for s in spaces))
        result = response.body.result
        delivered: list[str] = []
        failures: list[str] = []
        for item in (result.deliver_results if result is not None else None) or []:
            target = f"{item.space_type}:{item.space_id}"
            if item.success:
                delivered.append(target)
            else:
                failures.append(f"{target}: {item.error_msg}")
        if response.body.success is False or (failures and not delivered):
            raise DingTalkError(
                "card delivery failed: " + "; ".join(failures or ["no result"]), code="CardDelivery"
            )
        return CardDelivery(card.out_track_id, tuple(delivered), tuple(failures))

    async def update(
        self,
        out_track_id: str,
        card_data: Mapping[str, str],
        private_data: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """Update card fields by key."""
        from alibabacloud_dingtalk.card_1_0 import models as m
        from alibabacloud_dingtalk.card_1_0.client import Client

        body: dict[str, Any] = {
            "outTrackId": out_track_id,
            "cardData": _param_map(card_data),
            "cardUpdateOptions": {"updateCardDataByKey": True, "updatePrivateDataByKey": True},
            "userIdType": 1,
        }
        if private_data:
            body["privateData"] = {uid: _param_map(v) for uid, v in private_data.items()}
        request = m.UpdateCardRequest().from_map(body)
        client = self._sdk.client(Client)

        async def op(token: str) -> Any:
            return await client.update_card_with_options_async(
                request, token_headers(m.UpdateCardHeaders, token), self._sdk.runtime()
            )

        response = await self._sdk.call("card update", op)
        if response.body.success is False:
            raise DingTalkError("card update refused", code="CardUpdate")
