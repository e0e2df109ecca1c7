"""Saving and loading the emulator state as one JSON file (settings `emulator_state_file`)."""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import EmulatorState

log = logging.getLogger(__name__)


class StateFileError(Exception):
    """The state file exists but cannot be read as emulator state."""


def save_state(path: str | Path, state: EmulatorState) -> None:
    """Write the state atomically (temp file + rename), so a crash never leaves half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = state.model_dump_json(indent=1)
    fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_state(path: str | Path) -> EmulatorState | None:
    """The saved state, or None when there is no file yet."""
    source = Path(path)
    if not source.exists():
        return None
    try:
        return EmulatorState.model_validate_json(source.read_text(encoding="utf-8"))
    except (ValidationError, ValueError) as exc:
        raise StateFileError(f"emulator state file {source} is not valid: {exc}") from exc


class StateSaver:
    """Saves the emulator state shortly after it changes, and once more at shutdown."""

    def __init__(self, emu: Emulator, path: str | Path, interval_s: float = 0.5) -> None:
        self.emu = emu
        self.path = Path(path)
        self.interval_s = interval_s

    def save_now(self) -> None:
        """Write the state if it changed since the last write."""
        if not self.emu.dirty:
            return
        self.emu.dirty = False
        try:
            save_state(self.path, self.emu.state)
        except OSError:
            self.emu.dirty = True
            log.exception("could not save emulator state to %s", self.path)

    async def run(self) -> None:
        """Background loop (cancelled at shutdown)."""
        while True:
            await asyncio.sleep(self.interval_s)
            self.save_now()
