"""Candidates outside the organisation: e-mail, then SMS, with opt-out, through the outbox.

An app robot cannot write to people outside the org (wire contract §8), so a candidate who is
not a member and did not send their resume from a group is reached by e-mail when an address is
known and e-mail is configured, else by SMS with a mobile number and SMS configured; otherwise
HR is given the link to forward, as before. Messages are queued in the caller's transaction
with a dedup key (once per message), encrypted, and sent by the outbox dispatcher with the same
retries and dead letters as DingTalk messages; the payload is dropped once sent.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from integrations.mail.ports import Email, Mailer, MailError
from integrations.sms.ports import Sms, SmsError, SmsSender
from settings import Settings
from workflows.candidates.models import Candidate
from workflows.messaging.candidate_message import CandidateMessage
from workflows.messaging.outbox import SendFailed, enqueue_channel_message
from workflows.privacy import contexts
from workflows.privacy.keys import KeyNotLoadedError, KeyUnavailableError
from workflows.privacy.models import ConsentKind, ConsentRecord
from workflows.privacy.vault import DecryptionError, PiiVault
from workflows.services import Services

PAYLOAD_VERSION = 1
OPT_OUT_POLICY = "contact-1"


class ExternalChannel(StrEnum):
    """How a candidate outside the org is reached."""

    EMAIL = "email"
    SMS = "sms"


_CONSENT = {
    ExternalChannel.EMAIL: ConsentKind.CONTACT_EMAIL,
    ExternalChannel.SMS: ConsentKind.CONTACT_SMS,
}


@dataclass(frozen=True, slots=True)
class ExternalReach:
    """A channel that reaches this candidate, and the address (decrypted, never stored plain)."""

    channel: ExternalChannel
    candidate_id: int
    address: str


async def opted_out(candidate_id: int, channel: ExternalChannel) -> bool:
    """True when the candidate's latest word on this channel is "no"."""
    latest = (
        await ConsentRecord.filter(candidate_id=candidate_id, kind=_CONSENT[channel])
        .order_by("-at", "-id")
        .first()
    )
    return latest is not None and not latest.granted


async def external_reach(candidate: Candidate, kind: str, deps: Services) -> ExternalReach | None:
    """E-mail when configured and known, else SMS (with a template for `kind`), else None."""
    # Created if missing: the queued message is sealed under this candidate's key.
    await deps.vault.unlock(candidate.id, create=True)
    if deps.mailer is not None and candidate.email_enc:
        address = deps.vault.decrypt(
            candidate.email_enc, context=contexts.CANDIDATE_EMAIL, owner=candidate.id
        )
        if address and not await opted_out(candidate.id, ExternalChannel.EMAIL):
            return ExternalReach(ExternalChannel.EMAIL, candidate.id, address)
    if deps.sms is not None and candidate.phone_enc and deps.settings.sms.templates.get(kind):
        phone = deps.vault.decrypt(
            candidate.phone_enc, context=contexts.CANDIDATE_PHONE, owner=candidate.id
        )
        if phone and not await opted_out(candidate.id, ExternalChannel.SMS):
            return ExternalReach(ExternalChannel.SMS, candidate.id, phone)
    return None


