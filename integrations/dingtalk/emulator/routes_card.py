"""card_1_0 interactive cards: create, deliver, update, and applying callback responses (§5.1)."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.api import Ctx, api_route, str_map
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import Card, CardSpace

SPACE_PREFIX = "dtv1.card//"


def card_view(card: Card) -> dict[str, Any]:
    """A card as the control API shows it."""
    return card.model_dump()


def _parse_spaces(open_space_id: str) -> list[tuple[str, str]]:
    # "dtv1.card//IM_GROUP.cid1;IM_ROBOT.user1": several spaces separated by ";".
    if not open_space_id.startswith(SPACE_PREFIX):
        raise errors.invalid_parameter("openSpaceId", f"openSpaceId 格式不正确: {open_space_id}")
    spaces = []
    for part in open_space_id[len(SPACE_PREFIX) :].split(";"):
        space_type, _, space_id = part.partition(".")
        if not space_type or not space_id:
            raise errors.invalid_parameter("openSpaceId", f"openSpaceId 格式不正确: {part}")
        spaces.append((space_type, space_id))
    return spaces


def _apply_data(card: Card, body: dict[str, Any], by_key: bool, private_by_key: bool) -> None:
    card_data = body.get("cardData")
    if isinstance(card_data, dict) and "cardParamMap" in card_data:
        params = str_map(card_data.get("cardParamMap"))
        card.card_param_map = {**card.card_param_map, **params} if by_key else params
    private = body.get("privateData")
    if isinstance(private, dict):
        for user_id, data in private.items():
            if isinstance(data, dict):
                params = str_map(data.get("cardParamMap"))
                old = card.private_data.get(str(user_id), {})
                card.private_data[str(user_id)] = {**old, **params} if private_by_key else params


def _create(ctx: Ctx) -> Card:
    out_track_id = str(ctx.field("outTrackId"))
    if out_track_id in ctx.emu.state.cards:
        # One outTrackId is one card (OD:create-and-deliver-cards); a second create is refused
        # with 400 param.cardAlreadyExist "卡片已经存在" (OD:server-api-error-codes-1).
        raise errors.ApiError(400, "param.cardAlreadyExist", "卡片已经存在", 400)
    card = Card(out_track_id=out_track_id, app_key=ctx.app.app_key, created_at=ctx.emu.now())
    card.template_id = str(ctx.field("cardTemplateId"))
    card.callback_type = str(ctx.body.get("callbackType") or "STREAM")
    card.callback_route_key = str(ctx.body.get("callbackRouteKey") or "")
    card.updated_at = ctx.emu.now()
    _apply_data(card, ctx.body, by_key=False, private_by_key=False)
    card.history.append(
        {"time": ctx.emu.now(), "source": "create", "cardParamMap": dict(card.card_param_map)}
    )
    ctx.emu.state.cards[out_track_id] = card
    return card


def _deliver(ctx: Ctx, card: Card) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for space_type, space_id in _parse_spaces(str(ctx.field("openSpaceId"))):
        recipients: list[str] = []
        if space_type == "IM_ROBOT":
            ok = ctx.emu.user_by_ref(space_id) is not None
            recipients = [space_id]
            error = "" if ok else f"用户不存在: {space_id}"
        elif space_type == "IM_GROUP":
            conv = ctx.emu.state.conversations.get(space_id)
            ok = conv is not None and conv.conversation_type == "2"
            deliver_model = ctx.body.get("imGroupOpenDeliverModel") or {}
            recipients = [str(r) for r in deliver_model.get("recipients") or []]
            error = "" if ok else f"群不存在: {space_id}"
        else:
            ok, error = False, f"不支持的空间类型: {space_type}"
        if ok:
            card.spaces = [
                s for s in card.spaces if (s.space_type, s.space_id) != (space_type, space_id)
            ]
            card.spaces.append(
                CardSpace(space_type=space_type, space_id=space_id, recipients=recipients)
            )
            _record_card_sent(ctx.emu, card, space_type, space_id)
        results.append(
            {
                "spaceType": space_type,
                "spaceId": space_id,
                "success": ok,
                "errorMsg": error,
                "carrierId": f"carrier-{card.out_track_id}-{space_id}" if ok else "",
            }
        )
    return results


def _record_card_sent(emu: Emulator, card: Card, space_type: str, space_id: str) -> None:
    params = card.card_param_map
    emu.record_sent(
        app_key=card.app_key,
        recipient=space_id,
        channel="card",
        kind="card",
        title=params.get("title", card.template_id),
        text=params.get("text", params.get("content", "")),
        conversation_id=space_id if space_type == "IM_GROUP" else "",
        out_track_id=card.out_track_id,
        raw={"cardTemplateId": card.template_id, "cardParamMap": dict(params)},
    )


async def create_and_deliver(ctx: Ctx) -> Response:
    """POST /v1.0/card/instances/createAndDeliver."""
    _parse_spaces(str(ctx.field("openSpaceId")))
    card = _create(ctx)
    results = _deliver(ctx, card)
    return ctx.ok(
        {"success": True, "result": {"outTrackId": card.out_track_id, "deliverResults": results}}
    )


async def create_card(ctx: Ctx) -> Response:
    """POST /v1.0/card/instances."""
    card = _create(ctx)
    return ctx.ok({"success": True, "result": card.out_track_id})


def _card_or_error(ctx: Ctx) -> Card:
    out_track_id = str(ctx.field("outTrackId"))
    card = ctx.emu.state.cards.get(out_track_id)
    if card is None:
        raise errors.not_found("card.instance", f"卡片实例不存在: {out_track_id}")
    return card


async def deliver_card(ctx: Ctx) -> Response:
    """POST /v1.0/card/instances/deliver."""
    card = _card_or_error(ctx)
    return ctx.ok({"success": True, "result": _deliver(ctx, card)})


async def update_card(ctx: Ctx) -> Response:
    """PUT /v1.0/card/instances (cardUpdateOptions.updateCardDataByKey semantics)."""
    card = _card_or_error(ctx)
    options = ctx.body.get("cardUpdateOptions") or {}
    _apply_data(
        card,
        ctx.body,
        by_key=bool(options.get("updateCardDataByKey", False)),
        private_by_key=bool(options.get("updatePrivateDataByKey", False)),
    )
    card.updated_at = ctx.emu.now()
    card.history.append(
        {"time": ctx.emu.now(), "source": "api", "cardParamMap": dict(card.card_param_map)}
    )
    return ctx.ok({"success": True, "result": True})


def apply_callback_response(emu: Emulator, card: Card, user_id: str, response: Any) -> bool:
    """Apply a card-callback ACK `{"response": {...}}` to the card; True if anything changed."""
    if isinstance(response, str):
        try:
            response = json.loads(response)
        except ValueError:
            return False
    if not isinstance(response, dict):
        return False
    options = response.get("cardUpdateOptions") or {}
    by_key = bool(options.get("updateCardDataByKey", True))
    private_by_key = bool(options.get("updatePrivateDataByKey", True))
    body: dict[str, Any] = {}
    if isinstance(response.get("cardData"), dict):
        body["cardData"] = response["cardData"]
    private: dict[str, Any] = {}
    if isinstance(response.get("privateData"), dict):
        private.update(response["privateData"])
    if isinstance(response.get("userPrivateData"), dict):
        private[user_id] = response["userPrivateData"]
    if private:
        body["privateData"] = private
    if not body:
        return False
    _apply_data(card, body, by_key=by_key, private_by_key=private_by_key)
    card.updated_at = emu.now()
    card.history.append(
        {
            "time": emu.now(),
            "source": "callback",
            "user_id": user_id,
            "cardParamMap": dict(card.card_param_map),
        }
    )
    emu.touch()
    return True


def routes() -> list[BaseRoute]:
    """The routes of this family."""
    return [
        api_route("POST", "/v1.0/card/instances/createAndDeliver", create_and_deliver),
        api_route("POST", "/v1.0/card/instances", create_card),
        api_route("POST", "/v1.0/card/instances/deliver", deliver_card),
        api_route("PUT", "/v1.0/card/instances", update_card),
    ]
