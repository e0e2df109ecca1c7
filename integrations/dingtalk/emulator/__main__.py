"""`python -m integrations.dingtalk.emulator [--host H] [--port P]`."""

from __future__ import annotations

import argparse

from integrations.dingtalk.emulator.server import run_emulator
from settings.dingtalk import DingTalkSettings


def main() -> None:
    """Parse arguments and serve in the foreground."""
    settings = DingTalkSettings()
    parser = argparse.ArgumentParser(description="Local DingTalk emulator for DingHire")
    parser.add_argument("--host", default=settings.emulator_host)
    parser.add_argument("--port", type=int, default=settings.emulator_port)
    args = parser.parse_args()
    run_emulator(settings, args.host, args.port)


if __name__ == "__main__":
    main()
