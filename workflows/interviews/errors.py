"""Errors of the interview use cases (each carries a Chinese message for the candidate)."""

from __future__ import annotations

from workflows.errors import ConflictError, DomainError, ValidationFailedError


class DeadlinePassedError(ConflictError):
    """The server's clock says the time for this step is over."""

    code = "deadline_passed"


class ConsentRequiredError(DomainError):
    """A step needs a consent the candidate has not given."""

    code = "consent_required"


class PayloadTooLargeError(ValidationFailedError):
    """An upload is (or grows) larger than allowed or declared."""

    code = "too_large"


class UnsupportedMediaError(ValidationFailedError):
    """The bytes are not a recording format we accept."""

    code = "unsupported_media"


class ChecksumMismatchError(ValidationFailedError):
    """A chunk or the whole file does not match its SHA-256."""

    code = "checksum_mismatch"
