"""card_1_0 cards via the official SDK, and clicks reaching a stream card-callback handler."""

from __future__ import annotations

from typing import Any

import dingtalk_stream
import pytest
from dingtalk_stream import AckMessage
from Tea.exceptions import TeaException

from integrations.dingtalk.emulator.gateway import CARD_TOPIC
from integrations.dingtalk.emulator.testing import EmulatorHandle


class DecisionHandler(dingtalk_stream.CallbackHandler):  # type: ignore[misc]
    """Answers a click with a card update, like the adapter will."""

    def __init__(self, response_style: str = "userPrivateData") -> None:
        super().__init__()
        self.clicks: list[dict[str, Any]] = []
        self.style = response_style

    async def process(self, callback: dingtalk_stream.CallbackMessage) -> tuple[int, Any]:
        msg = dingtalk_stream.CardCallbackMessage.from_dict(callback.data)
        self.clicks.append(callback.data)
        action = msg.content["cardPrivateData"]["params"]["action"]
        update: dict[str, Any] = {"cardData": {"cardParamMap": {"status": action}}}
        if self.style == "userPrivateData":
            update["userPrivateData"] = {"cardParamMap": {"clicked": "true"}}
        else:
            update["privateData"] = {msg.user_id: {"cardParamMap": {"clicked": "true"}}}
        return AckMessage.STATUS_OK, update


def _create_and_deliver(sdk: Any, emulator: EmulatorHandle, out_track_id: str) -> Any:
    models = sdk.models("card_1_0")
    request = models.CreateAndDeliverRequest(
        card_template_id=emulator.settings.card_template_id,
        out_track_id=out_track_id,
        card_data=models.CreateAndDeliverRequestCardData(
            card_param_map={"title": "候选人：张三", "status": "pending"}
        ),
        callback_type="STREAM",
        open_space_id="dtv1.card//IM_ROBOT.hr001",
        im_robot_open_space_model=models.CreateAndDeliverRequestImRobotOpenSpaceModel(
            support_forward=True
        ),
        im_robot_open_deliver_model=models.CreateAndDeliverRequestImRobotOpenDeliverModel(
            space_type="IM_ROBOT", robot_code=emulator.settings.app_key
        ),
        user_id_type=1,
    )
    headers = models.CreateAndDeliverHeaders(x_acs_dingtalk_access_token=sdk.app_token())
    return sdk.client("card_1_0").create_and_deliver_with_options(request, headers, sdk.runtime())


def test_created_card_is_visible_and_click_updates_it(
    emulator: EmulatorHandle, sdk: Any, stream_client_factory: Any
) -> None:
    handler = DecisionHandler()
    stream_client_factory((CARD_TOPIC, handler))

    created = _create_and_deliver(sdk, emulator, "resume-42")
    click = emulator.control.click_card(
        "resume-42", "hr001", action_ids=["btn_accept"], params={"action": "accepted"}
    )

    assert created.body.success is True
    assert created.body.result.deliver_results[0].success is True
    assert click["acked"] is True
    assert click["changed"] is True
    card = emulator.control.card("resume-42")
    assert card.card_param_map == {"title": "候选人：张三", "status": "accepted"}
    assert card.private_data == {"hr001": {"clicked": "true"}}
    [data] = handler.clicks
    assert data["outTrackId"] == "resume-42"
    assert data["userId"] == "hr001"
    [sent] = emulator.control.sent(channel="card")
    assert (sent.recipient, sent.kind, sent.out_track_id) == ("hr001", "card", "resume-42")


def test_sdk_private_data_variant_is_applied_too(
    emulator: EmulatorHandle, sdk: Any, stream_client_factory: Any
) -> None:
    stream_client_factory((CARD_TOPIC, DecisionHandler(response_style="privateData")))
    _create_and_deliver(sdk, emulator, "resume-43")

    emulator.control.click_card("resume-43", "mgr001", params={"action": "rejected"})

    card = emulator.control.card("resume-43")
    assert card.card_param_map["status"] == "rejected"
    assert card.private_data == {"mgr001": {"clicked": "true"}}


def test_update_card_by_key_merges_params(emulator: EmulatorHandle, sdk: Any) -> None:
    _create_and_deliver(sdk, emulator, "resume-44")
    models = sdk.models("card_1_0")

    sdk.client("card_1_0").update_card_with_options(
        models.UpdateCardRequest(
            out_track_id="resume-44",
            card_data=models.UpdateCardRequestCardData(card_param_map={"status": "interview"}),
            card_update_options=models.UpdateCardRequestCardUpdateOptions(
                update_card_data_by_key=True
            ),
            user_id_type=1,
        ),
        models.UpdateCardHeaders(x_acs_dingtalk_access_token=sdk.app_token()),
        sdk.runtime(),
    )

    assert emulator.control.card("resume-44").card_param_map == {
        "title": "候选人：张三",
        "status": "interview",
    }


def test_click_without_stream_client_is_not_acked(emulator: EmulatorHandle, sdk: Any) -> None:
    _create_and_deliver(sdk, emulator, "resume-45")

    click = emulator.control.click_card("resume-45", "hr001", params={"action": "x"}, wait_s=0.2)

    assert click["delivered"] is False
    assert click["changed"] is False
    assert emulator.control.card("resume-45").card_param_map["status"] == "pending"


def test_a_second_create_with_the_same_out_track_id_is_refused(
    emulator: EmulatorHandle, sdk: Any
) -> None:
    # OD:create-and-deliver-cards: one outTrackId identifies one card; OD:server-api-error-codes-1
    # lists 400 param.cardAlreadyExist "卡片已经存在" for a create that reuses it.
    _create_and_deliver(sdk, emulator, "otid-dup-1")
    with pytest.raises(TeaException) as info:
        _create_and_deliver(sdk, emulator, "otid-dup-1")

    assert info.value.code == "param.cardAlreadyExist"
    assert info.value.statusCode == 400
