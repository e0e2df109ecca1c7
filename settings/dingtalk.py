"""DingTalk app credentials and endpoints (real hosts or the local emulator)."""

from __future__ import annotations

from pydantic import SecretStr

from settings.base import Section, is_loopback_url, section_config


class DingTalkSettings(Section):
    """How to reach DingTalk; the defaults point at the local emulator."""

    model_config = section_config("dingtalk")

    enabled: bool = True
    app_key: str = "dingdemoappkey"
    app_secret: SecretStr = SecretStr("dev-insecure-app-secret")
    robot_code: str = ""
    corp_id: str = "dingdemocorp"
    agent_id: int = 100001
    # New API host (api.dingtalk.com) and old API host (oapi.dingtalk.com).
    api_endpoint: str = "http://127.0.0.1:18090"
    oapi_endpoint: str = "http://127.0.0.1:18090"
    emulator_host: str = "127.0.0.1"
    emulator_port: int = 18090
    emulator_state_file: str = ""
    card_template_id: str = "dinghire.resume.card.schema"
    offer_process_code: str = ""
    request_timeout_s: float = 10.0
    max_retries: int = 5

    @property
    def effective_robot_code(self) -> str:
        """For internal apps the robot code is the app key."""
        return self.robot_code or self.app_key

    @property
    def uses_emulator(self) -> bool:
        """True when the endpoints point at this machine."""
        # By host, not substring: "https://x.example/127.0.0.1" is not this machine.
        return is_loopback_url(self.api_endpoint)
