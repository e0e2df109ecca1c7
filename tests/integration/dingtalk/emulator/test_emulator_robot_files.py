"""Robot send APIs and file transfer through the official alibabacloud_dingtalk SDK."""

from __future__ import annotations

import json
from typing import Any

import httpx

from integrations.dingtalk.emulator.testing import EmulatorHandle


def test_received_file_downloads_through_robot_message_file_download(
    emulator: EmulatorHandle, sdk: Any
) -> None:
    resume = "张三 简历\n五年 Python 经验".encode()
    sent = emulator.control.send_file("hr001", resume, "张三.pdf")
    download_code = sent["data"]["content"]["downloadCode"]
    models = sdk.models("robot_1_0")

    response = sdk.client("robot_1_0").robot_message_file_download_with_options(
        models.RobotMessageFileDownloadRequest(
            download_code=download_code, robot_code=emulator.settings.app_key
        ),
        models.RobotMessageFileDownloadHeaders(x_acs_dingtalk_access_token=sdk.app_token()),
        sdk.runtime(),
    )

    assert sent["data"]["content"]["fileName"] == "张三.pdf"
    assert httpx.get(response.body.download_url).content == resume


def test_uploaded_media_can_be_sent_as_sample_file(emulator: EmulatorHandle, sdk: Any) -> None:
    token = sdk.app_token()
    workbook = b"PK\x03\x04 fake xlsx"
    upload = httpx.post(
        emulator.base_url + "/media/upload",
        params={"access_token": token, "type": "file"},
        files={"media": ("候选人.xlsx", workbook, "application/vnd.ms-excel")},
    ).json()
    models = sdk.models("robot_1_0")
    param = {"mediaId": upload["media_id"], "fileName": "候选人.xlsx", "fileType": "xlsx"}

    response = sdk.client("robot_1_0").batch_send_otowith_options(
        models.BatchSendOTORequest(
            robot_code=emulator.settings.app_key,
            user_ids=["hr001", "ghost"],
            msg_key="sampleFile",
            msg_param=json.dumps(param, ensure_ascii=False),
        ),
        models.BatchSendOTOHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )

    assert upload["errcode"] == 0
    assert response.body.invalid_staff_id_list == ["ghost"]
    [msg] = emulator.control.sent(channel="oto")
    assert (msg.recipient, msg.kind, msg.file_name) == ("hr001", "file", "候选人.xlsx")
    assert emulator.control.media(msg.media_id) == workbook


def test_group_send_and_read_status(emulator: EmulatorHandle, sdk: Any) -> None:
    token = sdk.app_token()
    group = emulator.control.add_group("面试官群", ["mgr001"])
    models = sdk.models("robot_1_0")
    client = sdk.client("robot_1_0")
    card = {
        "title": "面试安排",
        "text": "请选择",
        "actionTitle1": "接受",
        "actionURL1": "https://a",
        "actionTitle2": "改期",
        "actionURL2": "https://b",
    }

    client.org_group_send_with_options(
        models.OrgGroupSendRequest(
            robot_code=emulator.settings.app_key,
            open_conversation_id=group["conversation_id"],
            msg_key="sampleActionCard2",
            msg_param=json.dumps(card, ensure_ascii=False),
        ),
        models.OrgGroupSendHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )
    oto = client.batch_send_otowith_options(
        models.BatchSendOTORequest(
            robot_code=emulator.settings.app_key,
            user_ids=["mgr001"],
            msg_key="sampleText",
            msg_param=json.dumps({"content": "你有一个新面试"}, ensure_ascii=False),
        ),
        models.BatchSendOTOHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )
    status = client.batch_otoquery_with_options(
        models.BatchOTOQueryRequest(
            robot_code=emulator.settings.app_key, process_query_key=oto.body.process_query_key
        ),
        models.BatchOTOQueryHeaders(x_acs_dingtalk_access_token=token),
        sdk.runtime(),
    )

    [group_msg] = emulator.control.sent(channel="group")
    assert group_msg.recipient == group["conversation_id"]
    assert [b.title for b in group_msg.buttons] == ["接受", "改期"]
    assert status.body.message_read_info_list[0].user_id == "mgr001"


def test_unknown_msg_key_is_a_400_in_dingtalk_shape(emulator: EmulatorHandle, sdk: Any) -> None:
    token = sdk.app_token()

    response = httpx.post(
        emulator.base_url + "/v1.0/robot/oToMessages/batchSend",
        headers={"x-acs-dingtalk-access-token": token},
        json={
            "robotCode": emulator.settings.app_key,
            "userIds": ["hr001"],
            "msgKey": "sampleActionCard1",
            "msgParam": "{}",
        },
    )

    assert response.status_code == 400
    assert set(response.json()) == {"code", "message", "requestid"}
