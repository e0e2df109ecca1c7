"""DingTalk app credentials and endpoints (real hosts or the local emulator)."""

from __future__ import annotations

from pydantic import SecretStr

from settings.base import Section, is_loopback_url, section_config

# The emulator accepts any template id; a real tenant only ids created in 卡片平台.
PLACEHOLDER_CARD_TEMPLATE = "dinghire.resume.card.schema"
PLACEHOLDER_CARD_TEMPLATES = frozenset({PLACEHOLDER_CARD_TEMPLATE, ""})


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
    card_template_id: str = PLACEHOLDER_CARD_TEMPLATE
    offer_process_code: str = ""
    request_timeout_s: float = 10.0
    # A card click must be answered within 2 s (OD:event-callback-card); a handler still busy
    # after this long is answered with an interim state and its result updates the card later.
    card_ack_budget_s: float = 1.5
    max_retries: int = 5
    # Calls a month the org may make (standard edition: 5,000, token/identity/contacts APIs not
    # counted); HR is warned at these percentages, and reconciliation polling keeps within
    # `poll_budget_share` of it. 0: no budget.
    monthly_call_budget: int = 5000
    # DingTalk's sign-in page for OAuth (OD:obtain-identity-credentials); empty: the official
    # https://login.dingtalk.com/oauth2/auth, or the emulator's page when it is in use.
    oauth_authorize_url: str = ""
    budget_warn_pcts: tuple[int, ...] = (80, 95)
    poll_budget_share: float = 0.3

    @property
    def effective_robot_code(self) -> str:
        """For internal apps the robot code is the app key."""
        return self.robot_code or self.app_key

    @property
    def authorize_url(self) -> str:
        """Where a browser signs in with DingTalk (OAuth 2.0 authorization code)."""
        if self.oauth_authorize_url:
            return self.oauth_authorize_url
        if self.uses_emulator:
            return self.api_endpoint.rstrip("/") + "/oauth2/auth"
        return "https://login.dingtalk.com/oauth2/auth"

    @property
    def uses_emulator(self) -> bool:
        """True when the endpoints point at this machine."""
        # By host, not substring: "https://x.example/127.0.0.1" is not this machine.
        return is_loopback_url(self.api_endpoint)
