"""Every DingTalk error shape maps to one typed exception."""

from __future__ import annotations

from typing import Any

import pytest

from integrations.dingtalk.errors import (
    DingTalkAuthError,
    DingTalkError,
    DingTalkNotFoundError,
    DingTalkPermissionError,
    DingTalkServerError,
    DingTalkThrottledError,
    error_from_api,
    error_from_oapi,
    error_from_sdk,
    error_from_transport,
    scrub_secrets,
)


class FakeTeaException(Exception):
    """Same attributes as Tea's TeaException/UnretryableException."""

    def __init__(
        self, code: Any, status: int | None, data: Any, message: str = "", inner: Any = None
    ):
        super().__init__(message)
        self.code = code
        self.statusCode = status
        self.data = data
        self.message = message
        self.inner_exception = inner


def test_oapi_success_is_no_error() -> None:
    assert error_from_oapi({"errcode": 0, "errmsg": "ok"}) is None


@pytest.mark.parametrize(
    ("body", "expected", "token_invalid"),
    [
        (
            {"errcode": 88, "errmsg": "x", "sub_code": "40014", "sub_msg": "不合法的access_token"},
            DingTalkAuthError,
            True,
        ),
        ({"errcode": 42001, "errmsg": "access_token超时"}, DingTalkAuthError, True),
        ({"errcode": 40096, "errmsg": "不合法的appKey或appSecret"}, DingTalkAuthError, False),
        ({"errcode": 60011, "errmsg": "no permission"}, DingTalkPermissionError, None),
        ({"errcode": 60121, "errmsg": "找不到该用户"}, DingTalkNotFoundError, None),
        ({"errcode": 22, "errmsg": "invalid ApiName"}, DingTalkNotFoundError, None),
        ({"errcode": 90018, "errmsg": "qps"}, DingTalkThrottledError, None),
        ({"errcode": 410100, "errmsg": "send too fast"}, DingTalkThrottledError, None),
        ({"errcode": -1, "errmsg": "系统繁忙"}, DingTalkServerError, None),
        ({"errcode": 15, "errmsg": "isp.top-remote-connection-timeout"}, DingTalkServerError, None),
        ({"errcode": 88, "errmsg": "timeout", "sub_code": ""}, DingTalkServerError, None),
        ({"errcode": 33333, "errmsg": "参数错误"}, DingTalkError, None),
    ],
)
def test_oapi_errcodes_map_to_typed_errors(
    body: dict[str, Any], expected: type, token_invalid: bool | None
) -> None:
    err = error_from_oapi(body)
    assert type(err) is expected
    if token_invalid is not None:
        assert isinstance(err, DingTalkAuthError)
        assert err.token_invalid is token_invalid


def test_oapi_monthly_quota_is_throttled_but_not_retryable() -> None:
    err = error_from_oapi({"errcode": 90020, "errmsg": "monthly"})
    assert isinstance(err, DingTalkThrottledError)
    assert err.retryable is False


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (
            401,
            {"code": "InvalidAuthentication", "message": "不合法的access_token"},
            DingTalkAuthError,
        ),
        (400, {"code": "invalidClientIdOrSecret", "message": "无效的clientId"}, DingTalkAuthError),
        (
            403,
            {
                "code": "Forbidden.AccessDenied.AccessTokenPermissionDenied",
                "message": "x",
                "accessdenieddetail": {"requiredScopes": ["qyapi_robot_sendmsg"]},
            },
            DingTalkPermissionError,
        ),
        (
            403,
            {"code": "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", "message": "qps"},
            DingTalkThrottledError,
        ),
        (
            403,
            {"code": "Forbidden.AccessDenied.QpmLimitForAppkeyAndApi", "message": "qpm"},
            DingTalkThrottledError,
        ),
        (404, {"code": "resource.notFound", "message": "none"}, DingTalkNotFoundError),
        (400, {"code": "process.notExist", "message": "none"}, DingTalkNotFoundError),
        (500, {"code": "ServiceUnavailable", "message": "boom"}, DingTalkServerError),
        (504, {"code": "GatewayTimeout", "message": "slow"}, DingTalkServerError),
        (400, {"code": "InvalidParameter", "message": "bad"}, DingTalkError),
    ],
)
def test_new_api_errors_map_to_typed_errors(
    status: int, body: dict[str, Any], expected: type
) -> None:
    assert type(error_from_api(status, body)) is expected