def opt_out_token(candidate_id: int, channel: ExternalChannel, settings: Settings) -> str:
    """The unsubscribe token of one candidate and channel (no expiry: it only ever says no)."""
    body = f"{channel.value}.{candidate_id}"
    key = settings.security.secret_key.get_secret_value().encode()
    mac = hmac.new(key, b"optout:" + body.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{body}.{mac}"


def read_opt_out_token(token: str, settings: Settings) -> tuple[int, ExternalChannel] | None:
    """(candidate id, channel) of a valid token, else None."""
    parts = token.split(".")
    if (
        len(parts) != 3
        or not parts[1].isdigit()
        or parts[0] not in {c.value for c in ExternalChannel}
    ):
        return None
    channel, candidate_id = ExternalChannel(parts[0]), int(parts[1])
    if not hmac.compare_digest(opt_out_token(candidate_id, channel, settings), token):
        return None
    return candidate_id, channel


def opt_out_link(candidate_id: int, channel: ExternalChannel, settings: Settings) -> str:
    """The page where a candidate stops these messages."""
    token = opt_out_token(candidate_id, channel, settings)
    return settings.server.public_base_url.rstrip("/") + "/u/" + token


async def record_opt_out(
    candidate_id: int, channel: ExternalChannel, *, at: datetime, ip: str = "", user_agent: str = ""
) -> None:
    """The candidate asked for no more messages on this channel (kept as a consent record)."""
    if await opted_out(candidate_id, channel):
        return
    await ConsentRecord.create(
        candidate_id=candidate_id,
        kind=_CONSENT[channel],
        granted=False,
        policy_version=OPT_OUT_POLICY,
        ip=ip[:64],
        user_agent=user_agent[:255],
        at=at,
    )


def _payload(
    reach: ExternalReach, message: CandidateMessage, dedup_key: str, deps: Services
) -> dict[str, Any]:
    if reach.channel is ExternalChannel.EMAIL:
        link = opt_out_link(reach.candidate_id, reach.channel, deps.settings)
        mail = deps.present.candidate_mail.email(message, link)
        domain = deps.settings.mail.from_address.rsplit("@", 1)[-1] or "localhost"
        digest = hashlib.sha256(dedup_key.encode()).hexdigest()[:24]
        inner: dict[str, Any] = {
            "to": reach.address,
            "subject": mail.subject,
            "text": mail.text,
            "html": mail.html,
            # The same message keeps its Message-ID, so a client can drop a rare duplicate.
            "message_id": f"<{digest}@{domain}>",
            "headers": {"List-Unsubscribe": f"<{link}>"},
        }
    else:
        inner = {
            "phone": reach.address,
            "template_code": deps.settings.sms.templates[message.kind],
            "params": deps.present.candidate_mail.sms_params(message),
            "out_id": hashlib.sha256(dedup_key.encode()).hexdigest()[:32],
        }
    # Under the candidate's data key (loaded by external_reach): erasure shreds queued copies too.
    sealed = deps.vault.encrypt(
        json.dumps(inner, ensure_ascii=False),
        context=contexts.OUTBOX_EXTERNAL,
        owner=reach.candidate_id,
    )
    return {"v": PAYLOAD_VERSION, "sealed": sealed}


async def queue_external(
    reach: ExternalReach,
    message: CandidateMessage,
    *,
    dedup_key: str,
    deps: Services,
    using_db: BaseDBAsyncClient | None = None,
) -> int:
    """Queue the message for the candidate once per dedup key; returns the outbox row id."""
    row = await enqueue_channel_message(
        reach.channel.value,
        f"{reach.channel.value}:candidate:{reach.candidate_id}",
        _payload(reach, message, dedup_key, deps),
        dedup_key=dedup_key,
        using_db=using_db,
    )
    return int(row.id)


class ExternalSenders:
    """The outbox's `ChannelSender` for e-mail and SMS rows."""

    def __init__(self, vault: PiiVault, mailer: Mailer | None, sms: SmsSender | None) -> None:
        self._vault = vault
        self._mailer = mailer
        self._sms = sms

    @property
    def channels(self) -> frozenset[str]:
        """E-mail and/or SMS, as configured."""
        found = set()
        if self._mailer is not None:
            found.add(ExternalChannel.EMAIL.value)
        if self._sms is not None:
            found.add(ExternalChannel.SMS.value)
        return frozenset(found)

    async def send(self, channel: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Open the sealed payload and send it; SendFailed tells the outbox what to do."""
        if payload.get("v") != PAYLOAD_VERSION or not isinstance(payload.get("sealed"), str):
            raise SendFailed("broken external payload", retryable=False)
        sealed = payload["sealed"]
        try:
            await self._vault.unlock_tokens([sealed])
            inner = json.loads(self._vault.decrypt(sealed, context=contexts.OUTBOX_EXTERNAL))
        except (DecryptionError, KeyNotLoadedError, KeyUnavailableError) as exc:
            # The candidate was erased meanwhile (key destroyed): there is nothing to send.
            raise SendFailed("sealed payload cannot be opened", retryable=False) from exc
        if channel == ExternalChannel.EMAIL and self._mailer is not None:
            email = Email(
                to=str(inner["to"]),
                subject=str(inner["subject"]),
                text=str(inner["text"]),
                html=str(inner.get("html", "")),
                message_id=str(inner.get("message_id", "")),
                headers={str(k): str(v) for k, v in dict(inner.get("headers", {})).items()},
            )
            try:
                message_id = await self._mailer.send(email)
            except MailError as exc:
                raise SendFailed(f"e-mail: {exc}", retryable=exc.retryable) from exc
            return {"message_id": message_id}
        if channel == ExternalChannel.SMS and self._sms is not None:
            sms = Sms(
                phone=str(inner["phone"]),
                template_code=str(inner["template_code"]),
                params={str(k): str(v) for k, v in dict(inner["params"]).items()},
                out_id=str(inner.get("out_id", "")),
            )
            try:
                biz_id = await self._sms.send(sms)
            except SmsError as exc:
                raise SendFailed(
                    f"sms: {exc.code}", retryable=exc.retryable, retry_after_s=exc.retry_after_s
                ) from exc
            return {"biz_id": biz_id}
        raise SendFailed(f"channel {channel} is not configured here", retryable=True)
