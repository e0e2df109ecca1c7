"""Invite and page-session tokens: signed, expiring, tamper-evident, not interchangeable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workflows.interviews.tokens import (
    TokenError,
    TokenExpiredError,
    sign_invite_token,
    sign_session_token,
    verify_invite_token,
    verify_session_token,
)

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
KEY = b"test-key"


def test_an_invite_token_round_trips_its_claims() -> None:
    token = sign_invite_token(42, NOW + timedelta(hours=1), KEY, application_id=7)
    claims = verify_invite_token(token, KEY, NOW)
    assert (claims.invitation_id, claims.application_id) == (42, 7)
    assert claims.expires_at == NOW + timedelta(hours=1)


def test_an_expired_invite_token_says_so_in_chinese() -> None:
    token = sign_invite_token(42, NOW, KEY)
    with pytest.raises(TokenExpiredError) as err:
        verify_invite_token(token, KEY, NOW)
    assert err.value.user_message == "邀请链接已过期，请联系 HR 重新发送"


@pytest.mark.parametrize("position", [0, 5, -1])
def test_any_changed_character_makes_the_token_invalid(position: int) -> None:
    token = sign_invite_token(42, NOW + timedelta(hours=1), KEY)
    chars = list(token)
    chars[position] = "B" if chars[position] != "B" else "C"
    with pytest.raises(TokenError) as err:
        verify_invite_token("".join(chars), KEY, NOW)
    assert err.value.user_message == "邀请链接无效"
    assert not isinstance(err.value, TokenExpiredError)


def test_another_key_or_garbage_is_invalid() -> None:
    token = sign_invite_token(42, NOW + timedelta(hours=1), KEY)
    for bad, key in ((token, b"other"), ("garbage", KEY), ("a.b.c", KEY), ("", KEY)):
        with pytest.raises(TokenError):
            verify_invite_token(bad, key, NOW)


def test_invite_and_session_tokens_are_not_interchangeable() -> None:
    invite = sign_invite_token(42, NOW + timedelta(hours=1), KEY)
    session = sign_session_token(42, NOW + timedelta(hours=1), KEY)
    assert verify_session_token(session, KEY, NOW).session_id == 42
    with pytest.raises(TokenError):
        verify_session_token(invite, KEY, NOW)
    with pytest.raises(TokenError):
        verify_invite_token(session, KEY, NOW)


def test_naive_expiry_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        sign_invite_token(1, datetime(2026, 1, 1), KEY)
