"""Calling DingTalk: the official SDK for the new API, httpx for oapi and session webhooks.

Every call gets the cached token, error mapping (errors.py) and bounded retries (retry.py).
Nothing here connects before the first call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from integrations.dingtalk.errors import (
    DingTalkError,
    DingTalkFileTooLargeError,
    error_from_api,
    error_from_oapi,
    error_from_sdk,
    error_from_transport,
)
from integrations.dingtalk.ports import AccessToken, AccessTokenProvider
from integrations.dingtalk.retry import RetryPolicy, Sleep, call_with_retries
from settings import DingTalkSettings

T = TypeVar("T")


def sdk_config(settings: DingTalkSettings) -> Any:
    """tea-openapi Config from settings.api_endpoint (http for the emulator, https for real)."""
    from alibabacloud_tea_openapi.models import Config

    parts = urlsplit(settings.api_endpoint)
    protocol = parts.scheme or "https"
    endpoint = parts.netloc or parts.path
    timeout_ms = int(settings.request_timeout_s * 1000)
    return Config(
        protocol=protocol,
        region_id="central",
        endpoint=endpoint,
        read_timeout=timeout_ms,
        connect_timeout=timeout_ms,
    )


def _install_ip_block_check(client: Any) -> None:
    """Make the SDK raise on a 200 answer that is really the per-IP block JSON."""
    from Tea.exceptions import TeaException

    gateway: Any = type(client._spi)  # alibabacloud_gateway_dingtalk.client.Client

    class _Gateway(gateway):  # type: ignore[misc]
        async def modify_response_async(self, context: Any, attribute_map: Any) -> None:
            await super().modify_response_async(context, attribute_map)
            body = context.response.deserialized_body
            if isinstance(body, dict) and str(body.get("status")) == "1111":
                data = dict(body)
                data["statusCode"] = context.response.status_code
                raise TeaException({"code": "IpBlocked", "message": "blocked per IP", "data": data})

    client._spi = _Gateway()


class SdkCaller:
    """Runs alibabacloud-dingtalk `*_async` methods with token, retries and error mapping."""

    def __init__(
        self,
        settings: DingTalkSettings,
        tokens: AccessTokenProvider,
        policy: RetryPolicy,
        sleep: Sleep,
    ) -> None:
        self.settings = settings
        self._tokens = tokens
        self._policy = policy
        self._sleep = sleep
        self._clients: dict[type, Any] = {}

    def client(self, cls: type) -> Any:
        """One SDK client per API module, built on first use."""
        if cls not in self._clients:
            client = cls(sdk_config(self.settings))
            _install_ip_block_check(client)
            self._clients[cls] = client
        return self._clients[cls]

    def runtime(self) -> Any:
        """RuntimeOptions with our timeouts; the SDK's own retry stays off (we retry)."""
        from alibabacloud_tea_util.models import RuntimeOptions

        ms = int(self.settings.request_timeout_s * 1000)
        return RuntimeOptions(read_timeout=ms, connect_timeout=ms)

    async def call(self, what: str, operation: Callable[[str], Awaitable[T]]) -> T:
        """Call `operation(token)`; map SDK errors; retry throttling/5xx; refresh a stale token."""
        current: list[str] = []

        async def attempt() -> T:
            token = await self._tokens.get()
            current[:] = [token]
            try:
                return await operation(token)
            except DingTalkError:
                raise
            except Exception as exc:
                raise error_from_sdk(exc) from exc

        async def refresh() -> None:
            await self._tokens.invalidate(current[0] if current else None)

        return await call_with_retries(
            attempt, self._policy, sleep=self._sleep, on_token_invalid=refresh, what=what
        )

    async def call_anonymous(self, what: str, operation: Callable[[], Awaitable[T]]) -> T:
        """Call an API that needs no app token (token fetch, OAuth, user-token calls)."""

        async def attempt() -> T:
            try:
                return await operation()
            except DingTalkError:
                raise
            except Exception as exc:
                raise error_from_sdk(exc) from exc

        return await call_with_retries(attempt, self._policy, sleep=self._sleep, what=what)