def test_new_api_invalid_token_asks_for_refresh() -> None:
    err = error_from_api(401, {"code": "InvalidAuthentication", "message": "不合法的access_token"})
    assert isinstance(err, DingTalkAuthError)
    assert err.token_invalid


def test_permission_error_keeps_the_missing_scope() -> None:
    err = error_from_api(
        403,
        {
            "code": "Forbidden.AccessDenied.AccessTokenPermissionDenied",
            "message": "denied",
            "accessdenieddetail": {"requiredScopes": ["qyapi_x"]},
        },
    )
    assert "qyapi_x" in str(err)


def test_ip_block_json_is_throttled_with_its_wait() -> None:
    body = {"status": 1111, "wait": 5, "source": "x5", "punish": "deny", "uuid": "u"}
    for err in (error_from_oapi(body), error_from_api(403, body)):
        assert isinstance(err, DingTalkThrottledError)
        assert err.retry_after == 5.0


def test_ip_block_html_is_throttled() -> None:
    err = error_from_api(405, "<html><body>denied</body></html>")
    assert isinstance(err, DingTalkThrottledError)
    assert err.retry_after
    assert err.retry_after >= 1


def test_sdk_exception_with_status_and_data_is_mapped_from_the_body() -> None:
    data = {"code": "Forbidden.AccessDenied.QpsLimitForApi", "message": "qps", "statusCode": 403}
    err = error_from_sdk(FakeTeaException("Forbidden.AccessDenied.QpsLimitForApi", 403, data))
    assert isinstance(err, DingTalkThrottledError)
    assert err.http_status == 403


def test_sdk_exception_with_status_only_in_data_is_mapped() -> None:
    data = {"code": "InvalidAuthentication", "message": "token", "statusCode": 401}
    err = error_from_sdk(FakeTeaException("InvalidAuthentication", None, data))
    assert isinstance(err, DingTalkAuthError)
    assert err.token_invalid


def test_sdk_exception_for_html_answer_is_throttled() -> None:
    inner = RuntimeError('Failed to parse the value as json format, Value: "<html>blocked</html>".')
    err = error_from_sdk(FakeTeaException(None, None, None, str(inner), inner))
    assert isinstance(err, DingTalkThrottledError)


def test_sdk_exception_without_answer_is_a_retryable_server_error() -> None:
    inner = RuntimeError("Cannot connect to host 127.0.0.1:1")
    err = error_from_sdk(FakeTeaException(None, None, None, str(inner), inner))
    assert isinstance(err, DingTalkServerError)
    assert err.retryable


def test_the_real_sdk_exception_class_is_mapped() -> None:
    from darabonba.exceptions import UnretryableException
    from darabonba.policy.retry import RetryPolicyContext
    from Tea.exceptions import TeaException

    tea = TeaException(
        {
            "code": "ServiceUnavailable",
            "message": "boom",
            "data": {"code": "ServiceUnavailable", "statusCode": 503},
        }
    )
    assert isinstance(error_from_sdk(tea), DingTalkServerError)
    wrapped = UnretryableException(RetryPolicyContext(exception=tea))
    assert isinstance(error_from_sdk(wrapped), DingTalkServerError)


def test_transport_error_is_retryable() -> None:
    assert error_from_transport(ConnectionResetError("reset")).retryable


def test_error_texts_never_carry_tokens_or_session_keys() -> None:
    text = (
        "POST https://oapi.dingtalk.com/robot/sendBySession?session=abc123 "
        'access_token=tok456&x=1 {"appSecret": "s3cr3t"}'
    )
    cleaned = scrub_secrets(text)
    for secret in ("abc123", "tok456", "s3cr3t"):
        assert secret not in cleaned
    assert "tok456" not in str(error_from_api(500, {"message": "access_token=tok456"}))


@pytest.mark.parametrize(
    "code", ["send.too.fast", "send.byToken.tooFast", "too.many.people", "too.many.group"]
)
def test_robot_send_throttle_codes_are_retryable(code: str) -> None:
    # OD:chatbots-send-one-on-one-chat-messages-in-batches and OD:the-robot-sends-a-group-message
    # list these as HTTP 400 send-rate limits ("请稍后再试"), not as permanent refusals.
    err = error_from_api(400, {"code": code, "message": "发送消息频率过快，请稍后再试"})
    assert isinstance(err, DingTalkThrottledError)
    assert err.retryable
