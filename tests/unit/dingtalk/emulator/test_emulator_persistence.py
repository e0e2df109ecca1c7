"""State persistence: JSON round trip, atomic save, refusing corrupt files."""

from __future__ import annotations

from pathlib import Path

import pytest

from integrations.dingtalk.emulator.core import Emulator, make_user
from integrations.dingtalk.emulator.models import Blob, EmulatorConfig, PreEntry
from integrations.dingtalk.emulator.persistence import (
    StateFileError,
    StateSaver,
    load_state,
    save_state,
)


def test_state_round_trips_through_the_json_file(tmp_path: Path) -> None:
    emu = Emulator(config=EmulatorConfig(qps_limit=3))
    emu.state.org.users.append(make_user(user_id="u9", name="赵六", roles=["hr"]))
    emu.state.preentries["p1"] = PreEntry(
        userid="p1", name="张三", mobile="137", extend_info={"a": 1}
    )
    emu.state.files["DC1"] = Blob(key="DC1", file_name="cv.pdf", content_b64="eHl6")
    emu.record_sent(recipient="u9", channel="oto", kind="text", text="你好")
    path = tmp_path / "state" / "emulator.json"

    save_state(path, emu.state)
    loaded = load_state(path)

    assert loaded == emu.state
    assert loaded is not None
    assert loaded.config.qps_limit == 3
    assert not list(path.parent.glob("*.tmp"))


def test_missing_file_means_no_saved_state(tmp_path: Path) -> None:
    assert load_state(tmp_path / "nothing.json") is None


def test_corrupt_file_is_refused_loudly(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{not json", encoding="utf-8")

    with pytest.raises(StateFileError):
        load_state(path)


def test_saver_writes_only_when_state_changed(tmp_path: Path) -> None:
    emu = Emulator()
    path = tmp_path / "state.json"
    saver = StateSaver(emu, path)

    saver.save_now()
    assert not path.exists()
    emu.touch()
    saver.save_now()

    assert path.exists()
    assert emu.dirty is False