def app_token_fetcher(
    settings: DingTalkSettings, policy: RetryPolicy, sleep: Sleep
) -> Callable[[], Awaitable[AccessToken]]:
    """Fetch the app token with oauth2 GetAccessToken (new API; valid on oapi too)."""
    holder: list[Any] = []

    async def fetch() -> AccessToken:
        from alibabacloud_dingtalk.oauth2_1_0 import models as m
        from alibabacloud_dingtalk.oauth2_1_0.client import Client

        if not holder:
            client = Client(sdk_config(settings))
            _install_ip_block_check(client)
            holder.append(client)
        request = m.GetAccessTokenRequest(
            app_key=settings.app_key, app_secret=settings.app_secret.get_secret_value()
        )

        async def attempt() -> AccessToken:
            try:
                response = await holder[0].get_access_token_async(request)
            except Exception as exc:
                raise error_from_sdk(exc) from exc
            return AccessToken(str(response.body.access_token), float(response.body.expire_in))

        return await call_with_retries(attempt, policy, sleep=sleep, what="oauth2 accessToken")

    return fetch


class HttpCaller:
    """Plain-HTTP calls: oapi (token in the query), session webhooks, file URLs."""

    def __init__(
        self,
        settings: DingTalkSettings,
        tokens: AccessTokenProvider,
        policy: RetryPolicy,
        sleep: Sleep,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self._tokens = tokens
        self._policy = policy
        self._sleep = sleep
        self._transport = transport
        self._http: httpx.AsyncClient | None = None

    @property
    def http(self) -> httpx.AsyncClient:
        """The shared httpx client, created on first use."""
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=self.settings.request_timeout_s, transport=self._transport
            )
        return self._http

    async def aclose(self) -> None:
        """Close the HTTP connection pool."""
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def oapi(
        self,
        method: str,
        path: str,
        *,
        json: Mapping[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        data: Mapping[str, str] | None = None,
        what: str = "",
    ) -> dict[str, Any]:
        """Call an oapi endpoint with `?access_token=`; returns the success body."""
        url = self.settings.oapi_endpoint.rstrip("/") + path
        current: list[str] = []

        async def attempt() -> dict[str, Any]:
            token = await self._tokens.get()
            current[:] = [token]
            query = {**(params or {}), "access_token": token}
            try:
                response = await self.http.request(
                    method, url, params=query, json=json, files=files, data=data
                )
            except httpx.HTTPError as exc:
                raise error_from_transport(exc) from exc
            body = _json_body(response)
            if body is None:
                raise error_from_api(response.status_code, response.text)
            error = error_from_oapi(body, response.status_code)
            if error is not None:
                raise error
            return body

        async def refresh() -> None:
            await self._tokens.invalidate(current[0] if current else None)

        return await call_with_retries(
            attempt, self._policy, sleep=self._sleep, on_token_invalid=refresh, what=what or path
        )

    async def post_webhook(self, url: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST a sessionWebhook reply (no token); errcode mapping and retries apply."""

        async def attempt() -> dict[str, Any]:
            try:
                response = await self.http.post(url, json=body)
            except httpx.HTTPError as exc:
                raise error_from_transport(exc) from exc
            parsed = _json_body(response)
            if parsed is None:
                raise error_from_api(response.status_code, response.text)
            error = error_from_oapi(parsed, response.status_code)
            if error is not None:
                raise error
            return parsed

        return await call_with_retries(attempt, self._policy, sleep=self._sleep, what="webhook")

    async def get_bytes(self, url: str, *, max_bytes: int) -> bytes:
        """GET a (temporary) URL, streaming, refusing more than `max_bytes`."""

        async def attempt() -> bytes:
            try:
                async with self.http.stream("GET", url) as response:
                    if response.status_code >= 400:
                        await response.aread()
                        raise error_from_api(
                            response.status_code, _json_body(response) or response.text
                        )
                    declared = response.headers.get("content-length")
                    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                        raise DingTalkFileTooLargeError(int(declared), max_bytes)
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise DingTalkFileTooLargeError(size, max_bytes)
                        chunks.append(chunk)
                    return b"".join(chunks)
            except httpx.HTTPError as exc:
                raise error_from_transport(exc) from exc

        return await call_with_retries(attempt, self._policy, sleep=self._sleep, what="file GET")


def _json_body(response: httpx.Response) -> dict[str, Any] | None:
    try:
        parsed = response.json()
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None
