"""The e-mail and SMS adapters against real servers of their protocols on this machine: SMTP
(aiosmtpd) and Alibaba Cloud SendSms (the local emulator, signed requests from the official
SDK). Errors are told apart as the references say: SMTP 4xx temporary, 5xx permanent (RFC 5321
§4.2.1); SendSms isv.BUSINESS_LIMIT_CONTROL retryable, other isv.* codes permanent
(AC:dysmsapi-SendSms)."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from integrations.mail.ports import Email, MailError
from integrations.mail.smtp import SmtpMailer
from integrations.sms.aliyun import AliyunSms
from integrations.sms.emulator import SmsEmulator
from integrations.sms.ports import Sms, SmsError
from settings import MailSettings, SmsSettings
from tests.integration.channels.conftest import SMS_KIND_CODES, Inbox


async def test_an_email_reaches_the_smtp_server_in_chinese_with_its_headers(
    smtp_server: tuple[Inbox, MailSettings],
) -> None:
    inbox, settings = smtp_server
    email = Email(
        to="zhang.wei@example.com",
        subject="面试邀请：高级后端开发工程师",
        text="张伟您好：\n诚邀您参加在线面试。",
        html="<p>张伟您好：</p>",
        message_id="<invite-1@dinghire.example>",
        headers={"List-Unsubscribe": "<https://hr.example/u/abc>"},
    )
    sent_id = await SmtpMailer(settings).send(email)

    [msg] = inbox.to("zhang.wei@example.com")
    assert sent_id == "<invite-1@dinghire.example>" == msg["Message-ID"]
    assert msg["Subject"] == "面试邀请：高级后端开发工程师"
    assert "钉招聘 HR" in str(msg["From"]) and "hr@dinghire.example" in str(msg["From"])
    assert msg["List-Unsubscribe"] == "<https://hr.example/u/abc>"
    body = msg.get_body(("plain",))
    assert body is not None and "诚邀您参加在线面试" in body.get_content()
    html = msg.get_body(("html",))
    assert html is not None and "张伟您好" in html.get_content()


@pytest.mark.parametrize(("code", "retryable"), [(550, False), (451, True)])
async def test_a_refused_recipient_is_permanent_on_5xx_and_temporary_on_4xx(
    smtp_server: tuple[Inbox, MailSettings], code: int, retryable: bool
) -> None:
    inbox, settings = smtp_server
    inbox.refuse["nobody@example.com"] = code
    with pytest.raises(MailError) as err:
        await SmtpMailer(settings).send(Email("nobody@example.com", "主题", "正文"))
    assert err.value.retryable is retryable and err.value.code == code
    assert inbox.messages == []


async def test_an_unreachable_smtp_server_is_temporary(
    smtp_server: tuple[Inbox, MailSettings],
) -> None:
    _, settings = smtp_server
    down = settings.model_copy(update={"port": 1})
    with pytest.raises(MailError) as err:
        await SmtpMailer(down).send(Email("a@example.com", "主题", "正文"))
    assert err.value.retryable


async def test_an_sms_is_signed_and_delivered_with_its_template_filled(
    sms_server: tuple[SmsEmulator, SmsSettings],
) -> None:
    emulator, settings = sms_server
    biz_id = await AliyunSms(settings).send(
        Sms(
            "13800138000",
            SMS_KIND_CODES["invitation"],
            {
                "name": "张伟",
                "job": "后端工程师",
                "deadline": "12月10日 18:00",
                "link": "https://hr.example/i/t",
            },
            out_id="invite-1",
        )
    )
    [sent] = emulator.sent
    assert sent.biz_id == biz_id and sent.out_id == "invite-1"
    assert sent.text.startswith("【钉招聘】张伟您好，诚邀您参加后端工程师岗位的在线面试")
    assert "https://hr.example/i/t" in sent.text


async def test_a_wrong_secret_is_refused_by_the_signature_check(
    sms_server: tuple[SmsEmulator, SmsSettings],
) -> None:
    emulator, settings = sms_server
    wrong = settings.model_copy(update={"access_key_secret": SecretStr("not-the-secret")})
    with pytest.raises(SmsError) as err:
        await AliyunSms(wrong).send(
            Sms("13800138000", SMS_KIND_CODES["decision"], {"name": "a", "job": "b", "result": "c"})
        )
    assert err.value.code == "SignatureDoesNotMatch" and not err.value.retryable
    assert emulator.sent == []


async def test_sms_business_errors_are_told_apart(
    sms_server: tuple[SmsEmulator, SmsSettings],
) -> None:
    emulator, settings = sms_server
    sms = AliyunSms(settings)
    params = {"name": "张伟", "job": "后端", "result": "已进入下一轮"}
    with pytest.raises(SmsError) as bad_number:
        await sms.send(Sms("12345", SMS_KIND_CODES["decision"], params))
    assert bad_number.value.code == "isv.MOBILE_NUMBER_ILLEGAL" and not bad_number.value.retryable
    with pytest.raises(SmsError) as missing:
        await sms.send(Sms("13800138000", SMS_KIND_CODES["decision"], {"name": "张伟"}))
    assert missing.value.code == "isv.TEMPLATE_MISSING_PARAMETERS"
    await sms.send(Sms("13800138000", SMS_KIND_CODES["decision"], params))
    with pytest.raises(SmsError) as limited:  # a second SMS to the same number within a minute
        await sms.send(Sms("13800138000", SMS_KIND_CODES["decision"], params))
    assert limited.value.code == "isv.BUSINESS_LIMIT_CONTROL" and limited.value.retryable
    assert limited.value.retry_after_s == 60.0
    assert len(emulator.sent) == 1
