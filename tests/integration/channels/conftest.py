"""A real SMTP server (aiosmtpd) and the local Alibaba Cloud SMS server, on this machine."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pydantic import SecretStr

from integrations.sms.emulator import SmsAccount, SmsEmulator, SmsEmulatorServer
from settings import MailSettings, SmsSettings

SMS_TEMPLATES = {
    "SMS_900001": "${name}您好，诚邀您参加${job}岗位的在线面试，"
    "请于${deadline}前完成：${link} 退订回T",
    "SMS_900002": "${name}您好，您的${job}岗位在线面试将于${deadline}截止，"
    "请尽快完成：${link} 退订回T",
    "SMS_900003": "${name}您好，您应聘的${job}岗位有了结果：${result}。退订回T",
    "SMS_900004": "${name}您好，恭喜您通过${job}岗位的录用审批，请查看录用通知：${link} 退订回T",
}
SMS_KIND_CODES = {
    "invitation": "SMS_900001",
    "reminder": "SMS_900002",
    "decision": "SMS_900003",
    "offer": "SMS_900004",
}


@dataclass
class Inbox:
    """What the SMTP server received."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    # RCPT addresses to refuse with a 550 (permanent) or 451 (temporary).
    refuse: dict[str, int] = field(default_factory=dict)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        code = self.refuse.get(address)
        if code == 550:
            return "550 5.1.1 mailbox unavailable"
        if code == 451:
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        """Messages delivered to one address."""
        return [
            m for m, (_, rcpt) in zip(self.messages, self.envelopes, strict=True) if address in rcpt
        ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, MailSettings]]:
    """aiosmtpd on a free local port, and mail settings pointing at it."""
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield (
            inbox,
            MailSettings(
                enabled=True,
                host="127.0.0.1",
                port=port,
                security="none",
                from_address="hr@dinghire.example",
                from_name="钉招聘 HR",
                timeout_s=5.0,
            ),
        )
    finally:
        controller.stop()


@pytest.fixture
def sms_server() -> Iterator[tuple[SmsEmulator, SmsSettings]]:
    """The local SMS server with approved templates, and SMS settings pointing at it."""
    account = SmsAccount(templates=dict(SMS_TEMPLATES))
    with SmsEmulatorServer(SmsEmulator(account)) as server:
        yield (
            server.emulator,
            SmsSettings(
                enabled=True,
                access_key_id=account.access_key_id,
                access_key_secret=SecretStr(account.access_key_secret),
                endpoint=server.endpoint,
                protocol="http",
                sign_name="钉招聘",
                templates=dict(SMS_KIND_CODES),
                timeout_s=5.0,
            ),
        )
