"""Settings: env prefix, masking, and refusing placeholder secrets outside dev."""

from __future__ import annotations

import base64
import os

import pytest

from settings import Mode, SettingsError, load_settings

GOOD = {
    "DINGHIRE_MODE": "production",
    "DINGHIRE_DINGTALK_APP_SECRET": "s3cr3t-from-dingtalk-console",
    "DINGHIRE_DINGTALK_API_ENDPOINT": "https://api.dingtalk.com",
    "DINGHIRE_DINGTALK_OAPI_ENDPOINT": "https://oapi.dingtalk.com",
    "DINGHIRE_SERVER_PUBLIC_BASE_URL": "https://hire.example.com",
    "DINGHIRE_SECURITY_SECRET_KEY": base64.b64encode(os.urandom(32)).decode(),
    "DINGHIRE_SECURITY_MASTER_KEY": base64.b64encode(os.urandom(32)).decode(),
    "DINGHIRE_SECURITY_HASH_KEY": base64.b64encode(os.urandom(32)).decode(),
}
DEV_SECRET_KEY = "dev-insecure-secret-key"


@pytest.fixture
def prod_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for key, value in GOOD.items():
        monkeypatch.setenv(key, value)
    return monkeypatch


def test_dev_defaults_load_without_any_environment() -> None:
    settings = load_settings(mode="dev")
    assert settings.mode is Mode.DEV
    assert settings.database.dialect == "sqlite"
    assert settings.problems() == []


def test_production_with_real_secrets_is_accepted(prod_env: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.mode is Mode.PRODUCTION
    assert settings.problems() == []


@pytest.mark.parametrize(
    ("env", "value"),
    [
        ("DINGHIRE_SECURITY_SECRET_KEY", "changeme"),
        ("DINGHIRE_SECURITY_HASH_KEY", ""),
        ("DINGHIRE_DINGTALK_APP_SECRET", "your-app-secret"),
        (
            "DINGHIRE_SECURITY_MASTER_KEY",
            base64.b64encode(b"dev-insecure-master-key-32bytes!").decode(),
        ),
    ],
)
def test_production_refuses_placeholder_secret_and_names_it(
    prod_env: pytest.MonkeyPatch, env: str, value: str
) -> None:
    prod_env.setenv(env, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert any(p.startswith(env) for p in info.value.problems), info.value.problems


def test_production_refuses_missing_secret(prod_env: pytest.MonkeyPatch) -> None:
    prod_env.delenv("DINGHIRE_SECURITY_SECRET_KEY")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "DINGHIRE_SECURITY_SECRET_KEY" in str(info.value)


def test_production_refuses_emulator_endpoint(prod_env: pytest.MonkeyPatch) -> None:
    prod_env.setenv("DINGHIRE_DINGTALK_API_ENDPOINT", "http://127.0.0.1:18090")
    with pytest.raises(SettingsError, match="DINGHIRE_DINGTALK_API_ENDPOINT"):
        load_settings()


def test_malformed_master_key_is_reported_by_env_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_SECURITY_MASTER_KEY", "not-base64!!")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert info.value.problems[0].startswith("DINGHIRE_SECURITY_MASTER_KEY")


def test_masked_output_never_contains_secrets(prod_env: pytest.MonkeyPatch) -> None:
    prod_env.setenv("DINGHIRE_DATABASE_URL", "postgres://app:pw123@db.internal:5432/dinghire")
    text = str(load_settings().masked())
    for key, value in GOOD.items():
        if "SECRET" in key or "KEY" in key:
            assert value not in text
    assert "pw123" not in text
    assert "postgres://app:****@db.internal:5432/dinghire" in text


def test_dotenv_file_is_read(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / ".env").write_text("DINGHIRE_SERVER_PORT=9123\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert load_settings().server.port == 9123


def test_unsupported_database_scheme_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_DATABASE_URL", "mysql://root@localhost/x")
    with pytest.raises(SettingsError, match="DINGHIRE_DATABASE_URL"):
        load_settings()


@pytest.mark.parametrize("mode", ["dev", "test"])
@pytest.mark.parametrize(
    ("env", "value"),
    [
        ("DINGHIRE_DINGTALK_API_ENDPOINT", "https://api.dingtalk.com"),
        ("DINGHIRE_SERVER_PUBLIC_BASE_URL", "https://hire.example.com"),
        # A loopback address in the path is not a loopback host.
        ("DINGHIRE_DINGTALK_API_ENDPOINT", "https://api.example.com/127.0.0.1"),
    ],
)
def test_builtin_keys_are_refused_outside_the_sandbox_in_every_mode(
    monkeypatch: pytest.MonkeyPatch, mode: str, env: str, value: str
) -> None:
    monkeypatch.setenv("DINGHIRE_MODE", mode)
    monkeypatch.setenv(env, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    named = {p.split(":", 1)[0] for p in info.value.problems}
    assert {
        "DINGHIRE_SECURITY_SECRET_KEY",
        "DINGHIRE_SECURITY_MASTER_KEY",
        "DINGHIRE_SECURITY_HASH_KEY",
    } <= named
    assert all("built-in development value" in p for p in info.value.problems if "SECURITY" in p)


def test_builtin_keys_are_fine_with_the_emulator_on_loopback() -> None:
    settings = load_settings(mode="dev")
    assert settings.dingtalk.uses_emulator
    assert settings.security.secret_key.get_secret_value() == DEV_SECRET_KEY
    assert settings.problems() == []


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Zx8-short-but-random", "only 20 bytes"),
        ("a" * 48, "not random"),
        (base64.b64encode(b"12" * 16).decode(), "not random"),
    ],
)
def test_weak_keys_are_refused_with_the_reason(
    prod_env: pytest.MonkeyPatch, value: str, reason: str
) -> None:
    prod_env.setenv("DINGHIRE_SECURITY_SECRET_KEY", value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    (problem,) = [p for p in info.value.problems if p.startswith("DINGHIRE_SECURITY_SECRET_KEY")]
    assert reason in problem


def test_the_three_keys_must_differ(prod_env: pytest.MonkeyPatch) -> None:
    prod_env.setenv("DINGHIRE_SECURITY_HASH_KEY", GOOD["DINGHIRE_SECURITY_SECRET_KEY"])
    with pytest.raises(SettingsError, match="must be three different keys"):
        load_settings()
