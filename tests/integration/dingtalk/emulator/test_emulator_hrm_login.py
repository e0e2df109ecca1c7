"""智能人事 pre-entry and roster APIs, and 免登 / OAuth2 login, against the emulator."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from Tea.exceptions import TeaException

from integrations.dingtalk.emulator.testing import EmulatorHandle


def _old_token(emulator: EmulatorHandle) -> str:
    s = emulator.settings
    answer = httpx.get(
        emulator.base_url + "/gettoken",
        params={"appkey": s.app_key, "appsecret": s.app_secret.get_secret_value()},
    ).json()
    assert answer["errcode"] == 0
    return str(answer["access_token"])


def _oapi(emulator: EmulatorHandle, path: str, token: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = httpx.post(emulator.base_url + path, params={"access_token": token}, json=body)
    assert answer.status_code == 200
    data: dict[str, Any] = answer.json()
    return data


def test_preentry_created_with_old_api_reads_back(emulator: EmulatorHandle) -> None:
    token = _old_token(emulator)
    extend = {
        "mainDeptId": 3,
        "mainDeptName": "研发部",
        "position": "高级工程师",
        "employeeType": 1,
    }

    added = _oapi(
        emulator,
        "/topapi/smartwork/hrm/employee/addpreentry",
        token,
        {
            "param": {
                "name": "张三",
                "mobile": "13712345678",
                "pre_entry_time": "2026-08-01 00:00:00",
                "op_userid": "hr001",
                "extend_info": json.dumps(extend, ensure_ascii=False),
            }
        },
    )
    listed = _oapi(
        emulator, "/topapi/smartwork/hrm/employee/querypreentry", token, {"offset": 0, "size": 10}
    )
    roster = _oapi(
        emulator,
        "/topapi/smartwork/hrm/employee/v2/list",
        token,
        {
            "agentid": emulator.settings.agent_id,
            "userid_list": added["userid"],
            "field_filter_list": "sys00-name,sys00-position,sys01-employeeType",
        },
    )

    assert added["errcode"] == 0
    assert added["success"] is True
    assert listed["result"]["data_list"] == [added["userid"]]
    fields = {
        f["field_code"]: f["field_value_list"][0]["value"]
        for f in roster["result"][0]["field_data_list"]
    }
    assert fields == {
        "sys00-name": "张三",
        "sys00-position": "高级工程师",
        "sys01-employeeType": "全职",
    }
    [record] = emulator.control.preentries()
    assert (record.mobile, record.op_userid, record.source) == ("13712345678", "hr001", "oapi")


def test_preentry_for_a_mobile_already_in_the_org_is_system_busy(emulator: EmulatorHandle) -> None:
    token = _old_token(emulator)
    staff_mobile = emulator.control.org().users[0].mobile

    answer = _oapi(
        emulator,
        "/topapi/smartwork/hrm/employee/addpreentry",
        token,
        {"param": {"name": "重复", "mobile": staff_mobile}},
    )

    assert answer["errcode"] != 0
    assert answer["errmsg"] == "系统繁忙"
    assert emulator.control.preentries() == []


def test_new_preentry_api_and_roster_query(emulator: EmulatorHandle, sdk: Any) -> None:
    token = sdk.app_token()
    headers = {"x-acs-dingtalk-access-token": token}

    added = httpx.post(
        emulator.base_url + "/v1.0/hrm/preentries",
        headers=headers,
        json={
            "name": "李四",
            "mobile": "13700000000",
            "preEntryTime": 1785542400000,
            "agentId": emulator.settings.agent_id,
            "groups": [
                {
                    "groupId": "sys00",
                    "sections": [
                        {
                            "oldIndex": 0,
                            "empFieldVOList": [
                                {"fieldCode": "sys00-position", "value": "产品经理"}
                            ],
                        }
                    ],
                }
            ],
        },
    ).json()
    roster = httpx.post(
        emulator.base_url + "/v1.0/hrm/rosters/lists/query",
        headers=headers,
        json={
            "appAgentId": emulator.settings.agent_id,
            "userIdList": [added["tmpUserId"], "mgr001"],
        },
    ).json()

    by_user = {
        r["userId"]: {f["fieldCode"]: f["fieldValueList"][0]["value"] for f in r["fieldDataList"]}
        for r in roster["result"]
    }
    assert by_user[added["tmpUserId"]]["sys00-position"] == "产品经理"
    assert by_user["mgr001"]["sys00-name"] == "李强"


def test_auth_code_logs_in_an_org_member_once(emulator: EmulatorHandle) -> None:
    token = _old_token(emulator)
    code = emulator.control.auth_code("mgr001")

    first = _oapi(emulator, "/topapi/v2/user/getuserinfo", token, {"code": code})
    again = _oapi(emulator, "/topapi/v2/user/getuserinfo", token, {"code": code})
    detail = _oapi(emulator, "/topapi/v2/user/get", token, {"userid": first["result"]["userid"]})

    assert first["result"]["userid"] == "mgr001"
    assert again["errcode"] == 40078
    assert detail["result"]["name"] == "李强"


def test_external_candidate_logs_in_with_oauth2(emulator: EmulatorHandle, sdk: Any) -> None:
    candidate = emulator.control.add_user(name="王五", mobile="13911112222", external=True)
    oauth = sdk.models("oauth2_1_0")
    s = emulator.settings
    client = sdk.client("oauth2_1_0")

    user_token = client.get_user_token(
        oauth.GetUserTokenRequest(
            client_id=s.app_key,
            client_secret=s.app_secret.get_secret_value(),
            code=emulator.control.auth_code(candidate.union_id),
            grant_type="authorization_code",
        )
    ).body
    refreshed = client.get_user_token(
        oauth.GetUserTokenRequest(
            client_id=s.app_key,
            client_secret=s.app_secret.get_secret_value(),
            refresh_token=user_token.refresh_token,
            grant_type="refresh_token",
        )
    ).body
    contact = sdk.models("contact_1_0")
    me = (
        sdk.client("contact_1_0")
        .get_user_with_options(
            "me",
            contact.GetUserHeaders(x_acs_dingtalk_access_token=refreshed.access_token),
            sdk.runtime(),
        )
        .body
    )

    assert user_token.corp_id is None  # not a member of the org
    assert (me.nick, me.mobile, me.union_id) == ("王五", "13911112222", candidate.union_id)


def test_getuserinfo_refuses_external_users(emulator: EmulatorHandle) -> None:
    token = _old_token(emulator)
    candidate = emulator.control.add_user(name="外部", external=True)

    answer = _oapi(
        emulator,
        "/topapi/v2/user/getuserinfo",
        token,
        {"code": emulator.control.auth_code(candidate.union_id)},
    )

    assert answer["errcode"] == 60121


def test_app_token_cannot_read_users_me(emulator: EmulatorHandle, sdk: Any) -> None:
    contact = sdk.models("contact_1_0")

    with pytest.raises(TeaException) as info:
        sdk.client("contact_1_0").get_user_with_options(
            "me", contact.GetUserHeaders(x_acs_dingtalk_access_token=sdk.app_token()), sdk.runtime()
        )

    assert info.value.statusCode == 401
