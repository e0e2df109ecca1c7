"""Links DingHire puts in messages: HR report pages and the candidate's offer page.

Both carry a signed, expiring token (same format as invite links, each with its own purpose):
a report link lets the one HR it was made for open the page outside DingTalk; inside DingTalk
the page signs HR in through 免登 instead. An offer link is the candidate's way back in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from settings import Settings
from workflows.signing import TokenError, sign_token, verify_token

_REPORT = b"report"
_OFFER = b"offer"
_EXPLAIN = b"explain"

# A link for "any HR" only opens after DingTalk 免登 says who is looking, so it may live long.
REPORT_LINK_TTL = timedelta(days=14)
# A link signed for one staff member is a credential by itself (outside DingTalk): it works
# once, and only for a short while (HR asks the bot again for a fresh one).
STAFF_REPORT_LINK_TTL = timedelta(hours=1)
OFFER_LINK_TTL = timedelta(days=30)
EXPLAIN_LINK_TTL = timedelta(days=90)

REPORT_INVALID_MESSAGE = "报告链接无效，请在钉钉中重新打开"
REPORT_EXPIRED_MESSAGE = "报告链接已过期，请在钉钉中重新打开，或向机器人发送「报告 编号」获取新链接"
REPORT_SPENT_MESSAGE = (
    "此专属报告链接已使用过（每个链接只能登录一次），"
    "请在钉钉中打开，或向机器人发送「报告 编号」获取新链接"
)
OFFER_INVALID_MESSAGE = "录用链接无效，请联系 HR"
OFFER_EXPIRED_MESSAGE = "录用链接已过期，请联系 HR 重新发送"
EXPLAIN_INVALID_MESSAGE = "说明链接无效，请联系 HR"
EXPLAIN_EXPIRED_MESSAGE = "说明链接已过期，请联系 HR 重新发送"


@dataclass(frozen=True, slots=True)
class ReportClaims:
    """What a report link proves: which application, for which staff member (0: any HR)."""

    application_id: int
    staff_id: int
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class OfferClaims:
    """What an offer link proves: which offer, until when."""

    offer_id: int
    expires_at: datetime


def _secret(settings: Settings) -> bytes:
    return settings.security.secret_key.get_secret_value().encode("utf-8")


def _base(settings: Settings) -> str:
    return settings.server.public_base_url.rstrip("/")


def sign_report_token(
    application_id: int, staff_id: int, expires_at: datetime, secret: bytes
) -> str:
    """Sign a report-page token for one application and one staff member."""
    return sign_token(_REPORT, application_id, staff_id, expires_at, secret)


def verify_report_token(token: str, secret: bytes, now: datetime) -> ReportClaims:
    """Check a report token; raise TokenError / TokenExpiredError with a Chinese message."""
    app_id, staff_id, expires_at = verify_token(
        _REPORT, token, secret, now, REPORT_INVALID_MESSAGE, REPORT_EXPIRED_MESSAGE
    )
    return ReportClaims(app_id, staff_id, expires_at)


def report_url(
    settings: Settings, application_id: int, *, staff_id: int = 0, now: datetime | None = None
) -> str:
    """The HR report page of an application, signed for `staff_id` (short-lived, single use;
    send it only to that staff member) or for any HR (0: opens only after DingTalk 免登)."""
    ttl = STAFF_REPORT_LINK_TTL if staff_id else REPORT_LINK_TTL
    expires = (now or datetime.now(UTC)) + ttl
    token = sign_report_token(application_id, staff_id, expires, _secret(settings))
    return f"{_base(settings)}/r/{application_id}?t={token}"


def sign_offer_token(offer_id: int, expires_at: datetime, secret: bytes) -> str:
    """Sign the candidate's offer-page token."""
    return sign_token(_OFFER, offer_id, 0, expires_at, secret)


def verify_offer_token(token: str, secret: bytes, now: datetime) -> OfferClaims:
    """Check an offer token; raise TokenError / TokenExpiredError with a Chinese message."""
    offer_id, _, expires_at = verify_token(
        _OFFER, token, secret, now, OFFER_INVALID_MESSAGE, OFFER_EXPIRED_MESSAGE
    )
    return OfferClaims(offer_id, expires_at)


def offer_url(settings: Settings, offer_id: int, *, now: datetime | None = None) -> str:
    """The candidate's offer page (view, accept or decline, upload materials, progress)."""
    expires = (now or datetime.now(UTC)) + OFFER_LINK_TTL
    token = sign_offer_token(offer_id, expires, _secret(settings))
    return f"{_base(settings)}/o/{token}"


def explain_url(settings: Settings, application_id: int, *, now: datetime | None = None) -> str:
    """The candidate's explanation page of one application (PIPL Art. 24), with the review form."""
    expires = (now or datetime.now(UTC)) + EXPLAIN_LINK_TTL
    token = sign_token(_EXPLAIN, application_id, 0, expires, _secret(settings))
    return f"{_base(settings)}/x/{token}"


def verify_explain_token(token: str, secret: bytes, now: datetime) -> int:
    """The application an explanation token was signed for (TokenError when bad or expired)."""
    app_id, _, _ = verify_token(
        _EXPLAIN, token, secret, now, EXPLAIN_INVALID_MESSAGE, EXPLAIN_EXPIRED_MESSAGE
    )
    return int(app_id)


__all__ = [
    "OfferClaims",
    "ReportClaims",
    "TokenError",
    "explain_url",
    "offer_url",
    "report_url",
    "sign_offer_token",
    "sign_report_token",
    "verify_explain_token",
    "verify_offer_token",
    "verify_report_token",
]
