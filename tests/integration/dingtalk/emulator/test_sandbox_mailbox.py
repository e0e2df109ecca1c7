"""The sandbox's mailbox: DingHire's real e-mail and SMS adapters deliver into the emulator,
which lists what each candidate received; the console's DingHire actions are forwarded only to
a registered loopback process."""

from __future__ import annotations

import httpx

from dinghire.sandbox import with_sandbox_channels
from integrations.dingtalk.emulator.testing import EmulatorHandle
from integrations.mail.ports import Email
from integrations.mail.smtp import SmtpMailer
from integrations.sms.aliyun import AliyunSms
from integrations.sms.ports import Sms
from settings import Mode, load_settings


async def test_email_and_sms_to_candidates_land_in_the_mailbox(emulator: EmulatorHandle) -> None:
    settings = load_settings(strict=False, mode=Mode.DEV, dingtalk=emulator.settings)
    settings = with_sandbox_channels(settings, emulator.control)
    assert settings.mail.enabled and settings.sms.enabled
    assert settings.mail.problems(production=False) == []
    assert settings.sms.problems(production=False) == []
    link = f"http://127.0.0.1:8000/i/{'t' * 20}"

    await SmtpMailer(settings.mail).send(
        Email(
            to="chen@example.com",
            subject="面试邀请：后端工程师",
            text=f"陈晨您好，请打开 {link} 作答。",
        )
    )
    code = settings.sms.templates["invitation"]
    params = {"name": "陈晨", "job": "后端工程师", "deadline": "12月5日", "link": link}
    await AliyunSms(settings.sms).send(Sms(phone="13900000001", template_code=code, params=params))

    items = emulator.control.request("GET", "/mailbox")["items"]
    assert {(i["channel"], i["to"]) for i in items} == {
        ("email", "chen@example.com"),
        ("sms", "13900000001"),
    }
    mail = emulator.control.request("GET", "/mailbox", to="chen@example.com")["items"]
    assert [m["subject"] for m in mail] == ["面试邀请：后端工程师"]
    assert mail[0]["links"] == [link]
    [sms] = emulator.control.request("GET", "/mailbox", to="13900000001")["items"]
    assert sms["text"].startswith("【钉聘沙盒】陈晨您好") and sms["links"] == [link]

    emulator.control.reset()
    assert emulator.control.request("GET", "/mailbox")["items"] == []


def test_configured_channels_and_production_are_left_alone(emulator: EmulatorHandle) -> None:
    production = load_settings(strict=False, mode=Mode.PRODUCTION, dingtalk=emulator.settings)
    assert with_sandbox_channels(production, emulator.control) is production
    dev = load_settings(strict=False, mode=Mode.DEV, dingtalk=emulator.settings)
    mine = dev.mail.model_copy(update={"enabled": True, "host": "smtp.example.com"})
    kept = with_sandbox_channels(dev.model_copy(update={"mail": mine}), emulator.control)
    assert kept.mail.host == "smtp.example.com" and kept.sms.enabled


def test_dinghire_actions_need_a_registered_loopback_host(emulator: EmulatorHandle) -> None:
    with httpx.Client(base_url=emulator.base_url + "/_emulator/sandbox") as http:
        assert http.get("/host").json() == {"registered": False}
        missing = http.post("/app/reset-seed")
        assert missing.status_code == 409 and "make run" in missing.json()["message"]
        refused = http.post("/host", json={"url": "https://evil.example.com", "token": "x"})
        assert refused.status_code == 400
        assert http.post("/app/drop-database").status_code == 404
        ok = http.post("/host", json={"url": "http://127.0.0.1:9/_sandbox-host", "token": "t"})
        assert ok.json() == {"registered": True}
        unreachable = http.get("/app/journey")
        assert unreachable.status_code == 502 and "make run" in unreachable.json()["message"]
