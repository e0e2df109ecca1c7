"""The control client's plumbing: one HTTP call per control request, errors typed."""

from __future__ import annotations

import base64
from types import TracebackType
from typing import Any, Self

import httpx


class EmulatorControlError(Exception):
    """The control API refused a request."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class ControlTransport:
    """The HTTP plumbing of the control client."""

    def __init__(self, base_url: str, timeout_s: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout_s, trust_env=False)

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- plumbing ----------------------------------------------------------------------------

    def request(
        self, method: str, path: str, body: dict[str, Any] | None = None, **params: Any
    ) -> Any:
        """One control call; raises EmulatorControlError on a non-2xx answer."""
        query = {k: v for k, v in params.items() if v is not None}
        resp = self._http.request(method, "/_emulator" + path, json=body, params=query)
        if resp.status_code >= 400:
            try:
                err = resp.json()
            except ValueError:
                err = {"error": "http", "message": resp.text}
            raise EmulatorControlError(
                resp.status_code, err.get("error", ""), err.get("message", "")
            )
        if resp.headers.get("content-type", "").startswith("application/json"):
            return resp.json()
        return resp.content

    def _post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.request("POST", path, body or {})
