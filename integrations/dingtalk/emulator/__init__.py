"""Local DingTalk emulator: speaks DingTalk's wire protocol on 127.0.0.1 for the official SDKs.

Nothing here connects at import time. Public API: EmulatorServer, run_emulator, EmulatorControl,
EmulatorConfig, StreamClientRunner.
"""

from __future__ import annotations

from integrations.dingtalk.emulator.control_client import EmulatorControl, EmulatorControlError
from integrations.dingtalk.emulator.models import EmulatorConfig
from integrations.dingtalk.emulator.sdk_runner import StreamClientRunner
from integrations.dingtalk.emulator.server import EmulatorServer, run_emulator

__all__ = [
    "EmulatorConfig",
    "EmulatorControl",
    "EmulatorControlError",
    "EmulatorServer",
    "StreamClientRunner",
    "run_emulator",
]
