"""dingtalk-stream 0.24.3 set-up the bridge needs around the SDK: its import and the gateway call.

- The SDK reads `DINGTALK_OPENAPI_ENDPOINT` at import time; it is set from settings right before
  the lazy import, and a different value already imported is refused loudly.
- `DingTalkStreamClient.open_connection` blocks on `requests`; `open_connection` here is the same
  POST with a timeout, run by the bridge in a worker thread.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any
from urllib.parse import quote_plus

from settings import DingTalkSettings

log = logging.getLogger(__name__)

BOT_TOPIC = "/v1.0/im/bot/messages/get"
CARD_TOPIC = "/v1.0/card/instances/callback"
ENDPOINT_ENV = "DINGTALK_OPENAPI_ENDPOINT"


class StreamConfigError(RuntimeError):
    """dingtalk_stream was imported earlier with a different DINGTALK_OPENAPI_ENDPOINT."""


def import_stream_sdk(endpoint: str) -> Any:
    """Import dingtalk_stream bound to `endpoint`; refuse a conflicting earlier import."""
    endpoint = endpoint.rstrip("/")
    loaded = sys.modules.get("dingtalk_stream.utils")
    if loaded is not None:
        bound = str(loaded.DINGTALK_OPENAPI_ENDPOINT).rstrip("/")
        if bound != endpoint:
            raise StreamConfigError(
                f"dingtalk_stream was already imported with {ENDPOINT_ENV}={bound!r}, "
                f"but settings say {endpoint!r}; it reads the value only at import time"
            )
    else:
        os.environ[ENDPOINT_ENV] = endpoint
    import dingtalk_stream

    return dingtalk_stream


def open_connection(
    client: Any, settings: DingTalkSettings, sdk_version: str, timeout_s: float
) -> dict[str, str] | None:
    """POST gateway/connections/open (blocking; run it in a worker thread); None on failure."""
    import requests

    body = {
        "clientId": settings.app_key,
        "clientSecret": settings.app_secret.get_secret_value(),
        "subscriptions": [
            {"type": "EVENT", "topic": "*"},
            {"type": "CALLBACK", "topic": BOT_TOPIC},
            {"type": "CALLBACK", "topic": CARD_TOPIC},
        ],
        "ua": f"dingtalk-sdk-python/v{sdk_version}-union",
        "localIp": client.get_host_ip(),
    }
    try:
        response = requests.post(
            client.OPEN_CONNECTION_API,
            json=body,
            headers={"Accept": "application/json"},
            timeout=timeout_s,
        )
        response.raise_for_status()
        data = response.json()
    except (requests.RequestException, ValueError) as exc:
        log.warning("dingtalk stream open connection failed: %s", type(exc).__name__)
        return None
    if not isinstance(data, dict) or not data.get("endpoint") or not data.get("ticket"):
        return None
    return {"endpoint": str(data["endpoint"]), "ticket": str(data["ticket"])}


def websocket_uri(connection: dict[str, str]) -> str:
    """The gateway's websocket address with its ticket."""
    return connection["endpoint"] + "?ticket=" + quote_plus(connection["ticket"])
