"""Errors raised when a speech engine cannot be loaded; messages in Chinese for HR and admins."""

from __future__ import annotations


class TranscriberUnavailableError(RuntimeError):
    """The configured speech engine cannot run here (package, model files or directory missing)."""

    def __init__(self, message: str, detail: str = "") -> None:
        self.message = message
        self.detail = detail
        super().__init__(f"{message} {detail}".rstrip())
