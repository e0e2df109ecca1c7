"""Candidate e-mail and SMS settings: checked whenever switched on, named by env variable, and
shown masked by `dinghire config check`."""

from __future__ import annotations

import pytest

from settings import SettingsError, load_settings


def test_channels_are_off_by_default_and_need_nothing() -> None:
    settings = load_settings(strict=True, mode="dev")
    assert not settings.mail.enabled and not settings.sms.enabled
    assert settings.problems() == []


def test_enabled_email_without_server_or_sender_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_MAIL_ENABLED", "true")
    monkeypatch.setenv("DINGHIRE_MAIL_FROM_ADDRESS", "not-an-address")
    monkeypatch.setenv("DINGHIRE_MAIL_USERNAME", "hr")
    with pytest.raises(SettingsError) as err:
        load_settings(strict=True, mode="dev")
    text = "\n".join(err.value.problems)
    assert "DINGHIRE_MAIL_HOST" in text
    assert "DINGHIRE_MAIL_FROM_ADDRESS" in text
    assert "DINGHIRE_MAIL_PASSWORD" in text


def test_enabled_sms_names_each_missing_template(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_SMS_ENABLED", "true")
    monkeypatch.setenv("DINGHIRE_SMS_ACCESS_KEY_ID", "LTAI5tExample")
    monkeypatch.setenv("DINGHIRE_SMS_ACCESS_KEY_SECRET", "a-real-looking-secret-value-123")
    monkeypatch.setenv("DINGHIRE_SMS_SIGN_NAME", "钉招聘")
    monkeypatch.setenv("DINGHIRE_SMS_TEMPLATES", '{"invitation": "SMS_1", "welcome": "SMS_9"}')
    with pytest.raises(SettingsError) as err:
        load_settings(strict=True, mode="dev")
    text = "\n".join(err.value.problems)
    assert "unknown kind(s) welcome" in text
    assert "no template code for reminder, decision, offer" in text


def test_secrets_of_the_channels_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_MAIL_PASSWORD", "smtp-password-value")
    monkeypatch.setenv("DINGHIRE_SMS_ACCESS_KEY_SECRET", "sms-secret-value")
    masked = load_settings(strict=False, mode="dev").masked()
    assert masked["mail"]["password"] == "**********"
    assert masked["sms"]["access_key_secret"] == "**********"
    assert "smtp-password-value" not in str(masked) and "sms-secret-value" not in str(masked)
