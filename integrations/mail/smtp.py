"""SMTP adapter of the `Mailer` port: smtplib (standard library) in a worker thread.

One connection per message: candidate mail is a few messages an hour, and a fresh connection
never fails on a server that dropped an idle one. Replies 4xx are temporary (retry later), 5xx
permanent (RFC 5321 §4.2.1), connection failures temporary.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from integrations.mail.ports import Email, MailError
from settings import MailSettings


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1] if "@" in address else "localhost"


def build_message(email: Email, settings: MailSettings) -> EmailMessage:
    """The MIME message: plain text, an HTML alternative when given, UTF-8 headers."""
    msg = EmailMessage()
    sender = settings.from_address.strip()
    msg["From"] = formataddr((settings.from_name, sender)) if settings.from_name else sender
    msg["To"] = str(Address(addr_spec=email.to))
    msg["Subject"] = email.subject
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Message-ID"] = email.message_id or make_msgid(domain=_domain(sender))
    for name, value in email.headers.items():
        msg[name] = value
    msg.set_content(email.text)
    if email.html:
        msg.add_alternative(email.html, subtype="html")
    return msg


class SmtpMailer:
    """Implements `Mailer` with the SMTP server in the settings."""

    def __init__(self, settings: MailSettings) -> None:
        self._settings = settings

    async def send(self, email: Email) -> str:
        """Hand the e-mail to the SMTP server; MailError says whether to retry."""
        try:
            msg = build_message(email, self._settings)
        except (ValueError, IndexError) as exc:  # a malformed address will not get better
            raise MailError(f"bad e-mail: {type(exc).__name__}", retryable=False) from exc
        await asyncio.to_thread(self._send_blocking, msg)
        return str(msg["Message-ID"])

    def _connect(self) -> smtplib.SMTP:
        s = self._settings
        if s.security == "ssl":
            return smtplib.SMTP_SSL(
                s.host, s.port, timeout=s.timeout_s, context=ssl.create_default_context()
            )
        smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_s)
        if s.security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        return smtp

    def _send_blocking(self, msg: EmailMessage) -> None:
        s = self._settings
        try:
            with self._connect() as smtp:
                if s.username:
                    password = s.password.get_secret_value() if s.password else ""
                    smtp.login(s.username, password)
                refused = smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            temporary = all(400 <= c < 500 for c in codes)
            raise MailError("recipient refused", retryable=temporary, code=codes[0]) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError("SMTP login refused", retryable=False, code=exc.smtp_code) from exc
        except smtplib.SMTPResponseException as exc:
            code = exc.smtp_code
            raise MailError(f"SMTP {code}", retryable=400 <= code < 500, code=code) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise MailError(f"SMTP unreachable: {type(exc).__name__}", retryable=True) from exc
        if refused:
            raise MailError("recipient refused", retryable=False)
