"""Security headers on every response: CSP, frame and referrer policies, HSTS over HTTPS."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The pages load only their own scripts and styles (ES modules, no inline code); recordings play
# from blob: URLs while the candidate previews them. Only DingTalk may frame the pages (and, in
# development against the local emulator, the sandbox console's candidate phone).
FRAME_ANCESTORS = "frame-ancestors 'self' https://*.dingtalk.com"
_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ]
)
CSP = f"{_CSP}; {FRAME_ANCESTORS}"
HSTS = "max-age=31536000; includeSubDomains"


def content_security_policy(sandbox_origin: str | None = None) -> str:
    """The CSP; `sandbox_origin` (Settings.sandbox_origin, never set in production) may frame."""
    if sandbox_origin is None:
        return CSP
    return f"{CSP} {sandbox_origin}"


def security_headers(
    *, https: bool, sandbox_origin: str | None = None
) -> list[tuple[bytes, bytes]]:
    """The headers added to every response; HSTS only when the public URL is HTTPS."""
    headers = [
        (b"content-security-policy", content_security_policy(sandbox_origin).encode()),
        (b"x-content-type-options", b"nosniff"),
        # Old browsers' fallback; browsers with CSP follow frame-ancestors instead (CSP3).
        (b"x-frame-options", b"SAMEORIGIN"),
        # Invite, report and offer links carry tokens in their URLs: never leak them as Referer.
        (b"referrer-policy", b"no-referrer"),
        (b"permissions-policy", b"camera=(self), microphone=(self), geolocation=(), payment=()"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]
    if https:
        headers.append((b"strict-transport-security", HSTS.encode()))
    return headers


class SecurityHeadersMiddleware:
    """Pure ASGI middleware, so streamed media responses pass through untouched."""

    def __init__(self, app: ASGIApp, *, https: bool, sandbox_origin: str | None = None) -> None:
        self.app = app
        self.headers = security_headers(https=https, sandbox_origin=sandbox_origin)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add the headers to the response start of every HTTP request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
