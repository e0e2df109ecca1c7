"""The local DingTalk emulator as part of the embedded default (dev and demo only)."""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass

from pydantic import SecretStr

from integrations.dingtalk.emulator.control_client import EmulatorControl
from integrations.dingtalk.emulator.server import EmulatorServer
from settings import MailSettings, Settings, SmsSettings
from workflows.staff.service import list_staff

log = logging.getLogger(__name__)


def _listening(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


@dataclass
class Sandbox:
    """A running emulator (ours, or one already listening) and its control client."""

    control: EmulatorControl
    server: EmulatorServer | None

    def stop(self) -> None:
        """Stop the emulator if this process started it."""
        self.control.close()
        if self.server is not None:
            self.server.stop()


def start_sandbox(settings: Settings) -> Sandbox:
    """Start the emulator on the configured port unless one is already running there."""
    dt = settings.dingtalk
    base = f"http://{dt.emulator_host}:{dt.emulator_port}"
    if _listening(dt.emulator_host, dt.emulator_port):
        log.info("using the DingTalk emulator already running on %s", base)
        return Sandbox(EmulatorControl(base), None)
    server = EmulatorServer(
        dt, host=dt.emulator_host, port=dt.emulator_port, state_file=dt.emulator_state_file or None
    ).start()
    return Sandbox(EmulatorControl(server.base_url), server)


async def sync_staff(control: EmulatorControl) -> int:
    """Make every DingHire staff member a user of the emulator's org (same userId)."""
    count = 0
    for staff in await list_staff():
        await asyncio.to_thread(
            control.add_user,
            user_id=staff.dingtalk_user_id,
            name=staff.name,
            title=staff.title,
            roles=list(staff.roles),
        )
        count += 1
    return count


def with_sandbox_channels(settings: Settings, control: EmulatorControl) -> Settings:
    """E-mail and SMS to candidates through the sandbox's mailbox (the emulator's SMTP sink and
    SMS server), unless the operator configured real ones: the console then shows what each
    candidate received. Development against the local emulator only."""
    if settings.sandbox_origin is None:
        return settings
    channels = control.request("GET", "/mailbox/channels")
    update: dict[str, object] = {}
    if not settings.mail.enabled:
        smtp = channels["smtp"]
        update["mail"] = MailSettings(
            enabled=True,
            host=smtp["host"],
            port=int(smtp["port"]),
            security="none",  # a sink on this machine; production refuses "none"
            from_address="hr@sandbox.dinghire.local",
            from_name="钉聘沙盒招聘团队",
        )
    if not settings.sms.enabled:
        sms = channels["sms"]
        update["sms"] = SmsSettings(
            enabled=True,
            access_key_id=sms["access_key_id"],
            access_key_secret=SecretStr(sms["access_key_secret"]),
            endpoint=sms["endpoint"],
            protocol=sms["protocol"],
            sign_name=sms["sign_name"],
            templates=dict(sms["templates"]),
        )
    return settings.model_copy(update=update)
