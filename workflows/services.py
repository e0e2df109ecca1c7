"""The one services object: what use cases, jobs, routes and bot handlers get from the process.

The bootstrap builds it once per process (`dinghire.bootstrap`); jobs reach it as
`ctx["services"]`, routes as the `ServicesDep` dependency, bot handlers as `BotContext.services`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from analysis.resume.extract.model import ExtractLimits
from analysis.resume.pipeline import ResumeParse, parse_resume
from integrations.dingtalk.ports import Approvals, DingTalkPorts, Hrm, Login
from integrations.mail.ports import Mailer
from integrations.sms.ports import SmsSender
from settings import Settings
from workflows.background.queue import JobQueue
from workflows.clock import Clock, utc_now
from workflows.events import EventBus
from workflows.interviews.limits import InterviewLimits
from workflows.presenting import Presenters
from workflows.privacy.vault import PiiVault
from workflows.storage.port import ObjectStore

# bytes, file name -> the parsed resume (raises analysis.resume.errors.ResumeInputError).
Parser = Callable[[bytes, str], ResumeParse]


@dataclass(frozen=True)
class Services:
    """The process's settings, vault, bus, queue, store, DingTalk ports and clock."""

    settings: Settings
    vault: PiiVault
    bus: EventBus
    queue: JobQueue
    store: ObjectStore
    # None when DingTalk is off (DINGHIRE_DINGTALK_ENABLED=false).
    dingtalk: DingTalkPorts | None = None
    clock: Clock = utc_now
    limits: InterviewLimits = field(default_factory=InterviewLimits)
    # The resume parser; None: analysis.resume with the size limit from settings.
    resume_parser: Parser | None = None
    # How the front door words what is sent to people (bot.presenters.outbound_presenters()).
    presenters: Presenters | None = None
    # Candidates outside the org: e-mail and SMS (None when off in the settings).
    mailer: Mailer | None = None
    sms: SmsSender | None = None

    @property
    def approvals(self) -> Approvals:
        """OA approvals; offers cannot start without DingTalk."""
        if self.dingtalk is None:
            raise RuntimeError("DingTalk is disabled (DINGHIRE_DINGTALK_ENABLED=false)")
        return self.dingtalk.approvals

    @property
    def hrm(self) -> Hrm | None:
        """智能人事, or None when DingTalk is off (the pre-entry then waits for its retry job)."""
        return self.dingtalk.hrm if self.dingtalk is not None else None

    @property
    def login(self) -> Login | None:
        """DingTalk sign-in, or None when DingTalk is off."""
        return self.dingtalk.login if self.dingtalk is not None else None

    @property
    def present(self) -> Presenters:
        """The presenters of outgoing messages; the bootstrap always wires them."""
        if self.presenters is None:
            raise RuntimeError("Services.presenters is not wired (dinghire.bootstrap sets it)")
        return self.presenters

    @property
    def parser(self) -> Parser:
        """The resume parser."""
        if self.resume_parser is not None:
            return self.resume_parser
        limits = ExtractLimits(max_bytes=self.settings.storage.max_resume_bytes)

        def parse(data: bytes, filename: str) -> ResumeParse:
            return parse_resume(data, filename, limits=limits)

        return parse

    @property
    def secret(self) -> bytes:
        """The key invite and session tokens are signed with."""
        return self.settings.security.secret_key.get_secret_value().encode("utf-8")

    @property
    def max_upload_bytes(self) -> int:
        """The largest recording an upload may assemble."""
        return self.settings.storage.max_upload_bytes

    @property
    def asr_low_confidence(self) -> float:
        """Transcript parts below this are marked for the candidate (and sent to review)."""
        return self.settings.analysis.min_asr_confidence


def services_from_ctx(ctx: dict[str, Any]) -> Services:
    """The services in a job ctx (put there by the bootstrap), with a job's ctx["clock"] if set."""
    services = ctx.get("services")
    if not isinstance(services, Services):
        raise TypeError('job ctx lacks ctx["services"]')
    clock = ctx.get("clock")
    if clock is not None and clock is not services.clock:
        if not callable(clock):
            raise TypeError('ctx["clock"] must be a Clock (a callable returning an aware datetime)')
        return replace(services, clock=clock)
    return services
