"""Domain errors: each carries a stable code and a message for the user (Chinese for end users)."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a use case raises on purpose."""

    code = "domain_error"

    def __init__(self, message: str, *, user_message: str | None = None) -> None:
        super().__init__(message)
        self.user_message = user_message or message


class NotFoundError(DomainError):
    """The thing asked for does not exist."""

    code = "not_found"


class ConflictError(DomainError):
    """The request contradicts the current state."""

    code = "conflict"


class PermissionDeniedError(DomainError):
    """The actor may not do this."""

    code = "permission_denied"


class ValidationFailedError(DomainError):
    """Input is well-formed but not acceptable."""

    code = "validation_failed"


class IllegalTransitionError(DomainError):
    """An application stage change that the transition table does not allow."""

    code = "illegal_transition"

    def __init__(self, from_stage: str, to_stage: str) -> None:
        super().__init__(
            f"illegal stage transition {from_stage} -> {to_stage}",
            user_message=f"当前阶段「{from_stage}」不能变更为「{to_stage}」",
        )
        self.from_stage = from_stage
        self.to_stage = to_stage
