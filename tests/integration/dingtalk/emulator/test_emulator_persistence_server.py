"""A server with a state file keeps its state across restarts."""

from __future__ import annotations

from pathlib import Path

from integrations.dingtalk.emulator import EmulatorControl, EmulatorServer
from integrations.dingtalk.emulator.testing import emulator_test_settings


def test_state_survives_a_restart(tmp_path: Path) -> None:
    state_file = str(tmp_path / "emulator-state.json")
    settings = emulator_test_settings(0)

    first = EmulatorServer(settings, port=0, state_file=state_file)
    with first, EmulatorControl(first.base_url) as control:
        control.add_user(user_id="new001", name="新同事", roles=["hr"])
        control.configure(qps_limit=7)
    second = EmulatorServer(settings, port=0, state_file=state_file)
    with second, EmulatorControl(second.base_url) as control:
        names = [u.name for u in control.org().users]
        qps = control.get_config().qps_limit

    assert "新同事" in names
    assert qps == 7
