"""The sandbox's mailbox: what DingHire sent to candidates outside the org by e-mail and SMS.

In development the sandbox points DingHire's e-mail at a small SMTP sink and its SMS at the
local Alibaba Cloud SMS server (`integrations/sms/emulator.py`, mounted on the emulator's port
at `POST /`), so the real `SmtpMailer` and `AliyunSms` adapters run unchanged and the console
lists what each candidate received. Nothing here is reachable in production: the emulator is
never started there.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from dataclasses import asdict, dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from integrations.sms.emulator import SmsAccount, SmsEmulator

# The sandbox's own SMS account: its key, signature and one approved template per message kind.
SMS_ACCESS_KEY_ID = "LTAI-sandbox"
SMS_ACCESS_KEY_SECRET = "sandbox-local-secret"  # noqa: S105 - the local emulator's own key
SMS_SIGN_NAME = "钉聘沙盒"
SMS_TEMPLATES = {
    "invitation": (
        "SMS_SANDBOX_INVITE",
        "${name}您好，诚邀您参加${job}岗位的在线面试，请于${deadline}前完成：${link} 退订回T",
    ),
    "reminder": (
        "SMS_SANDBOX_REMIND",
        "${name}您好，您的${job}岗位在线面试将于${deadline}截止，请尽快完成：${link} 退订回T",
    ),
    "decision": (
        "SMS_SANDBOX_RESULT",
        "${name}您好，您应聘的${job}岗位有了结果：${result}。退订回T",
    ),
    "offer": (
        "SMS_SANDBOX_OFFER",
        "${name}您好，恭喜您通过${job}岗位的录用审批，请查看录用通知：${link} 退订回T",
    ),
}
_LINK = re.compile(r"https?://[^\s<>\"'，。）)]+")
_MAX = 500


@dataclass
class Delivered:
    """One message as the candidate received it."""

    seq: int
    channel: str  # email | sms
    to: str
    subject: str
    text: str
    at: float
    links: list[str] = field(default_factory=list)


def _body_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""


class Mailbox:
    """The SMTP sink's and the SMS server's deliveries, newest last."""

    def __init__(self) -> None:
        self.sms = SmsEmulator(
            SmsAccount(
                access_key_id=SMS_ACCESS_KEY_ID,
                access_key_secret=SMS_ACCESS_KEY_SECRET,
                signatures={SMS_SIGN_NAME},
                templates=dict(SMS_TEMPLATES.values()),
                per_minute=100,  # a sandbox user clicks fast; flow control is tested elsewhere
            )
        )
        self.mail: list[Delivered] = []
        self.smtp_port = 0
        self._seq = 0

    def clear(self) -> None:
        """Forget everything received (the emulator's reset)."""
        self.mail.clear()
        self.sms.sent.clear()

    def receive_mail(self, recipients: list[str], raw: bytes) -> None:
        """Keep one e-mail per recipient."""
        msg = message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        text = _body_text(msg)
        for to in recipients:
            self._seq += 1
            self.mail.append(
                Delivered(
                    self._seq,
                    "email",
                    to,
                    str(msg["Subject"] or ""),
                    text,
                    time.time(),
                    _LINK.findall(text),
                )
            )
        del self.mail[:-_MAX]

    def items(self, recipient: str = "") -> list[dict[str, Any]]:
        """E-mails and SMS, newest first, optionally for one address or number."""
        sms = [
            Delivered(0, "sms", s.phone, "短信", s.text, s.at, _LINK.findall(s.text))
            for s in self.sms.sent
        ]
        found = [d for d in [*self.mail, *sms] if not recipient or d.to == recipient]
        return [asdict(d) for d in sorted(found, key=lambda d: d.at, reverse=True)]


class SmtpSink:
    """A minimal SMTP server (RFC 5321: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on 127.0.0.1
    that accepts every message into the mailbox; no TLS, no AUTH (the sandbox only)."""

    def __init__(self, mailbox: Mailbox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.mailbox = mailbox
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None

    async def start(self) -> int:
        """Listen; returns the port."""
        self._server = await asyncio.start_server(self._session, self.host, self.port)
        self.port = int(self._server.sockets[0].getsockname()[1])
        self.mailbox.smtp_port = self.port
        return self.port

    async def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def say(line: str) -> None:
            writer.write(line.encode() + b"\r\n")

        recipients: list[str] = []
        say("220 dinghire-sandbox ESMTP")
        try:
            while line := await reader.readline():
                verb = line.decode("utf-8", "replace").strip().split(" ", 1)[0].upper()
                if verb in ("EHLO", "HELO"):
                    say("250-dinghire-sandbox\r\n250-8BITMIME\r\n250 SMTPUTF8")
                elif verb == "MAIL" or verb == "RSET":
                    recipients = []
                    say("250 OK")
                elif verb == "RCPT":
                    found = re.search(rb"<([^>]*)>", line)
                    recipients.append(found.group(1).decode() if found else "")
                    say("250 OK")
                elif verb == "DATA":
                    say("354 End data with <CR><LF>.<CR><LF>")
                    await writer.drain()
                    self.mailbox.receive_mail(recipients, await _read_data(reader))
                    say("250 OK: queued")
                elif verb == "QUIT":
                    say("221 Bye")
                    break
                elif verb == "NOOP":
                    say("250 OK")
                else:
                    say("502 Command not implemented")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def _read_data(reader: asyncio.StreamReader) -> bytes:
    lines: list[bytes] = []
    while True:
        line = await reader.readline()
        if not line or line in (b".\r\n", b".\n"):
            break
        lines.append(line[1:] if line.startswith(b"..") else line)  # dot-unstuffing
    return b"".join(lines)
